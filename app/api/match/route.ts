import { definedEntries, readJsonBody, validateBody } from '@/lib/api/match-request'
import { matchBodySchema, matchShapeSchema } from '@/lib/api/match-schemas'
import { getScoringModel } from '@/lib/queries/scoring'
import { toApiResult } from '@/lib/scoring/api-result'
import { scoreRatings } from '@/lib/scoring/match'

export async function POST(request: Request) {
  const raw = await readJsonBody(request)
  if (!raw.ok) return raw.response
  // The shape needs nothing from the store, so a malformed body is refused before the model is loaded.
  const shaped = validateBody(raw.data, matchShapeSchema)
  if (!shaped.ok) return shaped.response
  const model = await getScoringModel()
  const body = validateBody(raw.data, matchBodySchema(model))
  if (!body.ok) return body.response
  return Response.json(toApiResult(scoreRatings(definedEntries(body.data.skills), model, { current: body.data.current })))
}
