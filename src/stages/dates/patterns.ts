/** Regex fragments built once from the lexicon, and the number/unit readers the rules share. */
import { alternation, lexicon, lookup } from './lexicon.js'
import type { TimeUnit } from './types.js'

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** Month names and dotted abbreviations; bare "Sept" too. Case is checked by the rules. */
const MONTH_KEYS = Object.keys(lexicon.months)
const FULL_MONTHS = MONTH_KEYS.filter((k) => k.length >= 5 || k === 'may' || k === 'june' || k === 'july')
const MONTH_ABBREVIATIONS = MONTH_KEYS.filter((k) => !FULL_MONTHS.includes(k))
/** Month names, dotted abbreviations ("Nov."), and bare "Sept". Case is checked by the rules. */
export const MONTH = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.|sept)(?![a-z])`
export const WEEKDAY = `(?:${alternation(Object.keys(lexicon.weekdays))})(?![a-z])`
export const YEAR = '(?:1[0-9]{3}|20[0-9]{2})(?![0-9])'
/** Numbers as digits, words ("twenty-five"), fractions ("2 1/2", "two and a half"). */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)?(?:\\s+1/2)?|(?:${TENS.join('|')})[- ](?:${ONES.join('|')})|${alternation(Object.keys(lexicon.numbers))})(?:\\s+and\\s+a\\s+half)?`
export const VAGUE = `(?:${alternation(lexicon.vagueNumbers)})`
export const UNIT = `(?:${alternation(Object.keys(lexicon.units))}|centuries|millennia)`
export const UNITS = `(?:seconds|minutes|hours|days|nights|weeks|fortnights|months|quarters|years|decades|centuries|millennia)`
export const SEASON = `(?:${alternation(Object.keys(lexicon.seasons))})`
export const POD = `(?:${alternation(Object.keys(lexicon.partsOfDay).filter((k) => k !== 'overnight'))})`
export const ORDINAL = `(?:${alternation(Object.keys(lexicon.ordinals))})`

export function monthNumber(word: string): number | null {
  return lookup(lexicon.months, word.replace(/\.$/, '')) ?? null
}

export function weekdayNumber(word: string): number | null {
  return lookup(lexicon.weekdays, word) ?? null
}

/** Reads a number phrase; null for vague quantities ("several"). */
export function parseNumber(phrase: string): number | null {
  let s = phrase.toLowerCase().replace(/\s+/g, ' ').trim()
  let extra = 0
  if (s.endsWith(' and a half')) {
    extra = 0.5
    s = s.slice(0, -' and a half'.length)
  }
  const fraction = /^(\d+) 1\/2$/.exec(s)
  if (fraction) return Number(fraction[1]) + 0.5
  if (/^\d{1,3}(?:,\d{3})+$/.test(s)) return Number(s.replace(/,/g, '')) + extra
  if (/^\d+(?:[.,]\d+)?$/.test(s)) return Number(s.replace(',', '.')) + extra
  const compound = /^(\w+)[- ](\w+)$/.exec(s)
  if (compound && TENS.includes(compound[1] ?? '') && ONES.includes(compound[2] ?? '')) {
    return (lookup(lexicon.numbers, compound[1] ?? '') ?? 0) + (lookup(lexicon.numbers, compound[2] ?? '') ?? 0) + extra
  }
  const n = lookup(lexicon.numbers, s)
  return n === undefined ? null : n + extra
}

export function unitOf(word: string): TimeUnit | null {
  const w = word.toLowerCase().replace(/-/g, '')
  if (w === 'centuries' || w === 'century') return 'century'
  if (w === 'millennia' || w === 'millennium') return null
  const singular = w.endsWith('s') ? w.slice(0, -1) : w
  switch (singular) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
    case 'decade':
      return singular
    case 'night':
      return 'day'
    case 'fortnight':
      return 'week'
    default:
      return null
  }
}

const DURATION_LETTER: Readonly<Record<TimeUnit, string>> = {
  second: 'S',
  minute: 'M',
  hour: 'H',
  day: 'D',
  week: 'W',
  month: 'M',
  quarter: 'Q',
  half: 'M',
  year: 'Y',
  decade: 'Y',
  century: 'Y',
}

const SMALLER: Partial<Record<TimeUnit, { unit: TimeUnit; factor: number }>> = {
  year: { unit: 'month', factor: 12 },
  month: { unit: 'day', factor: 30 },
  week: { unit: 'day', factor: 7 },
  day: { unit: 'hour', factor: 24 },
  hour: { unit: 'minute', factor: 60 },
  minute: { unit: 'second', factor: 60 },
}

/** TimeML duration: P3M, PT2H, P2Y6M, PXY (n null = vague), P20Y for two decades. */
export function durationValue(n: number | null, unit: TimeUnit, fortnight = false): string {
  const time = unit === 'hour' || unit === 'minute' || unit === 'second'
  const prefix = time ? 'PT' : 'P'
  if (n === null) {
    // TimeML letters for vague spans: E decades, C centuries.
    const letter = unit === 'decade' ? 'E' : unit === 'century' ? 'C' : DURATION_LETTER[unit]
    return `${prefix}X${letter}`
  }
  let count = fortnight ? n * 2 : n
  let u = unit
  if (u === 'decade') {
    count *= 10
    u = 'year'
  } else if (u === 'century') {
    count *= 100
    u = 'year'
  }
  const whole = Math.floor(count)
  const rest = count - whole
  const smaller = SMALLER[u]
  if (rest > 0 && smaller) {
    const part = Math.round(rest * smaller.factor)
    const smallTime = smaller.unit === 'hour' || smaller.unit === 'minute' || smaller.unit === 'second'
    const head = whole > 0 ? `${whole}${DURATION_LETTER[u]}` : ''
    if (smallTime && !time) return `P${head}T${part}${DURATION_LETTER[smaller.unit]}`
    return `${prefix}${head}${part}${DURATION_LETTER[smaller.unit]}`
  }
  return `${prefix}${Number(count.toFixed(2))}${DURATION_LETTER[u]}`
}
