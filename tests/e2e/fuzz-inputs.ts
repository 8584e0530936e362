import fc from 'fast-check'
import { loadContent } from '@/lib/content/load'

// Inputs for the fuzz spec. Real slugs come from content/ so that "valid" bodies really are valid and
// near-misses (a real slug with one character changed) reach the store lookups, not only the schema.
const { corpus } = loadContent()
export const skillSlugs = corpus.skills.map((e) => e.slug)
export const roleSlugs = corpus.roles.map((e) => e.slug)
export const trackSlugs = corpus.tracks.map((e) => e.slug)
export const questions = corpus.quiz.map((e) => ({ slug: e.slug, options: e.data.options.map((o) => o.id) }))

export type FuzzBody = { label: string; body: string; contentType?: string; valid: boolean }

const realSlug = fc.constantFrom(...skillSlugs, ...roleSlugs)
const nearSlug = fc.tuple(realSlug, fc.constantFrom('-', 'X', ' ', '%', '.', '\u00e9', '/', '\0')).map(([s, c]) => s + c)
export const slugLike = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
  fc.stringMatching(/^[a-z0-9-]{1,40}$/),
  nearSlug,
  realSlug.map((s) => s.toUpperCase()),
  fc.constantFrom('..', '.', '%2e%2e', '__proto__', 'constructor', 'a'.repeat(300), '<script>alert(1)</script>', "' OR 1=1 --", 'null', 'undefined'),
)

const hugeNumber = fc.constantFrom('1e400', '-1e400', '1e-400', '123456789012345678901234567890', '-0', '4.0000000000000001', '3.5', '0x2', '07', 'NaN', 'Infinity')
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.integer(),
  fc.double(),
  fc.integer({ min: -10, max: 10 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 5, 2.5, true, '3', [3], { level: 3 }),
)
const contentType = fc.constantFrom<string | undefined>('application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', undefined)

const nonJson = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '{', '{"skills":', '{"answers":{', 'undefined', 'NaN', "{'skills':{}}", '{"skills":{"python":3,}}', '\u0000', '[]]', 'null'),
)
const deepArray = fc.integer({ min: 50, max: 5_000 }).map((n) => '['.repeat(n) + ']'.repeat(n))
const deepObject = (key: 'skills' | 'answers') =>
  fc.integer({ min: 50, max: 5_000 }).map((n) => `{"${key}":` + '{"a":'.repeat(n) + '1' + '}'.repeat(n) + '}')

const body = (label: string, valid = false) => (text: string) => ({ label, body: text, valid })
const withType = (arb: fc.Arbitrary<Omit<FuzzBody, 'contentType'>>) =>
  fc.tuple(arb, contentType).map(([b, t]): FuzzBody => ({ ...b, ...(t ? { contentType: t } : {}) }))

/** Bodies for POST /api/match ({"skills":{slug:0-4}}). */
export const matchBodies: fc.Arbitrary<FuzzBody> = withType(
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => body('random JSON')(JSON.stringify(v))),
    fc.dictionary(fc.oneof(realSlug, slugLike), oddValue, { maxKeys: 12 }).map((m) => body('odd levels')(JSON.stringify({ skills: m }))),
    fc.record({ skills: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] }).map((v) => body('wrong types')(JSON.stringify(v))),
    fc.tuple(realSlug, hugeNumber).map(([s, n]) => body('huge number')(`{"skills":{"${s}":${n}}}`)),
    fc.constantFrom(
      '{"skills":{"__proto__":3}}',
      '{"__proto__":{"skills":{"python":3}}}',
      '{"skills":{"constructor":2,"toString":1}}',
      JSON.stringify({ skills: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`skill-${i}`, 2])) }),
    ).map(body('hostile keys')),
    nonJson.map(body('not JSON')),
    deepArray.map(body('deep array')),
    deepObject('skills').map(body('deep object')),
    fc
      .subarray(skillSlugs, { minLength: 1 })
      .chain((slugs) =>
        fc
          .array(fc.integer({ min: 0, max: 4 }), { minLength: slugs.length, maxLength: slugs.length })
          .map((levels) => Object.fromEntries(slugs.map((s, i) => [s, levels[i]]))),
      )
      .map((skills) => body('valid', true)(JSON.stringify({ skills }))),
  ),
)

