/**
 * Events, third round: patterns found on documents written after the rules — calls without
 * "with" in the trigger, a possessor owning the event noun, purpose verbs, lists of those
 * present, virtual meetings placed nowhere, an adverb inside a trigger form.
 */
import { describe, expect, test } from 'vitest'
import type { EventRecord } from '../../src/schema/records.js'
import { eventsStage } from '../../src/stages/events/index.js'
import type { Context } from '../../src/types.js'
import { makeDoc, type DocSpec } from './events-helpers.js'

const ctx = {} as Context
const events = (text: string, spec: DocSpec): EventRecord[] => [...eventsStage(makeDoc(text, spec), ctx).events]
const parties = (e: EventRecord | undefined): string[] => (e?.participants ?? []).map((p) => `${p.id}:${p.roles.join('+')}`)

describe('event patterns', () => {
  test('"spoke by phone on Tuesday with": a call with both parties, placed nowhere', () => {
    const text = 'WASHINGTON – Secretary Ann Lee spoke by phone on Tuesday with Minister Raul Diaz of Panama.'
    const out = events(text, {
      published: '2026-03-12',
      dateline: 'WASHINGTON',
      dates: [{ text: 'Tuesday', start: '2026-03-10' }],
      people: [{ name: 'Ann Lee' }, { name: 'Raul Diaz' }],
      places: [
        { id: 'PAN', name: 'Panama', kind: 'country', country: 'PAN' },
        { id: 'city:washington', name: 'WASHINGTON', kind: 'city', country: 'USA' },
      ],
    })
    expect(out).toHaveLength(1)
    expect(out[0]!.type).toBe('meeting')
    expect(out[0]!.start).toBe('2026-03-10')
    expect(parties(out[0])).toEqual(expect.arrayContaining(['person:ann-lee:participant', 'person:raul-diaz:participant']))
    expect(out[0]!.location?.country ?? null).toBeNull()
  })

  test('"the Minister’s planned visit": the possessor is the visitor', () => {
    const text = 'The two discussed Raul Diaz’s planned visit to Washington next month.'
    const out = events(text, {
      published: '2026-03-12',
      dates: [{ text: 'next month', start: '2026-04' }],
      people: [{ name: 'Raul Diaz' }],
      places: [{ id: 'city:washington', name: 'Washington', kind: 'city', country: 'USA' }],
    })
    const visit = out.find((e) => e.type === 'visit')
    expect(visit?.status).toBe('scheduled')
    expect(parties(visit)).toContain('person:raul-diaz:visitor')
    expect(visit?.location?.country).toBe('USA')
  })

  test('"will visit X to observe a course delivered by Y": the visit is the event, Y is not its party', () => {
    const text = 'On March 20, Secretary Ann Lee will visit the headquarters of the Guyana Defence Force to observe a jungle course delivered by the Florida National Guard.'
    const out = events(text, {
      published: '2026-03-12',
      dates: [{ text: 'March 20', start: '2026-03-20' }],
      people: [{ name: 'Ann Lee' }],
      organizations: [
        { id: 'org:gdf', name: 'Guyana Defence Force', country: 'GUY' },
        { id: 'org:fl-ng', name: 'Florida National Guard', country: 'USA' },
      ],
    })
    expect(out.map((e) => e.type)).toEqual(['visit'])
    expect(parties(out[0])).not.toContain('org:fl-ng:donor')
    expect(out[0]!.location?.country).toBe('GUY')
  })

  test('"Present at the ceremony were:" and one name per line: they attend the ceremony’s event', () => {
    const text =
      'On Wednesday, the United States handed over two boats to the Belize Coast Guard in Belize City.\n\n' +
      'Present at the ceremony were:\n\n' +
      'Chargé d’Affaires Eve Moore;\n\n' +
      'Minister Kareem Ellis;\n\n' +
      'Commander of the Belize Defence Force, Brigadier General Shane Arnold.\n\n' +
      'The boats will patrol the reef, said Kareem Ellis, who thanked the partners at length for their long support to the force.'
    const out = events(text, {
      published: '2026-03-12',
      dates: [{ text: 'Wednesday', start: '2026-03-11' }],
      people: [{ name: 'Eve Moore' }, { name: 'Kareem Ellis' }, { name: 'Shane Arnold' }],
      organizations: [
        { id: 'org:bcg', name: 'Belize Coast Guard', country: 'BLZ' },
        { id: 'org:bdf', name: 'Belize Defence Force', country: 'BLZ' },
      ],
      places: [
        { id: 'USA', name: 'United States', kind: 'country', country: 'USA' },
        { id: 'city:belize-city', name: 'Belize City', kind: 'city', country: 'BLZ' },
      ],
    })
    const handover = out.find((e) => e.type === 'donation')
    expect(parties(handover)).toEqual(
      expect.arrayContaining(['person:eve-moore:attendee', 'person:shane-arnold:attendee', 'org:bdf:attendee', 'org:bcg:recipient', 'USA:donor']),
    )
    const ev = handover?.attestations[0]?.evidence.find((x) => x.rule === 'role:listed-attendee' && x.text === 'Eve Moore')
    expect(ev && text.slice(ev.start, ev.end)).toBe('Eve Moore')
  })

  test('"will travel next to Bridgetown": an adverb inside a trigger form', () => {
    const text = 'Gen. Cora Hall will travel next to Bridgetown on Feb. 24.'
    const out = events(text, {
      published: '2026-02-17',
      dates: [{ text: 'Feb. 24', start: '2026-02-24' }],
      people: [{ name: 'Cora Hall' }],
      places: [{ id: 'city:bridgetown', name: 'Bridgetown', kind: 'city', country: 'BRB' }],
    })
    expect(out.map((e) => [e.type, e.status, e.location?.country])).toEqual([['visit', 'scheduled', 'BRB']])
  })
})

