/**
 * Finds passages of the site that repeat a source word for word.
 *
 * `findSourceOverlaps(site, sources, minWords)` is pure: it takes the site's texts (each with its file and the line
 * its text starts on) and the source documents' texts, and returns every run of `minWords` or more consecutive
 * words that also appears, in the same order, in one source. Overlapping windows are merged, so a copied
 * sentence of 20 words is one hit of 20 words, reported at the line of its first word.
 *
 * Words are compared after normalising away what does not change the wording:
 * - case, Unicode compatibility forms (NFKC), curly versus straight quotes and apostrophes;
 * - punctuation, including Markdown markers; `&` and a free-standing `+` read as "and";
 * - slashes and dashes of every kind separate words, so "ML/AI" is "ml ai" and "end-to-end" is "end to end";
 * - British and American spellings fold together (optimise/optimize, behaviour/behavior, modelling/modeling),
 *   so a change of spelling alone does not hide a copied run.
 *
 * The folding is applied to both sides alike, so it can only merge spellings, never invent a match that the
 * words do not support. Exemptions (titles, proper names, lists of tool or certification names) are the
 * caller's decision: it gets every hit and filters what it allows.
 */

export type SiteText = { file: string; line: number; text: string }
export type SourceText = { name: string; text: string }
export type OverlapHit = {
  file: string
  /** Line of the run's first word. */
  line: number
  /** Number of consecutive words shared with the source. */
  words: number
  /** The source the run was found in. */
  source: string
  /** The run as written on the site, for the report. */
  run: string
}

type Token = { word: string; raw: string; line: number }

// Slashes, dashes, hyphens and whitespace all separate words.
const CHUNK = /[^\s/\\\-\u2010-\u2015\u2212]+/g

function foldSpelling(word: string): string {
  return word
    .replace(/^(.{3,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2')
    .replace(/yse(s|d)?$/, 'yze$1')
    .replace(/^(.{3,})our(s|ed|ing)?$/, '$1or$2')
    .replace(/ll(ed|ing|er|ers)$/, 'l$1')
    .replace(/ogue(s)?$/, 'og$1')
    .replace(/tre(s)?$/, 'ter$1')
}

/** The comparable words of one chunk of text between separators (usually zero or one, more for "10,000"). */
function chunkWords(chunk: string): string[] {
  const plain = chunk
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc'`]/g, '')
  if (plain === '&' || plain === '+') return ['and']
  return (plain.replace(/&/g, ' and ').match(/[\p{L}\p{N}]+/gu) ?? []).map(foldSpelling)
}

export function tokenize(text: string, firstLine = 1): Token[] {
  const tokens: Token[] = []
  text.split(/\r?\n/).forEach((lineText, index) => {
    for (const match of lineText.matchAll(CHUNK)) {
      for (const word of chunkWords(match[0])) tokens.push({ word, raw: match[0], line: firstLine + index })
    }
  })
  return tokens
}

const gramKey = (tokens: Token[], start: number, n: number) =>
  tokens
    .slice(start, start + n)
    .map((t) => t.word)
    .join(' ')

function sourceGrams(sources: SourceText[], n: number): Map<string, string> {
  const grams = new Map<string, string>()
  for (const source of sources) {
    const tokens = tokenize(source.text)
    for (let i = 0; i + n <= tokens.length; i++) {
      const key = gramKey(tokens, i, n)
      if (!grams.has(key)) grams.set(key, source.name)
    }
  }
  return grams
}

function runText(tokens: Token[]): string {
  const raws: string[] = []
  for (const t of tokens) if (raws[raws.length - 1] !== t.raw) raws.push(t.raw)
  return raws.join(' ')
}

export function findSourceOverlaps(site: SiteText[], sources: SourceText[], minWords = 12): OverlapHit[] {
  if (!Number.isInteger(minWords) || minWords < 1) throw new RangeError(`minWords must be a positive integer, got ${minWords}`)
  const grams = sourceGrams(sources, minWords)
  const hits: OverlapHit[] = []
  for (const text of site) {
    const tokens = tokenize(text.text, text.line)
    let i = 0
    while (i + minWords <= tokens.length) {
      const source = grams.get(gramKey(tokens, i, minWords))
      if (!source) {
        i++
        continue
      }
      // Extend while the next window also appears in a source: consecutive windows are one copied run.
      let last = i
      while (last + 1 + minWords <= tokens.length && grams.has(gramKey(tokens, last + 1, minWords))) last++
      const run = tokens.slice(i, last + minWords)
      hits.push({ file: text.file, line: run[0]!.line, words: run.length, source, run: runText(run) })
      // A window that starts inside this run but did not extend it may still begin a second, separate copy.
      i = last + 1
    }
  }
  return hits
}
