import fs from 'node:fs'

// The server is `next start`, whose worker (next-server) owns the listening socket: find it by the socket's inode.
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      const local = cols[1]
      if (!local || cols[3] !== '0A') continue // 0A: LISTEN
      if (parseInt(local.split(':')[1] ?? '', 16) === port) inodes.add(cols[9] ?? '')
    }
  }
  return inodes
}

export function pidListeningOn(port: number): number | null {
  const inodes = listeningInodes(port)
  if (inodes.size === 0) return null
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let fds: string[]
    try {
      fds = fs.readdirSync(`/proc/${name}/fd`)
    } catch {
      continue // another user's process, or gone
    }
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(`/proc/${name}/fd/${fd}`)
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1]
        if (inode && inodes.has(inode)) return Number(name)
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return null
}

/** Resident set size in MB, from /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`)
  return Math.round(Number(match[1]) / 1024)
}
