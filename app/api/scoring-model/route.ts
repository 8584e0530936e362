import { getScoringModel } from '@/lib/queries/scoring'

// The model the browser scores a saved profile with: prerendered once per build from the same store every instance
// holds, so each instance answers it as a static file. The quiz questions stay out; a profile needs none.
export const dynamic = 'force-static'

export async function GET() {
  const model = await getScoringModel()
  return Response.json({ ...model, questions: [] })
}
