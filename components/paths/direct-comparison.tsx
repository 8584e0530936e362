import { formatCost } from '@/lib/paths/format'
import type { DirectComparison } from '@/lib/paths/types'

/** The direct move against the best route with a stepping stone, in words. */
export function DirectComparisonNote({ comparison, fromName, toName }: { comparison: DirectComparison; fromName: string; toName: string }) {
  const { directCost, directIsEdge, bestMultiStep, verdict } = comparison
  const via = bestMultiStep?.steps.slice(0, -1).map((s) => s.toName).join(' and ')
  const direct = `The direct move from ${fromName} to ${toName} costs ${formatCost(directCost)}${directIsEdge ? '' : ' (no source names it and it is not among the nearest by skills, but the cost is the same formula)'}.`
  const text = {
    'direct-only': 'No route of two or more moves reaches it, so there is no stepping stone to weigh.',
    'stepping-stone-saves': `Going through ${via} costs ${formatCost(bestMultiStep?.cost ?? 0)} in all: the stepping stone splits the work into parts that add up to less, because the role in between builds skills the target weighs heavily.`,
    'same-work': `Going through ${via} costs ${formatCost(bestMultiStep?.cost ?? 0)} in all: about the same work, split into steps you can take one at a time.`,
    detour: `Going through ${via} costs ${formatCost(bestMultiStep?.cost ?? 0)} in all: the stepping stone only adds a detour, so aim for ${toName} directly.`,
  }[verdict]
  return (
    <div className="rounded-lg border border-line bg-raised p-4" data-testid="comparison">
      <p>{direct}</p>
      <p className="mt-1">{text}</p>
    </div>
  )
}
