import { Suspense, type ReactNode } from 'react'

/** A titled page section; the heading labels the region for screen-reader navigation. */
export function Section({ id, title, lead, children, className }: { id: string; title: string; lead?: ReactNode; children: ReactNode; className?: string }) {
  return (
    // No className attribute at all when none is given: an undefined one is still a key in the payload.
    <section aria-labelledby={`${id}-title`} id={id} {...(className ? { className } : {})}>
      <h2 id={`${id}-title`} className="heading">
        {title}
      </h2>
      {lead ? <p className="mt-1 max-w-3xl text-muted">{lead}</p> : null}
      {/* A Suspense boundary per section: nothing here suspends (the HTML holds it all), but React hydrates each
          boundary as a task of its own, so a long page no longer hydrates in one long blocking task. */}
      <div className="mt-3">
        <Suspense>{children}</Suspense>
      </div>
    </section>
  )
}

export function PageIntro({ eyebrow, title, lead, children }: { eyebrow?: ReactNode; title: string; lead?: ReactNode; children?: ReactNode }) {
  return (
    <header className="space-y-2">
      {eyebrow ? <p className="text-sm font-medium text-accent">{eyebrow}</p> : null}
      <h1 className="text-3xl font-bold tracking-tight text-balance sm:text-4xl">{title}</h1>
      {lead ? <p className="max-w-3xl text-lg text-muted">{lead}</p> : null}
      {children}
    </header>
  )
}

export function Pill({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'accent' | 'second' | 'warn' }) {
  const tones = {
    neutral: 'border-line bg-raised text-ink',
    accent: 'border-transparent bg-accent-soft text-ink',
    second: 'border-transparent bg-second-soft text-ink',
    warn: 'border-transparent bg-warn-soft text-ink',
  }
  return <span className={`pill ${tones[tone]}`}>{children}</span>
}

export function BulletList({ items, className = '' }: { items: string[]; className?: string }) {
  return (
    <ul className={`list-disc space-y-1 pl-5 marker:text-accent ${className}`}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  )
}
