/**
 * Metadata a page declares about itself: JSON-LD, Open Graph and other `<meta>` tags,
 * `<link rel=canonical>`, `<title>`, `<time datetime>`, and what the page shows about itself
 * (its logo's name, breadcrumbs and category labels, date lines, the classes of its article).
 * Read before any pruning, in one walk over the DOM (no CSS selector is compiled per page).
 */
import type { AnyNode, Document as DomDocument, Element } from 'domhandler'
import { filledChildren } from './html-blocks.js'
import { normalizeBlock } from './normalize.js'
import { copyrightHolder } from './publisher.js'

export interface PageMeta {
  readonly ogTitle: string | null
  readonly ldHeadline: string | null
  readonly docTitle: string | null
  readonly siteName: string | null
  readonly ldPublisher: string | null
  readonly canonical: string | null
  readonly ogUrl: string | null
  /** The language `<html lang>` declares ("en", "es-GT"), lower-cased. */
  readonly lang: string | null
  /** Date strings in order of trust, each with where it came from. */
  readonly dates: readonly { readonly value: string; readonly source: string }[]
  /** Dates of the page's last modification (JSON-LD dateModified, article:modified_time): a last resort. */
  readonly modified: readonly { readonly value: string; readonly source: string }[]
  /** The first `<time datetime>` of the article (or page), a weaker date than the declared ones. */
  readonly timeElement: string | null
  /** Short texts of elements whose class says they hold the date ("posted-on", "date", "created"), outside sidebars, comments and related lists. */
  readonly dateTexts: readonly string[]
  /** Schema.org types the page declares (NewsArticle, Report…), and og:type. */
  readonly types: readonly string[]
  /** Section labels: article:section, JSON-LD articleSection. */
  readonly sections: readonly string[]
  /** Breadcrumb items and category/content-type labels shown on the page. */
  readonly labels: readonly string[]
  /** Class names of the `<body>` and `<article>` elements ("category-press-releases", "news-article"). */
  readonly classTokens: readonly string[]
  /** The site's name as its logo or masthead shows it (logo `alt`, "site-name", "navbar-brand"). */
  readonly brands: readonly string[]
  /** Who the copyright line of the page's footer names ("© 2026 Cayman Islands Government. All rights reserved."). */
  readonly footerHolder: string | null
  /** The publishing organization a page names in its metadata (GOV.UK, Dublin Core). */
  readonly publishingOrg: string | null
  /** True when JSON-LD says the publisher is a news organization. */
  readonly newsPublisher: boolean
  /**
   * The site's own address when the page declares no canonical URL: taken from its shortlink,
   * language alternates, logo link, icons or style sheets (CDNs excluded).
   */
  readonly siteUrl: string | null
  /** The page's `<h1>` elements (at most eight), each with whether it sits in the main content. */
  readonly h1s: readonly { readonly el: Element; readonly inMain: boolean }[]
  /** Its `<h2>`–`<h3>` elements (at most 30), in document order. */
  readonly subheadings: readonly Element[]
  /** Elements marked `itemprop="headline"` outside lists of other stories (schema.org microdata). */
  readonly itemHeadlines: readonly Element[]
  /** The `<body>` element (or `<html>` when there is none). */
  readonly body: Element | null
}

// Shared hosting of fonts, scripts and styles says nothing about whose page it is.
const CDN = /(?:^|\.)(?:fonts\.googleapis|googleapis|gstatic|cdnjs|jsdelivr|unpkg|bootstrapcdn|stackpath|cloudflare|typekit|fontawesome|akamai\w*|cloudfront|fastly\w*)\.|^(?:cdn|static|assets|media|use|ajax)\d*\./i

