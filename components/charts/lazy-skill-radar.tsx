'use client'

import { useEffect, useRef, useState, type ComponentProps } from 'react'
import { useLazyComponent } from '@/components/use-lazy-component'
import type { SkillRadar } from './skill-radar'

type Props = ComponentProps<typeof SkillRadar>

// recharts is most of a page's JavaScript. It is fetched only once the chart is about to scroll into view and the
// main thread is idle, so it never competes with hydration. The table beside every chart carries the same
// numbers, so nothing is lost before (or without) it; the reserved height keeps the layout from shifting.
const loadChart = () => import('./skill-radar').then((m) => m.SkillRadar)

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(run, 200)
  return () => window.clearTimeout(id)
}

export function LazySkillRadar(props: Props) {
  const box = useRef<HTMLDivElement>(null)
  const [show, setShow] = useState(false)
  const Chart = useLazyComponent(loadChart, show)

  useEffect(() => {
    const element = box.current
    if (!element || show) return
    if (typeof IntersectionObserver !== 'function') return whenIdle(() => setShow(true))
    let cancelIdle: (() => void) | null = null
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return
        observer.disconnect()
        cancelIdle = whenIdle(() => setShow(true))
      },
      { rootMargin: '200px 0px' },
    )
    observer.observe(element)
    return () => {
      observer.disconnect()
      cancelIdle?.()
    }
  }, [show])

  return (
    <div ref={box} style={{ minHeight: props.height ?? 320 }}>
      {Chart ? <Chart {...props} /> : null}
    </div>
  )
}
