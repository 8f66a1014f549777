/** Calendar points: TimeML formatting, ISO record values, and shifting by a unit. */
import type { Precision } from '../../schema/records.js'
import {
  addDays,
  addMonths,
  daysInMonth,
  formatYmd,
  isoWeek,
  isoWeekMonday,
  pad,
  quarterOf,
  type Ymd,
} from './calendar.js'
import type { Gran, Point, TimeUnit } from './types.js'

const SEASON_ORDER = ['WI', 'SP', 'SU', 'FA'] as const

/** The season a month falls in (meteorological; December counts as next year's winter). */
function seasonOf(m: number): { season: string; yearShift: number } {
  if (m === 12) return { season: 'WI', yearShift: 1 }
  return { season: SEASON_ORDER[Math.floor(m / 3)] ?? 'WI', yearShift: 0 }
}

function seasonIndex(season: string): number {
  return SEASON_ORDER.indexOf(season as (typeof SEASON_ORDER)[number])
}

/** The first day a point covers. */
export function firstDay(p: Point): Ymd {
  switch (p.gran) {
    case 'time':
    case 'pod':
    case 'day':
      return { y: p.y, m: p.m ?? 1, d: p.d ?? 1 }
    case 'week':
    case 'weekend': {
      const monday = isoWeekMonday(p.y, p.w ?? 1)
      return p.gran === 'weekend' ? addDays(monday, 5) : monday
    }
    case 'month':
      return { y: p.y, m: p.m ?? 1, d: 1 }
    case 'quarter':
      return { y: p.y, m: ((p.q ?? 1) - 1) * 3 + 1, d: 1 }
    case 'half':
      return { y: p.y, m: (p.h ?? 1) === 1 ? 1 : 7, d: 1 }
    case 'season': {
      const i = seasonIndex(p.season ?? 'WI')
      return i === 0 ? { y: p.y - 1, m: 12, d: 1 } : { y: p.y, m: i * 3, d: 1 }
    }
    case 'year':
    case 'decade':
    case 'century':
      return { y: p.y, m: 1, d: 1 }
  }
}

/** The point of granularity `gran` that contains day `t`. */
export function project(t: Ymd, gran: Gran): Point {
  switch (gran) {
    case 'time':
    case 'pod':
    case 'day':
      return { gran: 'day', y: t.y, m: t.m, d: t.d }
    case 'week': {
      const w = isoWeek(t)
      return { gran: 'week', y: w.year, w: w.week }
    }
    case 'weekend': {
      const w = isoWeek(t)
      return { gran: 'weekend', y: w.year, w: w.week }
    }
    case 'month':
      return { gran: 'month', y: t.y, m: t.m }
    case 'quarter':
      return { gran: 'quarter', y: t.y, q: quarterOf(t.m) }
    case 'half':
      return { gran: 'half', y: t.y, h: t.m <= 6 ? 1 : 2 }
    case 'season': {
      const s = seasonOf(t.m)
      return { gran: 'season', y: t.y + s.yearShift, season: s.season }
    }
    case 'year':
      return { gran: 'year', y: t.y }
    case 'decade':
      return { gran: 'decade', y: Math.floor(t.y / 10) * 10 }
    case 'century':
      return { gran: 'century', y: Math.floor(t.y / 100) * 100 }
  }
}

export const UNIT_GRAN: Readonly<Record<TimeUnit, Gran>> = {
  second: 'time',
  minute: 'time',
  hour: 'time',
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  half: 'half',
  year: 'year',
  decade: 'decade',
  century: 'century',
}

const GRAN_RANK: Readonly<Record<Gran, number>> = {
  time: 0,
  pod: 1,
  day: 2,
  weekend: 3,
  week: 4,
  month: 5,
  quarter: 6,
  half: 7,
  season: 7,
  year: 8,
  decade: 9,
  century: 10,
}

export const finerThan = (a: Gran, b: Gran): boolean => GRAN_RANK[a] < GRAN_RANK[b]

/** Each unit as a number of days or of months. */
const STEPS: Partial<Record<TimeUnit, { days: number; months: number }>> = {
  day: { days: 1, months: 0 },
  week: { days: 7, months: 0 },
  month: { days: 0, months: 1 },
  quarter: { days: 0, months: 3 },
  half: { days: 0, months: 6 },
  year: { days: 0, months: 12 },
  decade: { days: 0, months: 120 },
  century: { days: 0, months: 1200 },
}

