/**
 * Thirty-first round (issue 6: events). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const release = (...body: string[]) => run('release.txt', lines(['Police marine unit gets new boats', 'Press Release | November 12, 2026'], ...body))

describe('patrols, thirty-first round', () => {
  const base = [
    'BELMOPAN, Belize – The Belize Police Department took over two interceptor boats on Tuesday at its marine base in Dangriga.',
    'Commissioner Ruth Palacio said night patrols of the cays would begin next week.',
  ]
  test('"night patrols" told with no force beside them are a patrol at home, where the release is written', () => {
    const patrol = release(...base).events.find((e) => e.type === 'deployment')
    expect(patrol?.location?.country).toBe('BLZ')
  })
  test('on a page about two forces\' combined patrols, a bare "the patrol" is in neither country', () => {
    const doc = release(
      ...base,
      'The boats will also join combined patrols with the Guatemalan Navy in the Gulf of Honduras.',
      'The patrol will begin in January, Palacio said.',
    )
    const patrols = doc.events.filter((e) => e.type === 'deployment' && e.start === '2027-01')
    expect(patrols.map((e) => e.location?.country ?? null)).not.toContain('BLZ')
  })
  test('"patrol trucks" and "patrol motorcycles" are goods, not patrols', () => {
    const doc = release('BELMOPAN, Belize – The Belize Police Department received six patrol trucks in March 2025 and forty patrol motorcycles in June.')
    expect(doc.events.map((e) => e.type)).not.toContain('deployment')
  })
})

describe('relief flights, thirty-first round', () => {
  test('a transport aircraft that lands "with 9 tonnes of food" after floods is disaster relief, not a delivered aircraft arriving', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Colombia flies flood relief to Suriname', 'Press Release | November 12, 2026'],
        'PARAMARIBO – A Colombian Air Force transport aircraft landed at Zanderij on Tuesday with 9 tonnes of food and drinking water for villages along the Marowijne River, where floods destroyed homes last week.',
        'A second flight with medicines and water purification equipment will land in Paramaribo on Friday, the ambassador said.',
      ),
    )
    const relief = doc.events.filter((e) => e.type === 'disaster_response').map((e) => e.start)
    expect(relief).toEqual(expect.arrayContaining(['2026-11-10', '2026-11-13']))
  })
  test('interceptor boats that arrive are still goods arriving, not a relief flight', () => {
    const doc = release('PARAMARIBO – Two interceptor boats donated by the United States arrived at the Coast Guard base on Tuesday.')
    expect(doc.events.map((e) => e.type)).not.toContain('disaster_response')
  })
})

describe('goods sent, thirty-first round', () => {
  test('"plans to send a second scanner" is a donation ahead, not a deployment', () => {
    const doc = release('GUATEMALA CITY – The ambassador said the United States plans to send a second scanner to the Pedro de Alvarado crossing in the first half of 2027.')
    expect(doc.events.map((e) => `${e.type} ${e.status}`)).toContain('donation scheduled')
  })
  test('"sent 40 soldiers" is still a deployment', () => {
    const doc = release('BRIDGETOWN, Barbados – The Barbados Defence Force sent 40 soldiers and two engineers to Dominica on Monday, the force said in a statement.')
    expect(doc.events.map((e) => e.type)).toContain('deployment')
  })
})

describe('landmarks, thirty-first round', () => {
  test('a country named in a clause that describes a landmark is not where the event is', () => {
    const doc = release(
      'CHETUMAL, Quintana Roo – The Mexican Navy on Wednesday inaugurated a coastal radar station at the edge of the village, a few kilometres from the channel that separates Mexico from Ambergris Caye in Belize.',
    )
    const opening = doc.events.find((e) => e.start === '2026-11-11')
    expect(opening?.location?.country).toBe('MEX')
  })
})

describe('"the first of its kind", thirty-first round', () => {
  test('an event called "the first operation of its kind" is still an event, not a habit', () => {
    const doc = release(
      'SAN JOSE, Costa Rica – Aircraft of the Air Surveillance Service and the Colombian Aerospace Force flew combined maritime patrol missions over the Pacific from November 2 to 9, the first operation of its kind between the two countries.',
    )
    expect(doc.events.map((e) => `${e.type} ${e.start}`)).toContain('deployment 2026-11-02')
  })
})

describe('storms recalled, thirty-first round', () => {
  test('a capital that acts ("Washington also supported …") is not where the storm struck', () => {
    const doc = release(
      'SANTO DOMINGO – The embassy handed over four rescue boats to Defensa Civil on Monday.',
      'The ambassador recalled that Washington also supported Dominican emergency teams after Hurricane Fiona in 2022.',
    )
    const storm = doc.events.find((e) => e.start === '2022')
    expect(storm?.location?.country).toBe('DOM')
  })
})

describe('meetings inside a visit, thirty-first round', () => {
  test('those who came with the visitor ("accompanied by U.S. Ambassador …") visit, and the call is in the visited country', () => {
    const doc = release(
      'The Deputy Commander of U.S. Southern Command, Maj. Gen. Alana R. Whitby, visited Grenada Nov. 4-5 to meet security leaders.',
      'On Nov. 4, Whitby, accompanied by U.S. Ambassador Roger A. Pettigrew, paid a courtesy call on Minister for National Security Jeremiah K. Auguste.',
    )
    const call = doc.events.find((e) => e.type === 'meeting' && e.start === '2026-11-04')
    expect(call?.location?.country).toBe('GRD')
    const roles = Object.fromEntries((call?.participants ?? []).map((p) => [p.id, p.roles.join(',')]))
    expect(roles['person:alana-r-whitby']).toBe('visitor')
    expect(roles['person:roger-a-pettigrew']).toBe('visitor')
    expect(roles['person:jeremiah-k-auguste']).toBe('host')
  })
})

describe('datelines with a province in brackets, thirty-first round', () => {
  test('"PEDRO JUAN CABALLERO (Amambay). La …" is a dateline, and it places the meeting', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Séptima reunión del Comité de Frontera', 'Nota de prensa | 11 de noviembre de 2026'],
        'PEDRO JUAN CABALLERO (Amambay). La séptima reunión del Comité de Frontera se realizó el 10 de noviembre en la sede de la Gobernación, con autoridades de seguridad de Paraguay y Brasil.',
      ),
    )
    expect(doc.meta.dateline).toBe('PEDRO JUAN CABALLERO (Amambay)')
    expect(doc.events.find((e) => e.start === '2026-11-10')?.location?.country).toBe('PRY')
  })
  test('"WASHINGTON (AP) —" keeps its place without the agency', () => {
    const doc = release('WASHINGTON (AP) — The Coast Guard cutter Stone returned to port on Monday after a patrol of seventy days in the eastern Pacific.')
    expect(doc.meta.dateline).toBe('WASHINGTON')
  })
})

describe('names the acronym spells in another language, thirty-first round', () => {
  test('"National Migration Institute (INM)" keeps "National" although the letters follow the Spanish order', () => {
    const doc = release(
      'TAPACHULA, Chiapas – Officers of the National Migration Institute (INM) completed a course on forged travel documents on Friday, the embassy said.',
    )
    const inm = doc.organizations.find((o) => o.id === 'org:mex-inm')
    expect(inm?.mentions.map((m) => m.text)).toContain('National Migration Institute')
  })
})

describe('bureaus behind a title, thirty-first round', () => {
  test('the INL Assistant Secretary brings the bureau, when the text names it, to the visit', () => {
    const doc = release(
      'Assistant Secretary of State for International Narcotics and Law Enforcement Affairs Gregory M. Ashcombe will travel to Grenada December 7-9 to advance citizen security cooperation.',
      'The Bureau of International Narcotics and Law Enforcement Affairs (INL) provided US$620,000 for a forensic laboratory in St. George’s.',
    )
    const visit = doc.events.find((e) => e.type === 'visit')
    expect(visit?.participants.map((p) => p.id)).toContain('org:us-state-inl')
  })
})

describe('further deliveries named by their noun, thirty-first round', () => {
  test('"a second package … is expected to arrive in the first quarter of 2027" is a scheduled donation', () => {
    const doc = release(
      'SANTO DOMINGO – The U.S. Embassy handed over eight rescue boats to Defensa Civil on Monday in San Francisco de Macorís.',
      'A second package, for teams in Monte Cristi and Santiago, is expected to arrive in the first quarter of 2027.',
    )
    const ahead = doc.events.find((e) => e.start === '2027-01')
    expect(`${ahead?.type} ${ahead?.status}`).toBe('donation scheduled')
  })
  test('"a similar kennel is planned for Punta Cana … next year" is one too, but a second visit is no delivery', () => {
    const doc = release(
      'SANTO DOMINGO – The embassy opened a canine kennel for the DNCD at Puerto Plata airport on Tuesday.',
      'A similar kennel is planned for Punta Cana International Airport in the first quarter of next year.',
      'A second visit by the team is planned for March.',
    )
    expect(doc.events.filter((e) => e.type === 'donation').map((e) => e.start)).toEqual(['2027-01'])
  })
})
