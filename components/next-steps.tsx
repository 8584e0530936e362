import { IntentLink } from '@/components/intent-link'

export type NextStep = { href: string; title: string; detail: string }

/** The end of a profile page: what to do next, as whole-card links (styled from `.next-steps`). */
export function NextSteps({ steps }: { steps: NextStep[] }) {
  return (
    <section aria-labelledby="next-title" className="border-t border-line pt-6">
      <h2 id="next-title" className="heading">Where to go from here</h2>
      <ul className="next-steps">
        {steps.map((step) => (
          <li key={step.href}>
            <IntentLink href={step.href}><b>{step.title}</b><small>{step.detail}</small></IntentLink>
          </li>
        ))}
      </ul>
    </section>
  )
}
