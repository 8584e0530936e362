import type { Metadata } from 'next'
import { RolesIndex } from '@/components/browse/roles-index'

const description = 'Every role in the atlas: filter by track and role family, or search by name, alias, skill or tool.'

export const metadata: Metadata = {
  title: 'Roles',
  description,
  openGraph: { title: 'Roles · MLOps Atlas', description },
}

export default function RolesPage() {
  return <RolesIndex />
}
