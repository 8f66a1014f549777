/**
 * Years: bare years (with the rejections of reject.ts), year ranges, decades, centuries, fiscal
 * years, years in words, and "the 1989 period".
 */
import { ORDINAL, YEAR } from './patterns.js'
import { ABS, POSITION_WORDS, modOf, ordinalValue, span, type Rule, type RuleHit } from './rule.js'
import { yearRejection } from './reject.js'

const yearRange: Rule = {
  name: 'year-range',
  // What the pattern needs, cheap to test: its leading lookbehind makes it slow on every 4 digits.
  trigger: /\d{4}\s?[-/]\s?\d\d/,
  re: new RegExp(`(?<![\\d$#.,/-])(?<a>${YEAR})\\s?[-/]\\s?(?<b>${YEAR}|\\d{2})(?![\\d%-]|\\.\\d)`, 'g'),
  build(m, s) {
    const a = Number(m.groups?.['a'])
    const raw = m.groups?.['b'] ?? ''
    const b = raw.length === 2 ? Math.floor(a / 100) * 100 + Number(raw) : Number(raw)
    if (b <= a || b - a > 20) return null
    if (yearRejection(s, m.index, m.index + m[0].length)) return null
    return {
      ...span(m),
      spec: { kind: 'range', from: ABS({ gran: 'year', y: a }), to: ABS({ gran: 'year', y: b }) },
      type: 'date',
    }
  },
}

/**
 * "the El Niño of 1997 and 1998", "during 2020 and 2021": two consecutive years joined by "and"
 * after "of" or "during" are one span of time. Elsewhere they may be two things ("the 2020 and 2021
 * editions were cancelled"), and years further apart ("of 2019 and 2023") stay two dates.
 */
const consecutiveYears: Rule = {
  name: 'year-pair',
  trigger: /(?:of|during)\s+\d{4}\s+and\s+\d{4}/,
  re: new RegExp(`(?<=\\b(?:of|during)\\s+)(?<a>${YEAR})\\s+and\\s+(?<b>${YEAR})(?![\\d%-]|[.,]\\d)`, 'g'),
  build(m, s) {
    const a = Number(m.groups?.['a'])
    const b = Number(m.groups?.['b'])
    if (b !== a + 1 || yearRejection(s, m.index, m.index + m[0].length)) return null
    return { ...span(m), spec: { kind: 'range', from: ABS({ gran: 'year', y: a }), to: ABS({ gran: 'year', y: b }) }, type: 'date' }
  },
}

const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 1920, thirties: 1930, forties: 1940, fifties: 1950, sixties: 1960, seventies: 1970, eighties: 1980, nineties: 1990,
}

const decade: Rule = {
  name: 'decade',
  trigger: /0'?s\b|ties\b/i,
  re: new RegExp(
    `\\b(?:(?<the>the)\\s+)?(?:(?<pos>early|mid|late)[- ]?)?(?:(?<full>1[0-9]|20)(?<d>[0-9])0'?s|'(?<short>[0-9])0'?s|(?<word>${Object.keys(DECADE_WORDS).join('|')}))(?![\\w'])`,
    'gi',
  ),
  build(m) {
    const g = m.groups ?? {}
    let y: number
    if (g['full']) y = Number(`${g['full']}${g['d']}0`)
    else if (g['short']) y = Number(`19${g['short']}0`)
    else {
      if (!g['the'] && !g['pos']) return null
      y = DECADE_WORDS[(g['word'] ?? '').toLowerCase()] ?? 1900
    }
    const mod = modOf(g['pos'])
    return { ...span(m), spec: ABS({ gran: 'decade', y }), type: 'date', ...(mod ? { mod } : {}) }
  },
}

const century: Rule = {
  name: 'century',
  trigger: /century/i,
  re: new RegExp(`\\b(?:the\\s+)?(?:(?<pos>early|mid|late)[- ]?)?(?<n>${ORDINAL}|\\d{1,2}(?:st|nd|rd|th))[- ]century\\b`, 'gi'),
  build(m) {
    const n = ordinalValue(m.groups?.['n'] ?? '') ?? Number.parseInt(m.groups?.['n'] ?? '', 10)
    if (!Number.isFinite(n) || n < 1 || n > 21) return null
    const mod = modOf(m.groups?.['pos'])
    return { ...span(m), spec: ABS({ gran: 'century', y: (n - 1) * 100 }), type: 'date', ...(mod ? { mod } : {}) }
  },
}

