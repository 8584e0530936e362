import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { z } from 'zod'

export type RouteJs = { path: string; status: number; chunks: number; gzipKb: number; charts: boolean }

const gzipCache = new Map<string, { bytes: number; charts: boolean }>()

function chunkInfo(file: string) {
  const cached = gzipCache.get(file)
  if (cached) return cached
  const source = fs.readFileSync(file)
  // recharts renders this class on every chart; its presence in a chunk means the chart library ships with it.
  const info = { bytes: gzipSync(source, { level: 9 }).length, charts: source.includes('recharts-wrapper') }
  gzipCache.set(file, info)
  return info
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const staticFile = (distDir: string, src: string) => path.join(distDir, 'static', decodeURIComponent(src.replace(/^\/_next\/static\//, '')))

/** The /_next/static scripts a page's HTML makes a browser download (noModule polyfills excluded: current browsers skip them). */
export function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>|<link\b[^>]*>/g)].map((m) => m[0])
  const srcs = tags
    .filter((tag) => !/\bnomodule\b/i.test(tag) && (tag.startsWith('<script') || /\bas="script"/.test(tag)))
    .map((tag) => /(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1])
    .filter((src): src is string => Boolean(src))
  return [...new Set(srcs)]
}

/** JavaScript a first visit to `route` downloads: every /_next/static script the served HTML references, gzipped. */
export async function firstLoadJs(origin: string, route: string, distDir: string): Promise<RouteJs> {
  const res = await fetch(origin + route)
  const srcs = scriptSources(await res.text())
  let bytes = 0
  let charts = false
  for (const src of srcs) {
    const info = chunkInfo(staticFile(distDir, src))
    bytes += info.bytes
    charts ||= info.charts
  }
  return { path: route, status: res.status, chunks: srcs.length, gzipKb: kb(bytes), charts }
}

const manifestSchema = z.object({ rootMainFiles: z.array(z.string()) })

/**
 * The framework's share of every page, from the build itself: the root main files the build manifest lists
 * (Next's and React's runtime, which every App Router page loads before any code of the app), gzipped. A page's
 * first-load JavaScript minus this is what the app adds; `npm run audit` holds it against a real bare page.
 */
export function frameworkJsKb(distDir: string): number {
  const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')))
  return kb(manifest.rootMainFiles.reduce((sum, file) => sum + chunkInfo(path.join(distDir, file)).bytes, 0))
}
