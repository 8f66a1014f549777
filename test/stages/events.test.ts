/**
 * The events stage on small hand-built documents: trigger → type and codes, status, several
 * events per document, stable ids, and evidence that quotes the text exactly.
 */
import { describe, expect, test } from 'vitest'
import type { EventRecord } from '../../src/schema/records.js'
import { eventId, eventKey } from '../../src/stages/events/ids.js'
import { eventsStage } from '../../src/stages/events/index.js'
import type { Context, Document } from '../../src/types.js'
import { makeDoc, type DocSpec } from './events-helpers.js'

const ctx = {} as Context
const run = (text: string, spec: DocSpec): Document => eventsStage(makeDoc(text, spec), ctx)
const brief = (e: EventRecord) => ({
  type: e.type,
  status: e.status,
  start: e.start,
  end: e.end,
  country: e.location?.country ?? null,
  plover: e.plover?.type ?? null,
  cameo: e.cameo ?? null,
})

const jamaica = { id: 'JAM', name: 'Jamaica', kind: 'country' as const, country: 'JAM' }
const usa = { id: 'USA', name: 'United States', kind: 'country' as const, country: 'USA', forms: ['U.S.'] }
const kingston = { id: 'geo:kingston', name: 'Kingston', kind: 'city' as const, country: 'JAM' }
const jdf = { id: 'org:jdf', name: 'Jamaica Defence Force', acronym: 'JDF', country: 'JAM' }
const southcom = { id: 'org:us-southcom', name: 'U.S. Southern Command', acronym: 'SOUTHCOM', country: 'USA' }

describe('trigger → type, PLOVER and CAMEO', () => {
  const cases: [string, string, Partial<ReturnType<typeof brief>>][] = [
    ['met', 'The SOUTHCOM commander met with the JDF chief of staff in Kingston on March 3.', { type: 'meeting', plover: 'CONSULT', cameo: '040' }],
    ['visited', 'The SOUTHCOM commander visited Jamaica on March 3.', { type: 'visit', plover: 'CONSULT', cameo: '042' }],
    ['donated', 'SOUTHCOM donated two patrol boats to the JDF in Kingston on March 3.', { type: 'donation', plover: 'AID', cameo: '072' }],
    ['signed', 'Jamaica and the United States signed a memorandum of understanding in Kingston on March 3.', { type: 'agreement', plover: 'SUPPORT', cameo: '057' }],
    ['trained', 'A SOUTHCOM team trained 20 JDF officers in Kingston on March 3.', { type: 'training', plover: 'COOPERATE', cameo: '062' }],
    ['exercise', 'The JDF staged a disaster response exercise in Kingston on March 3.', { type: 'exercise', plover: 'COOPERATE', cameo: '062' }],
    ['deployed', 'SOUTHCOM deployed 40 engineers to Jamaica on March 3.', { type: 'deployment', plover: 'AID', cameo: '072' }],
    ['conference', 'SOUTHCOM hosted a regional security conference in Kingston on March 3.', { type: 'conference', plover: 'CONSULT', cameo: '040' }],
  ]
  for (const [trigger, text, expected] of cases) {
    test(trigger, () => {
      const doc = run(text, {
        published: '2024-03-05',
        dates: [{ text: 'March 3', start: '2024-03-03' }],
        organizations: [southcom, jdf],
        places: [jamaica, usa, kingston],
      })
      expect(doc.events).toHaveLength(1)
      expect(brief(doc.events[0]!)).toMatchObject({ ...expected, start: '2024-03-03', status: 'occurred', country: 'JAM' })
    })
  }

  test('a port visit is a visit by the ship to the port country', () => {
    const doc = run('The USNS Comfort made a port visit to Kingston, Jamaica, from March 3 to 8.', {
      published: '2024-03-01',
      dates: [{ text: 'March 3 to 8', start: '2024-03-03', end: '2024-03-08' }],
      places: [jamaica, kingston],
    })
    expect(doc.events.map(brief)).toEqual([
      { type: 'visit', status: 'scheduled', start: '2024-03-03', end: '2024-03-08', country: 'JAM', plover: 'AGREE', cameo: '036' },
    ])
  })

  test('a delivery after a hurricane is disaster relief, with its amount', () => {
    const doc = run('After Hurricane Melissa, SOUTHCOM delivered relief supplies worth US$2.6 million to Jamaica on March 3.', {
      published: '2024-03-05',
      dates: [{ text: 'March 3', start: '2024-03-03' }],
      organizations: [southcom],
      places: [jamaica],
    })
    const relief = doc.events.find((e) => e.type === 'disaster_response')!
    expect(brief(relief)).toEqual({ type: 'disaster_response', status: 'occurred', start: '2024-03-03', end: null, country: 'JAM', plover: 'AID', cameo: '073' })
    expect(relief.amounts).toEqual([{ text: 'US$2.6 million', value: 2600000, currency: 'USD' }])
  })
})

