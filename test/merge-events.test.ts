/**
 * Cross-document merging: the same event reported by two publishers becomes one event with one
 * attestation each; different events never merge; a retired id survives in `mergedFrom`.
 */
import { describe, expect, test } from 'vitest'
import { compatible, mergeEvents } from '../src/merge/events.js'
import type { EventRecord } from '../src/schema/records.js'
import { eventsStage } from '../src/stages/events/index.js'
import type { Context } from '../src/types.js'
import { makeDoc, type DocSpec } from './stages/events-helpers.js'

const ctx = {} as Context
const events = (text: string, spec: DocSpec): EventRecord[] => [...eventsStage(makeDoc(text, spec), ctx).events]

const places = [
  { id: 'USA', name: 'United States', kind: 'country' as const, country: 'USA', forms: ['U.S.'] },
  { id: 'GRD', name: 'Grenada', kind: 'country' as const, country: 'GRD' },
  { id: 'DOM', name: 'Dominican Republic', kind: 'country' as const, country: 'DOM' },
  { id: 'geo:washington', name: 'Washington, D.C.', kind: 'city' as const, country: 'USA' },
]
const organizations = [
  { id: 'org:dod', name: 'Department of Defense', country: 'USA' },
  { id: 'org:us-state', name: 'Department of State', country: 'USA' },
]

const readout = events(
  'On Thursday, Deputy Assistant Secretary of Defense Lorraine K. Bastien represented the Department of Defense at the 12th Caribbean-U.S. Security Cooperation Dialogue, hosted by the Department of State in Washington, D.C.',
  {
    path: 'dod/readout.txt',
    published: '2024-12-13',
    kind: 'readout',
    dates: [{ text: 'Thursday', start: '2024-12-12' }],
    people: [{ name: 'Lorraine K. Bastien' }],
    organizations,
    places,
  },
)
const statement = events(
  'The Twelfth Caribbean-United States Security Cooperation Dialogue was convened on 12 December 2024 at the United States Department of State in Washington, D.C. The Dialogue was co-chaired by Grenada, the Dominican Republic and the United States.',
  {
    path: 'caricom/statement.html',
    published: '2024-12-13',
    kind: 'statement',
    dates: [{ text: '12 December 2024', start: '2024-12-12' }],
    organizations: [{ id: 'org:us-state', name: 'United States Department of State', country: 'USA' }],
    places,
  },
)

describe('the same event from two publishers', () => {
  test('each report alone names the series and edition, so both get the series id', () => {
    expect(readout.map((e) => [e.series, e.start])).toEqual([[{ id: 'series:caribbean-us-security-cooperation-dialogue', edition: '12' }, '2024-12-12']])
    expect(statement.map((e) => e.eventId)).toEqual(readout.map((e) => e.eventId))
  })

  test('merged: one event, two attestations, each with its own evidence, parties united', () => {
    const merged = mergeEvents([...readout, ...statement])
    expect(merged).toHaveLength(1)
    const e = merged[0]!
    expect(e.attestations.map((a) => a.docId).sort()).toEqual([readout[0]!.attestations[0]!.docId, statement[0]!.attestations[0]!.docId].sort())
    expect(e.attestations.every((a) => a.evidence.length > 0)).toBe(true)
    expect(e.participants.map((p) => `${p.id}:${p.roles.join('+')}`)).toEqual([
      'DOM:co_chair',
      'GRD:co_chair',
      // "hosted by the Department of State": the host institution's state hosts (role:party-country).
      'USA:co_chair+host',
      'org:dod:attendee',
      'org:us-state:host',
      'person:lorraine-k-bastien:representative',
    ])
    expect(e.mergedFrom).toBeUndefined()
  })

  test('a report without the series merges into the series event; the retired id is kept', () => {
    const plain = events('Grenada, the Dominican Republic and the United States co-chaired a security dialogue in Washington, D.C. on Thursday.', {
      path: 'other/news.txt',
      published: '2024-12-13',
      dates: [{ text: 'Thursday', start: '2024-12-12' }],
      places,
    })
    expect(plain.map((e) => e.series ?? null)).toEqual([null])
    const merged = mergeEvents([...plain, ...readout])
    expect(merged.map((e) => [e.eventId, e.mergedFrom, e.attestations.length])).toEqual([[readout[0]!.eventId, [plain[0]!.eventId], 2]])
  })

  test('merging is deterministic and idempotent', () => {
    const once = mergeEvents([...statement, ...readout])
    expect(mergeEvents([...readout, ...statement])).toEqual(once)
    expect(mergeEvents(once)).toEqual(once)
  })
})

