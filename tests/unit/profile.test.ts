import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chooseRole, levelChanges, levelsOf, rateSkill, withInferred, withSnapshot } from '@/lib/profile/edit'
import { parseProfileText, parseProfileValue } from '@/lib/profile/parse'
import { reconcile } from '@/lib/profile/reconcile'
import { emptyProfile, HISTORY_MAX, type Profile } from '@/lib/profile/schema'
import { decodeProfile, encodeProfile, type CodeContent } from '@/lib/profile/share-code'

const T0 = '2026-11-01T10:00:00Z'
const T1 = '2026-11-02T10:00:00Z'
const content: CodeContent = { skills: ['python', 'statistics', 'kubernetes'], roles: ['data-scientist', 'ml-engineer'], top: 4 }

function sample(): Profile {
  let p = rateSkill(emptyProfile(), 'python', 3, T0)
  p = withInferred(p, { statistics: 2.3333 }, T0)
  return chooseRole(chooseRole(p, 'current', 'data-scientist', T0), 'target', 'ml-engineer', T0)
}

describe('reading a stored or imported profile', () => {
  it('migrates a version 1 profile: whole levels become rated levels, and the save becomes the first snapshot', () => {
    const parsed = parseProfileValue({ format: 'mlops-atlas-profile', version: 1, levels: { python: 3, kubernetes: 1 }, savedAt: T0 })
    expect(parsed).toEqual({
      ok: true,
      migrated: true,
      profile: {
        format: 'mlops-atlas-profile', version: 2, current: null, target: null,
        skills: { python: { level: 3, source: 'rated', at: T0 }, kubernetes: { level: 1, source: 'rated', at: T0 } },
        history: [{ at: T0, levels: { python: 3, kubernetes: 1 }, target: null }],
      },
    })
  })

  it('reads back exactly what it wrote', () => {
    const p = withSnapshot(sample(), T1)
    expect(parseProfileText(JSON.stringify(p))).toEqual({ ok: true, profile: p, migrated: false })
  })

  it('names what is wrong with a damaged or hand-edited value', () => {
    const broken = { ...sample(), skills: { python: { level: 'high', source: 'rated', at: T0 } } }
    expect(parseProfileText(JSON.stringify(broken))).toEqual({ ok: false, message: 'The profile is damaged: field "skills.python.level": expected a level, a number from 0 up.' })
    const badKey = { ...sample(), skills: { 'Not A Slug': { level: 1, source: 'rated', at: T0 } } }
    expect(parseProfileText(JSON.stringify(badKey))).toMatchObject({ ok: false, message: expect.stringContaining('field "skills.Not A Slug": expected a kebab-case slug') })
    const badTime = { ...sample(), current: { slug: 'data-scientist', at: 'yesterday' } }
    expect(parseProfileText(JSON.stringify(badTime))).toMatchObject({ ok: false, message: expect.stringContaining('field "current.at": expected a UTC time') })
  })

  it('refuses a file that is not a profile, a newer version and text that is not JSON, each with its own message', () => {
    expect(parseProfileText('{"name": "my CV"}')).toEqual({ ok: false, message: 'This is not an MLOps Atlas profile: field "format" should be "mlops-atlas-profile".' })
    expect(parseProfileText('[1, 2]')).toEqual({ ok: false, message: 'This is not an MLOps Atlas profile: expected a JSON object.' })
    expect(parseProfileText('{"format":"mlops-atlas-profile","version":9}')).toEqual({ ok: false, message: 'The profile is version 9; this site reads versions 1 and 2.' })
    expect(parseProfileText('{"format": ')).toEqual({ ok: false, message: 'This is not an MLOps Atlas profile: it is not valid JSON.' })
  })

  it('refuses more snapshots than are kept', () => {
    const p = { ...sample(), history: Array.from({ length: HISTORY_MAX + 1 }, () => ({ at: T0, levels: {}, target: null })) }
    expect(parseProfileValue(p)).toEqual({ ok: false, message: `The profile is damaged: field "history": expected at most ${HISTORY_MAX} snapshots.` })
  })
})

