/**
 * Calendar arithmetic on ISO values at their own precision (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn,
 * YYYY-Hn, YYYY-Www, with or without a time): the day range a value covers, used to compare an
 * event date with the publication date and with another report's date.
 */
import type { Precision } from '../../schema/records.js'

export interface DayRange {
  /** YYYY-MM-DD, inclusive. */
  readonly first: string
  /** YYYY-MM-DD, inclusive. */
  readonly last: string
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
const ymd = (d: Date): string => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
const lastDayOfMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * Ranges already computed, by value: the same few values are asked for again and again (every
 * date of a document by every frame and draft). Bounded; the ranges are frozen, being shared.
 */
const ranges = new Map<string, DayRange | null>()

/** The days an ISO value covers, or null when it is not a calendar value (P3M, PAST_REF…). */
export function dayRange(value: string | null | undefined): DayRange | null {
  if (!value) return null
  let range = ranges.get(value)
  if (range === undefined) {
    range = computeDayRange(value)
    if (range !== null) Object.freeze(range)
    if (ranges.size >= 4096) ranges.clear()
    ranges.set(value, range)
  }
  return range
}

function computeDayRange(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (m) return { first: `${m[1]}-${m[2]}-${m[3]}`, last: `${m[1]}-${m[2]}-${m[3]}` }
  m = /^(\d{4})-(\d{2})$/.exec(value)
  if (m) {
    const y = Number(m[1])
    const mo = Number(m[2])
    return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(lastDayOfMonth(y, mo))}` }
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value)
  if (m) {
    const q = Number(m[2])
    const y = Number(m[1])
    return { first: `${m[1]}-${pad(q * 3 - 2)}-01`, last: `${m[1]}-${pad(q * 3)}-${pad(lastDayOfMonth(y, q * 3))}` }
  }
  m = /^(\d{4})-H([12])$/.exec(value)
  if (m) return m[2] === '1' ? { first: `${m[1]}-01-01`, last: `${m[1]}-06-30` } : { first: `${m[1]}-07-01`, last: `${m[1]}-12-31` }
  m = /^(\d{4})-W(\d{2})$/.exec(value)
  if (m) {
    // ISO week: the week with the year's first Thursday is week 1.
    const y = Number(m[1])
    const jan4 = new Date(Date.UTC(y, 0, 4))
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000)
    const first = new Date(monday.getTime() + (Number(m[2]) - 1) * 7 * 86_400_000)
    return { first: ymd(first), last: ymd(new Date(first.getTime() + 6 * 86_400_000)) }
  }
  m = /^(\d{4})$/.exec(value)
  if (m) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` }
  return null
}

/** The range from `start` to `end` (or `start` alone). */
export function spanRange(start: string | null, end: string | null): DayRange | null {
  const a = dayRange(start)
  if (!a) return null
  const b = dayRange(end)
  return b && b.last >= a.first ? { first: a.first, last: b.last } : a
}

export function overlaps(a: DayRange, b: DayRange): boolean {
  return a.first <= b.last && b.first <= a.last
}

export function contains(outer: DayRange, inner: DayRange): boolean {
  return outer.first <= inner.first && inner.last <= outer.last
}

/** Days from `a` to `b` (YYYY-MM-DD each). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** A value cut to a day when it carries a time ("2019-11-14T08:00" → "2019-11-14"). */
export function dropTime(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T/.exec(value)
  return m ? m[1]! : value
}

const rank: Record<Precision, number> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  quarter: 4,
  season: 5,
  half: 6,
  year: 7,
  decade: 8,
  century: 9,
  unknown: 10,
}

/** Lower is finer. */
export function precisionRank(p: Precision | null): number {
  return p === null ? 11 : rank[p]
}

/** The precision an ISO value is written at. */
export function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day'
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week'
  if (/^\d{4}-\d{2}$/.test(value)) return 'month'
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter'
  if (/^\d{4}-H\d$/.test(value)) return 'half'
  if (/^\d{4}$/.test(value)) return 'year'
  return 'unknown'
}
