/** Internal shapes of the dates stage: what recognizers find and what the resolver produces. */
import type { Precision, Resolution } from '../../schema/records.js'

/** Granularity of a calendar value; `pod` is a part of a day (morning, night). */
export type Gran =
  | 'time'
  | 'pod'
  | 'day'
  | 'weekend'
  | 'week'
  | 'month'
  | 'quarter'
  | 'half'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'

/**
 * A calendar value at granularity `gran`. `y` is the calendar year (ISO week-year for weeks,
 * first year for decades and centuries). Fields below `gran` are absent.
 */
export interface Point {
  readonly gran: Gran
  readonly y: number
  readonly m?: number
  readonly d?: number
  /** ISO week. */
  readonly w?: number
  readonly q?: number
  readonly h?: number
  /** SP, SU, FA, WI. */
  readonly season?: string
  /** MO, AF, EV, NI, DT. */
  readonly pod?: string
  readonly hh?: number
  readonly mm?: number
}

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century'

export type RefToken = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'

/** Which way an underspecified expression points, from the tense of its clause. */
export type Direction = 'past' | 'future' | 'none'

/** What an expression means before it is anchored. */
export type Spec =
  /** A calendar value; when `yearless`, `point.y` is a placeholder and the year comes from tense. */
  | { readonly kind: 'abs'; readonly point: Point; readonly yearless: boolean }
  /** A holiday whose date depends on the year (Thanksgiving, Easter). */
  | { readonly kind: 'holiday'; readonly rule: string; readonly year: number | null }
  | { readonly kind: 'range'; readonly from: Spec; readonly to: Spec | null }
  /** Monday..Sunday (1..7); `shift` from last/next/this. */
  | {
      readonly kind: 'weekday'
      readonly weekday: number
      readonly shift: -1 | 0 | 1 | null
      readonly pod?: string
      readonly hh?: number
      readonly mm?: number
      /** "Wednesday's ruling": a possessive weekday names something that already happened. */
      readonly possessive?: boolean
    }
  /**
   * `n` units from the anchor, at the unit's granularity: yesterday (day -1, reference),
   * last year (year -1), the next day (day +1, previous date), this week (week 0).
   */
  | {
      readonly kind: 'shift'
      readonly unit: TimeUnit
      readonly n: number
      readonly anchor: 'reference' | 'previous'
      readonly pod?: string
      /** Keep the anchor's own granularity when it is finer than the unit (a year earlier than Q3). */
      readonly inherit?: boolean
    }
  /** A point in the reference year moved by `offset` years ("June last year", "this September"). */
  | { readonly kind: 'yearOf'; readonly point: Point; readonly offset: number }
  /** The latest such point before the current one, or the first after ("last June", "next spring"). */
  | { readonly kind: 'near'; readonly point: Point; readonly shift: -1 | 1 }
  /**
   * "the quarter", "the latest quarter", "this quarter": the quarter under discussion; without
   * one, the last completed quarter (`fallback` -1) or the current one (0).
   */
  | { readonly kind: 'topicQuarter'; readonly fallback: -1 | 0 }
  /** A clock time with no day: the day of the previous date, else the reference. */
  | { readonly kind: 'clock'; readonly hh: number; readonly mm: number }
  | { readonly kind: 'weekend'; readonly shift: -1 | 0 | 1 | null }
  /**
   * "the first day of the visit", "the third day", "the final day": a day of the last span of
   * days the text gave (1 = its first day, -1 = its last).
   */
  | { readonly kind: 'nthDay'; readonly n: number }
  /** "From the 25th": the day of that number the text named last ("January 25 to March 14"). */
  | { readonly kind: 'dayOf'; readonly d: number }
  | { readonly kind: 'ref'; readonly token: RefToken }
  | { readonly kind: 'duration'; readonly value: string }
  | { readonly kind: 'set'; readonly value: string }

export type TimexKind = 'date' | 'time' | 'duration' | 'set'

/** A recognized expression before resolution. Offsets are into the whole text. */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly spec: Spec
  readonly type: TimexKind
  readonly rule: string
  readonly mod?: string
  readonly flags?: readonly string[]
  /** Higher wins between candidates of equal length. */
  readonly priority?: number
}

/** How a record value is narrowed ("earlier this week" ends before the reference day). */
export type Narrowing = 'before-reference' | 'after-reference' | 'first-month' | 'last-month'

/** A candidate with what the combining and adjusting steps need. */
export interface Found extends Candidate {
  /** A clock time to apply to the resolved day ("noon Thursday"). */
  readonly clock?: { readonly hh: number; readonly mm: number }
  /** Not a date: why (a year inside a name), for an info diagnostic. */
  readonly note?: string
  readonly narrow?: Narrowing
  /** Index of the rule, for stable tie-breaking. */
  readonly order: number
}

/** A resolved value ready to become a DateRecord. */
export interface Resolved {
  readonly start: string
  readonly end: string | null
  readonly timex: string
  readonly precision: Precision
  readonly resolution: Resolution
  /** The day-level (or coarser) point, kept as the anchor for later relative expressions. */
  readonly anchor: Point | null
  readonly flags?: readonly string[]
}
