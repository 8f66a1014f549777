/**
 * extractDates: recognizes temporal expressions (our rules + chrono), keeps the best
 * non-overlapping ones, merges clock times with their day, and resolves each in text order
 * against the publication date and the previous date. Pure: no clock, no I/O.
 */
import type { DateRecord } from '../../schema/records.js'
import { splitSentences } from '../../text/sentences.js'
import type { Span } from '../../types.js'
import { fiscalRange, narrowValue, withClock } from './adjust.js'
import { addDays, daysFrom, formatYmd, isoWeek, isoWeekday, parseYmd, type Ymd } from './calendar.js'
import { chronoHits } from './chrono-engine.js'
import { insideQuote, mergeClockWithDay, mergeCoordinated, selectNonOverlapping } from './combine.js'
import { resolveSpec, type Anchors } from './resolve.js'
import type { RuleHit, RuleOptions } from './rule.js'
import { calendarRules } from './rules-calendar.js'
import { spanishRules } from './rules-spanish.js'
import { yearRules } from './rules-year.js'
import { durationRules } from './rules-duration.js'
import { refRules } from './rules-ref.js'
import { relativeRules } from './rules-relative.js'
import { timeRules } from './rules-time.js'
import { featuresOf, gateOf, passes, type Features, type Gate } from './gates.js'
import { directionAt, tenseCues } from './tense.js'
import type { Found, Point, Resolved, Spec } from './types.js'

export { RULES as dateRules }

export interface ExtractOptions {
  /**
   * TimeML conventions for `eval timex`: adjectival refs ("recent", "current") are expressions
   * and adjectival frequencies ("annual report") are not; sets are periods (P1Y, not XXXX);
   * years inside names are dates; "9 a.m. EST Tuesday" and "Friday morning" stay one expression;
   * "May and July" stays two; "this fiscal year" is the calendar year.
   * @default false
   */
  readonly timeml?: boolean
  /** Sentence spans into `text`; split here when absent or empty. */
  readonly sentences?: readonly Span[]
  /**
   * Our rules' hits per sentence, filled by one scan and reused by another of the same text and
   * sentences (they do not depend on the reference): the dates stage scans twice when it must
   * infer the reference.
   */
  readonly ruleHits?: Map<number, readonly Found[]>
}

/** A year that belongs to a name ("CANSEC 2023"): not a date, reported for the events stage. */
export interface DateNote {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly code: string
  readonly message: string
}

export interface DateScan {
  readonly dates: DateRecord[]
  readonly notes: DateNote[]
}

// Order matters only for ties between equally long matches: earlier rules win.
const RULES = [...yearRules, ...calendarRules, ...spanishRules, ...relativeRules, ...durationRules, ...timeRules, ...refRules]
/**
 * For each rule, the letter pairs, letters and digits a match of its trigger must hold (gates.ts):
 * a sentence holding none of the gate's terms skips the trigger's test, with the same outcome.
 */
const TRIGGER_GATES: readonly Gate[] = RULES.map((r) => (r.trigger ? gateOf(r.trigger.source) : [[]]))
const features: Features = featuresOf('')

// Cheap gates: a sentence with none of these words or digits holds no date we can find.
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|now|current|recent|previous|past|future|ago|earlier|later|week|month|year|quarter|decade|centur|day|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|enero|abril|agosto|diciembre|semana|mes|semestre|trimestre|año|hoy|ayer|anteayer|mañana|lunes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|annual|daily|hourly|hour|minute|second|soon|once|christmas|easter|thanksgiving|holiday|fiscal|fy|noon|midnight|midday|eventually|formerly|lately|shortly|term|moment|present|eve|period|time|twice|every|each|h[12]|q[1-4]|eighties|nineties|seventies|sixties|nineteen|twenty|thousand)/i
// chrono's strict parsers need a month name (whole: "Marine", "decision" and "market" are not
// "Mar", "Dec", "Mar") or the digit pattern of a date or a clock time ...
const MAY_HOLD_EXPLICIT =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:\.|\b)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\d\s*[:/.-]\s*\d|\d\s*[ap]\.?m\b|\d\s*o'clock|\d(?:st|nd|rd|th)\b/i
// ... and every one whose result we keep needs a digit or a whole month name (a weekday alone is
// dropped by toHit).
const DIGIT_OR_MONTH =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:\.|\b)|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/i