/** Moves a point by `n` units, keeping its own granularity. */
export function shiftPoint(p: Point, unit: TimeUnit, n: number): Point {
  if (n === 0) return p
  if ((unit === 'year' || unit === 'decade' || unit === 'century') && p.gran !== 'week' && p.gran !== 'weekend') {
    const years = unit === 'year' ? n : unit === 'decade' ? 10 * n : 100 * n
    if (p.gran === 'day' || p.gran === 'pod' || p.gran === 'time') {
      const d = Math.min(p.d ?? 1, daysInMonth(p.y + years, p.m ?? 1))
      return { ...p, y: p.y + years, d }
    }
    return { ...p, y: p.y + years }
  }
  const step = STEPS[unit]
  if (!step) return p
  const day = firstDay(p)
  const moved = step.days ? addDays(day, step.days * n) : addMonths(day, step.months * n)
  const out = project(moved, p.gran)
  return p.pod || p.hh !== undefined ? { ...out, gran: p.gran, ...pick(p) } : out
}

function pick(p: Point): Partial<Point> {
  const out: { pod?: string; hh?: number; mm?: number } = {}
  if (p.pod !== undefined) out.pod = p.pod
  if (p.hh !== undefined) out.hh = p.hh
  if (p.mm !== undefined) out.mm = p.mm
  return out
}

/** TimeML value of a point ("2019-11-14", "1998-W02", "199X", "2019-11-14TMO"). */
export function timexOf(p: Point): string {
  const y = pad(p.y, 4)
  switch (p.gran) {
    case 'time':
      return `${y}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}T${pad(p.hh ?? 0)}:${pad(p.mm ?? 0)}`
    case 'pod':
      return `${y}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}T${p.pod ?? 'DT'}`
    case 'day':
      return `${y}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}`
    case 'week':
      return `${y}-W${pad(p.w ?? 1)}`
    case 'weekend':
      return `${y}-W${pad(p.w ?? 1)}-WE`
    case 'month':
      return `${y}-${pad(p.m ?? 1)}`
    case 'quarter':
      return `${y}-Q${p.q ?? 1}`
    case 'half':
      return `${y}-H${p.h ?? 1}`
    case 'season':
      return `${y}-${p.season ?? 'WI'}`
    case 'year':
      return y
    case 'decade':
      return `${y.slice(0, 3)}X`
    case 'century':
      return y.slice(0, 2)
  }
}

/** The record value of a point: ISO at its own precision; decades and centuries as year ranges. */
/**
 * The record value of a point, always YYYY, YYYY-MM or YYYY-MM-DD: weeks are Monday-Sunday
 * day ranges, weekends Saturday-Sunday, quarters, halves and seasons month ranges, decades and
 * centuries year ranges. A time's value is its day (the clock time is in the TimeML value).
 */
export function recordValueOf(p: Point): { start: string; end: string | null } {
  const month = (t: Ymd): string => `${pad(t.y, 4)}-${pad(t.m)}`
  switch (p.gran) {
    case 'decade':
      return { start: pad(p.y, 4), end: pad(p.y + 9, 4) }
    case 'century':
      return { start: pad(p.y, 4), end: pad(p.y + 99, 4) }
    case 'pod':
    case 'time':
      return { start: formatYmd(firstDay(p)), end: null }
    case 'week':
    case 'weekend': {
      const first = firstDay(p)
      return { start: formatYmd(first), end: formatYmd(addDays(first, p.gran === 'week' ? 6 : 1)) }
    }
    case 'quarter':
    case 'season':
    case 'half': {
      const first = firstDay(p)
      return { start: month(first), end: month(addMonths(first, p.gran === 'half' ? 5 : 2)) }
    }
    default:
      return { start: timexOf(p), end: null }
  }
}

export const PRECISION_OF: Readonly<Record<Gran, Precision>> = {
  time: 'time',
  pod: 'day',
  day: 'day',
  weekend: 'week',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  half: 'half',
  season: 'season',
  year: 'year',
  decade: 'decade',
  century: 'century',
}

/** Orders two points by their first day. */
export function compareStart(a: Point, b: Point): number {
  const x = firstDay(a)
  const y = firstDay(b)
  return x.y - y.y || x.m - y.m || x.d - y.d
}
