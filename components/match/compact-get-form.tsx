'use client'

import type { FormEvent, ReactNode } from 'react'

/**
 * A plain GET form (it works without JavaScript); with JavaScript, unrated skills are left out of the URL so
 * the shareable link stays short.
 */
export function CompactGetForm({ action, children, className }: { action: string; children: ReactNode; className?: string }) {
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    for (const select of Array.from(event.currentTarget.querySelectorAll('select'))) {
      if (select.value === '') select.disabled = true
    }
    // Re-enable after the browser has read the form, so Back shows the same controls.
    window.setTimeout(() => {
      for (const select of Array.from(document.querySelectorAll('select[disabled]'))) select.removeAttribute('disabled')
    }, 0)
  }
  return (
    <form method="get" action={action} onSubmit={onSubmit} className={className}>
      {children}
    </form>
  )
}
