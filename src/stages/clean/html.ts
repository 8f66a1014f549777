/**
 * HTML pages: parse (htmlparser2 through cheerio/slim: about five times faster than parse5 and
 * forgiving enough for real pages), read the declared metadata, find the headline and the
 * article with a site rule or the general scorer, and turn its blocks into paragraphs.
 */
import { load, type CheerioAPI } from 'cheerio/slim'
import type { Document as DomDocument, Element } from 'domhandler'
import { collectBlocks, filledChildren, type Block, type BlockKind } from './html-blocks.js'
import { extractArticle, makeSkip } from './html-extract.js'
import { linksHome, readPageMeta, textOf, type PageMeta } from './html-meta.js'
import { mendPrintedPages } from './printed.js'
import { publisherByName } from './publisher.js'
import { matchSiteRule, type SiteRule } from './site-rules.js'
import { chromeRuleOf, straightQuotes } from './chrome.js'
import { normalizeBlock } from './normalize.js'
import { looksLikeHeadline } from './head.js'
import { stripSiteSuffix } from './title.js'
import { kindFromLabel } from './kind.js'
import { findDateline } from './byline.js'

export interface HtmlResult {
  readonly paragraphs: readonly string[]
  /** The block kind of each paragraph (list item, table row, heading…). */
  readonly kinds: readonly BlockKind[]
  /** True for a paragraph the page marks as a standfirst or summary (class name), which is head, not body. */
  readonly standfirst: readonly boolean[]
  readonly page: PageMeta
  /** The headline as the page prints it (its `<h1>`, or the heading that opens the article). */
  readonly h1: string | null
  /** Where the headline came from: `h1`, `heading` (an `<h2>`/`<h3>` agreeing with the declared title) or `article-heading`. */
  readonly h1Source: string | null
  readonly rule: SiteRule | null
  /** Up to eight blocks after the headline (label, date, byline live there). */
  readonly afterTitle: readonly string[]
  /**
   * With no headline element found, the short blocks right above the article (a table layout's
   * title row: "Coast Guard Leads … Press Release No. 27/2026 | Monday, 14 December 2026 | …").
   */
  readonly aboveArticle: readonly string[]
  /** Up to four blocks before the headline (a label, a release header). */
  readonly beforeTitle: readonly string[]
  /** Up to four blocks after the article's end marker ("-END-", then the release date). */
  readonly afterEnd: readonly string[]
  /** A kind label the headline's element opens with ("<span class=label>News item</span><br>Headline"). */
  readonly headlineLabel: string | null
}

export function parseHtml(input: string): CheerioAPI {
  return load(input, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } })
}

// A newsroom's end mark after a paragraph's closing sentence ("… he said. -30-", "… 2027. ###").
const TRAILING_END = /(?<=[.!?"”’)])\s+(?:-30-|#{3,})$/u

/**
 * The blocks of the article, cut at an end marker ("-30-", "###"), without a paragraph that
 * repeats the one before it (a summary printed above the article and again inside it, or a
 * mobile and a desktop copy of one block).
 */
function cutAtEnd(blocks: readonly Block[]): { blocks: Block[]; after: string[] } {
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block
    if (chromeRuleOf(b.text)?.end) return { blocks: out, after: blocks.slice(i + 1, i + 5).map((a) => a.text) }
    // "… safer communities here,” he said. -30-": the mark printed at the end of the last paragraph.
    const marked = TRAILING_END.exec(b.text)
    if (marked) {
      out.push({ ...b, text: b.text.slice(0, marked.index) })
      return { blocks: out, after: blocks.slice(i + 1, i + 5).map((a) => a.text) }
    }
    if (b.kind !== 'row' && b.text.length >= 40 && b.text === out[out.length - 1]?.text) continue
    out.push(b)
  }
  return { blocks: out, after: [] }
}

// Bars above the page whose date is today's, not the article's ("top-bar", a news ticker).
const TOP_BAR = /top-?bar|ticker|breaking|utility|header-top/i

function inTopBar(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent?.type === 'tag' ? (p.parent as Element) : null) {
    if (p.name === 'body' || p.name === 'main' || p.name === 'article') return false
    const hint = `${p.attribs['class'] ?? ''} ${p.attribs['id'] ?? ''}`
    if (hint.length > 1 && TOP_BAR.test(hint)) return true
  }
  return false
}

/**
 * The blocks around the headline (where labels, dates and bylines are). When the article
 * choice set the headline's region aside (a "page-header" box), the page is walked again.
 */
