/**
 * Itineraries: "Scheduled stops include:" followed by one stop per line ("• Puerto Barrios,
 * Guatemala – late August"). Each line names a visit: its first place is where it happens (and
 * a country named there is the host), its date is the line's. The lines carry no trigger word, so
 * the stop's place stands in as the word that opens the event (rule `trigger:itinerary-stop`).
 */
import type { Document, Span } from '../../types.js'
import type { EntityMention } from './mentions.js'
import type { LocationArg, RoleArg } from './roles.js'
import type { Trigger } from './lexicon.js'
import type { Hit } from './triggers.js'

/** A paragraph that introduces a list of stops, ending in a colon. */
const introducer = /\b(?:stops|ports? of call|port calls|port visits|itinerary|will (?:visit|call at|stop in)(?: the following)?)\b[^:\n]{0,80}:\s*$/i

/** A list item is short. */
const maxItem = 160

const stopTrigger: Trigger = {
  id: 'itinerary-stop',
  pos: 'noun',
  forms: [],
  type: 'visit',
  code: 'make-visit',
  creates: true,
  weight: 50,
  roles: {},
  flags: ['distinct'],
  pastForms: new Set(),
  unlessNext: null,
  unlessPrev: null,
  whenNext: [],
  whenPrev: [],
}

export interface Stop {
  readonly hit: Hit
  readonly location: LocationArg
  readonly host: RoleArg | null
}

/** The stops of every itinerary list in the text, by the start of the paragraph that holds each. */
export function itineraryStops(doc: Document, mentions: readonly EntityMention[]): Map<number, Stop> {
  const out = new Map<number, Stop>()
  const paragraphs: readonly Span[] = doc.paragraphs
  for (let i = 0; i < paragraphs.length; i++) {
    if (!introducer.test(doc.text.slice(paragraphs[i]!.start, paragraphs[i]!.end))) continue
    for (let j = i + 1; j < paragraphs.length; j++) {
      const p = paragraphs[j]!
      if (p.end - p.start > maxItem) break
      const inside = mentions.filter((m) => m.start >= p.start && m.end <= p.end && (m.kind === 'place' || m.kind === 'country'))
      const first = inside[0]
      if (!first || first.start - p.start > 4) break
      const hit: Hit = { start: first.start, end: first.end, text: first.text, trigger: stopTrigger, past: false, passive: false, anaphoric: false, series: null }
      const country = first.kind === 'country' ? first.id : first.country
      const location: LocationArg = {
        start: first.start,
        end: first.end,
        text: first.text,
        name: first.kind === 'place' ? first.name : null,
        country,
        strength: first.kind === 'place' ? 3 : 2,
        rule: 'location:itinerary-stop',
        heldIn: true,
        hostCountry: first.kind === 'country',
      }
      const state = inside.find((m) => m.kind === 'country' && m.id === country)
      const host: RoleArg | null = state ? { mention: state, role: 'host', rule: 'role:itinerary-stop', relative: false, hit } : null
      out.set(p.start, { hit, location, host })
    }
  }
  return out
}
