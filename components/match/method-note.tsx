/** The scoring method in plain words; the formulas live in lib/scoring/fit.ts. */
export function MethodNote({ source }: { source: 'quiz' | 'ratings' }) {
  return (
    <section aria-labelledby="method-title" className="card sm:p-5">
      <h2 id="method-title" className="heading">How the fit is worked out</h2>
      <ol className="mt-2 list-decimal space-y-2 pl-5 text-sm">
        {source === 'quiz' ? (
          <li>
            Each answer is evidence that you are at some level (0–4) in a few skills, with a weight for how strong the evidence
            is. Per skill, your level is the weighted average of that evidence; skills no answer touched count as 0.
          </li>
        ) : (
          <li>Your level in each skill is the rating you gave it (0–4); skills you did not rate count as 0.</li>
        )}
        <li>
          Every role in the skills matrix needs each of its skills at a level. A skill it needs at a high level counts for
          more: its importance is that level. A track fits you as well as its best role does, so the track and the role
          ranking always agree; your current role, if you name it, counts for neither.
        </li>
        <li>
          <strong>Coverage</strong> is the share of the role&apos;s importance-weighted levels you reach. Going past a
          required level adds nothing, and it never costs anything either.
        </li>
        <li>
          <strong>Gaps</strong> are counted squared, so one big shortfall on a skill the role needs at level 4 costs more
          than several small ones.
        </li>
        <li>
          Half of the score is coverage and half is “no big gaps”. It is then trimmed by up to half for skills you have
          that the role does not use at all, so a role with modest needs does not top the list just because it is easy
          to cover.
        </li>
        <li>
          The points next to each skill show how much it added or took away; they add up to the score. The gap plan
          orders the missing skills by how much reaching the target level would raise your fit on its own.
        </li>
        <li>
          Roles come in tiers: <strong>fit now</strong> (a high score close to your best), <strong>within reach</strong>
          (about one level short where it matters) and <strong>further away</strong>. When the top two are within a few
          points, the skills where their needs differ most for you are shown as what separates them.
        </li>
      </ol>
      <p className="mt-3 text-sm text-muted">
        Raising a skill a role needs never lowers its fit. Equal scores are ordered by name, so the same answers always
        give the same ranking. The levels come from the skills matrix, which is the project&apos;s reading of its sources.
      </p>
    </section>
  )
}
