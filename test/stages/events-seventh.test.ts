/**
 * Events, seventh round (issue 6): what an opening verb opens is an event of its own; an undated
 * announcement made by a participant of the event just reported was made there and then; hosting
 * officers is their visit; a named place no list locates is in the country the report is about.
 * Texts are written for the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)
const summary = (text: string) => pipeline(text).events.map((e) => [e.type, e.start, e.location?.country ?? null])

describe('an opening and what it opens', () => {
  test('"opened a four-week course" on Monday: the opening and the course, both from that day', () => {
    const text = [
      'Police host regional investigators course',
      'July 10, 2026',
      '',
      'The Royal Saint Lucia Police Force on Monday opened a four-week Regional Financial Investigations Course at the Police Training School in Castries, Saint Lucia, with 20 investigators from eight countries.',
      '',
      'The course is delivered by instructors from the Caribbean Financial Action Task Force.',
    ].join('\n')
    const events = summary(text)
    expect(events).toContainEqual(['other', '2026-07-06', 'LCA'])
    expect(events).toContainEqual(['training', '2026-07-06', 'LCA'])
  })
  test('"opened the new boathouse" opens no second event: a building is no event', () => {
    const text = ['Minister opens boathouse', 'July 10, 2026', '', 'The Minister of National Security on Monday opened the new Coast Guard boathouse at True Blue, Grenada, in a ceremony attended by officers of the Coast Guard.'].join('\n')
    expect(summary(text).filter((e) => e[0] === 'training' || e[0] === 'meeting')).toEqual([])
  })
})

describe('an announcement made at the event just reported', () => {
  const text = [
    'United States and Barbados hold first law enforcement dialogue',
    'June 26, 2026',
    '',
    'WASHINGTON – The United States and Barbados held their inaugural Law Enforcement Dialogue in Washington on June 24. The dialogue was co-chaired by Principal Deputy Assistant Secretary Margaret L. Voss and Permanent Secretary Jerome A. Babb.',
    '',
    'The delegations discussed firearms trafficking, maritime interdiction and information sharing.',
    '',
    'Principal Deputy Assistant Secretary Voss announced US$4 million in new assistance to establish a firearms tracing cell at Police Headquarters in Bridgetown.',
  ].join('\n')
  test('takes that event’s day and place, not the places the money goes to', () => {
    const announcement = pipeline(text).events.find((e) => e.type === 'announcement')
    expect([announcement?.start, announcement?.location?.country]).toEqual(['2026-06-24', 'USA'])
  })
  test('an announcement by someone who was not there stays undated (and is left out)', () => {
    const other = text.replace('Principal Deputy Assistant Secretary Voss announced', 'Separately, the European Union announced')
    expect(pipeline(other).events.filter((e) => e.type === 'announcement')).toEqual([])
  })
})

describe('hosting people is their visit', () => {
  test('"will host two officers of the Customs and Excise Department … in October" is a scheduled visit', () => {
    const text = ['Customs officers to train in Virginia', 'June 26, 2026', '', 'U.S. Customs and Border Protection will host two officers of the Barbados Customs and Excise Department at its training center in Virginia in October.'].join('\n')
    const visit = pipeline(text).events.find((e) => e.start === '2026-10')
    expect([visit?.type, visit?.status]).toEqual(['visit', 'scheduled'])
  })
  test('"hosted the meeting" stays a meeting', () => {
    const text = ['Border meeting', 'June 26, 2026', '', 'The Belize Defence Force hosted the quarterly border meeting with the Guatemalan Army in Belmopan, Belize, on Tuesday.'].join('\n')
    expect(pipeline(text).events.map((e) => e.type)).toContain('meeting')
  })
})

describe('a named place no list locates', () => {
  test('is in the country the report is about', () => {
    const text = [
      'Coast Guard receives radar system',
      'October 15, 2026',
      '',
      'The Dominica Coast Guard has a new radar network, donated by the United States.',
      '',
      'The equipment was handed over on Thursday at a ceremony at the Pointe Michel Coast Guard Station, attended by officers of the Commonwealth of Dominica Police Force.',
      '',
      'The Dominica Coast Guard will staff the radar room around the clock, the Dominica Police said.',
    ].join('\n')
    const handover = pipeline(text).events.find((e) => e.type === 'donation')
    expect(handover?.location).toEqual({ name: 'Pointe Michel Coast Guard Station', country: 'DMA' })
    // The place record itself is now put in the country the report is about (entities stage), so
    // the event's place carries it.
    const evidence = handover?.attestations[0]?.evidence.find((x) => x.field === 'location')
    expect(evidence?.text).toBe('Pointe Michel Coast Guard Station')
    expect(pipeline(text).places.find((p) => p.name === 'Pointe Michel Coast Guard Station')?.country).toBe('DMA')
  })
})

describe('storms, transfers and trainers', () => {
  test('a storm by its short name after its full name: "Irma destroyed …" is the storm, not a destruction by someone', () => {
    const text = [
      'Relief warehouse opens in Antigua',
      'September 17, 2026',
      '',
      'ST. JOHN’S, Antigua – A new relief warehouse opened on Tuesday. Hurricane Irma showed how quickly Barbuda can be cut off, the Ambassador said.',
      '',
      'Minister Arlette M. Joseph-Henry recalled that Irma destroyed most of the buildings on Barbuda in September 2017.',
    ].join('\n')
    const storm = pipeline(text).events.find((e) => e.start === '2017-09')
    expect([storm?.type, storm?.name, storm?.participants]).toEqual(['other', 'Hurricane Irma', []])
  })
  test('"plans for the transfer of two patrol boats to the Uruguayan Navy in 2027" is a transfer of its own, to Uruguay', () => {
    const text = [
      'Readout of meeting with Uruguayan Minister of Defense',
      'September 10, 2026',
      '',
      'The Assistant Secretary met the Minister of National Defense of Uruguay at the Pentagon on Tuesday, September 8.',
      '',
      'The two officials confirmed plans for the transfer of two excess U.S. Coast Guard patrol boats to the Uruguayan Navy in 2027.',
    ].join('\n')
    const transfer = pipeline(text).events.find((e) => e.type === 'donation')
    expect([transfer?.start, transfer?.location?.country]).toEqual(['2027', 'URY'])
    expect(transfer?.participants.map((p) => [p.name, p.roles])).toContainEqual(['Uruguayan Navy', ['recipient']])
  })
  test('a body giving a course is not its own trainee', () => {
    const text = [
      'Coast Guard receives radar',
      'October 15, 2026',
      '',
      'The Dominica Coast Guard received a radar network from the United States on Thursday. The radar covers the west coast of Dominica from Portsmouth to Soufrière.',
      '',
      'A team of instructors from the United States Coast Guard will return next month to train officers of the Coast Guard to operate the equipment, the Dominica Police said.',
    ].join('\n')
    const course = pipeline(text).events.find((e) => e.type === 'training')
    const uscg = course?.participants.find((p) => p.name === 'U.S. Coast Guard')
    expect(uscg?.roles).not.toContain('trainee')
    expect(course?.location?.country).toBe('DMA')
  })
})

describe('the publisher’s country', () => {
  test('a course a national force plans, on its own page naming many countries’ forces, is at home', () => {
    const text = [
      'Skip to content',
      'Trinidad and Tobago Police Service',
      'Home',
      'Media Centre',
      '',
      'TTPS HOSTS REGIONAL INVESTIGATORS COURSE',
      'Posted on July 10, 2026 by TTPS Corporate Communications Unit',
      '',
      'The Trinidad and Tobago Police Service welcomed investigators from the Guyana Police Force, the Barbados Police Service, the Royal Saint Lucia Police Force, the Royal Grenada Police Force and the Jamaica Constabulary Force this week.',
      '',
      'A refresher course for the graduates is planned for the first quarter of 2027.',
      '',
      '© 2026 Trinidad and Tobago Police Service. All rights reserved.',
    ].join('\n')
    const doc = pipeline(text)
    expect(doc.meta.publisher).toBe('Trinidad and Tobago Police Service')
    const refresher = doc.events.find((e) => e.start === '2027-01')
    expect([refresher?.type, refresher?.location?.country]).toEqual(['training', 'TTO'])
    expect(refresher?.attestations[0]?.evidence.some((x) => x.rule === 'location:publisher-country')).toBe(true)
  })
})

describe('surges and presentations', () => {
  const text = [
    'Liaison officers meet at JIATF South',
    'August 14, 2026',
    '',
    'KEY WEST, Fla. – Liaison officers from 14 partner nations met at Joint Interagency Task Force South on Tuesday.',
    '',
    'Participants reviewed the results of a multinational detection and monitoring surge in the Eastern Pacific from June 15 to July 31.',
    '',
    'Colombian Navy Capt. Andrés Montoya, the senior foreign liaison officer, presented lessons learned from the surge.',
  ].join('\n')
  test('a detection and monitoring surge on dates of its own is a deployment', () => {
    const surge = pipeline(text).events.find((e) => e.start === '2026-06-15')
    expect([surge?.type, surge?.end]).toEqual(['deployment', '2026-07-31'])
  })
  test('presenting lessons learned hands nothing over', () => {
    expect(pipeline(text).events.map((e) => e.type)).not.toContain('donation')
  })
})

describe('who a meeting brought together', () => {
  const head = ['Navies meet in Belize', 'May 20, 2026', '', 'BELIZE CITY, Belize – The Belize Coast Guard hosted the seventh trinational naval meeting on Tuesday, May 19, 2026.', '']
  const parties = (line: string) => pipeline([...head, line].join('\n')).events[0]?.participants.filter((p) => p.kind === 'organization').map((p) => [p.name, p.roles])
  test('"The meeting brought together A, B and C": they attended', () => {
    expect(parties('The meeting brought together the Belize Coast Guard, the Guatemalan Navy and the Honduran Naval Force to review maritime security.')).toEqual(
      expect.arrayContaining([['Guatemalan Navy', ['attendee']]]),
    )
  })
  test('"Also attending from Belize were representatives of …": they attended', () => {
    expect(parties('Also attending from Belize were representatives of the Belize Fisheries Department and the Belize Port Authority.')).toEqual(
      expect.arrayContaining([['Belize Fisheries Department', ['attendee']], ['Belize Port Authority', ['attendee']]]),
    )
  })
  test('"with the participation of …" and "the delegation was made up of representatives of …": they attended', () => {
    expect(parties('The meeting was held with the participation of the National Migration Service and the National Civil Protection System.')).toEqual(
      expect.arrayContaining([['National Migration Service', ['attendee']], ['National Civil Protection System', ['attendee']]]),
    )
    expect(parties('The Guatemalan delegation was made up of representatives of the Ministry of the Interior and the National Civil Police.')).toEqual(
      expect.arrayContaining([['National Civil Police', ['attendee']]]),
    )
  })
})
