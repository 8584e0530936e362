import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

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

/** JavaScript a first visit to `route` downloads: every /_next/static script the served HTML references, gzipped. */
export async function firstLoadJs(origin: string, route: string, distDir: string): Promise<RouteJs> {
  const res = await fetch(origin + route)
  const html = await res.text()
  // noModule scripts are polyfills that browsers with module support (all current ones) never download.
  const tags = [...html.matchAll(/<script\b[^>]*>|<link\b[^>]*>/g)].map((m) => m[0])
  const srcs = new Set(
    tags
      .filter((tag) => !/\bnomodule\b/i.test(tag) && (tag.startsWith('<script') || /\bas="script"/.test(tag)))
      .map((tag) => /(?:src|href)="(\/_next\/static\/[^"]+\.js)"/.exec(tag)?.[1])
      .filter((src): src is string => Boolean(src)),
  )
  let bytes = 0
  let charts = false
  for (const src of srcs) {
    const info = chunkInfo(path.join(distDir, 'static', decodeURIComponent(src.replace(/^\/_next\/static\//, ''))))
    bytes += info.bytes
    charts ||= info.charts
  }
  return { path: route, status: res.status, chunks: srcs.size, gzipKb: Math.round((bytes / 1024) * 10) / 10, charts }
}
