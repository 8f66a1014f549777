/**
 * General main-content extraction, in the manner of Mozilla's readability (its scoring has been
 * tuned on the most sites), run over our own text blocks and followed by our own pruning:
 *
 * 1. Walk the page once into blocks, leaving out scripts, hidden elements (but not tab panels
 *    and accordion answers, which open on a click), ARIA regions of chrome and elements whose
 *    class/id is never the article (comments, share bars, cookies).
 * 2. Set aside likely furniture (nav, aside, footer, form; class names such as sidebar, header,
 *    menu) unless it holds most of the page's prose (whole pages inside an ASP.NET <form>) or
 *    is a callout `<aside>` of prose.
 * 3. Score: every paragraph-like block scores 1 + commas + one point per 100 characters (up to
 *    3), credited to its container in full, the next ancestor by half, older ones by 1/(3·level);
 *    elements start from a tag bonus and ±25 for class/id hints (data/class-hints.json), and
 *    end scaled by (1 − link density). Each <section> also scores as one paragraph.
 * 4. Choose the best element, move up where several strong candidates share an ancestor or the
 *    parent scores higher, and join siblings that score well or read as prose (and the other
 *    tabs of a tab set). Set-aside regions inside the article right after a heading of their
 *    own are sections of it and come back.
 * 5. Clean inside: drop containers that are mostly links (but not lists of facts that link
 *    their names, nor lists under a heading of their own) or have a negative class, captions,
 *    the headline, link lines (but not sentences that link a phrase, nor linked headings over
 *    their text) and known chrome lines (data/chrome-lines.json).
 * When that leaves under 500 characters, step 2 is undone and the choice made again.
 */
import type { AnyNode, Element } from 'domhandler'
import { z } from 'zod'
import hintData from './data/class-hints.json' with { type: 'json' }
import { collectBlocks, filledChildren, type Block } from './html-blocks.js'
import { chromeRuleOf } from './chrome.js'
import { isPageNumber } from './printed.js'
import { findDateline } from './byline.js'

const HintFile = z.object({ revealable: z.string(), neutral: z.string(), unlikely: z.string(), never: z.string(), adSlot: z.string(), maybe: z.string(), positive: z.string(), negative: z.string() })
const hints = HintFile.parse(hintData)
const NEUTRAL = new RegExp(hints.neutral, 'gi')
const REVEALABLE = new RegExp(hints.revealable, 'i')
const UNLIKELY = new RegExp(hints.unlikely, 'i')
const NEVER = new RegExp(hints.never, 'i')
// An advertisement's slot inside the article ("ad-slot ad-inarticle"): skipped even when its class names the article.
const AD_SLOT = new RegExp(hints.adSlot, 'i')
const MAYBE = new RegExp(hints.maybe, 'i')
const POSITIVE = new RegExp(hints.positive, 'i')
const NEGATIVE = new RegExp(hints.negative, 'i')
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search'])
// Never the article: whole regions of page chrome.
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'figcaption'])
// Blocks that count as paragraphs when scoring (readability scores p, td, pre, section, h2-h6 and text-only divs).
const SCORED_KINDS = new Set(['p', 'pre', 'other', 'row', 'quote'])
// Containers that may be dropped from inside the article when they look like chrome.
const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'aside', 'header', 'footer', 'nav', 'figure', 'form', 'fieldset', 'details', 'span'])
// Non-link characters that make a list item more than a link.
const ITEM_TEXT_CHARS = 8
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g

/**
 * Hidden by attribute or inline style, unless it is a tab panel or an accordion/FAQ answer:
 * those load hidden and open on a click, and their text is part of the page.
 */
function isHidden(el: Element): boolean {
  const a = el.attribs
  const style = a['style']
  const hidden = a['hidden'] !== undefined || a['aria-hidden'] === 'true' || (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))
  if (!hidden) return false
  if (a['role'] === 'tabpanel') return false
  const hint = hintOf(el)
  return hint.length === 0 || !REVEALABLE.test(hint)
}