const fiscalYear: Rule = {
  name: 'fiscal-year',
  trigger: /fiscal|FY/i,
  re: new RegExp(
    `\\b(?:(?:the\\s+)?fiscal(?:\\s+year)?\\s+(?<y>${YEAR})|FY\\s?(?<fy>${YEAR}|\\d{2})(?![\\d-])|(?<rel>the|this|last|next|the\\s+current|the\\s+previous|the\\s+latest|the\\s+coming)\\s+fiscal\\s+year)`,
    'gi',
  ),
  build(m) {
    const g = m.groups ?? {}
    const flags = ['fiscal-year']
    const raw = g['y'] ?? g['fy']
    if (raw) {
      const y = raw.length === 2 ? 2000 + Number(raw) : Number(raw)
      return { ...span(m), spec: ABS({ gran: 'year', y }), type: 'date', flags }
    }
    const rel = (g['rel'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const n = rel === 'last' || rel === 'the previous' || rel === 'the latest' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0
    return { ...span(m), spec: { kind: 'shift', unit: 'year', n, anchor: 'reference' }, type: 'date', flags }
  },
}

/**
 * "the 2027-28 financial year", "financial year 2027/28": a government's financial year written
 * across two years runs April to March (Jamaica, Barbados, the United Kingdom and most of the
 * Commonwealth Caribbean; the U.S. fiscal year, named by one year, is the rule above).
 */
const financialYearSpan: Rule = {
  name: 'financial-year-span',
  trigger: /financial|fiscal/i,
  re: new RegExp(
    `\\b(?:(?:the\\s+)?(?<a>${YEAR})\\s?[-–/]\\s?(?<b>${YEAR}|\\d{2})\\s+(?:financial|fiscal)\\s+year|(?:the\\s+)?(?:financial|fiscal)\\s+year\\s+(?<c>${YEAR})\\s?[-–/]\\s?(?<d>${YEAR}|\\d{2}))\\b`,
    'gi',
  ),
  build(m) {
    const g = m.groups ?? {}
    const a = Number(g['a'] ?? g['c'])
    const raw = g['b'] ?? g['d'] ?? ''
    const b = raw.length === 2 ? Math.floor(a / 100) * 100 + Number(raw) : Number(raw)
    if (b !== a + 1) return null
    return { ...span(m), spec: { kind: 'range', from: ABS({ gran: 'month', y: a, m: 4 }), to: ABS({ gran: 'month', y: b, m: 3 }) }, type: 'date', priority: 2 }
  },
}

const ONES_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const wordValue = (w: string): number => {
  const lower = w.toLowerCase()
  const one = ONES_WORDS.indexOf(lower)
  if (one >= 0) return one + 1
  const teen = TEENS_WORDS.indexOf(lower)
  if (teen >= 0) return teen + 10
  const ten = TENS_WORDS.indexOf(lower)
  return ten >= 0 ? (ten + 2) * 10 : 0
}
const TWO_DIGITS = `(?:(?:${TENS_WORDS.join('|')})(?:[\\s-](?:${ONES_WORDS.join('|')}))?|${TEENS_WORDS.join('|')}|oh[\\s-](?:${ONES_WORDS.join('|')}))`

/** Years in words, as broadcast transcripts write them: "nineteen ninety-six", "the year two thousand". */
const spelledYear: Rule = {
  name: 'spelled-year',
  trigger: /nineteen|twenty|thousand/i,
  re: new RegExp(
    `\\b(?<the>the\\s+year\\s+)?(?:(?<century>nineteen|twenty)[\\s-](?<rest>${TWO_DIGITS})|two\\s+thousand(?:\\s+(?:and\\s+)?(?<after>${TWO_DIGITS}|${ONES_WORDS.join('|')}))?)\\b`,
    'gi',
  ),
  build(m, s) {
    const g = m.groups ?? {}
    let y: number
    if (g['century']) {
      const rest = (g['rest'] ?? '').toLowerCase().replace(/^oh[\s-]/, '')
      const parts = rest.split(/[\s-]/)
      y = (g['century'].toLowerCase() === 'nineteen' ? 1900 : 2000) + parts.reduce((n, p) => n + wordValue(p), 0)
    } else {
      // "two thousand" is a number far more often than a year: only with "the year" or a lead word.
      const lead = /\b(?:in|by|since|until|of|before|after)\s+$/i.test(s.slice(Math.max(0, m.index - 8), m.index))
      if (!g['the'] && !lead) return null
      y = 2000 + (g['after'] ? (g['after'].toLowerCase().split(/[\s-]/).reduce((n, p) => n + wordValue(p), 0)) : 0)
    }
    if (yearRejection(s, m.index, m.index + m[0].length) === 'quantity') return null
    return { ...span(m), spec: ABS({ gran: 'year', y }), type: 'date' }
  },
}

/** "the 1989 period", "the 1988 first half": a year standing for a reporting period. */
const yearPeriod: Rule = {
  name: 'year-period',
  trigger: /the\s+\d{4}\s/i,
  re: new RegExp(`\\bthe\\s+(?<y>${YEAR})\\s+(?:fiscal\\s+)?(?:period|fiscal\\s+year|year|season|quarter)\\b`, 'gi'),
  build(m) {
    return { ...span(m), spec: ABS({ gran: 'year', y: Number(m.groups?.['y']) }), type: 'date' }
  },
}

const year: Rule = {
  name: 'year',
  trigger: /\d{4}/,
  re: new RegExp(
    `(?<![\\w$#€£¥.,/'-])(?:(?<pos>${POSITION_WORDS})[- ]?\\s*)?(?:(?<the>the)\\s+year\\s+)?(?<y>${YEAR})(?![\\w%]|[.,]\\d|-\\d|/\\d)`,
    'gi',
  ),
  build(m, s) {
    const g = m.groups ?? {}
    const y = Number(g['y'])
    const yStart = m.index + m[0].length - (g['y'] ?? '').length
    const rejection = yearRejection(s, yStart, m.index + m[0].length)
    if (rejection === 'quantity' || rejection === 'number') return null
    const mod = modOf(g['pos'])
    const pos = (g['pos'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const narrow = pos === 'the end of' || pos === 'the close of' ? 'last-month' : pos === 'the beginning of' || pos === 'the start of' ? 'first-month' : undefined
    const hit: RuleHit = { ...span(m), spec: ABS({ gran: 'year', y }), type: 'date', ...(mod ? { mod } : {}), ...(narrow ? { narrow } : {}) }
    if (rejection) return { ...hit, start: yStart, note: rejection }
    return hit
  },
}

export const yearRules: readonly Rule[] = [yearRange, consecutiveYears, decade, century, financialYearSpan, fiscalYear, spelledYear, yearPeriod, year]
