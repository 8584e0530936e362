import type { RoleDetail } from '@/lib/types'

function FactList({ id, title, items, empty }: { id: string; title: string; items: string[]; empty: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className="text-sm font-semibold">{title}</h3>
      {items.length > 0 ? (
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm marker:text-accent">
          {items.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted">{empty}</p>
      )}
    </section>
  )
}

export function RoleAside({ role }: { role: RoleDetail }) {
  return (
    <>
      <section aria-labelledby="background-title" className="space-y-3 card">
        <h2 id="background-title" className="text-base font-semibold">Background</h2>
        <FactList id="education-title" title="Education" items={role.education} empty="The sources give no education details for this role." />
        <FactList id="experience-title" title="Experience" items={role.experience} empty="The sources give no experience details for this role." />
        <FactList id="certifications-title" title="Certifications" items={role.certifications} empty="The sources name no certifications for this role." />
      </section>
    </>
  )
}
