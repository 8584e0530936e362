import { afterEach, describe, expect, it } from 'vitest'
import { checkContent } from '@/lib/content/check'
import { todayIso } from '@/lib/content/reviewed-check'
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
    expect(check('wrong-type')).toEqual([`${ROLE}:4:1  field "order": expected number, found "two"`])
  })

  it('reports a level above the top of the scale in content/scale at the level key', () => {
    expect(check('level-out-of-scale')).toEqual([
      `${ROLE}:13:22  field "skills[0].level": expected a level from 0 to 4 (the scale in content/scale), found 9`,
    ])
  })

  it('reports a scale with a gap at the level that has nothing below it, and measures levels against its top', () => {
    expect(check('scale-gap')).toEqual([
      'scale/level-6.mdx:4:1  field "level": levels run from 0 without gaps; no file defines level 5',
    ])
  })

  it('reports an unknown skill slug', () => {
    expect(check('unknown-skill')).toEqual([
      `${ROLE}:13:7  field "skills[0].skill": unknown skill "pyhton" (no content/skills/pyhton.mdx)`,
    ])
  })

  it('reports an unknown role slug', () => {
    expect(check('unknown-role')).toEqual([
      `${ROLE}:18:11  field "related[0]": unknown role "data-enginer" (no content/roles/data-enginer.mdx)`,
    ])
  })

  it('reports an unknown track slug', () => {
    expect(check('unknown-track')).toEqual([
      `${ROLE}:8:1  field "track": unknown track "mlops-practicioner" (no content/tracks/mlops-practicioner.mdx)`,
    ])
  })

  it('reports an unknown tool slug', () => {
    expect(check('unknown-tool')).toEqual([`${ROLE}:14:9  field "tools[0]": unknown tool "dokcer" (no content/tools/dokcer.mdx)`])
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
      `${ROLE}:37:1  MDX syntax error: Expected a closing tag for \`<Callout>\` (line 37:1-37:25)`,
    ])
  })

  it('reports an import in a body', () => {
    expect(check('mdx-import')).toEqual([
      `${ROLE}:37:1  expected no import or export (the components Callout, RoleLink, SkillLink, SkillBadge are available without one), found "import { Chart } from "../../components/chart""`,
    ])
  })

  it('reports a component that is not one of the editor components', () => {
    expect(check('unknown-component')).toEqual([
      `${ROLE}:37:1  expected one of the components Callout, RoleLink, SkillLink, SkillBadge, found <Chart>`,
    ])
  })

  it('reports a link to a page that does not exist', () => {
    expect(check('broken-link')).toEqual([`${ROLE}:33:24  link to "/skill-matrix": no such page`])
  })

  it('reports a salary without a source at the salary key', () => {
    expect(check('salary-without-source')).toEqual([
      `${ROLE}:15:1  missing required field "salary.source" (expected string: Source slug that states this range)`,
    ])
  })

  it('reports an unknown skill in a quiz option', () => {
    expect(check('quiz-unknown-skill')).toEqual([
      'quiz/rate-python.mdx:16:11  field "options[1].evidence[0].skill": unknown skill "pyton" (no content/skills/pyton.mdx)',
    ])
  })

  it('reports every problem of every file in one run, sorted by file and line', () => {
    expect(check('multi')).toEqual([
      'quiz/rate-python.mdx:12:26  field "options[0].evidence[0].level": expected a level from 0 to 4 (the scale in content/scale), found 9',
      'quiz/rate-python.mdx:16:11  field "options[1].evidence[0].skill": unknown skill "pyton" (no content/skills/pyton.mdx)',
      'roles/data-engineer-copy.mdx:2:1  duplicate slug "data-engineer": roles/data-engineer.mdx already uses it',
      'roles/data-engineer-copy.mdx:2:1  field "slug": expected "data-engineer-copy" (the file name), found "data-engineer"',
      `${ROLE}:4:1  field "order": expected number, found "two"`,
      `${ROLE}:37:5  link to "/roles/ghost": no such page`,
      'skills/python.mdx:8:9  field "tools[0]": unknown tool "dokcer" (no content/tools/dokcer.mdx)',
    ])
  })
})

