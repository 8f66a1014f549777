/**
 * The countries behind the two sides of a report's main event. A readout of a visit, a meeting, an agreement or
 * a handover lists the states involved beside their institutions ("the U.S. Coast Guard cutter
 * visited Paramaribo": USA visitor, SUR host), so the main event gains the country of each
 * national institution that takes part, in that institution's role (but not a handover's
 * receiving side), and a visit or meeting its host country. Secondary events keep only the
 * countries the text names as parties.
 */
import type { EventType, ParticipantRole } from '../../schema/records.js'
import type { Built } from './participants.js'

const sided: ReadonlySet<EventType> = new Set(['visit', 'meeting', 'donation', 'agreement'])
// The institutions of the people who meet are sides too ("the Chief of Defence Staff of the Jamaica
// Defence Force" at a meeting brings Jamaica), and so are those attending a meeting or a visit.
const carried: ReadonlySet<ParticipantRole> = new Set(['visitor', 'host', 'donor', 'recipient', 'attendee', 'participant'])

export function addPartyCountries(b: Built, country: string | null, countryName: (id: string) => string): void {
  if (!sided.has(b.type)) return
  const all = [...b.participants.values()]
  const added = new Map<string, { roles: ParticipantRole[]; from: (typeof all)[number] }>()
  for (const p of all) {
    if (p.record.kind !== 'organization' || p.country === null) continue
    const roles = p.record.roles.filter((r) => carried.has(r))
    if (roles.length === 0) continue
    const seen = added.get(p.country) ?? { roles: [], from: p }
    for (const r of roles) if (!seen.roles.includes(r)) seen.roles.push(r)
    added.set(p.country, seen)
  }
  // The receiving side of a handover, and those attending it, are named by their institutions
  // alone (a rough count over the development errors: 43 of the 56 recipient states added were not
  // in the truth). A state on both sides is still no side: its roles are all read first.
  const received = (x: { roles: ParticipantRole[] }): boolean => b.type === 'donation' && x.roles.every((r) => r === 'recipient' || r === 'attendee')
  // A visit is received by the country it goes to, once someone from elsewhere is named visiting.
  const visiting = [...added.entries()].some(([c, x]) => c !== country && x.roles.includes('visitor'))
  if (b.type === 'visit' && country !== null && visiting && !added.has(country) && !b.participants.has(`country:${country}`)) {
    const host = all.find((p) => p.record.roles.includes('visitor')) ?? all[0]
    if (host) added.set(country, { roles: ['host'], from: host })
  }
  for (const id of [...added.keys()].sort()) {
    const x = added.get(id)!
    // A state the text names itself keeps the role the text gives it.
    if (b.participants.has(`country:${id}`)) continue
    // One state on both sides is no side at all ("U.S. Embassy" donor, "U.S. Navy" recipient).
    if (x.roles.includes('donor') && x.roles.includes('recipient')) continue
    if (x.roles.includes('visitor') && x.roles.includes('host')) continue
    if (received(x)) continue
    // A state that hosts attends its own meeting: the host role says it.
    const roles = x.roles.includes('host') ? x.roles.filter((r) => r !== 'attendee' && r !== 'participant') : x.roles
    const ev = x.from.evidence[0]
    b.participants.set(`country:${id}`, {
      record: { kind: 'country', id, name: countryName(id), roles: [...roles].sort() },
      evidence: ev ? [{ ...ev, field: `participant:${id}`, rule: 'role:party-country' }] : [],
      country: id,
    })
  }
}