describe('different events never merge', () => {
  const base: EventRecord = {
    eventId: 'evt-a',
    type: 'meeting',
    name: null,
    status: 'occurred',
    start: '2024-12-12',
    end: null,
    precision: 'day',
    location: { name: null, country: 'USA' },
    participants: [{ kind: 'organization', id: 'org:us-state', name: 'Department of State', roles: ['host'] }],
    topics: [],
    attestations: [{ docId: 'doc-1', evidence: [] }],
  }
  const other = (patch: Partial<EventRecord>): EventRecord => ({ ...base, eventId: 'evt-b', attestations: [{ docId: 'doc-2', evidence: [] }], ...patch })

  test('the same event is merged (control)', () => {
    expect(mergeEvents([base, other({})]).map((e) => e.attestations.length)).toEqual([2])
  })

  test('different dates, countries, editions or kinds', () => {
    const cases: Partial<EventRecord>[] = [
      { start: '2024-12-13' },
      { location: { name: null, country: 'GRD' } },
      { type: 'donation' },
    ]
    for (const patch of cases) expect(mergeEvents([base, other(patch)]), JSON.stringify(patch)).toHaveLength(2)
    const a = { ...base, series: { id: 'series:x', edition: '11' } }
    expect(mergeEvents([a, other({ series: { id: 'series:x', edition: '12' } })])).toHaveLength(2)
  })

  test('an edition known only by its year is not a dated meeting of another kind that year with a common party', () => {
    const edition = { ...base, start: '2025', precision: 'year' as const, location: { name: null, country: 'DOM' }, series: { id: 'series:x', edition: '13' } }
    const workingGroup = other({ start: '2025-10-21', location: null, series: null })
    expect(mergeEvents([edition, workingGroup])).toHaveLength(2)
  })

  test('"last year\'s exercise" in the host country merges into the edition another report dates', () => {
    const edition = { ...base, type: 'exercise' as const, start: '2025-04-26', end: '2025-05-09', location: { name: null, country: 'TTO' }, series: { id: 'series:tradewinds', edition: '2025' }, participants: [{ kind: 'country' as const, id: 'TTO', name: 'Trinidad and Tobago', roles: ['host' as const] }] }
    const vague = other({ type: 'exercise', start: '2025', end: null, precision: 'year', location: { name: null, country: 'TTO' }, series: null, participants: [{ kind: 'country', id: 'TTO', name: 'Trinidad and Tobago', roles: ['host'] }] })
    expect(mergeEvents([edition, vague])).toHaveLength(1)
  })

  test('two events of one document stay two', () => {
    expect(mergeEvents([base, other({ attestations: [{ docId: 'doc-1', evidence: [] }] })])).toHaveLength(2)
  })

  test('two meetings the same day in one country with different people', () => {
    const person = (id: string) => ({ kind: 'person' as const, id, name: id, roles: ['participant' as const] })
    const a = { ...base, participants: [person('person:a')] }
    expect(mergeEvents([a, other({ participants: [person('person:b')] })])).toHaveLength(2)
  })

  test('two courses whose reports each give first and last day, and disagree, are two courses', () => {
    const party = (id: string, role: 'trainer' | 'trainee') => ({ kind: 'organization' as const, id, name: id, roles: [role] })
    const course = { ...base, type: 'training' as const, start: '2026-06-04', end: '2026-06-08', location: { name: null, country: 'DOM' }, participants: [party('org:us-coast-guard', 'trainer'), party('org:dom-navy', 'trainee')] }
    expect(mergeEvents([course, other({ ...course, eventId: 'evt-b', attestations: [{ docId: 'doc-2', evidence: [] }], start: '2026-06-08', end: '2026-06-19' })])).toHaveLength(2)
    expect(mergeEvents([course, other({ ...course, eventId: 'evt-b', attestations: [{ docId: 'doc-2', evidence: [] }], end: '2026-06-12' })])).toHaveLength(2)
    // Control: the same range, or one report giving only the first day, is one course.
    expect(mergeEvents([course, other({ ...course, eventId: 'evt-b', attestations: [{ docId: 'doc-2', evidence: [] }] })])).toHaveLength(1)
    expect(mergeEvents([course, other({ ...course, eventId: 'evt-b', attestations: [{ docId: 'doc-2', evidence: [] }], end: null })])).toHaveLength(1)
  })

  test('a phone call is not the meeting another report places in a country', () => {
    const states = [
      { kind: 'country' as const, id: 'USA', name: 'United States', roles: ['participant' as const] },
      { kind: 'country' as const, id: 'DOM', name: 'Dominican Republic', roles: ['participant' as const] },
    ]
    const meeting = { ...base, participants: states }
    const call = other({ location: null, participants: states, plover: { type: 'CONSULT', mode: 'phone' } })
    expect(mergeEvents([meeting, call])).toHaveLength(2)
    // Control: the same report without the call's mode joins the meeting.
    expect(mergeEvents([meeting, { ...call, plover: { type: 'CONSULT', mode: null } }])).toHaveLength(1)
  })

  test('courses given by different states are different courses', () => {
    const org = (id: string, country: string, role: 'trainer' | 'trainee') => ({ kind: 'organization' as const, id, name: id, roles: [role], country })
    const course = { ...base, type: 'training' as const, start: '2026-10-26', end: null, location: { name: null, country: 'SUR' }, participants: [org('org:us-coast-guard', 'USA', 'trainer'), org('org:suriname-cg', 'SUR', 'trainee')] }
    const dutch = other({ ...course, eventId: 'evt-b', attestations: [{ docId: 'doc-2', evidence: [] }], participants: [org('org:royal-netherlands-navy', 'NLD', 'trainer'), org('org:suriname-cg', 'SUR', 'trainee')] })
    expect(mergeEvents([course, dutch])).toHaveLength(2)
    // Control: another U.S. trainer's name for the same course.
    const embassy = { ...dutch, participants: [org('org:us-embassy-paramaribo', 'USA', 'trainer'), org('org:suriname-cg', 'SUR', 'trainee')] }
    expect(mergeEvents([course, embassy])).toHaveLength(1)
  })

  test('meetings the same day in one country with partners of different states are two meetings', () => {
    const ecuador = { ...base, participants: [...base.participants, { kind: 'country' as const, id: 'ECU', name: 'Ecuador', roles: ['co_chair' as const] }] }
    const guyana = other({ participants: [{ kind: 'organization', id: 'org:gdf', name: 'Guyana Defence Force', roles: ['participant'], country: 'GUY' }] })
    expect(mergeEvents([ecuador, guyana])).toHaveLength(2)
  })

  test('a state alone does not make a gift known to its year one dated gift of that state', () => {
    const canada = { kind: 'country' as const, id: 'CAN', name: 'Canada', roles: ['donor' as const] }
    const dated = { ...base, type: 'donation' as const, start: '2025-03-05', location: { name: null, country: 'JAM' }, participants: [canada] }
    const vague = other({ type: 'donation', start: '2025', precision: 'year', location: { name: null, country: 'JAM' }, participants: [canada] })
    expect(mergeEvents([dated, vague])).toHaveLength(2)
    // Control: a recipient both name makes them one.
    const jcf = { kind: 'organization' as const, id: 'org:jcf', name: 'Jamaica Constabulary Force', roles: ['recipient' as const], country: 'JAM' }
    expect(mergeEvents([{ ...dated, participants: [canada, jcf] }, { ...vague, participants: [canada, jcf] }])).toHaveLength(1)
  })

  test('no chain: A~B and B~C do not merge A and C when A and C differ', () => {
    const b = other({ location: null, participants: base.participants })
    const c: EventRecord = { ...base, eventId: 'evt-c', location: { name: null, country: 'GRD' }, attestations: [{ docId: 'doc-3', evidence: [] }] }
    const merged = mergeEvents([base, b, c])
    expect(merged).toHaveLength(2)
    expect(merged.map((e) => e.attestations.length).sort()).toEqual([1, 2])
  })
})