describe('content checks of pay and outlook: occupations and the roles that name them', () => {
  const OCCUPATION = 'occupations/software-developers.mdx'

  it('refuses an occupation whose figures name a source that does not exist', () => {
    expect(check('occupation-unknown-source')).toEqual([
      `${OCCUPATION}:6:1  field "source": unknown source "labour-office" (no content/sources/labour-office.mdx)`,
    ])
  })

  it('refuses a code that is not in SOC format', () => {
    expect(check('occupation-bad-soc')).toEqual([
      `${OCCUPATION}:4:1  field "soc": expected a SOC code written NN-NNNN, e.g. 15-2051, found "15-205"`,
    ])
  })

  it('refuses a wage month or projection start in the future, and a projection that ends before it starts', () => {
    const today = todayIso()
    expect(check('occupation-future')).toEqual([
      `${OCCUPATION}:8:31  field "medianWage.period": 2999-05 is in the future (today is ${today})`,
      `${OCCUPATION}:9:52  field "outlook.from": 2999 is in the future (today is ${today})`,
      `${OCCUPATION}:9:64  field "outlook.to": expected a year after outlook.from (2999), found 2998`,
    ])
  })

  it('refuses a role that names an occupation with no file', () => {
    expect(check('occupation-unknown')).toEqual([
      `${ROLE}:28:15  field "occupation.occupation": unknown occupation "software-developer" (no content/occupations/software-developer.mdx)`,
    ])
  })
})

describe('content checks of trust: citations, quiz reach, copying, reviewed dates, the changelog', () => {
  it('refuses a body that cites a source its entry does not list, at the line and column of the mention', () => {
    expect(check('citation-unlisted')).toEqual([
      'skills/python.mdx:14:5  cites "Career Notes" (source career-notes), but field "sources" does not list career-notes',
    ])
  })

  it('refuses a role need of 3 or more that no set of quiz answers reaches, at the role\'s level', () => {
    expect(check('quiz-unreachable')).toEqual([
      `${ROLE}:14:19  field "skills[1].level": the quiz cannot reach level 3 in "sql" (no quiz answer speaks about it)`,
    ])
  })

  it('refuses a run of 12 or more words copied from a source text, but not a run the source allows', () => {
    const dir = fixtureContent('copying')
    dirs.push(dir)
    const sourceTexts = [
      {
        name: 'atlas-guide.txt',
        text: 'A Guide to Careers in Machine Learning Systems for Engineers Who Build and Run Them\n\nGood engineers package every training script as a module with declared dependencies and unit tests before it ships.',
      },
    ]
    expect(reportLines(checkContent(dir, { sourceTexts }).problems, dir)).toEqual([
      'skills/python.mdx:15:1  16 words copied from the source text atlas-guide.txt; reword them: "package every training script as a module with declared dependencies and unit tests before it ships."',
    ])
    expect(check('copying')).toEqual([]) // without the texts the check is skipped
  })

  it('refuses a reviewed date in the future, compared with the date of the check', () => {
    expect(check('reviewed-future')).toEqual([`${ROLE}:3:1  field "reviewed": 2999-01-01 is in the future (today is ${todayIso()})`])
    const dir = fixtureContent()
    dirs.push(dir)
    expect(reportLines(checkContent(dir, { today: '2026-11-29' }).problems, dir)).toContain(
      `${ROLE}:3:1  field "reviewed": 2026-11-30 is in the future (today is 2026-11-29)`,
    )
  })

  it('refuses a reviewed date that is not written YYYY-MM-DD', () => {
    expect(check('reviewed-malformed')).toEqual(['tools/docker.mdx:3:1  field "reviewed": expected a date written YYYY-MM-DD, found "30/11/2026"'])
  })

  it('refuses a changelog entry that names a file or folder that does not exist, at the item', () => {
    expect(check('change-unknown-touch')).toEqual([
      'changes/2026-11-30-skills-renamed.mdx:9:5  field "touches[1]": unknown file "roles/ml-enginer" (no content/roles/ml-enginer.mdx)',
      'changes/2026-11-30-skills-renamed.mdx:10:26  field "touches[2]": unknown file "tools/dokcer" (no content/tools/dokcer.mdx)',
      'changes/2026-11-30-skills-renamed.mdx:11:5  field "touches[3]": unknown file "recipes/python" (no content folder "recipes")',
    ])
    expect(check('change-valid')).toEqual([])
  })
})
