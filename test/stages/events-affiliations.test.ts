/**
 * Participant recall, third round: the institutions and states behind the people of the main
 * event, the states of the two sides of a visit or handover, a ship introduced before its fleet,
 * and a training dated by the visit it happens during.
 */
import { describe, expect, test } from 'vitest'
import { mergeEvents } from '../../src/merge/events.js'
import type { EventRecord } from '../../src/schema/records.js'
import { eventsStage } from '../../src/stages/events/index.js'
import { findVessels } from '../../src/stages/events/vessels.js'
import type { Context, Document } from '../../src/types.js'
import { makeDoc, type DocSpec } from './events-helpers.js'

const ctx = {} as Context
const run = (doc: Document): EventRecord[] => [...eventsStage(doc, ctx).events]
const parties = (e: EventRecord | undefined): string[] => (e?.participants ?? []).map((p) => `${p.id}:${p.roles.join('+')}`)
const affiliate = (doc: Document, ids: Record<string, string>): Document => ({
  ...doc,
  people: doc.people.map((p) => ({ ...p, affiliation: ids[p.name] ?? null, affiliationId: ids[p.name] ?? null })),
})

describe('the main event gains its principals’ institutions', () => {
  const text =
    'WASHINGTON — Assistant Secretary Evelyn R. Cárdenas hosted Lt. Gen. Desmond O. Ricketts at the Pentagon on Sept. 8.\n\n' +
    'Ricketts has led the Jamaica Defence Force since 2021; Cárdenas is the Department of Defense official for the region.'
  const spec: DocSpec = {
    published: '2022-09-09',
    dates: [
      { text: 'Sept. 8', start: '2022-09-08' },
      { text: '2021', start: '2021' },
    ],
    people: [{ name: 'Evelyn R. Cárdenas', forms: ['Cárdenas'] }, { name: 'Desmond O. Ricketts', forms: ['Ricketts'] }],
    organizations: [
      { id: 'org:us-dod', name: 'Department of Defense', country: 'USA' },
      { id: 'org:jdf', name: 'Jamaica Defence Force', country: 'JAM' },
    ],
    places: [{ id: 'JAM', name: 'Jamaica', kind: 'country', country: 'JAM' }],
  }
  // The guest of "hosted" is an attendee here, not a principal: only the host's institution joins.
  test('a host’s organization takes the host role, with the organization’s first mention as evidence', () => {
    const doc = affiliate(makeDoc(text, spec), { 'Evelyn R. Cárdenas': 'org:us-dod', 'Desmond O. Ricketts': 'org:jdf' })
    const [main] = run(doc)
    expect(main?.type).toBe('meeting')
    const added = parties(main).filter((p) => p.startsWith('org:'))
    expect(added).toEqual(['org:us-dod:host'])
    expect(parties(main).filter((p) => p.startsWith('person:'))).toEqual(['person:desmond-o-ricketts:attendee', 'person:evelyn-r-cardenas:host'])
    const ev = main!.attestations.flatMap((a) => a.evidence).filter((x) => x.rule === 'role:affiliation')
    expect(ev.map((x) => [x.text, text.slice(x.start, x.end)])).toEqual([
      ['Department of Defense', 'Department of Defense'],
    ])
  })
  test('without an affiliation nothing is added', () => {
    const [main] = run(makeDoc(text, spec))
    expect(parties(main).filter((p) => p === 'org:us-dod:host')).toEqual([])
  })
  test('an affiliation the text never names adds nothing', () => {
    const doc = affiliate(makeDoc(text, spec), { 'Evelyn R. Cárdenas': 'org:us-navy' })
    const [main] = run(doc)
    expect(parties(main).some((p) => p.startsWith('org:us-navy'))).toBe(false)
  })
})

describe('the states of a handover’s two sides', () => {
  // Since the twenty-sixth session only the giving side's state is added: the development truths
  // name a recipient's state beside its institution 13 times in 56.
  test('a donor institution brings its country; a recipient institution stands alone', () => {
    const text = 'PORT-AU-PRINCE — The U.S. Embassy donated 20 vehicles to the Haitian National Police on July 18.'
    const [e] = run(
      makeDoc(text, {
        published: '2019-07-19',
        dates: [{ text: 'July 18', start: '2019-07-18' }],
        organizations: [
          { id: 'org:us-embassy', name: 'U.S. Embassy', country: 'USA' },
          { id: 'org:hnp', name: 'Haitian National Police', country: 'HTI' },
        ],
      }),
    )
    expect(e?.type).toBe('donation')
    expect(parties(e)).toEqual(['USA:donor', 'org:hnp:recipient', 'org:us-embassy:donor'])
    const ev = e!.attestations.flatMap((a) => a.evidence).filter((x) => x.rule === 'role:party-country')
    expect(ev.map((x) => x.text)).toEqual(['U.S. Embassy'])
  })
  test('one state on both sides is no side', () => {
    const text = 'The U.S. Embassy donated 20 vehicles to the U.S. Navy on July 18.'
    const [e] = run(
      makeDoc(text, {
        published: '2019-07-19',
        dates: [{ text: 'July 18', start: '2019-07-18' }],
        organizations: [
          { id: 'org:us-embassy', name: 'U.S. Embassy', country: 'USA' },
          { id: 'org:us-navy', name: 'U.S. Navy', country: 'USA' },
        ],
      }),
    )
    expect(parties(e).filter((p) => /^[A-Z]{3}:/.test(p))).toEqual([])
  })
})

