/**
 * Status (occurred, scheduled, postponed, cancelled), event codes (PLOVER, CAMEO) and confidence
 * of a draft.
 */
import type { EventRecord, EventStatus, EventType, ParticipantRecord } from '../../schema/records.js'
import { type DayRange } from './calendar.js'
import { primaryHit, type Draft } from './draft.js'
import { codes, cues } from './lexicon.js'

export function tenseStatus(d: Draft): EventStatus | null {
  const frames = d.frames
  if (frames.some((f) => f.status.some((s) => s.cue === 'cancelled'))) return 'cancelled'
  if (frames.some((f) => f.status.some((s) => s.cue === 'postponed'))) return 'postponed'
  const opening = frames.filter((f) => f.hits.some((h) => h.trigger.creates && !h.anaphoric && d.hits.includes(h)))
  const pool = opening.length > 0 ? opening : frames
  // "spoke today with the Minister about preparations for the meeting, which will take place in
  // March": the verb that opens the event is past; the future is the other event's.
  if (d.opening.trigger.pos === 'verb' && d.opening.past && d.hits.length === 1) return 'occurred'
  if (pool.some((f) => f.status.some((s) => s.cue === 'future'))) return 'scheduled'
  if (pool.some((f) => f.hits.some((h) => h.past) || f.status.some((s) => s.cue === 'past'))) return 'occurred'
  return null
}

export function finalStatus(
  tense: EventStatus | null,
  range: DayRange | null,
  published: string | null,
  precision: string | null,
): EventStatus | null {
  if (tense === 'cancelled' || tense === 'postponed') return tense
  let byDate: EventStatus | null = null
  let wholly = false
  const fine = precision === 'day' || precision === 'time' || precision === 'week'
  if (range && published) {
    wholly = range.last < published || range.first > published
    if (range.last < published) byDate = 'occurred'
    else if (range.first > published) byDate = 'scheduled'
    // Begun before the report and not yet over ("on a two-day visit that ends today"): under way.
    else if (range.first < published && fine) byDate = 'occurred'
  }
  // A day-precise date settles it, and so does one wholly on one side of the report ("in March
  // 2027" cannot have happened); a vaguer one around the report's date ("in June") defers to the tense.
  if (byDate && (fine || wholly || !tense)) return byDate
  return tense ?? byDate ?? 'unknown'
}

export function codeFor(d: Draft, text: string, type: EventType, status: EventStatus, code: string): { plover: EventRecord['plover']; cameo: string | null } {
  let id = code
  if (type === 'donation' || type === 'disaster_response' || type === 'deployment') {
    const clauses = d.frames.map((f) => text.slice(f.clause.start, f.clause.end)).join(' ')
    if (type === 'disaster_response' || cues.disaster.test(clauses)) id = 'aid-humanitarian'
    else if (type === 'donation' && cues.economic.test(clauses)) id = 'aid-economic'
    else if (cues.military.test(clauses)) id = 'aid-military'
  }
  const entry = codes.get(id) ?? codes.get('other')!
  if (status === 'scheduled' && entry.scheduled) return { plover: entry.scheduled.plover, cameo: entry.scheduled.cameo }
  return { plover: entry.plover, cameo: entry.cameo }
}

export function confidenceOf(
  d: Draft,
  fallback: boolean,
  participants: readonly ParticipantRecord[],
  country: string | null,
  series: EventRecord['series'],
): number {
  let c = 0.35
  const source = d.date?.source
  if (fallback) c += 0.1
  else if (source === 'own') c += 0.3
  else if (source === 'sentence') c += 0.2
  else if (source === 'parent') c += 0.15
  if (participants.some((p) => p.roles.some((r) => r !== 'participant'))) c += 0.15
  else if (participants.length > 0) c += 0.05
  const p = primaryHit(d)
  if ((p && p.trigger.weight >= 40) || series) c += 0.1
  if (country) c += 0.05
  if (series) c += 0.05
  if (!d.date && !fallback) c = Math.min(c, 0.3)
  if (participants.length === 0) c = Math.min(c, 0.45)
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100
}