describe('status', () => {
  const spec: DocSpec = { published: '2024-03-05', dates: [{ text: 'March 12', start: '2024-03-12' }], organizations: [southcom], places: [jamaica] }

  test('future tense and a date after publication: scheduled', () => {
    const doc = run('SOUTHCOM will host a maritime security conference in Jamaica on March 12.', spec)
    expect(doc.events.map((e) => [e.type, e.status, e.cameo])).toEqual([['conference', 'scheduled', '036']])
  })

  test('an announcement of a future event yields the event, not an agreement', () => {
    const doc = run('SOUTHCOM announced today that it will host a maritime security conference in Jamaica on March 12.', spec)
    expect(doc.events.map((e) => [e.type, e.status])).toEqual([['conference', 'scheduled']])
  })

  test('postponed and cancelled', () => {
    const postponed = run('SOUTHCOM has postponed the maritime security conference, which was scheduled for March 12 in Jamaica.', spec)
    expect(postponed.events.map((e) => [e.type, e.status])).toEqual([['conference', 'postponed']])
    const cancelled = run('SOUTHCOM cancelled the maritime security conference planned for March 12 in Jamaica.', spec)
    expect(cancelled.events.map((e) => [e.type, e.status])).toEqual([['conference', 'cancelled']])
  })

  test('past tense and a date before publication: occurred', () => {
    const doc = run('SOUTHCOM hosted a maritime security conference in Jamaica on March 1.', {
      ...spec,
      dates: [{ text: 'March 1', start: '2024-03-01' }],
    })
    expect(doc.events.map((e) => [e.status, e.cameo])).toEqual([['occurred', '040']])
  })
})

describe('several events in one document', () => {
  const text = `KINGSTON, Jamaica – The SOUTHCOM commander visited Jamaica March 4-6 to meet with government and defense leaders.

The commander began the visit Monday with a call on Jamaica’s Prime Minister, Andrew Holness. On Tuesday, the commander met with JDF leaders at Up Park Camp.

SOUTHCOM donated two patrol boats to the JDF last July.`
  const doc = run(text, {
    published: '2024-03-07',
    dateline: 'KINGSTON, Jamaica',
    dates: [
      { text: 'March 4-6', start: '2024-03-04', end: '2024-03-06' },
      { text: 'Monday', start: '2024-03-04' },
      { text: 'Tuesday', start: '2024-03-05' },
      { text: 'last July', start: '2023-07' },
    ],
    people: [{ name: 'Andrew Holness' }],
    organizations: [southcom, jdf],
    places: [jamaica, kingston, { id: 'geo:up-park-camp', name: 'Up Park Camp', kind: 'facility', country: 'JAM' }],
  })

  test('the visit, the meetings inside it, and a past donation', () => {
    expect(doc.events.map((e) => [e.type, e.start, e.end, e.location?.country ?? null])).toEqual([
      ['visit', '2024-03-04', '2024-03-06', 'JAM'],
      ['meeting', '2024-03-04', null, 'JAM'],
      ['meeting', '2024-03-05', null, 'JAM'],
      ['donation', '2023-07', null, 'JAM'],
    ])
  })

  test('the visited country hosts; a meeting within the visit has its host', () => {
    expect(doc.events[0]!.participants.find((p) => p.id === 'JAM')?.roles).toEqual(['host'])
    expect(doc.events[1]!.participants.map((p) => [p.id, p.roles])).toEqual([['person:andrew-holness', ['host']]])
    expect(doc.events[3]!.participants.map((p) => [p.id, p.roles])).toEqual([
      ['org:jdf', ['recipient']],
      ['org:us-southcom', ['donor']],
    ])
  })

  test('every evidence span is the text it quotes', () => {
    for (const e of doc.events) {
      for (const a of e.attestations) {
        for (const x of a.evidence) expect(doc.text.slice(x.start, x.end), `${x.field} ${x.rule}`).toBe(x.text)
      }
    }
  })
})

