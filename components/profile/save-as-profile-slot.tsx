'use client'

import dynamic from 'next/dynamic'
import type { ComponentProps } from 'react'
import type { SaveAsProfile as Button } from './save-as-profile'

// The save button loads after the result it sits under, so it adds nothing to the result page's first load.
const SaveAsProfile = dynamic(() => import('./save-as-profile').then((m) => m.SaveAsProfile), {
  ssr: false,
  loading: () => <div className="min-h-24 rounded-lg border border-line bg-surface" />,
})

export function SaveAsProfileSlot(props: ComponentProps<typeof Button>) {
  return <SaveAsProfile {...props} />
}