describe('where-clauses', () => {
  test('"sails for Anguilla, where a similar exercise … is planned for next week": the exercise is in Anguilla', () => {
    const text = 'She now sails for Anguilla, where a similar exercise with the Royal Anguilla Police Force is planned for next week.'
    const out = events(text, {
      published: '2026-07-09',
      dates: [{ text: 'next week', start: '2026-07-13', end: '2026-07-19' }],
      organizations: [{ id: 'org:rapf', name: 'Royal Anguilla Police Force', country: 'AIA' }],
      places: [{ id: 'AIA', name: 'Anguilla', kind: 'country', country: 'AIA' }],
    })
    const exercise = out.find((e) => e.type === 'exercise')
    expect(exercise?.status).toBe('scheduled')
    expect(exercise?.location).toEqual({ name: null, country: 'AIA' })
    const ev = exercise?.attestations[0]?.evidence.filter((x) => x.rule === 'location:where-clause').map((x) => text.slice(x.start, x.end))
    expect(ev).toEqual(['Anguilla'])
  })
})

describe('settings', () => {
  test('"handed over at a ceremony … on Thursday": the handover takes the date, the ceremony is only its setting', () => {
    const text = 'The vessel was handed over at a ceremony at the Roseau ferry terminal on Thursday by Ambassador Sophie Marchetti.'
    const out = events(text, {
      published: '2025-02-21',
      dates: [{ text: 'Thursday', start: '2025-02-20' }],
      people: [{ name: 'Sophie Marchetti' }],
      places: [{ id: 'city:roseau', name: 'Roseau', kind: 'city', country: 'DMA' }],
    })
    expect(out.map((e) => [e.type, e.start])).toEqual([['donation', '2025-02-20']])
  })
})

describe('home country', () => {
  test('an exercise the release places nowhere happens in its dateline’s country', () => {
    const text = 'ST. JOHN’S, Antigua – The coast guard held a search and rescue exercise in March with the airport fire service.'
    const out = events(text, {
      published: '2025-10-10',
      dateline: 'ST. JOHN’S, Antigua',
      dates: [{ text: 'March', start: '2025-03' }],
      places: [
        { id: 'city:st-johns', name: 'ST. JOHN’S', kind: 'city', country: 'ATG' },
        { id: 'ATG', name: 'Antigua', kind: 'country', country: 'ATG' },
      ],
    })
    expect(out.map((e) => [e.type, e.location?.country])).toEqual([['exercise', 'ATG']])
  })
})

