// pa11y ships no type declarations: the part of its API the browser tests use (pa11y 10, README "Configuration").
declare module 'pa11y' {
  import type { Browser, Page } from 'puppeteer'

  export type Pa11yIssue = {
    code: string
    type: 'error' | 'warning' | 'notice'
    message: string
    selector: string
    context: string
    runner: string
  }

  export type Pa11yOptions = {
    /** A browser of the caller's; pa11y opens its page there and leaves the browser open. */
    browser?: Browser
    /** A page of the caller's (needs `browser`); pa11y navigates it to the address and leaves it open. */
    page?: Page
    standard?: 'WCAG2A' | 'WCAG2AA' | 'WCAG2AAA'
    runners?: Array<'htmlcs' | 'axe'>
    timeout?: number
  }

  export default function pa11y(url: string, options?: Pa11yOptions): Promise<{ documentTitle: string; pageUrl: string; issues: Pa11yIssue[] }>
}
