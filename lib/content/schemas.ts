import { z } from 'zod'
import { SLUG_HINT, SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/slug'
import { SOC_PATTERN } from '@/lib/occupations'
import { QUIZ_KINDS, ROLE_CATEGORIES, TOOL_PURPOSES } from './enums'

// Frontmatter schemas, one per content collection. Types are inferred from them; the editor
// guide (content/README.md) is generated from the `describe()` texts, so keep them plain.

const slug = z
  .string()
  .regex(SLUG_PATTERN, `expected ${SLUG_HINT}`)
  .max(SLUG_MAX_LENGTH, `expected at most ${SLUG_MAX_LENGTH} characters`)
const text = z.string().trim().min(1, 'expected non-empty text')
const sources = z.array(slug).min(1, 'expected at least one source slug').describe('Source slugs this entry draws on')
// When an editor last read the file against its sources; the reviewed check refuses a date in the future.
const isoDate = z.iso.date('expected a date written YYYY-MM-DD')
const reviewed = isoDate.describe('Date (YYYY-MM-DD) an editor last checked this file against its sources')
// The scale's top is content too (content/scale); the reference check holds every level to it.
const level = z.number().int('expected a whole number').min(0, 'expected a level of the scale (0 or more)')

export const sourceSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().describe('Position in source lists'),
  title: text.describe('Title of the document'),
  publisher: text.describe('Who published it'),
  author: text.optional().describe('Author, where the document names one'),
  year: z.number().int().optional().describe('Year of the document, where it gives one'),
  url: z.url().optional().describe('Public address, only where the document states it'),
  period: text.optional().describe('For a data source: the period its figures refer to'),
  summary: text.describe('One or two sentences on what the document covers'),
  citedAs: z
    .array(text)
    .min(1, 'expected at least one name')
    .describe('Names the prose uses for this document (e.g. "roles post"); a mention in an entry that does not list the source is refused'),
  allowedRuns: z
    .array(z.strictObject({ text: text.describe('The words as the document writes them'), why: text.describe('Why repeating them is fine') }))
    .default([])
    .describe('Runs of words the site may repeat from this document (its title, lists of names); the copying check skips them'),
})

export const scaleSchema = z.strictObject({
  slug: slug.describe('level-<n>, one file per level'),
  reviewed,
  level: level.describe('The level this file defines; levels run from 0 without gaps'),
  name: text.describe('Short name shown next to the number everywhere (e.g. basic)'),
  description: text.describe('What a person at this level can do'),
})

export const categorySchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().describe('Position in the matrix'),
  name: text.describe('Display name'),
  description: text.describe('What the skills in this category have in common'),
})

export const skillSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().describe('Position within its category'),
  name: text.describe('Display name'),
  category: slug.describe('Skill category slug'),
  description: text.describe('One or two sentences on what the skill is'),
  tools: z.array(slug).default([]).describe('Tool slugs that exercise this skill'),
  sources,
})

export { TOOL_PURPOSES }

export const toolSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  name: text.describe('Display name'),
  purpose: z.enum(TOOL_PURPOSES).describe('What the tool is for; role pages group tools by it'),
  description: text.describe('What the tool does, in one or two sentences'),
  sources,
})

const dimensionDepth = z.strictObject({
  rating: z.number().int().min(1, 'expected a rating from 1 to 3').max(3, 'expected a rating from 1 to 3').describe('1 to 3'),
  text: text.describe('The rating in words'),
})

export const dimensionsSchema = z
  .strictObject({
    basis: z.enum(['source', 'editorial']).describe('source: the sources state these; editorial: the project’s reading'),
    primaryWork: text.describe('What most of the working day goes into'),
    coreSkill: text.describe('The one skill the role stands on'),
    output: text.describe('What the role hands over'),
    infraDepth: dimensionDepth.describe('1 light, 2 moderate, 3 deep'),
    mathDepth: dimensionDepth.describe('1 low, 2 moderate, 3 high'),
    demand: text.describe('Where and how much the role is hired'),
  })
  .describe('The comparison dimensions (primary work, core skill, output, infra depth, math depth, demand)')

const roleLink = z.union([
  slug,
  z.strictObject({ role: slug.describe('Role slug'), source: slug.optional().describe('Source slug that describes the move') }),
])

export { ROLE_CATEGORIES }