describe('lists introduced outside any event clause', () => {
  test('"Participating nations are:" gives its list to the report’s main event', () => {
    const text =
      'Antigua and Barbuda will host the exercise from May 3 to 16, the Defence Force announced today.\n\n' +
      'Planners met last week. Participating nations are:\n\n' +
      'Barbados, Jamaica\n\n' +
      'Guyana\n\n' +
      'The exercise will close with a ceremony at Camp Blizard, officials said in a statement on the plans.'
    const out = events(text, {
      published: '2026-01-15',
      dates: [{ text: 'May 3 to 16', start: '2026-05-03', end: '2026-05-16' }],
      places: [
        { id: 'ATG', name: 'Antigua and Barbuda', kind: 'country', country: 'ATG' },
        { id: 'BRB', name: 'Barbados', kind: 'country', country: 'BRB' },
        { id: 'JAM', name: 'Jamaica', kind: 'country', country: 'JAM' },
        { id: 'GUY', name: 'Guyana', kind: 'country', country: 'GUY' },
      ],
    })
    const exercise = out.find((e) => e.type === 'exercise')
    expect(parties(exercise)).toEqual(expect.arrayContaining(['BRB:attendee', 'JAM:attendee', 'GUY:attendee']))
  })
})

test('"received the vessels … from the Chargé": a delivery; "received Minister X" is not', () => {
  const spec = {
    published: '2025-08-15',
    dates: [{ text: 'Thursday', start: '2025-08-14' }],
    people: [{ name: 'Desmond Pratt' }, { name: 'Marcus Delahaye' }],
  }
  const delivery = events('On Thursday, Minister Desmond Pratt received the vessels from Chargé d’Affaires Marcus Delahaye.', spec)
  expect(delivery.map((e) => e.type)).toEqual(['donation'])
  const call = events('On Thursday, Minister Desmond Pratt received Chargé d’Affaires Marcus Delahaye at his office.', spec)
  expect(call.map((e) => e.type)).not.toContain('donation')
})

test('"have flown 60 tons of supplies … since Saturday": an operation under way since then, not a record', () => {
  const text = 'SOTO CANO AIR BASE, Honduras – Task force helicopters have flown more than 60 tons of supplies to communities cut off by flooding since Saturday.'
  const out = events(text, {
    published: '2026-11-05',
    dateline: 'SOTO CANO AIR BASE, Honduras',
    dates: [{ text: 'Saturday', start: '2026-10-31' }],
    places: [{ id: 'HND', name: 'Honduras', kind: 'country', country: 'HND' }],
  })
  expect(out.map((e) => [e.type, e.start, e.status])).toEqual([['disaster_response', '2026-10-31', 'occurred']])
  const record = events('The United States has provided more than US$50 million in assistance to Belize since 2010.', {
    published: '2026-03-12',
    dates: [{ text: '2010', start: '2010' }],
  })
  expect(record).toEqual([])
})

describe('third-session patterns', () => {
  test('"the graduation ceremony last Friday": its own event, placed where the course was', () => {
    const text =
      'Twenty officers completed a boarding course at HMBS Pelican in Bridgetown, which ran from 3 to 21 March 2025. ' +
      'Addressing the graduation ceremony last Friday, Minister Ann Lee praised the officers.'
    const out = events(text, {
      published: '2025-03-24',
      dates: [
        { text: '3 to 21 March 2025', start: '2025-03-03', end: '2025-03-21' },
        { text: 'last Friday', start: '2025-03-21' },
      ],
      people: [{ name: 'Ann Lee' }],
      places: [{ id: 'city:bridgetown', name: 'Bridgetown', kind: 'city', country: 'BRB' }],
    })
    const graduation = out.find((e) => e.type === 'other')
    expect(graduation?.start).toBe('2025-03-21')
    expect(graduation?.location?.country).toBe('BRB')
    expect(out.find((e) => e.type === 'training')?.start).toBe('2025-03-03')
  })

  test('"at a media briefing on Monday": an announcement, not a meeting', () => {
    const text = 'Making the announcement at a media briefing on Monday, Minister Ann Lee said the conference would open in May.'
    const out = events(text, {
      published: '2026-04-21',
      dates: [{ text: 'Monday', start: '2026-04-20' }],
      people: [{ name: 'Ann Lee' }],
    })
    const briefing = out.find((e) => e.start === '2026-04-20')
    expect(briefing?.type).toBe('announcement')
  })

  test('"the 39th Annual General Meeting and Conference": the last joined noun names the kind', () => {
    const text = 'Trinidad and Tobago will host the 39th Annual General Meeting and Conference of the Association of Caribbean Commissioners of Police from May 18 to 21, 2026.'
    const out = events(text, {
      published: '2026-04-21',
      dates: [{ text: 'May 18 to 21, 2026', start: '2026-05-18', end: '2026-05-21' }],
      places: [{ id: 'TTO', name: 'Trinidad and Tobago', kind: 'country', country: 'TTO' }],
    })
    expect(out[0]?.type).toBe('conference')
    expect(out[0]?.series?.edition).toBe('39')
  })

  test('"expected to draw coast guard commanders from Barbados, Dominica …": they attend', () => {
    const text =
      'The symposium is scheduled for September 10 to 12 in St. George’s and is expected to draw coast guard commanders from Barbados and Dominica, as well as partners from the Royal Navy.'
    const out = events(text, {
      published: '2024-09-05',
      dates: [{ text: 'September 10 to 12', start: '2024-09-10', end: '2024-09-12' }],
      organizations: [{ id: 'org:royal-navy', name: 'Royal Navy', country: 'GBR' }],
      places: [
        { id: 'BRB', name: 'Barbados', kind: 'country', country: 'BRB' },
        { id: 'DMA', name: 'Dominica', kind: 'country', country: 'DMA' },
        { id: 'city:st-georges', name: 'St. George’s', kind: 'city', country: 'GRD' },
      ],
    })
    expect(parties(out[0])).toEqual(expect.arrayContaining(['BRB:attendee', 'DMA:attendee', 'org:royal-navy:attendee']))
  })
})

