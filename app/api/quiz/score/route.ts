import { checkBody, definedEntries, parseJsonBody } from '@/lib/api/match-request'
import { quizBodySchema, quizShapeSchema } from '@/lib/api/match-schemas'
import { toApiResult } from '@/lib/scoring/api-result'
import { scoreAnswers } from '@/lib/scoring/match'
import { getScoringModel } from '@/lib/queries/quiz'

export async function POST(request: Request) {
  // The shape needs nothing from the store, so a malformed body is refused before the model is loaded.
  const shaped = await parseJsonBody(request, quizShapeSchema)
  if (!shaped.ok) return shaped.response
  const model = await getScoringModel()
  const body = checkBody(shaped.data, quizBodySchema(model.questions))
  if (!body.ok) return body.response
  return Response.json(toApiResult(scoreAnswers(definedEntries(body.data.answers), model)))
}
