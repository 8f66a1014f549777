/**
 * Calendar expressions without a day: quarters, halves, seasons, months, holidays. Days of the
 * month come from chrono, years from rules-year.ts.
 */
import { lexicon, alternation, lastWordTrigger, lookup } from './lexicon.js'
import { MONTH, SEASON, WEEKDAY, YEAR, monthNumber } from './patterns.js'
import {
  ABS,
  POSITION_WORDS,
  TEMPORAL_LEAD,
  isCapitalized,
  modOf,
  ordinalValue,
  span,
  textBefore,
  wordAfter,
  wordBefore,
  type Rule,
} from './rule.js'
import type { Point, Spec } from './types.js'

const REL_SHIFT: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1,
  'this past': -1,
  past: -1,
  previous: -1,
  'until last': -1,
  this: 0,
  current: 0,
  next: 1,
  'this coming': 1,
  coming: 1,
}
const relShift = (w: string | undefined): -1 | 0 | 1 | undefined =>
  w === undefined ? undefined : REL_SHIFT[w.toLowerCase().replace(/\s+/g, ' ')]


/** A month, season or quarter point with its year stated, shifted, or left to tense. */
function placed(point: Point, year: string | undefined, yearRel: string | undefined, rel: string | undefined): Spec {
  if (year) return ABS({ ...point, y: Number(year) })
  const yr = relShift(yearRel)
  if (yr !== undefined) return { kind: 'yearOf', point, offset: yr }
  const r = relShift(rel)
  if (r === 0) return { kind: 'yearOf', point, offset: 0 }
  if (r === -1 || r === 1) return { kind: 'near', point, shift: r }
  return { kind: 'abs', point, yearless: true }
}

const YEAR_TAIL = `(?:,?\\s+(?<year>${YEAR})|\\s+(?:of\\s+)?(?<yearRel>last|this|next)\\s+year)`

const QUARTER_WORD = '(?<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)'
const quarter: Rule = {
  name: 'quarter',
  trigger: /quarter/i,
  re: new RegExp(
    `\\b(?:(?<the>the)\\s+)?(?:(?<comparable>comparable\\s+)?(?<yago>year-earlier|year-ago|prior-year|year-before)\\s+|(?<ypre>${YEAR})\\s+)?(?:(?<yrel>this|last|next)\\s+year's\\s+)?(?:(?:fiscal|calendar)[- ])?${QUARTER_WORD}(?<sep>[- ])(?:fiscal[- ])?quarter(?:s)?(?:\\s+of\\s+(?:fiscal\\s+|the\\s+)?(?:(?<year>${YEAR})|(?<yearRel>last|this|next)\\s+year)|,?\\s+(?<year2>${YEAR})|\\s+(?<yearRel2>last|this|next)\\s+year)?\\b`,
    'gi',
  ),
  build(m) {
    const g = m.groups ?? {}
    const word = (g['ord'] ?? '').toLowerCase()
    const q = word === 'final' ? 4 : (ordinalValue(word) ?? 0)
    if (q < 1 || q > 4) return null
    // "the third-quarter results": the article belongs to the noun phrase, not to the date.
    const adjective = g['sep'] === '-' && !g['year'] && !g['year2'] && !g['yearRel'] && !g['yearRel2'] && !g['ypre'] && !g['yago']
    const start = adjective && g['the'] && !g['yrel'] ? m.index + m[0].indexOf(g['ord'] ?? '') : m.index
    const point: Point = { gran: 'quarter', y: 0, q }
    const placedSpec = placed(point, g['year'] ?? g['year2'] ?? g['ypre'], g['yrel'] ?? g['yearRel'] ?? g['yearRel2'], undefined)
    // "the year-earlier third quarter": the same quarter a year before.
    const spec: Spec = g['yago'] ? { kind: 'yearOf', point, offset: -1 } : placedSpec
    const flags = /fiscal/i.test(m[0]) ? ['fiscal-quarter'] : undefined
    return { start, end: m.index + m[0].length, spec, type: 'date', ...(flags ? { flags } : {}) }
  },
}

