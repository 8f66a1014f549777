/**
 * chrono-node for explicit dates and clock times. Its relative parsers ("2 days ago", "within a
 * week") are removed because our rules resolve those with tense; we add a day-range parser that
 * also keeps typo ranges ("Oct. 23-34, 2019") and a refiner that carries a range's year to its
 * start ("Nov. 29 - Dec. 2, 2022"). Values come from `get`/`isCertain`, never from Date objects.
 */
import * as chrono from 'chrono-node'
import type { ParsedComponents, ParsedResult, Parser, ParsingContext, Refiner } from 'chrono-node'
import { isValidDay, startYearOf } from './calendar.js'
import { MONTH, WEEKDAY, YEAR, monthNumber } from './patterns.js'
import { implausibleClock } from './reject.js'
import type { RuleHit } from './rule.js'
import type { Point, Spec } from './types.js'

const TYPO_TAG = 'pressroom/range-end-invalid'

// Relative parsers we replace with tense-aware rules of our own.
const DROPPED = new Set(['ENTimeUnitWithinFormatParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser'])
// The strict filter drops "10 p.m. Wednesday" whole (a weekday without a date); `toHit` keeps its clock.
const DROPPED_REFINERS = new Set(['UnlikelyFormatFilter'])


const DAY = '(\\d{1,2})(?:st|nd|rd|th)?'
const RANGE_JOIN = '\\s*(?:-|to|through|thru|until)\\s*'

// Compiled once: chrono asks a parser for its pattern on every parse. Not global, so no lastIndex state.
// Not when a month follows the second day: "May 8 to 25 September" is two dates.
const MONTH_DAY_RANGE = new RegExp(`\\b(${MONTH})\\s*${DAY}${RANGE_JOIN}${DAY}(?![\\d:]|\\s*(?:[ap]\\.?m\\b|%|percent|${MONTH}))(?:,?\\s*(${YEAR}))?`, 'i')
const DAY_MONTH_RANGE = new RegExp(`\\b${DAY}${RANGE_JOIN}${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s*(${YEAR}))?`, 'i')

