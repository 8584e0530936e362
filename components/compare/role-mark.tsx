/** The colour that stands for each side throughout a comparison (A = accent, B = second), as in the radar. */
export type Side = 'a' | 'b'

const MARK = { a: 'bg-accent', b: 'bg-second' } as const
export const SIDE_BORDER = { a: 'border-accent', b: 'border-second' } as const
export const SIDE_TOP = { a: 'border-t-4 border-t-accent', b: 'border-t-4 border-t-second' } as const
export const SIDE_LEFT = { a: 'border-l-4 border-l-accent', b: 'border-l-4 border-l-second' } as const

export function RoleMark({ side }: { side: Side }) {
  return <span aria-hidden="true" className={`mark ${MARK[side]}`} />
}

export function RoleLabel({ side, name }: { side: Side; name: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <RoleMark side={side} />
      {name}
    </span>
  )
}
