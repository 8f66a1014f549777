/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds → the items' page URLs, titles and dates. */
import { XMLParser } from 'fast-xml-parser'

export interface FeedItem {
  /** Absolute http(s) URL of the item's page. */
  readonly url: string
  readonly title: string | null
  /** The item's date as ISO 8601 when it parses, else as written; null when absent. */
  readonly date: string | null
}

export type FeedParse = { readonly ok: true; readonly items: readonly FeedItem[] } | { readonly ok: false; readonly message: string }

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Entity expansion is bounded: a feed is untrusted input ("billion laughs").
  processEntities: { maxTotalExpansions: 10_000, maxExpandedLength: 1_000_000 },
  htmlEntities: true,
})

type Node = Record<string, unknown>

export function parseFeed(xml: string, feedUrl: string): FeedParse {
  let root: Node
  try {
    root = parser.parse(xml) as Node
  } catch (error) {
    return { ok: false, message: `not well-formed XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }
  }
  const rss = asNode(root['rss'])
  const rdf = asNode(root['RDF'])
  const atom = asNode(root['feed'])
  let raw: Array<{ link: string | null; title: string | null; date: string | null }>
  if (rss) raw = asList(asNode(rss['channel'])?.['item']).map(rssItem)
  else if (rdf) raw = asList(rdf['item'] ?? asNode(rdf['channel'])?.['item']).map(rssItem)
  else if (atom) raw = asList(atom['entry']).map(atomEntry)
  else return { ok: false, message: 'neither an RSS nor an Atom feed (no <rss>, <rdf:RDF> or <feed> root element)' }

  const seen = new Set<string>()
  const items: FeedItem[] = []
  for (const r of raw) {
    const url = resolveUrl(r.link, feedUrl)
    if (!url || seen.has(url)) continue
    seen.add(url)
    items.push({ url, title: r.title, date: normalizeDate(r.date) })
  }
  return { ok: true, items }
}

function rssItem(value: unknown): { link: string | null; title: string | null; date: string | null } {
  const item = asNode(value) ?? {}
  let link = text(asList(item['link'])[0])
  // An RSS guid is a permalink unless it says otherwise.
  const guid = item['guid']
  if (!link && guid !== undefined && asNode(guid)?.['@_isPermaLink'] !== 'false') link = text(guid)
  return { link, title: text(item['title']), date: text(item['pubDate']) ?? text(item['date']) }
}

function atomEntry(value: unknown): { link: string | null; title: string | null; date: string | null } {
  const entry = asNode(value) ?? {}
  const links = asList(entry['link']).map((l) => asNode(l) ?? {})
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate' && l['@_href']) ?? links.find((l) => l['@_href'])
  return { link: text(alternate?.['@_href']), title: text(entry['title']), date: text(entry['published']) ?? text(entry['updated']) }
}

/** The text of an element: a string, or the `#text` of one with attributes. */
function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  const node = asNode(value)
  if (node && typeof node['#text'] === 'string') return node['#text'].trim() || null
  return null
}

function asNode(value: unknown): Node | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Node) : null
}

function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]
}

function resolveUrl(link: string | null, base: string): string | null {
  if (!link) return null
  try {
    const url = new URL(link, base)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    url.hash = ''
    return url.href
  } catch {
    return null
  }
}

function normalizeDate(date: string | null): string | null {
  if (!date) return null
  const t = Date.parse(date)
  return Number.isNaN(t) ? date : new Date(t).toISOString()
}
