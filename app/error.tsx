'use client'

import { IntentLink } from '@/components/intent-link'

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="text-muted">The page could not be shown. Trying again often helps; if it does not, start from the home page.</p>
      <div className="flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink">Try again</button>
        <IntentLink href="/" className="rounded-md border border-line bg-surface px-4 py-2">Home</IntentLink>
      </div>
    </div>
  )
}