describe('holding a profile to changed content', () => {
  const facts = { skills: new Map([['python', 'Python'], ['kubernetes', 'Kubernetes']]), roles: new Set(['data-scientist']), top: 4 }

  it('drops a skill that no longer exists and a role that no longer exists, with a notice for each', () => {
    const { profile, notices } = reconcile(withSnapshot(sample(), T1), facts)
    expect(profile.skills).toEqual({ python: { level: 3, source: 'rated', at: T0 } })
    expect(profile.current).toEqual({ slug: 'data-scientist', at: T0 })
    expect(profile.target).toBeNull()
    expect(profile.history[0]).toEqual({ at: T1, levels: { python: 3 }, target: null })
    expect(notices).toEqual([
      '“statistics” is no longer a skill on the site, so its level was dropped.',
      'Your target role “ml-engineer” is no longer on the site: please pick it again.',
    ])
  })

  it('drops a level above the scale’s top and leaves new skills unrated', () => {
    const { profile, notices } = reconcile(rateSkill(emptyProfile(), 'python', 7, T0), facts)
    expect(profile.skills).toEqual({})
    expect(notices).toEqual(['The level for Python was above the scale’s top (4), so it was dropped.'])
  })
})

describe('editing and history', () => {
  it('keeps a quiz level as it is, marks quiz levels as inferred and own ratings as rated, and clears a rating', () => {
    const p = sample()
    expect(p.skills.statistics).toEqual({ level: 2.3333, source: 'inferred', at: T0 })
    expect(levelsOf(rateSkill(p, 'python', null, T1))).toEqual({ statistics: 2.3333 })
  })

  it('keeps at most the last 50 snapshots, oldest dropped', () => {
    let p = sample()
    for (let i = 0; i < HISTORY_MAX + 5; i++) p = withSnapshot(rateSkill(p, 'python', i % 5, T0), `2026-11-01T10:00:${String(i % 60).padStart(2, '0')}Z`)
    expect(p.history).toHaveLength(HISTORY_MAX)
    // Snapshots 5…54 are kept: the first five, the oldest, are the ones dropped.
    expect(p.history[0]?.at).toBe('2026-11-01T10:00:05Z')
    expect(p.history.at(-1)?.at).toBe(`2026-11-01T10:00:${HISTORY_MAX + 4}Z`)
  })

  it('lists the skills whose level changed, in the given order, unrated as null', () => {
    expect(levelChanges({ python: 2, statistics: 1 }, { python: 3, kubernetes: 1, statistics: 1 }, content.skills)).toEqual([
      { skill: 'python', from: 2, to: 3 },
      { skill: 'kubernetes', from: null, to: 1 },
    ])
  })
})

describe('share links', () => {
  it('carry the exact levels, how each was made and both roles, and nothing of the history', () => {
    const p = withSnapshot(sample(), T1)
    const decoded = decodeProfile(encodeProfile(p, content), content, T1)
    expect(decoded).toEqual({
      ok: true,
      profile: {
        ...emptyProfile(),
        skills: { python: { level: 3, source: 'rated', at: T1 }, statistics: { level: 2.3333, source: 'inferred', at: T1 } },
        current: { slug: 'data-scientist', at: T1 },
        target: { slug: 'ml-engineer', at: T1 },
      },
    })
  })

  it('round-trips any profile on the scale exactly, to the last bit of an in-between level', () => {
    const anyLevel = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 4, noNaN: true }).map((x) => x + 0), fc.constant(7 / 3))
    const level = fc.option(fc.record({ level: anyLevel, source: fc.constantFrom('rated' as const, 'inferred' as const) }), { nil: null })
    fc.assert(
      fc.property(fc.tuple(level, level, level), fc.integer({ min: 0, max: 2 }), (levels, target) => {
        let p = emptyProfile()
        levels.forEach((l, i) => {
          if (l) p = { ...p, skills: { ...p.skills, [content.skills[i]!]: { ...l, at: T0 } } }
        })
        p = chooseRole(p, 'target', content.roles[target - 1] ?? null, T0)
        const back = decodeProfile(encodeProfile(p, content), content, T0)
        expect(back).toEqual({ ok: true, profile: p })
      }),
    )
  })

  it('refuses a changed character and a link made for other content, saying which', () => {
    const code = encodeProfile(sample(), content)
    const changed = (code[0] === '3' ? '2' : '3') + code.slice(1)
    expect(decodeProfile(changed, content, T1)).toMatchObject({ ok: false, reason: expect.stringContaining('does not check out') })
    expect(decodeProfile(code, { ...content, roles: ['data-scientist', 'mlops-engineer'] }, T1)).toMatchObject({ ok: false, reason: expect.stringContaining('does not check out') })
    expect(decodeProfile(code.slice(0, -1), content, T1)).toMatchObject({ ok: false, reason: expect.stringContaining('cut off') })
    expect(decodeProfile('ABC', content, T1)).toMatchObject({ ok: false, reason: expect.stringContaining('characters') })
    const skillsAdded = { ...content, skills: [...content.skills, 'sql'] }
    expect(decodeProfile(code, skillsAdded, T1)).toMatchObject({ ok: false })
  })
})
