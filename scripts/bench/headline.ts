import { runLoad, type LoadSummary } from './load'

export const CONTENDERS = {
  app: '`next start` (one instance)',
  sirv: 'sirv, the prerendered HTML file',
  nginx: 'nginx, the prerendered HTML file',
  cache: 'nginx cache in front of the cluster',
} as const
export type ContenderKey = keyof typeof CONTENDERS
export type Round = Record<ContenderKey, LoadSummary>

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * The same page from every contender, alternating: each round measures all of them one after the other (the
 * order rotates every round), so a slow minute on a shared machine lands on all of them, not on one.
 */
export async function alternateRounds(
  origins: Record<ContenderKey, string>,
  path: string,
  { rounds, seconds, connections }: { rounds: number; seconds: number; connections: number },
): Promise<Round[]> {
  const keys = Object.keys(CONTENDERS) as ContenderKey[]
  const results: Round[] = []
  for (let round = 0; round < rounds; round++) {
    const order = [...keys.slice(round % keys.length), ...keys.slice(0, round % keys.length)]
    const measured: Partial<Round> = {}
    for (const key of order) {
      await runLoad(origins[key], [{ path }], connections, 1) // warm-up: JIT, caches, connections
      const summary = await runLoad(origins[key], [{ path }], connections, seconds)
      if (summary.errors + summary.timeouts + summary.non2xx > 0) throw new Error(`${key}: failed requests ${JSON.stringify(summary)}`)
      console.log(`round ${round + 1}/${rounds} ${key}: ${Math.round(summary.reqPerSec)} req/s, p50 ${summary.p50} ms, wrk CPU ${summary.wrkCpu}`)
      measured[key] = summary
    }
    results.push(measured as Round)
  }
  return results
}

/** The median over rounds of each round's ratio of two contenders' request rates. */
export function medianRatio(rounds: Round[], top: ContenderKey, bottom: ContenderKey): number {
  return median(rounds.map((round) => round[top].reqPerSec / round[bottom].reqPerSec))
}