describe('events nothing identifies', () => {
  test('"an agreement signed in 2019" in two reports: two ids, never one event', () => {
    const a = events('The patrol was conducted under the border security agreement signed in 2019.', {
      path: 'a.txt',
      published: '2025-02-10',
      dates: [{ text: '2019', start: '2019' }],
    })
    const b = events('The two governments signed a memorandum of understanding on maritime cooperation in 2019.', {
      path: 'b.txt',
      published: '2023-06-20',
      dates: [{ text: '2019', start: '2019' }],
    })
    const agreements = [...a, ...b].filter((e) => e.type === 'agreement')
    expect(agreements).toHaveLength(2)
    expect(agreements[0]!.eventId).not.toBe(agreements[1]!.eventId)
    expect(mergeEvents(agreements)).toHaveLength(2)
  })
})

describe('visits told by two publishers', () => {
  const visit = (docId: string, patch: Partial<EventRecord>): EventRecord => ({
    eventId: `evt-${docId}-${patch.start ?? ''}-${patch.end ?? ''}`,
    type: 'visit',
    name: null,
    status: 'occurred',
    start: '2026-02-16',
    end: '2026-02-17',
    precision: 'day',
    location: { name: null, country: 'JAM' },
    participants: [],
    topics: [],
    attestations: [{ docId, evidence: [] }],
    ...patch,
  })
  const person = (id: string, role: 'visitor' | 'attendee') => ({ kind: 'person' as const, id, name: id, roles: [role] })

  test('the visit with the same dates is the one merged, not the one-day stop inside it; those accompanying do not tell visits apart', () => {
    const whole = visit('doc-b', { participants: [person('person:corinne-a-hallett', 'visitor')] })
    const stop = visit('doc-a', { start: '2026-02-17', end: null, participants: [person('person:corinne-hallett', 'visitor')] })
    const told = visit('doc-a', { participants: [person('person:corinne-hallett', 'attendee'), person('person:reginald-osei', 'attendee')] })
    const merged = mergeEvents([stop, told, whole])
    const two = merged.find((e) => e.attestations.length === 2)
    expect([two?.start, two?.end]).toEqual(['2026-02-16', '2026-02-17'])
  })
})