const quarterCode: Rule = {
  name: 'quarter-code',
  trigger: /\b(?:Q[1-4]|[1-4]Q)\b/,
  re: new RegExp(`\\b(?:Q(?<q>[1-4])|(?<q2>[1-4])Q)(?:\\s*(?<year>${YEAR})|\\s*'(?<yy>\\d\\d)|\\s*FY\\s?(?<fy>\\d\\d))?\\b`, 'g'),
  build(m) {
    const g = m.groups ?? {}
    const q = Number(g['q'] ?? g['q2'])
    const year = g['year'] ?? (g['yy'] ? String(2000 + Number(g['yy'])) : g['fy'] ? String(2000 + Number(g['fy'])) : undefined)
    return { ...span(m), spec: placed({ gran: 'quarter', y: 0, q }, year, undefined, undefined), type: 'date' }
  },
}

const topicQuarter: Rule = {
  name: 'quarter-relative',
  trigger: /quarter|period/i,
  re: /\b(?<det>the\s+(?:latest|current|previous|past|most\s+recent|same|year-earlier|year-ago|comparable|prior-year|year-before|just-ended|recent)|the|this|last|next|that)\s+(?:fiscal\s+)?(?<noun>quarter|period)\b(?!ly)/gi,
  build(m, s) {
    const det = (m.groups?.['det'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    // "the latest period" is the reported quarter in earnings prose; other periods are vague.
    if ((m.groups?.['noun'] ?? '').toLowerCase() === 'period' && !/^the (?:latest|most recent|just-ended|current)$/.test(det)) return null
    // "a quarter of the budget", "the quarter-final": fractions and compounds are not quarters.
    if (/^\s*(?:of\b|-)/.test(s.slice(m.index + m[0].length)) && det === 'the') return null
    let spec: Spec
    if (det === 'the' || det === 'that' || det === 'the latest' || det === 'the most recent' || det === 'the just-ended' || det === 'the recent') spec = { kind: 'topicQuarter', fallback: -1 }
    else if (det === 'this' || det === 'the current') spec = { kind: 'topicQuarter', fallback: 0 }
    else if (det === 'next') spec = { kind: 'shift', unit: 'quarter', n: 1, anchor: 'reference' }
    else if (det === 'last') spec = { kind: 'shift', unit: 'quarter', n: -1, anchor: 'reference' }
    else if (det === 'the previous' || det === 'the past') spec = { kind: 'shift', unit: 'quarter', n: -1, anchor: 'previous', inherit: true }
    else if (det === 'the same') spec = { kind: 'shift', unit: 'quarter', n: 0, anchor: 'previous', inherit: true }
    else spec = { kind: 'shift', unit: 'year', n: -1, anchor: 'previous', inherit: true }
    return { ...span(m), spec, type: 'date' }
  },
}

const yearAgoPeriod: Rule = {
  name: 'year-ago-period',
  trigger: /year-|year before|same (?:period|quarter|time)/i,
  re: /\b(?:the\s+)?(?:year-earlier|year-ago|prior-year|year-before)(?:\s+(?:period|quarter|levels?|results|figures?|time))?\b|\bthe\s+same\s+(?:period|quarter|time)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)\b/gi,
  build(m) {
    const text = m[0].toLowerCase()
    // Only "the ... period/quarter" is the expression; in "year-earlier levels" the noun is not.
    const noun = /\s+(?:levels?|results|figures?)$/.exec(text)
    const end = noun ? m.index + m[0].length - noun[0].length : m.index + m[0].length
    const start = noun && text.startsWith('the ') ? m.index + 4 : m.index
    return { start, end, spec: { kind: 'shift', unit: 'year', n: -1, anchor: 'previous', inherit: true }, type: 'date' }
  },
}

const half: Rule = {
  name: 'half',
  trigger: /half|\b[12]?H[12]?\b/i,
  re: new RegExp(
    `\\b(?:the\\s+)?(?<ord>first|second|1st|2nd|latter|last)[- ]half(?:\\s+of\\s+(?:the\\s+)?(?:(?<year>${YEAR})|(?<yearRel>last|this|next)\\s+year|(?<theyear>year))|,?\\s+(?<year2>${YEAR}))?\\b|\\b(?:H(?<hc>[12])|(?<hc2>[12])H)\\s*(?<year3>${YEAR})\\b`,
    'gi',
  ),
  build(m, s) {
    const g = m.groups ?? {}
    const ord = (g['ord'] ?? '').toLowerCase()
    const h = g['hc'] ? Number(g['hc']) : g['hc2'] ? Number(g['hc2']) : ord === 'first' || ord === '1st' ? 1 : 2
    const year = g['year'] ?? g['year2'] ?? g['year3']
    // "the first half" of a match or a decade is not a calendar half; require a year or "of the year".
    if (!year && !g['yearRel'] && !g['theyear'] && /^\s+of\b/.test(s.slice(m.index + m[0].length))) return null
    const spec = g['theyear'] ? ({ kind: 'yearOf', point: { gran: 'half', y: 0, h }, offset: 0 } as const) : placed({ gran: 'half', y: 0, h }, year, g['yearRel'], undefined)
    return { ...span(m), spec, type: 'date' }
  },
}

const season: Rule = {
  name: 'season',
  trigger: /spring|summer|fall|autumn|winter/i,
  re: new RegExp(
    `\\b(?:(?<pos>${POSITION_WORDS})[- ]?\\s*)?(?:(?<rel>this\\s+past|this\\s+coming|last|this|next|the|that)\\s+)?(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<year>${YEAR})|\\s+(?:of\\s+)?(?<yearRel>last|this|next)\\s+year)?(?![\\w-])`,
    'gi',
  ),
  build(m, s) {
    const g = m.groups ?? {}
    const word = (g['season'] ?? '').toLowerCase()
    const code = lookup(lexicon.seasons, word) ?? 'WI'
    const rel = g['rel']?.toLowerCase()
    // "fall" and "spring" are verbs and nouns too: they need a determiner or a year.
    if (!g['year'] && !g['yearRel'] && !rel && !g['pos']) {
      if (word === 'fall' || word === 'spring') return null
      if (!TEMPORAL_LEAD.has(wordBefore(s, m.index).toLowerCase())) return null
    }
    if (/^\s*(?:school|semester|session|term|collection|line|olympics|games|storm|water|break|camp|training|clothes)\b/i.test(s.slice(m.index + m[0].length))) return null
    const point: Point = { gran: 'season', y: 0, season: code }
    const spec = rel === 'the' || rel === 'that' ? placed(point, g['year'], g['yearRel'], undefined) : placed(point, g['year'], g['yearRel'], rel)
    const mod = modOf(g['pos'])
    return { ...span(m), spec, type: 'date', ...(mod ? { mod } : {}) }
  },
}

/** Words after "May"/"March" that show a verb or a name, not a month. */
const MODAL_NEXT = /^\s+(?:be|not|have|also|well|still|never|only|even|take|need|want|seem|become|help|result|cause|include|lead|apply|vary|affect|contain|require|come|go|get|make|use|face|see|find|know|say|do|soon|already|just|therefore|thus|pose|prove|further|eventually|potentially|continue|remain|occur|change)\b/i

function monthIsWord(s: string, index: number, word: string, after: string): boolean {
  const lower = word.toLowerCase()
  const before = wordBefore(s, index)
  const leadOk = TEMPORAL_LEAD.has(before.toLowerCase()) || /^(?:mid|early|late)-?$/i.test(before)
  if (lower === 'may') {
    if (MODAL_NEXT.test(after)) return true
    if (!leadOk && !/^\s*,?\s*(?:\d|last|this|next|of)/i.test(after)) return true
  }
  if (lower === 'march') {
    if (/^\s+(?:on|to|against|through|for|in|from|toward|towards|across|past|with)\b/i.test(after) && !leadOk) return true
    if (before.toLowerCase() === 'the' && !/^\s*(?:\d|of)/.test(after)) return true
  }
  // A capitalized word right before or after ("Theresa May", "April Ryan") makes a name.
  if (!leadOk && isCapitalized(before) && index > 0 && !/^[A-Z]+$/.test(before) && !/[.!?:]\s*$/.test(textBefore(s, index))) {
    if (monthNumber(before) === null) return true
  }
  const next = wordAfter(s, index + word.length)
  if (!leadOk && isCapitalized(next) && /^\s[A-Z][a-z]+/.test(after) && monthNumber(next) === null) return true
  return false
}

const month: Rule = {
  name: 'month',
  trigger: new RegExp(MONTH, 'i'),
  re: new RegExp(
    `(?<![\\d]\\s?(?:st|nd|rd|th)?\\s?(?:of\\s)?)\\b(?:(?<pos>${POSITION_WORDS})[- ]?\\s*|(?<within>earlier|later|early|late)\\s+in\\s+)?(?:(?<rel>this\\s+past|this\\s+coming|until\\s+last|last|this|next)\\s+)?(?<month>${MONTH})(?!\\.?\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]?\\d))(?!-)${YEAR_TAIL}?`,
    'gi',
  ),
  build(m, s) {
    const g = m.groups ?? {}
    const word = g['month'] ?? ''
    if (!isCapitalized(word)) return null
    const mNum = monthNumber(word)
    if (mNum === null) return null
    const monthStart = m.index + m[0].indexOf(word, (g['pos']?.length ?? 0) + (g['within']?.length ?? 0) + (g['rel']?.length ?? 0))
    const after = s.slice(monthStart + word.length)
    if (!g['year'] && !g['yearRel'] && !g['rel'] && !g['pos'] && !g['within'] && monthIsWord(s, monthStart, word, after)) return null
    const point: Point = { gran: 'month', y: 0, m: mNum }
    const spec = placed(point, g['year'], g['yearRel'], g['rel'])
    const mod = modOf(g['pos'])
    return { ...span(m), spec, type: 'date', ...(mod ? { mod } : {}) }
  },
}

/** Two days (groups d1 < d2) of one month (group month, with its year or not) as one range. */
function daysOfOneMonth(m: RegExpExecArray): ReturnType<Rule['build']> {
  const g = m.groups ?? {}
  const word = g['month'] ?? ''
  if (!isCapitalized(word)) return null
  const mNum = monthNumber(word)
  const d1 = Number(g['d1'])
  const d2 = Number(g['d2'])
  if (mNum === null || d1 < 1 || d2 > 31 || d1 >= d2) return null
  const from = placed({ gran: 'day', y: 0, m: mNum, d: d1 }, g['year'], g['yearRel'], undefined)
  const to = placed({ gran: 'day', y: 0, m: mNum, d: d2 }, g['year'], g['yearRel'], undefined)
  return { ...span(m), spec: { kind: 'range', from, to }, type: 'date' }
}

/**
 * "Monday 11th to Wednesday 13th May", "11 to 13 May 2026", "from Tuesday 3 until Friday 6 March":
 * two days of one month written before it, each perhaps with its weekday, are one range.
 */
const dayRangeBeforeMonth: Rule = {
  name: 'day-range-before-month',
  trigger: new RegExp(MONTH, 'i'),
  re: new RegExp(
    `\\b(?:(?<wd1>${WEEKDAY}),?\\s+)?(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s*(?:to|until|through|and|-|–|—)\\s*(?:(?<wd2>${WEEKDAY}),?\\s+)?(?<d2>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?<month>${MONTH})${YEAR_TAIL}?`,
    'gi',
  ),
  build: daysOfOneMonth,
}

/**
 * "between October 13 and 17", "between Oct. 13 and 17, 2026": a month's day and a later day after
 * "between" are one range in that month (chrono reads the first day alone). The span starts at
 * the month, as for other ranges after "between". Two whole dates ("between June 22 and Sept. 3")
 * are two hits that combine.ts joins (daySpan); a bare second day is no hit of its own, hence this rule.
 */
const betweenDaysOfMonth: Rule = {
  name: 'between-days-of-month',
  trigger: /\bbetween\b/i,
  re: new RegExp(
    `(?<=\\bbetween\\s+)(?<month>${MONTH})\\.?\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:${MONTH}|%|[.,]\\d))${YEAR_TAIL}?`,
    'gi',
  ),
  build: daysOfOneMonth,
}

const HOLIDAY_RE = alternation(Object.keys(lexicon.holidays))
const holiday: Rule = {
  name: 'holiday',
  trigger: lastWordTrigger(Object.keys(lexicon.holidays)),
  re: new RegExp(`\\b(?:(?<rel>this|last|next)\\s+)?(?<name>${HOLIDAY_RE})(?![\\w-])(?:,?\\s+(?<year>${YEAR}))?`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    const name = g['name'] ?? ''
    if (!isCapitalized(name)) return null
    const rule = lookup(lexicon.holidays, name)
    if (!rule) return null
    return { ...span(m), spec: { kind: 'holiday', rule, year: g['year'] ? Number(g['year']) : null }, type: 'date' }
  },
}

/** "the first week of February 2027": days 1–7 of the month (the last week: its last seven days). */
const weekOfMonth: Rule = {
  name: 'week-of-month',
  trigger: /\bweek\s+of\b/i,
  re: new RegExp(`\\b(?:the\\s+)?(?<ord>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?<month>${MONTH})${YEAR_TAIL}?`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    const word = g['month'] ?? ''
    if (!isCapitalized(word)) return null
    const mNum = monthNumber(word)
    const ord = (g['ord'] ?? '').toLowerCase()
    const lastWeek = ord === 'last' || ord === 'final'
    const n = lastWeek ? null : ordinalValue(ord)
    if (mNum === null || (!lastWeek && !n)) return null
    const last = new Date(Date.UTC(g['year'] ? Number(g['year']) : 2001, mNum, 0)).getUTCDate()
    const d1 = n === null ? last - 6 : (n - 1) * 7 + 1
    const from = placed({ gran: 'day', y: 0, m: mNum, d: d1 }, g['year'], g['yearRel'], undefined)
    const to = placed({ gran: 'day', y: 0, m: mNum, d: d1 + 6 }, g['year'], g['yearRel'], undefined)
    return { ...span(m), spec: { kind: 'range', from, to }, type: 'date', priority: 2 }
  },
}

/** "the first three months of next year", "the last two months of 2026": those months of that year. */
const MONTH_COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6 }
const monthsOfYear: Rule = {
  name: 'months-of-year',
  trigger: /\bmonths\s+of\b/i,
  re: new RegExp(`\\b(?:the\\s+)?(?<pos>first|last|final)\\s+(?<n>two|three|four|five|six|[2-6])\\s+months\\s+of\\s+(?:(?<year>${YEAR})|(?<yearRel>last|this|next)\\s+year)\\b`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    const n = MONTH_COUNTS[(g['n'] ?? '').toLowerCase()]
    if (!n) return null
    const first = (g['pos'] ?? '').toLowerCase() === 'first'
    const [m1, m2] = first ? [1, n] : [13 - n, 12]
    const from = placed({ gran: 'month', y: 0, m: m1 }, g['year'], g['yearRel'], undefined)
    const to = placed({ gran: 'month', y: 0, m: m2 }, g['year'], g['yearRel'], undefined)
    return { ...span(m), spec: { kind: 'range', from, to }, type: 'date', priority: 2 }
  },
}

export const calendarRules: readonly Rule[] = [quarter, quarterCode, topicQuarter, yearAgoPeriod, half, season, month, holiday, dayRangeBeforeMonth, betweenDaysOfMonth, weekOfMonth, monthsOfYear]
