import Link from 'next/link'
import type { FitItem, TargetFit } from '@/lib/scoring/types'

function Items({ title, items, sign, empty }: { title: string; items: FitItem[]; sign: '+' | '−'; empty: string }) {
  return (
    <div>
      <h4 className="text-sm font-semibold">{title}</h4>
      {items.length === 0 ? (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {items.map((item) => (
            <li key={item.skill} className="flex justify-between gap-3">
              <span>
                <Link href={`/skills/${item.skill}`} className="underline-offset-2 hover:underline">{item.name}</Link>{' '}
                <span className="text-muted">
                  {item.need > 0 ? `you ${item.have}, needs ${item.need}` : `you ${item.have}, not needed`}
                </span>
              </span>
              <span className="shrink-0 font-semibold tabular-nums">{sign}{item.points.toFixed(1)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Why one role scored what it did: the points each skill won or cost, then the plan to close the gaps. */
export function RoleExplanation({ fit, rank }: { fit: TargetFit; rank: number }) {
  const id = `why-${fit.slug}`
  return (
    <article aria-labelledby={id} className="rounded-lg border border-line bg-surface p-4 sm:p-5" data-testid="role-explanation">
      <h3 id={id} className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-semibold">
        <span>{rank}. {fit.name}</span>
        <span className="tabular-nums">{fit.score}<span className="text-sm font-normal text-muted"> / 100</span></span>
      </h3>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <Items title="Raised your fit most" items={fit.strengths} sign="+" empty="None of your skills meets a need of this role yet." />
        <div className="space-y-3">
          <Items title="Lowered it most" items={fit.gaps} sign="−" empty="No gaps: you meet every need of this role." />
          {fit.unused.length > 0 ? (
            <Items title="Skills this role would leave unused" items={fit.unused} sign="−" empty="" />
          ) : null}
        </div>
      </div>
      <GapPlan fit={fit} />
      <p className="mt-3 text-sm">
        <Link href={`/roles/${fit.slug}`} className="font-medium text-accent underline-offset-2 hover:underline">
          Read the {fit.name} profile
        </Link>
      </p>
    </article>
  )
}

function GapPlan({ fit }: { fit: TargetFit }) {
  if (fit.gapPlan.length === 0) return null
  return (
    <div className="mt-4">
      <h4 className="text-sm font-semibold">Gap plan: raise these first</h4>
      <table className="mt-1 w-full text-sm">
        <caption className="sr-only">Skills to raise for {fit.name}, biggest gain first, with tools to practise them</caption>
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1.5 pr-2 font-medium">Skill and tools to practise with</th>
            <th scope="col" className="py-1.5 pr-2 text-right font-medium">Now</th>
            <th scope="col" className="py-1.5 pr-2 text-right font-medium">Target</th>
            <th scope="col" className="py-1.5 text-right font-medium">Gain</th>
          </tr>
        </thead>
        <tbody>
          {fit.gapPlan.map((step) => (
            <tr key={step.skill} className="border-b border-line align-top last:border-0">
              <th scope="row" className="py-1.5 pr-2 text-left font-normal">
                <Link href={`/skills/${step.skill}`} className="underline-offset-2 hover:underline">{step.name}</Link>
                {step.tools.length > 0 ? (
                  <span className="block text-xs text-muted">{step.tools.map((t) => t.name).join(' · ')}</span>
                ) : null}
              </th>
              <td className="py-1.5 pr-2 text-right tabular-nums">{step.current}</td>
              <td className="py-1.5 pr-2 text-right font-semibold tabular-nums">{step.target}</td>
              <td className="py-1.5 text-right tabular-nums">+{step.gain.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
