/**
 * The dates of drafts: which dates of a clause belong to which trigger, the date an event takes
 * from its clause, its sentence, the event it is part of or the scene before it, and how later
 * clauses refine it ("The course, which ran from May 8 to 19, …").
 */
import { contains, daysBetween, overlaps, precisionRank, spanRange, type DayRange } from './calendar.js'
import { coop, draftRange, has, type Draft, type DraftDate } from './draft.js'
import type { DateArg, Frame } from './frames.js'
import type { Hit } from './triggers.js'
import { addDays, formatYmd, isoWeekday, parseYmd } from '../dates/calendar.js'
import { parseNumber } from '../dates/patterns.js'

const parentCue = /\b(?:during|on the (?:margins|sidelines) of|at|as part of|in the course of|while|amid)\s+(?:the\s+|this\s+|its\s+)?$/i

export function ownRange(f: Frame): DayRange | null {
  const own = f.dates.find((x) => x.cue !== 'end')
  return own ? spanRange(own.value, own.end_) : null
}

/**
 * The dates of a clause that belong to `hit`: each date goes to the nearest trigger that can
 * open an event (a light verb such as "hosted" goes with its noun), so "signed a letter of intent
 * to expand joint training beginning next year" dates the training, not the signing.
 */
export function datesOf(f: Frame, hit: Hit | null): readonly DateArg[] {
  if (!hit) return f.dates
  // An edition named by its ordinal ("after the first was held in October 2024") has only the dates
  // it owns, and lends them to no other event of its kind.
  // A storm lends its dates to no act and takes none from one ("a ground-breaking in March, on land …
  // damaged by Hurricane Elsa in July 2021").
  const kin = (owner: Hit): boolean =>
    coop(owner.trigger.type) === coop(hit.trigger.type) && !has(owner, 'ellipsis') && !has(hit, 'ellipsis') && (owner.trigger.id === 'storm') === (hit.trigger.id === 'storm')
  return f.dates.filter((d) => d.owner === null || d.owner === hit || kin(d.owner) || !f.hits.includes(hit))
}

export function owns(f: Frame, h: Hit): boolean {
  return f.dates.some((d) => d.owner === h)
}

/** "Comfort arrived Oct. 4 … departed Santo Domingo on Thursday": a stop starts and ends with them. */
export function tripDates(d: Draft, f: Frame): void {
  if (d.opening.trigger.type !== 'visit' && d.opening.trigger.type !== 'deployment') return
  for (const h of f.hits) {
    if (!has(h, 'movement') || h === d.opening) continue
    const own = datesOf(f, h).find((x) => x.owner === h && x.cue === 'point')
    if (!own) continue
    const departure = h.trigger.id === 'depart'
    if (!d.date) {
      if (!departure) d.date = { start: own.value, end: null, precision: own.precision, args: [own], source: 'movement' }
    } else if (departure && own.value > d.date.start && d.date.end === null) {
      d.date = { ...d.date, end: own.value, args: [...d.date.args, own] }
    }
  }
}

/**
 * "a three-week", "two-day": a stated length in days (at most 60), read from the end of `text`,
 * the text before an event noun ("a three-week maritime boarding officer |course").
 */
export function statedLength(text: string): number | null {
  const m = /\b(?<n>[\w]+(?:-[\w]+)?)[- ](?<unit>week|day)(?:-long)?\s+(?:[a-z-]+\s+){0,3}$/i.exec(text)
  if (!m?.groups) return null
  const n = parseNumber(m.groups['n']!)
  if (!n || !Number.isInteger(n)) return null
  const days = m.groups['unit']!.toLowerCase() === 'week' ? n * 7 : n
  return days <= 60 ? days : null
}

const RETURN_AFTER = /\b(?:returned|returns|arrived back|came back|flew back|departed|left)\b[^.;]*\bafter\s+(?:a|an|his|her|their|the|its)\s+(?:[\w-]+\s+){1,4}$/i

/** "met … on Wednesday, during her visit to Costa Rica on September 15 and 16": the span is another event's. */
const WITHIN = /\b(?:during|as part of|in the course of|on the (?:margins|sidelines) of|while|amid)\b/i

