/**
 * The head of an article: the lines before the body proper. Pages put a label and a date
 * ("Press Release | Nov. 12, 2019"), the headline, a date line, a byline, share links there.
 * `readHead` consumes them, keeps what they say as metadata, and returns where the body starts.
 */
import { chromeRuleOf, straightQuotes } from './chrome.js'
import { parseDateLine } from './parse-date.js'
import { kindFromLabel } from './kind.js'

export interface HeadResult {
  /** Index of the first body paragraph. */
  readonly bodyStart: number
  readonly title: string | null
  readonly published: string | null
  readonly publishedRule: string | null
  /** Labels found ("Press Release"), for the kind. */
  readonly labels: readonly string[]
}

// "Press Release | Nov. 12, 2019", "News | 26 November 2025": a label and a date.
const LABEL_DATE = /^([A-Za-z][A-Za-z .'&-]{1,40}?)\s*[|•·]\s*(.{6,60})$/
// "By Sgt. Jane Doe", "Story by …": a byline.
const BYLINE = /^(?:story |article |written |photos? and story |words )?by[:\s]+[\p{Lu}][^.!?]{2,80}$/iu
// A label alone on its line ("Press Release", "Media Note", "Office of the Spokesperson").
const LABEL_ONLY = /^[\p{L} .'&-]{4,40}$/u
const BULLET = /^\s*(?:[•●▪◦·*–-]|\d{1,2}[.)])\s+/

/** True when a line reads like a headline: short, no sentence-ending punctuation. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 12 || line.length > 220) return false
  if (/[.,;:]$/.test(line)) return false
  if (BULLET.test(line)) return false
  const words = line.split(' ')
  return words.length >= 3 && words.length <= 35
}

/** True when a paragraph after `i` reads like body text (long, or a sentence). */
function hasBodyAfter(paragraphs: readonly string[], i: number): boolean {
  const next = paragraphs[i + 1]
  if (next === undefined) return false
  return next.length > 60 || /[.!?:]$/.test(next)
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => straightQuotes(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return norm(a) === norm(b)
}

export interface HeadOptions {
  /** Look for a headline line (text dumps); HTML pages know their title from markup. */
  readonly findTitle: boolean
  /** A title known from markup: a head line equal to it is dropped. */
  readonly knownTitle: string | null
  /** At most this many leading paragraphs are examined. */
  readonly maxLines?: number
}

export function readHead(paragraphs: readonly string[], options: HeadOptions): HeadResult {
  let title: string | null = null
  let published: string | null = null
  let publishedRule: string | null = null
  const labels: string[] = []
  const limit = Math.min(paragraphs.length, options.maxLines ?? 12)
  let i = 0
  for (; i < limit; i++) {
    const line = paragraphs[i] ?? ''
    const probe = straightQuotes(line)
    if (chromeRuleOf(line)) continue
    if (options.knownTitle && sameText(line, options.knownTitle)) continue
    const labelDate = LABEL_DATE.exec(probe)
    if (labelDate?.[1] && labelDate[2]) {
      const date = parseDateLine(labelDate[2])
      const labelKind = kindFromLabel(labelDate[1])
      if (date || labelKind) {
        if (date && !published) {
          published = date
          publishedRule = 'head-label-date'
        }
        labels.push(labelDate[1].trim())
        continue
      }
    }
    const date = line.length <= 60 ? parseDateLine(probe) : null
    if (date) {
      if (!published) {
        published = date
        publishedRule = 'head-date-line'
      }
      continue
    }
    if (line.length < 90 && BYLINE.test(line)) continue
    if (LABEL_ONLY.test(line) && kindFromLabel(line)) {
      labels.push(line)
      continue
    }
    if (options.findTitle && title === null && looksLikeHeadline(line) && hasBodyAfter(paragraphs, i)) {
      title = line
      continue
    }
    break
  }
  return { bodyStart: i, title, published, publishedRule, labels }
}