describe('graduations', () => {
  test('"graduated on Thursday from a three-week course": a graduation that day, and the course the three weeks before', () => {
    const text = 'BASSETERRE – Fourteen officers of the Coast Guard graduated on Thursday from a three-week maritime boarding officer course.'
    const out = events(text, {
      published: '2025-03-14',
      dateline: 'BASSETERRE',
      dates: [{ text: 'Thursday', start: '2025-03-13' }],
      places: [{ id: 'city:basseterre', name: 'BASSETERRE', kind: 'city', country: 'KNA' }],
    })
    expect(out.map((e) => [e.type, e.start, e.end])).toEqual(
      expect.arrayContaining([
        ['other', '2025-03-13', null],
        ['training', '2025-02-21', '2025-03-13'],
      ]),
    )
    const course = out.find((e) => e.type === 'training')
    expect(course?.attestations[0]?.evidence.some((x) => x.field === 'date' && text.slice(x.start, x.end) === 'Thursday')).toBe(true)
  })
})

describe('another run of an event', () => {
  test('"A second iteration of the course is scheduled to begin on 15 June": a new course, not the one reported', () => {
    const text =
      'Twenty officers completed the boarding course, which began on May 4. A second iteration of the course is scheduled to begin on 15 June 2026 at Paragon Base.'
    const out = events(text, {
      published: '2026-05-28',
      dates: [
        { text: 'May 4', start: '2026-05-04' },
        { text: '15 June 2026', start: '2026-06-15' },
      ],
      places: [{ id: 'facility:paragon-base', name: 'Paragon Base', kind: 'facility', country: 'BRB' }],
    })
    expect(out.filter((e) => e.type === 'training').map((e) => [e.start, e.status])).toEqual([
      ['2026-05-04', 'occurred'],
      ['2026-06-15', 'scheduled'],
    ])
  })
})

describe('dated parts', () => {
  test('"The exercise will culminate next week with a mass-casualty drill": the drill is its own event; the exercise keeps its dates', () => {
    const text =
      'Teams from 14 nations opened the exercise at Price Barracks on Monday. The exercise runs May 12-23. The exercise will culminate next week with a mass-casualty drill at the airport.'
    const out = events(text, {
      published: '2025-05-14',
      dates: [
        { text: 'Monday', start: '2025-05-12' },
        { text: 'May 12-23', start: '2025-05-12', end: '2025-05-23' },
        { text: 'next week', start: '2025-05-19', end: '2025-05-25' },
      ],
      places: [{ id: 'facility:price-barracks', name: 'Price Barracks', kind: 'facility', country: 'BLZ' }],
    })
    const exercises = out.filter((e) => e.type === 'exercise').map((e) => [e.start, e.end])
    expect(exercises).toContainEqual(['2025-05-12', '2025-05-23'])
    expect(exercises).toContainEqual(['2025-05-19', '2025-05-25'])
  })
})