/** The class attribute without classes that only look like chrome ("hidden-xs", "field--label-hidden"). */
function classOf(el: Element): string {
  const cls = el.attribs['class']
  return cls ? cls.replace(NEUTRAL, ' ') : ''
}

function hintOf(el: Element): string {
  const cls = classOf(el)
  const id = el.attribs['id'] ?? ''
  return cls.length + id.length > 0 ? `${cls} ${id}` : ''
}

/**
 * What the walk always leaves out: hidden elements, ARIA regions of chrome, elements whose
 * class/id names something that is never the article (comments, share bars, cookie notices),
 * and `extra` (site-rule removals).
 */
export function makeSkip(extra: ReadonlySet<Element>): (el: Element) => boolean {
  return (el) => {
    if (extra.has(el)) return true
    if (isHidden(el)) return true
    const role = el.attribs['role']
    if (role !== undefined && UNLIKELY_ROLES.has(role)) return true
    if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false
    const hint = hintOf(el)
    if (hint.length === 0) return false
    if (AD_SLOT.test(hint) || (NEVER.test(hint) && !MAYBE.test(hint))) return true
    // BEM names ("gis-article__caption", "post__share"): the part after "__" says what the element is.
    return bemElements(hint).some((part) => NEVER.test(part) && !MAYBE.test(part))
  }
}

/** The element parts of BEM class names ("gis-article__caption" → "caption"), modifiers cut off. */
function bemElements(hint: string): string[] {
  const parts: string[] = []
  for (const token of hint.split(/\s+/)) {
    const at = token.lastIndexOf('__')
    if (at > 0) parts.push(token.slice(at + 2).split('--')[0] ?? '')
  }
  return parts.filter((p) => p.length > 0)
}

/** Elements that look like page furniture by tag or class/id (readability's "unlikely candidates"). */
function looksUnlikely(el: Element): boolean {
  if (CHROME_TAGS.has(el.name)) return true
  if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false
  const hint = hintOf(el)
  return hint.length > 0 && UNLIKELY.test(hint) && !MAYBE.test(hint)
}

/** readability's class weight: ±25 for the class and again for the id. */
export function classWeight(el: Element): number {
  let w = 0
  const cls = classOf(el)
  const id = el.attribs['id']
  if (cls) {
    if (NEGATIVE.test(cls)) w -= 25
    if (POSITIVE.test(cls)) w += 25
  }
  if (id) {
    if (NEGATIVE.test(id)) w -= 25
    if (POSITIVE.test(id)) w += 25
  }
  if (el.attribs['itemprop'] === 'articleBody') w += 25
  return w
}

function tagBonus(tag: string): number {
  switch (tag) {
    case 'div': case 'article': case 'main': case 'section':
      return 5
    case 'pre': case 'td': case 'blockquote':
      return 3
    case 'address': case 'ol': case 'ul': case 'dl': case 'dd': case 'dt': case 'li': case 'form':
      return -3
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': case 'th':
      return -5
    default:
      return 0
  }
}

function parentElement(el: Element): Element | null {
  const p = el.parent
  return p !== null && p.type === 'tag' ? (p as Element) : null
}

interface Stats {
  chars: number
  linkChars: number
  commas: number
  /** Characters inside list items, and paragraph blocks. */
  listChars: number
  /** List items, and those with text of their own besides a link ("Meals on Wheels (512) 476-6325"). */
  items: number
  textItems: number
  /** Non-link characters of prose-like blocks (not mostly links). */
  prose: number
  paragraphs: number
  score: number
  scored: boolean
}

function countCommas(text: string): number {
  return text.match(COMMAS)?.length ?? 0
}