const ENDED = /^(?:completed|concluded|ended|wrapped up|finished)$/i
const ENDED_A = /\b(?:completed|concluded|ended|wrapped up|finished)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){1,4}$/i

/** The Monday after `day` (YYYY-MM-DD) when it falls on a weekend; otherwise `day`. */
function weekdayFrom(day: string): string {
  const t = parseYmd(day)
  if (!t) return day
  const dow = isoWeekday(t)
  return dow === 6 ? formatYmd(addDays(t, 2)) : dow === 7 ? formatYmd(addDays(t, 1)) : day
}

/** The first day of a stretch of `days` days that ends on `last` (YYYY-MM-DD). */
export function backFrom(last: string, days: number): string | null {
  const t = parseYmd(last)
  return t ? formatYmd(addDays(t, 1 - days)) : null
}

export function ownDate(f: Frame, hit: Hit | null = null): DraftDate | null {
  const dates = datesOf(f, hit)
  let first = dates[0]
  if (!first) return null
  if (first.cue === 'end') {
    const start = dates.find((x) => x.cue === 'start')
    // "The conference closed Thursday with the signing …": the clause's own event is that day.
    if (!start) {
      // "a two-day visit … that ends today": the stated length gives the start.
      const days = hit ? statedLength(f.text.slice(Math.max(0, hit.start - f.clause.start - 60), hit.start - f.clause.start)) : null
      const began = days && first.precision === 'day' && first.end_ === null ? backFrom(first.value, days) : null
      if (began) return { start: began, end: first.value, precision: 'day', args: [first], source: 'own' }
      return { start: first.value, end: first.end_, precision: first.precision, args: [first], source: 'own', endOnly: true }
    }
    return { start: start.value, end: first.end_ ?? first.value, precision: start.precision, args: [start, first], source: 'own' }
  }
  // "returned to Georgetown yesterday after a three-day official visit": the day of the return
  // ends a visit of the stated length.
  if (hit && first.cue === 'point' && first.precision === 'day' && first.end_ === null) {
    const before = f.text.slice(0, Math.max(0, hit.start - f.clause.start))
    const days = RETURN_AFTER.test(before) ? statedLength(before.slice(-40)) : null
    const began = days && days > 1 ? backFrom(first.value, days) : null
    if (began) return { start: began, end: first.value, precision: 'day', args: [first], source: 'own' }
  }
  // "Last year's CANSEC … in November": the finer of two dates that agree.
  const range = spanRange(first.value, first.end_)
  const finer = dates.find((x) => (x.cue === 'point' || (x.cue === 'start' && x.end_ !== null)) && x !== first && precisionRank(x.precision) < precisionRank(first!.precision) && range !== null && contains(range, spanRange(x.value, x.end_) ?? range))
  if (finer) first = finer
  const endCue = dates.find((x) => x.cue === 'end' && x.start > first!.start)
  const end = endCue && endCue.value >= first.value ? endCue : null
  // "completed a two-week exchange … June 11, closing a program that opened June 1": a start stated
  // after the day it ended, a few weeks before it, opens the span.
  const opened = !end && first.cue === 'point' && first.precision === 'day' && first.end_ === null ? dates.find((x) => x.cue === 'start' && x.start > first!.start && x.precision === 'day' && x.end_ === null && x.value < first!.value && daysBetween(x.value, first!.value) <= 60) : undefined
  if (opened) return { start: opened.value, end: first.value, precision: 'day', args: [opened, first], source: 'own' }
  // "concluyeron el martes … el ejercicio …, que se desarrolló del 28 de septiembre al 6 de
  // octubre": a span stated after the day, ending on it, is the event's whole span.
  const spanned = !end && first.cue === 'point' && first.precision === 'day' && first.end_ === null ? dates.find((x) => x.start > first!.start && (x.owner === null || x.owner === hit) && x.precision === 'day' && x.end_ === first!.value && x.value < first!.value && daysBetween(x.value, first!.value) <= 60 && !WITHIN.test(f.text.slice(first!.end - f.clause.start, x.start - f.clause.start))) : undefined
  if (spanned) return { start: spanned.value, end: first.value, precision: 'day', args: [spanned, first], source: 'own' }
  // "ended a four-day port visit to Buenos Aires on Thursday", "completed a two-week course …
  // on Friday": the day closes a stretch of the stated length (weeks of a course start on a Monday).
  if (hit && !end && first.cue === 'point' && first.precision === 'day' && first.end_ === null) {
    const before = f.text.slice(0, Math.max(0, hit.start - f.clause.start))
    // The event may be opened by the noun ("course") or by the verb itself ("completed").
    const after = ENDED.test(hit.text) ? /^\s+(?:a|an|the|its|their|his|her)\s+[\w-]+[- ](?:week|day)(?:-long)?\s+/i.exec(f.text.slice(hit.end - f.clause.start, hit.end - f.clause.start + 40)) : null
    const days = after ? statedLength(after[0]) : ENDED_A.test(before) ? statedLength(before.slice(-60)) : null
    const began = days && days > 1 ? backFrom(first.value, days) : null
    if (days && began) return { start: days % 7 === 0 ? weekdayFrom(began) : began, end: first.value, precision: 'day', args: [first], source: 'own' }
  }
  return {
    start: first.value,
    end: end ? (end.end_ ?? end.value) : first.end_,
    precision: first.precision,
    args: end ? [first, end] : [first],
    source: 'own',
  }
}