describe('past talk, future event', () => {
  test('"discussed the agenda of the Central American Security Conference, which Panama will host in May": one scheduled conference', () => {
    const text = 'The two officials also discussed the agenda of the Central American Security Conference (CENTSEC), which Panama will host in Panama City in May.'
    const out = events(text, {
      published: '2024-03-15',
      dates: [{ text: 'May', start: '2024-05' }],
      places: [
        { id: 'PAN', name: 'Panama', kind: 'country', country: 'PAN' },
        { id: 'city:panama-city', name: 'Panama City', kind: 'city', country: 'PAN' },
      ],
    })
    const may = out.filter((e) => e.start === '2024-05')
    expect(may.map((e) => [e.type, e.status, e.location?.country])).toEqual([['conference', 'scheduled', 'PAN']])
  })
})

describe('editions', () => {
  test('"Last year’s meeting was held in Hamilton": the previous numbered edition of the series in hand', () => {
    const text =
      'Trinidad and Tobago will host the 39th Annual General Meeting and Conference of the Association of Caribbean Commissioners of Police from May 18 to 21, 2026. Last year’s meeting was held in Hamilton, Bermuda.'
    const out = events(text, {
      published: '2026-04-21',
      dates: [
        { text: 'May 18 to 21, 2026', start: '2026-05-18', end: '2026-05-21' },
        { text: 'Last year', start: '2025' },
      ],
      places: [
        { id: 'TTO', name: 'Trinidad and Tobago', kind: 'country', country: 'TTO' },
        { id: 'city:hamilton', name: 'Hamilton', kind: 'city', country: 'BMU' },
        { id: 'BMU', name: 'Bermuda', kind: 'country', country: 'BMU' },
      ],
    })
    expect(out.map((e) => [e.type, e.start, e.series?.edition, e.location?.country])).toEqual(
      expect.arrayContaining([
        ['conference', '2026-05-18', '39', 'TTO'],
        ['conference', '2025', '38', 'BMU'],
      ]),
    )
  })
})

describe('stated lengths', () => {
  test('"on a two-day visit to the island that ends today": the visit began the day before and is under way (occurred)', () => {
    const text = 'General Cora Hall, who is on a two-day visit to Jamaica that ends today, met the Prime Minister.'
    const out = events(text, {
      published: '2026-02-17',
      dates: [{ text: 'today', start: '2026-02-17' }],
      people: [{ name: 'Cora Hall' }],
      places: [{ id: 'JAM', name: 'Jamaica', kind: 'country', country: 'JAM' }],
    })
    const visit = out.find((e) => e.type === 'visit')
    expect([visit?.start, visit?.end, visit?.status]).toEqual(['2026-02-16', '2026-02-17', 'occurred'])
  })
})

describe('visits placed by their parts', () => {
  test('a visit the text places nowhere happens where the meetings inside it do', () => {
    const text =
      'The Prime Minister held talks with General Cora Hall at Jamaica House on Monday, February 16. General Hall, who is on a two-day visit to the island that ends today, thanked her hosts.'
    const out = events(text, {
      published: '2026-02-17',
      dates: [
        { text: 'Monday, February 16', start: '2026-02-16' },
        { text: 'today', start: '2026-02-17' },
      ],
      people: [{ name: 'Cora Hall' }],
      places: [{ id: 'facility:jamaica-house', name: 'Jamaica House', kind: 'facility', country: 'JAM' }],
    })
    const visit = out.find((e) => e.type === 'visit')
    expect(visit?.location?.country).toBe('JAM')
    expect(visit?.attestations[0]?.evidence.some((x) => x.rule === 'location:parts')).toBe(true)
  })
})

describe('closing verbs and visits to an event', () => {
  test('"on Wednesday completed Exercise Jungle Warrior 2026, a ten-day exercise that began on March 2": March 2 to Wednesday; a visit to the exercise area happens there', () => {
    const text =
      'Soldiers of the Guyana Defence Force on Wednesday completed Exercise Jungle Warrior 2026, a ten-day jungle exercise that began on March 2 in Region Seven. ' +
      'The Chief of Defence Staff, who visited the exercise area on Tuesday, praised the soldiers.'
    const out = events(text, {
      published: '2026-03-12',
      dates: [
        { text: 'Wednesday', start: '2026-03-11' },
        { text: 'March 2', start: '2026-03-02' },
        { text: 'Tuesday', start: '2026-03-10' },
      ],
      organizations: [{ id: 'org:gdf', name: 'Guyana Defence Force', country: 'GUY' }],
      places: [{ id: 'region:guy-cuyuni-mazaruni', name: 'Region Seven', kind: 'region', country: 'GUY' }],
    })
    const exercise = out.find((e) => e.type === 'exercise')
    expect([exercise?.start, exercise?.end, exercise?.location?.country]).toEqual(['2026-03-02', '2026-03-11', 'GUY'])
    const visit = out.find((e) => e.type === 'visit')
    expect([visit?.start, visit?.location?.country]).toEqual(['2026-03-10', 'GUY'])
  })
})

