import { BARE_NON_ROOT_JS_KB } from '@/bench/budgets'
import { firstLoadJs, frameworkJsKb, type RouteJs } from './first-load-js'

export type PageWeight = RouteJs & { htmlKb: number; aboveBareKb: number }

const round1 = (n: number) => Math.round(n * 10) / 10

/**
 * A page as a phone gets it: the HTML as served (uncompressed, inline payload included) and the first-load
 * JavaScript above a bare Next.js page, measured in the build (the page's scripts minus the framework's root
 * main files and the bare page's own remainder, see bench/budgets.ts).
 */
export async function pageWeight(origin: string, route: string, distDir: string): Promise<PageWeight> {
  const [html, js] = await Promise.all([fetch(origin + route).then((r) => r.arrayBuffer()), firstLoadJs(origin, route, distDir)])
  return { ...js, htmlKb: round1(html.byteLength / 1024), aboveBareKb: round1(js.gzipKb - frameworkJsKb(distDir) - BARE_NON_ROOT_JS_KB) }
}
