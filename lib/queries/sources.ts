/** What every query selects of a cited source, in the site's source order: the shape of `SourceRef`. */
export const sourceSelect = { slug: true, title: true, publisher: true, author: true, year: true, url: true } as const
export const citedSources = { select: sourceSelect, orderBy: { order: 'asc' } } as const
