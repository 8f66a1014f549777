/**
 * Trigger hits in a clause: lexicon matches (one compiled alternation) plus series names, which
 * act as event nouns. A hit knows its tense, voice and whether it is an anaphor ("the Dialogue",
 * "the visit") that points back at an event already reported.
 */
import type { Span } from '../../types.js'
import { cues, patternTriggers, triggerAlternatives, triggerChunks, type Trigger } from './lexicon.js'
import type { SeriesMention } from './series.js'
import { sharedIndex, sharedStarts, TRIGGER_BIT, type PrefixIndex } from './word-starts.js'

export interface Hit {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly trigger: Trigger
  readonly past: boolean
  readonly passive: boolean
  /** A definite bare event noun ("the conference"): refers to an event reported before. */
  readonly anaphoric: boolean
  readonly series: SeriesMention | null
  /** A storm named by its short name ("Irma" after "Hurricane Irma"): the full name. */
  readonly label?: string
}

const passiveBefore = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+)?$/i
// "the next meeting", "the last full exercise … was held in May 2024", "will repeat the exchange
// at Camp Niantic": another edition, not the event reported. "He recalled his meeting with the
// Minister in Lima in March": what one recalls is an earlier event.
const notAnaphoric = /\b(?:next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[1-9]\d?(?:st|nd|rd|th)|inaugural|final|previous|last|prior|preceding|following|upcoming|another|new|latest)\s+(?:[a-z-]+\s+)?$|\b(?:repeat|repeats|repeated|repeating|replicate|replicates|replicated)\s+(?:the|this|that)\s+(?:[a-z-]+\s+)?$|\b(?:recalled|recalling|recalls|remembered|recounted)\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?$/i
/** "The Main Planning Conference" after an "Initial Planning Conference": a name, not a reference back. */
const capitalizedModifiers = /(?:^|[^\w-])[Tt]he\s+(?:[A-Z][\w’'-]*\s+){1,3}$/
const namedBefore = (before: string, word: string): boolean => /^[A-Z]/.test(word) && capitalizedModifiers.test(before)
/** "A second iteration of the course": another run of the event named, not the one reported. */
const anotherRun = /\b(?:next|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[1-9]\d?(?:st|nd|rd|th)|inaugural|previous|last|prior|earlier|another|new|follow-on|repeat)\s+(?:iteration|edition|round|run|cohort|serial|offering|intake)\s+of\s+(?:the|this)\s+(?:[a-z-]+\s+)?$/i
const determinerBefore = /(?:^|[^\w-])(?:the|a|an|this|that|his|her|their|its|our|whose)\s+(?:[a-z-]+\s+)?$/i
/** "the Minister’s planned visit": a possessor before a verb form makes it a noun too. */
const possessorBefore = /\w[’']s\s+(?:[a-z-]+\s+)?$/
/** A verb with its particle ("came from", "drawn from", "took part in"): never a noun. */
const phrasalVerb = /\s(?:from|to|by|with|in|into|for|on|at)$/i
const identifyingAfter = /^\s+(?:of|between|(?:held|conducted|carried\s+out|staged|organi[sz]ed)\s+(?:at|in|on|from|last|this|earlier)\b)/
/**
 * "a report on the seizure in December of 312 kilograms", "builds on the delivery in July of two
 * riverine patrol boats": an act named by its month, told here first, whatever its type.
 */
const datedActAfter = /^\s+in\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\s+(?:of|at|near|off|on)\b/
/** "the coordinated patrols that the two coast guards have run … since March 2": operations under way, told here first. */
const underWayAfter = /^\s+that\s+[^,;.]{0,80}?\b(?:have|has)\s+(?:been\s+)?(?:\w+\s+)?\w+[^,;.]{0,80}?\bsince\b/i

const stormTrigger = patternTriggers.find((p) => p.trigger.id === 'storm')?.trigger ?? null
const STORM_FULL = /\b(?:Hurricane|Tropical Storm|Cyclone|Typhoon)\s+([A-Z][a-z]+)\b/g
// A capitalized word alone: not inside a longer name ("Maria Lopez", "Irma Street").
const STORM_SHORT = /(?<!\p{Lu}[\p{L}.'’-]*\s)(?<![\p{L}\p{N}'’.-])([A-Z][a-z]+)(?![\p{L}\p{N}'’-])(?!\s+\p{Lu})/gu
let stormMemo: { text: string; names: Map<string, string> } | null = null

/** Storms the text names in full, by short name ("Irma" -> "Hurricane Irma"); computed once per text. */
function stormNames(text: string): Map<string, string> {
  if (stormMemo?.text === text) return stormMemo.names
  const names = new Map<string, string>()
  if (stormTrigger) for (const m of text.matchAll(STORM_FULL)) if (!names.has(m[1]!)) names.set(m[1]!, m[0])
  stormMemo = { text, names }
  return names
}

/** A series name behaves like an event noun with the series' type and code. */
export function seriesTrigger(s: SeriesMention): Trigger {
  return {
    id: 'series',
    pos: 'noun',
    forms: [s.name],
    type: s.type,
    code: s.code,
    creates: true,
    weight: 80,
    roles: { with: 'participant', between: 'participant', by: 'organizer', of: 'skip' },
    flags: [],
    pastForms: new Set(),
    unlessNext: null,
    unlessPrev: null,
    whenNext: [],
    whenPrev: [],
  }
}

export interface TriggerMatch {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly alt: (typeof triggerAlternatives)[number]
}

/**
 * Every match of the trigger lexicon in a text, computed once per text: clause segmentation and
 * hit finding both read them by range instead of running the large alternation again per clause
 * and per candidate piece. Clause boundaries fall on spaces and punctuation, where the pattern's
 * word-boundary guards see the same thing in the whole text as in the piece.
 */
let memo: { text: string; matches: TriggerMatch[] } | null = null

/**
 * Where a trigger can start: every form begins with literal characters (up to its first space or
 * hyphen), so the alternation can match only at a word start holding one of its forms' first
 * three characters (two for a shorter first word). Null when some form has no such prefix.
 */
const prefixes: readonly string[] | null = (() => {
  // Keys are ASCII: a form's prefix stops at its first other character ("señaló" is found under
  // "se", where the text's third character is not ASCII either).
  const out = triggerAlternatives.map((a) => /^[\x00-\x7f]*/.exec(/^[^\s-]*/.exec(a.form)![0].slice(0, 3).toLowerCase())![0])
  return out.every((p) => p.length > 0) ? out : null
})()
const starts: PrefixIndex | null = (() => {
  if (!prefixes) return null
  for (const p of prefixes) sharedIndex.add(p, TRIGGER_BIT)
  return sharedIndex
})()
/** Whether trigger matching runs on the word-start index (false when some form has no ASCII key: then every text is scanned with the whole alternation, several times slower). */
export const triggersIndexed: boolean = starts !== null

/**
 * At a position whose first three characters (lower-cased) are `key3` (or whose first two are
 * `key2`, when no third can begin a form), the alternatives that may start there, in the
 * alternation's order, as one small anchored pattern: the alternation's first alternative that
 * matches at a position is this pattern's first.
 */
interface Candidates {
  readonly pattern: RegExp
  /** Alternative index of each capture group (group g at g - 1). */
  readonly alternatives: readonly number[]
}
const candidatesByKey = new Map<number, Candidates | null>()

/** `key` is `text.slice(p, p + length)` lower-cased, its characters ASCII. */
function candidatesAt(text: string, p: number, length: 2 | 3): Candidates | null {
  const code = lowerAt(text, p) * 16384 + lowerAt(text, p + 1) * 128 + (length === 3 ? lowerAt(text, p + 2) : 0) + length * 2097152
  let c = candidatesByKey.get(code)
  if (c !== undefined) return c
  const key = text.slice(p, p + length).toLowerCase()
  const alternatives: number[] = []
  for (let a = 0; a < prefixes!.length; a++) {
    const p = prefixes![a]!
    if (p === key || (p.length < key.length && key.startsWith(p))) alternatives.push(a)
  }
  c =
    alternatives.length === 0
      ? null
      : {
          pattern: new RegExp(`(?<![\\w-])(?:${alternatives.map((a) => `(${triggerAlternatives[a]!.source})`).join('|')})(?![\\w-])`, 'iy'),
          alternatives,
        }
  // Keys come from the text; the map stays bounded by the forms' prefixes and their extensions.
  if (candidatesByKey.size < 20000) candidatesByKey.set(code, c)
  return c
}

function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  return c >= 65 && c <= 90 ? c + 32 : c
}

function allTriggerMatches(text: string): TriggerMatch[] {
  if (memo !== null && memo.text === text) return memo.matches
  const matches = starts ? triggersAtStarts(text, starts) : triggersByScan(text)
  memo = { text, matches }
  return matches
}

/**
 * The same matches as `triggersByScan`: at each candidate position from the end of the last
 * match on, the forms that may start there are tried in the alternation's order.
 */
function triggersAtStarts(text: string, index: PrefixIndex): TriggerMatch[] {
  const matches: TriggerMatch[] = []
  // The index is shared with the topics (frames.ts): only positions carrying the triggers' bit.
  const { positions, masks } = index === sharedIndex ? sharedStarts(text) : index.scan(text)
  let pos = 0
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!
    if (p < pos || (masks[i]! & TRIGGER_BIT) === 0) continue
    const third = p + 2 < text.length ? text.charCodeAt(p + 2) : 128
    const c = candidatesAt(text, p, third < 128 ? 3 : 2)
    if (!c) continue
    c.pattern.lastIndex = p
    const m = c.pattern.exec(text)
    if (m === null) continue
    const group = m.findIndex((g, i) => i > 0 && g !== undefined)
    const alt = triggerAlternatives[c.alternatives[group - 1]!]
    if (alt) matches.push({ start: m.index, end: m.index + m[0].length, text: m[0], alt })
    pos = p + Math.max(1, m[0].length)
  }
  return matches
}

function triggersByScan(text: string): TriggerMatch[] {
  const matches: TriggerMatch[] = []
  // As one alternation would: the leftmost match, and at one position the first alternative (the
  // earliest chunk); then on from its end. Each chunk's next match is kept until passed.
  const next: (RegExpExecArray | null | undefined)[] = triggerChunks.map(() => undefined)
  let pos = 0
  for (;;) {
    let best = -1
    for (let k = 0; k < triggerChunks.length; k++) {
      let m = next[k]
      if (m === undefined || (m !== null && m.index < pos)) {
        const { pattern } = triggerChunks[k]!
        pattern.lastIndex = pos
        m = next[k] = pattern.exec(text)
      }
      if (m !== null && (best < 0 || m.index < next[best]!.index)) best = k
    }
    if (best < 0) break
    const m = next[best]!
    const group = m.findIndex((g, i) => i > 0 && g !== undefined)
    const alt = triggerAlternatives[triggerChunks[best]!.offset + group - 1]
    if (alt) matches.push({ start: m.index, end: m.index + m[0].length, text: m[0], alt })
    pos = m.index + Math.max(1, m[0].length)
  }
  return matches
}

/** For tests: both ways of finding the trigger matches of a text. */
export const triggerScans = { atStarts: (text: string): TriggerMatch[] => (starts ? triggersAtStarts(text, starts) : triggersByScan(text)), byScan: triggersByScan }

/** The trigger matches inside `text[start, end)`, in text order. */
export function triggerMatches(text: string, start: number, end: number): TriggerMatch[] {
  const all = allTriggerMatches(text)
  let lo = 0
  let hi = all.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (all[mid]!.start < start) lo = mid + 1
    else hi = mid
  }
  const out: TriggerMatch[] = []
  for (let i = lo; i < all.length && all[i]!.start < end; i++) if (all[i]!.end <= end) out.push(all[i]!)
  return out
}

/** The variant of `t` the words before it in its sentence (from `sentenceStart`) ask for, if any. */
function whenPrev(t: Trigger, text: string, sentenceStart: number, at: number): Trigger | null {
  if (t.whenPrev.length === 0) return null
  const before = text.slice(Math.max(sentenceStart, at - 240), at)
  return t.whenPrev.find((v) => v.pattern.test(before))?.trigger ?? null
}

/** "La ceremonia fue presidida por …": a Spanish sentence that opens with the event's noun speaks of one told before. */
const spanishSubject = /^\s*(?:La|El|Esta|Este|Dicha|Dicho)\s+$/

export function findHits(
  text: string,
  clause: Span,
  /** Where the clause's sentence starts: a relative clause's antecedent and a subject stand before the clause. */
  sentenceStart: number,
  series: readonly SeriesMention[],
  excluded: readonly Span[],
): Hit[] {
  const body = text.slice(clause.start, clause.end)
  const hits: Hit[] = []
  for (const m of triggerMatches(text, clause.start, clause.end)) {
    const alt = m.alt
    const start = m.start
    const end = m.end
    if (series.some((s) => start < s.end && s.start < end)) continue
    if (excluded.some((s) => s.start <= start && end <= s.end)) continue
    const t = alt.trigger
    const after = text.slice(end, Math.min(clause.end, end + 80))
    const before = text.slice(Math.max(clause.start, start - 60), start)
    if (t.unlessNext?.test(after)) continue
    if (t.unlessPrev?.test(before)) continue
    // "The two-day meeting, which opened on Tuesday": a relative clause's antecedent stands
    // before the clause, in the same sentence.
    if (t.unlessPrev && /^\s*(?:which|that|who)\s/i.test(body) && t.unlessPrev.test(text.slice(Math.max(sentenceStart, start - 60), start))) continue
    // "the Costa Rican Social Security Fund": a capitalized verb inside a name is part of it.
    if (t.pos === 'verb' && /^\p{Lu}/u.test(m.text) && /\p{Lu}[\p{L}.’'-]*\s+$/u.test(before) && !/[.!?:]\s+\S+\s+$/.test(before)) continue
    const lower = m.text.toLowerCase().replace(/\s+/g, ' ')
    // "the latest session of the … Working Group": a reading after the noun may make it an event of its own.
    const next = t.whenNext.find((v) => v.pattern.test(after))?.trigger
    const sub = (next ?? t).flags.includes('sub')
    // "co-hosted by …", ", hosted by …": a participle describes, it does not date the act.
    const participle = /^\s+by\b/i.test(after) || /,\s*$/.test(before) || / by$/i.test(alt.form)
    const past = (t.pastForms.has(lower) || t.pastForms.has(alt.form.toLowerCase())) && !participle
    // "the visit", "a visit": a verb form after a determiner is a noun ("The students came from …"
    // is a verb phrase whatever stands before it).
    const nominal = t.pos === 'verb' && !past && !phrasalVerb.test(alt.form) && (determinerBefore.test(before) || possessorBefore.test(before))
    // "plans for the transfer of two patrol boats to the Navy in 2027": a form ending in "of" takes
    // its object, which identifies the event as "of" after the noun does.
    const anaphoric =
      (t.pos === 'noun' || nominal) &&
      !t.flags.includes('distinct') &&
      !/\sof$/i.test(alt.form) &&
      !namedBefore(before, m.text) &&
      (sub ||
        (cues.anaphorDeterminer.test(before) && !notAnaphoric.test(before) && !anotherRun.test(before) && !identifyingAfter.test(after) && !datedActAfter.test(after) && !(t.type === 'deployment' && underWayAfter.test(text.slice(end, clause.end)))) ||
        (clause.start === sentenceStart && spanishSubject.test(before)))
    hits.push({
      start,
      end,
      text: m.text,
      // A verb used as a noun reads the words after it too ("the launch of a training program" is a training).
      trigger: nominal ? { ...(next ?? t), pos: 'noun' } : (next ?? whenPrev(t, text, sentenceStart, start) ?? t),
      past,
      // "is teaching" is progressive, "was hosted" passive.
      passive: t.pos === 'verb' && !nominal && !/ing$/i.test(m.text) && passiveBefore.test(before),
      anaphoric,
      series: null,
    })
  }
  for (const { trigger, pattern } of patternTriggers) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(body); m !== null; m = pattern.exec(body)) {
      const start = clause.start + m.index
      const end = start + m[0].length
      if (excluded.some((x) => x.start <= start && end <= x.end)) continue
      if (hits.some((h) => h.start < end && start < h.end)) continue
      if (trigger.unlessPrev?.test(text.slice(Math.max(clause.start, start - 60), start))) continue
      hits.push({ start, end, text: m[0], trigger, past: false, passive: false, anaphoric: false, series: null })
    }
  }
  // "Minister Joseph-Henry recalled that Irma destroyed …" after "Hurricane Irma": the storm by its
  // short name. A verb whose subject is the storm ("Irma destroyed", "Hurricane Beryl damaged")
  // reports what the storm did, not an act of its own.
  const storms = stormNames(text)
  if (storms.size > 0) {
    for (const m of body.matchAll(STORM_SHORT)) {
      const full = storms.get(m[1]!)
      if (!full) continue
      const start = clause.start + m.index
      const end = start + m[1]!.length
      if (hits.some((h) => h.start < end && start < h.end) || excluded.some((x) => x.start <= start && end <= x.end)) continue
      hits.push({ start, end, text: m[1]!, trigger: stormTrigger!, past: false, passive: false, anaphoric: false, series: null, label: full })
    }
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k]!
      if (h.trigger.pos !== 'verb') continue
      if (hits.some((x) => x.trigger === stormTrigger && x.end < h.start && /^\s+(?:\w+ly\s+)?$/.test(text.slice(x.end, h.start)))) hits.splice(k, 1)
    }
  }
  for (const s of series) {
    if (excluded.some((x) => x.start <= s.start && s.end <= x.end)) continue
    hits.push({
      start: s.start,
      end: s.end,
      text: s.text,
      trigger: seriesTrigger(s),
      past: false,
      passive: false,
      anaphoric: false,
      series: s,
    })
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end)
}
