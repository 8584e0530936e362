/** The pairs people ask about most, offered as shortcuts on the picker. */
export const SUGGESTED_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['data-scientist', 'ml-engineer'],
  ['ml-engineer', 'ai-engineer'],
  ['mlops-engineer', 'ai-platform-engineer'],
  ['devops-engineer', 'mlops-engineer'],
  ['data-engineer', 'mlops-engineer'],
  ['software-engineer', 'ml-engineer'],
  ['ml-platform-engineer', 'ml-infrastructure-engineer'],
]

/** Every ordered pair of distinct roles: each direction is its own page, since "moving from A to B" differs. */
export function orderedPairs(slugs: string[]): Array<{ a: string; b: string }> {
  return slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => ({ a, b })))
}
