/** Adjustments of a resolved value that depend on the expression's wording. */
import { addDays, formatYmd, pad, type Ymd } from './calendar.js'
import { firstDay } from './point.js'
import type { Found, Point, Resolved } from './types.js'

/** Applies a clock time to a resolved day ("noon Thursday" -> 2019-11-14T12:00; value stays the day). */
export function withClock(r: Resolved, clock: { hh: number; mm: number } | undefined): Resolved {
  if (!clock || r.precision !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(r.start)) return r
  return { ...r, timex: `${r.start}T${pad(clock.hh)}:${pad(clock.mm)}`, precision: 'time' }
}

/**
 * Narrows a record value: "earlier this week" ends the day before the day the text is at (the
 * previous date when it falls in that week, else the reference).
 */
export function narrowValue(r: Resolved, narrow: Found['narrow'], ref: Ymd | null, previousDay: Point | null): Resolved {
  if (!narrow) return r
  if (narrow === 'last-month' || narrow === 'first-month') {
    return /^\d{4}$/.test(r.start) ? { ...r, start: `${r.start}-${narrow === 'last-month' ? '12' : '01'}`, end: null } : r
  }
  if (!ref || !r.end) return r
  const previous = previousDay ? firstDay(previousDay) : null
  const now = previous && formatYmd(previous) >= r.start && formatYmd(previous) <= r.end ? previous : ref
  const day = formatYmd(addDays(now, narrow === 'before-reference' ? -1 : 1))
  if (narrow === 'before-reference' && day >= r.start) return { ...r, end: day }
  if (narrow === 'after-reference' && day <= r.end) return { ...r, start: day }
  return r
}

/**
 * U.S. federal fiscal year: FY2024 runs 2023-10-01 to 2024-09-30. A relative one ("this fiscal
 * year") is counted from the reference, which from October on lies in the next fiscal year.
 */
export function fiscalRange(r: Resolved, relative: boolean, ref: Ymd | null): Resolved {
  const y = /^(\d{4})$/.exec(r.start)
  if (!y) return r
  const year = Number(y[1]) + (relative && ref && ref.m >= 10 ? 1 : 0)
  return { ...r, timex: pad(year, 4), start: `${pad(year - 1, 4)}-10-01`, end: `${pad(year, 4)}-09-30` }
}

