/**
 * Twenty-eighth round (issues 3 and 6: pages and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { mergeEvents, sameEvent } from '../../src/merge/events.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const placed = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}${e.end ? `/${e.end}` : ''} ${e.location?.country ?? '-'}`)

describe('the span of an event told first by its last day, twenty-eighth round', () => {
  test('a span stated after the day, ending on it, is the event\'s whole span', () => {
    const doc = pipeline(
      lines(
        'TRINIDAD, Beni.– La Armada Boliviana y la Marinha do Brasil concluyeron el martes en Trinidad el ejercicio combinado fluvial “Itenez 2026”, que se desarrolló del 2 al 10 de noviembre en aguas del río Iténez.',
        'Participaron 300 efectivos de ambas marinas y seis lanchas patrulleras en las prácticas de abordaje.',
        'El ejercicio se realiza cada año desde 2019 y la próxima edición será organizada por Brasil.',
      ),
    )
    expect(placed(doc)).toContain('exercise 2026-11-02/2026-11-10 BOL')
  })
  test('a course of stated length ended on a day starts that many days before, and a later day within it changes nothing', () => {
    const doc = pipeline(
      lines(
        'Eighteen officers of the Royal St. Christopher and Nevis Police Force (RSCNPF) completed a five-day firearms tracing course at the Police Training Complex in Basseterre on Friday.',
        'The course was delivered by two instructors of the United States Coast Guard.',
        'Commissioner of Police Mr. Alwyn T. Hendrickson-Bart, who closed the course on Friday, said 14 vessels had been searched in the Federation since January.',
      ),
    )
    expect(placed(doc)).toContain('training 2026-11-02/2026-11-06 KNA')
  })
  test('a span given later that ends on the event\'s day is its whole span', () => {
    const doc = pipeline(
      lines(
        'ASUNCIÓN, Paraguay – Special operations teams from 14 nations completed Fuerzas Comando 2026 on July 22 with a closing ceremony at the Joint Peace Operations Training Center (CECOPAZ).',
        'The annual skills competition, sponsored by U.S. Southern Command, was hosted this year by the Armed Forces of Paraguay from July 13 to 22.',
        'Teams from Chile and Peru placed second and third in the overall standings of the competition.',
      ),
    )
    expect(placed(doc)).toContain('exercise 2026-07-13/2026-07-22 PRY')
  })
  test('a span that belongs to the visit during which a meeting took place does not date the meeting', () => {
    const doc = pipeline(
      lines(
        'Assistant Secretary of State Laura M. Whitfield met Panamanian Minister of Public Security Rodrigo A. Bethancourt in Panama City on Wednesday, during her visit to Panama on November 10 and 11.',
        'They discussed the growing number of migrants crossing the Darién and steps to cut off the smuggling networks that move them.',
        'Assistant Secretary Whitfield also toured the National Border Service’s base at Metetí.',
      ),
    )
    expect(placed(doc)).toContain('meeting 2026-11-11 PAN')
  })
})

describe('dates and people, twenty-eighth round', () => {
  const dated = (doc: ReturnType<typeof pipeline>, text: string) => doc.dates.filter((d) => d.text === text).map((d) => d.value.start)
  test('the verb before a date governs it, not a participle after a comma', () => {
    const doc = pipeline(
      lines(
        'Panama and Colombia will station police liaison officers in each other’s capitals from February, under a work plan adopted this week at the fifth meeting of their border commission.',
        'The commission also reviewed joint patrols on the Darién border.',
        'The next meeting will be held in Cartagena.',
      ),
    )
    expect(dated(doc, 'February')).toEqual(['2027-02'])
  })
  test('a date before a past "agreed to" is the agreeing\'s, in the past', () => {
    const friday = lines(
      'TENOSIQUE, Tabasco – Mexican and Guatemalan officials meeting here on Thursday agreed to run their first joint patrol on the San Pedro River.',
      'The patrol will run from November 23 to 27.',
      'The next meeting will be held in Guatemala.',
    ).replace('November 12, 2026', 'November 13, 2026')
    expect(dated(pipeline(friday), 'Thursday')).toEqual(['2026-11-12'])
  })
  test('"looked forward to visiting" points ahead', () => {
    const doc = pipeline(
      lines(
        'The Assistant Secretary said he looked forward to visiting Chile in March, when he plans to tour the naval base at Punta Arenas.',
        'The two officials also discussed Antarctic logistics and search and rescue.',
        'They agreed to speak again before the end of the year.',
      ),
    )
    expect(dated(doc, 'March')).toEqual(['2027-03'])
  })
  test('"Gen" without its period is a rank, not part of the name', () => {
    const doc = pipeline(
      lines(
        'National Security Minister Roger Alleyne-Baptiste met Gen Warren Ashcombe, head of US Southern Command, on Tuesday.',
        'The two discussed the tracing of illegal guns.',
        'Ashcombe later visited the Coast Guard base at Staubles Bay.',
      ),
    )
    const ashcombe = doc.people.find((p) => p.name.includes('Ashcombe'))
    expect(ashcombe?.name).toBe('Warren Ashcombe')
    expect(ashcombe?.rank).toBe('Gen')
  })
})

describe('trips, twenty-eighth round', () => {
  test('a trip announced country by country is one visit; legs need a town in each country', () => {
    const doc = pipeline(
      lines(
        'Assistant Secretary of State Renata J. Holloway-Park will travel to Colombia and Peru from November 30 to December 4 to advance cooperation against cocaine trafficking.',
        'In Colombia on November 30, she will meet the Minister of National Defense.',
        'On December 3, she will travel to Peru to attend the annual counternarcotics review with DEVIDA.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'visit' && e.end !== null).map((e) => `${e.start}/${e.end} ${e.location?.country ?? '-'}`)).toEqual(['2026-11-30/2026-12-04 -'])
  })
})

describe('background, twenty-eighth round', () => {
  test('a founding decades back, known to its year, is placed by no dateline', () => {
    const doc = pipeline(
      lines(
        'BRIDGETOWN, Barbados – Twenty officers completed a maritime interdiction course at the RSS Training Institute on Friday.',
        'The course was taught by instructors of the French Armed Forces in the Antilles.',
        'The RSS is an arrangement for the defence and security of the Eastern Caribbean, established in 1982.',
      ),
    )
    expect(placed(doc)).toContain('other 1982 -')
  })
  test('establishing diplomatic relations is an agreement', () => {
    const doc = pipeline(
      lines(
        'PORT OF SPAIN – The Government of Japan handed over two rigid-hull boats to the Trinidad and Tobago Coast Guard on Tuesday.',
        'The boats were funded under a grant signed in March.',
        'Japan and Trinidad and Tobago established diplomatic relations in 1964.',
      ),
    )
    expect(placed(doc)).toContain('agreement 1964 -')
  })
})

describe('types, twenty-eighth round', () => {
  test('a "sail training frigate" arriving for a visit is a visit, not training', () => {
    const doc = pipeline(
      lines(
        'The Argentine Navy’s sail training frigate ARA Libertad arrived at the Bridgetown Port on Monday for a five-day visit, its first call in Barbados in ten years.',
        'The ship carries a crew of 320, including 64 midshipmen.',
        'Its captain will call on the Chief of Staff of the Barbados Defence Force.',
      ),
    )
    expect(doc.events.filter((e) => e.start === '2026-11-09').map((e) => e.type)).toEqual(['visit'])
  })
  test('sending instructors, or officers to an academy, is training', () => {
    const doc = pipeline(
      lines(
        'CARTAGENA – The Deputy Assistant Secretary met the commander of the Colombian Navy on Tuesday.',
        'NAVSOUTH will send a mobile training team to the Coast Guard school in Coveñas in January to prepare the boat crews.',
        'The Colombian Navy will send twelve boarding officers to the Coast Guard Academy in New London in March.',
      ),
    )
    expect(doc.events.filter((e) => e.start === '2027-01' || e.start === '2027-03').map((e) => e.type)).toEqual(['training', 'training'])
  })
  test('craft built to order by a yard for a service are a delivery, not a gift', () => {
    const doc = pipeline(
      lines(
        'KRALENDIJK, Bonaire – The Dutch Caribbean Coast Guard (DCCG) reopened its renovated station at Kralendijk on Thursday.',
        'The DCCG expects the first of two new interceptor boats built by Damen Shipyards to arrive in Bonaire in the first half of next year.',
        'The station will also house a small team of customs officers.',
      ),
    )
    expect(placed(doc)).toContain('other 2027-01/2027-06 BES')
    expect(doc.events.some((e) => e.type === 'donation' && e.start === '2027-01')).toBe(false)
  })
  test('craft a state hands over stay a donation, whoever built them', () => {
    const doc = pipeline(
      lines(
        'KINGSTOWN, St. Vincent – The United States on Thursday handed over two interceptor boats, built by Metal Shark, to the St. Vincent and the Grenadines Coast Guard Service.',
        'The boats will patrol the Grenadines chain.',
        'Coast Guard officers trained on the boats for two weeks before the handover.',
      ),
    )
    expect(placed(doc)).toContain('donation 2026-11-12 VCT')
  })
})

describe('merging, twenty-eighth round', () => {
  test('a drill on a day inside another kind of event\'s span, after its first day, is a different event', () => {
    const course = pipeline(
      lines(
        'BASSETERRE, St. Kitts – Twenty officers of the Royal St. Christopher and Nevis Police Force (RSCNPF) and the St. Kitts-Nevis Defence Force (SKNDF) completed a course on crowd control from November 2 to 6 at the Police Training Complex.',
        'The course was delivered by instructors of the Royal Canadian Mounted Police.',
        'Participants learned how to manage large crowds at public events.',
      ),
    )
    const drill = run(
      'drill.txt',
      lines(
        'CHARLESTOWN, Nevis – The Royal St. Christopher and Nevis Police Force (RSCNPF) and the St. Kitts-Nevis Defence Force (SKNDF) joined schools and the fire service in a tsunami evacuation drill in Charlestown on Wednesday, November 4.',
        'More than 900 pupils walked to higher ground in under twenty minutes.',
        'The drill was the second held on Nevis this year.',
      ),
    )
    const merged = mergeEvents([...course.events, ...drill.events]).filter((e) => e.start === '2026-11-02' || e.start === '2026-11-04')
    expect(merged.map((e) => e.attestations.length)).toEqual([1, 1])
  })
})

describe('participants, twenty-eighth round', () => {
  test('an outlet someone told something takes no part in the event', () => {
    const doc = pipeline(
      lines(
        'BELMOPAN – Belize and Guatemala held the eleventh Technical Coordination Meeting on the Adjacency Zone in Benque Viejo del Carmen on Tuesday.',
        'A source in the Belize delegation told the Guardian Belize that the talks were slow.',
        'The next meeting will be held in Melchor de Mencos.',
      ),
    )
    const meeting = doc.events.find((e) => e.type === 'meeting' && e.start === '2026-11-10')
    expect(meeting?.participants.some((p) => p.name.includes('Guardian')) ?? false).toBe(false)
  })
})

describe('floods, twenty-eighth round', () => {
  test('relief under way after a river broke its banks is a response, and the overflow is an event of its own', () => {
    const doc = pipeline(
      lines(
        'ASUNCIÓN – The National Emergency Secretariat (SEN) and the Paraguayan Armed Forces are delivering food and drinking water to some 900 families in the Presidente Hayes department after the Paraguay River broke its banks near Puerto Pinasco on Sunday.',
        'The water cut the road between Puerto Pinasco and Pozo Colorado.',
        'The SEN recalled that the river last overflowed at Puerto Pinasco in March 2024.',
      ),
    )
    expect(placed(doc)).toEqual(expect.arrayContaining(['disaster_response 2026-11-08 PRY', 'other 2026-11-08 PRY', 'other 2024-03 PRY']))
  })
})

describe('series, twenty-eighth round', () => {
  test('"the third session of the … Committee was held" names the meeting just reported; "the fourth session" is the next', () => {
    const doc = pipeline(
      lines(
        'TENOSIQUE, Tabasco – Mexican and Guatemalan officials met here on Thursday to plan patrols on the San Pedro River.',
        'The third session of the El Ceibo–Tenosique Local Border Security Committee was held at the offices of the National Guard in Tenosique.',
        'The fourth session will be held at El Ceibo in December.',
      ),
    )
    expect(doc.events.map((e) => `${e.start} ${e.series?.edition ?? '-'}`)).toEqual(['2026-11-12 3', '2026-12 4'])
  })
})

describe('merging, month against day, twenty-eighth round', () => {
  test('two ceremonies on one day in one country with no party in common are two', () => {
    const ceremony = (path: string, text: string) => {
      const e = run(path, lines(text, 'The exchange covered corrosion control and engine inspections.', 'More courses are planned for next year.')).events.find((x) => x.type === 'other')!
      // Both placed in Ecuador, neither at a named place: as the development reports that merged them were.
      return { ...e, location: { name: null, country: 'ECU' } }
    }
    const guard = ceremony('a.txt', 'The Kentucky Army National Guard presented certificates to eight mechanics on Friday, August 28.')
    const fbi = ceremony('b.txt', 'The FBI presented certificates to 30 investigators on Friday, August 28.')
    expect(guard.participants.length).toBeGreaterThan(0)
    expect(fbi.participants.length).toBeGreaterThan(0)
    expect(sameEvent(guard, fbi)).toBe(0)
  })
  test('two ceremonies on one day in one country at two named places are two', () => {
    const a = run(
      'a.txt',
      lines(
        'RÍO HAINA, Dominican Republic – Twenty customs officers received certificates at the Port of Río Haina on Friday, November 6, after a container profiling course.',
        'The course was taught by instructors of the Dutch customs service.',
        'A second course is planned for next year.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        'SANTO DOMINGO – Soldiers of the Dominican Army and U.S. Army South held a closing ceremony in Santo Domingo on Friday, November 6, for a bridging exchange.',
        'The exchange lasted one week.',
        'The teams built a 40-meter bridge.',
      ),
    )
    const ceremonies = mergeEvents([...a.events, ...b.events]).filter((e) => e.type === 'other' && e.start === '2026-11-06')
    expect(ceremonies.every((e) => e.attestations.length === 1)).toBe(true)
  })
  test('of two candidates, the one between the same states is the likelier', () => {
    const talks = run(
      'talks.txt',
      lines(
        'BRIDGETOWN, Barbados – Barbados and Trinidad and Tobago held the fourth meeting of their Joint Maritime Security Committee at HMBS Pelican on November 11 and 12.',
        'The Barbados Defence Force (BDF) hosted the two-day meeting, which reviewed joint patrols.',
        'The delegations agreed on a calendar of combined exercises.',
      ),
    )
    const call = run(
      'call.txt',
      lines(
        'BRIDGETOWN, Barbados – The commanding officer of the Brazilian Navy training ship Brasil paid a courtesy call on the Barbados Defence Force (BDF) on November 17.',
        'The ship will stay in Bridgetown for four days.',
        'Its cadets will visit the Garrison.',
      ),
    )
    const plan = run(
      'plan.txt',
      lines(
        'CHAGUARAMAS, Trinidad – Trinidad and Tobago and Barbados held the third meeting of their Joint Maritime Security Committee on Tuesday.',
        'The fourth meeting of the committee will be hosted by the Barbados Defence Force (BDF) in Barbados in November.',
        'The two coast guards will also exercise together.',
      ),
    )
    const november = mergeEvents([...call.events, ...talks.events, ...plan.events]).filter((e) => e.type === 'meeting' && e.start?.startsWith('2026-11-1'))
    const fourth = november.find((e) => e.start === '2026-11-11')
    expect(fourth?.attestations.length).toBe(2)
    // Of two candidates alike in all else, the one naming the same two states scores higher.
    const held = talks.events.find((e) => e.type === 'meeting' && e.start === '2026-11-11')!
    const planned = plan.events.find((e) => e.type === 'meeting' && e.start === '2026-11')!
    const ahead = { ...planned, participants: held.participants }
    const unstated = { ...held, participants: held.participants.filter((x) => x.kind !== 'country') }
    expect(sameEvent(ahead, unstated)).toBeGreaterThan(0)
    expect(sameEvent(ahead, held)).toBeGreaterThan(sameEvent(ahead, unstated))
  })
  test('two meetings ahead named in two different towns are two', () => {
    const a = run(
      'a.txt',
      lines(
        'TENOSIQUE, Tabasco – The fifth session of the El Ceibo–Tenosique Local Border Security Committee will be held in Villahermosa in March, Mexican and Guatemalan officials said.',
        'The committee met on Thursday in Tenosique.',
        'Guatemala will send a larger delegation.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        'PUERTO QUETZAL – The navies of Mexico and Guatemala will hold their next staff talks in Salina Cruz in the first half of next year.',
        'The talks will review patrols in the Pacific.',
        'Mexico will host the delegation.',
      ),
    )
    const ahead = mergeEvents([...a.events, ...b.events]).filter((e) => e.start?.startsWith('2027'))
    expect(ahead.every((e) => e.attestations.length === 1)).toBe(true)
  })
  test('a meeting placed nowhere and known to its month shares too little with a dated one through one party', () => {
    const plan = run(
      'plan.txt',
      lines(
        'MARIGOT, St. Martin – Police chiefs of Anguilla, St. Martin and Sint Maarten agreed at their sixth meeting to set up a working group on stolen outboard engines.',
        'The working group will meet in November with the Regional Security System (RSS).',
        'The seventh meeting will be held in Anguilla next year.',
      ),
    )
    const call = run(
      'call.txt',
      lines(
        'BRIDGETOWN, Barbados – Deputy Assistant Secretary of War Darren K. Whitmore met the Executive Director of the Regional Security System (RSS), Captain Errol Bramble-Sealy, at RSS headquarters on November 4.',
        'They discussed maritime patrols in the Eastern Caribbean.',
        'Whitmore thanked the RSS for its work after Hurricane Melissa.',
      ),
    )
    const merged = mergeEvents([...plan.events, ...call.events]).filter((e) => e.type === 'meeting' && e.start?.startsWith('2026-11'))
    expect(merged.every((e) => e.attestations.length === 1)).toBe(true)
  })
})

describe('organizations, twenty-eighth round', () => {
  test('two towns no list holds, joined by an en dash, open a committee\'s name', () => {
    const doc = pipeline(
      lines(
        'SAN JAVIER, Misiones — The meeting of the San Javier–Porto Xavier Border Security Committee took place on Thursday.',
        'The El Ceibo–Tenosique Local Border Security Committee met the same week in Tabasco.',
        'Both committees will meet again in March.',
      ),
    )
    const names = doc.organizations.map((o) => o.name)
    expect(names).toContain('San Javier–Porto Xavier Border Security Committee')
    expect(names).toContain('El Ceibo–Tenosique Local Border Security Committee')
  })
  test('a Spanish town\'s "de los" stays inside such a name', () => {
    const doc = pipeline(
      lines(
        'URUGUAIANA – The Paso de los Libres–Uruguaiana Binational Border Security Committee met on Thursday.',
        'Police from both banks of the Uruguay River attended.',
        'The next meeting will be held in Argentina.',
      ),
    )
    expect(doc.organizations.map((o) => o.name)).toContain('Paso de los Libres–Uruguaiana Binational Border Security Committee')
  })
})

describe('places, twenty-eighth round', () => {
  test('a video call has no host country; a course on virtual assets is no call', () => {
    const call = pipeline(
      lines(
        'Assistant Secretary of State Julian P. Hartwell spoke by video call on Tuesday with Argentine Minister of Security Verónica S. Morandi about drug trafficking on the Paraná River.',
        'They discussed container inspections at Zárate.',
        'The two agreed to speak again in January.',
      ),
    )
    expect(placed(call)).toContain('meeting 2026-11-10 -')
    const course = pipeline(
      lines(
        'PORT OF SPAIN – Twenty officers of the Trinidad and Tobago Police Service completed a five-day course on investigating money laundering through virtual assets at the Police Academy on Friday.',
        'The course was taught by special agents of the IRS Criminal Investigation division.',
        'More courses are planned for next year.',
      ),
    )
    expect(placed(course)).toContain('training 2026-11-02/2026-11-06 TTO')
  })
  test('naming U.S. agencies does not put a town of two countries in the United States', () => {
    const doc = pipeline(
      lines(
        'QUITO – Twenty officers of the Ecuadorian Coast Guard completed a boarding course taught by the U.S. Coast Guard in Esmeraldas on Friday.',
        'The U.S. Coast Guard team also inspected the new pier, and the U.S. Coast Guard will return for an outboard engine course in Salinas in February.',
        'Ecuador’s coast guard thanked the United States for the training.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'Salinas')?.country).toBe('ECU')
  })
  test('"the U.S. Consul General in Curaçao" is a post, not where the ceremony was', () => {
    const doc = pipeline(
      lines(
        'SAVANETA, Aruba – Twelve officers of the Aruba Police Force completed a small boat course at Marine Barracks Savaneta.',
        'A graduation ceremony on Nov. 13 was attended by the U.S. Consul General in Curaçao, Margaret E. Holloway-Reyes.',
        'The officers will patrol the waters off San Nicolaas.',
      ),
    )
    expect(placed(doc)).toContain('other 2026-11-13 ABW')
  })
  test('Frontera Corozal is one Mexican town, not Belize\'s Corozal', () => {
    const doc = pipeline(
      lines(
        'TENOSIQUE, Tabasco – Mexican and Guatemalan officials met in Frontera Corozal, on the Usumacinta River, on Thursday to plan river patrols.',
        'The patrols will start in November.',
        'The next meeting will be held in Guatemala.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'Frontera Corozal')?.country).toBe('MEX')
    expect(doc.places.some((p) => p.country === 'BLZ' || p.id === 'BLZ')).toBe(false)
  })
  test('letters the text spells out for something else are not the gazetteer\'s body of those letters', () => {
    const doc = pipeline(
      lines(
        'CASTRIES, Saint Lucia – The first yachts of the Atlantic Rally for Cruisers (ARC) reached Rodney Bay last week after crossing from Gran Canaria.',
        'Customs officers will attend a workshop at Pointe Seraphine on December 8 and 9.',
        'The ARC fleet will stay at the marina until Christmas.',
      ),
    )
    expect(doc.organizations.some((o) => o.id === 'org:colombian-navy')).toBe(false)
    expect(doc.places.find((p) => p.name === 'Pointe Seraphine')?.country).toBe('LCA')
  })
  test('Puerto Williams and the Beagle Channel are in the gazetteer', () => {
    const doc = pipeline(
      lines(
        'PUERTO WILLIAMS – Unidades de la Armada de Chile y de la Prefectura Naval Argentina efectuaron del 17 al 19 de noviembre un ejercicio de búsqueda y rescate en aguas del Canal Beagle, frente a Puerto Toro.',
        'El ejercicio fue coordinado por el Centro Coordinador de Rescate Marítimo de Punta Arenas.',
        'La próxima edición se realizará en Ushuaia.',
      ),
    )
    expect(doc.places.filter((p) => ['Puerto Williams', 'Puerto Toro'].includes(p.name)).map((p) => p.country)).toEqual(['CHL', 'CHL'])
    expect(doc.places.some((p) => p.id === 'region:beagle-channel')).toBe(true)
    expect(placed(doc)).toContain('exercise 2026-11-17/2026-11-19 CHL')
  })
  test('a dateline named like a navy school ("ARC Barranquilla") is the city', () => {
    const doc = pipeline(
      lines(
        'Barranquilla, November 9, 2026 – Eighteen officers graduated on Friday from the Maritime Interdiction Course, held at the Naval School of Non-Commissioned Officers ARC Barranquilla (ENSB) from October 26 to November 6.',
        'The course brought together officers of the Colombian Coast Guard and the Honduran Naval Force.',
        'Instructors came from the Colombian Navy and the United States Coast Guard.',
      ),
    )
    expect(doc.places.map((p) => p.name)).toContain('Barranquilla')
  })
})

describe('pages, twenty-eighth round', () => {
  const dump = [
    'Skip to content',
    'Trinidad and Tobago Newsday',
    'Wednesday, November 18, 2026',
    'Subscribe | e-Paper | Sign In',
    'Home',
    'News',
    'Local',
    'Search',
    'Home > News > Local',
    'Coast Guard gets two new interceptors',
    'Kerri-Ann Ramdass',
    'Posted Wed, Nov 18, 2026, 5:40 am',
    'National Security Minister Roger Alleyne-Baptiste, right, greets Coast Guard officers at the base at Staubles Bay, Chaguaramas. PHOTO BY ROGER MOHAMMED',
    'Share',
    'Facebook',
    'WhatsApp',
    'The Coast Guard received two new interceptor boats from the United States on Tuesday at its base at Staubles Bay.',
    '',
    'The boats will patrol the Gulf of Paria, Commander Alleyne said.',
    'Tags',
    'Coast Guard',
    'Newsday',
    'Copyright © 2026 Daily News Ltd. All Rights Reserved.',
  ].join('\n')
  test('a caption ending "PHOTO BY …" is chrome', () => {
    const doc = run('newsday.txt', dump)
    expect(doc.text.startsWith('The Coast Guard received')).toBe(true)
    expect(doc.text).not.toContain('PHOTO BY')
  })
  test('a known outlet\'s masthead names the site before the company holding its copyright', () => {
    expect(run('newsday.txt', dump).meta.publisher).toBe('Trinidad and Tobago Newsday')
  })
})
