/**
 * Combining candidates of one sentence: keep the best non-overlapping ones, pair clock times
 * with their day, and (for pressroom) join coordinated days and months into ranges.
 */
import { startYearOf } from './calendar.js'
import type { Found, Spec } from './types.js'

/** Longest first; ties go to the higher priority, then the earlier rule. */
export function selectNonOverlapping(found: readonly Found[]): Found[] {
  const sorted = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.order - b.order || a.start - b.start,
  )
  const kept: Found[] = []
  for (const f of sorted) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f)
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end)
}

const isDayLike = (spec: Spec): boolean =>
  spec.kind === 'weekday' ||
  spec.kind === 'holiday' ||
  (spec.kind === 'shift' && spec.unit === 'day' && !spec.pod) ||
  (spec.kind === 'abs' && spec.point.gran === 'day')

/**
 * "9 a.m. EST Tuesday", "8 a.m., Thursday", "Thursday at 3 p.m.": the clock time takes the day.
 * TimeML makes one TIME expression of both; pressroom keeps the day as its own date ("Thursday")
 * and gives the clock time that day.
 */
export function mergeClockWithDay(text: string, found: readonly Found[], merge: boolean): Found[] {
  const out: Found[] = []
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as Found
    const b = found[i + 1]
    if (b && b.start - a.end <= 5) {
      const gap = text.slice(a.end, b.start)
      const clockFirst = a.spec.kind === 'clock' && isDayLike(b.spec) && !b.clock && /^(?:,?\s+|\s+on\s+)$/.test(gap)
      const dayFirst = b.spec.kind === 'clock' && isDayLike(a.spec) && !a.clock && /^(?:,?\s+|\s+at\s+)$/.test(gap)
      if (clockFirst || dayFirst) {
        const [clock, day] = clockFirst ? [a, b] : [b, a]
        if (clock.spec.kind !== 'clock') continue
        const time = { hh: clock.spec.hh, mm: clock.spec.mm }
        if (merge) {
          out.push({ ...day, start: a.start, end: b.end, clock: time, type: 'time', rule: `${a.rule}+${b.rule}` })
        } else {
          const timed: Found = { ...clock, spec: day.spec, clock: time, rule: `${clock.rule}+${day.rule}` }
          out.push(...(clockFirst ? [timed, day] : [day, timed]))
        }
        i++
        continue
      }
    }
    out.push(a)
  }
  return out
}

/**
 * "Wednesday and Thursday", "May and July", "Monday to Wednesday", "August 31 and September 1":
 * one range in pressroom records (TimeML keeps two expressions).
 */
export function mergeCoordinated(text: string, found: readonly Found[]): Found[] {
  const out: Found[] = []
  for (let i = 0; i < found.length; i++) {
    const a = found[i] as Found
    const b = found[i + 1]
    // "from Monday, November 16, to Friday, November 20": a comma may close the first day.
    // Spanish "el miércoles y jueves", "del lunes al miércoles" joins as "and" and "to" do.
    const joint = b && b.start - a.end <= 12 ? /^(?:\s+(and|to|through|until|-|y|al|hasta)|,\s+(to|through|until))\s+$/.exec(text.slice(a.end, b.start)) : null
    const raw = joint ? (joint[1] ?? joint[2] ?? '') : ''
    const word = raw === 'y' ? 'and' : raw === 'al' || raw === 'hasta' ? 'to' : raw
    if (b && joint && (sameKind(a.spec, b.spec) || (word === 'and' && nextDay(a.spec, b.spec)) || yearSpan(text, a, b, word) || monthSpan(text, a, b, word) || daySpan(text, a, b, word))) {
      out.push({ ...a, end: b.end, spec: { kind: 'range', from: withEndYear(a.spec, b.spec), to: b.spec }, rule: `${a.rule}+${b.rule}` })
      i++
      continue
    }
    // "in March and May 2026": two months, the first in the year of the second.
    out.push(b && word === 'and' ? { ...a, spec: withEndYear(a.spec, b.spec) } : a)
  }
  return out
}

/**
 * "August 31 and September 1": two days in a row across a month's end, each with its month, are
 * one range ("May 3 and May 17" stay two dates; days of one month are read as a range by the
 * day-range rule).
 */
