'use client'

import { useState, type FormEvent, type ReactNode } from 'react'

/**
 * A plain GET form (it works without JavaScript). With JavaScript, a form with no checked radio is not sent and
 * `emptyMessage` says why, right below it; otherwise empty selects and inputs marked `data-js-omit` are left out of the URL, so
 * the shareable link stays short.
 */
export function CompactGetForm({ action, children, className, emptyMessage }: { action: string; children: ReactNode; className?: string; emptyMessage?: string }) {
  const [empty, setEmpty] = useState(false)
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget
    if (emptyMessage && !form.querySelector('input[type="radio"]:checked')) {
      event.preventDefault()
      setEmpty(true)
      return
    }
    const omitted = [...Array.from(form.querySelectorAll('select')).filter((s) => s.value === ''), ...Array.from(form.querySelectorAll<HTMLInputElement>('input[data-js-omit]'))]
    for (const field of omitted) field.disabled = true
    // Re-enable after the browser has read the form, so Back shows the same controls.
    window.setTimeout(() => {
      for (const field of omitted) field.disabled = false
    }, 0)
  }
  return (
    <form method="get" action={action} onSubmit={onSubmit} onChange={() => setEmpty(false)} className={className}>
      {children}
      {empty ? <p role="alert" className="font-medium text-warn" data-testid="nothing-rated">{emptyMessage}</p> : null}
    </form>
  )
}
