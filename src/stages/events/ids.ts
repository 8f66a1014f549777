/**
 * Stable event ids: a hash of normalized values only — the series and edition when known, else
 * the type group, the start at its own precision, the country and the principal participants —
 * never of offsets, document ids or versions, so the same event reported anywhere gets the same
 * id, and re-running the pipeline keeps it. An event those values cannot tell apart from others
 * ("an agreement signed in 2019", "the next meeting, in Washington in February": no party named)
 * is identified only within its report: its key adds the hash of the source document's bytes, so
 * two such events from two reports never share an id (they may still merge on their likeness).
 */
import type { EventRecord, EventType, ParticipantRole } from '../../schema/records.js'
import { sha256Hex } from '../../document.js'
import { dropTime } from './calendar.js'
import { cues } from './lexicon.js'

/** Roles that identify who an event is about (attendees and speakers vary between reports). */
const principalRoles: ReadonlySet<ParticipantRole> = new Set([
  'host',
  'co_host',
  'chair',
  'co_chair',
  'organizer',
  'visitor',
  'donor',
  'recipient',
  'signatory',
  'trainer',
  'trainee',
])

/** Precisions an event's start (its first month or day) does not show. */
const hiddenPrecisions: ReadonlySet<string> = new Set(['week', 'quarter', 'season', 'half', 'decade', 'century'])

/** meeting and conference are one group: publishers call the same gathering either. */
export function typeGroup(type: EventType): string {
  return type === 'meeting' || type === 'conference' ? 'consult' : type
}

export type KeyFields = Pick<EventRecord, 'type' | 'start' | 'location' | 'participants'> & {
  readonly series?: EventRecord['series']
  readonly precision?: EventRecord['precision']
  /** The sha256 of the reporting document's bytes, used only for events nothing else identifies. */
  readonly origin?: string
}

/** A party only `mentioned` beside the event: it counts for neither the event's id nor a merge. */
export function onlyMentioned(p: EventRecord['participants'][number]): boolean {
  return p.roles.every((r) => r === 'mentioned')
}

/**
 * Participant ids the key uses: countries and organizations in principal roles (people's names
 * vary). Parties only mentioned beside the event count for nothing.
 */
export function principalIds(participants: EventRecord['participants']): string[] {
  const counted = participants.filter((p) => !onlyMentioned(p))
  const institutional = counted.filter((p) => p.kind !== 'person')
  const pool = institutional.length > 0 ? institutional : counted
  const principal = pool.filter((p) => p.roles.some((r) => principalRoles.has(r)))
  return [...new Set((principal.length > 0 ? principal : pool).map((p) => p.id))].sort()
}

export function eventKey(e: KeyFields): string {
  if (e.series?.edition) {
    // "The United States and Peru will hold their inaugural Maritime Security Dialogue": a series
    // whose name names no party is told apart by the states other than the United States in it (the
    // U.S.–El Salvador dialogue of that name is another series). Named series (Tradewinds, the
    // Mexico–Guatemala naval staff talks) keep their name alone, whoever reports them.
    const unnamed = e.series.id.replace(/^series:/, '').split('-').every((w) => cues.unnamedSeriesWords.test(w))
    const states = unnamed ? [...new Set(e.participants.filter((p) => p.kind === 'country' && p.id !== 'USA' && !onlyMentioned(p)).map((p) => p.id))].sort() : []
    return JSON.stringify(['series', e.series.id, e.series.edition, ...(states.length > 0 ? [states] : [])])
  }
  const parties = principalIds(e.participants)
  const country = e.location?.country ?? null
  const key: unknown[] = ['event', typeGroup(e.type), e.start ? dropTime(e.start) : null, country, parties]
  // "the first half of 2027" starts in January 2027 as "in January" does: the start is read at
  // its own precision, so a precision its first day or month does not show is part of the key.
  if (e.start && e.precision && hiddenPrecisions.has(e.precision)) key.push(e.precision)
  if (parties.length === 0 && e.origin) key.push(e.origin)
  return JSON.stringify(key)
}

export function eventId(e: KeyFields): string {
  return `evt-${sha256Hex(eventKey(e)).slice(0, 16)}`
}

/** True when the id was derived from a series and edition (the strongest identity). */
export function isSeriesKeyed(e: KeyFields): boolean {
  return Boolean(e.series?.edition)
}
