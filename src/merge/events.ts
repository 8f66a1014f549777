/**
 * Cross-document event merging: events with the same id (a hash of normalized values, see the
 * events stage) become one event with one attestation per reporting document.
 */
import type { EventRecord, ParticipantRecord, TopicRecord } from '../schema/records.js'

const statusRank: Record<EventRecord['status'], number> = {
  cancelled: 5,
  postponed: 4,
  occurred: 3,
  scheduled: 2,
  unknown: 1,
}

export function mergeEvents(events: readonly EventRecord[]): EventRecord[] {
  const groups = new Map<string, EventRecord[]>()
  for (const e of events) {
    const list = groups.get(e.eventId)
    if (list) list.push(e)
    else groups.set(e.eventId, [e])
  }
  const merged: EventRecord[] = []
  for (const group of groups.values()) merged.push(group.length === 1 ? group[0]! : mergeGroup(group))
  return merged.sort((a, b) => compare(a.eventId, b.eventId))
}

function mergeGroup(group: readonly EventRecord[]): EventRecord {
  const sorted = [...group].sort((a, b) => compare(a.attestations[0]?.docId ?? '', b.attestations[0]?.docId ?? ''))
  const base = sorted[0]!
  const participants = new Map<string, ParticipantRecord>()
  const topics = new Map<string, TopicRecord>()
  let status = base.status
  let confidence = base.confidence ?? 0
  const mergedFrom = new Set<string>()
  for (const e of sorted) {
    for (const p of e.participants) {
      const key = `${p.kind}:${p.id}`
      const seen = participants.get(key)
      participants.set(key, seen ? { ...seen, roles: union(seen.roles, p.roles) } : p)
    }
    for (const t of e.topics) topics.set(t.id, t)
    if (statusRank[e.status] > statusRank[status]) status = e.status
    confidence = Math.max(confidence, e.confidence ?? 0)
    for (const id of e.mergedFrom ?? []) mergedFrom.add(id)
  }
  const result: EventRecord = {
    ...base,
    name: sorted.find((e) => e.name)?.name ?? null,
    status,
    location: sorted.find((e) => e.location?.name)?.location ?? base.location,
    participants: [...participants.values()].sort((a, b) => compare(`${a.kind}:${a.id}`, `${b.kind}:${b.id}`)),
    topics: [...topics.values()].sort((a, b) => compare(a.id, b.id)),
    attestations: sorted.flatMap((e) => e.attestations).sort((a, b) => compare(a.docId, b.docId)),
  }
  if (base.confidence !== undefined) result.confidence = confidence
  if (mergedFrom.size > 0) result.mergedFrom = [...mergedFrom].sort()
  return result
}

function union<T extends string>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])].sort()
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
