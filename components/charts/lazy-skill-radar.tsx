'use client'

import dynamic from 'next/dynamic'
import type { ComponentProps } from 'react'
import type { SkillRadar } from './skill-radar'

type Props = ComponentProps<typeof SkillRadar>

// recharts is most of a page's JavaScript: fetch it after the page is interactive, not in the first load.
// The table beside every chart carries the same numbers, so nothing is lost before it arrives.
const Chart = dynamic(() => import('./skill-radar').then((m) => m.SkillRadar), { ssr: false })

export function LazySkillRadar(props: Props) {
  return (
    <div style={{ minHeight: props.height ?? 320 }}>
      <Chart {...props} />
    </div>
  )
}
