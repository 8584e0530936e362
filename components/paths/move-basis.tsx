import { SourceCite } from '@/components/source-cite'
import { BASIS_LABEL } from '@/lib/paths/format'
import type { MoveBasis } from '@/lib/paths/types'
import type { SourceRef } from '@/lib/types'

/** Says why a move is on the map: its source, or that it is the project's editorial reading (the caller styles it). */
export function MoveBasisNote({ basis, source }: { basis: MoveBasis; source: SourceRef | null }) {
  if (basis === 'source' && source) return <SourceCite source={source} prefix="Named by" />
  return <>{BASIS_LABEL[basis]}</>
}
