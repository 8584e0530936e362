import type { Reliability } from '@/lib/scoring/types'

export function ReliabilityNote({ reliability }: { reliability: Reliability }) {
  if (reliability.kind === 'ok') return null
  return (
    <div role="note" aria-label="Reliability" className="rounded-lg border border-warn bg-warn-soft p-4" data-testid="reliability-note">
      <p className="font-semibold text-ink">{reliability.kind === 'flat' ? 'This result is less reliable' : 'Nothing to score yet'}</p>
      <p className="mt-1 text-ink">{reliability.note}</p>
    </div>
  )
}