export const salarySchema = z
  .strictObject({
    min: z.number().int().positive().describe('Lower end, per year'),
    max: z.number().int().positive().describe('Upper end, per year'),
    currency: z.literal('USD').describe('Always USD'),
    source: slug.describe('Source slug that states this range'),
    note: text.optional().describe('Where or for whom the range holds'),
  })
  .describe('Only where a source gives a range; the source is required')

// A month as YYYY-MM; the occupation check refuses one after the current month.
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month written YYYY-MM')
const year = z.number().int('expected a whole year').min(1900, 'expected a year written in full')
const group = text.optional().describe('The group the figure is published for, when it is not the whole occupation')

export const occupationSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  soc: z.string().regex(SOC_PATTERN, 'expected a SOC code written NN-NNNN, e.g. 15-2051').describe('Standard Occupational Classification code, NN-NNNN'),
  title: text.describe('The occupation’s name as the publisher gives it'),
  source: slug.describe('Source slug that publishes the figures'),
  url: z.url().describe('The occupation’s page at the publisher'),
  medianWage: z
    .strictObject({
      amount: z.number().int().positive().describe('National median annual wage in US dollars, exactly as published'),
      period: month.describe('The month the wage refers to (YYYY-MM)'),
      group,
    })
    .describe('Median annual wage'),
  outlook: z
    .strictObject({
      growth: z.number().describe('Projected change in employment, in percent, exactly as published (negative for a decline)'),
      words: text.optional().describe('The publisher’s words for the rate (e.g. "Much faster than average")'),
      from: year.describe('First year of the projection'),
      to: year.describe('Last year of the projection'),
      group,
    })
    .describe('Employment outlook'),
  education: text.describe('Typical education needed to enter, as published'),
})

const occupationLink = z
  .union([
    z.strictObject({
      occupation: slug.describe('Occupation slug'),
      note: text.describe('How the occupation is broader than (or differs from) the role, in plain words'),
    }),
    z.strictObject({ none: text.describe('Why no standard occupation is a fair match') }),
  ])
  .describe('The nearest standard occupation for pay and outlook, or { none } with the reason')

export const roleSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().describe('Position in role lists'),
  name: text.describe('Display name'),
  aliases: z.array(text).default([]).describe('Other names the sources use; search finds them'),
  summary: text.describe('One line'),
  category: z.enum(ROLE_CATEGORIES).describe('Role family used by the filters'),
  track: slug.nullable().describe('Track slug, or null for roles people come from'),
  focus: text.describe('Primary focus, in one sentence'),
  responsibilities: z.array(text).min(1).describe('What the role does'),
  skills: z
    .array(
      z.strictObject({
        skill: slug.describe('Skill slug'),
        level: level.describe('Level on the scale (content/scale)'),
        note: text.optional().describe('Why this level, ideally naming the source'),
      }),
    )
    .min(1)
    .describe('Skill slug and level on the scale; unlisted skills count as 0'),
  tools: z.array(slug).default([]).describe('Tool slugs; pages group them by the tool’s purpose'),
  education: z.array(text).default([]).describe('Degrees or fields the sources mention'),
  experience: z.array(text).default([]).describe('Experience and career-ladder notes'),
  certifications: z.array(text).default([]).describe('Certifications the sources mention'),
  salary: salarySchema.optional(),
  occupation: occupationLink,
  comesFrom: z.array(roleLink).default([]).describe('Roles people move from: a slug, or { role, source }'),
  goesTo: z.array(roleLink).default([]).describe('Roles people move to: a slug, or { role, source }'),
  related: z.array(slug).default([]).describe('Related role slugs'),
  dimensions: dimensionsSchema,
  sources,
})

export const trackSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().describe('Position in track lists'),
  name: text.describe('Display name'),
  summary: text.describe('One line'),
  audience: text.describe('Who the track is for'),
  focus: text.describe('What the track concentrates on'),
  skills: z
    .array(
      z.strictObject({
        skill: slug.describe('Skill slug'),
        level: level.describe('Target level on the scale'),
        weight: z.number().int().min(1).max(3).describe('How much the skill counts, 1–3'),
      }),
    )
    .min(1)
    .describe('The skills the track weighs: target level on the scale and weight 1–3'),
  entries: z
    .array(z.strictObject({ role: slug.describe('Role slug'), note: text.describe('What that role brings and what the track adds') }))
    .default([])
    .describe('Roles people enter the track from'),
  sources,
})