// Same-length replacements so offsets stay valid: dashes, non-breaking spaces, curly quotes.
function normalize(text: string): string {
  return text.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'")
}

function referenceDate(ref: Ymd | null): Date {
  // chrono needs an instant; local noon keeps get('day') stable in every time zone. Without a
  // reference a fixed date stands in: relative values are then marked unresolved, never read.
  return ref ? new Date(ref.y, ref.m - 1, ref.d, 12) : new Date(2000, 0, 1, 12)
}

function findInSentence(text: string, sentence: Span, ref: Ymd | null, options: RuleOptions, memo?: Map<number, readonly Found[]>): Found[] {
  const s = text.slice(sentence.start, sentence.end)
  const known = memo?.get(sentence.start)
  const out: Found[] = known ? [...known] : ruleHits(s, sentence.start, options)
  if (!known) memo?.set(sentence.start, [...out])
  if (DIGIT_OR_MONTH.test(s) && MAY_HOLD_EXPLICIT.test(s)) {
    for (const hit of chronoHits(s, referenceDate(ref))) {
      out.push({ ...hit, start: hit.start + sentence.start, end: hit.end + sentence.start, rule: 'chrono', order: RULES.length })
    }
  }
  return out
}

/** Our rules' hits in one sentence `s` starting at `offset`; offsets into the text. */
function ruleHits(s: string, offset: number, options: RuleOptions): Found[] {
  const out: Found[] = []
  featuresOf(s, features)
  for (let order = 0; order < RULES.length; order++) {
    const rule = RULES[order]!
    if (rule.trigger) {
      if (!passes(TRIGGER_GATES[order]!, features) || !rule.trigger.test(s)) continue
    }
    // exec on the rule's own global regex, as matchAll would (without the clone matchAll makes
    // of the regex on every call): an empty match steps one code unit on (the unicode-flagged rules,
    // es-relative-unit among them, never match empty).
    const re = rule.re
    re.lastIndex = 0
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (m[0] === '') re.lastIndex++
      const next = re.lastIndex
      const hit = rule.build(m, s, options)
      re.lastIndex = next
      if (hit && hit.end > hit.start) out.push({ ...hit, start: hit.start + offset, end: hit.end + offset, rule: rule.name, order })
    }
  }
  return out
}

function needsDirection(spec: Spec): boolean {
  return spec.kind === 'weekday' || spec.kind === 'abs' || spec.kind === 'holiday' || spec.kind === 'range' || spec.kind === 'weekend'
}

/** Each line as a paragraph, for text that comes without spans. */
function lines(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
}

/** The same value moved into `year` (a value within one year only). */
function inYear(r: Resolved, year: number): Resolved {
  const from = r.start.slice(0, 4)
  if (!/^\d{4}$/.test(from) || (r.end !== null && r.end.slice(0, 4) !== from)) return r
  const move = (v: string): string => `${year}${v.slice(4)}`
  return {
    ...r,
    start: move(r.start),
    end: r.end === null ? null : move(r.end),
    timex: r.timex.startsWith(from) ? move(r.timex) : r.timex,
    resolution: 'relative_to_previous',
    anchor: r.anchor ? { ...r.anchor, y: year } : r.anchor,
  }
}

