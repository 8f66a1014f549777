/**
 * The institutions behind the people of a report's main event: "Assistant Secretary Cárdenas
 * hosted Lt. Gen. Ricketts, Chief of Defence Staff of the Jamaica Defence Force" is also a meeting
 * of the Department of Defense and the Jamaica Defence Force. A principal (visitor, host,
 * representative, donor, recipient, organizer, chair, or a party to a meeting or call, "spoke by
 * phone with") brings the organization the entities stage
 * tied them to; anyone brings the state they speak for when that is all the text ties them to
 * ("the U.S. Ambassador", "Grenada's Minister"). The evidence is the organization's or country's
 * first mention, so an affiliation the text never names adds nothing.
 */
import type { ParticipantRole, PersonRecord } from '../../schema/records.js'
import { personId, type EntityMention } from './mentions.js'
import type { Built } from './participants.js'

const principal: ReadonlySet<ParticipantRole> = new Set(['visitor', 'host', 'co_host', 'representative', 'donor', 'recipient', 'organizer', 'chair', 'co_chair', 'participant'])

const isCountryId = (id: string): boolean => /^[A-Z]{3}$/.test(id)

export function addAffiliations(
  b: Built,
  people: readonly PersonRecord[],
  mentions: readonly EntityMention[],
  sentenceOf: (o: number) => number,
): void {
  const byPerson = new Map(people.map((p) => [personId(p.name), p] as const))
  const firstMention = new Map<string, EntityMention>()
  for (const m of mentions) {
    const key = m.kind === 'place' ? null : `${m.kind === 'country' ? 'country' : m.kind}:${m.id}`
    if (key && !firstMention.has(key)) firstMention.set(key, m)
  }
  const persons = [...b.participants.values()].filter((p) => p.record.kind === 'person')
  for (const p of persons) {
    const id = byPerson.get(p.record.id)?.affiliationId
    if (!id) continue
    const country = isCountryId(id)
    // Someone only quoted speaks for themselves; an attendee's state sends them.
    const roles = p.record.roles.filter((r) => principal.has(r) || (country && r === 'attendee'))
    if (roles.length === 0) continue
    const key = `${country ? 'country' : 'organization'}:${id}`
    const m = firstMention.get(key)
    if (!m) continue
    const seen = b.participants.get(key)
    if (seen) {
      // Already a party: the text's own role stands.
      continue
    }
    b.participants.set(key, {
      record: { kind: country ? 'country' : 'organization', id, name: m.name, roles: [...roles].sort() },
      evidence: [{ start: m.start, end: m.end, text: m.text, field: `participant:${id}`, sentence: sentenceOf(m.start), rule: 'role:affiliation' }],
      country: country ? id : m.country,
    })
  }
}
