import { RolePicker } from '@/components/compare/role-picker'
import { getPickerData } from '@/lib/queries/compare'

export default async function ComparisonNotFound() {
  const { roles, suggestions } = await getPickerData()
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">We can’t compare those two</h1>
        <p className="mt-2 max-w-2xl text-lg text-muted">
          A comparison needs two different roles from the atlas. One of these is unknown, or it is the same role
          twice: pick another role below.
        </p>
      </header>
      <RolePicker roles={roles} suggestions={suggestions} />
    </div>
  )
}
