/**
 * Publication dates as pages write them ("Nov. 12, 2019", "12 November 2019", "2019-11-12T10:00",
 * "11/12/2019") to YYYY-MM-DD. A small parser of our own: no clock, no time zone shifts (the
 * calendar date is taken as written), and a date must name its year.
 */
import { z } from 'zod'
import monthData from './data/months.json' with { type: 'json' }

const MonthsFile = z.object({ months: z.record(z.string(), z.array(z.string())) })

const monthByName = new Map<string, number>()
for (const [num, names] of Object.entries(MonthsFile.parse(monthData).months)) {
  for (const name of names) monthByName.set(name, Number(num))
}
// Longest names first so "sept" wins over "sep".
const MONTH = [...monthByName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|')

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/
const SLASH_YMD = /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/
const MDY = new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?\\s*,?\\s+(\\d{4})(?!\\d)`, 'iu')
// "18 September 2026", "18 de septiembre de 2026", "18-Sep-2026", "the 18th of September 2026".
const DMY = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?(?:\\s+of)?(?:\\s+|-)(?:de\\s+)?(${MONTH})\\.?,?(?:\\s+|-)(?:de\\s+)?(\\d{4})(?!\\d)`, 'iu')
// "2023 Jan 7" (citation metadata).
const YMD_NAMED = new RegExp(`(?<!\\d)(\\d{4})\\s+(${MONTH})\\.?\\s+(\\d{1,2})(?!\\d)`, 'iu')
const SLASH_MDY = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/
// "12.03.2024", "13-05-2025": the day first, as everywhere these separators are used.
const DOTTED_DMY = /(?<![\d.-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?![\d.-]?\d)/

/**
 * How the page being read writes numeric dates whose two numbers could each be the month: whether
 * "11.12.2026" is November 12 (DVIDS writes dotted dates month first; elsewhere they are day
 * first) and whether "12/11/2026" is December 11 (U.S. order, the default) or 12 November
 * (Caribbean and Latin American sites). Set only for the length of one page's reading
 * (withDateOrder).
 */
export interface DateOrder {
  readonly dottedMonthFirst: boolean
  readonly slashDayFirst: boolean
}

const US_ORDER: DateOrder = { dottedMonthFirst: false, slashDayFirst: false }
let order: DateOrder = US_ORDER

const DOTTED_ALL = new RegExp(DOTTED_DMY.source, 'g')
const SLASH_ALL = new RegExp(SLASH_MDY.source, 'g')

/**
 * Whether the dates of one separator in `source` are written month first: true when some date has
 * a day above 12 in second place ("10.28.2026") and none has one in first place, false in the
 * opposite case, `habit` (the site's own) when none decides.
 */
function monthFirstIn(source: string, all: RegExp, monthAt: number, dayAt: number, habit: boolean): boolean {
  let monthFirst = habit
  for (const m of source.matchAll(all)) {
    const a = Number(m[monthAt])
    const b = Number(m[dayAt])
    if (a > 12 && b <= 12) return false
    if (b > 12 && a <= 12) monthFirst = true
  }
  return monthFirst
}

/**
 * The page's order of numeric dates, from those that can only be read one way; when none decides,
 * the site's habit: dotted dates month first only on sites that write so, slash dates day first
 * only on sites outside the United States.
 */
export function dateOrderIn(source: string, habit: { readonly dottedMonthFirst: boolean; readonly slashDayFirst: boolean }): DateOrder {
  return {
    dottedMonthFirst: monthFirstIn(source, DOTTED_ALL, 1, 3, habit.dottedMonthFirst),
    slashDayFirst: !monthFirstIn(source, SLASH_ALL, 1, 2, !habit.slashDayFirst),
  }
}

/** Runs `read` with the page's order of numeric dates in force (see DateOrder). */
export function withDateOrder<T>(pageOrder: DateOrder, read: () => T): T {
  const before = order
  order = pageOrder
  try {
    return read()
  } finally {
    order = before
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** YYYY-MM-DD when the parts make a real calendar day, else null. */
export function toIsoDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  if (day > (days[month - 1] ?? 0)) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

export interface FoundDate {
  readonly iso: string
  readonly index: number
  readonly length: number
}

/** The first full date in `text`, with where it was found. */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = []
  const push = (m: RegExpExecArray | null, iso: string | null): void => {
    if (m && iso) candidates.push({ iso, index: m.index, length: m[0].length })
  }
  let m = ISO.exec(text)
  push(m, m ? toIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null)
  m = SLASH_YMD.exec(text)
  push(m, m ? toIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null)
  m = MDY.exec(text)
  push(m, m ? toIsoDay(Number(m[3]), monthByName.get((m[1] ?? '').toLowerCase()) ?? 0, Number(m[2])) : null)
  m = DMY.exec(text)
  push(m, m ? toIsoDay(Number(m[3]), monthByName.get((m[2] ?? '').toLowerCase()) ?? 0, Number(m[1])) : null)
  m = YMD_NAMED.exec(text)
  push(m, m ? toIsoDay(Number(m[1]), monthByName.get((m[2] ?? '').toLowerCase()) ?? 0, Number(m[3])) : null)
  m = SLASH_MDY.exec(text)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[2])
    // U.S. order unless the first number cannot be a month or the page writes day first.
    const dayFirst = a > 12 || (b <= 12 && order.slashDayFirst)
    push(m, dayFirst ? toIsoDay(Number(m[3]), b, a) : toIsoDay(Number(m[3]), a, b))
  }
  m = DOTTED_DMY.exec(text)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[3])
    const monthFirst = b > 12 || (a <= 12 && order.dottedMonthFirst)
    push(m, monthFirst ? toIsoDay(Number(m[4]), a, b) : toIsoDay(Number(m[4]), b, a))
  }
  candidates.sort((x, y) => x.index - y.index || y.length - x.length)
  return candidates[0] ?? null
}

