import { request } from '../cluster/http-request'
import { assetUrls } from './asset-urls'

export type Sampled = { pages: number; deployments: Set<string>; assets: Map<string, number> }

/**
 * Fetches `paths` in turn through `origin` until stopped, and asks for every script and stylesheet the HTML
 * names as soon as it first appears (its status is kept: a page must never name a file that is not served).
 */
export function sampleHtml(origin: string, paths: string[]) {
  const sampled: Sampled = { pages: 0, deployments: new Set(), assets: new Map() }
  let running = true
  const loop = (async () => {
    for (let i = 0; running; i++) {
      const page = await request(origin + paths[i % paths.length]).catch(() => null)
      if (!page) continue // counted by the load; the sample only looks at pages that came
      sampled.pages++
      const dpl = /data-dpl-id="([^"]+)"/.exec(page.body)?.[1]
      if (dpl) sampled.deployments.add(dpl)
      const fresh = assetUrls(page.body).filter((url) => !sampled.assets.has(url))
      const statuses = await Promise.all(fresh.map(async (url) => (await request(origin + url)).status))
      fresh.forEach((url, n) => sampled.assets.set(url, statuses[n]!))
    }
  })()
  return {
    stop: async () => {
      running = false
      await loop
      return sampled
    },
  }
}
