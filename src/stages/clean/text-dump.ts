/**
 * Cleans text dumps (a page saved as text: banner lines, a label and date, the headline, the
 * release, a trailer of links). Chrome lines go; an end marker such as `###` ends the release;
 * the head (see head.ts) gives the title and date; the rest is the body.
 */
import { chromeRuleOf } from './chrome.js'
import { readHead } from './head.js'
import { normalizeLine } from './normalize.js'

export interface DumpResult {
  readonly paragraphs: readonly string[]
  readonly title: string | null
  readonly published: string | null
  readonly publishedRule: string | null
  readonly labels: readonly string[]
  /** The name after a "From:" line. */
  readonly from: string | null
  /** The byline in the head ("By Jane Doe"), for the kind. */
  readonly byline: string | null
  /** Chrome lines dropped, for debugging. */
  readonly dropped: readonly string[]
  /** Lines after the end marker (links, "About …"): not body, but they name the publisher. */
  readonly trailer: readonly string[]
}

// ` date 2023-11-20 ` at the very start: metadata written by the crawler, not article text.
const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/
const BULLET = /^\s*(?:[•●▪◦·*–-]|\d{1,2}[.)])\s+/

export function cleanTextDump(input: string): DumpResult {
  const dropped: string[] = []
  const trailer: string[] = []
  let published: string | null = null
  let publishedRule: string | null = null
  const raw = input.split(/\r\n?|\n/)
  const prefix = DATE_PREFIX.exec(raw[0] ?? '')
  if (prefix?.[1]) {
    published = prefix[1]
    publishedRule = 'dump-date-prefix'
    raw[0] = (raw[0] ?? '').slice(prefix[0].length)
  }

  // Paragraphs: blank lines separate them; a line continues the previous one only when that
  // one stops mid-sentence and this one starts in lower case (a hard-wrapped paragraph).
  const paragraphs: string[] = []
  let current = ''
  let ended = false
  for (const rawLine of raw) {
    const line = normalizeLine(rawLine)
    if (ended) {
      if (line) trailer.push(line)
      continue
    }
    const chrome = line ? chromeRuleOf(line) : null
    if (line.length === 0 || chrome) {
      if (chrome) dropped.push(line)
      if (chrome?.end) ended = true
      if (current) paragraphs.push(current)
      current = ''
      continue
    }
    if (current && !/[.!?:;"”)\]]$/.test(current) && /^[\p{Ll}\d(]/u.test(line) && !BULLET.test(line)) current += ` ${line}`
    else {
      if (current) paragraphs.push(current)
      current = line
    }
  }
  if (current) paragraphs.push(current)

  const plain = readHead(paragraphs, { findTitle: true, knownTitle: null })
  const anchored = plain.title && (plain.published || published) ? null : readHead(paragraphs, { findTitle: true, knownTitle: null, dateAnchor: true })
  const head = anchored?.title && anchored.published ? anchored : plain
  return {
    paragraphs: paragraphs.slice(head.bodyStart),
    title: head.title,
    published: published ?? head.published,
    publishedRule: published ? publishedRule : head.publishedRule,
    labels: head.labels,
    from: head.from,
    byline: head.byline,
    dropped,
    trailer,
  }
}