export function sentenceDate(f: Frame, frames: readonly Frame[]): DraftDate | null {
  for (const s of frames) {
    if (s.clause.sentence !== f.clause.sentence || s === f || s.clause.part > f.clause.part) continue
    const d = ownDate(s)
    if (d) return { ...d, source: 'sentence' }
  }
  return null
}

/** "On the margins of the Dialogue, X met Y": the part takes the date of the whole. */
export function parentDate(f: Frame, parent: Draft | null, ceremonial: boolean): DraftDate | null {
  if (!parent?.date) return null
  const anaphor = f.hits.find((h) => h.anaphoric || h.series)
  if (!anaphor) return null
  const before = f.text.slice(0, anaphor.start - f.clause.start)
  // "On the margins of the Dialogue, …"; "The ceremony also marked the graduation …".
  // "After the ceremony, the Secretary and the Ambassador held a working meeting": after a one-day
  // event, the same day.
  const sameDayAfter = /^\s*after\s+(?:the|this)\s+$/i.test(before) && parent.date.precision === 'day' && parent.date.end === null
  if (!parentCue.test(before) && !sameDayAfter && !(ceremonial && /^\s*(?:the|this)?\s*$/i.test(before))) return null
  return { ...parent.date, source: 'parent' }
}

/** "On Wednesday 18 October, the Minister … The UK will provide £250,000 …": the same day. */
export function paragraphDate(f: Frame, drafts: readonly Draft[], into: Draft): DraftDate | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d.lastParagraph !== f.clause.paragraph) continue
    if (!d.date || d.date.source !== 'own' || d.date.precision !== 'day') return null
    const last = d.frames.at(-1)
    if (!last || last.clause.sentence !== f.clause.sentence - 1) return null
    into.scene = d
    return { ...d.date, source: 'paragraph' }
  }
  return null
}

/**
 * "Principal Deputy Assistant Secretary Voss announced US$4 million …" a few sentences after the
 * dialogue she co-chaired: an announcement in the past with no date of its own, made by someone
 * taking part in the dated event reported last, was made there and then (its first day, its place).
 */
export function announcedAtDate(f: Frame, opening: Hit, drafts: readonly Draft[], into: Draft): DraftDate | null {
  if (opening.trigger.type !== 'announcement' || !opening.past) return null
  const agents = new Set<string>()
  for (const r of f.roles) if (r.hit === opening && !r.relative) agents.add(r.mention.id)
  if (agents.size === 0) return null
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d === into || !d.date) continue
    if (d.date.source !== 'own' || d.date.precision !== 'day') return null
    const last = d.frames.at(-1)
    if (!last || f.clause.sentence - last.clause.sentence > 4 || f.clause.sentence <= last.clause.sentence) return null
    const present = (fr: Frame): boolean => fr.roles.some((r) => agents.has(r.mention.id))
    if (!d.frames.some(present) && !d.roleFrames.some((x) => present(x.frame))) return null
    // Made where that event was: the places in the announcement are where the money goes.
    into.scene = d
    into.locationFrames.length = 0
    return { ...d.date, end: null, source: 'paragraph' }
  }
  return null
}