describe('named storms', () => {
  test('"hardest hit by Hurricanes Eta and Iota" (Guatemala) and "Hurricanes Eta and Iota" unplaced: one event, named by the storm', () => {
    const a = events('In November 2020, Alta Verapaz was among the departments hardest hit by Hurricanes Eta and Iota.', {
      path: 'gt.txt',
      published: '2023-03-10',
      dates: [{ text: 'November 2020', start: '2020-11' }],
      places: [{ id: 'region:alta-verapaz', name: 'Alta Verapaz', kind: 'region', country: 'GTM' }],
    })
    const b = events('The task force last flew relief missions after Hurricanes Eta and Iota struck in November 2020.', {
      path: 'hn.txt',
      published: '2026-11-05',
      dates: [{ text: 'November 2020', start: '2020-11' }],
    })
    const storms = [...a, ...b].filter((e) => e.name === 'Hurricanes Eta and Iota')
    expect(storms).toHaveLength(2)
    expect(mergeEvents(storms)).toHaveLength(1)
  })
})

describe('a scheduled stop and its report', () => {
  test('"Santo Domingo – October" and the stop reported in Santo Domingo on Oct. 4–13 are one visit; another port the same month is not', () => {
    const base = (docId: string, patch: Partial<EventRecord>): EventRecord => ({
      eventId: `evt-${docId}`,
      type: 'visit',
      name: null,
      status: 'occurred',
      start: '2022-10',
      end: null,
      precision: 'month',
      location: { name: 'Santo Domingo', country: 'DOM' },
      participants: [],
      topics: [],
      attestations: [{ docId, evidence: [] }],
      ...patch,
    })
    const scheduled = base('doc-a', { participants: [{ kind: 'country', id: 'DOM', name: 'Dominican Republic', roles: ['host'] }] })
    const reported = base('doc-b', { start: '2022-10-04', end: '2022-10-13', precision: 'day' })
    const elsewhere = base('doc-c', { start: '2022-10-20', precision: 'day', location: { name: 'Puerto Plata', country: 'DOM' } })
    expect(mergeEvents([scheduled, reported]).map((e) => e.attestations.length)).toEqual([2])
    expect(mergeEvents([reported, elsewhere])).toHaveLength(2)
  })
})