const answer = fc.oneof(fc.constantFrom(...questions.flatMap((q) => q.options)), slugLike, oddValue)

/** Bodies for POST /api/quiz/score ({"answers":{question:option}}). */
export const quizBodies: fc.Arbitrary<FuzzBody> = withType(
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => body('random JSON')(JSON.stringify(v))),
    fc
      .dictionary(fc.oneof(fc.constantFrom(...questions.map((q) => q.slug)), slugLike), answer, { maxKeys: 30 })
      .map((m) => body('odd answers')(JSON.stringify({ answers: m }))),
    fc.record({ answers: fc.jsonValue({ maxDepth: 3 }) }, { requiredKeys: [] }).map((v) => body('wrong types')(JSON.stringify(v))),
    fc.constantFrom('{"answers":{"__proto__":"x"}}', '{"answers":{"constructor":"level-1"}}', '{"answers":[]}').map(body('hostile keys')),
    nonJson.map(body('not JSON')),
    deepArray.map(body('deep array')),
    deepObject('answers').map(body('deep object')),
    fc
      .array(fc.nat(), { minLength: questions.length, maxLength: questions.length })
      .map((picks) => Object.fromEntries(questions.map((q, i) => [q.slug, q.options[(picks[i] ?? 0) % q.options.length]])))
      .map((answers) => body('valid', true)(JSON.stringify({ answers }))),
  ),
)

const params = fc.dictionary(fc.oneof(fc.constantFrom('a', 'b', 'q', 'skills', ...skillSlugs.slice(0, 5)), slugLike), slugLike, { maxKeys: 6 })
const query = (p: Record<string, string>) => new URLSearchParams(p).toString()
// Lone surrogates cannot be percent-encoded; a browser would send U+FFFD in their place.
const seg = (x: string) => encodeURIComponent(x.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))

// /paths, its map and /api/paths: from, to and code, each random, real, blank or given twice.
const pathValue = fc.oneof(slugLike, fc.constantFrom(...roleSlugs, 'quiz', ''))
const pathQuery = fc
  .array(fc.tuple(fc.constantFrom('from', 'to', 'code', 'from', 'to'), pathValue), { maxLength: 5 })
  .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, v.replace(/[\uD800-\uDFFF]/g, '\uFFFD')])).toString())
/** Addresses of the career-move pages and API; pages answer 200 with a message, the API 200, 400 or 404 JSON. */
export const pathsFuzzPaths: fc.Arbitrary<string> = fc.oneof(
  pathQuery.map((q) => `/paths?${q}`),
  pathQuery.map((q) => `/paths/map?${q}`),
  pathQuery.map((q) => `/api/paths?${q}`),
  fc.tuple(fc.constantFrom(...roleSlugs), fc.constantFrom(...roleSlugs)).map(([from, to]) => `/api/paths?${query({ from, to })}`),
)

/** Paths with random slugs and share-URL parameters; the answer may be a 404 page or a helpful 200, never a 5xx. */
export const fuzzPaths: fc.Arbitrary<string> = fc.oneof(
  slugLike.map((x) => `/roles/${seg(x)}`),
  slugLike.map((x) => `/skills/${seg(x)}`),
  slugLike.map((x) => `/tracks/${seg(x)}`),
  slugLike.map((x) => `/api/roles/${seg(x)}`),
  fc.tuple(fc.oneof(slugLike, fc.constantFrom(...roleSlugs)), fc.oneof(slugLike, fc.constantFrom(...roleSlugs))).map(([a, b]) => `/compare/${seg(a)}/${seg(b)}`),
  fc.constantFrom(...roleSlugs).map((a) => `/compare/${a}/${a}`),
  fc.tuple(slugLike, slugLike).map(([a, b]) => `/compare?${query({ a, b })}`),
  fc.tuple(fc.constantFrom(...roleSlugs), slugLike).map(([a, b]) => `/compare?${query({ a, b })}`),
  slugLike.map((a) => `/quiz/result?${query({ a })}`),
  params.map((p) => `/quiz/result?${query(p)}`),
  params.map((p) => `/match?${query(p)}`),
  fc.tuple(fc.constantFrom(...skillSlugs), fc.oneof(slugLike, fc.integer().map(String))).map(([s, v]) => `/match?${query({ [s]: v })}`),
  pathsFuzzPaths,
)