describe('no date, no event; a habit is no event', () => {
  test('a generic sentence yields nothing', () => {
    const doc = run('Jamaica has participated in exercises such as Tradewinds for more than two decades.', { places: [jamaica] })
    expect(doc.events).toEqual([])
  })

  test('an event the text does not date is left out', () => {
    const doc = run('SOUTHCOM donated two patrol boats to the JDF.', { organizations: [southcom, jdf], kind: 'fact_sheet' })
    expect(doc.events).toEqual([])
  })

  test('a readout without a date falls back to the publication date, marked and trusted less', () => {
    const doc = run('The Secretary of Defense met with the Jamaican Chief of Defence Staff at the Pentagon.', {
      published: '2024-03-05',
      kind: 'readout',
      places: [{ id: 'place:pentagon', name: 'Pentagon', kind: 'facility', country: 'USA' }],
    })
    expect(doc.events.map((e) => [e.start, e.location?.country, e.confidence! < 0.95])).toEqual([['2024-03-05', 'USA', true]])
    expect(doc.events[0]!.attestations[0]!.evidence.filter((x) => x.field === 'date').map((x) => x.rule)).toEqual(['date:publication-fallback'])
  })
})

describe('stable ids', () => {
  const text = 'SOUTHCOM hosted a maritime security conference in Jamaica on March 1.'
  const spec: DocSpec = { published: '2024-03-05', dates: [{ text: 'March 1', start: '2024-03-01' }], organizations: [southcom], places: [jamaica] }

  test('the same event gets the same id from another document and other offsets', () => {
    const a = run(text, { ...spec, path: 'a.txt' }).events[0]!
    const b = run(`Press release.\n\nIn other news, ${text}`, { ...spec, path: 'b/other.txt', url: 'https://example.org/x' }).events[0]!
    expect(b.attestations[0]!.docId).not.toBe(a.attestations[0]!.docId)
    expect(b.eventId).toBe(a.eventId)
    expect(a.eventId).toMatch(/^evt-[0-9a-f]{16}$/)
  })

  test('the key is made of normalized values only', () => {
    const e = run(text, spec).events[0]!
    expect(eventKey(e)).toBe('["event","consult","2024-03-01","JAM",["org:us-southcom"]]')
    expect(eventKey({ ...e, series: { id: 'series:cansec', edition: '2024' } })).toBe('["series","series:cansec","2024"]')
  })

  test('different values, different ids', () => {
    const e = run(text, spec).events[0]!
    const ids = new Set([
      eventId(e),
      eventId({ ...e, start: '2024-03-02' }),
      eventId({ ...e, location: { name: null, country: 'BRB' } }),
      eventId({ ...e, type: 'visit' }),
    ])
    expect(ids.size).toBe(4)
    // meeting and conference are one group: publishers call the same gathering either.
    expect(eventId({ ...e, type: 'meeting' })).toBe(eventId(e))
  })
})

describe('document topics', () => {
  test('from the curated list, sorted by id', () => {
    const doc = run('The ministers discussed maritime security, cybercrime and the trafficking of illicit firearms.', {})
    expect(doc.topics).toEqual([
      { id: 'topic:cyber-security', label: 'Cyber security' },
      { id: 'topic:firearms-trafficking', label: 'Firearms trafficking' },
      { id: 'topic:maritime-security', label: 'Maritime security' },
    ])
  })
})
