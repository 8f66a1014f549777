/**
 * Anchors a recognized expression: explicit values stay as written, relative ones move from the
 * publication date (the reference) or from the previous date in the text, and underspecified
 * ones (a weekday, a month without a year) take the direction of their clause's tense.
 */
import { addDays, daysFrom, easter, isoWeekday, nthWeekdayOfMonth, pad, type Ymd } from './calendar.js'
import {
  PRECISION_OF,
  UNIT_GRAN,
  compareStart,
  finerThan,
  firstDay,
  project,
  recordValueOf,
  shiftPoint,
  timexOf,
} from './point.js'
import type { Direction, Point, Resolved, Spec } from './types.js'

export interface Anchors {
  /** Publication date. */
  readonly reference: Ymd | null
  /** The last resolved point in the text (day or coarser), for chained expressions. */
  readonly previous: Point | null
  /** The last quarter mentioned, for "the quarter" and "a year earlier" in earnings prose. */
  readonly quarter: Point | null
  readonly direction: Direction
  /** The last span of several days the text gave ("from Monday 11th to Wednesday 13th May"), for "the first day". */
  readonly span?: { readonly start: Ymd; readonly end: Ymd } | null
  /** The days the text named so far (first days and last days of spans), in text order. */
  readonly days?: readonly Ymd[]
}

const UNRESOLVED = 'unresolved-no-reference'

function fromPoint(p: Point, resolution: Resolved['resolution'], flags?: readonly string[]): Resolved {
  const value = recordValueOf(p)
  return {
    start: value.start,
    end: value.end,
    timex: timexOf(p),
    precision: PRECISION_OF[p.gran],
    resolution,
    anchor: p.gran === 'time' || p.gran === 'pod' ? { gran: 'day', y: p.y, m: p.m ?? 1, d: p.d ?? 1 } : p,
    ...(flags && flags.length > 0 ? { flags } : {}),
  }
}

/** A value we cannot anchor: TimeML's X placeholders, resolution `inferred`. */
function unanchored(timex: string, precision: Resolved['precision']): Resolved {
  return { start: timex, end: null, timex, precision, resolution: 'inferred', anchor: null, flags: [UNRESOLVED] }
}

/**
 * Picks the year for a yearless point by comparing months, as HeidelTime does: past tense and a
 * later month mean last year, future tense and an earlier month mean next year, otherwise the
 * reference year. A month-level test keeps "Nov. 6" in a Nov. 2 story in the same year even
 * when the verb is past.
 */
function placeInYear(p: Point, ref: Ymd, direction: Direction): Point {
  const gran = p.gran === 'day' || p.gran === 'pod' || p.gran === 'time' || p.gran === 'month' ? 'month' : p.gran
  const refPoint = project(ref, gran)
  const same: Point = { ...p, y: refPoint.y }
  const c = compareStart(project(firstDay(same), gran), refPoint)
  const months = (firstDay(same).y - ref.y) * 12 + firstDay(same).m - ref.m
  // A date shortly ahead stays in the reference year even after a past verb: news reports
  // coming deadlines in the past tense ("the offer was extended to Nov. 16"); likewise a date
  // just behind stays despite a future verb. Slack: two months for days, one for months, and
  // for quarters and seasons half a year behind ("expects to report third-quarter results").
  const slack = p.gran === 'day' || p.gran === 'pod' || p.gran === 'time' ? 2 : 1
  const behindSlack = p.gran === 'quarter' || p.gran === 'half' || p.gran === 'season' ? 5 : slack
  if (direction === 'past' && c > 0 && months > slack) return { ...same, y: same.y - 1 }
  if (direction === 'future' && c < 0 && -months > behindSlack) return { ...same, y: same.y + 1 }
  if (direction === 'none') {
    // Without a tense cue take the nearest: "December" in a January story is last December.
    if (months > 6) return { ...same, y: same.y - 1 }
    if (months < -6) return { ...same, y: same.y + 1 }
  }
  return same
}

function weekdayNear(ref: Ymd, weekday: number, shift: -1 | 0 | 1 | null, direction: Direction): Ymd {
  const back = (isoWeekday(ref) - weekday + 7) % 7
  const ahead = (weekday - isoWeekday(ref) + 7) % 7
  if (shift === -1) return addDays(ref, -(back === 0 ? 7 : back))
  if (shift === 1) return addDays(ref, ahead === 0 ? 7 : ahead)
  if (shift === 0) {
    // "this Friday": the one in the current week, Monday-based.
    return addDays(ref, weekday - isoWeekday(ref))
  }
  if (direction === 'future') return addDays(ref, ahead)
  return addDays(ref, -back)
}