/** "was authorized by …", "had been approved": a decision about the event told after its noun. */
const DECIDED_AFTER = /^\s+(?:was|were|had\s+been|has\s+been)\s+(?:formally\s+|first\s+)?(?:authori[sz]ed|approved|announced|requested|agreed|confirmed|proposed|cleared)\b/i

/** A later clause may give the dates of an event first reported without them, or more exactly. */
export function refineDate(d: Draft, f: Frame): void {
  const own = ownDate(f, f.hits.find((h) => d.hits.includes(h) && h.trigger.creates) ?? null)
  if (!own) return
  // "The visit was authorized by the Legislative Assembly in December 2026": the date of a
  // decision about the event, not the event's.
  if (f.hits.some((h) => h.anaphoric && DECIDED_AFTER.test(f.text.slice(h.end - f.clause.start)))) return
  if (own.endOnly && d.date) {
    // "The conference closed Thursday": the end of an event already dated.
    if (own.start > d.date.start && (d.date.end === null || d.date.end < own.start)) d.date = { ...d.date, end: own.start, args: [...d.date.args, ...own.args] }
    return
  }
  if (d.series?.style === 'year' && d.series.edition && !own.start.startsWith(d.series.edition)) return
  // "concluyó hoy …", then "La cita, que se inició el jueves 14 de enero": an event known by its end
  // takes the start a later clause gives.
  if (d.date?.endOnly && own.end === null && own.args[0]?.cue === 'start' && own.start < d.date.start && daysBetween(own.start, d.date.start) <= 60) {
    d.date = { start: own.start, end: d.date.start, precision: own.precision, args: [...own.args, ...d.date.args], source: 'own' }
    return
  }
  if (!d.date || d.date.source !== 'own') {
    d.date = own
    return
  }
  const explicit = f.dates.some((x) => x.cue !== 'point') || own.end !== null
  const current = spanRange(d.date.start, d.date.end)
  const next = spanRange(own.start, own.end)
  if (!current || !next) return
  // "The course, which ran from May 8 to 19, …" states the dates outright.
  // A day within the span already known ("who closed the course on Friday") narrows nothing.
  const inside = d.date.end !== null && own.end === null && contains(current, next)
  if (explicit && !inside && (overlaps(current, next) || d.date.end === null) && (f.clause.relative || f.hits.some((h) => h.anaphoric && !has(h, 'sub')))) {
    d.date = own
    return
  }
  // "completed Fuerzas Comando 2026 on July 22", then "The annual skills competition … was hosted
  // … from July 13 to 22": a span that ends on the event's day is its whole span.
  if (d.date.end === null && d.date.precision === 'day' && own.end === d.date.start && own.start < d.date.start && daysBetween(own.start, own.end) <= 60) {
    d.date = own
    return
  }
  // "talks … this week", then "took place on Tuesday and Wednesday": a week's days say which.
  if ((d.date.end === null || d.date.precision === 'week') && precisionRank(own.precision) < precisionRank(d.date.precision) && contains(current, next)) {
    d.date = own
  }
}

/** "departed Paramaribo Thursday after a four-day port visit" ends a visit whose start came later in the text. */
export function closeTrips(drafts: readonly Draft[]): void {
  for (const d of drafts) {
    const t = d.opening.trigger.type
    if (t === 'visit' && !d.date) d.date = stayBeforeDeparture(d)
    if ((t !== 'visit' && t !== 'deployment') || !d.date || d.date.end !== null) continue
    for (const f of d.frames) {
      for (const h of f.hits) {
        if (h.trigger.id !== 'depart' || h === d.opening) continue
        const own = datesOf(f, h).find((x) => x.owner === h && x.cue === 'point' && x.value > d.date!.start)
        if (own && daysBetween(d.date.start.slice(0, 10), own.value.slice(0, 10)) <= 60) {
          d.date = { ...d.date, end: own.value, args: [...d.date.args, own] }
        }
      }
    }
    if (d.date.end !== null || d.date.precision !== 'day') continue
    // "left Freeport Harbour on Sunday after a four-day call", told before "arrived … last
    // Thursday": a departure elsewhere in the text closes the visit when the stated length fits.
    for (const f of drafts.flatMap((x) => x.frames)) {
      for (const h of f.hits) {
        if (h.trigger.id !== 'depart' || d.frames.includes(f)) continue
        const stay = stayEnded(f, h)
        if (stay && daysBetween(d.date.start.slice(0, 10), stay.left.value.slice(0, 10)) === stay.days - 1) d.date = { ...d.date, end: stay.left.value, args: [...d.date.args, stay.left] }
      }
    }
  }
}

