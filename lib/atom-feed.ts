/** One feed entry: `link` and `id` are absolute URLs, `updated` a YYYY-MM-DD date. */
export type FeedEntry = { id: string; title: string; updated: string; summary: string; link: string }
export type Feed = { id: string; title: string; self: string; alternate: string; entries: FeedEntry[] }

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

const stamp = (date: string) => `${date}T00:00:00Z`

/**
 * An Atom 1.0 document (RFC 4287): feed id, title, updated (the newest entry, or the epoch when there is none),
 * a rel=self and an alternate link, and per entry id, title, updated, summary and link. Pure.
 */
export function atomFeed(feed: Feed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01'
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      '  </entry>',
    ].join('\n'),
  )
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    '  <author><name>MLOps Atlas</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
