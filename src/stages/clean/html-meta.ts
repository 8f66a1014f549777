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
  /** The first `<time datetime>` of the article (or page), a weaker date than the declared ones. */
  readonly timeElement: string | null
  /** Schema.org types the page declares (NewsArticle, Report…), and og:type. */
  readonly types: readonly string[]
  /** Section labels: article:section, JSON-LD articleSection. */
  readonly sections: readonly string[]
  /** Breadcrumb items and category/content-type labels shown on the page. */
  readonly labels: readonly string[]
  /** The publishing organization a page names in its metadata (GOV.UK, Dublin Core). */
  readonly publishingOrg: string | null
  /** True when JSON-LD says the publisher is a news organization. */
  readonly newsPublisher: boolean
  /**
   * The site's own address when the page declares no canonical URL: taken from its shortlink,
   * language alternates, logo link, icons or style sheets (CDNs excluded).
   */
  readonly siteUrl: string | null
}

const SITE_URL_SOURCES = [
  ['link[rel=shortlink]', 'href'],
  ['link[rel=alternate][hreflang]', 'href'],
  ['a[class*=logo]', 'href'],
  ['[class*=logo] a', 'href'],
  ['[class*=brand] a', 'href'],
  ['link[rel~=icon]', 'href'],
  ['link[rel=stylesheet]', 'href'],
] as const
// Shared hosting of fonts, scripts and styles says nothing about whose page it is.
const CDN = /(?:^|\.)(?:fonts\.googleapis|googleapis|gstatic|cdnjs|jsdelivr|unpkg|bootstrapcdn|stackpath|cloudflare|typekit|fontawesome|akamai\w*|cloudfront|fastly\w*)\.|^(?:cdn|static|assets|media|use|ajax)\d*\./i

function siteUrlOf($: CheerioAPI): string | null {
  for (const [selector, attr] of SITE_URL_SOURCES) {
    for (const el of $(selector).toArray().slice(0, 5)) {
      const href = 'attribs' in el ? el.attribs[attr] : undefined
      if (!href || !/^https?:\/\//i.test(href)) continue
      try {
        const host = new URL(href).hostname
        if (!CDN.test(host)) return href
      } catch {
        // Not a URL; try the next one.
      }
    }
  }
  return null
}

// Elements that show the page's section or content type.
const LABEL_SELECTOR = [
  '[class*=breadcrumb]', '[id*=breadcrumb]', '[itemtype*=BreadcrumbList]', 'nav[aria-label*=readcrumb]',
  '[class*=categor]', '[class*=content-type]', '[class*=cat-links]', '[class*=kicker]', '[class*=eyebrow]',
  '[class*=article-type]', '[class*=entry-meta]', '[class*=post-meta]', '[class*=release-box]',
].join(',')
// Separators between breadcrumb items and between listed categories.
const LABEL_SPLIT = /\s*(?:[>|/»›:,•·]|\s-\s)\s*/

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
  newsOrg: boolean
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
  if (types.some((t) => /NewsMediaOrganization/.test(t))) facts.newsOrg = true
  if (articleLike) {
    facts.headline ??= asString(node['headline']) ?? (types.some((t) => /Article|Posting/.test(t)) ? asString(node['name']) : null)
    facts.published ??= asString(node['datePublished']) ?? asString(node['dateCreated'])
    facts.publisher ??= asString(node['publisher'])
    const publisher = node['publisher']
    if (publisher && typeof publisher === 'object' && !Array.isArray(publisher) && /NewsMediaOrganization/.test(String(publisher['@type']))) facts.newsOrg = true
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
  const ld: LdFacts = { newsOrg: false, headline: null, published: null, publisher: null, types: [], sections: [] }
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
  const labels: string[] = []
  $(LABEL_SELECTOR).each((_, el) => {
    const all = $(el).text()
    // Whole articles carry category classes too; labels are short.
    if (all.length > 300) return
    // Items of a list each count; otherwise the text is split at separators.
    const items = $(el).find('li, a')
    const texts = items.length > 0 ? items.toArray().map((i) => $(i).text()) : $(el).text().split(LABEL_SPLIT)
    for (const t of texts) {
      const label = text(t)
      if (label && label.length <= 60 && !labels.includes(label)) labels.push(label)
    }
  })
  const publishingOrg =
    text(metas.get('govuk:primary-publishing-organisation')) ?? text(metas.get('dc.publisher')) ?? text(metas.get('dcterms.publisher'))
  return {
    labels: labels.slice(0, 40),
    publishingOrg,
    newsPublisher: ld.newsOrg,
    siteUrl: siteUrlOf($),
    timeElement: text($('article time[datetime], main time[datetime], time[pubdate]').first().attr('datetime') ?? $('time[datetime]').first().attr('datetime')),
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