// Class names of elements that show the page's section or content type (breadcrumbs, category links, kickers).
const LABEL_CLASS = /breadcrumb|categor|content-type|cat-links|kicker|eyebrow|article-type|entry-meta|post-meta|release-box/
// Separators between breadcrumb items and between listed categories.
const LABEL_SPLIT = /\s*(?:[>|/»›:,•·]|\s-\s)\s*/
// Class names of elements holding the publication date ("posted-on", "entry-date", Spanish "fecha-nota", "field--name-created", Joomla's "create",
// and the article's meta line: "post-meta", "entry-meta", "node__meta", "meta").
const DATE_CLASS = /date|fecha|posted|published|created|(?:^|\s)create(?:\s|$)|timestamp|byline|submitted|(?:^|[\s_-])meta(?:$|[\s_-])/i
// Regions whose dates are other articles' (sidebars, lists of recent posts, comments) or today's date (a top bar).
const OTHER_DATES = /sidebar|widget|comment|related|recent|latest|popular|trending|top-?bar|ticker|breaking|views-row|teaser|more-news/i
// An aside that is the article's own side panel ("sc-article-side", "entry-aside", "post-meta").
const ARTICLE_ASIDE = /(?:article|entry|post|story|release)[-_]?(?:side|aside|meta|info|details)/i
// Sidebars and their widgets: their category lists and dates are the site's, not the page's.
const SIDEBAR = /sidebar|widget/i
const BLOGGER_MAIN = /(?:^|\s)widget Blog(?:\s|$)/
// Class names of the site's logo or name in the masthead.
const BRAND_CLASS = /logo|brand|site-?name|site-?title|site-?description|site-?slogan/i
// Names a logo may carry that are not the site's name.
const NOT_BRAND = /^(?:home|logo|site logo|homepage|home page|go to homepage|menu|search|skip to .*)$/i

// `<meta name|property|itemprop>` keys that hold a publication date, most trusted first.
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'article:published',
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
  'dc.date.created',
  'citation_publication_date',
  'citation_date',
  'sailthru.date',
  'parsely-pub-date',
  'date',
  'article:post_date',
  'og:published_time',
  'datecreated',
  // GovDelivery bulletins (the e-mailed and archived releases of many agencies): "03/04/2024 02:31 PM EST".
  'bulletin-date',
]

/** A meta value written without separators ("20260814", "20260814T090000Z") as YYYY-MM-DD; others as they are. */
function compactDate(value: string): string {
  const m = /^\s*((?:19|20)\d{2})(\d{2})(\d{2})(?:T[\d:.Z+-]*)?\s*$/.exec(value)
  return m ? `${m[1]}-${m[2]}-${m[3]}` : value
}

// Keys of the page's last modification, read only when nothing gives its publication.
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified']

function text(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null
  const t = normalizeBlock(value)
  return t.length > 0 ? t : null
}

/** The text of a node with a space between elements' texts (a date split into spans). */
function spacedTextOf(node: AnyNode): string {
  if (node.type === 'text') return node.data
  if (!('children' in node)) return ''
  let out = ''
  for (const c of node.children) out += c.type === 'text' ? c.data : ` ${spacedTextOf(c)} `
  return out
}

/** The text under a node (what cheerio's `.text()` gives). */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data
  if (!('children' in node)) return ''
  let out = ''
  for (const c of node.children) out += textOf(c)
  return out
}

