/**
 * Drafts: events being assembled from the frames of one document, before they become records.
 */
import type { EventType, Precision } from '../../schema/records.js'
import { spanRange, type DayRange } from './calendar.js'
import type { DateArg, Frame } from './frames.js'
import type { SeriesMention } from './series.js'
import type { Hit } from './triggers.js'

export interface DraftDate {
  readonly start: string
  readonly end: string | null
  readonly precision: Precision
  /** Evidence spans for the start and the end (one span for a range written at once). */
  readonly args: readonly DateArg[]
  /** own: the event's clause; sentence: another clause of its sentence; parent: the event it is
   * part of; paragraph: the event reported just before in the paragraph; parts: the events it contains. */
  readonly source: 'own' | 'sentence' | 'parent' | 'paragraph' | 'parts' | 'movement'
  /** Only an end was given ("closed Thursday"). */
  readonly endOnly?: boolean
}

export interface Draft {
  readonly seq: number
  readonly frames: Frame[]
  /** Trigger hits that count for this event (anaphors and role verbs included, for evidence). */
  readonly hits: Hit[]
  /** The hit that opened the event. */
  opening: Hit
  series: SeriesMention | null
  date: DraftDate | null
  parent: Draft | null
  /** The event reported just before in the same scene, whose date (and place) this one shares. */
  scene: Draft | null
  lastParagraph: number
  /** Frames whose places count for the location (the opening frame, "held in …" frames). */
  readonly locationFrames: Frame[]
  /** Frames whose role arguments count; relativeOnly: only the relative-clause ones. */
  readonly roleFrames: { frame: Frame; relativeOnly: boolean; topicsOnly?: boolean }[]
}

export const group = (t: EventType): string => (t === 'meeting' || t === 'conference' ? 'consult' : t)

/** Groups whose events a report may call by either name (a training exercise, a course). */
export const coop = (t: EventType): string => (t === 'training' || t === 'exercise' ? 'cooperate' : group(t))

export const has = (h: Hit, flag: string): boolean => (h.trigger.flags as readonly string[]).includes(flag)

/** The trigger that sets a draft's type: the heaviest event-opening hit. */
export function primaryHit(d: Draft): Hit {
  let best: Hit = d.opening
  const seriesHit = d.series ? d.hits.find((h) => h.series?.id === d.series?.id) : undefined
  if (seriesHit && !has(d.opening, 'ceremonial')) return seriesHit
  // "the course culminated in a practical exercise" is still the course; but "the partners
  // trained together, when … staged a mass-casualty exercise" is named by the noun.
  if (!has(best, 'light') && !has(best, 'movement') && best.trigger.weight >= 20) {
    if (best.trigger.pos === 'noun') return best
    const noun = d.hits.find(
      (h) => h.trigger.pos === 'noun' && h.trigger.creates && !h.anaphoric && h.trigger.weight > best.trigger.weight && coop(h.trigger.type) === coop(best.trigger.type),
    )
    return noun ?? purposeNoun(d, best) ?? best
  }
  for (const h of d.hits) {
    if (!h.trigger.creates || has(h, 'sub') || has(h, 'ceremonial') !== has(d.opening, 'ceremonial')) continue
    if (has(h, 'movement') && !has(best, 'movement')) continue
    if (h.series && h.series !== d.series) continue
    if (h.trigger.weight > best.trigger.weight) best = h
  }
  return best
}

/**
 * "Sector San Juan hosted Dominican Navy officials … for the latest meeting of the Liaison Board":
 * a visit's purpose, a meeting named after "for the", is the event.
 */
function purposeNoun(d: Draft, verb: Hit): Hit | undefined {
  if (verb.trigger.type !== 'visit') return undefined
  const f = d.frames.find((x) => x.hits.includes(verb))
  if (!f) return undefined
  return f.hits.find(
    (h) =>
      h.start > verb.end &&
      h.trigger.pos === 'noun' &&
      h.trigger.creates &&
      !h.anaphoric &&
      (h.trigger.type === 'meeting' || h.trigger.type === 'conference') &&
      FOR_THE.test(f.text.slice(Math.max(0, h.start - f.clause.start - 40), h.start - f.clause.start)),
  )
}

const FOR_THE = /\bfor\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}$/i

export function draftRange(d: Draft): DayRange | null {
  return d.date ? spanRange(d.date.start, d.date.end) : null
}
