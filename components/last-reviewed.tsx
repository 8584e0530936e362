import { formatReviewed } from '@/lib/reviewed-date'

/** When an editor last checked the page's content against its sources (the file's `reviewed` date). */
export function LastReviewed({ date }: { date: string }) {
  return (
    <p className="text-xs text-muted">
      Last reviewed <time dateTime={date}>{formatReviewed(date)}</time>
    </p>
  )
}