/** Text statistics of every element holding a block, and readability scores of candidates. */
function measure(blocks: readonly Block[], top: Element): Map<Element, Stats> {
  const stats = new Map<Element, Stats>()
  const get = (el: Element): Stats => {
    let s = stats.get(el)
    if (!s) {
      s = { chars: 0, linkChars: 0, commas: 0, listChars: 0, items: 0, textItems: 0, prose: 0, paragraphs: 0, score: 0, scored: false }
      stats.set(el, s)
    }
    return s
  }
  for (const b of blocks) {
    const commas = countCommas(b.text)
    const prose = b.linkChars * 2 < b.chars ? b.chars - b.linkChars : 0
    const textItem = b.kind === 'item' && b.chars - b.linkChars >= ITEM_TEXT_CHARS
    for (let el: Element | null = b.owner; el; el = el === top ? null : parentElement(el)) {
      const s = get(el)
      s.prose += prose
      s.chars += b.chars
      s.linkChars += b.linkChars
      s.commas += commas
      if (b.kind === 'item') {
        s.listChars += b.chars
        s.items++
        if (textItem) s.textItems++
      }
      if (b.kind === 'p') s.paragraphs++
    }
    if (b.text.length < 25 || !(SCORED_KINDS.has(b.kind) || (b.kind === 'heading' && b.owner.name !== 'h1'))) continue
    // A paragraph's container is its parent; loose text's container is the element holding it.
    // A table row stands for its cells, whose container is the row itself.
    credit(b.loose || b.kind === 'row' || b.owner === top ? b.owner : parentElement(b.owner), 1 + commas + 1 + Math.min(Math.floor(b.text.length / 100), 3))
  }
  // readability also scores each <section> as one paragraph, crediting the section's container:
  // pages split into many sections then rank the element holding them all.
  for (const [el, s] of [...stats]) {
    if (el.name !== 'section' || el === top || s.chars < 25) continue
    credit(parentElement(el), 1 + s.commas + 1 + Math.min(Math.floor(s.chars / 100), 3))
  }
  return stats

  function credit(first: Element | null, score: number): void {
    let level = 0
    for (let el = first; el && level < 5; el = el === top ? null : parentElement(el), level++) {
      const s = get(el)
      if (!s.scored) {
        s.scored = true
        s.score += tagBonus(el.name) + classWeight(el)
      }
      s.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3)
    }
  }
}

function linkDensity(s: Stats | undefined): number {
  return s && s.chars > 0 ? s.linkChars / s.chars : 0
}

function finalScore(stats: Map<Element, Stats>, el: Element): number {
  const s = stats.get(el)
  return s?.scored ? s.score * (1 - linkDensity(s)) : 0
}

function ancestorsOf(el: Element, top: Element): Element[] {
  const out: Element[] = []
  for (let p = parentElement(el); p; p = p === top ? null : parentElement(p)) out.push(p)
  return out
}

/** The article element: readability's top candidate with its climbing rules. */
function pickTopCandidate(stats: Map<Element, Stats>, top: Element): Element {
  const ranked = [...stats.keys()].filter((el) => stats.get(el)?.scored && el !== top)
  ranked.sort((a, b) => finalScore(stats, b) - finalScore(stats, a))
  let best = ranked[0]
  if (!best) return top
  const bestScore = finalScore(stats, best)
  // Several strong candidates under one ancestor: the ancestor is the article.
  const alternatives = ranked.slice(1, 5).filter((el) => finalScore(stats, el) / bestScore >= 0.75).map((el) => ancestorsOf(el, top))
  if (alternatives.length >= 3) {
    for (let p = parentElement(best); p && p !== top; p = parentElement(p)) {
      const holder: Element = p
      if (alternatives.filter((list) => list.includes(holder)).length >= 3) {
        best = holder
        break
      }
    }
  }
  // A parent scoring higher than the candidate holds more of the article.
  let lastScore = finalScore(stats, best)
  const threshold = lastScore / 3
  for (let p = parentElement(best); p && p !== top; p = parentElement(p)) {
    if (!stats.get(p)?.scored) continue
    const score = finalScore(stats, p)
    if (score < threshold) break
    if (score > lastScore) {
      best = p
      break
    }
    lastScore = score
  }
  // An only child: its parent's siblings may hold the rest of the article.
  for (let p = parentElement(best); p && p !== top && p.children.filter((c) => c.type === 'tag').length === 1; p = parentElement(p)) best = p
  return best
}

