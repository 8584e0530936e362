import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { findSourceOverlaps, tokenize } from '@/lib/content/source-overlap'

const fixtures = path.join(import.meta.dirname, '../fixtures/source-overlap')
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), 'utf8')
const sources = [{ name: 'source.txt', text: read('source.txt') }]
const site = [{ file: 'site.mdx', line: 1, text: read('site.mdx') }]
const hits = findSourceOverlaps(site, sources, 12)
const hitAt = (line: number) => hits.find((h) => h.line === line)

describe('source overlap detector', () => {
  it('finds a run of exactly twelve copied words and reports its file, line, length and source', () => {
    expect(hitAt(8)).toEqual({
      file: 'site.mdx',
      line: 8,
      words: 12,
      source: 'source.txt',
      run: 'the hardest part of machine learning is keeping a model useful long',
    })
  })

  it('ignores a run of eleven copied words', () => {
    expect(hitAt(12)).toBeUndefined()
  })

  it('matches across slashes, hyphens, dashes, curly quotes and punctuation', () => {
    expect(hitAt(16)?.words).toBe(17)
    expect(hitAt(17)?.words).toBe(12)
  })

  it('folds British and American spellings together', () => {
    expect(hitAt(18)?.words).toBe(14)
  })

  it('reports nothing else in the fixture', () => {
    expect(hits.map((h) => h.line)).toEqual([8, 16, 17, 18])
  })

  it('counts the line of the first copied word when a text starts further down a file', () => {
    const shifted = findSourceOverlaps([{ file: 'x.mdx', line: 40, text: 'intro\n\n' + read('site.mdx') }], sources, 12)
    expect(shifted.map((h) => h.line)).toEqual([49, 57, 58, 59])
  })

  it('takes the run length as a parameter', () => {
    expect(findSourceOverlaps(site, sources, 11).map((h) => h.line)).toContain(12)
    expect(findSourceOverlaps(site, sources, 18)).toEqual([])
  })

  it('tokenises "ML/AI" and hyphenated words into separate words', () => {
    expect(tokenize('ML/AI end-to-end LLM-powered').map((t) => t.word)).toEqual(['ml', 'ai', 'end', 'to', 'end', 'llm', 'powered'])
  })
})
