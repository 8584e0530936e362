import type { SourceRef } from '@/lib/types'

export function SourceCite({ source }: { source: SourceRef }) {
  const label = `${source.title} (${source.publisher}${source.year ? `, ${source.year}` : ''})`
  return source.url ? (
    <a href={source.url} className="text-accent underline underline-offset-2">
      {label}
    </a>
  ) : (
    <cite className="not-italic">{label}</cite>
  )
}