describe('places after a place noun', () => {
  test('"will visit the port of La Romana in August": the visit is in La Romana', () => {
    const text = 'A Coast Guard cutter will visit the port of La Romana in August.'
    const out = events(text, {
      published: '2026-06-10',
      dates: [{ text: 'August', start: '2026-08' }],
      places: [{ id: 'city:la-romana', name: 'La Romana', kind: 'city', country: 'DOM' }],
    })
    expect(out.map((e) => [e.type, e.location?.name, e.location?.country])).toEqual([['visit', 'La Romana', 'DOM']])
  })
})

describe('places on both sides of an event word', () => {
  test('"agreed to set up a radio link … at Bonfim, and to hold a medical outreach in the Rupununi in August": the outreach is in Guyana', () => {
    const text = 'The officers also agreed to set up a radio link with the Brazilian garrison at Bonfim, and to hold a combined medical outreach in the Rupununi in August.'
    const out = events(text, {
      published: '2024-06-14',
      dates: [{ text: 'August', start: '2024-08' }],
      places: [
        { id: 'city:bonfim', name: 'Bonfim', kind: 'city', country: 'BRA' },
        { id: 'region:rupununi', name: 'Rupununi', kind: 'region', country: 'GUY' },
      ],
    })
    expect(out.find((e) => e.start === '2024-08')?.location?.country).toBe('GUY')
  })
})

describe('where a storm struck', () => {
  test('"recalled the destruction caused by Hurricane Maria in September 2017 and thanked France for standing with Dominica": Dominica, not France', () => {
    const text = 'The Minister recalled the destruction caused by Hurricane Maria in September 2017 and thanked France for standing with Dominica.'
    const out = events(text, {
      published: '2026-10-20',
      dates: [{ text: 'September 2017', start: '2017-09' }],
      places: [
        { id: 'FRA', name: 'France', kind: 'country', country: 'FRA' },
        { id: 'DMA', name: 'Dominica', kind: 'country', country: 'DMA' },
      ],
    })
    expect(out.find((e) => e.start === '2017-09')?.location?.country).toBe('DMA')
  })
})

describe('posts are not venues', () => {
  test('"Cmdr. Lucas Hargreave, chief of the Office of Security Cooperation at the U.S. Embassy, noted that a team trained 18 ranks in June": not placed at the embassy', () => {
    const text =
      'GEORGETOWN, Guyana – Cmdr. Lucas Hargreave, chief of the Office of Security Cooperation at the U.S. Embassy, noted that a U.S. Coast Guard mobile training team trained 18 GDF Coast Guard ranks in June.'
    const out = events(text, {
      published: '2025-07-15',
      dateline: 'GEORGETOWN, Guyana',
      dates: [{ text: 'June', start: '2025-06' }],
      people: [{ name: 'Lucas Hargreave' }],
      organizations: [
        { id: 'org:us-embassy', name: 'U.S. Embassy', country: 'USA' },
        { id: 'org:gdf-cg', name: 'GDF Coast Guard', country: 'GUY' },
      ],
      places: [{ id: 'city:georgetown', name: 'GEORGETOWN', kind: 'city', country: 'GUY' }],
    })
    const training = out.find((e) => e.type === 'training')
    expect(training?.location?.name ?? null).toBeNull()
    expect(training?.location?.country).toBe('GUY')
  })
})

