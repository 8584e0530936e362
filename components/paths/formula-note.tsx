import { formatCost, formatLevel } from '@/lib/paths/format'
import type { MoveExplanation } from '@/lib/paths/explain'

const TERMS_SHOWN = 3

/** The move cost in plain words, with a worked example computed from the matrix. */
export function FormulaNote({ example, top }: { example: MoveExplanation; top: number }) {
  const shown = example.raise.slice(0, TERMS_SHOWN)
  const rest = example.raise.slice(TERMS_SHOWN)
  const restSum = rest.reduce((sum, g) => sum + g.impact, 0)
  return (
    <div className="space-y-2 text-sm" data-testid="formula">
      <p>
        A move costs the effort to raise your levels to what the new role needs. For every skill the role needs
        above your level, take the gap (needed level minus yours) and weigh it by how much the role needs that
        skill (its needed level out of the top level, {top}). Add these up. Going beyond a need earns nothing back;
        a skill the role needs at {top} that you lack entirely costs {top}, the most any one skill can.
      </p>
      <p>
        Worked example, {example.fromName} → {example.toName}:{' '}
        {shown.map((g) => `${g.name} ${g.to}/${top} × (${g.to} − ${formatLevel(g.from)}) = ${formatCost(g.impact)}`).join('; ')}
        {rest.length > 0 ? `; ${rest.length} smaller gaps add ${formatCost(restSum)}` : ''}. In all: {formatCost(example.cost)}.
      </p>
      <p className="text-muted">
        A route costs the sum of its moves. After each move you count at the new role’s levels. The levels and the
        moves not named by a source are the project’s editorial reading of the sources. The method is documented in
        the code (lib/paths/cost.ts).
      </p>
    </div>
  )
}