describe('states alone do not make two reports one event', () => {
  const record = (id: string, start: string, precision: 'day' | 'month', states: string[], location: EventRecord['location']): EventRecord =>
    ({
      eventId: id,
      type: 'meeting',
      name: null,
      status: 'occurred',
      start,
      end: null,
      precision,
      location,
      series: null,
      participants: states.map((c) => ({ kind: 'country', id: c, name: c, roles: ['participant'] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('a U.S.–Uruguay meeting in October and a U.S. call with the Dominican minister that month stay two', () => {
    const uruguay = record('evt-a', '2025-10', 'month', ['URY', 'USA'], { name: 'Washington, D.C.', country: 'USA' })
    const dominican = record('evt-b', '2025-10-07', 'day', ['DOM', 'USA'], null)
    expect(mergeEvents([uruguay, dominican])).toHaveLength(2)
  })
  test('the same two states on the same day still merge', () => {
    const a = record('evt-a', '2025-10-07', 'day', ['DOM', 'USA'], { name: null, country: 'USA' })
    const b = record('evt-b', '2025-10-07', 'day', ['DOM', 'USA'], null)
    expect(mergeEvents([a, b])).toHaveLength(1)
  })
})

describe('names that describe rather than name', () => {
  const record = (id: string, name: string, participants: string[], location: EventRecord['location']): EventRecord =>
    ({
      eventId: id,
      type: 'deployment',
      name,
      status: 'scheduled',
      start: '2026-12-01',
      end: null,
      precision: 'day',
      location,
      series: null,
      participants: participants.map((o) => ({ kind: 'organization', id: o, name: o, roles: ['participant'] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('"coordinated patrols" on the Corentyne and in the Gulf of Honduras the same day stay two', () => {
    const corentyne = record('evt-a', 'begin coordinated patrols on the Corentyne River on December 1', ['local:gpf-marine-unit'], null)
    const gulf = record('evt-b', 'coordinated patrols', [], null)
    expect(mergeEvents([corentyne, gulf])).toHaveLength(2)
  })
  test('"third meeting" in two reports placed in one country is one event, by its ordinal', () => {
    const month = { type: 'meeting', start: '2026-03', precision: 'month' } as const
    const a = { ...record('evt-a', 'third meeting', [], { name: 'Castries', country: 'LCA' }), ...month } as EventRecord
    const b = { ...record('evt-b', 'the third meeting', [], { name: null, country: 'LCA' }), ...month } as EventRecord
    const c = { ...record('evt-c', 'the meeting', [], { name: null, country: 'LCA' }), ...month } as EventRecord
    expect(mergeEvents([a, b])).toHaveLength(1)
    expect(mergeEvents([a, c])).toHaveLength(2)
  })
})

describe('background events no party identifies', () => {
  const record = (id: string, docId: string, type: EventRecord['type'], start: string, precision: 'day' | 'month', parties: string[], country: string | null): EventRecord =>
    ({
      eventId: id,
      type,
      name: null,
      status: 'occurred',
      start,
      end: null,
      precision,
      location: country ? { name: null, country } : null,
      series: null,
      participants: parties.map((c) => ({ kind: 'country', id: c, name: c, roles: ['recipient'] })),
      topics: [],
      attestations: [{ docId, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('in two reports of one handover, "a course in March 2026" is one course', () => {
    const handoverA = record('evt-h1', 'doc-a', 'donation', '2026-11-03', 'day', ['BLZ'], 'BLZ')
    const handoverB = record('evt-h2', 'doc-b', 'donation', '2026-11-03', 'day', ['BLZ'], 'BLZ')
    const courseA = record('evt-c1', 'doc-a', 'training', '2026-03', 'month', [], 'BLZ')
    const courseB = record('evt-c2', 'doc-b', 'training', '2026-03', 'month', [], 'BLZ')
    expect(mergeEvents([handoverA, handoverB, courseA, courseB]).map((e) => e.attestations.length)).toEqual([2, 2])
  })
  test('in two unrelated reports, "the next meeting, in February 2027" in the same country stays two', () => {
    const a = record('evt-m1', 'doc-a', 'meeting', '2027-02', 'month', [], 'USA')
    const b = record('evt-m2', 'doc-b', 'meeting', '2027-02', 'month', [], 'USA')
    expect(mergeEvents([a, b])).toHaveLength(2)
  })
})

describe('eleventh round', () => {
  const record = (id: string, type: EventRecord['type'], start: string, end: string | null, precision: 'day' | 'month' | 'week', series: EventRecord['series'], orgs: string[], country: string | null): EventRecord =>
    ({
      eventId: id,
      type,
      name: null,
      status: 'scheduled',
      start,
      end,
      precision,
      location: country ? { name: null, country } : null,
      series,
      participants: orgs.map((o) => ({ kind: 'organization', id: o, name: o, roles: ['attendee'] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('one series named with its two sides in either order ("Cayman Islands–Jamaica", "Jamaica–Cayman Islands") is one series', () => {
    const a = record('evt-a', 'meeting', '2026-10-14', '2026-10-15', 'day', { id: 'series:meeting-of-the-jamaica-cayman-islands-joint-security-working-group', edition: '4' }, [], 'JAM')
    const b = record('evt-b', 'meeting', '2026-10', null, 'month', { id: 'series:meeting-of-the-cayman-islands-jamaica-joint-security-working-group', edition: '4' }, [], 'JAM')
    const c = record('evt-c', 'meeting', '2026-10', null, 'month', { id: 'series:meeting-of-the-cayman-islands-jamaica-joint-security-working-group', edition: '3' }, [], 'JAM')
    expect(mergeEvents([a, b])).toHaveLength(1)
    expect(mergeEvents([a, c])).toHaveLength(2)
  })
  test('a course "in February" and an exercise in the first week of February with the same partner stay two', () => {
    const course = record('evt-a', 'training', '2027-02', null, 'month', null, ['org:rss'], 'BRB')
    const exercise = record('evt-b', 'exercise', '2027-02-01', '2027-02-07', 'week', null, ['org:rss'], null)
    const sameCourse = record('evt-c', 'training', '2027-02-01', '2027-02-07', 'week', null, ['org:rss'], null)
    expect(mergeEvents([course, exercise])).toHaveLength(2)
    expect(mergeEvents([course, sameCourse])).toHaveLength(1)
  })
})

describe('thirty-second round', () => {
  const record = (id: string, start: string, precision: 'day' | 'month', place: string | null): EventRecord =>
    ({
      eventId: id,
      type: 'training',
      name: null,
      status: 'scheduled',
      start,
      end: null,
      precision,
      location: { name: place, country: 'HND' },
      series: null,
      participants: [{ kind: 'organization', id: 'org:us-cbp', name: 'U.S. Customs and Border Protection', roles: ['organizer'], country: 'USA' }],
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('two courses of one month by the same instructors in one country, at two named places, stay two', () => {
    expect(mergeEvents([record('evt-a', '2026-10', 'month', 'San Lorenzo'), record('evt-b', '2026-10', 'month', 'Puerto Cortés')])).toHaveLength(2)
  })
  test('the same course told with its place by one report and without by the other is one', () => {
    expect(mergeEvents([record('evt-a', '2026-10', 'month', 'San Lorenzo'), record('evt-b', '2026-10', 'month', null)])).toHaveLength(1)
  })
})

describe('thirty-third round', () => {
  const party = (kind: 'country' | 'organization', id: string, country: string | null) =>
    kind === 'country' ? { kind, id, name: id, roles: ['attendee'] } : { kind, id, name: id, roles: ['participant'], country }
  const record = (id: string, type: string, end: string | null, country: string | null, states: string[]): EventRecord =>
    ({
      eventId: id,
      type,
      name: null,
      status: 'occurred',
      start: '2026-11-30',
      end,
      precision: 'day',
      location: country ? { name: null, country } : null,
      series: null,
      participants: [party('organization', 'org:us-coast-guard', 'USA'), ...states.map((s) => party('country', s, null))],
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('an exercise placed nowhere among seven named states and a course that day in an eighth state stay two', () => {
    const exercise = record('evt-a', 'exercise', '2026-12-04', null, ['ABW', 'COL', 'CUW', 'DOM', 'FRA', 'NLD', 'USA'])
    const course = record('evt-b', 'training', null, 'LCA', [])
    expect(mergeEvents([exercise, course])).toHaveLength(2)
  })
  test('the same exercise placed by one report, in a state the other names, is still one', () => {
    const a = record('evt-a', 'exercise', '2026-12-04', null, ['ABW', 'CUW', 'USA'])
    const b = record('evt-b', 'exercise', '2026-12-04', 'CUW', [])
    expect(mergeEvents([a, b])).toHaveLength(1)
  })
})

describe('thirty-fourth round', () => {
  const sitting = (id: string, series: { id: string; edition: string }): EventRecord =>
    ({
      eventId: id,
      type: 'meeting',
      name: null,
      status: 'occurred',
      start: '2026-11-23',
      end: '2026-11-24',
      precision: 'day',
      location: { name: 'Puntarenas', country: 'CRI' },
      series,
      participants: ['CRI', 'ECU'].map((c) => ({ kind: 'country', id: c, name: c, roles: ['participant'] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  const spanish = 'series:reunion-de-la-comision-binacional-costa-rica-ecuador-de-seguridad-maritima'
  test('"la V Reunión de la Comisión Binacional …" and "the fifth Binational Maritime Security Commission" are one sitting', () => {
    const a = sitting('evt-a', { id: spanish, edition: '5' })
    const b = sitting('evt-b', { id: 'series:costa-rica-ecuador-binational-maritime-security-commission', edition: '5' })
    expect(mergeEvents([a, b])).toHaveLength(1)
  })
  test('a Spanish sitting and an English one of another edition stay two', () => {
    const a = sitting('evt-a', { id: spanish, edition: '5' })
    const b = sitting('evt-b', { id: 'series:costa-rica-ecuador-binational-maritime-security-commission', edition: '6' })
    expect(mergeEvents([a, b])).toHaveLength(2)
  })
})

describe('thirty-fifth round', () => {
  const meeting = (id: string, name: string, start: string, parties: { kind: string; id: string; roles: string[]; country?: string }[], location: { name: string | null; country: string }): EventRecord =>
    ({
      eventId: id,
      type: 'meeting',
      name,
      status: 'occurred',
      start,
      end: null,
      precision: start.length === 7 ? 'month' : 'day',
      location,
      series: null,
      participants: parties.map((p) => ({ ...p, name: p.id })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  const states = [
    { kind: 'country', id: 'BRB', roles: ['participant'] },
    { kind: 'country', id: 'TTO', roles: ['participant'] },
  ]
  const bdf = { kind: 'organization', id: 'org:barbados-df', roles: ['host'], country: 'BRB' }
  test('"the fourth meeting of the committee will be hosted by the BDF in November" is the fourth meeting held Nov. 11, not a courtesy call on the BDF that month', () => {
    const announced = meeting('evt-a', 'fourth meeting of the committee will be hosted by the BDF', '2026-11', [...states, bdf], { name: null, country: 'BRB' })
    const held = meeting('evt-b', 'fourth meeting of the Barbados–Trinidad and Tobago Joint Maritime Security Committee', '2026-11-11', [...states, { ...bdf, roles: ['attendee'] }], { name: 'HMBS Pelican', country: 'BRB' })
    const call = meeting('evt-c', 'courtesy call', '2026-11-17', [bdf, { kind: 'person', id: 'person:felipe-a-nogueira', roles: ['visitor'] }, { kind: 'person', id: 'person:kirk-a-greaves', roles: ['host'] }], { name: "St. Ann's Fort", country: 'BRB' })
    const merged = mergeEvents([call, announced, held])
    expect(merged).toHaveLength(2)
    expect(merged.find((e) => e.attestations.length === 2)?.attestations.map((a) => a.docId).sort()).toEqual(['doc-evt-a', 'doc-evt-b'])
  })
  test('an interception no one is named in and an opening ceremony of the same day and country are two events', () => {
    const other = (id: string, parties: { kind: string; id: string; roles: string[] }[]): EventRecord =>
      ({ ...meeting(id, '', '2026-09-29', parties, { name: null, country: 'BLZ' }), type: 'other', name: null }) as EventRecord
    const interception = other('evt-a', [])
    const opening = other('evt-b', [{ kind: 'organization', id: 'org:belize-police', roles: ['host'] }])
    expect(mergeEvents([interception, opening])).toHaveLength(2)
  })
  test('"the twelfth meeting of the committee" and "the fifth meeting" of one month and country are two sittings', () => {
    const twelfth = meeting('evt-a', 'twelfth meeting of the committee will take place in Ciudad Hidalgo', '2026-11', [{ kind: 'country', id: 'GTM', roles: ['participant'] }, { kind: 'country', id: 'MEX', roles: ['participant'] }], { name: 'Ciudad Hidalgo', country: 'MEX' })
    const fifth = meeting('evt-b', 'fifth meeting', '2026-11-26', [{ kind: 'country', id: 'GTM', roles: ['participant'] }, { kind: 'country', id: 'MEX', roles: ['participant'] }], { name: null, country: 'MEX' })
    expect(mergeEvents([twelfth, fifth])).toHaveLength(2)
  })
})

describe('thirty-sixth round', () => {
  const meeting = (id: string, name: string | null, start: string, end: string | null, states: string[], location: { name: string | null; country: string } | null): EventRecord =>
    ({
      eventId: id,
      type: 'meeting',
      name,
      status: 'scheduled',
      start,
      end,
      precision: start.length === 7 ? 'month' : 'day',
      location,
      series: null,
      participants: states.map((s) => ({ kind: 'country', id: s, name: s, roles: ['participant'] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  const guyana = meeting('evt-b', 'fourth meeting of the U.S.-Guyana Border Security Working Group', '2027-03-09', '2027-03-10', ['USA'], { name: 'Georgetown', country: 'GUY' })
  test('a U.S.–Bolivia meeting of the first quarter and a U.S.–Guyana one in Georgetown in March can never be one', () => {
    expect(compatible(meeting('evt-a', null, '2027-01', '2027-03', ['BOL', 'USA'], null), guyana)).toBe(false)
  })
  test('a U.S.–Guyana meeting of March that no report places still may be the one in Georgetown', () => {
    expect(compatible(meeting('evt-a', 'meeting of the working group', '2027-03', null, ['GUY', 'USA'], null), guyana)).toBe(true)
  })
})

describe('thirty-seventh round', () => {
  const posting = (id: string, location: { name: string | null; country: string }, participants: string[]): EventRecord =>
    ({
      eventId: id,
      type: 'deployment',
      name: null,
      status: 'scheduled',
      start: '2027-01-04',
      end: null,
      precision: 'day',
      location,
      series: null,
      participants: participants.map((s) => ({ kind: 'country', id: s, name: s, roles: ['participant'] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('operations starting at a named post and a posting placed only in the country, on one day, with no party in common, are two', () => {
    const merged = mergeEvents([posting('evt-a', { name: 'Chateaubelair', country: 'VCT' }, []), posting('evt-b', { name: null, country: 'VCT' }, ['VCT'])])
    expect(merged).toHaveLength(2)
  })
  test('the same with a party in common may still be one', () => {
    const merged = mergeEvents([posting('evt-a', { name: 'Chateaubelair', country: 'VCT' }, ['VCT']), posting('evt-b', { name: null, country: 'VCT' }, ['VCT'])])
    expect(merged).toHaveLength(1)
  })
})

describe('thirty-eighth round', () => {
  const meeting = (id: string, name: string, evidence: Array<{ text: string; rule: string }>): EventRecord =>
    ({
      eventId: id,
      type: 'meeting',
      name: null,
      status: 'occurred',
      start: '2026-05',
      end: null,
      precision: 'month',
      location: { name, country: 'URY' },
      series: null,
      participants: [{ kind: 'person', id: 'person:martin-echeverria-roca', name: 'Martín Echeverría Roca', roles: ['attendee'] }],
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: evidence.map((e) => ({ start: 0, end: e.text.length, text: e.text, field: 'location', sentence: 0, rule: e.rule })), confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('a meeting at a venue in a town and the same meeting placed in that town are one', () => {
    const merged = mergeEvents([
      meeting('evt-a', 'Navy General Command', [{ text: 'Navy General Command', rule: 'location:venue-at' }, { text: 'Montevideo', rule: 'location:container' }]),
      meeting('evt-b', 'Montevideo', [{ text: 'Montevideo', rule: 'location:in' }]),
    ])
    expect(merged).toHaveLength(1)
  })
  test('a venue in another town is still another place', () => {
    const merged = mergeEvents([
      meeting('evt-a', 'Navy General Command', [{ text: 'Navy General Command', rule: 'location:venue-at' }, { text: 'Colonia', rule: 'location:container' }]),
      meeting('evt-b', 'Montevideo', [{ text: 'Montevideo', rule: 'location:in' }]),
    ])
    expect(merged).toHaveLength(2)
  })
})

describe('thirty-ninth round', () => {
  const ceremony = (id: string, place: string, parties: Array<[string, string]>): EventRecord =>
    ({
      eventId: id,
      type: 'other',
      name: null,
      status: 'occurred',
      start: '2026-12-11',
      end: null,
      precision: 'day',
      location: { name: place, country: 'ATG' },
      series: null,
      participants: parties.map(([pid, role]) => ({ kind: 'organization', id: pid, name: pid, roles: [role] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('two ceremonies of one day sharing only a party merely associated with one of them are two', () => {
    const merged = mergeEvents([
      ceremony('evt-a', 'Camp Blizard', [['org:abdf', 'participant'], ['org:royal-navy', 'participant'], ['org:abdf-cg', 'speaker']]),
      ceremony('evt-b', 'Antigua and Barbuda Defence Force', [['org:abdf', 'host'], ['org:rss', 'speaker']]),
    ])
    expect(merged).toHaveLength(2)
  })
  test('the same two ceremonies with the shared party hosting both are one', () => {
    const merged = mergeEvents([
      ceremony('evt-a', 'Camp Blizard', [['org:abdf', 'host'], ['org:royal-navy', 'participant'], ['org:abdf-cg', 'speaker']]),
      ceremony('evt-b', 'Antigua and Barbuda Defence Force', [['org:abdf', 'host'], ['org:rss', 'speaker']]),
    ])
    expect(merged).toHaveLength(1)
  })
  const gift = (id: string, start: string, parties: Array<[string, string, string]>): EventRecord =>
    ({
      eventId: id,
      type: 'donation',
      name: null,
      status: 'occurred',
      start,
      end: null,
      precision: start.length === 10 ? 'day' : 'month',
      location: { name: null, country: 'JAM' },
      series: null,
      participants: parties.map(([kind, pid, role]) => ({ kind, id: pid, name: pid, roles: [role] })),
      topics: [],
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('a gift of a month and one of a day in it, from one state to different institutions, are two', () => {
    const merged = mergeEvents([
      gift('evt-a', '2026-11', [['country', 'USA', 'donor'], ['organization', 'org:jcf-marine-police', 'recipient']]),
      gift('evt-b', '2026-11-13', [['country', 'USA', 'donor'], ['organization', 'local:united-states-embassy', 'donor']]),
    ])
    expect(merged).toHaveLength(2)
  })
  test('the same gifts are one when the dated report names no institution', () => {
    const merged = mergeEvents([
      gift('evt-a', '2026-11', [['country', 'USA', 'donor'], ['organization', 'org:jcf-marine-police', 'recipient']]),
      gift('evt-b', '2026-11-13', [['country', 'USA', 'donor'], ['person', 'person:roger-a-pettigrew', 'donor']]),
    ])
    expect(merged).toHaveLength(1)
  })
})

describe('fortieth round: sums in two currencies', () => {
  const handover = (id: string, amounts: Array<[number, string]>): EventRecord =>
    ({
      eventId: id,
      type: 'donation',
      name: null,
      status: 'occurred',
      start: '2027-02-04',
      end: null,
      precision: 'day',
      location: { name: 'Sarteneja Village', country: 'BLZ' },
      series: null,
      participants: [
        { kind: 'country', id: 'USA', name: 'United States', roles: ['donor'] },
        { kind: 'organization', id: 'org:belize-cg', name: 'Belize Coast Guard', roles: ['recipient'] },
      ],
      topics: [],
      amounts: amounts.map(([value, currency]) => ({ text: `${currency} ${value}`, value, currency })),
      attestations: [{ docId: `doc-${id}`, evidence: [], confidence: 0.5 }],
      mergedFrom: [],
    }) as unknown as EventRecord
  test('"BZ$4.6 million" in one report and "US$2.3 million" in the other: one handover', () => {
    expect(mergeEvents([handover('evt-a', [[4_600_000, 'BZD']]), handover('evt-b', [[2_300_000, 'USD']])])).toHaveLength(1)
  })
  test('two sums in one currency that differ: two handovers', () => {
    expect(mergeEvents([handover('evt-a', [[4_600_000, 'USD']]), handover('evt-b', [[2_300_000, 'USD']])])).toHaveLength(2)
  })
})
