/**
 * Stable event ids: a hash of normalized values only — the series and edition when known, else
 * the type group, the start at its own precision, the country and the principal participants —
 * never of offsets, document ids or versions, so the same event reported anywhere gets the same
 * id, and re-running the pipeline keeps it.
 */
import { createHash } from 'node:crypto'
import type { EventRecord, EventType, ParticipantRole } from '../../schema/records.js'
import { dropTime } from './calendar.js'

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
])

/** meeting and conference are one group: publishers call the same gathering either. */
export function typeGroup(type: EventType): string {
  return type === 'meeting' || type === 'conference' ? 'consult' : type
}

export type KeyFields = Pick<EventRecord, 'type' | 'start' | 'location' | 'participants'> & {
  readonly series?: EventRecord['series']
}

/** Participant ids the key uses: countries and organizations in principal roles (people's names vary). */
export function principalIds(participants: EventRecord['participants']): string[] {
  const institutional = participants.filter((p) => p.kind !== 'person')
  const pool = institutional.length > 0 ? institutional : participants
  const principal = pool.filter((p) => p.roles.some((r) => principalRoles.has(r)))
  return [...new Set((principal.length > 0 ? principal : pool).map((p) => p.id))].sort()
}

export function eventKey(e: KeyFields): string {
  if (e.series?.edition) return JSON.stringify(['series', e.series.id, e.series.edition])
  return JSON.stringify([
    'event',
    typeGroup(e.type),
    e.start ? dropTime(e.start) : null,
    e.location?.country ?? null,
    principalIds(e.participants),
  ])
}

export function eventId(e: KeyFields): string {
  return `evt-${createHash('sha256').update(eventKey(e)).digest('hex').slice(0, 16)}`
}

/** True when the id was derived from a series and edition (the strongest identity). */
export function isSeriesKeyed(e: KeyFields): boolean {
  return Boolean(e.series?.edition)
}
