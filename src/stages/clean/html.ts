/**
 * HTML pages: parse (htmlparser2 through cheerio/slim: about five times faster than parse5 and
 * forgiving enough for real pages), read the declared metadata, find the article with a site
 * rule or the general scorer, and turn its blocks into paragraphs.
 */
import { load, type CheerioAPI } from 'cheerio/slim'
import type { Element } from 'domhandler'
import { collectBlocks, type Block, type BlockKind } from './html-blocks.js'
import { extractArticle, makeSkip } from './html-extract.js'
import { readPageMeta, type PageMeta } from './html-meta.js'
import { matchSiteRule, type SiteRule } from './site-rules.js'
import { chromeRuleOf } from './chrome.js'
import { normalizeBlock } from './normalize.js'

export interface HtmlResult {
  readonly paragraphs: readonly string[]
  /** The block kind of each paragraph (list item, table row, heading…). */
  readonly kinds: readonly BlockKind[]
  readonly page: PageMeta
  readonly h1: string | null
  readonly rule: SiteRule | null
  /** Up to eight blocks after the page's `<h1>` (label, date, byline live there). */
  readonly afterTitle: readonly string[]
  /** Up to four blocks before the `<h1>` (a label, a release header). */
  readonly beforeTitle: readonly string[]
}

export function parseHtml(input: string): CheerioAPI {
  return load(input, { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } })
}

/**
 * The blocks of the article, cut at an end marker ("-30-", "###"), without a paragraph that
 * repeats the one before it (a summary printed above the article and again inside it, or a
 * mobile and a desktop copy of one block).
 */
function cutAtEnd(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const b of blocks) {
    if (chromeRuleOf(b.text)?.end) break
    if (b.kind !== 'row' && b.text.length >= 40 && b.text === out[out.length - 1]?.text) continue
    out.push(b)
  }
  return out
}

function blocksAroundTitle(all: readonly Block[], h1: Element | null): { before: string[]; after: string[] } {
  const i = h1 ? all.findIndex((b) => b.owner === h1) : -1
  if (i < 0) return { before: [], after: [] }
  return { before: all.slice(Math.max(0, i - 4), i).map((b) => b.text), after: all.slice(i + 1, i + 9).map((b) => b.text) }
}

/**
 * The headline `<h1>`: pages often have several (a logo, a section name, the headline). The
 * one agreeing with the declared title wins, else the first inside main content, else the first.
 */
function pickH1($: CheerioAPI, page: PageMeta): Element | null {
  const all = $('h1').toArray().filter((el): el is Element => el.type === 'tag').slice(0, 8)
  if (all.length <= 1) return all[0] ?? null
  const declared = [page.ogTitle, page.ldHeadline, page.docTitle].filter((t): t is string => t !== null).map(titleKey)
  // The longest agreeing one: a <title> holds the site name as well as the headline.
  let agreeing: Element | null = null
  let agreeingLength = 0
  for (const el of all) {
    const key = titleKey($(el).text())
    if (key.length > agreeingLength && declared.some((d) => d.includes(key) || key.includes(d))) {
      agreeing = el
      agreeingLength = key.length
    }
  }
  if (agreeing) return agreeing
  return all.find((el) => $(el).closest('main, article, [role=main]').length > 0) ?? all[0] ?? null
}

function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

export function cleanHtml(input: string, url: string | null): HtmlResult {
  const $ = parseHtml(input)
  const page = readPageMeta($)
  const h1El = pickH1($, page)
  const h1 = h1El ? normalizeBlock($(h1El).text()) || null : null
  const body = $('body').get(0) ?? $('html').get(0) ?? null
  if (!body) return { paragraphs: [], kinds: [], page, h1, rule: null, afterTitle: [], beforeTitle: [] }
  const rule = matchSiteRule(url ?? page.canonical ?? page.ogUrl ?? page.siteUrl)
  const byRule = rule ? rule.extract($, h1El) : null
  let blocks: Block[]
  let all: readonly Block[]
  if (byRule) {
    blocks = byRule
    all = h1El ? collectBlocks(body, { skip: makeSkip(new Set()) }) : []
  } else {
    const found = extractArticle(body, new Set(), h1El)
    blocks = [...found.blocks]
    all = found.all
  }
  blocks = cutAtEnd(blocks)
  const around = blocksAroundTitle(all, h1El)
  return { paragraphs: blocks.map((b) => b.text), kinds: blocks.map((b) => b.kind), page, h1, rule, afterTitle: around.after, beforeTitle: around.before }
}