/** Finds and resolves every temporal expression of `text`; `reference` is YYYY-MM-DD or null. */
export function scanDates(text: string, reference: string | null, options: ExtractOptions = {}): DateScan {
  const ref = parseYmd(reference)
  const norm = normalize(text)
  const sentences = options.sentences && options.sentences.length > 0 ? options.sentences : splitSentences(norm, lines(norm))
  const ruleOptions: RuleOptions = { timeml: options.timeml ?? false }
  const dates: DateRecord[] = []
  const notes: DateNote[] = []
  let previous: Point | null = null
  let previousDay: Point | null = null
  let quarter: Point | null = null
  let span: { start: Ymd; end: Ymd } | null = null
  const days: Ymd[] = []
  for (const sentence of sentences) {
    const s = norm.slice(sentence.start, sentence.end)
    if (!MAY_HOLD_DATE.test(s)) continue
    const selected = selectNonOverlapping(findInSentence(norm, sentence, ref, ruleOptions, options.ruleHits))
    const found = mergeClockWithDay(norm, ruleOptions.timeml ? selected : mergeCoordinated(norm, selected), ruleOptions.timeml)
    if (found.length === 0) continue
    let cues: ReturnType<typeof tenseCues> | null = null
    // "two disasters of February 2024: the fires … on Feb. 2-3": a month the sentence has already
    // named with its year gives that year to its yearless days.
    const namedMonths = new Map<number, number>()
    for (const f of found) {
      // TimeML annotates every year, also one inside a name ("the 1996 Olympic bombing").
      if (f.note && !ruleOptions.timeml) {
        notes.push({
          start: f.start,
          end: f.end,
          text: text.slice(f.start, f.end),
          code: `dates/${f.note}`,
          message: `"${text.slice(f.start, f.end)}" is part of a name, not a date`,
        })
        continue
      }
      const direction =
        f.spec.kind === 'weekday' && f.spec.possessive && f.spec.shift === null
          ? 'past'
          : needsDirection(f.spec)
            ? directionAt((cues ??= tenseCues(s, sentence.start)), f.start, f.end, {
                presentAsFuture: f.spec.kind === 'weekday' || f.spec.kind === 'weekend',
                before: norm.slice(Math.max(sentence.start, f.start - 20), f.start),
                clause: s,
                clauseStart: sentence.start,
              })
            : 'none'
      const dayAnchored = f.spec.kind === 'shift' && (f.spec.unit === 'day' || f.spec.unit === 'week')
      // "“Today they have a facility worthy of that work,” the Minister said" in a report written
      // the day after the ceremony: a quoted "today" is the day the text last named, when that day
      // is in the week before publication (the day the words were spoken).
      const spokenOn =
        !ruleOptions.timeml && f.spec.kind === 'shift' && f.spec.anchor === 'reference' && f.spec.unit === 'day' && f.spec.n === 0 && !f.spec.pod && ref && previousDay?.gran === 'day' && insideQuote(norm, f.start)
          ? spokenDay(previousDay, ref)
          : null
      const anchors: Anchors = { reference: spokenOn ?? ref, previous: dayAnchored ? previousDay : previous, quarter, direction, span, days }
      let r = narrowValue(withClock(resolveSpec(f.spec, anchors), f.clock), f.narrow, ref, previousDay)
      // "the 25th" with no 25th named before it names no day.
      if (f.spec.kind === 'dayOf' && r.anchor === null) continue
      const yearless = f.spec.kind === 'abs' ? f.spec.yearless : f.spec.kind === 'range' && f.spec.from.kind === 'abs' && f.spec.from.yearless
      const named = yearless && r.anchor && r.resolution === 'relative_to_publication' ? namedMonths.get(r.anchor.m ?? 0) : undefined
      if (named !== undefined && r.anchor && named !== r.anchor.y && !ruleOptions.timeml) r = inYear(r, named)
      if (f.spec.kind === 'abs' && !f.spec.yearless && r.precision === 'month' && r.anchor?.m !== undefined) namedMonths.set(r.anchor.m, r.anchor.y)
      // TimeML values a relative fiscal year as the calendar year (companies' fiscal years vary);
      // pressroom counts it on the U.S. federal calendar.
      if (f.flags?.includes('fiscal-year')) r = fiscalRange(r, f.spec.kind === 'shift' && !ruleOptions.timeml, ref)
      const flags = [...(f.flags ?? []), ...(r.flags ?? [])]
      // "the week of November 16": the Monday-to-Sunday week holding that day.
      const weekOf = r.precision === 'day' && r.end === null ? WEEK_OF.exec(norm.slice(Math.max(sentence.start, f.start - 16), f.start)) : null
      const day = weekOf ? parseYmd(r.start) : null
      const from = weekOf && day ? f.start - weekOf[0].length : f.start
      if (weekOf && day) {
        const monday = addDays(day, 1 - isoWeekday(day))
        const week = isoWeek(day)
        r = { ...r, start: formatYmd(monday), end: formatYmd(addDays(monday, 6)), precision: 'week', timex: `${week.year}-W${String(week.week).padStart(2, '0')}` }
      }
      // "the first week of December", "the last week of October": the calendar (Monday-to-Sunday)
      // week that has most of its days in the month, counted from the month's start or end.
      if (f.rule === 'week-of-month' && r.end && !ruleOptions.timeml) {
        const week = calendarWeekOfMonth(r.start, r.end, /\b(?:last|final)\b/i.test(text.slice(f.start, f.end)))
        const monday = parseYmd(week.start)
        const iso = monday ? isoWeek(monday) : null
        r = { ...r, ...week, precision: 'week', timex: iso ? `${iso.year}-W${String(iso.week).padStart(2, '0')}` : r.timex }
      }
      dates.push({
        text: text.slice(from, f.end),
        start: from,
        end: f.end,
        value: { start: r.start, end: r.end },
        precision: r.precision,
        resolution: r.resolution,
        type: f.type,
        timex: r.timex,
        ...(f.mod ? { mod: f.mod } : {}),
        rule: weekOf && day ? `${f.rule}+week-of` : f.rule,
        ...(flags.length > 0 ? { flags: [...new Set(flags)].sort() } : {}),
      })
      // "everything we saw today," in a quote is the speaker's day, not a new anchor for "the same day".
      const quotedDeixis = f.spec.kind === 'shift' && f.spec.anchor === 'reference' && f.spec.unit === 'day' && insideQuote(norm, f.start)
      // The days "from the 25th" may name.
      if (r.precision === 'day' && f.type !== 'duration' && f.type !== 'set') {
        for (const v of [r.start, r.end]) {
          const x = v === null ? null : parseYmd(v)
          if (x) days.push(x)
        }
      }
      // "from Monday 11th to Wednesday 13th May": the days "the first day" counts in.
      if (r.precision === 'day' && r.end !== null && r.end !== r.start) {
        const a = parseYmd(r.start)
        const b = parseYmd(r.end)
        if (a && b) span = { start: a, end: b }
      }
      if (r.anchor && f.type !== 'duration' && f.type !== 'set' && !quotedDeixis) {
        previous = r.anchor
        if (r.anchor.gran === 'day') previousDay = r.anchor
        // Only a quarter the text names becomes the topic; "a year earlier" only compares with it.
        if (r.anchor.gran === 'quarter' && !(f.spec.kind === 'shift' && f.spec.inherit)) quarter = r.anchor
      }
    }
  }
  dates.sort((a, b) => a.start - b.start || a.end - b.end)
  return { dates, notes }
}