// "Aug. 14", "August 14th", "14 August": a day of a month without its year (JIS and CMC datelines).
const MONTH_DAY = new RegExp(`^(?:(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:de\\s+)?(${MONTH})\\.?)(?![\\p{L}\\p{N}])`, 'iu')

/** The day and month when `line` holds nothing but them and date-line words ("15 July", "Posted: Aug. 14"), as MM-DD. */
export function parseMonthDayLine(line: string): string | null {
  if (line.length > 40 || /\d{3}/.test(line)) return null
  for (let at = 0; at < line.length; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(line[at - 1] ?? '')) continue
    const md = monthDayAt(line.slice(at))
    if (!md) continue
    const rest = (line.slice(0, at) + ' ' + line.slice(at + md[1])).replace(DATE_LINE_NOISE, ' ')
    return rest.trim().length === 0 ? md[0] : null
  }
  return null
}

/** A day and month without a year right at the start of `text`, as [MM-DD, length], or null. */
export function monthDayAt(text: string): [string, number] | null {
  const m = MONTH_DAY.exec(text)
  if (!m) return null
  const month = monthByName.get((m[1] ?? m[4] ?? '').toLowerCase()) ?? 0
  const day = Number(m[2] ?? m[3])
  // 2024 is a leap year, so Feb. 29 passes here; the year found later decides.
  return toIsoDay(2024, month, day) ? [`${pad(month)}-${pad(day)}`, m[0].length] : null
}

/** The first full date anywhere in `text`, as YYYY-MM-DD. */
export function parseDateText(text: string): string | null {
  return findDate(text)?.iso ?? null
}

// Words that may surround a date on a date-only line.
const DATE_LINE_NOISE =
  /\b(published|posted|released|release date|updated|last updated|modified|issued|dated|date|on|at|the|mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|time|[ap]\.?\s?m\.?|e[sd]t|c[sd]t|utc|gmt|bst|cest|cet|ast|noon|le|el|op|publicado|actualizado|gepubliceerd|bijgewerkt)\b|(?:publi[ée]e?|mis\s+à\s+jour)(?=\s|:|$)|(?<=^|\s)à(?=\s|$)|\d{1,2}[:.h]\d{2}([:.]\d{2})?(?:\s*[+-]\d{4}(?!\d))?(?:\s*(?:h|hrs?|horas)\b)?|[|,:.\-–—()·•]/giu

/** The date when `line` holds nothing but a date (and words like "Published:" or a time). */
export function parseDateLine(line: string): string | null {
  const found = findDate(line)
  if (!found) return null
  const rest = (line.slice(0, found.index) + ' ' + line.slice(found.index + found.length)).replace(DATE_LINE_NOISE, ' ')
  return rest.trim().length === 0 ? found.iso : null
}
