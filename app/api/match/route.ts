import { definedEntries, parseJsonBody } from '@/lib/api/match-request'
import { matchBodySchema } from '@/lib/api/match-schemas'
import { toApiResult } from '@/lib/scoring/api-result'
import { scoreRatings } from '@/lib/scoring/match'
import { getScoringModel } from '@/lib/queries/quiz'

export async function POST(request: Request) {
  const model = await getScoringModel()
  const body = await parseJsonBody(request, matchBodySchema(model.skills))
  if (!body.ok) return body.response
  return Response.json(toApiResult(scoreRatings(definedEntries(body.data.skills), model)))
}