const WEEK_OF = /\b(?:the\s+)?week\s+of\s+$/i

/** The day `p` when it falls in the six days before `ref`, as a reference day; else null. */
function spokenDay(p: Point, ref: Ymd): Ymd | null {
  const day: Ymd = { y: p.y, m: p.m ?? 1, d: p.d ?? 1 }
  const back = daysFrom(day, ref)
  return back >= 1 && back <= 6 ? day : null
}

/** The dates of `text` (see `scanDates`). */
export function extractDates(text: string, reference: string | null, options: ExtractOptions = {}): DateRecord[] {
  return scanDates(text, reference, options).dates
}

/**
 * The Monday-to-Sunday week of a month that "the first (second, …) week of" or "the last week of"
 * names, given the days 1–7 (8–14, …) or the last seven days the rule read: a week belongs to the
 * month holding four of its days or more (as ISO weeks belong to years).
 */
function calendarWeekOfMonth(start: string, end: string, last: boolean): { start: string; end: string } {
  const from = parseYmd(start)
  const to = parseYmd(end)
  if (!from || !to) return { start, end }
  let monday: Ymd
  if (last) {
    const wd = isoWeekday(to)
    monday = addDays(to, 1 - wd)
    if (wd < 4) monday = addDays(monday, -7)
  } else {
    const first = addDays(from, 1 - from.d)
    const wd = isoWeekday(first)
    monday = addDays(first, 1 - wd)
    if (8 - wd < 4) monday = addDays(monday, 7)
    monday = addDays(monday, 7 * Math.floor((from.d - 1) / 7))
  }
  return { start: formatYmd(monday), end: formatYmd(addDays(monday, 6)) }
}
