import fs from 'node:fs'
import path from 'node:path'
import { collectionNames, collections, type CollectionData, type CollectionName } from './collections'
import { parseFrontmatter, type ParsedFile } from './frontmatter'
import type { Problem } from './problems'
import { jsonSchemaOf, nodeAt } from './schema-json'
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

/** A body whose frontmatter did not validate: its MDX is still checked, so one run reports everything. */
export type LooseBody = { file: string; body: string; bodyLine: number }

export type LoadResult = {
  corpus: Corpus
  problems: Problem[]
  files: number
  /** File names (without .mdx) per collection, valid or not: references to them are not "unknown". */
  fileSlugs: Record<CollectionName, Set<string>>
  looseBodies: LooseBody[]
}

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

type Loaded<C extends CollectionName> = { entry: Entry<C> | null; loose: LooseBody | null; nameMatches: boolean }

function loadFile<C extends CollectionName>(collection: C, absolute: string, problems: Problem[]): Loaded<C> {
  const file = displayPath(absolute)
  const parsed = parseFrontmatter(fs.readFileSync(absolute, 'utf8'))
  const loose = { file, body: parsed.body, bodyLine: parsed.bodyLine }
  for (const e of parsed.errors) problems.push({ file, line: e.line, column: e.column, message: e.message })
  if (parsed.errors.length > 0) return { entry: null, loose, nameMatches: false }
  const result = collections[collection].schema.safeParse(parsed.data ?? {})
  if (!result.success) {
    const describe = (at: readonly PropertyKey[]) => nodeAt(jsonSchemaOf(collections[collection].schema), at)?.description
    for (const issue of result.error.issues) {
      const { path: at, message } = issueMessage(issue, parsed.data, describe)
      problems.push({ file, ...parsed.locate(at), message })
    }
    return { entry: null, loose, nameMatches: false }
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
  const entry = { collection, file, slug: data.slug, data, body: parsed.body, bodyLine: parsed.bodyLine, locate: parsed.locate }
  return { entry, loose: null, nameMatches: data.slug === expected }
}

function emptyCorpus(): Corpus {
  return Object.fromEntries(collectionNames.map((name) => [name, []])) as unknown as Corpus
}

// When two files claim one slug, the file named after it keeps it and the other one is reported,
// so the editor is sent to the copy, not to the original.
function keepUnique<C extends CollectionName>(loaded: Loaded<C>[], problems: Problem[]): Entry<C>[] {
  const owners = new Map<string, Entry<C>>()
  for (const { entry, nameMatches } of loaded) if (entry && nameMatches) owners.set(entry.slug, entry)
  for (const { entry } of loaded) if (entry && !owners.has(entry.slug)) owners.set(entry.slug, entry)
  for (const { entry } of loaded) {
    const owner = entry && owners.get(entry.slug)
    if (entry && owner && owner !== entry) {
      problems.push({ file: entry.file, ...entry.locate(['slug']), message: `duplicate slug "${entry.slug}": ${owner.file} already uses it` })
    }
  }
  return [...owners.values()].sort((a, b) => a.file.localeCompare(b.file))
}

// Reads and validates every file; never throws on bad content, it reports problems instead.
export function loadContent(dir: string = defaultContentDir()): LoadResult {
  const problems: Problem[] = []
  const corpus = emptyCorpus()
  const fileSlugs = Object.fromEntries(collectionNames.map((name) => [name, new Set<string>()])) as Record<CollectionName, Set<string>>
  const looseBodies: LooseBody[] = []
  let files = 0
  if (!fs.existsSync(dir)) {
    problems.push({ file: displayPath(dir), line: 1, column: 1, message: 'expected a content folder, found none' })
    return { corpus, problems, files, fileSlugs, looseBodies }
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
    const loaded = mdxFiles.map((name) => {
      files += 1
      fileSlugs[collection].add(path.basename(name, '.mdx'))
      return loadFile(collection, path.join(folderPath, name), problems)
    })
    for (const { loose } of loaded) if (loose) looseBodies.push(loose)
    ;(corpus[collection] as Entry<typeof collection>[]).push(...keepUnique(loaded, problems))
  }
  return { corpus, problems, files, fileSlugs, looseBodies }
}