/** The blocks an element holds, its own and its descendants', in document order. */
function descendantBlocks(el: Element, byOwner: Map<Element, Block[]>): Block[] {
  const out: Block[] = [...(byOwner.get(el) ?? [])]
  for (const c of el.children) if (c.type === 'tag') out.push(...descendantBlocks(c, byOwner))
  return out
}

function textOfBlocks(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(' ')
}

/**
 * An element and its only child, and that one's only child (a few levels down): a table row whose
 * one cell is `<td class="prbody">` is that cell, for telling which rows hold the release's text
 * ("a photo row between two cells of the release").
 */
function soleChain(el: Element): Element[] {
  const out: Element[] = []
  for (let at: Element | undefined = el; at && out.length < 3; ) {
    out.push(at)
    const tags: Element[] = at.children.filter((c): c is Element => c.type === 'tag')
    at = tags.length === 1 ? tags[0] : undefined
  }
  return out
}

/** The first class along an element's sole chain. */
function soleClass(el: Element): string {
  return soleChain(el).map((x) => x.attribs['class'] ?? '').find((c) => c !== '') ?? ''
}

/** The best score along an element's sole chain (a row scores less than its one cell). */
function soleScore(stats: Map<Element, Stats>, el: Element): number {
  return Math.max(0, ...soleChain(el).filter((x) => stats.get(x)?.scored).map((x) => finalScore(stats, x)))
}

/** The top candidate and the siblings that belong with it (readability's sibling joining). */
function articleElements(stats: Map<Element, Stats>, best: Element, top: Element, byOwner: Map<Element, Block[]>): Element[] {
  const parent = best === top ? null : parentElement(best)
  if (!parent) return [best]
  const bestScore = finalScore(stats, best)
  const threshold = Math.max(10, bestScore * 0.2)
  const bestClass = soleClass(best)
  // The open tab of a tab set: the other tabs are the rest of the page (they show on a click).
  const tabs = best.attribs['role'] === 'tabpanel'
  const out: Element[] = []
  let beforeBest = true
  for (const child of parent.children) {
    if (child.type !== 'tag') continue
    if (child === best || (tabs && child.attribs['role'] === 'tabpanel')) {
      beforeBest = false
      out.push(child)
      continue
    }
    const sameClass = bestClass !== '' && soleClass(child) === bestClass
    const bonus = sameClass ? bestScore * 0.2 : 0
    const s = stats.get(child)
    if (s?.scored && finalScore(stats, child) + bonus >= threshold) {
      out.push(child)
      continue
    }
    // A row of the best one's class, read by its cell: the cell's score against the best cell's.
    if (sameClass && soleScore(stats, child) >= Math.max(10, soleScore(stats, best) * 0.2)) {
      out.push(child)
      continue
    }
    // "<div class="intro"><p>ORANJESTAD – …</p></div>" above the article's text: a lead paragraph
    // that opens with the dateline starts the story, whatever its box scores.
    if (beforeBest && s && linkDensity(s) < 0.25) {
      const lead = textOfBlocks(descendantBlocks(child, byOwner))
      if (lead.length > 80 && findDateline(lead) !== null) {
        out.push(child)
        continue
      }
    }
    if (child.name === 'p' && s) {
      const text = textOfBlocks(byOwner.get(child) ?? [])
      const ld = linkDensity(s)
      if ((text.length > 80 && ld < 0.25) || (text.length > 0 && text.length < 80 && ld === 0 && /\.( |$)/.test(text))) out.push(child)
    }
  }
  return out
}