const BLOCKISH = new Set(['div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'section', 'header', 'nav', 'table', 'br'])

function hasBlockDescendant(el: Element): boolean {
  for (const c of el.children) if (c.type === 'tag' && (BLOCKISH.has(c.name) || hasBlockDescendant(c))) return true
  return false
}

function descendants(el: Element, names: ReadonlySet<string>, out: Element[] = []): Element[] {
  for (const c of el.children) {
    if (c.type !== 'tag') continue
    if (names.has(c.name)) out.push(c)
    descendants(c, names, out)
  }
  return out
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
  modified: string | null
  publisher: string | null
  siteName: string | null
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
  if (types.includes('WebSite')) facts.siteName ??= asString(node['name'])
  if (articleLike) {
    facts.headline ??= asString(node['headline']) ?? (types.some((t) => /Article|Posting/.test(t)) ? asString(node['name']) : null)
    facts.published ??= asString(node['datePublished']) ?? asString(node['dateCreated'])
    facts.modified ??= asString(node['dateModified'])
    facts.publisher ??= asString(node['publisher'])
    const publisher = node['publisher']
    if (publisher && typeof publisher === 'object' && !Array.isArray(publisher) && /NewsMediaOrganization/.test(String(publisher['@type']))) facts.newsOrg = true
    const section = asString(node['articleSection'])
    if (section) facts.sections.push(section)
  }
  if (node['@graph'] !== undefined) walkLd(node['@graph'], facts, depth + 1)
  if (node['mainEntity'] !== undefined) walkLd(node['mainEntity'], facts, depth + 1)
}

/** What one walk over the DOM collects. */
interface Collected {
  metas: Map<string, string>
  ldScripts: string[]
  title: string | null
  canonical: string | null
  itemDates: string[]
  labelEls: Element[]
  timeMain: string | null
  timeAny: string | null
  dateEls: Element[]
  brandEls: Element[]
  copyrightLines: string[]
  classTokens: string[]
  // Site address sources, in order of trust, at most five each.
  shortlink: string[]
  alternate: string[]
  logoLink: string[]
  logoInner: string[]
  brandInner: string[]
  icon: string[]
  stylesheet: string[]
  h1s: { el: Element; inMain: boolean }[]
  subheadings: Element[]
  itemHeadlines: Element[]
  body: Element | null
  html: Element | null
}

// A table or list label naming the page's publication date ("Date Posted:", "Release date").
const DATE_LABEL_CELL = /^(?:date|(?:date\s+)?(?:posted|published|released|issued)|(?:release|publication|issue|posting)\s+date|fecha(?:\s+de\s+publicaci[oó]n)?)\s*:?$/i

/** An element node: htmlparser2 types `<script>` and `<style>` apart from other tags. */
function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style'
}

function push5(list: string[], v: string | undefined): void {
  if (v !== undefined && list.length < 5) list.push(v)
}

interface Where {
  inMain: boolean
  inArticle: boolean
  inHead: boolean
  inLogo: boolean
  inBrand: boolean
  inOther: boolean
  inSidebar: boolean
  inFooter: boolean
}

// A page footer's wrapper ("site-footer", "footer-bottom", id "colophon") and the line that opens with a copyright sign.
const FOOTER_HINT = /(?:^|[\s_-])(?:footer|colophon|copyright)(?:$|[\s_-])/i
const COPYRIGHT_START = /^(?:©|\(c\)\s|copyright\b)/i

function collect(root: DomDocument): Collected {
  const c: Collected = {
    metas: new Map(), ldScripts: [], title: null, canonical: null, itemDates: [], labelEls: [], timeMain: null, timeAny: null,
    dateEls: [], brandEls: [], copyrightLines: [], classTokens: [], shortlink: [], alternate: [], logoLink: [], logoInner: [], brandInner: [], icon: [],
    stylesheet: [], h1s: [], subheadings: [], itemHeadlines: [], body: null, html: null,
  }
  const visit = (el: Element, w: Where): void => {
    const a = el.attribs
    const name = el.name
    const cls = a['class'] ?? ''
    const id = a['id'] ?? ''
    if (name !== 'meta' && a['itemprop'] === 'headline' && !w.inOther && c.itemHeadlines.length < 5) c.itemHeadlines.push(el)
    switch (name) {
      case 'meta': {
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? '').toLowerCase()
        const content = a['content'] ?? a['datetime']
        if (key && content !== undefined && !c.metas.has(key)) c.metas.set(key, content)
        break
      }
      case 'script':
        if (a['type'] === 'application/ld+json') c.ldScripts.push(textOf(el))
        return
      case 'style': case 'noscript': case 'template':
        return
      case 'title':
        c.title ??= textOf(el)
        return
      case 'link': {
        const rel = (a['rel'] ?? '').toLowerCase()
        const href = a['href']
        if (rel === 'canonical' && c.canonical === null && href !== undefined) c.canonical = href
        if (rel === 'shortlink') push5(c.shortlink, href)
        if (rel === 'alternate' && a['hreflang'] !== undefined) push5(c.alternate, href)
        if (rel.split(/\s+/).includes('icon')) push5(c.icon, href)
        if (rel === 'stylesheet') push5(c.stylesheet, href)
        return
      }
      case 'time': {
        const dt = a['datetime']
        if (dt !== undefined) {
          if (c.timeMain === null && (w.inMain || w.inArticle || a['pubdate'] !== undefined)) c.timeMain = dt
          c.timeAny ??= dt
        } else if (!w.inOther && !w.inHead && c.dateEls.length < 12) {
          // `<time class="DateField">10 December 2026</time>`: a time element that states its date only as text.
          c.dateEls.push(el)
        }
        break
      }
      case 'body':
        c.body ??= el
        c.classTokens.push(...cls.split(/\s+/).filter((t) => t.length > 0))
        break
      case 'html':
        c.html ??= el
        break
      case 'article':
        if (c.classTokens.length < 60) c.classTokens.push(...cls.split(/\s+/).filter((t) => t.length > 0))
        break
      case 'h1':
        if (c.h1s.length < 8) c.h1s.push({ el, inMain: w.inMain || w.inArticle })
        // A blog's `<h1 class="title"><a href="https://api.gov.vc/">Agency for Public Information SVG</a></h1>`: the site's name.
        if (!w.inArticle && linksHome(el) && c.brandEls.length < 12) c.brandEls.push(el)
        break
      case 'h2': case 'h3':
        if (c.subheadings.length < 30) c.subheadings.push(el)
        break
      case 'th': case 'dt': case 'td': {
        // "<th>Date Posted:</th><td>10.23.2026 11:46</td>" (DVIDS), "<td>Date:</td><td>08/27/2026</td>", "<dt>Published</dt><dd>…</dd>".
        if (w.inOther || c.dateEls.length >= 12 || !DATE_LABEL_CELL.test(textOf(el).trim())) break
        let sibling = el.next
        while (sibling && !isElement(sibling)) sibling = sibling.next
        if (sibling && isElement(sibling)) c.dateEls.push(sibling)
        break
      }
      case 'a':
        if (/logo/.test(cls)) push5(c.logoLink, a['href'])
        if (w.inLogo) push5(c.logoInner, a['href'])
        if (w.inBrand) push5(c.brandInner, a['href'])
        if (a['rel'] === 'home' && c.brandEls.length < 12) c.brandEls.push(el)
        break
    }
    if (a['itemprop'] === 'datePublished') {
      const v = a['content'] ?? a['datetime'] ?? textOf(el)
      if (v) c.itemDates.push(v)
    }
    let next = w
    // `<aside class="sc-article-side">` beside the article's text holds its release number and date,
    // not other pages' dates.
    const otherAside = name === 'aside' && !ARTICLE_ASIDE.test(`${cls} ${id}`)
    if (name === 'main' || name === 'article' || name === 'aside' || name === 'nav' || name === 'footer' || name === 'head' || a['role'] === 'main') {
      next = {
        ...w,
        inMain: w.inMain || name === 'main' || a['role'] === 'main',
        inArticle: w.inArticle || name === 'article',
        inHead: w.inHead || name === 'head',
        inOther: w.inOther || otherAside || name === 'nav' || (name === 'footer' && !w.inArticle),
        inSidebar: w.inSidebar || otherAside,
        inFooter: w.inFooter || (name === 'footer' && !w.inArticle),
      }
    }
    if (!next.inFooter && !w.inHead && !w.inArticle && FOOTER_HINT.test(`${cls} ${id}`)) next = { ...next, inFooter: true }
    if (next.inFooter && c.copyrightLines.length < 3 && !hasBlockDescendant(el)) {
      const line = textOf(el).replace(/\s+/g, ' ').trim()
      if (line.length <= 200 && COPYRIGHT_START.test(line)) c.copyrightLines.push(line)
    }
    if (cls.length > 0 || id.length > 0) {
      const hint = `${cls} ${id}`
      // The page's own wrappers carry layout classes ("ast-right-sidebar" on <body>) that say nothing about them.
      // Blogger's posts sit in `<div class="widget Blog" id="Blog1">`, the page's main widget.
      const region = name !== 'body' && name !== 'html' && name !== 'main' && name !== 'article' && !BLOGGER_MAIN.test(cls)
      const logo = !w.inLogo && cls.includes('logo')
      const brand = !w.inBrand && cls.includes('brand')
      const other = region && !next.inOther && OTHER_DATES.test(hint)
      const sidebar = region && !next.inSidebar && SIDEBAR.test(hint)
      if (logo || brand || other || sidebar) next = { ...next, inLogo: next.inLogo || logo, inBrand: next.inBrand || brand, inOther: next.inOther || other, inSidebar: next.inSidebar || sidebar }
      if (!next.inOther && !w.inHead && name !== 'time' && DATE_CLASS.test(hint) && c.dateEls.length < 12) c.dateEls.push(el)
      if (!w.inHead && (BRAND_CLASS.test(hint) || /(?:^|\s)banner(?:\s|$)/.test(id)) && !hint.includes('usa-banner') && c.brandEls.length < 12) c.brandEls.push(el)
    }
    if (!w.inSidebar && (LABEL_CLASS.test(cls) || id.includes('breadcrumb') || (a['itemtype'] ?? '').includes('BreadcrumbList') || (name === 'nav' && (a['aria-label'] ?? '').includes('readcrumb')))) c.labelEls.push(el)
    for (const child of el.children) if (isElement(child)) visit(child, next)
  }
  const start: Where = { inMain: false, inArticle: false, inHead: false, inLogo: false, inBrand: false, inOther: false, inSidebar: false, inFooter: false }
  for (const child of root.children) if (isElement(child)) visit(child, start)
  return c
}

