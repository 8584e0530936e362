import type { ReactNode } from 'react'
import type { RoleDetail } from '@/lib/types'
import { RoleLabel, SIDE_TOP, type Side } from './role-mark'

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>
  return (
    <ul className="list-disc space-y-1 pl-5">
      {items.map((i) => (
        <li key={i}>{i}</li>
      ))}
    </ul>
  )
}

type RowProps = {
  id: string
  title: string
  a: RoleDetail
  b: RoleDetail
  render: (r: RoleDetail) => ReactNode
  /** Said once instead of twice when neither role has anything to show. */
  neither?: string | null
}

/** One fact for both roles, side by side from `md` up and stacked (each labelled) below it. */
function Row({ id, title, a, b, render, neither = null }: RowProps) {
  const column = (side: Side, role: RoleDetail) => (
    <div className={`min-w-0 card ${SIDE_TOP[side]}`}>
      <h4 className="mb-2 text-sm font-semibold">
        <RoleLabel side={side} name={role.name} />
      </h4>
      {render(role)}
    </div>
  )
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="text-lg font-semibold">{title}</h3>
      {neither ? (
        <p className="mt-1 text-sm text-muted">{neither}</p>
      ) : (
        <div className="mt-2 grid grid-cols-1 gap-3 text-sm md:grid-cols-2">
          {column('a', a)}
          {column('b', b)}
        </div>
      )}
    </section>
  )
}

export function RoleFacts({ a, b }: { a: RoleDetail; b: RoleDetail }) {
  const none = (pick: (r: RoleDetail) => unknown[] | null, text: string) =>
    (pick(a)?.length ?? 0) === 0 && (pick(b)?.length ?? 0) === 0 ? text : null
  return (
    <div className="space-y-6">
      <Row id="facts-resp" title="Responsibilities" a={a} b={b} render={(r) => <List items={r.responsibilities} empty="No responsibilities listed." />} />
      <Row id="facts-exp" title="Typical experience" a={a} b={b} render={(r) => <List items={r.experience} empty="The sources give no typical experience for this role." />} neither={none((r) => r.experience, 'The sources give no typical experience for either role.')} />
      <Row id="facts-cert" title="Certifications" a={a} b={b} render={(r) => <List items={r.certifications} empty="The sources name no certifications for this role." />} neither={none((r) => r.certifications, 'The sources name no certifications for either role.')} />
    </div>
  )
}
