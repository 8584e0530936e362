import type { CollectionName } from './collections'
import type { Corpus, Entry } from './load'
import type { Problem } from './problems'
import { entryTexts } from './entry-text'
import { findSourceOverlaps, tokenize, type SiteText, type SourceText } from './source-overlap'

export const MIN_COPIED_WORDS = 12

const words = (text: string) => tokenize(text).map((t) => t.word)

// Components render as the linked entry's name, so the check reads that name in their place; the replacements
// never cross a line, so reported lines stay the file's.
function asRendered(body: string, names: Map<string, string>): string {
  return body
    .replace(/<(RoleLink|SkillLink)\s+slug="([^"]+)"\s*>([^<]*)<\/\1>/g, (_m, _c, _s, inner: string) => inner)
    .replace(/<(?:RoleLink|SkillLink)\s+slug="([^"]+)"\s*\/>/g, (_m, slug: string) => names.get(slug) ?? slug)
    .replace(/<SkillBadge\s+skill="([^"]+)"[^>]*\/>/g, (_m, slug: string) => names.get(slug) ?? slug)
    .replace(/<\/?Callout[^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
}

/** Whether a copied run is only allowed runs: what is left once they are cut out is shorter than a copy. */
function onlyAllowed(run: string, allowed: string[][], minWords: number): boolean {
  let rest = [words(run)]
  for (const allow of allowed) {
    rest = rest.flatMap((part) => {
      const pieces: string[][] = []
      let start = 0
      for (let i = 0; i + allow.length <= part.length; i++) {
        if (allow.every((w, k) => part[i + k] === w)) {
          pieces.push(part.slice(start, i))
          start = i + allow.length
          i = start - 1
        }
      }
      pieces.push(part.slice(start))
      return pieces
    })
  }
  return rest.every((part) => part.length < minWords)
}

/**
 * Reports every run of `minWords` or more words the content shares with a source text, at the file and line of
 * its first word, unless it is made of runs a source file allows (`allowedRuns`: titles, lists of names).
 * Pure: the caller reads the source texts and passes them in.
 */
export function checkOverlaps(corpus: Corpus, sources: SourceText[], minWords = MIN_COPIED_WORDS): Problem[] {
  const names = new Map<string, string>()
  for (const e of [...corpus.roles, ...corpus.skills]) names.set(e.slug, e.data.name)
  const allowed = corpus.sources.flatMap((s) => s.data.allowedRuns.map((a) => words(a.text))).filter((w) => w.length > 0)
  const site: SiteText[] = []
  for (const collection of Object.keys(corpus) as CollectionName[]) {
    for (const entry of corpus[collection] as Entry<CollectionName>[]) {
      for (const piece of entryTexts(entry)) if (piece.field !== null) site.push({ file: entry.file, line: piece.line, text: piece.text })
      site.push({ file: entry.file, line: entry.bodyLine, text: asRendered(entry.body, names) })
    }
  }
  return findSourceOverlaps(site, sources, minWords)
    .filter((hit) => !onlyAllowed(hit.run, allowed, minWords))
    .map((hit) => ({
      file: hit.file,
      line: hit.line,
      column: 1,
      message: `${hit.words} words copied from the source text ${hit.source}; reword them: "${hit.run}"`,
    }))
}
