import Link from 'next/link'

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          MLOps Atlas draws every fact from public documents, named on each page: five about the roles, and the U.S.
          Bureau of Labor Statistics for pay and outlook. Skill levels are the project&apos;s editorial reading.
        </p>
        <p>
          <Link href="/skills" className="underline">Skills matrix</Link> ·{' '}
          <Link href="/sources" className="underline">Sources</Link> ·{' '}
          <Link href="/changes" className="underline">Changes</Link> ·{' '}
          <Link href="/api/roles" className="underline">JSON API</Link> ·{' '}
          <Link href="/sitemap.xml" className="underline">Sitemap</Link>
        </p>
      </div>
    </footer>
  )
}
