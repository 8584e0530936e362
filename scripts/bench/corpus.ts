import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { loadContent, type Entry } from '@/lib/content/load'
import type { CollectionName } from '@/lib/content/collections'

// A large but valid corpus: the shipped content plus generated roles and skills built from the shipped ones as
// templates, so every reference (tools, sources, tracks, categories, related roles) still resolves.
function write(dir: string, entry: Entry<CollectionName>, data: object, slug: string) {
  fs.writeFileSync(path.join(dir, entry.collection, `${slug}.mdx`), `---\n${YAML.stringify(data)}---\n${entry.body}`)
}

function rng(seed: number) {
  let s = seed >>> 0
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32)
}

export function generateCorpus(sourceDir: string, targetDir: string, totals: { roles: number; skills: number }) {
  fs.cpSync(sourceDir, targetDir, { recursive: true, filter: (p) => !p.endsWith('.md') })
  const { corpus, problems } = loadContent(sourceDir)
  if (problems.length > 0) throw new Error(`shipped content has ${problems.length} problems`)
  const random = rng(42)
  const skillSlugs = corpus.skills.map((e) => e.slug)
  for (let i = 0; skillSlugs.length < totals.skills; i++) {
    const template = corpus.skills[i % corpus.skills.length]!
    const slug = `generated-skill-${i + 1}`
    write(targetDir, template, { ...template.data, slug, order: 1000 + i, name: `Generated skill ${i + 1}` }, slug)
    skillSlugs.push(slug)
  }
  for (let i = 0; corpus.roles.length + i < totals.roles; i++) {
    const template = corpus.roles[i % corpus.roles.length]!
    const slug = `generated-role-${i + 1}`
    const picked = skillSlugs.filter(() => random() < 0.12)
    // No quiz answer speaks about a generated skill, and the content check refuses a level the quiz cannot reach
    // (3 and 4 there), so generated skills stay at 0–2.
    const level = (skill: string) => Math.floor(random() * (skill.startsWith('generated-skill-') ? 3 : 5))
    const skills = (picked.length > 0 ? picked : [skillSlugs[0]!]).map((skill) => ({ skill, level: level(skill) }))
    const data = { ...template.data, slug, order: 1000 + i, name: `Generated role ${i + 1}`, aliases: [], skills }
    write(targetDir, template, data, slug)
  }
}
