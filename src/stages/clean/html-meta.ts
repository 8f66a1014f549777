/**
 * Metadata a page declares about itself: JSON-LD, Open Graph and other `<meta>` tags,
 * `<link rel=canonical>`, `<title>`, `<time datetime>`. Read before any pruning.
 */
import type { CheerioAPI } from 'cheerio/slim'
import { normalizeBlock } from './normalize.js'

export interface PageMeta {
  readonly ogTitle: string | null
  readonly ldHeadline: string | null
  readonly docTitle: string | null
  readonly siteName: string | null
  readonly ldPublisher: string | null
  readonly canonical: string | null
  readonly ogUrl: string | null
  /** Date strings in order of trust, each with where it came from. */
  readonly dates: readonly { readonly value: string; readonly source: string }[]
  /** Schema.org types the page declares (NewsArticle, Report…), and og:type. */
  readonly types: readonly string[]
  /** Section labels: article:section, JSON-LD articleSection. */
  readonly sections: readonly string[]
}

// `<meta name|property|itemprop>` keys that hold a publication date, most trusted first.
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'datepublished',
  'published_time',
  'publish-date',
  'publishdate',
  'publish_date',
  'pubdate',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'sailthru.date',
  'parsely-pub-date',
  'date',
  'article:post_date',
  'og:published_time',
]

function text(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null
  const t = normalizeBlock(value)
  return t.length > 0 ? t : null
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

function asString(v: Json | undefined): string | null {
  if (typeof v === 'string') return text(v)
  if (Array.isArray(v)) return asString(v[0])
  if (v && typeof v === 'object') return asString(v['name'] ?? v['@value'])
  return null
}

interface LdFacts {
  headline: string | null
  published: string | null
  publisher: string | null
  types: string[]
  sections: string[]
}

function walkLd(node: Json, facts: LdFacts, depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) walkLd(item, facts, depth + 1)
    return
  }
  const type = node['@type']
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string')
  const articleLike = types.some((t) => /Article|Posting|Report|NewsArticle|WebPage|PressRelease|Blog/i.test(t))
  facts.types.push(...types)
  if (articleLike) {
    facts.headline ??= asString(node['headline']) ?? (types.some((t) => /Article|Posting/.test(t)) ? asString(node['name']) : null)
    facts.published ??= asString(node['datePublished']) ?? asString(node['dateCreated'])
    facts.publisher ??= asString(node['publisher'])
    const section = asString(node['articleSection'])
    if (section) facts.sections.push(section)
  }
  if (node['@graph'] !== undefined) walkLd(node['@graph'], facts, depth + 1)
  if (node['mainEntity'] !== undefined) walkLd(node['mainEntity'], facts, depth + 1)
}

export function readPageMeta($: CheerioAPI): PageMeta {
  const metas = new Map<string, string>()
  $('meta').each((_, el) => {
    const key = (el.attribs['property'] ?? el.attribs['name'] ?? el.attribs['itemprop'] ?? '').toLowerCase()
    const content = el.attribs['content'] ?? el.attribs['datetime']
    if (key && content !== undefined && !metas.has(key)) metas.set(key, content)
  })
  const ld: LdFacts = { headline: null, published: null, publisher: null, types: [], sections: [] }
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el).text()
    try {
      walkLd(JSON.parse(raw) as Json, ld, 0)
    } catch {
      // Broken JSON-LD is common; the other sources still count.
    }
  })
  const dates: { value: string; source: string }[] = []
  if (ld.published) dates.push({ value: ld.published, source: 'json-ld' })
  for (const key of DATE_KEYS) {
    const v = metas.get(key)
    if (v) dates.push({ value: v, source: `meta:${key}` })
  }
  $('[itemprop="datePublished"]').each((_, el) => {
    const v = el.attribs['content'] ?? el.attribs['datetime'] ?? $(el).text()
    if (v) dates.push({ value: v, source: 'itemprop' })
  })
  const types = [...ld.types]
  const ogType = metas.get('og:type')
  if (ogType) types.push(ogType)
  const sections = [...ld.sections]
  const section = metas.get('article:section')
  if (section) sections.push(section)
  return {
    ogTitle: text(metas.get('og:title')) ?? text(metas.get('twitter:title')),
    ldHeadline: ld.headline,
    docTitle: text($('title').first().text()),
    siteName: text(metas.get('og:site_name')) ?? text(metas.get('application-name')),
    ldPublisher: ld.publisher,
    canonical: text($('link[rel="canonical"]').first().attr('href')),
    ogUrl: text(metas.get('og:url')),
    dates,
    types,
    sections,
  }
}
