/**
 * Proleptic Gregorian calendar arithmetic on plain numbers. Date.UTC is used only as a day
 * counter (never the clock), so results do not depend on the time zone.
 */

/**
 * The year of a range's start given only its end's ("December 28 to January 3, 2026",
 * "November to February 2027"): the end's year, or the year before when the start's month comes
 * later in the year than the end's.
 */
export function startYearOf(endYear: number, startMonth: number, endMonth: number): number {
  return startMonth > endMonth ? endYear - 1 : endYear
}

/** A calendar day. */
export interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

const DAY_MS = 86_400_000

function dayNumber(t: Ymd): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / DAY_MS)
}

function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS)
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }
}

export function addDays(t: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(t) + days)
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysFrom(a: Ymd, b: Ymd): number {
  return dayNumber(b) - dayNumber(a)
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
}

/** ISO weekday: Monday 1 ... Sunday 7. */
export function isoWeekday(t: Ymd): number {
  const w = new Date(dayNumber(t) * DAY_MS).getUTCDay()
  return w === 0 ? 7 : w
}

/** ISO 8601 week-numbering year and week of a day. */
export function isoWeek(t: Ymd): { year: number; week: number } {
  const thursday = addDays(t, 4 - isoWeekday(t))
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 })
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 }
}

/** The Monday of ISO week `week` of ISO year `year`. */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 }
  return addDays(jan4, 1 - isoWeekday(jan4) + 7 * (week - 1))
}

/** Adds months keeping the day when it exists, else the month's last day. */
export function addMonths(t: Ymd, months: number): Ymd {
  const index = t.y * 12 + (t.m - 1) + months
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) }
}

/** The `n`-th (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekdayOfMonth(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 }
    const offset = (weekday - isoWeekday(first) + 7) % 7
    return addDays(first, offset + 7 * (n - 1))
  }
  const last = { y, m, d: daysInMonth(y, m) }
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7))
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const mm = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * mm + 114) / 31)
  const day = ((h + l - 7 * mm + 114) % 31) + 1
  return { y, m: month, d: day }
}

/** Parses YYYY-MM-DD; null when malformed or impossible. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '')
  if (!m) return null
  const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) }
  return isValidDay(t.y, t.m, t.d) ? t : null
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

export function formatYmd(t: Ymd): string {
  return `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`
}

export const quarterOf = (m: number): number => Math.ceil(m / 3)
