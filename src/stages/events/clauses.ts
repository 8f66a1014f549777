/**
 * Clauses: the unit event frames are read from. A sentence splits where a second predication
 * starts — at a semicolon, before ", where/when/while/whose/including …", before ", and …" (and
 * the Spanish ", y que …") or "and (adverb) <verb>", before "after <subject> <verb>ed" — but only
 * when the piece after holds a trigger of its own (and, for "and", the piece before one that can
 * open an event): "co-chaired by Saint Lucia, the Dominican Republic, and the United States"
 * stays whole. A semicolon inside a list introduced by a colon ("discussed: a; b; and c") never
 * splits.
 */
import type { Document, Span } from '../../types.js'
import { patternTriggers } from './lexicon.js'
import { triggerMatches } from './triggers.js'

export interface Clause extends Span {
  /** Index into `doc.sentences` (or the fallback spans). */
  readonly sentence: number
  readonly paragraph: number
  /** Position of this clause in its sentence (0 = main clause). */
  readonly part: number
  /** The clause opens with "where", "when", "which" or "whose": a new event it reports happens where the previous clause says. */
  readonly where: boolean
  /** The clause opens with "which", "whose" or "where": it says more of the previous clause's event. */
  readonly relative: boolean
  /** The clause opens with "after" ("…, after the United States handed over two vans"): an event it reports with no place of its own happens where the previous clause says. */
  readonly after: boolean
}

export interface Segmentation {
  readonly sentences: readonly Span[]
  readonly clauses: readonly Clause[]
  /** Spans inside quotation marks: quoted speech reports no event reliably. */
  readonly quotes: readonly Span[]
}

const breakPattern =
  /;\s+|,\s+(?=(?:where|when|while|whereas|whose|which|including|after which|during which|and then|and later)\b)|,\s+and\s+|,\s+y\s+(?=que\b)|\s+and\s+(?=(?:\w+ly\s+)?\w+ed\b)|\s+(?=since\s+(?:a|an|the|hurricane|tropical storm|storm)\s)|,?\s+(?=after\s+(?:the|a|an|its|their|it|they|he|she|[A-Z])\w*\s+(?:\w+\s+){0,6}?(?:\w+ed|broke|struck|hit|swept|tore|burst)\b)/gi

/** "two days after", "shortly after": what precedes "after" measures a time; no clause starts there. */
const DURATION_BEFORE = /(?:\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(?:days?|weeks?|months?|hours?|years?)|\b(?:shortly|soon|immediately|just|only|right))\s*$/i

const breakAhead = new RegExp(breakPattern.source, 'gi')

interface TriggerScan {
  readonly any: boolean
  readonly opening: boolean
  readonly verb: boolean
}

function scan(text: string, start: number, end: number): TriggerScan {
  let any = false
  let opening = false
  let verb = false
  for (const m of triggerMatches(text, start, end)) {
    const t = m.alt.trigger
    any = true
    if (t.creates) opening = true
    if (t.pos === 'verb') verb = true
  }
  return { any, opening, verb }
}

const storm = patternTriggers.find((p) => p.trigger.id === 'storm')?.pattern
const stormIn = (piece: string): boolean => {
  if (!storm) return false
  storm.lastIndex = 0
  return storm.test(piece)
}

export function segment(doc: Document): Segmentation {
  const text = doc.text
  const paragraphs = doc.paragraphs.length > 0 ? doc.paragraphs : [{ start: 0, end: text.length }]
  const sentences = doc.sentences.length > 0 ? doc.sentences : paragraphs
  const clauses: Clause[] = []
  // Sentences come in text order: walk the paragraphs alongside instead of searching them all.
  let para = 0
  sentences.forEach((s, index) => {
    while (para < paragraphs.length - 1 && paragraphs[para]!.end <= s.start) para++
    const p = paragraphs[para]
    const paragraph = p && p.start <= s.start && s.start < p.end ? para : 0
    const body = text.slice(s.start, s.end)
    const colon = body.indexOf(':')
    const cuts: number[] = []
    let last = 0
    breakPattern.lastIndex = 0
    for (let m = breakPattern.exec(body); m !== null; m = breakPattern.exec(body)) {
      if (m[0].startsWith(';') && colon >= 0 && m.index > colon) continue
      const cut = m.index + m[0].length
      const until = s.start + nextBreak(body, cut)
      const after = scan(text, s.start + cut, until)
      // "the days after September 1, 2019, when Hurricane Dorian flattened …": a storm's name opens a when-clause too.
      if (!after.any && !(/^when\b/i.test(body.slice(cut)) && stormIn(text.slice(s.start + cut, until)))) continue
      if (/and/i.test(m[0]) && !(scan(text, s.start + last, s.start + m.index).opening && after.verb)) continue
      // "… will begin patrols next week, after the United States handed them over on Wednesday":
      // "after" opens a clause of its own only with a verb trigger in it, not "after the meeting".
      // "two days after it arrived" is a time, not a clause.
      if (/^after\b/i.test(body.slice(cut)) && (!after.verb || DURATION_BEFORE.test(body.slice(0, m.index)))) continue
      cuts.push(cut)
      last = cut
    }
    let start = 0
    let part = 0
    for (const cut of [...cuts, body.length]) {
      const piece = body.slice(start, cut)
      const trimmedStart = start + (piece.length - piece.trimStart().length)
      const trimmedEnd = start + piece.trimEnd().length
      if (trimmedEnd > trimmedStart) {
        clauses.push({
          start: s.start + trimmedStart,
          end: s.start + trimmedEnd,
          sentence: index,
          paragraph,
          part,
          where: /^(?:where|when|which|whose)\b/i.test(body.slice(trimmedStart)),
          after: /^after\b/i.test(body.slice(trimmedStart)),
          relative: /^(?:which|whose|where)\b/i.test(body.slice(trimmedStart)),
        })
        part++
      }
      start = cut
    }
  })
  return { sentences, clauses, quotes: findQuotes(text) }
}

/** Where the piece after a candidate break ends: the next candidate break or the sentence end. */
function nextBreak(body: string, from: number): number {
  // Its own copy of the pattern: `breakPattern` is mid-scan in `segment` when this runs.
  const re = breakAhead
  re.lastIndex = from
  const m = re.exec(body)
  return m ? m.index : body.length
}

/** A paragraph that introduces a statement printed after it ("The following statement was issued …:"). */
const ISSUED_STATEMENT = /\b(?:following|statement|remarks|message|address)\b[^\n]*:$/i

function findQuotes(text: string): Span[] {
  const out: Span[] = []
  const re = /“[^”]*”|"[^"\n]*"/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // A short quoted name ("Tradewinds") is not speech.
    if (m[0].length <= 40) continue
    // "The following statement was issued today by Commander …:" then the statement in quotation
    // marks: the release's own text, not speech about it.
    const lead = text.slice(Math.max(0, m.index - 300), m.index)
    if (/\n\s*$/.test(lead) && ISSUED_STATEMENT.test(lead.trimEnd().split('\n').at(-1) ?? '')) continue
    out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}

export function inside(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start <= start && end <= s.end)
}