describe('a ship introduced before its fleet', () => {
  test('"cutter USCGC Stone (WMSL 758), one of … ships in the U.S. Coast Guard fleet"', () => {
    const text = 'Paramaribo – The national security cutter USCGC Stone (WMSL 758), one of the largest ships in the U.S. Coast Guard fleet, is in Paramaribo.'
    const start = text.indexOf('U.S. Coast Guard')
    const m = { start, end: start + 16, text: 'U.S. Coast Guard', kind: 'organization' as const, id: 'org:uscg', name: 'U.S. Coast Guard', country: 'USA', placeKind: null, rule: 't' }
    expect(findVessels(text, [m]).map((v) => [v.name, v.operator.id])).toEqual([['Stone', 'org:uscg']])
  })
  test('a service named with no fleet after it introduces no ship', () => {
    const text = 'The cutter USCGC Stone met officers of the U.S. Coast Guard command.'
    const start = text.indexOf('U.S. Coast Guard')
    const m = { start, end: start + 16, text: 'U.S. Coast Guard', kind: 'organization' as const, id: 'org:uscg', name: 'U.S. Coast Guard', country: 'USA', placeKind: null, rule: 't' }
    expect(findVessels(text, [m])).toEqual([])
  })
})

describe('training during a visit "which began" on a day', () => {
  const text =
    'PARAMARIBO, Suriname — The Coast Guard Cutter Stone departed Paramaribo Thursday after a four-day port visit.\n\n' +
    'During the visit, which began Sept. 30, Stone’s boarding teams trained with the Suriname National Army on boarding procedures.'
  const spec: DocSpec = {
    published: '2024-10-04',
    dateline: 'PARAMARIBO, Suriname',
    dates: [
      { text: 'Thursday', start: '2024-10-03' },
      { text: 'Sept. 30', start: '2024-09-30' },
    ],
    organizations: [
      { id: 'org:uscg', name: 'Coast Guard', country: 'USA' },
      { id: 'org:suriname-army', name: 'Suriname National Army', country: 'SUR' },
    ],
    places: [
      { id: 'SUR', name: 'Suriname', kind: 'country', country: 'SUR' },
      { id: 'place:paramaribo', name: 'Paramaribo', kind: 'city', country: 'SUR' },
    ],
  }
  test('the training spans the visit', () => {
    const out = run(makeDoc(text, spec))
    const visit = out.find((e) => e.type === 'visit')
    const training = out.find((e) => e.type === 'training')
    expect([visit?.start, visit?.end]).toEqual(['2024-09-30', '2024-10-03'])
    expect([training?.start, training?.end]).toEqual(['2024-09-30', '2024-10-03'])
  })
  test('a report dating the training to one day inside the visit merges with it', () => {
    const out = run(makeDoc(text, spec))
    const training = out.find((e) => e.type === 'training')!
    const other: EventRecord = {
      ...training,
      eventId: 'other-report',
      start: '2024-10-01',
      end: null,
      attestations: training.attestations.map((a) => ({ ...a, docId: 'embassy' })),
    }
    expect(mergeEvents([training, other]).length).toBe(1)
  })
})

describe('parties to a call', () => {
  test('"X spoke by phone with the Dominican Republic’s Minister of Defense, Y": the minister brings his state', () => {
    const text = 'Deputy Assistant Secretary Marisol Greaves spoke by phone on Tuesday with the Dominican Republic’s Minister of Defense, Lt. Gen. Rafael Peña.'
    const doc = makeDoc(text, {
      published: '2025-10-08',
      dates: [{ text: 'Tuesday', start: '2025-10-07' }],
      people: [{ name: 'Marisol Greaves' }, { name: 'Rafael Peña' }],
      places: [{ id: 'DOM', name: 'Dominican Republic', kind: 'country', country: 'DOM' }],
    })
    const out = run(affiliate(doc, { 'Rafael Peña': 'DOM' }))
    expect(parties(out[0])).toContain('DOM:participant')
  })
})
