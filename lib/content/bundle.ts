import { bundleMDX } from 'mdx-bundler'
import remarkGfm from 'remark-gfm'
import { collections, type CollectionName } from './collections'
import type { Corpus } from './load'
import type { Problem } from './problems'

export type CompiledBodies = { bodies: Map<string, string>; problems: Problem[] }

// Compiles every shown body to the code string pages render; pages never compile MDX themselves.
export async function compileBodies(corpus: Corpus): Promise<CompiledBodies> {
  const bodies = new Map<string, string>()
  const problems: Problem[] = []
  const jobs = (Object.keys(corpus) as CollectionName[])
    .filter((name) => collections[name].body)
    .flatMap((name) => corpus[name].filter((e) => e.body.trim()))
  await Promise.all(
    jobs.map(async (entry) => {
      try {
        const { code } = await bundleMDX({
          source: entry.body,
          mdxOptions: (options) => ({ ...options, remarkPlugins: [...(options.remarkPlugins ?? []), remarkGfm] }),
        })
        bodies.set(`${entry.collection}/${entry.slug}`, code)
      } catch (error) {
        problems.push({ file: entry.file, line: entry.bodyLine, column: 1, message: `MDX compile error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` })
      }
    }),
  )
  return { bodies, problems }
}
