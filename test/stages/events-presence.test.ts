/**
 * Events, fourth round: the institutions named around a report's main exercise, course or
 * conference take part in it; an exercise the text places nowhere happens in the country the
 * report is about when there is no dateline; "on Bonaire" places a training; and, through the
 * whole pipeline, the dates of events beside ceremonies, certificate presentations, "stop and
 * search", joint patrols, Working Group series, recalled meetings, and places after an agent.
 */
import { describe, expect, test } from 'vitest'
import type { EventRecord } from '../../src/schema/records.js'
import { eventsStage } from '../../src/stages/events/index.js'
import type { Context } from '../../src/types.js'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { makeDoc, type DocSpec } from './events-helpers.js'

const ctx = {} as Context
const fullContext = createContext()
/** The whole pipeline over a small text document, with one context (gazetteers) for the file. */
const pipeline = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, fullContext)
const events = (text: string, spec: DocSpec): EventRecord[] => [...eventsStage(makeDoc(text, spec), ctx).events]
const ids = (e: EventRecord | undefined): string[] => (e?.participants ?? []).map((p) => p.id)

describe('institutions present at the main event', () => {
  const spec: DocSpec = {
    published: '2025-05-13',
    dates: [
      { text: 'May 6 to 10', start: '2025-05-06', end: '2025-05-10' },
      { text: 'June 3', start: '2025-06-03' },
    ],
    organizations: [
      { id: 'org:nl-marines', name: 'Netherlands Marine Corps', country: 'NLD' },
      { id: 'org:arumil', name: 'Aruba Militia', country: 'ABW' },
      { id: 'org:aruba-fire', name: 'Aruba Fire Department', country: 'ABW' },
      { id: 'org:red-cross', name: 'Red Cross Aruba', country: 'ABW' },
      { id: 'org:us-cbsi', name: 'Caribbean Basin Security Initiative', country: 'USA', type: 'programme' },
      { id: 'org:dcg', name: 'Dutch Caribbean Coast Guard', country: 'NLD' },
    ],
  }
  const text =
    'Marines of the Netherlands Marine Corps and the Aruba Militia practised relief operations after a simulated hurricane from May 6 to 10.\n\n' +
    'The Aruba Fire Department and Red Cross Aruba set up shelters, with equipment bought under the Caribbean Basin Security Initiative.\n\n' +
    'On June 3 the Dutch Caribbean Coast Guard will hold a boarding course in Oranjestad.'
  test('organizations of sentences that report no other event join it; programmes and other events’ parties do not', () => {
    const out = events(text, spec)
    const exercise = out.find((e) => e.start === '2025-05-06')
    expect(ids(exercise)).toEqual(expect.arrayContaining(['org:nl-marines', 'org:arumil', 'org:aruba-fire', 'org:red-cross']))
    expect(ids(exercise)).not.toContain('org:us-cbsi')
    expect(ids(exercise)).not.toContain('org:dcg')
    const ev = exercise?.attestations.flatMap((a) => a.evidence).find((x) => x.rule === 'role:present')
    expect(ev && text.slice(ev.start, ev.end)).toBe(ev?.text)
  })
})

describe('where an exercise happens without a dateline', () => {
  test('the country the report is about, and an island after "on"', () => {
    const spec: DocSpec = {
      published: '2026-05-20',
      dates: [
        { text: 'in July', start: '2026-07' },
        { text: 'in September', start: '2026-09' },
      ],
      organizations: [
        { id: 'org:svg-cg', name: 'St. Vincent and the Grenadines Coast Guard Service', country: 'VCT' },
        { id: 'org:curmil', name: 'Curaçao Militia', country: 'CUW' },
      ],
      places: [
        { id: 'VCT', name: 'St. Vincent and the Grenadines', kind: 'country', country: 'VCT' },
        { id: 'BES', name: 'Bonaire', kind: 'country', country: 'BES' },
      ],
    }
    const text =
      'St. Vincent and the Grenadines prepares for the hurricane season. The St. Vincent and the Grenadines Coast Guard Service will hold a second evacuation exercise in July. ' +
      'St. Vincent and the Grenadines thanks its partners.\n\n' +
      'The militia will train with the Curaçao Militia on Bonaire in September.'
    const out = events(text, spec)
    const exercise = out.find((e) => e.type === 'exercise')
    expect(exercise?.location?.country).toBe('VCT')
    expect(exercise?.attestations.flatMap((a) => a.evidence).some((x) => x.rule === 'location:document-focus')).toBe(true)
    const training = out.find((e) => e.type === 'training')
    expect(training?.location?.country).toBe('BES')
  })
})

