import fs from 'node:fs'
import path from 'node:path'
import type { Release } from './release'
import { runPaths } from './state'

// nginx serves /_next/static from <run dir>/assets/_next/static: every kept release's files side by side (their
// names are content hashes, or sit under a build id), with a list per release of the files it needs.
const servedDir = (runDir: string) => path.join(runPaths(runDir).assets, '_next', 'static')
const listsDir = (runDir: string) => path.join(runPaths(runDir).assets, 'releases')
const listFile = (runDir: string, id: string) => path.join(listsDir(runDir), `${id}.txt`)

function entriesUnder(dir: string) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => ({
    entry,
    relative: path.relative(dir, path.join(entry.parentPath, entry.name)),
  }))
}

/** Adds `release`'s assets; runs before any instance of it takes a request. */
export function publishAssets(runDir: string, release: Release) {
  const files = entriesUnder(release.staticDir).filter(({ entry }) => entry.isFile()).map(({ relative }) => relative)
  for (const file of files) {
    const target = path.join(servedDir(runDir), file)
    if (fs.existsSync(target)) continue
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(release.staticDir, file), `${target}.tmp`)
    fs.renameSync(`${target}.tmp`, target) // nginx never serves half a file
  }
  fs.mkdirSync(listsDir(runDir), { recursive: true })
  fs.writeFileSync(listFile(runDir, release.id), files.join('\n'))
}

/** Deletes the files (and then empty folders) that none of the `kept` releases uses, and the others' lists. */
export function pruneAssets(runDir: string, kept: string[]) {
  const needed = new Set(kept.flatMap((id) => fs.readFileSync(listFile(runDir, id), 'utf8').split('\n')))
  const entries = entriesUnder(servedDir(runDir))
  for (const { entry, relative } of entries) if (entry.isFile() && !needed.has(relative)) fs.rmSync(path.join(servedDir(runDir), relative))
  const folders = entries.filter(({ entry }) => entry.isDirectory()).map(({ relative }) => path.join(servedDir(runDir), relative))
  for (const folder of folders.sort((a, b) => b.length - a.length)) if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder)
  for (const list of fs.readdirSync(listsDir(runDir))) if (!kept.includes(path.basename(list, '.txt'))) fs.rmSync(path.join(listsDir(runDir), list))
}
