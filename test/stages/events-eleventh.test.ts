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

test('an announced trip to two countries is also a visit to each, leg by leg', () => {
  const text = [
    'Assistant Secretary to travel to Uruguay and Paraguay',
    'Media Note | November 20, 2026',
    '',
    'Assistant Secretary of State Harriet V. Okonkwo will travel to Montevideo, Uruguay, and Asunción, Paraguay, November 30 to December 4.',
    '',
    'In Montevideo on December 1, the Assistant Secretary will meet with Uruguay’s Minister of the Interior, Carolina E. Basterrechea.',
    '',
    'The Assistant Secretary will travel to Asunción on December 3 for meetings with Paraguay’s Minister of National Defense, Hugo F. Benítez.',
  ].join('\n')
  const visits = pipeline(text).events.filter((e) => e.type === 'visit').map((e) => [e.start, e.end, e.location?.country ?? null])
  expect(visits).toContainEqual(['2026-11-30', '2026-12-02', 'URY'])
  expect(visits).toContainEqual(['2026-12-03', '2026-12-04', 'PRY'])
})

test('a trip made is told as one visit, not leg by leg', () => {
  const text = [
    'Minister concludes visit to Guyana and Suriname',
    'News | October 20, 2023',
    '',
    'The Minister has concluded a visit to Guyana and Suriname from October 16 to 18.',
    '',
    'In Georgetown on Monday 16 October, the Minister met Guyana’s Minister of Foreign Affairs, Roxanne P. Baird.',
    '',
    'On Wednesday 18 October, the Minister travelled to Paramaribo, where he met Suriname’s Minister of Defence, Ravi K. Ramdin.',
  ].join('\n')
  const visits = pipeline(text).events.filter((e) => e.type === 'visit' && e.location?.country)
  expect(visits.map((e) => e.location?.country)).not.toContain('SUR')
})

test('an exercise "planned for" a month points forward', () => {
  const text = [
    'Coast guards agree on closer cooperation',
    'Press Release | November 4, 2026',
    '',
    'The two coast guards agreed to send vessels to the maritime interdiction exercise planned for Saint Lucia waters from May 10 to 14.',
  ].join('\n')
  const exercise = pipeline(text).events.find((e) => e.type === 'exercise')
  expect(exercise?.start).toBe('2027-05-10')
})

test('talks by video conference are a meeting that happens nowhere', () => {
  const text = [
    'RSS and Dutch Caribbean Coast Guard hold first staff talks',
    'Press Release | November 5, 2026',
    '',
    'PARAGON, Barbados – The Regional Security System (RSS) and the Dutch Caribbean Coast Guard held their first staff talks on Tuesday by video conference, linking the RSS Headquarters at Paragon with the Coast Guard headquarters at Parera Naval Base in Curaçao.',
  ].join('\n')
  const talks = pipeline(text).events.find((e) => e.start === '2026-11-03')
  expect(talks?.type).toBe('meeting')
  expect(talks?.location).toBeNull()
})

test('"will begin coordinated patrols in June": an -ed word after a modal’s verb is an adjective, not a past tense', () => {
  const text = [
    'Working group meets',
    'Press Release | April 23, 2026',
    '',
    'The delegations agreed that the two coast guards will begin coordinated patrols between the two countries in June.',
  ].join('\n')
  const patrols = pipeline(text).events.find((e) => e.type === 'deployment')
  expect(patrols?.start).toBe('2026-06')
})

test('"Fourth Meeting of the Joint Security Working Group" is the series named in full before', () => {
  const text = [
    'Cayman and Jamaica hold third security working group meeting',
    'Press Release | April 23, 2026',
    '',
    'The Third Meeting of the Cayman Islands–Jamaica Joint Security Working Group was held in George Town on April 21 and 22.',
    '',
    'The Fourth Meeting of the Joint Security Working Group will be held in Kingston in October.',
  ].join('\n')
  const ids = new Set(pipeline(text).events.map((e) => e.series?.id ?? null))
  expect([...ids]).toEqual(['series:meeting-of-the-cayman-islands-jamaica-joint-security-working-group'])
})

test('"took delivery of US$1.8 million in radios": an amount after "took delivery of" is what was received', () => {
  const text = [
    'Police get radios',
    'News | November 18, 2026',
    '',
    'The Police Service yesterday took delivery of US$1.8 million in radio equipment from the United States.',
  ].join('\n')
  const donation = pipeline(text).events.find((e) => e.type === 'donation')
  expect(donation?.start).toBe('2026-11-17')
})