function holidayDay(rule: string, y: number): Ymd | null {
  const fixed = /^(\d{2})-(\d{2})$/.exec(rule)
  if (fixed) return { y, m: Number(fixed[1]), d: Number(fixed[2]) }
  const nth = /^(\d{2})-(MO|TU|WE|TH|FR|SA|SU)(\d|L)$/.exec(rule)
  if (nth) {
    const wd = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(nth[2] ?? '') + 1
    return nthWeekdayOfMonth(y, Number(nth[1]), wd, nth[3] === 'L' ? -1 : Number(nth[3]))
  }
  const e = /^EASTER([+-]\d+)?$/.exec(rule)
  if (e) return addDays(easter(y), Number(e[1] ?? 0))
  return null
}

/** Replaces the year of a point with a placeholder for values we cannot anchor. */
function unanchoredPoint(p: Point): Resolved {
  return unanchored(timexOf(p).replace(/^\d{4}/, 'XXXX'), PRECISION_OF[p.gran])
}

function resolveNear(p: Point, shift: -1 | 1, ref: Ymd): Point {
  const current = project(ref, p.gran)
  const sameYear = { ...p, y: current.y }
  const c = compareStart(sameYear, current)
  if (shift < 0) return c < 0 ? sameYear : { ...sameYear, y: sameYear.y - 1 }
  return c > 0 ? sameYear : { ...sameYear, y: sameYear.y + 1 }
}

/** The end of "May and July", "Wednesday and Thursday": the first such value on or after the start. */
function resolveRangeEnd(to: Spec, from: Point | null): Resolved | null {
  if (!from) return null
  if (to.kind === 'abs' && to.yearless) {
    const same = { ...to.point, y: from.y }
    return fromPoint(compareStart(same, from) < 0 ? { ...same, y: from.y + 1 } : same, 'relative_to_previous')
  }
  if (to.kind === 'weekday' && to.shift === null && from.gran === 'day') {
    const day = firstDay(from)
    const ahead = (to.weekday - isoWeekday(day) + 7) % 7
    const t = addDays(day, ahead)
    return fromPoint({ gran: 'day', y: t.y, m: t.m, d: t.d }, 'relative_to_previous')
  }
  return null
}