function blocksAroundTitle(all: readonly Block[], h1: Element | null, body: Element): { before: string[]; after: string[] } {
  if (!h1) return { before: [], after: [] }
  let list = all
  let i = list.findIndex((b) => b.owner === h1)
  if (i < 0) {
    list = collectBlocks(body, { skip: makeSkip(new Set()) })
    i = list.findIndex((b) => b.owner === h1)
  }
  if (i < 0) return { before: [], after: [] }
  const before = list.slice(Math.max(0, i - 4), i).filter((b) => !inTopBar(b.owner))
  return { before: before.map((b) => b.text), after: list.slice(i + 1, i + 9).map((b) => b.text) }
}

function titleKey(text: string): string {
  return straightQuotes(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** True when `title` is the site's name (its own or a known publisher's) or a generic page name rather than a headline. */
export function isSiteTitle(title: string, page: PageMeta): boolean {
  const key = titleKey(title)
  if (key.length === 0 || /^(?:home|homepage|home page|welcome|news|news stories|latest news|press releases?|media|media centre|media center|newsroom)$/.test(key)) return true
  if (publisherByName(title.trim()) !== null) return true
  const names = [page.siteName, ...page.brands, page.footerHolder].filter((n): n is string => n !== null).map(titleKey)
  return names.some((n) => n === key || (n.length > 0 && (n.includes(key) || (key.includes(n) && key.length - n.length < 12))))
}

/**
 * The headline element. Pages often have several `<h1>`s (a logo, a section name, the
 * headline): the one agreeing with the declared title wins, else the first inside main content,
 * else the first; a logo `<h1>` (no text, or the site's name) is none. With no `<h1>`, an
 * `<h2>`/`<h3>` agreeing with the declared title is the headline.
 */
function pickHeadline(page: PageMeta): { el: Element; source: string } | null {
  const declared = [page.ogTitle, page.ldHeadline, page.docTitle].filter((t): t is string => t !== null).map(titleKey)
  // (A blog's `<h1 class="title"><a href="https://api.gov.vc/">Agency for Public Information SVG</a></h1>`,
  // wholly a link home, names the site too.)
  const h1s = page.h1s.filter((h) => {
    const t = normalizeBlock(textOf(h.el))
    return t.length > 0 && !((isSiteTitle(t, page) || linksHome(h.el)) && t.split(' ').length <= 8)
  })
  // `loose`: the heading may also hold more than the declared title (an <h1> with a kicker).
  const agreeing = (els: readonly Element[], loose: boolean): Element | null => {
    // The longest agreeing one: a <title> holds the site name as well as the headline.
    let best: Element | null = null
    let bestLength = 0
    for (const el of els) {
      const key = titleKey(textOf(el))
      if (key.length > bestLength && key.length >= 12 && declared.some((d) => d.includes(key) || (loose && key.includes(d)))) {
        best = el
        bestLength = key.length
      }
    }
    return best
  }
  if (h1s.length === 1 && h1s[0]) return { el: h1s[0].el, source: 'h1' }
  if (h1s.length > 1) {
    const agree = agreeing(h1s.map((h) => h.el), true)
    if (agree) return { el: agree, source: 'h1' }
    const first = h1s.find((h) => h.inMain) ?? h1s[0]
    if (first) return { el: first.el, source: 'h1' }
  }
  // No headline <h1>: the one element the page's microdata marks as the headline (Joomla's
  // `<h2 itemprop="headline">` under a site-name <h1>).
  const item = page.itemHeadlines.length === 1 ? page.itemHeadlines[0] : undefined
  if (h1s.length === 0 && item && looksLikeHeadline(normalizeBlock(textOf(item))) && !isSiteTitle(normalizeBlock(textOf(item)), page)) return { el: item, source: 'itemprop-headline' }
  // A section's name in a side menu ("Media Centre") agrees with a <title> that holds only it.
  const sub = agreeing(page.subheadings.filter((el) => !isSiteTitle(normalizeBlock(textOf(el)), page)), false)
  return sub ? { el: sub, source: 'heading' } : null
}

/**
 * A page whose declared titles only name the site ("Belize Coast Guard | Home") and that has no
 * headline element: the heading that opens the article is the headline, or, when the article
 * found starts below it, the heading right above the article (past a date or label line).
 */
function articleHeading(blocks: readonly Block[], page: PageMeta, all: readonly Block[]): Block | null {
  const declared = [page.ogTitle, page.ldHeadline, page.docTitle].filter((t): t is string => t !== null)
  if (declared.some((d) => !isSiteTitle(stripSiteSuffix(d, page.siteName), page))) return null
  const isHeadline = (b: Block): boolean => (b.kind === 'heading' || headlineByClass(b.owner)) && looksLikeHeadline(b.text) && b.text.split(' ').length >= 4 && !isSiteTitle(b.text, page)
  for (const b of blocks.slice(0, 6)) {
    if (isHeadline(b)) return b
    // The article's text has begun: a headline can only stand above it.
    if (b.text.length > 200) break
  }
  const first = blocks[0] ? all.indexOf(blocks[0]) : -1
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) {
    const b = all[k] as Block
    if (isHeadline(b)) return b
    // Past a photo's caption ("… Photo: SENAN Public Relations Directorate.") or a line of
    // labelled fields ("Published: 01/14/2027 | Visits: 1,204 | Print"), not past prose.
    if (b.text.length > 60 && !BETWEEN_HEADLINE_AND_TEXT.test(b.text)) return null
  }
  return null
}

