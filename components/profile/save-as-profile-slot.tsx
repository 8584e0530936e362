'use client'

import type { ComponentProps } from 'react'
import { useLazyComponent } from '@/components/use-lazy-component'
import type { SaveAsProfile as Button } from './save-as-profile'

const load = () => import('./save-as-profile').then((m) => m.SaveAsProfile)

// The save button loads after the result it sits under, so it adds nothing to the result page's first load.
export function SaveAsProfileSlot(props: ComponentProps<typeof Button>) {
  const SaveAsProfile = useLazyComponent(load)
  return SaveAsProfile ? <SaveAsProfile {...props} /> : <div className="min-h-24 rounded-lg border border-line bg-surface" />
}
