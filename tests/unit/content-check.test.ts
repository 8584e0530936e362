import { afterEach, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { fixtureContent, removeDir, reportLines } from '../fixtures/content-fixture'

const dirs: string[] = []
function check(caseName?: string): string[] {
  const dir = fixtureContent(caseName)
  dirs.push(dir)
  return reportLines(checkContent(dir).problems, dir)
}
afterEach(() => dirs.splice(0).forEach(removeDir))

const ROLE = 'roles/ml-engineer.mdx'

describe('content check on the fixture corpus', () => {
  it('accepts the valid base corpus with no problems', () => {
    expect(check()).toEqual([])
  })

  it('reports a missing required field at the start of the frontmatter, with what belongs there', () => {
    expect(check('missing-field')).toEqual([`${ROLE}:2:1  missing required field "name" (expected string: Display name)`])
  })

  it('reports a wrong type at the line of the key, with what was expected and found', () => {
    expect(check('wrong-type')).toEqual([`${ROLE}:3:1  field "order": expected number, found "two"`])
  })

  it('reports a level above the top of the scale in content/scale at the level key', () => {
    expect(check('level-out-of-scale')).toEqual([
      `${ROLE}:12:22  field "skills[0].level": expected a level from 0 to 4 (the scale in content/scale), found 9`,
    ])
  })

  it('reports a scale with a gap at the level that has nothing below it, and measures levels against its top', () => {
    expect(check('scale-gap')).toEqual([
      'scale/level-6.mdx:3:1  field "level": levels run from 0 without gaps; no file defines level 5',
    ])
  })

  it('reports an unknown skill slug', () => {
    expect(check('unknown-skill')).toEqual([
      `${ROLE}:12:7  field "skills[0].skill": unknown skill "pyhton" (no content/skills/pyhton.mdx)`,
    ])
  })

  it('reports an unknown role slug', () => {
    expect(check('unknown-role')).toEqual([
      `${ROLE}:17:11  field "related[0]": unknown role "data-enginer" (no content/roles/data-enginer.mdx)`,
    ])
  })

  it('reports an unknown track slug', () => {
    expect(check('unknown-track')).toEqual([
      `${ROLE}:7:1  field "track": unknown track "mlops-practicioner" (no content/tracks/mlops-practicioner.mdx)`,
    ])
  })

  it('reports an unknown tool slug', () => {
    expect(check('unknown-tool')).toEqual([`${ROLE}:13:9  field "tools[0]": unknown tool "dokcer" (no content/tools/dokcer.mdx)`])
  })

  it('blames the copy, not the original, when two files carry the same slug', () => {
    expect(check('duplicate-slug')).toEqual([
      'roles/ml-engineer-v2.mdx:2:1  duplicate slug "ml-engineer": roles/ml-engineer.mdx already uses it',
      'roles/ml-engineer-v2.mdx:2:1  field "slug": expected "ml-engineer-v2" (the file name), found "ml-engineer"',
    ])
  })

  it('reports a slug that does not match its file name, without knock-on errors in files linking to it', () => {
    expect(check('slug-mismatch')).toEqual([`${ROLE}:2:1  field "slug": expected "ml-engineer" (the file name), found "ml-engineers"`])
  })

  it('reports an MDX syntax error at the line of the unclosed tag, in file lines', () => {
    expect(check('mdx-syntax')).toEqual([
      `${ROLE}:35:1  MDX syntax error: Expected a closing tag for \`<Callout>\` (line 35:1-35:25)`,
    ])
  })

  it('reports an import in a body', () => {
    expect(check('mdx-import')).toEqual([
      `${ROLE}:35:1  expected no import or export (the components Callout, RoleLink, SkillLink, SkillBadge are available without one), found "import { Chart } from "../../components/chart""`,
    ])
  })

  it('reports a component that is not one of the editor components', () => {
    expect(check('unknown-component')).toEqual([
      `${ROLE}:35:1  expected one of the components Callout, RoleLink, SkillLink, SkillBadge, found <Chart>`,
    ])
  })

  it('reports a link to a page that does not exist', () => {
    expect(check('broken-link')).toEqual([`${ROLE}:31:24  link to "/skill-matrix": no such page`])
  })

  it('reports a salary without a source at the salary key', () => {
    expect(check('salary-without-source')).toEqual([
      `${ROLE}:14:1  missing required field "salary.source" (expected string: Source slug that states this range)`,
    ])
  })

  it('reports an unknown skill in a quiz option', () => {
    expect(check('quiz-unknown-skill')).toEqual([
      'quiz/rate-python.mdx:15:11  field "options[1].evidence[0].skill": unknown skill "pyton" (no content/skills/pyton.mdx)',
    ])
  })

  it('reports every problem of every file in one run, sorted by file and line', () => {
    expect(check('multi')).toEqual([
      'quiz/rate-python.mdx:11:26  field "options[0].evidence[0].level": expected a level from 0 to 4 (the scale in content/scale), found 9',
      'quiz/rate-python.mdx:15:11  field "options[1].evidence[0].skill": unknown skill "pyton" (no content/skills/pyton.mdx)',
      'roles/data-engineer-copy.mdx:2:1  duplicate slug "data-engineer": roles/data-engineer.mdx already uses it',
      'roles/data-engineer-copy.mdx:2:1  field "slug": expected "data-engineer-copy" (the file name), found "data-engineer"',
      `${ROLE}:3:1  field "order": expected number, found "two"`,
      `${ROLE}:35:5  link to "/roles/ghost": no such page`,
      'skills/python.mdx:7:9  field "tools[0]": unknown tool "dokcer" (no content/tools/dokcer.mdx)',
    ])
  })
})
