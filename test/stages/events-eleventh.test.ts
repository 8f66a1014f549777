/**
 * Events, eleventh round (issue 6). Texts are written for the rules; none is copied from a fixture.
 */
import { expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)

const handover = [
  'Defence Force receives patrol boats',
  'Press Release | August 15, 2025',
  '',
  'NASSAU, The Bahamas — The Royal Bahamas Defence Force (RBDF) took delivery of three patrol boats during a handover ceremony at HMBS Coral Harbour on Thursday.',
  '',
]

test('the subject of a clause after "after" is the subject of its own verb', () => {
  const text = [...handover, 'The ceremony comes five months after the RBDF and the U.S. Coast Guard conducted a migrant interdiction exercise in March.'].join('\n')
  const exercise = pipeline(text).events.find((e) => e.type === 'exercise')
  expect(exercise?.start).toBe('2025-03')
  expect(exercise?.participants.map((p) => p.id).sort()).toEqual(['org:rbdf', 'org:us-coast-guard'])
})

test('"Also present were …" names attendees of the event just reported', () => {
  const text = [...handover, 'Also present were senior officers of the RBDF and the Royal Bahamas Police Force.'].join('\n')
  const donation = pipeline(text).events.find((e) => e.type === 'donation')
  const police = donation?.participants.find((p) => p.id === 'org:rbpf')
  expect(police?.roles).toEqual(['attendee'])
})

test('"the ninth meeting" is an edition of the series the document names', () => {
  const text = [
    'Adjacency Zone talks continue',
    'News | October 23, 2026',
    '',
    'Officials of Belize and Guatemala held the Tenth Technical Coordination Meeting on the Adjacency Zone on October 22 in Melchor de Mencos.',
    '',
    'The proposal was first made at the ninth meeting in Benque Viejo del Carmen in April. The eleventh meeting is due in Belize in April next year.',
  ].join('\n')
  const series = pipeline(text).events.map((e) => [e.start, e.series?.id ?? null, e.series?.edition ?? null])
  expect(series).toContainEqual(['2026-04', 'series:technical-coordination-meeting-on-the-adjacency-zone', '9'])
  expect(series).toContainEqual(['2027-04', 'series:technical-coordination-meeting-on-the-adjacency-zone', '11'])
})

test('a lower-case ordinal meeting in a document that names no series is no series', () => {
  const text = [
    'Police and customs meet on port security',
    'News | October 23, 2026',
    '',
    'Police and customs officers held their third meeting on port security in Kingston on October 21.',
  ].join('\n')
  expect(pipeline(text).events.every((e) => e.series === null)).toBe(true)
})
