import { execSync } from 'node:child_process'
import fs from 'node:fs'

export type DebianTool = {
  /** What needs it, for the message: "The browser tests need Chromium". */
  purpose: string
  /** The binaries the packages provide; all must exist. */
  binaries: string[]
  /** Debian packages that provide them. */
  packages: string[]
  /** Another way out than installing, when there is one ("or point CHROMIUM_PATH at …"). */
  alternative?: string
  /** False when the caller pointed at a binary of its own, which apt would not put there. */
  installable?: boolean
}

const missing = (tool: DebianTool) => tool.binaries.filter((binary) => !fs.existsSync(binary))

/**
 * These machines reach Debian's apt repositories but no browser or tool download hosts, so tools come from apt.
 * Installs the packages when it can (root, apt, default paths); otherwise throws, saying exactly what to install.
 */
export function ensureDebianPackages(tool: DebianTool): void {
  if (missing(tool).length === 0) return
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (isRoot && fs.existsSync('/usr/bin/apt-get') && tool.installable !== false) {
    console.log(`${missing(tool).join(', ')} missing: installing Debian’s ${tool.packages.join(' ')} (about a minute)…`)
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${tool.packages.join(' ')}`, { stdio: 'inherit' })
    if (missing(tool).length === 0) return
  }
  throw new Error(
    [
      `${tool.purpose}: ${missing(tool).join(', ')} is not there.`,
      `Install with:   sudo apt-get update && sudo apt-get install -y ${tool.packages.join(' ')}`,
      ...(tool.alternative ? [tool.alternative] : []),
    ].join('\n'),
  )
}

/** For command-line entry points: the message alone, and exit code 1. */
export function ensureDebianPackagesOrExit(tool: DebianTool): void {
  try {
    ensureDebianPackages(tool)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