/**
 * "departed Playas del Coco, Costa Rica, March 6 after a five-day port visit": a visit with no date
 * of its own, told after its departure's, ends that day and began the stated number of days before.
 */
function stayBeforeDeparture(d: Draft): DraftDate | null {
  for (const f of d.frames) {
    if (!f.hits.includes(d.opening)) continue
    for (const h of f.hits) {
      if (h.trigger.id !== 'depart' || h.end > d.opening.start) continue
      const stay = stayEnded(f, h)
      const first = stay && stay.days > 1 && stay.days <= 30 ? backFrom(stay.left.value.slice(0, 10), stay.days) : null
      if (stay && first) return { start: first, end: stay.left.value.slice(0, 10), precision: 'day', args: [stay.left], source: 'own' }
    }
  }
  return null
}

/** "… after a four-day call", "after a two-day port visit": the length of the stay a departure ends. */
const STAY = /^[^.;]{0,40}?\bafter\s+(?:a|an|its|her|their|the)\s+([a-z]+|\d+)[- ]day\s+(?:port\s+)?(?:call|visit|stop(?:over)?)\b/i

/** A departure's day and the length of the stay it ends ("left … on Sunday after a four-day call"). */
function stayEnded(f: Frame, h: Hit): { days: number; left: DateArg } | null {
  const stay = STAY.exec(f.text.slice(h.end - f.clause.start))
  const days = stay ? parseNumber(stay[1]!) : null
  const left = days ? datesOf(f, h).find((x) => x.owner === h && x.cue === 'point' && x.precision === 'day' && x.end_ === null) : undefined
  return days && left ? { days, left } : null
}

/**
 * A trip reported without dates ("has concluded a visit to Guyana and Suriname") spans the dated
 * stops reported after it.
 */
export function datePartsOfTrips(drafts: readonly Draft[]): void {
  for (const v of drafts) {
    if (v.opening.trigger.type !== 'visit' || (v.date && v.date.source !== 'movement' && v.date.source !== 'sentence')) continue
    const parts: DraftDate[] = []
    for (const d of drafts) {
      if (d.seq <= v.seq || !d.date || d.date.source !== 'own') continue
      if (!['meeting', 'visit', 'agreement', 'conference', 'announcement'].includes(d.opening.trigger.type)) continue
      // Only stops dated to the day, within days of each other, make up a trip.
      if (d.date.precision !== 'day') continue
      const first = parts[0]
      if (first && Math.abs(daysBetween(first.start.slice(0, 10), d.date.start.slice(0, 10))) > 10) break
      parts.push(d.date)
      d.parent ??= v
    }
    if (parts.length < 2) continue
    const starts = [...parts.map((p) => p.start), ...(v.date ? [v.date.start] : [])].sort()
    const ends = [...parts.map((p) => p.end ?? p.start), ...(v.date ? [v.date.end ?? v.date.start] : [])].sort()
    v.date = { start: starts[0]!, end: ends.at(-1)!, precision: 'day', args: [...(v.date?.args ?? []), ...parts.flatMap((p) => p.args)], source: 'parts' }
  }
}

export function compatible(f: Frame, d: Draft, hit: Hit | null = null): boolean {
  const own = (hit ? datesOf(f, hit) : f.dates).find((x) => x.cue === 'point')
  const range = draftRange(d)
  if (!own || !range) return true
  const r = spanRange(own.value, own.end_)
  return !r || overlaps(r, range)
}