describe('who-clauses', () => {
  test('"spoke with sailors who had completed courses in Yorktown, Virginia": the talk is not in Virginia', () => {
    const text =
      'On Thursday, Villalobos toured Las Calderas Naval Base in Baní, where he spoke with Dominican sailors who had recently completed Coast Guard courses in Yorktown, Virginia.'
    const out = events(text, {
      published: '2024-03-04',
      dates: [{ text: 'Thursday', start: '2024-02-29' }],
      people: [{ name: 'Villalobos' }],
      places: [
        { id: 'facility:las-calderas', name: 'Las Calderas Naval Base', kind: 'facility', country: 'DOM' },
        { id: 'city:bani', name: 'Baní', kind: 'city', country: 'DOM' },
        { id: 'DOM', name: 'Dominican', kind: 'country', country: 'DOM' },
        { id: 'city:yorktown', name: 'Yorktown', kind: 'city', country: 'USA' },
        { id: 'region:virginia', name: 'Virginia', kind: 'region', country: 'USA' },
      ],
    })
    // Since the twenty-sixth session the talk at the base visited is part of the tour.
    expect(out.length).toBeGreaterThan(0)
    expect(out.every((e) => e.location?.country !== 'USA')).toBe(true)
  })
})

describe('gifts after a disaster', () => {
  test('"handed over six generators to the Office of Disaster Management" after a hurricane is a donation; "delivered shelter kits" is relief', () => {
    const text =
      'After Hurricane Maria, the French forces handed over six generators to the Office of Disaster Management on Friday. On Saturday, a C-17 delivered shelter kits to Roseau.'
    const out = events(text, {
      published: '2026-10-20',
      dates: [
        { text: 'Friday', start: '2026-10-16' },
        { text: 'Saturday', start: '2026-10-17' },
      ],
      organizations: [{ id: 'org:odm', name: 'Office of Disaster Management', country: 'DMA' }],
      places: [{ id: 'city:roseau', name: 'Roseau', kind: 'city', country: 'DMA' }],
    })
    expect(out.find((e) => e.start === '2026-10-16')?.type).toBe('donation')
    expect(out.find((e) => e.start === '2026-10-17')?.type).toBe('disaster_response')
  })
})

describe('named events after a determiner', () => {
  test('"The Main Planning Conference is set for March 10-12": a named conference of its own, not the Initial one again', () => {
    const text =
      'The announcement follows the Initial Planning Conference, held last week at Camp Blizard. The Main Planning Conference is set for March 10-12 in St. John’s.'
    const out = events(text, {
      published: '2026-01-15',
      dates: [
        { text: 'last week', start: '2026-01-05', end: '2026-01-11' },
        { text: 'March 10-12', start: '2026-03-10', end: '2026-03-12' },
      ],
      places: [{ id: 'city:st-johns', name: 'St. John’s', kind: 'city', country: 'ATG' }],
    })
    expect(out.filter((e) => e.type === 'conference').map((e) => e.start)).toEqual(expect.arrayContaining(['2026-01-05', '2026-03-10']))
  })
})

describe('deadlines', () => {
  test('"must apply for accreditation to cover the conference by May 8th": not the date of any event', () => {
    const text =
      'The association will convene a regional meeting of firearms investigators in Kingston, Jamaica, later this year. Members of the media wishing to cover the conference must apply for accreditation by May 8th.'
    const out = events(text, {
      published: '2026-04-22',
      dates: [
        { text: 'later this year', start: '2026' },
        { text: 'May 8th', start: '2026-05-08' },
      ],
      places: [
        { id: 'city:kingston', name: 'Kingston', kind: 'city', country: 'JAM' },
        { id: 'JAM', name: 'Jamaica', kind: 'country', country: 'JAM' },
      ],
    })
    expect(out.map((e) => e.start)).not.toContain('2026-05-08')
  })
})

describe('practice and subordinate clauses', () => {
  test('"Marines practised relief operations after a simulated hurricane from May 6 to 10": an exercise on those dates', () => {
    const text = 'Marines and the Aruba Militia practised relief operations after a simulated category 4 hurricane on Aruba from May 6 to 10.'
    const out = events(text, {
      published: '2025-05-14',
      dates: [{ text: 'May 6 to 10', start: '2025-05-06', end: '2025-05-10' }],
      places: [{ id: 'ABW', name: 'Aruba', kind: 'country', country: 'ABW' }],
    })
    expect(out.map((e) => [e.type, e.start, e.end])).toEqual([['exercise', '2025-05-06', '2025-05-10']])
  })

  test('"agreed on Wednesday a plan … ahead of this year’s hurricane season, at the 34th meeting": Wednesday dates the meeting', () => {
    const text =
      'Representatives agreed on Wednesday a regional plan to share data ahead of this year’s hurricane season, at the 34th meeting of the Special Committee held in Port of Spain.'
    const out = events(text, {
      published: '2026-04-16',
      dates: [
        { text: 'Wednesday', start: '2026-04-15' },
        { text: 'this year', start: '2026' },
      ],
      places: [{ id: 'city:port-of-spain', name: 'Port of Spain', kind: 'city', country: 'TTO' }],
    })
    expect(out.find((e) => e.type === 'meeting')?.start).toBe('2026-04-15')
  })
})

