import fs from 'node:fs'
import path from 'node:path'
import type { SourceText } from '@/lib/content/source-overlap'

export type SourceTexts = { dir: string; texts: SourceText[] | null }

/**
 * The source documents' plain texts for the copying check: `SOURCE_TEXTS_DIR`, or ../shared/seeds next to the
 * project. Editors may not have them, so a missing folder gives `texts: null` and the caller skips the check.
 */
export function readSourceTexts(root: string = process.cwd()): SourceTexts {
  const dir = path.resolve(root, process.env.SOURCE_TEXTS_DIR ?? path.join('..', 'shared', 'seeds'))
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return { dir, texts: null }
  const texts = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }))
  return { dir, texts }
}

/** The one line printed when the copying check is skipped. */
export const skippedNote = (dir: string) => `note: no source texts at ${dir} (set SOURCE_TEXTS_DIR); the copying check was skipped`
