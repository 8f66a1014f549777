/**
 * Sentence spans inside paragraph spans. Rule-based and abbreviation-aware: press releases are
 * full of "U.S.", "Lt. Col.", "Nov. 14" and initials ("Devin T. Robinson"), none of which end
 * a sentence.
 */
import type { Span } from '../types.js'

const abbreviations = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'hon', 'amb', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'cdr',
    'adm', 'sgt', 'cpl', 'pvt', 'brig', 'rear', 'vice', 'gov', 'sen', 'rep', 'prof', 'rev', 'messrs', 'cmdt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'no', 'nos', 'vol', 'fig', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'e.g', 'i.e',
    'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'ret', 'ph.d',
    // Dutch ships' prefixes: "Zr.Ms. Groningen", "Hr. Ms. Holland".
    'zr.ms', 'hr.ms', 'zr', 'hr',
  ],
)

/** Closing quotes and brackets that belong to the sentence before them. */
const closers = /^["'”’)\]]*/

export function splitSentences(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = []
  const blocks = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }]
  for (const block of blocks) {
    let start = skipSpace(text, block.start, block.end)
    const re = /[.!?]+/g
    re.lastIndex = start
    let m: RegExpExecArray | null
    while ((m = re.exec(text)) !== null && m.index < block.end) {
      let end = m.index + m[0].length
      const close = closers.exec(text.slice(end, Math.min(block.end, end + 4)))
      end += close ? close[0].length : 0
      if (end >= block.end) break
      const next = text[end]
      if (next !== ' ' && next !== '\n' && next !== '\t') continue
      const after = skipSpace(text, end, block.end)
      const nextChar = text[after] ?? ''
      if (m[0] === '.' && isAbbreviation(text, m.index) && !endsSentence(text, m.index, after)) {
        // An abbreviation ends the sentence only when what follows clearly starts one.
        continue
      }
      if (!/[A-Z0-9"“‘'(\[]/.test(nextChar)) continue
      pushTrimmed(out, text, start, end)
      start = after
      re.lastIndex = start
    }
    pushTrimmed(out, text, start, block.end)
  }
  return out
}

/** Abbreviations that often close a sentence: "… in Washington, D.C.", "… at 10 a.m.", "… the U.S." */
const terminal = new Set(['d.c', 'a.m', 'p.m', 'etc', 'inc', 'ltd', 'corp', 'jr', 'sr', 'ret', 'u.s', 'u.k', 'u.n', 'u.s.a', 'co'])
/** Words that start a sentence and never continue a name. */
const starters =
  /^(?:The|This|That|These|Those|He|She|It|They|We|I|In|On|During|At|After|Before|Both|Following|A|An|His|Her|Their|Our|Its|According|While|When|Since|As|Earlier|Later|Also|However|Meanwhile|Additionally|Today|Yesterday|There|Participants|Officials|Members)\b/
/** After these, a capitalized word rarely continues a name ("D.C. Grenada …"), save a few. */
const closing = new Set(['d.c', 'a.m', 'p.m', 'etc', 'inc', 'ltd'])
const continuation = /^(?:National|Council|Circuit|Court|Police|Metropolitan|Area|Public|Department|Eastern|Central|Pacific|Mountain|Atlantic|EST|EDT|ET|UTC|GMT|AST|CST|local|Local|Zulu|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/

function endsSentence(text: string, dot: number, after: number): boolean {
  let i = dot
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--
  const word = text.slice(i, dot).toLowerCase()
  if (!terminal.has(word)) return false
  const next = text.slice(after, after + 24)
  if (starters.test(next)) return true
  return closing.has(word) && /^[A-Z][a-z]/.test(next) && !continuation.test(next)
}

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--
  const word = text.slice(i, dot).toLowerCase()
  if (word.length === 0) return false
  if (/^[a-z]$/.test(word)) return true // an initial: "Devin T. Robinson"
  return abbreviations.has(word) || abbreviations.has(word.replace(/\.$/, ''))
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && /\s/.test(text[i]!)) i++
  return i
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s]!)) s++
  while (e > s && /\s/.test(text[e - 1]!)) e--
  if (e > s) out.push({ start: s, end: e })
}
