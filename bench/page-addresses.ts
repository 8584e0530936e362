/**
 * One address for each page type in lib/routes.ts, keyed by its route pattern: the pages that the accessibility
 * checks and the JavaScript budget go through. A test fails while a pattern has no entry here. The quiz result's
 * address is empty because it is made by taking the quiz.
 */
export const PAGE_ADDRESSES: Readonly<Record<string, string>> = {
  '/': '/',
  '/roles': '/roles',
  '/roles/filtered': '/roles?category=platform&q=kubernetes',
  '/roles/[slug]': '/roles/mlops-engineer',
  '/search': '/search?q=kubernetes',
  '/tracks': '/tracks',
  '/tracks/[slug]': '/tracks/mlops-practitioner',
  '/skills': '/skills',
  '/skills/[slug]': '/skills/kubernetes',
  '/compare': '/compare',
  '/compare/[a]/[b]': '/compare/data-scientist/ml-engineer',
  '/lifecycle': '/lifecycle',
  '/quiz': '/quiz',
  '/quiz/result': '',
  // With ratings, so the ranking and its explanations are checked too.
  '/match': '/match?python=3&kubernetes=2&statistics=4',
  '/paths': '/paths',
  '/paths/[from]/[to]': '/paths?from=data-scientist&to=mlops-engineer',
  '/paths/chosen': '/paths?from=data-scientist&to=ai-engineer',
  '/paths/map': '/paths/map',
  '/paths/map/chosen': '/paths/map?from=devops-engineer&to=ai-platform-engineer',
  '/me': '/me',
  '/sources': '/sources',
  '/sources/[slug]': '/sources/bls-ooh',
  '/tools': '/tools',
  '/changes': '/changes',
}