export const maturitySchema = z.strictObject({
  slug: slug.describe('level-0 … level-3'),
  reviewed,
  level: z.number().int().min(0).max(3).describe('Maturity level 0–3'),
  name: text.describe('Display name'),
  summary: text.describe('One line'),
  characteristics: z.array(text).min(1).describe('What a team at this level looks like'),
  automates: z.array(text).default([]).describe('What is automated at this level'),
  nextStep: text.describe('What it takes to reach the next level'),
  sources,
})

export const phaseSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().min(1).describe('Position in the lifecycle, from 1'),
  name: text.describe('Display name'),
  summary: text.describe('One line'),
  activities: z.array(text).min(1).describe('What happens in this phase'),
  tools: z.array(slug).default([]).describe('Tool slugs used in this phase'),
  roles: z.array(slug).default([]).describe('Role slugs active in this phase'),
  sources,
})

export const ladderSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().min(1).describe('Position on the ladder, from 1 (junior)'),
  title: text.describe('Display title'),
  scope: text.describe('What a person at this level owns'),
  milestone: text.describe('What marks the step to the next level'),
  sources,
})

export const TOPIC_KINDS = ['evolution', 'platform-stage', 'team-stage', 'team-model', 'decision'] as const

export const topicSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  kind: z.enum(TOPIC_KINDS).describe('Which page section the topic belongs to'),
  order: z.number().int().describe('Position within its kind'),
  title: text.describe('Display title'),
  summary: text.describe('One line'),
  sections: z
    .array(z.strictObject({ title: text.describe('List heading'), items: z.array(text).min(1).describe('List items') }))
    .default([])
    .describe('Titled lists (advantages, when to buy, …)'),
  sources,
})

export const figureSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().describe('Position on the page'),
  value: text.describe('The figure as the source gives it, e.g. "87%"'),
  label: text.describe('What the figure counts, in a few words'),
  detail: text.describe('One sentence of context'),
  source: slug.describe('Source slug that states the figure'),
})

export const scenarioSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  title: text.describe('Display title'),
  summary: text.describe('One line'),
  goals: z.array(text).min(1).describe('What the team sets out to do'),
  parts: z
    .array(z.strictObject({ role: slug.describe('Role slug'), contribution: text.describe('What that role does in it') }))
    .min(1)
    .describe('Who does what'),
  outcomes: z.array(text).default([]).describe('What came of it'),
  sources,
})

export const quizEvidenceSchema = z.strictObject({
  skill: slug.describe('Skill slug'),
  level: level.describe('The level this answer is evidence of'),
  weight: z.number().min(0.1).max(3).describe('How strong the evidence is, 0.1–3'),
})

export const quizSchema = z.strictObject({
  slug: slug.describe('File name without .mdx'),
  reviewed,
  order: z.number().int().min(1).describe('Position in the quiz, from 1'),
  kind: z.enum(QUIZ_KINDS).describe('preference: pick what you enjoy; self-rating: rate yourself'),
  category: slug.describe('Skill category the question is mainly about'),
  prompt: text.describe('The question'),
  help: z.string().default('').describe('A hint shown under the question'),
  options: z
    .array(
      z.strictObject({
        id: slug.describe('Option id, unique within the question'),
        label: text.describe('The answer as shown'),
        evidence: z.array(quizEvidenceSchema).default([]).describe('What choosing this answer says about skills'),
      }),
    )
    .min(2)
    .describe('Answer options; self-rating options go from level 0 up'),
})

const touch = z.union([
  z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'expected "collection/slug"').describe('"collection/slug"'),
  z.strictObject({ collection: slug.describe('Content folder'), slug: slug.describe('Entry slug') }),
])

export const changeSchema = z.strictObject({
  slug: slug.describe('File name without .mdx: <date>-<slug>'),
  reviewed,
  date: isoDate.describe('When the change landed (YYYY-MM-DD)'),
  title: text.describe('One line on what changed'),
  summary: text.describe('What changed and why, in a few sentences'),
  touches: z.array(touch).min(1).describe('The files the change touched: "collection/slug" or { collection, slug }'),
})

export type RoleDimensions = z.infer<typeof dimensionsSchema>
