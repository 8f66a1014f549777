/**
 * General main-content extraction. Every text block gets a weight (positive for prose, negative
 * for short or link-heavy chrome); every element scores the sum of the weights of the blocks
 * inside it; the element with the best sum is the article. This "maximum subtree" keeps bodies
 * that are split across siblings (ads between paragraphs) and stops climbing where navigation
 * and sidebars would cost more than they add. The chosen blocks are then filtered line by line.
 */
import type { Element } from 'domhandler'
import { collectBlocks, type Block } from './html-blocks.js'
import { isChromeLine } from './chrome.js'

// Class/id words of page furniture (after readability's `unlikelyCandidates`, plus our domain's).
const UNLIKELY =
  /-ad-|\bads?\b|ad-?slot|advert|ai2html|banner|breadcrumb|combx|comment|community|cookie|consent|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|sharing|newsletter|subscribe|promo|skip-?link|toolbar|masthead|navbar|\bnav\b|outbrain|taboola|recirc|signup|paywall|most-?popular|trending|print-?only|visually-?hidden|sr-only|screen-?reader/i
// Words that rescue an element from UNLIKELY (readability's `okMaybeItsACandidate`).
const MAYBE = /and|article|body|column|content|main|shadow|story|entry|post-?text/i
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search'])
// Never the article: whole regions of page chrome.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'figcaption'])
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|release/i
const NEGATIVE = /-ad-|hidden|\bhid\b|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|caption|credit/i

function hintOf(el: Element): string {
  const cls = el.attribs['class'] ?? ''
  const id = el.attribs['id'] ?? ''
  return cls.length + id.length > 0 ? `${cls} ${id}` : ''
}

function isHidden(el: Element): boolean {
  const a = el.attribs
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true
  const style = a['style']
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}

/** The pruning used before scoring; `strict` also drops elements whose class names look like chrome. */
export function makeSkip(strict: boolean, extra: ReadonlySet<Element>): (el: Element) => boolean {
  return (el) => {
    if (extra.has(el)) return true
    if (isHidden(el)) return true
    const role = el.attribs['role']
    if (role !== undefined && UNLIKELY_ROLES.has(role)) return true
    if (!strict) return false
    if (CHROME_TAGS.has(el.name)) return true
    if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false
    const hint = hintOf(el)
    return hint.length > 0 && UNLIKELY.test(hint) && !MAYBE.test(hint)
  }
}

/** How much a block looks like article prose: its non-link characters, minus a cost per block and per link character. */
export function blockWeight(b: Block): number {
  const plain = b.chars - b.linkChars
  if (b.kind === 'caption') return -20
  let w = plain - 3 * b.linkChars - 25
  // Sentences carry punctuation; menus and tag clouds do not.
  if (plain > 60 && /[.!?。]["'”’)]?(\s|$)/.test(b.text)) w += 20
  return w
}

function elementBonus(el: Element): number {
  const hint = hintOf(el)
  let bonus = 0
  if (el.name === 'article' || el.name === 'main') bonus += 60
  if (el.attribs['itemprop'] === 'articleBody') bonus += 200
  if (hint.length > 0) {
    if (POSITIVE.test(hint)) bonus += 40
    if (NEGATIVE.test(hint)) bonus -= 40
  }
  return bonus
}

export interface Extraction {
  readonly blocks: readonly Block[]
  readonly root: Element
}

/** Picks the element whose blocks weigh most; ties go to the deeper element. */
export function pickRoot(blocks: readonly Block[], top: Element): Element {
  const sums = new Map<Element, number>()
  const depth = new Map<Element, number>()
  for (const b of blocks) {
    const w = blockWeight(b)
    let el: Element | null = b.owner
    while (el) {
      sums.set(el, (sums.get(el) ?? 0) + w)
      if (el === top) break
      const parent: unknown = el.parent
      el = parent !== null && typeof parent === 'object' && (parent as Element).type === 'tag' ? (parent as Element) : null
    }
  }
  let best: Element = top
  let bestScore = -Infinity
  for (const [el, sum] of sums) {
    const score = sum + (sum > 0 ? elementBonus(el) : 0)
    if (score > bestScore || (score === bestScore && depthOf(el, depth) > depthOf(best, depth))) {
      best = el
      bestScore = score
    }
  }
  return best
}

function depthOf(el: Element, cache: Map<Element, number>): number {
  const known = cache.get(el)
  if (known !== undefined) return known
  let d = 0
  for (let p = el.parent; p; p = p.parent) d++
  cache.set(el, d)
  return d
}

function isInside(el: Element, root: Element): boolean {
  for (let p: Element | null = el; p; p = p.parent as Element | null) if (p === root) return true
  return false
}

/** Drops chrome blocks inside the chosen article: link lists, captions, known boilerplate lines. */
export function filterBlocks(blocks: readonly Block[]): Block[] {
  return blocks.filter((b) => {
    if (b.kind === 'caption') return false
    if (b.chars > 0 && b.linkChars / b.chars > 0.5 && b.chars < 400) return false
    return !isChromeLine(b.text)
  })
}

/** Extracts the article blocks under `body`; `skipExtra` are elements site rules removed. */
export function extractArticle(body: Element, skipExtra: ReadonlySet<Element>): Extraction {
  for (const strict of [true, false]) {
    const all = collectBlocks(body, { skip: makeSkip(strict, skipExtra) })
    const root = pickRoot(all, body)
    const blocks = filterBlocks(all.filter((b) => isInside(b.owner, root)))
    const chars = blocks.reduce((n, b) => n + b.chars, 0)
    if (chars >= 200 || !strict) return { blocks, root }
  }
  /* c8 ignore next */
  return { blocks: [], root: body }
}