function nextDay(a: Spec, b: Spec): boolean {
  if (a.kind !== 'abs' || b.kind !== 'abs' || a.point.gran !== 'day' || b.point.gran !== 'day') return false
  const [am, ad, bm, bd] = [a.point.m ?? 0, a.point.d ?? 0, b.point.m ?? 0, b.point.d ?? 0]
  if (a.point.y !== 0 && b.point.y !== 0 && a.point.y !== b.point.y && !(am === 12 && bm === 1)) return false
  return bd === 1 && ad >= 28 && (bm === am + 1 || (am === 12 && bm === 1))
}

/**
 * "between June 22 and Sept. 3": two days, the later second, after "between" are one range
 * ("on May 3 and May 17" stay two days); so are two days after "from" joined by "to".
 */
function daySpan(text: string, a: Found, b: Found, joint: string): boolean {
  if (a.mod || b.mod || a.spec.kind !== 'abs' || b.spec.kind !== 'abs' || a.spec.point.gran !== 'day' || b.spec.point.gran !== 'day') return false
  const [x, y] = [a.spec.point, b.spec.point]
  const later = x.y !== 0 && y.y !== 0 && x.y !== y.y ? y.y > x.y : (y.m ?? 0) * 100 + (y.d ?? 0) > (x.m ?? 0) * 100 + (x.d ?? 0)
  // "from Monday, November 16, to Friday, November 20": two days after "from", the later second.
  if (joint !== 'and') return later && /\bfrom\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))
  return later && /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))
}

/**
 * "between 2019 and 2021", "from 2019 to 2021": two years, the later second, after "between" or
 * "from" are one range ("in 2019 and 2021" stay two years).
 */
function yearSpan(text: string, a: Found, b: Found, joint: string): boolean {
  if (a.spec.kind !== 'abs' || b.spec.kind !== 'abs' || a.spec.point.gran !== 'year' || b.spec.point.gran !== 'year' || a.mod || b.mod) return false
  if (b.spec.point.y <= a.spec.point.y) return false
  const before = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 10), a.start))?.[1]?.toLowerCase()
  return before === 'between' ? joint === 'and' : before === 'from' && joint !== 'and'
}

/**
 * "January to June 2027", "between March and May 2026": a month without its year, then a month
 * with it, are one range in that year (with "and" only after "between" or for two months in a row,
 * "May and June 2022": "in March and May 2026" stay two months).
 */
function monthSpan(text: string, a: Found, b: Found, joint: string): boolean {
  if (a.mod || b.mod || !yearlessThenYear(a.spec, b.spec)) return false
  if (joint !== 'and') return true
  // "the floods of May and June 2022": two months in a row are one span, as two days in a row are.
  if (b.spec.kind === 'abs' && ((a.spec.point.m ?? 0) % 12) + 1 === b.spec.point.m) return true
  return /\bbetween\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))
}

/** A month without its year, then a month with it ("January" … "June 2027"). */
function yearlessThenYear(a: Spec, b: Spec): a is Extract<Spec, { kind: 'abs' }> {
  return a.kind === 'abs' && b.kind === 'abs' && a.yearless && !b.yearless && a.point.gran === 'month' && b.point.gran === 'month'
}

/** "January to June 2027": the first month takes the year of the second (the year before when it comes later in the year: "November to February 2027"). */
function withEndYear(from: Spec, to: Spec): Spec {
  if (!yearlessThenYear(from, to) || to.kind !== 'abs') return from
  const y = startYearOf(to.point.y, from.point.m ?? 0, to.point.m ?? 0)
  return { kind: 'abs', point: { ...from.point, y }, yearless: false }
}

function sameKind(a: Spec, b: Spec): boolean {
  if (a.kind === 'weekday' && b.kind === 'weekday') return a.shift === null && b.shift === null && !a.pod && !b.pod
  if (a.kind === 'abs' && b.kind === 'abs') return a.point.gran === 'month' && b.point.gran === 'month' && (b.yearless || !a.yearless)
  return false
}

// Quote marks that open or close a quotation (straight quotes toggle).
const QUOTES = /[“”"]|``|''/g

/** Whether `index` lies inside a quotation that opened earlier in its paragraph. */
export function insideQuote(text: string, index: number): boolean {
  const paragraphStart = text.lastIndexOf('\n', index) + 1
  let open = false
  for (const m of text.slice(paragraphStart, index).matchAll(QUOTES)) {
    if (m[0] === '“' || m[0] === '``') open = true
    else if (m[0] === '”' || m[0] === "''") open = false
    else open = !open
  }
  return open
}

