import fs from 'node:fs'
import path from 'node:path'
import { collectionNames, collections, type CollectionData, type CollectionName } from './collections'
import { parseFrontmatter, type ParsedFile } from './frontmatter'
import type { Problem } from './problems'
import { issueMessage } from './zod-issues'

export type Entry<C extends CollectionName> = {
  collection: C
  /** Path relative to the project root, as printed in reports. */
  file: string
  slug: string
  data: CollectionData<C>
  body: string
  bodyLine: number
  locate: ParsedFile['locate']
}

export type Corpus = { [C in CollectionName]: Entry<C>[] }

export type LoadResult = { corpus: Corpus; problems: Problem[]; files: number }

export function defaultContentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), 'content'))
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute)
  return relative.startsWith('..') ? absolute : relative
}

function isCollection(name: string): name is CollectionName {
  return (collectionNames as string[]).includes(name)
}

function loadFile<C extends CollectionName>(collection: C, absolute: string, problems: Problem[]): Entry<C> | null {
  const file = displayPath(absolute)
  const parsed = parseFrontmatter(fs.readFileSync(absolute, 'utf8'))
  for (const e of parsed.errors) problems.push({ file, line: e.line, column: e.column, message: e.message })
  if (parsed.errors.length > 0) return null
  const result = collections[collection].schema.safeParse(parsed.data ?? {})
  if (!result.success) {
    for (const issue of result.error.issues) {
      const { path: at, message } = issueMessage(issue, parsed.data)
      problems.push({ file, ...parsed.locate(at), message })
    }
    return null
  }
  const expected = path.basename(absolute, '.mdx')
  const data = result.data as CollectionData<C> // the schema of `collection` produced it
  if (data.slug !== expected) {
    problems.push({
      file,
      ...parsed.locate(['slug']),
      message: `field "slug": expected "${expected}" (the file name), found "${data.slug}"`,
    })
  }
  return { collection, file, slug: data.slug, data, body: parsed.body, bodyLine: parsed.bodyLine, locate: parsed.locate }
}

function emptyCorpus(): Corpus {
  return Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Corpus
}

// Reads and validates every file; never throws on bad content, it reports problems instead.
export function loadContent(dir: string = defaultContentDir()): LoadResult {
  const problems: Problem[] = []
  const corpus = emptyCorpus()
  let files = 0
  if (!fs.existsSync(dir)) {
    problems.push({ file: displayPath(dir), line: 1, column: 1, message: 'expected a content folder, found none' })
    return { corpus, problems, files }
  }
  for (const folder of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!folder.isDirectory()) continue
    const folderPath = path.join(dir, folder.name)
    const mdxFiles = fs
      .readdirSync(folderPath)
      .filter((name) => name.endsWith('.mdx'))
      .sort()
    if (!isCollection(folder.name)) {
      for (const name of mdxFiles) {
        problems.push({
          file: displayPath(path.join(folderPath, name)),
          line: 1,
          column: 1,
          message: `unknown content folder "${folder.name}" (expected one of ${collectionNames.join(', ')})`,
        })
      }
      continue
    }
    const collection = folder.name
    const seen = new Map<string, string>()
    for (const name of mdxFiles) {
      files += 1
      const entry = loadFile(collection, path.join(folderPath, name), problems)
      if (!entry) continue
      const other = seen.get(entry.slug)
      if (other) {
        problems.push({
          file: entry.file,
          ...entry.locate(['slug']),
          message: `duplicate slug "${entry.slug}": ${other} already uses it`,
        })
        continue
      }
      seen.set(entry.slug, entry.file)
      ;(corpus[collection] as Entry<typeof collection>[]).push(entry)
    }
  }
  return { corpus, problems, files }
}