function siteUrlOf(c: Collected): string | null {
  for (const list of [c.shortlink, c.alternate, c.logoLink, c.logoInner, c.brandInner, c.icon, c.stylesheet]) {
    for (const href of list) {
      if (!/^https?:\/\//i.test(href)) continue
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

/** An element that is wholly a link to the site's home page ("/", "https://api.gov.vc/"). */
export function linksHome(el: Element): boolean {
  const kids = filledChildren(el)
  const only = kids.length === 1 && kids[0]?.type === 'tag' && (kids[0] as Element).name === 'a' ? (kids[0] as Element) : null
  return only !== null && /^(?:\/|(?:https?:)?\/\/[^/]+\/?)$/i.test((only.attribs['href'] ?? '').trim())
}

/** Names a logo or masthead gives the site: its own short text and its images' `alt`. */
function brandsOf(els: readonly Element[]): string[] {
  const out: string[] = []
  const add = (raw: string | undefined): void => {
    const t = raw === undefined ? null : text(raw)
    if (!t || t.length < 3 || t.length > 80 || t.split(' ').length > 10 || NOT_BRAND.test(t) || out.includes(t)) return
    out.push(t)
  }
  for (const el of els) {
    for (const img of el.name === 'img' ? [el] : descendants(el, new Set(['img']))) add(img.attribs['alt'])
    if (!hasBlockDescendant(el)) add(textOf(el))
    // "<span>GOVERNMENT OF GRENADA</span><span>Government Information Service</span>": each line of a logo too.
    const parts = el.children.filter((x): x is Element => x.type === 'tag' && x.name !== 'img')
    if (parts.length >= 2) for (const part of parts) if (!hasBlockDescendant(part)) add(textOf(part))
  }
  return out.slice(0, 8)
}

export function readPageMeta(root: DomDocument): PageMeta {
  const c = collect(root)
  const metas = c.metas
  const ld: LdFacts = { newsOrg: false, headline: null, published: null, modified: null, publisher: null, siteName: null, types: [], sections: [] }
  for (const raw of c.ldScripts) {
    try {
      walkLd(JSON.parse(raw) as Json, ld, 0)
    } catch {
      // Broken JSON-LD is common; the other sources still count.
    }
  }
  const dates: { value: string; source: string }[] = []
  if (ld.published) dates.push({ value: ld.published, source: 'json-ld' })
  for (const key of DATE_KEYS) {
    const v = metas.get(key)
    if (v) dates.push({ value: compactDate(v), source: `meta:${key}` })
  }
  for (const v of c.itemDates) dates.push({ value: v, source: 'itemprop' })
  const modified: { value: string; source: string }[] = []
  if (ld.modified) modified.push({ value: ld.modified, source: 'json-ld:modified' })
  for (const key of MODIFIED_KEYS) {
    const v = metas.get(key)
    if (v) modified.push({ value: v, source: `meta:${key}` })
  }
  const types = [...ld.types]
  const ogType = metas.get('og:type')
  if (ogType) types.push(ogType)
  const sections = [...ld.sections]
  const section = metas.get('article:section')
  if (section) sections.push(section)
  const labels: string[] = []
  const itemTags = new Set(['li', 'a'])
  for (const el of c.labelEls) {
    const all = textOf(el)
    // Whole articles carry category classes too; labels are short.
    if (all.length > 300) continue
    // Items of a list each count; otherwise the text is split at separators.
    const items = descendants(el, itemTags)
    const texts = items.length > 0 ? items.map((i) => textOf(i)) : all.split(LABEL_SPLIT)
    for (const t of texts) {
      const label = text(t)
      if (label && label.length <= 60 && !labels.includes(label)) labels.push(label)
    }
  }
  const dateTexts: string[] = []
  for (const el of c.dateEls) {
    // "<span>14</span><span>Aug</span><span>2026</span>": a date's parts in elements of their own.
    const t = text(spacedTextOf(el))
    if (t && t.length <= 120 && !dateTexts.includes(t)) dateTexts.push(t)
  }
  const publishingOrg =
    text(metas.get('govuk:primary-publishing-organisation')) ?? text(metas.get('dc.publisher')) ?? text(metas.get('dcterms.publisher'))
  return {
    labels: labels.slice(0, 40),
    publishingOrg,
    newsPublisher: ld.newsOrg,
    siteUrl: siteUrlOf(c),
    timeElement: text(c.timeMain ?? c.timeAny),
    dateTexts: dateTexts.slice(0, 8),
    ogTitle: text(metas.get('og:title')) ?? text(metas.get('twitter:title')),
    ldHeadline: ld.headline,
    docTitle: text(c.title),
    siteName: text(metas.get('og:site_name')) ?? text(metas.get('application-name')) ?? ld.siteName,
    ldPublisher: ld.publisher,
    canonical: text(c.canonical),
    ogUrl: text(metas.get('og:url')),
    lang: text(c.html?.attribs['lang'] ?? null)?.toLowerCase() ?? null,
    dates,
    modified,
    types,
    sections,
    classTokens: c.classTokens,
    brands: brandsOf(c.brandEls),
    footerHolder: c.copyrightLines.map(copyrightHolder).find((h) => h !== null) ?? null,
    h1s: c.h1s,
    subheadings: c.subheadings,
    itemHeadlines: c.itemHeadlines,
    body: c.body ?? c.html,
  }
}
