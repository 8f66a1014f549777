/**
 * Events, ninth round (issue 6). Texts are written for the rules; none is copied from a fixture.
 */
import { expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)

test('a town after the topic of an event noun is where the event is held; a country there is the topic', () => {
  const text = [
    'Embassy hosts border security workshop',
    'Press Release | October 14, 2026',
    '',
    'KINGSTOWN, St. Vincent — The U.S. Embassy hosted a workshop on border security in Bridgetown on October 12. Officers from six countries attended the sessions.',
    '',
    'The Embassy will hold a seminar on security in Haiti on November 3.',
  ].join('\n')
  const events = pipeline(text).events.map((e) => [e.start, e.location?.name ?? null, e.location?.country ?? null])
  expect(events).toContainEqual(['2026-10-12', 'Bridgetown', 'BRB'])
  const seminar = events.find((e) => e[0] === '2026-11-03')
  expect(seminar).toBeDefined()
  expect(seminar?.[2]).not.toBe('HTI')
})

test('a dated trip made "to meet" or "to discuss" is a visit on the trip’s date', () => {
  const text = [
    'Readout of the Secretary’s meeting with the Guatemalan Minister of Defense',
    'Readout | March 4, 2026',
    '',
    'Secretary of War Daniel R. Whitfield hosted Guatemala’s Minister of National Defense, Maj. Gen. Henry Yovani Reyes Chigua, at the Pentagon on Tuesday. The two leaders discussed border security.',
    '',
    'Minister Reyes Chigua will travel to Miami on Thursday to meet with U.S. Southern Command leaders.',
  ].join('\n')
  const events = pipeline(text).events.map((e) => [e.type, e.start, e.location?.name ?? null])
  expect(events).toContainEqual(['visit', '2026-03-05', 'Miami'])
  expect(events.filter((e) => e[1] === '2026-03-05')).toHaveLength(1)
})

test('a word inside an institution’s name opens no event; where people live is not where an event is', () => {
  const text = [
    'JCF investigators complete cybercrime course',
    'November 19, 2026',
    '',
    'KINGSTON, Jamaica — Officers of the Counter-Terrorism and Organized Crime Investigation Branch completed a two-week course in digital forensics on Friday, November 13.',
    '',
    'The Canadian High Commissioner noted that many victims of online fraud live in Canada.',
  ].join('\n')
  const events = pipeline(text).events
  expect(events.filter((e) => e.attestations[0]!.evidence.some((x) => x.field === 'trigger' && x.text === 'Organized'))).toEqual([])
  const course = events.find((e) => e.type === 'training')
  expect(course?.location?.country).toBe('JAM')
})