const DAY_MONTH_TO_DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH})${RANGE_JOIN}${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s*(${YEAR}))?`, 'i')

/** "6 May to 10 May", "28 April - 2 May 2025": chrono itself gives such a range the end day twice. */
const dayMonthToDayMonth: Parser = {
  pattern: () => DAY_MONTH_TO_DAY_MONTH,
  extract: (context, match) => {
    const m1 = monthNumber(match[2] ?? '')
    const m2 = monthNumber(match[4] ?? '')
    if (m1 === null || m2 === null || !/^[A-Z]/.test(match[2] ?? '') || !/^[A-Z]/.test(match[4] ?? '')) return null
    const d1 = Number(match[1])
    const d2 = Number(match[3])
    const year = match[5] ? Number(match[5]) : null
    const y1 = year === null ? 2000 : startYearOf(year, m1, m2)
    const y2 = year ?? 2000
    if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return null
    const start: Record<string, number> = { month: m1, day: d1, ...(year === null ? {} : { year: y1 }) }
    const end: Record<string, number> = { month: m2, day: d2, ...(year === null ? {} : { year: y2 }) }
    if (year === null && (m2 < m1 || (m2 === m1 && d2 <= d1))) return null
    const result = context.createParsingResult(match.index ?? 0, match[0], start)
    result.end = context.createParsingComponents(end)
    return result
  },
}

// "Oct. 24 and 25", "3 and 4 July": two consecutive days read as one span (two days further apart stay two dates).
const MONTH_DAY_AND = new RegExp(`\\b(${MONTH})\\s*${DAY}\\s+and\\s+${DAY}(?![\\d:]|\\s*(?:[ap]\\.?m\\b|%|percent|${MONTH}))(?:,?\\s*(${YEAR}))?`, 'i')
const DAY_AND_MONTH = new RegExp(`\\b${DAY}\\s+and\\s+${DAY}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s*(${YEAR}))?`, 'i')
const consecutive = (a: string | undefined, b: string | undefined): boolean => Number(b) === Number(a) + 1

const monthDayAnd: Parser = {
  pattern: () => MONTH_DAY_AND,
  extract: (context, match) => (consecutive(match[2], match[3]) ? dayRange(context, match, match[1] ?? '', match[2], match[3], match[4]) : null),
}

const dayAndMonth: Parser = {
  pattern: () => DAY_AND_MONTH,
  extract: (context, match) => (consecutive(match[1], match[2]) ? dayRange(context, match, match[3] ?? '', match[1], match[2], match[4]) : null),
}

/** "Nov. 14-15, 2019", "June 6-8", "Oct. 23-34, 2019" (typo: the start is kept and tagged). */
const monthDayRange: Parser = {
  pattern: () => MONTH_DAY_RANGE,
  extract: (context, match) => dayRange(context, match, match[1] ?? '', match[2], match[3], match[4]),
}

/** "15-17 March 2023", "6 to 8 June". */
const dayMonthRange: Parser = {
  pattern: () => DAY_MONTH_RANGE,
  extract: (context, match) => dayRange(context, match, match[3] ?? '', match[1], match[2], match[4]),
}

function dayRange(
  context: ParsingContext,
  match: RegExpMatchArray,
  monthWord: string,
  a: string | undefined,
  b: string | undefined,
  year: string | undefined,
): ReturnType<Parser['extract']> {
  const month = monthNumber(monthWord)
  if (month === null || !/^[A-Z]/.test(monthWord)) return null
  const from = Number(a)
  const to = Number(b)
  const y = year ? Number(year) : 2000 // a leap year: "Feb. 29" stays valid until the year is known
  if (!isValidDay(y, month, from)) return null
  const start: Record<string, number> = { month, day: from }
  if (year) start['year'] = Number(year)
  const result = context.createParsingResult(match.index ?? 0, match[0], start)
  if (to > from && isValidDay(y, month, to)) {
    result.end = context.createParsingComponents({ ...start, day: to })
  } else {
    result.addTag(TYPO_TAG)
  }
  return result
}

/** Gives the start of "Nov. 29 - Dec. 2, 2022" the year written after its end. */
const rangeYear: Refiner = {
  refine: (_context, results) => {
    for (const r of results) {
      const end = r.end
      if (!end) continue
      if (end.isCertain('year') && !r.start.isCertain('year') && r.start.isCertain('month')) {
        r.start.assign('year', startYearOf(end.get('year') ?? 0, r.start.get('month') ?? 0, end.get('month') ?? 0))
      } else if (r.start.isCertain('year') && !end.isCertain('year') && end.isCertain('month')) {
        const y = r.start.get('year') ?? 0
        end.assign('year', (end.get('month') ?? 0) < (r.start.get('month') ?? 0) ? y + 1 : y)
      }
    }
    return results
  },
}

const engine = chrono.strict.clone()
engine.parsers = engine.parsers.filter((p) => !DROPPED.has(p.constructor.name))
// First, so that on equal extents ours (which tags typo ranges) wins over chrono's own.
engine.parsers.unshift(dayMonthToDayMonth, monthDayRange, dayMonthRange, monthDayAnd, dayAndMonth)
engine.refiners = engine.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name))
engine.refiners.push(rangeYear)

/** The parser names kept, for a test that notices a chrono upgrade renaming them. */
export const chronoParserNames = (): string[] => [...engine.parsers, ...engine.refiners].map((p) => p.constructor.name)

/**
 * Words or characters without which a parser's pattern cannot match: every month name or
 * abbreviation of chrono's dictionary and of ours holds one of the month stems, every weekday
 * one of the weekday stems ("weekend" and "weekday" hold "week"), and the date-number parsers
 * need a digit (checked against chrono's dictionaries by test/stages/dates-chrono.test.ts).
 */
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i
const WEEKDAY_STEM = /mon|tue|wed|thu|fri|sat|sun|week/i
const DIGIT = /\d/
const OURS_NEED_MONTH: ReadonlySet<Parser> = new Set([dayMonthToDayMonth, monthDayRange, dayMonthRange, monthDayAnd, dayAndMonth])
const NEEDS: ReadonlyMap<string, RegExp> = new Map([
  ['ENMonthNameLittleEndianParser', MONTH_STEM],
  ['ENMonthNameMiddleEndianParser', MONTH_STEM],
  ['ENYearMonthNameParser', MONTH_STEM],
  ['ENWeekdayParser', WEEKDAY_STEM],
  ['ENYearMonthDayParser', DIGIT],
  ['ISOFormatParser', DIGIT],
  ['SlashDateFormatParser', DIGIT],
  ['ENSlashMonthFormatParser', DIGIT],
  ['ENTimeExpressionParser', DIGIT],
])
const GATES = [MONTH_STEM, WEEKDAY_STEM, DIGIT] as const

function needOf(p: Parser): RegExp | null {
  return OURS_NEED_MONTH.has(p) ? MONTH_STEM : (NEEDS.get(p.constructor.name) ?? null)
}

/**
 * The engine without the parsers whose pattern cannot match a sentence lacking what a gate tests
 * (by bit mask of the gates a sentence passes). A parser that cannot match adds no result, and
 * the others keep their order, so the results are those of the whole engine: a sentence of
 * figures and no month name is not scanned by the three month-name patterns (about 1,500
 * characters each, tried at every word boundary), and so on.
 */
const gated = new Map<number, chrono.Chrono>()
function engineFor(sentence: string): chrono.Chrono {
  let mask = 0
  for (let i = 0; i < GATES.length; i++) if (GATES[i]!.test(sentence)) mask |= 1 << i
  let e = gated.get(mask)
  if (!e) {
    e = engine.clone()
    e.parsers = engine.parsers.filter((p) => {
      const need = needOf(p)
      return need === null || (mask & (1 << GATES.indexOf(need as (typeof GATES)[number]))) !== 0
    })
    gated.set(mask, e)
  }
  return e
}

function componentsSpec(c: ParsedComponents, noYear = false): { spec: Spec; clock?: { hh: number; mm: number } } | null {
  const clock = c.isCertain('hour') ? { hh: c.get('hour') ?? 0, mm: c.get('minute') ?? 0 } : undefined
  const yearless = noYear || !c.isCertain('year')
  const year = yearless ? 0 : (c.get('year') ?? 0)
  // "a course for 30 CESEP officers" reads to chrono as September of the year 30 (CE): no
  // release of this domain names a year before 1000.
  if (!yearless && year < 1000) return null
  let point: Point | null = null
  if (c.isCertain('month') && c.isCertain('day')) {
    const m = c.get('month') ?? 1
    const d = c.get('day') ?? 1
    if (!isValidDay(yearless ? 2000 : year, m, d)) return null
    point = { gran: 'day', y: year, m, d }
  }
  else if (c.isCertain('month') && !yearless) point = { gran: 'month', y: year, m: c.get('month') ?? 1 }
  else if (!yearless && !c.isCertain('month')) point = { gran: 'year', y: year }
  if (point) return { spec: { kind: 'abs', point, yearless }, ...(clock ? { clock } : {}) }
  if (clock) return { spec: { kind: 'clock', hh: clock.hh, mm: clock.mm } }
  return null
}

// chrono's weekday pattern takes an opening parenthesis or comma before the day: "(Tuesday, November 10)".
const LEADING = /^(?:[(,]\s*)?(?:(?:on|at|in|from|by|since|until|till|during|for|between|before|after|of|around|about)\s+)?/i
const WEEKDAY_HEAD = new RegExp(`^(?:on\\s+)?${WEEKDAY}\\.?,?\\s*(?:at\\s+)?`, 'i')
const WEEKDAY_TAIL = new RegExp(`,?\\s*(?:on\\s+)?${WEEKDAY}\\.?$`, 'i')
const TRAILING = /[\s,;:]+$/
// "December 17, 25" and "30 January, 20": a day and its month, a comma and two digits.
const COUNT_AFTER_DAY = /(?<=[\dA-Za-z.]),\s*\d{2}$/

function toHit(r: ParsedResult, sentence: string): RuleHit | null {
  // Weekdays alone are ours (tense-aware, and "Sun Microsystems" is not a Sunday).
  if (!r.start.isCertain('day') && !r.start.isCertain('month') && !r.start.isCertain('year') && !r.start.isCertain('hour')) return null
  let text = r.text
  let start = r.index
  const lead = LEADING.exec(text)
  if (lead) {
    text = text.slice(lead[0].length)
    start += lead[0].length
  }
  text = text.replace(TRAILING, '')
  // "On December 17, 25 sailors spent the day …", "On Saturday, 30 January, 20 sailors joined …",
  // "On March 5, 25 Sailors painted …" (the Navy capitalizes its people): a number after the day
  // that a word follows counts something; it is no two-digit year.
  const count = COUNT_AFTER_DAY.exec(text)
  const counted = count !== null && r.start.isCertain('year') && !r.end && /^\s+\p{L}/u.test(sentence.slice(start + text.length))
  if (counted) text = text.slice(0, count.index)
  // "8 a.m., Thursday": keep the clock; our weekday rule finds the day and they are paired later.
  if (r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('month')) {
    const head = WEEKDAY_HEAD.exec(text)
    const tail = WEEKDAY_TAIL.exec(text)
    if (head) {
      start += head[0].length
      text = text.slice(head[0].length)
    } else if (tail) text = text.slice(0, tail.index)
    else return null
  }
  if (text.length === 0 || /^\d*(?:\.\d*)?$/.test(text.replace(' ', ''))) return null
  if (/^\d{1,2}\/\d{1,2}$/.test(text)) return null
  const timeOnly = !r.start.isCertain('day') && !r.start.isCertain('month') && r.start.isCertain('hour')
  if (timeOnly && implausibleClock(text, sentence.slice(Math.max(0, start - 3), start))) return null
  const from = componentsSpec(r.start, counted)
  if (!from) return null
  const typo = r.tags().has(TYPO_TAG)
  const to = r.end ? componentsSpec(r.end) : null
  const spec: Spec = typo ? { kind: 'range', from: from.spec, to: null } : to && !to.clock ? { kind: 'range', from: from.spec, to: to.spec } : from.spec
  return {
    start,
    end: start + text.length,
    spec,
    type: from.clock || from.spec.kind === 'clock' ? 'time' : 'date',
    ...(from.clock ? { clock: from.clock } : {}),
    ...(typo ? { flags: ['range-end-invalid'] } : {}),
    priority: 1,
  }
}

/**
 * chrono's explicit dates and times in one sentence; offsets relative to the sentence. `whole`
 * runs every parser (for the test that the gates change nothing).
 */
export function chronoHits(sentence: string, reference: Date, whole = false): RuleHit[] {
  const out: RuleHit[] = []
  for (const r of (whole ? engine : engineFor(sentence)).parse(sentence, reference)) {
    const hit = toHit(r, sentence)
    if (hit) out.push(hit)
  }
  return out
}