/** Resolves one spec; `a.previous` must already reflect the text before it. */
export function resolveSpec(spec: Spec, a: Anchors): Resolved {
  const ref = a.reference
  switch (spec.kind) {
    case 'abs': {
      if (!spec.yearless) return fromPoint(spec.point, 'explicit')
      if (!ref) return unanchoredPoint(spec.point)
      return fromPoint(placeInYear(spec.point, ref, a.direction), 'relative_to_publication')
    }
    case 'holiday': {
      const y = spec.year ?? ref?.y
      if (y === undefined) return unanchored('XXXX-XX-XX', 'day')
      const day = holidayDay(spec.rule, y)
      if (!day) return unanchored('XXXX-XX-XX', 'day')
      const point: Point = { gran: 'day', y: day.y, m: day.m, d: day.d }
      if (spec.year !== null || !ref) return fromPoint(point, 'explicit')
      const placed = placeInYear(point, ref, a.direction)
      const again = holidayDay(spec.rule, placed.y) ?? day
      return fromPoint({ gran: 'day', y: again.y, m: again.m, d: again.d }, 'relative_to_publication')
    }
    case 'range': {
      const from = resolveSpec(spec.from, a)
      if (!spec.to) return { ...from, flags: [...(from.flags ?? []), 'range-end-invalid'] }
      const to = resolveRangeEnd(spec.to, from.anchor) ?? resolveSpec(spec.to, { ...a, previous: from.anchor })
      return { ...from, end: to.end ?? to.start }
    }
    case 'weekday': {
      if (!ref) return unanchored(`XXXX-WXX-${spec.weekday}`, 'day')
      const day = weekdayNear(ref, spec.weekday, spec.shift, a.direction)
      const point: Point =
        spec.hh !== undefined
          ? { gran: 'time', y: day.y, m: day.m, d: day.d, hh: spec.hh, mm: spec.mm ?? 0 }
          : spec.pod
            ? { gran: 'pod', y: day.y, m: day.m, d: day.d, pod: spec.pod }
            : { gran: 'day', y: day.y, m: day.m, d: day.d }
      return fromPoint(point, 'relative_to_publication')
    }
    case 'weekend': {
      if (!ref) return unanchored('XXXX-WXX-WE', 'week')
      const saturday =
        spec.shift === 1
          ? weekdayNear(ref, 6, 1, 'future')
          : spec.shift === -1
            ? addDays(weekdayNear(ref, 6, null, 'past'), isoWeekday(ref) >= 6 ? -7 : 0)
            : weekdayNear(ref, 6, null, a.direction === 'future' || spec.shift === 0 ? 'future' : 'past')
      return fromPoint(project(saturday, 'weekend'), 'relative_to_publication')
    }
    case 'shift': {
      const gran = UNIT_GRAN[spec.unit]
      const usePrevious = spec.anchor === 'previous' && a.previous !== null
      if (spec.inherit && a.quarter && finerThan(a.quarter.gran, gran)) {
        return fromPoint(shiftPoint(a.quarter, spec.unit, spec.n), 'relative_to_previous')
      }
      const base = usePrevious ? a.previous : null
      if (!base && !ref) return unanchored(spec.n === 0 ? 'PRESENT_REF' : spec.n < 0 ? 'PAST_REF' : 'FUTURE_REF', PRECISION_OF[gran])
      const start: Point = base
        ? finerThan(base.gran, gran) || base.gran === gran
          ? project(firstDay(base), gran)
          : base
        : project(ref as Ymd, gran === 'time' ? 'day' : gran)
      const moved = shiftPoint(start, spec.unit, spec.n)
      const withPod: Point =
        spec.pod && moved.gran === 'day' ? { ...moved, gran: 'pod', pod: spec.pod } : moved
      return fromPoint(withPod, usePrevious ? 'relative_to_previous' : 'relative_to_publication')
    }
    case 'yearOf': {
      if (!ref) return unanchoredPoint(spec.point)
      const y = spec.point.gran === 'season' ? project(ref, 'season').y : ref.y
      return fromPoint({ ...spec.point, y: y + spec.offset }, 'relative_to_publication')
    }
    case 'near':
      if (!ref) return unanchoredPoint(spec.point)
      return fromPoint(resolveNear(spec.point, spec.shift, ref), 'relative_to_publication')
    case 'topicQuarter': {
      // The quarter under discussion, else the last completed one (earnings are reported after it).
      if (a.quarter) return fromPoint(a.quarter, 'relative_to_previous')
      if (!ref) return unanchored('XXXX-QX', 'quarter')
      return fromPoint(shiftPoint(project(ref, 'quarter'), 'quarter', spec.fallback), 'relative_to_publication')
    }
    case 'clock': {
      const day = a.previous && a.previous.gran === 'day' ? firstDay(a.previous) : ref
      if (!day) return unanchored(`XXXX-XX-XXT${pad(spec.hh)}:${pad(spec.mm)}`, 'time')
      const point: Point = { gran: 'time', y: day.y, m: day.m, d: day.d, hh: spec.hh, mm: spec.mm }
      return fromPoint(point, a.previous && a.previous.gran === 'day' ? 'relative_to_previous' : 'relative_to_publication')
    }
    case 'nthDay': {
      const span = a.span
      if (!span) return unanchored('XXXX-XX-XX', 'day')
      const day = spec.n > 0 ? addDays(span.start, spec.n - 1) : span.end
      if (daysFrom(day, span.end) < 0) return unanchored('XXXX-XX-XX', 'day')
      return fromPoint({ gran: 'day', y: day.y, m: day.m, d: day.d }, 'relative_to_previous')
    }
    case 'dayOf': {
      const day = a.days?.findLast((x) => x.d === spec.d)
      if (!day) return unanchored(`XXXX-XX-${pad(spec.d)}`, 'day')
      return fromPoint({ gran: 'day', y: day.y, m: day.m, d: day.d }, 'relative_to_previous')
    }
    case 'ref':
      return { start: spec.token, end: null, timex: spec.token, precision: 'unknown', resolution: 'inferred', anchor: null }
    case 'duration':
    case 'set':
      return { start: spec.value, end: null, timex: spec.value, precision: 'unknown', resolution: 'explicit', anchor: null }
  }
}