/** A caption's credit or a bar of labelled fields, printed between a headline and its article. */
const BETWEEN_HEADLINE_AND_TEXT = /\b(?:photos?|fotos?|images?|credits?)\s*:|^(?:published|posted|date|fecha|publicado)\b[^|]*\s\|\s/i

// A class naming an article's headline on a page that prints it outside a heading element:
// Joomla's table cell "contentheading", "entry-title", "article-headline", "news_title", and
// the Spanish "titulo", "titular", "titulo-noticia".
const HEADLINE_CLASS = /(?:^|\s)(?:contentheading|componentheading|headline|[\w-]*?(?:article|entry|post|story|news)[-_]?(?:title|heading|headline)|titulo|titular|titulo[-_]?(?:noticia|nota|articulo)|(?:noticia|nota|articulo)[-_]?titulo)(?:\s|$)/i

/** Whether `el`, or one of its children (the cell of a table row), has a headline's class. */
function headlineByClass(el: Element): boolean {
  if (HEADLINE_CLASS.test(el.attribs['class'] ?? '')) return true
  return el.children.some((c) => c.type === 'tag' && HEADLINE_CLASS.test((c as Element).attribs['class'] ?? ''))
}

// A class naming a standfirst or dek printed under the headline ("standfirst", "article-dek",
// BEM "article-hero__standfirst", the Spanish "bajada", Plone's "documentDescription", EasyDNNnews's
// "edn_articleSummary", a page's "Page-description"), or the attribution line set apart above a
// readout ("attribution"); a modifier such as Drupal's "field--type-text-with-summary" names what
// the field can hold, not what it is.
const STANDFIRST = /^(?:(?:article|post|entry|story|page|hero|news|content|node)[-_])?(?:standfirst|strapline|dek|deck|lede|bajada|copete|entradilla)$|^(?:article|post|story|page|news|node)[-_](?:description|summary|subtitle)$|^documentDescription$|^attribution$|^(?:edn_)?articleSummary$/i

function isStandfirst(el: Element): boolean {
  for (let p: Element | null = el, up = 0; p && up < 3; p = p.parent?.type === 'tag' ? (p.parent as Element) : null, up++) {
    if (p.name === 'article' || p.name === 'main' || p.name === 'body') return false
    for (const token of (p.attribs['class'] ?? '').split(/\s+/)) {
      // BEM: "article-hero__standfirst" by its element, "news__summary" by block and element.
      if (token.length > 0 && (STANDFIRST.test(token.split('__').pop() ?? '') || STANDFIRST.test(token.replace(/__/g, '_')))) return true
    }
  }
  return false
}

/**
 * Bootstrap's `<p class="lead">` under a headline: a summary set in large type ("Las fuerzas
 * aéreas … aprobaron un operativo combinado"), unless it opens with the dateline, when it is
 * the story's first paragraph ("WILLEMSTAD – The Dutch Caribbean Coast Guard …").
 */
function leadParagraph(b: Block): boolean {
  return b.owner.name === 'p' && (b.owner.attribs['class'] ?? '').split(/\s+/).includes('lead') && findDateline(b.text) === null
}

