/**
 * Where an event happens, in order of evidence: a place the text gives for it ("in Miami", "at
 * U.S. Southern Command"), the country it visits or that hosts it, the recipient's country for a
 * delivery, the visit it is part of, and last the dateline ("MIAMI –") for the news event of the
 * release (one dated near the publication date).
 */
import type { Document } from '../../types.js'
import { daysBetween, type DayRange } from './calendar.js'
import type { EntityMention } from './mentions.js'
import type { LocationArg } from './roles.js'

export interface Place {
  readonly name: string | null
  readonly country: string | null
  /** The spans that support it, with the rule that read each. */
  readonly evidence: readonly { start: number; end: number; text: string; rule: string }[]
}

export interface Dateline {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly city: string | null
  readonly country: string | null
}

/** The dateline's place, read from its mention at the top of the text ("GEORGETOWN, Guyana –"). */
export function findDateline(doc: Document, mentions: readonly EntityMention[]): Dateline | null {
  const dateline = doc.meta.dateline
  if (!dateline) return null
  const at = doc.text.slice(0, 400).indexOf(dateline)
  if (at < 0) return null
  const span = { start: at, end: at + dateline.length, text: dateline }
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end && m.kind !== 'person')
  const city = inside.find((m) => m.kind === 'place')
  const country = inside.find((m) => m.kind === 'country')
  // "TRUJILLO, Colón" on a Honduran page: a town the gazetteer knows only in a country the rest of
  // the text never names is another town of that name; its country is not asserted.
  const supported = (c: string): boolean =>
    mentions.some((m) => (m.start >= span.end || m.end <= span.start) && m.kind !== 'person' && (m.kind === 'country' ? m.id : m.country) === c)
  if (city && !country && city.country && !supported(city.country)) return { ...span, city: null, country: null }
  if (city) return { ...span, city: city.name, country: city.country ?? country?.id ?? null }
  if (country) return { ...span, city: null, country: country.id }
  // The entities stage may not tag an all-caps dateline; fall back to a known place of that name.
  const first = (dateline.split(',')[0] ?? '').trim().toLowerCase()
  const place = doc.places.find((p) => p.kind === 'city' && p.name.toLowerCase() === first)
  if (place) return { ...span, city: place.name, country: place.country }
  return null
}

/** Best place among the candidates a frame gave: the most specific, then the first. */
export function explicitPlace(all: readonly LocationArg[], after: number | null = null): Place | null {
  if (all.length === 0) return null
  // "a radio link … at Bonfim, and to hold a medical outreach in the Rupununi": when the places
  // disagree, those after the event's own word are its.
  const disagree = new Set(all.map((c) => c.country).filter((c) => c !== null)).size > 1
  // "an exercise to test the plans developed in Nassau will be held in Providenciales": where the
  // text says an event is held outweighs other places of its clause.
  const held = disagree ? all.filter((c) => c.heldIn) : []
  const following = after === null ? [] : all.filter((c) => c.start >= after)
  const candidates = held.length > 0 && new Set(held.map((c) => c.country)).size === 1 ? held : disagree && following.length > 0 ? following : all
  const best = [...candidates].sort((a, b) => b.strength - a.strength || a.start - b.start)[0]!
  const withCountry = best.country ? best : candidates.find((c) => c.country)
  const evidence = [best, ...(withCountry && withCountry !== best ? [withCountry] : [])].map((c) => ({
    start: c.start,
    end: c.end,
    text: c.text,
    rule: c.rule,
  }))
  const name = best.strength >= 3 || best.name !== null ? best.name : null
  // "traveled to Barbados and the Dominican Republic": no one country.
  const countries = new Set(candidates.map((c) => c.country).filter((c) => c !== null))
  if (countries.size > 1) return { name: null, country: null, evidence: [] }
  return { name: best.strength >= 2 ? name : null, country: withCountry?.country ?? null, evidence }
}

/** Whether the dateline speaks for an event: it is dated near publication, or it is the first event. */
export function datelineApplies(
  published: string | null,
  range: DayRange | null,
  first: boolean,
  precision: string | null,
): boolean {
  if (!published || !range) return first
  if (precision !== 'day' && precision !== 'week' && precision !== 'time') return false
  // What a release reports from the last two weeks happens at its dateline ("on Saturday its patrol
  // boats intercepted …"); the lead event also when it is three weeks ahead, others ten days.
  if (daysBetween(published, range.last) < -14) return false
  return daysBetween(published, range.first) <= (first ? 21 : 10)
}