/**
 * Containers inside the article that are chrome, after readability's "clean conditionally":
 * few commas and many links, or a negative class name (unless the container holds most of the
 * article's prose: a name such as "map-and-related" is then not chrome but the article).
 */
function chromeContainers(stats: Map<Element, Stats>, roots: readonly Element[], byOwner: Map<Element, Block[]>, sections: ReadonlySet<Element>, headline: Element | null): Set<Element> {
  const out = new Set<Element>()
  const rootSet = new Set(roots)
  const prose = roots.reduce((n, r) => n + (stats.get(r)?.prose ?? 0), 0)
  // Page builders give every box of the article one class ("elementor-widget-container"), which
  // may read as chrome: the class of a box that holds most of the article's prose is the
  // article's, and another box of that class with paragraphs and few links is article too.
  const articleClasses = new Set<string>()
  for (const [el, s] of stats) {
    const cls = el.attribs['class']
    if (cls && s.prose * 2 >= prose && !rootSet.has(el) && CONDITIONAL_TAGS.has(el.name) && linkDensity(s) <= 0.2 && classWeight(el) < 0) articleClasses.add(cls)
  }
  for (const [el, s] of stats) {
    if (rootSet.has(el) || !CONDITIONAL_TAGS.has(el.name)) continue
    if (s.commas >= 10) continue
    const weight = classWeight(el)
    const ld = linkDensity(s)
    const isList = el.name === 'ul' || el.name === 'ol' || (s.chars > 0 && s.listChars / s.chars > 0.9)
    if (weight < 0 && !sections.has(el)) {
      const articleBox = articleClasses.has(el.attribs['class'] ?? '') && s.paragraphs > 0 && ld < 0.2
      if (!articleBox && (s.prose * 2 < prose || ld > 0.2)) out.add(el)
    }
    else if (!isList && weight < 25 && ld > 0.2 && s.paragraphs === 0) out.add(el)
    // A list whose items mostly say more than their link (a phone number, a description) is
    // a list of facts that links its names, not a link list.
    else if (ld > 0.5 && s.chars < 600 && !(isList && (s.textItems * 2 > s.items || hasOwnHeading(el, byOwner, headline)))) out.add(el)
  }
  return out
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * A list or box right after a heading of its own ("Permits & Forms", then the forms): a section
 * of the page whose content is links. A related-links box carries its heading inside itself, or
 * has a chrome-line one ("Related stories", "More news").
 */
function hasOwnHeading(box: Element, byOwner: Map<Element, Block[]>, headline: Element | null): boolean {
  // The heading may come before a wrapper the box is the first child of.
  let prev: AnyNode | null = null
  for (let el: Element | null = box, up = 0; el && up < 3 && !prev; el = parentElement(el), up++) {
    prev = el.prev
    while (prev && (prev.type !== 'tag' || isEmpty(prev as Element))) prev = prev.prev
  }
  if (!prev || prev === headline || !HEADINGS.has((prev as Element).name)) return false
  const blocks = byOwner.get(prev as Element)
  const b = blocks?.[0]
  return b !== undefined && blocks?.length === 1 && b.linkChars * 2 < b.chars && chromeRuleOf(b.text) === null
}

/** No text at all (an anchor target, an icon). */
function isEmpty(el: Element): boolean {
  for (const c of el.children) {
    if (c.type === 'text' ? /\S/.test(c.data) : c.type === 'tag' && !isEmpty(c as Element)) return false
  }
  return true
}

function isInsideAny(el: Element, set: ReadonlySet<Element>, stopAt: ReadonlySet<Element>): boolean {
  for (let p: Element | null = el; p; p = parentElement(p)) {
    if (set.has(p)) return true
    if (stopAt.has(p)) return false
  }
  return false
}

// Markup shown as text ("<img src=…>"): escaped HTML some pages print.
const MARKUP_TEXT = /^<\/?[a-z!][^>]*>/i

/**
 * Drops chrome blocks inside the chosen article: link lists, captions, known boilerplate lines,
 * and the headline (`headline`, the page's title `<h1>`: the title is metadata, not body). Other
 * `<h1>`s stay: page builders mark every section heading of a service page up as `<h1>`.
 */
export function filterBlocks(blocks: readonly Block[], headline: Element | null): Block[] {
  // Inside a list under a "Related Articles" or "Read more" heading (a box in the middle of the article).
  let underListHeading = false
  return blocks.filter((b, i) => {
    const chrome = chromeRuleOf(b.text)
    const listed = underListHeading && b.kind === 'item'
    underListHeading = chrome?.id === 'nav-heading' || listed
    if (b.kind === 'caption' || b.owner === headline || (b.kind === 'heading' && inFigure(b.owner)) || isImageCaption(b)) return false
    if ((b.kind !== 'item' || listed) && isLinkLine(b) && !isLinkedHeading(b, blocks[i + 1])) return false
    if (MARKUP_TEXT.test(b.text)) return false
    // End markers stay: the caller cuts the article there. So do printed page numbers ("Page 1 of
    // 2"): they tell the printed-page mender where a sheet ends, and it drops them.
    return chrome === null || chrome.end || isPageNumber(b.text)
  })
}

const EMPHASIS = new Set(['em', 'i', 'small'])
const IMAGE = new Set(['img', 'picture'])
const BREAK = new Set(['br'])

/**
 * A short paragraph set wholly in italics right under a paragraph that holds only an image
 * ("<p><img …></p><p><em>Heads of delegation … pose for a group photograph.</em></p>"): the
 * image's caption, written without `<figcaption>`.
 */
function isImageCaption(b: Block): boolean {
  if (b.kind !== 'p' || b.chars > 300) return false
  const kids = filledChildren(b.owner)
  // "<p><img …><br><em>Soldiers clear a building … (TTDF Public Relations)</em></p>": the image and its caption in one paragraph.
  const tag = (c: AnyNode, names: ReadonlySet<string>): boolean => c.type === 'tag' && names.has((c as Element).name)
  if (kids.some((c) => tag(c, IMAGE)) && kids.every((c) => tag(c, IMAGE) || tag(c, BREAK) || tag(c, EMPHASIS))) return true
  if (b.loose) return false
  // "<div class="image-container"><img …><p class="pie">The two admirals sign the letter.</p></div>":
  // a short paragraph that is all an image box holds besides the image before it.
  const box = b.owner.parent
  if (box && box.type === 'tag' && b.chars <= 200 && IMAGE_BOX.test(hintOf(box as Element))) {
    const inBox = filledChildren(box as Element)
    const image = (c: AnyNode): boolean => c.type === 'tag' && (IMAGE.has((c as Element).name) || (holdsImage(c as Element) && textOfNode(c).trim() === ''))
    if (inBox.length >= 2 && image(inBox[0]!) && inBox.every((c) => c === b.owner || image(c))) return true
  }
  const only = kids.length === 1 ? kids[0] : undefined
  if (!only || only.type !== 'tag' || !EMPHASIS.has((only as Element).name)) return false
  let prev = b.owner.prev
  while (prev && prev.type === 'text' && (prev as unknown as { data: string }).data.trim() === '') prev = prev.prev
  if (!prev || prev.type !== 'tag') return false
  const el = prev as Element
  if (el.name === 'img' || el.name === 'figure') return true
  return holdsImage(el) && textOfNode(el).trim() === ''
}

/** The class or id of a box made for an image ("image-container", "foto", "photo-wrap"). */
const IMAGE_BOX = /image|img|photo|foto|picture|figure|imagen/i

function holdsImage(el: Element): boolean {
  return el.children.some((c) => c.type === 'tag' && ((c as Element).name === 'img' || (c as Element).name === 'picture' || holdsImage(c as Element)))
}

function textOfNode(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data
  return 'children' in node ? (node.children as AnyNode[]).map(textOfNode).join('') : ''
}

/** A heading inside a `<figure>` is the figure's title ("Figure 2. Flow chart …"): a caption. */
function inFigure(el: Element): boolean {
  for (let p = parentElement(el), up = 0; p && up < 4; p = parentElement(p), up++) if (p.name === 'figure') return true
  return false
}

// A sentence: five words or more, ending in a full stop, question or exclamation mark.
const SENTENCE = /^(?:\S+\s+){4,}\S*[.!?]["'”’)\]]*$/u
const LONG_SENTENCE = /^(?:\S+\s+){9,}\S*[.!?]["'”’)\]]*$/u

/**
 * Mostly link text, and not a sentence that merely links a phrase of itself ("You can sign up
 * to be notified when registration resumes.", the link on "sign up to…"): a link line.
 */
function isLinkLine(b: Block): boolean {
  if (b.chars === 0 || b.linkChars / b.chars <= 0.5 || (b.chars >= 200 && b.chars - b.linkChars >= 40)) return false
  return !SENTENCE.test(b.text) || (b.linkFirst && !LONG_SENTENCE.test(b.text))
}

/**
 * A heading that links to its own page, followed in the same box by its prose (a service page's
 * grid of topics: "Training" then "When employees are trained…"): the heading of that text.
 */
function isLinkedHeading(b: Block, next: Block | undefined): boolean {
  if (b.kind !== 'heading' || !next || next.kind !== 'p' || next.chars < 40 || next.linkChars * 2 > next.chars) return false
  return b.owner.parent !== null && b.owner.parent === next.owner.parent
}

export interface Extraction {
  readonly blocks: readonly Block[]
  /** Every block of the page (after pruning), in document order. */
  readonly all: readonly Block[]
}

/** Readability's default: an article shorter than this is retried with less pruning. */
const MIN_ARTICLE_CHARS = 500

/** Candidates by final score, best first (for debugging and tests). */
export function rankCandidates(blocks: readonly Block[], top: Element): { el: Element; score: number }[] {
  const stats = measure(blocks, top)
  return [...stats.keys()]
    .filter((el) => stats.get(el)?.scored)
    .map((el) => ({ el, score: finalScore(stats, el) }))
    .sort((a, b) => b.score - a.score)
}

/**
 * Regions that look like chrome (nav, aside, footer, form; class names such as sidebar, header,
 * menu) and do not hold most of the page's prose. The proviso keeps pages whose whole content
 * sits in an ASP.NET `<form>` or a `<div class="with-nav-sidebar">`: a real sidebar never holds
 * the bulk of a page's prose.
 */
function unlikelyRegions(stats: Map<Element, Stats>, top: Element): Set<Element> {
  const total = stats.get(top)?.prose ?? 0
  const out = new Set<Element>()
  for (const [el, s] of stats) if (el !== top && looksUnlikely(el) && s.prose < total * 0.5 && !isCallout(el, s)) out.add(el)
  return out
}

/**
 * An `<aside>` of prose with no chrome class: a callout box set in the article ("Not all
 * vegetarians are the same. …"), not a sidebar, which would be links or carry a class saying so.
 */
function isCallout(el: Element, s: Stats): boolean {
  if (el.name !== 'aside' || s.paragraphs === 0 || linkDensity(s) >= 0.25) return false
  const hint = hintOf(el)
  return hint.length === 0 || (!UNLIKELY.test(hint) && !NEGATIVE.test(hint))
}

function ownersOf(blocks: readonly Block[]): Map<Element, Block[]> {
  const byOwner = new Map<Element, Block[]>()
  for (const b of blocks) {
    const list = byOwner.get(b.owner)
    if (list) list.push(b)
    else byOwner.set(b.owner, [b])
  }
  return byOwner
}

/**
 * Regions set aside as likely chrome by their class that sit in the article right after a
 * heading of their own ("Oral health topics", then a grid of topic teasers): sections of the
 * article. A related-stories box carries its heading inside itself, or a chrome-line one.
 */
function headedSections(setAside: ReadonlySet<Element>, roots: ReadonlySet<Element>, byOwner: Map<Element, Block[]>, headline: Element | null): Set<Element> {
  const out = new Set<Element>()
  const none = new Set<Element>()
  for (const el of setAside) {
    if (CHROME_TAGS.has(el.name) || !hasOwnHeading(el, byOwner, headline)) continue
    const parent = parentElement(el)
    if (parent && isInsideAny(parent, roots, none)) out.add(el)
  }
  return out
}

/**
 * The article among `page` blocks, with the `setAside` regions left out of the choice; those
 * of them that turn out to be headed sections of the article are brought back.
 */
function chooseArticle(page: readonly Block[], setAside: ReadonlySet<Element>, body: Element, headline: Element | null): Block[] {
  const none = new Set<Element>()
  let pool = setAside.size > 0 ? page.filter((b) => !isInsideAny(b.owner, setAside, none)) : page
  let stats = measure(pool, body)
  let byOwner = ownersOf(pool)
  const best = pickTopCandidate(stats, body)
  const roots = articleElements(stats, best, body, byOwner)
  const rootSet = new Set(roots)
  const sections = headedSections(setAside, rootSet, byOwner, headline)
  if (sections.size > 0) {
    const still = new Set([...setAside].filter((el) => !sections.has(el)))
    pool = page.filter((b) => !isInsideAny(b.owner, still, none))
    stats = measure(pool, body)
    byOwner = ownersOf(pool)
  }
  const chrome = chromeContainers(stats, roots, byOwner, sections, headline)
  const inArticle = pool.filter((b) => isInsideAny(b.owner, rootSet, new Set([body])) && !isInsideAny(b.owner, chrome, rootSet))
  return filterBlocks(beforeEndHeading(inArticle, page), headline)
}

/**
 * "Associated links", "Contacts": a heading that ends the release ends the article's blocks even
 * when it was set aside as chrome itself (the contact block after it is no article text).
 */
function beforeEndHeading(chosen: readonly Block[], page: readonly Block[]): readonly Block[] {
  if (chosen.length < 2) return chosen
  const at = new Map(page.map((b, i) => [b, i]))
  const first = at.get(chosen[0]!) ?? 0
  const end = page.findIndex((b, i) => i > first && b.kind === 'heading' && chromeRuleOf(b.text)?.end === true)
  return end < 0 ? chosen : chosen.filter((b) => (at.get(b) ?? 0) < end)
}

function lengthOf(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => n + b.text.length, 0)
}

/**
 * Extracts the article blocks under `body`; `skipExtra` are elements site rules removed.
 * The page is walked once; the likely-chrome regions are set aside for a first choice, and
 * brought back when that choice is shorter than readability's 500 characters.
 */
export function extractArticle(body: Element, skipExtra: ReadonlySet<Element>, headline: Element | null = null): Extraction {
  const all = collectBlocks(body, { skip: makeSkip(skipExtra) })
  const unlikely = unlikelyRegions(measure(all, body), body)
  const none = new Set<Element>()
  const likely = unlikely.size > 0 ? all.filter((b) => !isInsideAny(b.owner, unlikely, none)) : all
  const first = chooseArticle(all, unlikely, body, headline)
  if (lengthOf(first) >= MIN_ARTICLE_CHARS || likely.length === all.length) return { blocks: first, all: likely }
  const second = chooseArticle(all, none, body, headline)
  return lengthOf(second) > lengthOf(first) ? { blocks: second, all } : { blocks: first, all: likely }
}