describe('dates of the events beside a ceremony (whole pipeline)', () => {
  const text =
    'Honduran Navy receives interceptor boats\n\nAugust 19, 2026\n\n' +
    'TRUJILLO, Honduras - The Honduran Naval Force received on Tuesday, 18 August, two interceptor boats donated by the Government of the United States, in a ceremony at the naval base. ' +
    'The crews that will operate the boats are 18 members of the Naval Force who graduated on 14 August from the operator and maintenance course given at the naval base from 3 to 14 August by instructors of the U.S. Navy.\n\n' +
    'After the ceremony, Secretary Marco Guardado Reyes and Ambassador Roberta J. Kessling held a working meeting at the base command.\n'
  test('the course keeps the dates the text gives it; the meeting after the ceremony is that day', () => {
    const doc = pipeline('release.txt', text)
    const course = doc.events.find((e) => e.type === 'training')
    expect([course?.start, course?.end]).toEqual(['2026-08-03', '2026-08-14'])
    const meeting = doc.events.find((e) => e.type === 'meeting')
    expect(meeting?.start).toBe('2026-08-18')
  })
})

describe('certificates, stop and search, joint patrols (whole pipeline)', () => {
  const text =
    'Marine Unit completes training\n\nNovember 6, 2026\n\n' +
    'ROAD TOWN, Tortola - The course, held from 2 to 5 November at the Marine Unit base in Road Town, covered pursuit tactics and vessel stop and search. ' +
    'Certificates were presented on Thursday by the Commissioner of Police, Jermaine O. Penn.\n\n' +
    'The Commissioner also announced that the police of both territories will carry out their first joint patrol in the week of November 16.\n'
  test('a certificate presentation is a ceremony, not a handover; "stop and search" is no visit; a joint patrol is a deployment', () => {
    const doc = pipeline('release.txt', text)
    const types = doc.events.map((e) => `${e.type} ${e.start}`)
    expect(types).toContain('training 2026-11-02')
    expect(types).toContain('other 2026-11-05')
    expect(types).toContain('deployment 2026-11-16')
    expect(doc.events.some((e) => e.type === 'visit' || e.type === 'donation')).toBe(false)
  })
})

test('a closing ceremony in a clause with one day happened that day (whole pipeline)', () => {
  const text =
    'Teams complete exercise\n\nJuly 24, 2026\n\n' +
    'ASUNCIÓN, Paraguay - Special operations teams from 17 nations completed Fuerzas Comando 2026 on July 22 with a closing ceremony at the training center.\n'
  const doc = pipeline('release.txt', text)
  expect(doc.events.find((e) => e.name === 'closing ceremony')?.start).toBe('2026-07-22')
})

test('a numbered Working Group is a meeting series; a recalled meeting is an earlier event; "spoke today with" is a call (whole pipeline)', () => {
  const text =
    'Readout\n\nSeptember 10, 2026\n\n' +
    'Assistant Secretary Gregory T. Hallorann spoke today with Peruvian Minister of the Interior Rosa Elvira Quispe Arana. ' +
    'He recalled his meeting with Minister Quispe Arana in Lima in March.\n\n' +
    'The fifth U.S.-Peru Bilateral Security Working Group is planned for Lima in 2027.\n'
  const doc = pipeline('readout.txt', text)
  const got = doc.events.map((e) => `${e.type} ${e.status} ${e.start} ${e.location?.country ?? ''}`)
  expect(got).toContain('meeting occurred 2026-09-10 ')
  expect(got).toContain('meeting occurred 2026-03 PER')
  expect(got).toContain('meeting scheduled 2027 PER')
  expect(doc.events.find((e) => e.start === '2027')?.series?.edition).toBe('5')
})

test('a span of days after "during a visit" dates the visit; "coordinated by X in Key West" does not place the patrol (whole pipeline)', () => {
  const text =
    'UK and Guatemala sign memorandum\n\nSeptember 28, 2026\n\n' +
    'The UK and Guatemala have signed a memorandum of understanding, during a visit to Guatemala from 23 to 25 September by the Minister for Latin America, Stephen Hartwell. ' +
    'The Minister signed the memorandum on 24 September in Guatemala City.\n\n' +
    'The ship will sail on October 6 for a six-week counter-drug patrol in the Caribbean Sea, coordinated by the Joint Interagency Task Force South in Key West.\n'
  const doc = pipeline('release.txt', text)
  const got = doc.events.map((e) => `${e.type} ${e.start} ${e.end ?? ''} ${e.location?.country ?? ''}`)
  expect(got).toContain('visit 2026-09-23 2026-09-25 GTM')
  expect(got).toContain('agreement 2026-09-24  GTM')
  expect(doc.events.find((e) => e.type === 'deployment')?.location?.country ?? null).not.toBe('USA')
})
