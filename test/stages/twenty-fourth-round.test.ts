/**
 * Twenty-fourth round (issues 5 and 6: places and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const placed = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start} ${e.location?.country ?? '-'}`)

describe('event places, twenty-fourth round', () => {
  test('"the memorandum signed by the two governments in Bogotá in March 2025": the place after the signing verb and its agent', () => {
    const doc = pipeline(
      lines(
        'Colombian Army instructors trained 28 Guyana Defence Force soldiers in river operations at Base Camp Seweyo from November 2 to 6.',
        'The ambassador said the course was the second activity under the cooperation memorandum signed by the two governments in Bogotá in March 2025.',
      ),
    )
    expect(placed(doc)).toContain('agreement 2025-03 COL')
  })
  test('"at the CRFM Secretariat headquarters at Morne Fortuné, Castries": a second "at" names where the venue is', () => {
    const doc = pipeline(
      lines(
        'The fisheries ministers of five member states met at the CRFM Secretariat headquarters at Morne Fortuné, Castries, on Tuesday to review a common policy on illegal fishing.',
      ),
    )
    expect(placed(doc)).toContain('meeting 2026-11-10 LCA')
  })
  test('"In Panama City on Monday, Assistant Secretary Ortlieb will meet …": a fronted town before a day is no title of the person', () => {
    const doc = pipeline(
      lines(
        'Assistant Secretary Dana Ortlieb will travel to Panama and Costa Rica from November 16 to 20 to discuss port security and the fight against drug trafficking.',
        'In Panama City on Monday, Assistant Secretary Ortlieb will meet Minister of Public Security Rogelio Banfield and the director of the National Border Service.',
      ),
    )
    expect(placed(doc)).toContain('meeting 2026-11-16 PAN')
  })
  test('a meeting the text places in a third state is not one of a bilateral body named elsewhere', () => {
    const doc = pipeline(
      lines(
        'Assistant Secretary Dana Ortlieb will travel to Guatemala and Belize from November 16 to 19, her first trip to the region since she chaired the U.S.–Guatemala Border Security Working Group in September.',
        'On Wednesday in Belmopan she will meet the Minister of Home Affairs, Kareem Musa-Flowers, to discuss the new scanner at the Port of Belize.',
      ),
    )
    const meeting = doc.events.find((e) => e.type === 'meeting')
    expect(meeting?.location?.country).toBe('BLZ')
    expect(meeting?.participants.some((p) => p.kind === 'country' && p.id === 'GTM')).toBe(false)
  })
})

describe('event types and dates, twenty-fourth round', () => {
  const events = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}`)
  test('"The two-day meeting, which opened on Tuesday": the opening of a meeting dates the meeting, no ceremony of its own', () => {
    const doc = pipeline(
      lines(
        'Police and army officers of Belize and Guatemala ended the fourth meeting of the Adjacency Zone border commission in Benque Viejo on Wednesday.',
        'The two-day meeting, which opened on Tuesday at the police station in Benque Viejo, was chaired by the Belize police commissioner.',
      ),
    )
    expect(events(doc)).toEqual(['meeting 2026-11-10'])
  })
  test('"reviewed the interdiction … on July 30", "reviewed the results of the visit … in July": what is reviewed is no meeting on its date', () => {
    // (The interdiction itself is an event since the thirty-second round: an interdiction, not a meeting.)
    expect(events(pipeline(lines('The commissioners reviewed the interdiction of 40 migrants off Ragged Island on July 30 and the flights that followed.')))).toEqual(['other 2026-07-30'])
    expect(events(pipeline(lines('The officers reviewed the results of the visit by a team of engineers in July.')))).toEqual(['visit 2026-07'])
  })
  test('"three interceptor boats … would arrive from the United States in March" is a delivery, not a visit', () => {
    const doc = pipeline(lines('Minister Rosa Calderón said three interceptor boats for the Coast Guard would arrive from the United States in March, adding that the station at Puerto Barrios is ready.'))
    expect(events(doc)).toEqual(['donation 2027-03'])
  })
  test('"two Cape-class patrol boats …, which arrived in 2021" is an arrival of equipment, not a visit', () => {
    const doc = pipeline(lines('The Coast Guard flotilla includes two Cape-class patrol boats built in Australia, which arrived in 2021 and patrol the Gulf of Paria, the commander told the committee.'))
    expect(events(doc)).toContain('other 2021')
    expect(events(doc)).not.toContain('visit 2021')
  })
  test('"a coordinated patrol … each within its own waters" is in neither state', () => {
    const doc = pipeline(
      lines(
        'Mexican Navy and Guatemalan Navy officers met in Puerto Barrios on Tuesday to review maritime security in the Gulf of Honduras.',
        'The two navies will carry out a coordinated patrol off Puerto Barrios from December 7 to 11, each within its own waters.',
      ),
    )
    expect(placed(doc)).toEqual(expect.arrayContaining(['meeting 2026-11-10 GTM', 'deployment 2026-12-07 -']))
  })
})

describe('participants and receptions, twenty-fourth round', () => {
  const events = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}`)
  test('"received at the district headquarters … a Mexican delegation": a host receiving visitors is a meeting, not a delivery', () => {
    const doc = pipeline(lines('Rear Admiral Tomás Ayala, commander of the naval district, received at the district headquarters in Puerto Quetzal on Tuesday a Mexican delegation led by Vice Admiral Rosa Ibarra.'))
    expect(events(doc)).toEqual(['meeting 2026-11-10'])
    const roles = Object.fromEntries(doc.events[0]!.participants.map((p) => [p.id, p.roles.join('/')]))
    expect(roles['person:tomas-ayala']).toBe('host')
  })
  test('"accepted the offer of the Government of Panama to host the next meeting" receives nothing', () => {
    const doc = pipeline(lines('The minister thanked Taiwan and accepted the offer of the Government of Panama to host the next meeting in May 2027.'))
    expect(events(doc)).toEqual(['meeting 2027-05'])
  })
  test('"crews from both coast guards": the two coast guards the report names take part', () => {
    const doc = pipeline(
      lines(
        'The Barbados Coast Guard and the Trinidad and Tobago Coast Guard met in Bridgetown on Tuesday for their annual staff talks.',
        'In September, crews from both coast guards located a simulated capsized fishing vessel off Tobago during a combined search and rescue exercise.',
      ),
    )
    const exercise = doc.events.find((e) => e.type === 'exercise')
    expect(exercise?.participants.filter((p) => p.kind === 'organization').map((p) => p.id)).toEqual(['org:barbados-cg', 'org:ttcg'])
  })
})

describe('ceremonies, twenty-fourth round', () => {
  const events = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}`)
  test('"the commissioning of the new patrol vessel" is an event of its own', () => {
    const doc = pipeline(lines('The Governor joined the crew of the Coast Guard on Thursday for the commissioning of the new patrol vessel CICG Vigilant at the base in Newlands.'))
    expect(events(doc)).toEqual(['other 2026-11-12'])
  })
  test('"Speaking at the closing ceremony on Friday": the ceremony that closes a course is an event of its own, not the course', () => {
    const doc = pipeline(
      lines(
        'Twenty customs officers from six member states completed a five-day workshop on cargo targeting in Castries on Friday.',
        'Speaking at the closing ceremony on Friday, the Comptroller of Customs, Marcus Joseph, said the course would help officers spot risky containers.',
      ),
    )
    const ceremony = doc.events.find((e) => e.type === 'other')
    expect(ceremony?.participants.map((p) => p.id)).toEqual(['person:marcus-joseph'])
    expect(doc.events.find((e) => e.type === 'training')?.participants.some((p) => p.id === 'person:marcus-joseph')).toBe(false)
  })
})

describe('cleaning, twenty-fourth round', () => {
  test('a DVIDS story dump: the image counter, the "Date Taken:"/"Web Views:" block and the public-domain notice are chrome', () => {
    const doc = run(
      'page.txt',
      [
        'DVIDS',
        'Navy and Coast Guard crews practise a rescue off Bonaire',
        'IMAGE 1 OF 2: A U.S. Navy P-8A Poseidon flies over a coast guard cutter west of Bonaire.',
        'KRALENDIJK, Bonaire – A U.S. Navy patrol aircraft and two cutters of the Dutch Caribbean Coast Guard searched for a simulated life raft west of Bonaire on Tuesday, in a drill planned over two months.',
        'The crews found the raft in under three hours and handed the search to a helicopter from the coast guard air station.',
        'Date Taken: 10.06.2026',
        'Date Posted: 10.08.2026 09:10',
        'Story ID: 500123',
        'Location: KRALENDIJK, BQ',
        'Web Views: 98',
        'Downloads: 0',
        'PUBLIC DOMAIN',
        'This work, Navy and Coast Guard crews practise a rescue off Bonaire, by Lt. Ana Ruiz, identified by DVIDS, must comply with the restrictions shown on the copyright page.',
      ].join('\n'),
    )
    expect(doc.text.startsWith('KRALENDIJK, Bonaire')).toBe(true)
    expect(doc.text.endsWith('a helicopter from the coast guard air station.')).toBe(true)
  })
  test('"Lea también: …", "Issued by: …" and a "-- einde / end --" marker are chrome', () => {
    const doc = run(
      'page.txt',
      [
        'Ministerie van Justitie en Politie',
        'Police officers complete document fraud course',
        'Issued by: the Ministry of Justice and Police',
        'PARAMARIBO – Eighteen officers of the Suriname Police Force and the Military Police completed a two-week course on forged travel documents at the airport in Zanderij on Friday.',
        'Lea también: Policía recibe nuevos vehículos',
        'The course was taught by instructors from the Canada Border Services Agency with funding from Global Affairs Canada.',
        '-- einde / end --',
        'Voor meer informatie: voorlichting@justice.example',
      ].join('\n'),
    )
    expect(doc.text.startsWith('PARAMARIBO')).toBe(true)
    expect(doc.text).not.toContain('Lea también')
    expect(doc.text.endsWith('funding from Global Affairs Canada.')).toBe(true)
  })
})

describe('dates, twenty-fourth round', () => {
  test('"from Monday, November 16, to Friday, November 20": a comma after the first day still makes one range', () => {
    const doc = pipeline(lines('Customs officers of St Vincent will attend a cargo inspection course taught by U.S. officers from Monday, November 16, to Friday, November 20, at the Campden Park port.'))
    expect(doc.dates.map((d) => [d.text, d.value.start, d.value.end])).toEqual([['Monday, November 16, to Friday, November 20', '2026-11-16', '2026-11-20']])
  })
})

describe('places, twenty-fourth round', () => {
  test('a place no list holds is not in the United States because U.S. agencies were named before it', () => {
    const doc = pipeline(
      lines(
        'The Haitian National Police received three interceptor boats from the United States on Thursday, the embassy said.',
        'Instructors from the U.S. Coast Guard taught a two-week boat handling course at Pointe Sable earlier this month for twelve police coxswains.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'Pointe Sable')?.country).toBe('HTI')
  })
})
