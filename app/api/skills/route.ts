import { listSkills } from '@/lib/queries/skills'

export const dynamic = 'force-static'

export async function GET() {
  const skills = await listSkills()
  return Response.json(skills.map((s) => ({ slug: s.slug, name: s.name, category: s.category, description: s.description })))
}
