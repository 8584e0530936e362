import { IntentLink } from '@/components/intent-link'

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>
          MLOps Atlas draws every fact from public documents, named on each page: five about the roles, and the U.S.
          Bureau of Labor Statistics for pay and outlook. Skill levels are the project&apos;s editorial reading.
        </p>
        {/* The JSON API and the sitemap are not pages: plain links, never fetched as a page payload. */}
        <p className="[&_a]:underline">
          <IntentLink href="/skills">Skills matrix</IntentLink> · <IntentLink href="/tools">Tools</IntentLink> ·{' '}
          <IntentLink href="/sources">Sources</IntentLink> · <IntentLink href="/changes">Changes</IntentLink> ·{' '}
          <a href="/api/roles">JSON API</a> · <a href="/sitemap.xml">Sitemap</a>
        </p>
      </div>
    </footer>
  )
}