/** `$`: the page already parsed (by `parseHtml`), when the caller has it. */
export function cleanHtml(input: string, url: string | null, $: CheerioAPI = parseHtml(input)): HtmlResult {
  const root = $.root().get(0) as unknown as DomDocument
  const page = readPageMeta(root)
  const picked = pickHeadline(page)
  let h1El = picked?.el ?? null
  let h1Source = picked?.source ?? null
  let h1 = h1El ? normalizeBlock(textOf(h1El)) || null : null
  const body = page.body
  if (!body) return { paragraphs: [], kinds: [], standfirst: [], page, h1, h1Source, rule: null, afterTitle: [], beforeTitle: [], afterEnd: [], headlineLabel: null, aboveArticle: [] }
  const rule = matchSiteRule(url ?? page.canonical ?? page.ogUrl ?? page.siteUrl)
  const byRule = rule ? rule.extract(root, h1El) : null
  let blocks: Block[]
  let all: readonly Block[]
  if (byRule) {
    blocks = byRule
    all = []
  } else {
    const found = extractArticle(body, new Set(), h1El)
    blocks = [...found.blocks]
    all = found.all
  }
  if (!h1El) {
    const heading = articleHeading(blocks, page, all)
    if (heading) {
      h1El = heading.owner
      h1 = heading.text
      h1Source = 'article-heading'
      blocks = blocks.filter((b) => b.owner !== h1El)
    }
  }
  const lead = h1El && h1 ? leadingLabel(h1El, h1) : null
  if (lead) h1 = lead.rest
  const cut = cutAtEnd(mendPrintedPages(blocks))
  blocks = dropBeforeHeadline(cut.blocks, all, h1El)
  const around = blocksAroundTitle(all, h1El, body)
  const firstAt = !h1El && blocks[0] ? all.indexOf(blocks[0]) : -1
  const aboveArticle = firstAt > 0 ? all.slice(Math.max(0, firstAt - 2), firstAt).filter((b) => b.text.length < 300 && !inTopBar(b.owner)).map((b) => b.text) : []
  return {
    paragraphs: blocks.map((b) => b.text),
    kinds: blocks.map((b) => b.kind),
    standfirst: blocks.map((b) => isStandfirst(b.owner) || leadParagraph(b)),
    page,
    h1,
    h1Source,
    rule,
    afterTitle: around.after,
    beforeTitle: around.before,
    afterEnd: cut.after,
    headlineLabel: lead?.label ?? null,
    aboveArticle,
  }
}

/**
 * A kind's label printed inside the headline's element, before the headline ("<td
 * class=contentheading><span class=label>News item</span><br>Eight Officers Qualify…"): its own
 * first child, a page label, not part of the title.
 */
function leadingLabel(el: Element, text: string): { label: string; rest: string } | null {
  let kids = filledChildren(el)
  // The block may be the row or cell around the heading: go down while it holds one element.
  while (kids.length === 1 && kids[0]?.type === 'tag') kids = filledChildren(kids[0] as Element)
  const first = kids[0]
  if (!first || first.type !== 'tag' || kids.length < 2) return null
  const label = normalizeBlock(textOf(first as Element))
  if (label.length === 0 || label.length > 40 || !text.startsWith(label) || kindFromLabel(label) === null) return null
  const rest = text.slice(label.length).replace(/^[\s:|–—-]+/, '')
  return rest.split(' ').length >= 3 ? { label, rest } : null
}

/**
 * Short blocks the article choice took in from above the headline (a top bar with today's
 * date, a "breaking news" ticker, a section label) are not body: the article starts under its
 * headline. Kept when they are long (a page whose headline sits below its text).
 */
function dropBeforeHeadline(blocks: readonly Block[], all: readonly Block[], headline: Element | null): Block[] {
  if (!headline) return [...blocks]
  const at = all.findIndex((b) => b.owner === headline)
  if (at < 0) return [...blocks]
  const before = new Set(all.slice(0, at))
  let n = 0
  // Only lines that are not sentences go: an introduction printed above the headline stays.
  while (n < blocks.length && before.has(blocks[n] as Block) && blocks[n]!.text.length < 160 && !/[.!?]["'”’)]?$/.test(blocks[n]!.text)) n++
  return n === blocks.length ? [...blocks] : blocks.slice(n)
}

/**
 * A document viewer's page ("PR 27-004 Bolivia Flood Relief.pdf - Document Viewer"): the release is
 * the text of its `<pre>` blocks, as a text dump, with the page's toolbar around it. The blocks'
 * hard-wrapped paragraphs are joined (a block of long lines, none centred or in two columns; the
 * dump reader splits a two-column head line). Null when the page's text is not mostly preformatted.
 */
export function preformattedDump($: CheerioAPI): string | null {
  const pre = $('pre')
    .map((_, el) => $(el).text())
    .get()
    .join('\n\n')
  const letters = (t: string): number => t.replace(/\s+/g, '').length
  const all = letters($('body').text())
  if (letters(pre) < 400 || letters(pre) < 0.6 * all) return null
  const out: string[] = []
  for (const block of pre.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l.trim().length > 0)
    const prose =
      lines.length >= 2 && lines.every((l) => !/\S\s{6,}\S/.test(l)) && lines.slice(0, -1).every((l) => l.trim().length >= 50 && !/^\s{6,}/.test(l))
    out.push(prose ? lines.map((l) => l.trim()).join(' ') : lines.map((l) => l.trim()).join('\n'))
  }
  return out.join('\n\n')
}
