/**
 * Events, second round: mentions and dates found per clause by binary search (linear time on
 * long texts), ships standing for their service, quoted officials joining the main event, and
 * coarse-dated "other" events kept apart when they share only an associated party.
 */
import { describe, expect, test } from 'vitest'
import { mergeEvents } from '../../src/merge/events.js'
import type { EventRecord } from '../../src/schema/records.js'
import { eventsStage } from '../../src/stages/events/index.js'
import { overlapping, within } from '../../src/stages/events/mentions.js'
import { findVessels, refersToVessel } from '../../src/stages/events/vessels.js'
import type { Context } from '../../src/types.js'
import { makeDoc, type DocSpec } from './events-helpers.js'

const ctx = {} as Context
const events = (text: string, spec: DocSpec): EventRecord[] => [...eventsStage(makeDoc(text, spec), ctx).events]
const parties = (e: EventRecord | undefined): string[] => (e?.participants ?? []).map((p) => `${p.id}:${p.roles.join('+')}`)

describe('clause lookups by binary search', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 15 },
    { start: 20, end: 30 },
    { start: 31, end: 33 },
  ]
  test('overlapping returns the items crossing the window', () => {
    expect(overlapping(spans, 12, 21)).toEqual([spans[1], spans[2]])
    expect(overlapping(spans, 5, 10)).toEqual([])
    expect(overlapping(spans, 0, 100)).toEqual(spans)
  })
  test('within returns only the items inside, overlapping items allowed', () => {
    const dates = [
      { start: 0, end: 8 },
      { start: 2, end: 4 },
      { start: 9, end: 12 },
      { start: 11, end: 20 },
    ]
    expect(within(dates, 1, 12)).toEqual([dates[1], dates[2]])
    expect(within(dates, 0, 20)).toEqual(dates)
    expect(within(dates, 13, 20)).toEqual([])
  })
})

describe('a ship stands for its service', () => {
  const spec: DocSpec = {
    published: '2021-06-03',
    dates: [
      { text: 'May 14', start: '2021-05-14' },
      { text: 'May 20', start: '2021-05-20' },
    ],
    organizations: [
      { id: 'org:uscg', name: 'Coast Guard', country: 'USA' },
      { id: 'org:dutch-cg', name: 'Dutch Caribbean Coast Guard' },
      { id: 'org:dom-navy', name: 'Dominican Republic Navy', country: 'DOM' },
    ],
    places: [{ id: 'CUW', name: 'Curaçao', kind: 'country', country: 'CUW' }],
  }
  const text =
    'The Coast Guard Cutter Thetis returned to Key West Wednesday.\n\n' +
    'On May 14, Thetis conducted joint boarding exercises with the Dutch Caribbean Coast Guard off Curaçao. ' +
    'On May 20, the cutter hosted eight officers from the Dominican Republic Navy for a day of law enforcement training.'
  test('findVessels reads the introduction; refersToVessel the later references', () => {
    const doc = makeDoc(text, spec)
    const mentions = [{ start: 4, end: 15, text: 'Coast Guard', kind: 'organization' as const, id: 'org:uscg', name: 'Coast Guard', country: 'USA', placeKind: null, rule: 'test' }]
    expect(doc.text.slice(4, 15)).toBe('Coast Guard')
    const vessels = findVessels(doc.text, mentions)
    expect(vessels.map((v) => [v.name, v.operator.id])).toEqual([['Thetis', 'org:uscg']])
    expect(refersToVessel('Thetis conducted exercises', vessels)).toBe(true)
    expect(refersToVessel('the cutter’s small boat stopped a go-fast', vessels)).toBe(true)
    expect(refersToVessel('The Navy hosted a conference', vessels)).toBe(false)
    expect(refersToVessel('the crew rescued migrants', [])).toBe(false)
  })
  test('events the ship takes part in list the service', () => {
    const out = events(text, spec)
    const exercise = out.find((e) => e.type === 'exercise')
    const training = out.find((e) => e.type === 'training')
    expect(parties(exercise)).toEqual(['org:dutch-cg:attendee', 'org:uscg:participant'])
    expect(parties(training).includes('org:uscg:participant')).toBe(true)
    const ev = exercise?.attestations.flatMap((a) => a.evidence).find((x) => x.rule === 'role:vessel-operator')
    expect(ev && text.slice(ev.start, ev.end)).toBe('Coast Guard')
  })
  test('two services with ships: no guess', () => {
    const doc = makeDoc('The Coast Guard Cutter Stone and the Royal Navy ship HMS Medway sailed.', {
      organizations: [
        { id: 'org:uscg', name: 'Coast Guard' },
        { id: 'org:rn', name: 'Royal Navy' },
      ],
    })
    const ms = [
      { start: 4, end: 15, text: 'Coast Guard', kind: 'organization' as const, id: 'org:uscg', name: 'Coast Guard', country: null, placeKind: null, rule: 't' },
      { start: 37, end: 47, text: 'Royal Navy', kind: 'organization' as const, id: 'org:rn', name: 'Royal Navy', country: null, placeKind: null, rule: 't' },
    ]
    expect(doc.text.slice(37, 47)).toBe('Royal Navy')
    expect(findVessels(doc.text, ms)).toEqual([])
  })
})

describe('quoted officials join the main event', () => {
  test('a speaker named only in an attribution speaks at the reported event', () => {
    const text =
      'KINGSTON, Jamaica — Twenty medics graduated on May 19 from a course hosted by the Jamaica Defence Force at Up Park Camp.\n\n' +
      'Addressing the graduates, the Deputy Chief of Defence Staff, Brig. Gen. Errol D. Hanson, said the skills would save lives.'
    const out = events(text, {
      published: '2023-05-19',
      dates: [{ text: 'May 19', start: '2023-05-19' }],
      people: [{ name: 'Errol D. Hanson' }],
      organizations: [{ id: 'org:jdf', name: 'Jamaica Defence Force', country: 'JAM' }],
    })
    expect(out.length).toBe(1)
    expect(parties(out[0]).includes('person:errol-d-hanson:speaker')).toBe(true)
    const ev = out[0]!.attestations.flatMap((a) => a.evidence).find((x) => x.field === 'participant:person:errol-d-hanson')
    expect(ev && text.slice(ev.start, ev.end)).toBe('Errol D. Hanson')
  })
})

describe('merging coarse-dated "other" events', () => {
  const base = (id: string, docId: string, start: string, precision: 'day' | 'year', roles: EventRecord['participants'][number]['roles']): EventRecord => {
    const [e] = events('The Coast Guard seized cocaine on May 4, 2021.', {
      path: `${docId}.txt`,
      published: '2021-06-01',
      dates: [{ text: 'May 4, 2021', start: '2021-05-04' }],
      organizations: [{ id: 'org:uscg', name: 'Coast Guard', country: 'USA' }],
    })
    if (!e) throw new Error('no event')
    return {
      ...e,
      eventId: id,
      type: 'other',
      start,
      end: null,
      precision,
      name: null,
      series: null,
      location: null,
      participants: [{ kind: 'organization', id: 'org:uscg', name: 'Coast Guard', roles }],
      attestations: e.attestations.map((a) => ({ ...a, docId })),
    }
  }
  test('a party both reports only associate with it does not merge them', () => {
    const merged = mergeEvents([base('a', 'd1', '2021-05-04', 'day', ['participant']), base('b', 'd2', '2021', 'year', ['participant'])])
    expect(merged.length).toBe(2)
  })
})
