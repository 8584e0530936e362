import pWaitFor from 'p-wait-for'

// Servers run in process groups of their own: `next start` forks a next-server child that holds the port, so
// signalling the group is what stops both (a signal to the first pid alone leaves the child listening).

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  } catch {
    return false
  }
}

/** Asks the group to stop (graceful servers finish their requests first) and kills it after `graceMs`. */
export async function stopGroup(pgid: number, signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<void> {
  if (!groupAlive(pgid)) return
  process.kill(-pgid, signal)
  try {
    await pWaitFor(() => !groupAlive(pgid), { interval: 25, timeout: graceMs })
  } catch {
    if (groupAlive(pgid)) process.kill(-pgid, 'SIGKILL')
    await pWaitFor(() => !groupAlive(pgid), { interval: 25, timeout: 5_000 })
  }
}