describe('itineraries', () => {
  test('"Scheduled stops include:" and one stop per line: a visit at each, hosted by its country', () => {
    const text =
      'NORFOLK, Va. – The hospital ship will depart Naval Station Norfolk on Monday, Aug. 15, for its humanitarian mission.\n\n' +
      'Scheduled stops include:\n\n' +
      '• Puerto Barrios, Guatemala – late August\n\n' +
      '• Cartagena, Colombia – September\n\n' +
      'At each stop, the crew will run medical clinics ashore.'
    const out = events(text, {
      published: '2022-08-12',
      dateline: 'NORFOLK, Va.',
      dates: [
        { text: 'Monday, Aug. 15', start: '2022-08-15' },
        { text: 'late August', start: '2022-08' },
        { text: 'September', start: '2022-09' },
      ],
      places: [
        { id: 'city:norfolk', name: 'NORFOLK', kind: 'city', country: 'USA' },
        { id: 'city:puerto-barrios', name: 'Puerto Barrios', kind: 'city', country: 'GTM' },
        { id: 'GTM', name: 'Guatemala', kind: 'country', country: 'GTM' },
        { id: 'city:cartagena', name: 'Cartagena', kind: 'city', country: 'COL' },
        { id: 'COL', name: 'Colombia', kind: 'country', country: 'COL' },
      ],
    })
    const stops = out.filter((e) => e.type === 'visit').map((e) => [e.start, e.location?.name, e.location?.country, parties(e)])
    expect(stops).toEqual([
      ['2022-08', 'Puerto Barrios', 'GTM', ['GTM:host']],
      ['2022-09', 'Cartagena', 'COL', ['COL:host']],
    ])
    const ev = out.find((e) => e.start === '2022-09')?.attestations[0]?.evidence.find((x) => x.rule === 'trigger:itinerary-stop')
    expect(ev && text.slice(ev.start, ev.end)).toBe('Cartagena')
  })
})

describe('references to a named event', () => {
  test('"The symposium is organised with the RSS" after "host a conference": the named Symposium, organised with the RSS', () => {
    const text =
      'The fourth Eastern Caribbean Coast Guard Commanders’ Symposium, which Grenada was due to host on September 10, has been postponed. ' +
      'The commander said the unit could not host a conference while the island was rebuilding. The symposium is organised with the Regional Security System.'
    const out = events(text, {
      published: '2024-09-06',
      dates: [{ text: 'September 10', start: '2024-09-10' }],
      organizations: [{ id: 'org:rss', name: 'Regional Security System', country: null }],
      places: [{ id: 'GRD', name: 'Grenada', kind: 'country', country: 'GRD' }],
    })
    const symposium = out.find((e) => e.start === '2024-09-10')
    expect(parties(symposium)).toContain('org:rss:organizer')
  })
})

describe('storms', () => {
  test('a storm has no parties, and a meeting that discusses it keeps its own name', () => {
    const text =
      'On Thursday, Bastien met Kendall Charles to discuss the recovery of Carriacou after Hurricane Beryl in July. ' +
      '“We have lived this,” said Brig. Gen. Aurelio Chiac, recalling Hurricane Lisa, which came ashore near Belize City in November 2022.'
    const out = events(text, {
      published: '2024-12-13',
      dates: [
        { text: 'Thursday', start: '2024-12-12' },
        { text: 'July', start: '2024-07' },
        { text: 'November 2022', start: '2022-11' },
      ],
      people: [{ name: 'Bastien' }, { name: 'Kendall Charles' }, { name: 'Aurelio Chiac' }],
      places: [{ id: 'city:belize-city', name: 'Belize City', kind: 'city', country: 'BLZ' }],
    })
    const storms = out.filter((e) => e.type === 'other')
    expect(storms.map((e) => [e.name, e.participants.length])).toEqual([
      ['Hurricane Beryl', 0],
      ['Hurricane Lisa', 0],
    ])
    expect(out.find((e) => e.type === 'meeting')?.name ?? null).not.toBe('Hurricane Beryl')
  })
})
