import type { ContenderKey } from './headline'

/**
 * The same benchmark on the build before the page-weight work (`main` at 5386807, 2026-12-01 01:09 UTC, this
 * 2-core VM, load average 2.2–2.6; its results.md is in git history). Medians of 5 alternating rounds for the
 * role page, and 10 s runs at 32 connections for the routes. Kept so each run prints before and after side by side.
 */
export const BASELINE = {
  date: '2026-12-01 01:09 UTC',
  roleHtmlKb: 185.9,
  rolePage: { app: 580, sirv: 4087, nginx: 29666, cache: 28621 } satisfies Record<ContenderKey, number>,
  routes: {
    'GET /': 1528,
    'GET /roles/mlops-engineer': 575,
    'GET /compare/ml-engineer/mlops-engineer': 374,
    'GET /skills': 367,
    'GET /api/roles': 1091,
    'POST /api/match': 338,
  } as Record<string, number>,
}
