/**
 * The moves people ask about most: the site prerenders their routes, so the commonest questions are answered
 * from the page cache. Any other pair is still answered, rendered on request. Unknown slugs are dropped by the
 * page (it only prerenders the pairs whose roles exist).
 */
export const POPULAR_MOVES: ReadonlyArray<readonly [from: string, to: string]> = [
  ['data-scientist', 'mlops-engineer'],
  ['data-scientist', 'ml-engineer'],
  ['devops-engineer', 'mlops-engineer'],
  ['devops-engineer', 'ai-platform-engineer'],
  ['software-engineer', 'ml-engineer'],
  ['data-engineer', 'mlops-engineer'],
  ['ml-engineer', 'mlops-engineer'],
  ['ml-engineer', 'ai-engineer'],
  ['mlops-engineer', 'ai-platform-engineer'],
]

/** Whether a query is exactly a popular move (`from` and `to`, nothing else), so a prerendered page answers it. */
export function popularMove(query: URLSearchParams): readonly [string, string] | null {
  const keys = [...query.keys()].filter((key) => key !== '_rsc').sort()
  if (keys.join(',') !== 'from,to') return null
  const from = query.get('from')
  const to = query.get('to')
  return POPULAR_MOVES.find(([a, b]) => a === from && b === to) ?? null
}
