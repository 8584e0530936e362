import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BodyFacts } from './body-scan'
import { parseYaml, type ParsedFrontmatter } from './frontmatter'

// Parsing YAML and MDX is most of a check's time, and both results depend only on the text and the
// parser. They are kept by text hash, in memory and (for content folders inside the project) in
// node_modules/.cache, so a check re-parses only what changed. Every check against the corpus
// (schemas, references, links) still runs each time.

type Stored = { salt: string; frontmatter: Record<string, ParsedFrontmatter>; bodies: Record<string, BodyFacts> }
type Slot = 'frontmatter' | 'bodies'

const FORMAT = 2
const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..', '..')

const hash = (text: string) => createHash('sha1').update(text).digest('base64url')

// The parsers' own code and the locked package versions decide whether an old result still holds.
function computeSalt(): string | null {
  try {
    const inputs = ['frontmatter.ts', 'body-scan.ts'].map((name) => fs.readFileSync(path.join(here, name), 'utf8'))
    inputs.push(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
    return hash(`${FORMAT}\0${inputs.join('\0')}`)
  } catch {
    return null
  }
}

// The file is only ever written by save() below; a salt match means same format and same parsers.
function isStored(value: unknown): value is Stored {
  if (!value || typeof value !== 'object') return false
  const isObject = (x: unknown) => !!x && typeof x === 'object'
  return 'salt' in value && typeof value.salt === 'string' && 'frontmatter' in value && isObject(value.frontmatter) && 'bodies' in value && isObject(value.bodies)
}

// Temporary corpora (tests, previews of a copy) are cached in memory only, so they leave nothing behind.
function cacheFileFor(dir: string): string | null {
  const relative = path.relative(root, dir)
  if (relative.startsWith('..') || path.isAbsolute(relative) || process.env.CONTENT_CACHE === 'off') return null
  return path.join(root, 'node_modules', '.cache', 'mlops-atlas', `content-scan-${hash(relative || '.').slice(0, 12)}.json`)
}

export class ScanCache {
  private missed = false
  private readonly used = { frontmatter: new Set<string>(), bodies: new Set<string>() }

  private constructor(
    private readonly stored: Stored,
    private readonly file: string | null,
  ) {}

  static open(dir: string): ScanCache {
    const salt = computeSalt()
    const empty: Stored = { salt: salt ?? '', frontmatter: {}, bodies: {} }
    const file = salt === null ? null : cacheFileFor(dir)
    if (!file) return new ScanCache(empty, null)
    try {
      const stored: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
      return new ScanCache(isStored(stored) && stored.salt === salt ? stored : empty, file)
    } catch {
      return new ScanCache(empty, file)
    }
  }

  frontmatter(yaml: string): ParsedFrontmatter {
    return this.lookup('frontmatter', yaml, parseYaml)
  }

  /** The MDX parser is passed in, so a check whose bodies are all cached never has to load it. */
  body(body: string, scan: (body: string) => BodyFacts): BodyFacts {
    return this.lookup('bodies', body, scan)
  }

  hasBody(body: string): boolean {
    return hash(body) in this.stored.bodies
  }

  private lookup<T>(slot: Slot, text: string, compute: (text: string) => T): T {
    const key = hash(text)
    this.used[slot].add(key)
    const entries = this.stored[slot] as Record<string, T> // each slot holds one kind of result
    const hit = entries[key]
    if (hit) return hit
    this.missed = true
    const value = compute(text)
    entries[key] = value
    return value
  }

  /** Writes what this check used, and nothing else, so the file stays the size of one corpus. */
  save() {
    const pick = <T>(entries: Record<string, T>, keys: Set<string>): Record<string, T> => {
      const picked: Record<string, T> = {}
      for (const key of keys) if (entries[key] !== undefined) picked[key] = entries[key]
      return picked
    }
    const stale =
      Object.keys(this.stored.frontmatter).length !== this.used.frontmatter.size ||
      Object.keys(this.stored.bodies).length !== this.used.bodies.size
    const data: Stored = {
      salt: this.stored.salt,
      frontmatter: pick(this.stored.frontmatter, this.used.frontmatter),
      bodies: pick(this.stored.bodies, this.used.bodies),
    }
    const changed = this.missed || stale
    this.missed = false
    this.used.frontmatter.clear()
    this.used.bodies.clear()
    if (!this.file || !changed) return
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true })
      const temporary = `${this.file}.${process.pid}.tmp`
      fs.writeFileSync(temporary, JSON.stringify(data))
      fs.renameSync(temporary, this.file)
    } catch {
      // A read-only checkout simply runs without the cache.
    }
  }
}

const caches = new Map<string, ScanCache>()

/** One cache per content folder per process: the dev watcher re-checks on every save from memory. */
export function scanCache(dir: string): ScanCache {
  const key = path.resolve(dir)
  let cache = caches.get(key)
  if (!cache) {
    cache = ScanCache.open(key)
    caches.set(key, cache)
  }
  return cache
}
