import { definedEntries, readJsonBody, validateBody } from '@/lib/api/match-request'
import { quizBodySchema, quizShapeSchema } from '@/lib/api/match-schemas'
import { getScoringModel } from '@/lib/queries/scoring'
import { toApiResult } from '@/lib/scoring/api-result'
import { scoreAnswers } from '@/lib/scoring/match'

export async function POST(request: Request) {
  const raw = await readJsonBody(request)
  if (!raw.ok) return raw.response
  // The shape needs nothing from the store, so a malformed body is refused before the model is loaded.
  const shaped = validateBody(raw.data, quizShapeSchema)
  if (!shaped.ok) return shaped.response
  const model = await getScoringModel()
  const body = validateBody(raw.data, quizBodySchema(model))
  if (!body.ok) return body.response
  return Response.json(toApiResult(scoreAnswers(definedEntries(body.data.answers), model, { current: body.data.current })))
}
