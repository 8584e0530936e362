import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { SEARCH_OPTIONS, buildSearchIndex, searchSite } from '@/lib/search/site-search'
import { searchDocs } from '../fixtures/search-docs'

const index = buildSearchIndex(searchDocs)
const ids = (query: string, kind?: Parameters<typeof searchSite>[2]) => searchSite(index, query, kind).map((h) => h.id)

describe('site search ranking', () => {
  it('finds a thing by its name before the things that merely list it', () => {
    expect(ids('kubernetes')[0]).toBe('skill:kubernetes')
  })

  it('ranks the role where a skill is central above one that lists it among lesser skills, whatever their order', () => {
    const roles = ids('kubernetes', 'role')
    expect(roles).toEqual(['role:platform', 'role:generalist'])
  })

  it('keeps to one kind when asked, and finds nothing for an empty query', () => {
    expect(ids('kubernetes', 'tool')).toEqual(['tool:helm'])
    expect(ids('   ')).toEqual([])
  })

  it('tolerates a typo in a longer word, but not in a short one', () => {
    expect(ids('mlflw')[0]).toBe('tool:mlflow')
    expect(ids('sqk')).toEqual([])
  })

  it('matches the last word as a prefix, as one types', () => {
    expect(ids('kube')[0]).toBe('skill:kubernetes')
    expect(ids('experiment keep')).toEqual(['role:tracker'])
  })

  it('needs every word, in any field', () => {
    expect(ids('cluster keeper')).toEqual(['role:platform'])
    expect(ids('helm platform')).toEqual(['role:platform'])
    expect(ids('helm sql')).toEqual([])
  })

  it('ranks hits where one name holds every word by the strength of that name\'s field, above scattered words', () => {
    expect(ids('model serving', 'role')).toEqual(['role:server', 'role:scattered'])
  })

  it('ignores common English words', () => {
    expect(ids('the kubernetes')).toEqual(ids('kubernetes'))
  })
})

describe('what a hit says about its match', () => {
  it('names the field and, in a list, the item that matched, strongest field first', () => {
    const platform = searchSite(index, 'kubernetes', 'role')[0]!
    expect(platform.matches).toEqual([
      { field: 'top skills', values: ['Kubernetes'] },
      { field: 'tools', values: ['Kubernetes'] },
    ])
    expect(platform).toMatchObject({ kind: 'role', title: 'Platform Builder', href: '/role/platform' })
  })

  it('names the item a typo matched, and a text field without values', () => {
    const tracker = searchSite(index, 'mlflw', 'role')[0]!
    expect(tracker.matches).toEqual([{ field: 'tools', values: ['MLflow'] }])
    const serving = searchSite(index, 'requests')[0]!
    expect(serving.matches).toEqual([{ field: 'summary', values: [] }])
  })
})

describe('the serialized index', () => {
  it('ranks the same after a round trip through JSON, as the browser loads it', () => {
    const loaded = MiniSearch.loadJSON(JSON.stringify(index), SEARCH_OPTIONS)
    for (const q of ['kubernetes', 'mlflw', 'kube', 'cluster keeper']) expect(searchSite(loaded, q)).toEqual(searchSite(index, q))
  })
})
