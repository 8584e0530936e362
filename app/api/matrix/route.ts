import type { NextRequest } from 'next/server'
import { badRequest, matrixQuerySchema } from '@/lib/api/browse-schemas'
import { toMatrixCsv, toMatrixJson } from '@/lib/matrix-export'
import { getMatrix } from '@/lib/queries/matrix'
import { getScale } from '@/lib/queries/levels'
import { listRolePay } from '@/lib/queries/pay'

export async function GET(request: NextRequest) {
  const parsed = matrixQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams))
  if (!parsed.success) return badRequest(parsed.error)
  const [matrix, scale, pay] = await Promise.all([getMatrix(), getScale(), listRolePay()])
  const json = toMatrixJson(matrix, scale, pay)
  if (parsed.data.format === 'json') return Response.json(json)
  return new Response(toMatrixCsv(json), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': 'attachment; filename="mlops-atlas-skills-matrix.csv"',
    },
  })
}
