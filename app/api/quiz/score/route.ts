import { definedEntries, parseJsonBody } from '@/lib/api/match-request'
import { quizBodySchema } from '@/lib/api/match-schemas'
import { toApiResult } from '@/lib/scoring/api-result'
import { scoreAnswers } from '@/lib/scoring/match'
import { getScoringModel } from '@/lib/queries/quiz'

export async function POST(request: Request) {
  const model = await getScoringModel()
  const body = await parseJsonBody(request, quizBodySchema(model.questions))
  if (!body.ok) return body.response
  return Response.json(toApiResult(scoreAnswers(definedEntries(body.data.answers), model)))
}