test('a return "after a three-day visit" ends the visit; "received with full military honours" is no donation; "when he toured …" is the visit itself', () => {
  const text = [
    'Chief of Defence Staff returns from Suriname',
    'Press Release | October 15, 2026',
    '',
    'The Chief of Defence Staff of the Guyana Defence Force returned to Georgetown yesterday after a three-day official visit to Suriname.',
    '',
    'On Tuesday, the Chief of Defence Staff was received with full military honours at Memre Boekoe Barracks in Paramaribo.',
    '',
    'The Commander of the Suriname National Army last visited Guyana in May 2025, when he toured Base Camp Stephenson.',
  ].join('\n')
  const events = pipeline(text).events
  const visit = events.find((e) => e.type === 'visit' && e.location?.country === 'SUR')
  expect([visit?.start, visit?.end]).toEqual(['2026-10-12', '2026-10-14'])
  expect(events.filter((e) => e.type === 'donation')).toEqual([])
  expect(events.filter((e) => e.type === 'visit' && e.start === '2025-05')).toHaveLength(1)
})

test('"will be held … in May, for officers assigned to the western ports": a participle after its noun says no tense', () => {
  const text = [
    'Immigration officers complete document course',
    'Press Release | March 10, 2026',
    '',
    'A second course will be held at the Sangster International Airport in May, for officers assigned to the western ports of entry.',
  ].join('\n')
  const course = pipeline(text).events.find((e) => e.type === 'training')
  expect([course?.start, course?.status]).toEqual(['2026-05', 'scheduled'])
})

test('"The course was opened by the Commissioner, who said … this year": the opening is on the course’s first day, not this year', () => {
  const text = [
    'Firearms tracing course opens',
    'Press Release | November 10, 2026',
    '',
    'Twenty-six investigators began a five-day Firearms Tracing Course at the Belize Police Training Academy in Belmopan on Monday, 9th November 2026. The course runs until Friday, 13th November.',
    '',
    'The course was opened by Commissioner of Police Marvin A. Usher, who said that most of the firearms recovered by police this year had been smuggled into Belize.',
  ].join('\n')
  const events = pipeline(text).events.map((e) => [e.type, e.start])
  expect(events).toContainEqual(['other', '2026-11-09'])
  expect(events).not.toContainEqual(['other', '2026'])
})

test('a joint statement’s dated clause naming the dialogue again places it; "joined by X and representatives of A, B and C" lists attendees', () => {
  const text = [
    'Joint Statement on the Third U.S.-Honduras Security Dialogue',
    'Joint Statement | November 13, 2026',
    '',
    'The text of the following statement was released by the Governments of the United States of America and the Republic of Honduras on the occasion of the Third U.S.-Honduras Security Dialogue.',
    '',
    'The United States and Honduras held the Third U.S.-Honduras Security Dialogue at the Department of State in Washington on November 12. Assistant Secretary Renata J. Vasquez and Honduran Vice Minister Iris Y. Zelaya co-chaired the dialogue, joined by Vice Minister of Security Óscar D. Matamoros and representatives of the Drug Enforcement Administration and the U.S. Coast Guard.',
  ].join('\n')
  const dialogue = pipeline(text).events.find((e) => e.start === '2026-11-12')
  expect(dialogue?.location?.country).toBe('USA')
  const attendees = dialogue?.participants.filter((p) => p.roles.includes('attendee')).map((p) => p.name)
  expect(attendees).toEqual(expect.arrayContaining(['Drug Enforcement Administration', 'U.S. Coast Guard']))
})

test('"The telephone call followed the Prime Minister’s meeting … at the X Building in Castries": the meeting is placed, in the town’s country', () => {
  const text = [
    'Prime Minister speaks with Deputy Secretary',
    'Press Release | November 11, 2026',
    '',
    'Prime Minister Augustin L. Fontenelle held a telephone conversation on Tuesday with Deputy Secretary of State Whitney A. Calloway.',
    '',
    'The telephone call followed the Prime Minister’s meeting on November 3 with the U.S. Ambassador to Barbados, Ronald T. Whitlock, at the Greaham Louisy Administrative Building in Castries.',
  ].join('\n')
  const meeting = pipeline(text).events.find((e) => e.start === '2026-11-03')
  expect(meeting?.location?.country).toBe('LCA')
})

test('"held a telephone conversation … with X" is a call between the two', () => {
  const text = [
    'Prime Minister speaks with Deputy Secretary',
    'Press Release | November 11, 2026',
    '',
    'Prime Minister Augustin L. Fontenelle held a telephone conversation on Tuesday with Deputy Secretary of State Whitney A. Calloway.',
  ].join('\n')
  const call = pipeline(text).events.find((e) => e.start === '2026-11-10')
  expect(call?.participants.filter((p) => p.kind === 'person').map((p) => p.name).sort()).toEqual(['Augustin L. Fontenelle', 'Whitney A. Calloway'])
  expect(call?.location).toBeNull()
})
