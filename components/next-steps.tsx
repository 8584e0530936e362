import { IntentLink } from '@/components/intent-link'

export type NextStep = { href: string; title: string; detail: string }

/** The end of a profile page: what to do next, as whole-card links. */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  return (
    <section aria-labelledby="next-title" className="border-t border-line pt-6">
      <h2 id="next-title" className="text-xl font-semibold tracking-tight">Where to go from here</h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {steps.map((step) => (
          <li key={step.href}>
            <IntentLink href={step.href} className="block h-full rounded-lg border border-line bg-surface p-4 hover:border-accent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent">
              <span className="font-semibold text-accent">{step.title}</span>
              <span className="mt-1 block text-sm text-muted">{step.detail}</span>
            </IntentLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
