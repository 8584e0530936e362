import type { QueryProblem } from '@/lib/paths/request'
import { QUIZ_START } from '@/lib/paths/request'
import type { PathRole } from '@/lib/paths/types'

type Props = { roles: PathRole[]; from?: string; to?: string; code?: string; problems: QueryProblem[] }

function FieldError({ id, problem }: { id: string; problem?: QueryProblem }) {
  return problem ? (
    <p id={id} className="mt-1 text-sm font-medium text-warn" role="alert">{problem.error}</p>
  ) : null
}

const selectClass = 'mt-1 w-full rounded-md border border-line bg-surface px-3 py-2 text-ink'

/** A plain GET form: it works without JavaScript and the address holds the choice. */
export function PathsForm({ roles, from, to, code, problems }: Props) {
  const problem = (field: QueryProblem['field']) => problems.find((p) => p.field === field)
  const invalid = (field: QueryProblem['field']) => (problem(field) ? { 'aria-invalid': true, 'aria-describedby': `${field}-error` } : {})
  return (
    <form method="get" action="/paths" className="grid gap-4 card sm:grid-cols-2" aria-label="Choose a start and a target">
      <div>
        <label htmlFor="from" className="font-medium">I am now</label>
        <select id="from" name="from" defaultValue={from ?? ''} className={selectClass} {...invalid('from')}>
          <option value="">Choose a start…</option>
          {code !== undefined || from === QUIZ_START ? <option value={QUIZ_START}>My quiz result</option> : null}
          {roles.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
        </select>
        <FieldError id="from-error" problem={problem('from')} />
      </div>
      <div>
        <label htmlFor="to" className="font-medium">I want to become</label>
        <select id="to" name="to" defaultValue={to ?? ''} className={selectClass} {...invalid('to')}>
          <option value="">Choose a target…</option>
          {roles.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
        </select>
        <FieldError id="to-error" problem={problem('to')} />
      </div>
      {code !== undefined || from === QUIZ_START ? (
        <div className="sm:col-span-2">
          <label htmlFor="code" className="font-medium">Quiz result code <span className="font-normal text-muted">(the end of your result link)</span></label>
          <input id="code" name="code" defaultValue={code ?? ''} autoComplete="off" spellCheck={false} className={`${selectClass} font-mono`} {...invalid('code')} />
          <FieldError id="code-error" problem={problem('code')} />
        </div>
      ) : (
        <p className="text-sm text-muted sm:col-span-2">
          To start from your own skills, take <a href="/quiz" className="ulink">the quiz</a> and follow “Plan your moves” on the result.
        </p>
      )}
      <div className="sm:col-span-2">
        <button type="submit" className="rounded-md bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90">Show the routes</button>
      </div>
    </form>
  )
}
