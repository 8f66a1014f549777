/**
 * Nineteenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { mergeEvents } from '../../src/merge/events.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const placeNames = (doc: ReturnType<typeof pipeline>) => doc.places.map((p) => p.name)

describe('places, nineteenth round', () => {
  test('"in the Pacific" is the ocean; "the Pacific coast" stays its own region; "the Pacific Naval Command" is a body', () => {
    const doc = pipeline(lines('The cutters will patrol the Pacific coast of Honduras, where most cocaine moves north toward the Pacific and the Caribbean. The Pacific Naval Command received the first two boats at its pier on Friday.'))
    const ocean = doc.places.find((p) => p.name === 'Pacific Ocean')
    expect(ocean?.mentions.map((m) => m.text)).toEqual(['Pacific'])
    expect(placeNames(doc)).toContain('Pacific coast')
    expect(doc.organizations.map((o) => o.name)).toContain('Pacific Naval Command')
  })
  test('"Pacific" with no place preposition before it is no place ("Pacific partners")', () => {
    const doc = pipeline(lines('Officials from Pacific partners joined the call on Monday to discuss maritime security and information sharing with the Honduran Navy.'))
    expect(placeNames(doc)).not.toContain('Pacific Ocean')
  })
  test('"the Barima, Kaituma and Waini rivers": each river is a region of its own', () => {
    const doc = pipeline(lines('From Morawhanna the police Marine Branch patrols the Barima, Kaituma and Waini rivers, which smugglers use to reach the coast of Guyana.'))
    expect(placeNames(doc)).toEqual(expect.arrayContaining(['Barima', 'Kaituma', 'Waini']))
  })
  test('"the Sula Valley" is a valley, not the capital of Anguilla ("The Valley"), which still counts with its article', () => {
    const doc = pipeline(lines('The brigade patrols the Sula Valley in northern Honduras, and its engineers later flew to The Valley, Anguilla, for a disaster drill.'))
    const names = placeNames(doc)
    expect(names).toContain('Sula Valley')
    expect(names).toContain('The Valley')
  })
})

describe('dates, nineteenth round', () => {
  test('"between October 13 and 17" is one range; "between now and the end of April" lies ahead', () => {
    const doc = pipeline(lines('Between October 13 and 17, the students took part in a field exercise at the training ground. More than 300 ship calls are expected between now and the end of April, officials said.'))
    const range = doc.dates.find((d) => d.text === 'October 13 and 17')
    expect([range?.value.start, range?.value.end]).toEqual(['2026-10-13', '2026-10-17'])
    expect(doc.dates.find((d) => d.text === 'the end of April')?.value.start).toBe('2027-04')
  })
  test('"between 2 and 5 percent" after a month is no range of days', () => {
    const doc = pipeline(lines('Inspections rose in October, when between 2 and 5 percent of the containers at the terminal were opened by customs officers.'))
    expect(doc.dates.some((d) => d.text.includes('and 5'))).toBe(false)
  })
})

describe('names, nineteenth round', () => {
  test('"at its Rodney Bay station" names a place, not a person', () => {
    const doc = pipeline(lines('The Marine Police Unit hosted the Barbados Coast Guard for two days of staff talks at its Rodney Bay station in Gros Islet, Saint Lucia, last week.'))
    expect(doc.people.map((p) => p.name)).not.toContain('Rodney Bay')
    expect(placeNames(doc)).toContain('Rodney Bay')
  })
  test('"the Fourteenth Naval Zone" is a unit, not a region', () => {
    const doc = pipeline(lines('The talks were hosted by the Fourteenth Naval Zone at Puerto Chiapas, with officers of the Guatemalan Navy and the Mexican Navy.'))
    expect(doc.organizations.map((o) => o.name)).toContain('Fourteenth Naval Zone')
    expect(placeNames(doc)).not.toContain('Fourteenth Naval Zone')
  })
})

describe('text dumps, nineteenth round', () => {
  const page = (...body: string[]) =>
    [
      'THE VALLEY RECORD',
      'Menu',
      'Home',
      'Customs and police open joint container unit at the dry port',
      '2 October 2026 · 5 min read',
      'Written by Ana Q. Rivero, correspondent',
      'SPONSORED',
      'Agro Sur – seeds, fertilizer and credit for the new season',
      ...body,
      '© 2026 The Valley Record',
    ].join('\n')
  const story = [
    'Customs officers and the anti-drug police opened a joint container control unit at the dry port on Wednesday, where a growing share of the country’s exports leaves by rail for the Atlantic coast.',
    'The unit will select and inspect high-risk containers moving by rail and road through the terminal, the head of customs said at the ceremony.',
  ]
  test('the line after a "SPONSORED" marker, an advertiser’s name and slogan, is the ad', () => {
    const doc = run('page.txt', page(...story))
    expect(doc.text.startsWith('Customs officers and the anti-drug police')).toBe(true)
    expect(doc.text).not.toContain('Agro Sur')
  })
  test('a comment section ends the story, and "TRENDING NOW" heads a list', () => {
    const doc = run('page.txt', page(...story, 'Comments', 'Leave a comment', 'Name', 'Carlos – 2 October 2026 at 11:20', 'Finally. The trucks wait three days at the border.', 'TRENDING NOW', '1. Wildfires: town declares emergency'))
    expect(doc.text.trimEnd().endsWith('the head of customs said at the ceremony.')).toBe(true)
  })
  test('"Send by WhatsApp" is a share bar', () => {
    const doc = run('page.txt', page('Share on Facebook', 'Send by WhatsApp', ...story))
    expect(doc.text).not.toContain('WhatsApp')
  })
  test('"Office of the Spokesperson" above the date is the issuing office, not the headline; the masthead names the publisher', () => {
    const text = [
      'U.S. DEPARTMENT of STATE',
      'Menu',
      'Home',
      'Office of the Spokesperson',
      'Inaugural U.S.-Argentina Counternarcotics Dialogue',
      'Inaugural U.S.-Argentina Counternarcotics Dialogue',
      'Media Note',
      'Office of the Spokesperson',
      'October 8, 2026',
      'The United States and Argentina will hold the inaugural U.S.-Argentina Counternarcotics Dialogue in Buenos Aires on October 14. The two delegations will discuss river ports and container screening.',
      '###',
    ].join('\n')
    const doc = run('note.txt', text)
    expect(doc.meta.title).toBe('Inaugural U.S.-Argentina Counternarcotics Dialogue')
    expect(doc.meta.publisher).toBe('U.S. Department of State')
  })
})

describe('metadata, nineteenth round', () => {
  test('"Cozumel, Quintana Roo.- La Secretaría …": the Spanish press’s ".-" closes a two-part dateline', () => {
    const doc = pipeline(lines('Cozumel, Quintana Roo.- The Secretariat of the Navy and the U.S. Coast Guard held a binational search and rescue exercise off the island this week.'))
    expect(doc.meta.dateline).toBe('Cozumel, Quintana Roo')
  })
  test('a portal named by its address ("gob.mx") publishes under the body its <title> names', () => {
    const html = `<!doctype html><html><head><title>Navies hold staff talks in Puerto Chiapas | Secretaría de Marina | Gobierno | gob.mx</title><meta property="og:site_name" content="gob.mx"></head>
<body><header><a class="navbar-brand" href="/">gob.mx</a></header><main><article><h1>Navies hold staff talks in Puerto Chiapas</h1>
<p>Puerto Chiapas, Chiapas.- The Secretariat of the Navy hosted the ninth round of naval staff talks with the Guatemalan Navy on Wednesday and Thursday at the headquarters of the naval zone.</p>
<p>The delegations agreed to hold coordinated patrols and a search and rescue exercise before the end of the year, officials said.</p></article></main></body></html>`
    const doc = run('page.html', html)
    expect(doc.meta.publisher).toBe('Secretaría de Marina')
  })
  test('a unit the story’s sentences name ("will visit U.S. Coast Guard Sector San Juan") did not issue the page', () => {
    const html = `<!doctype html><html><head><title>Readout of the Under Secretary's Meeting With the Minister | U.S. Department of War</title></head>
<body><main><article><h1>Readout of the Under Secretary's Meeting With the Minister</h1>
<p>Under Secretary of War for Policy Raymond T. Ashworth hosted the Minister of National Security at the Pentagon on Monday to discuss maritime security and disaster response in the Eastern Caribbean.</p>
<p>Earlier on Monday, the Minister met officials of the State Department, and he will visit U.S. Coast Guard Sector San Juan on Wednesday to observe small boat training.</p></article></main></body></html>`
    const doc = run('readout.html', html)
    expect(doc.meta.publisher).not.toBe('U.S. Coast Guard Sector San Juan')
  })
  test('", in the department of Escuintla," inside a relative clause closes nothing: "which will be held … in November" lies ahead', () => {
    const text = ['Navies end staff talks', 'Press Release | August 21, 2026', '', 'The admiral invited the Mexican delegation to the Tenth Bilateral Naval Staff Talks, which will be held at Puerto Quetzal, in the department of Escuintla, in November.', '', '###'].join('\n')
    const doc = run('release.txt', text)
    expect(doc.dates.find((d) => d.text === 'November')?.value.start).toBe('2026-11')
  })
})

describe('editions across reports, nineteenth round', () => {
  const fifth = run(
    'bdf.txt',
    [
      'Coast guards hold fifth staff talks',
      'Press Release | August 20, 2026',
      '',
      'BRIDGETOWN, Barbados – The Barbados Coast Guard hosted the fifth round of staff talks with the Marine Police Unit of Saint Lucia on Tuesday and Wednesday at HMBS Pelican, with delegations from Barbados and Saint Lucia.',
      '',
      'The delegations agreed on a combined search and rescue exercise in September. The sixth round of staff talks will be held in Saint Lucia in November.',
      '',
      '###',
    ].join('\n'),
  )
  const sixth = run(
    'gis.txt',
    [
      'Marine Police host sixth staff talks',
      'Press Release | November 13, 2026',
      '',
      'CASTRIES, Saint Lucia – The Marine Police Unit of Saint Lucia hosted the Barbados Coast Guard for the sixth round of bilateral maritime staff talks on Wednesday and Thursday at its Rodney Bay station in Gros Islet, with officers from Barbados and Saint Lucia.',
      '',
      'The seventh round of staff talks will be held in Barbados in May 2027.',
      '',
      '###',
    ].join('\n'),
  )
  test('"the sixth round … will be held in Saint Lucia in November" takes the two states of the report’s meeting', () => {
    const next = fifth.events.find((e) => e.start === '2026-11')
    expect(next?.participants.map((p) => p.id).sort()).toEqual(['BRB', 'LCA'])
  })
  test('and is the round the other report tells, held there that month between the same states', () => {
    const merged = mergeEvents([...fifth.events, ...sixth.events])
    const round = merged.find((e) => e.type === 'meeting' && e.start?.startsWith('2026-11'))
    expect(round?.attestations).toHaveLength(2)
    // The fifth round (August, Barbados) stays its own event.
    expect(merged.filter((e) => e.type === 'meeting' && e.start?.startsWith('2026-08'))).toHaveLength(1)
  })
})

describe('storms and the relief that answers them, nineteenth round', () => {
  test('"relief flights after Hurricanes Eta and Iota in November 2020" is the response, dated by the storm', () => {
    const doc = pipeline(lines('The Assistant Secretary recalled the task force’s relief flights in Honduras after Hurricanes Eta and Iota in November 2020, when U.S. helicopters evacuated hundreds of residents from flooded neighborhoods of San Pedro Sula.'))
    const response = doc.events.find((e) => e.start === '2020-11')
    expect(response?.type).toBe('disaster_response')
    expect(response?.location?.country).toBe('HND')
  })
  test('"two months after Hurricane Beryl made landfall on Carriacou": the storm stays the storm', () => {
    const doc = pipeline(lines('The Coast Guard remained committed to relief operations in Carriacou and Petite Martinique, Grenada, more than two months after Hurricane Beryl made landfall on Carriacou on July 1, 2024.'))
    expect(doc.events.find((e) => e.start === '2024-07-01')?.type).toBe('other')
  })
})

test('"X, Executive Secretary of CEPREDENAC": capitalized words that run into an office open it', () => {
  const doc = pipeline(lines('The exercise was opened by Lucía Fernanda Portillo Arévalo, Executive Secretary of CEPREDENAC, who thanked the armed forces of the region for their support.'))
  expect(doc.people.find((p) => p.name === 'Lucía Fernanda Portillo Arévalo')?.title).toBe('Executive Secretary of CEPREDENAC')
})

test('first-level divisions of Paraguay and Chile are regions ("the Department of Alto Paraguay", "Ñuble")', () => {
  const doc = pipeline(lines('The boats were handed over at the naval detachment in the Department of Alto Paraguay, weeks after the wildfires in Ñuble and Biobío in Chile drew the two navies together.'))
  const names = placeNames(doc)
  expect(names).toEqual(expect.arrayContaining(['Alto Paraguay', 'Ñuble']))
  expect(doc.organizations.map((o) => o.name)).not.toContain('Department of Alto Paraguay')
})

test('"the Chief of the Joint Staff of the Armed Forces of Honduras" names no U.S. Joint Chiefs of Staff', () => {
  const doc = pipeline(lines('The Assistant Secretary met the Chief of the Joint Staff of the Armed Forces of Honduras, Maj. Gen. Mario E. Bonilla, at the Pentagon on Wednesday to discuss maritime security.'))
  expect(doc.organizations.map((o) => o.id)).not.toContain('org:us-jcs')
})

test('"the Gendarmerie of Martinique", then "the Gendarmerie": one local body, not the French national one', () => {
  const doc = pipeline(lines('The French side was represented by the Gendarmerie of Martinique, led by Colonel Anne-Sophie Ricard. The Prefect noted that the Gendarmerie had seized 212 kilogrammes of cocaine off the coast of Sainte-Luce in January.'))
  const local = doc.organizations.find((o) => o.name === 'Gendarmerie of Martinique')
  expect(local?.mentions).toHaveLength(2)
  expect(doc.organizations.map((o) => o.id)).not.toContain('org:gendarmerie')
})

test('"the UK Border Force Maritime Command": a command named after its whole parent is a unit of its own', () => {
  const doc = pipeline(lines('Eight officers completed a two-week boarding course given by two instructors from the UK Border Force Maritime Command at the marine base on Anguilla.'))
  expect(doc.organizations.map((o) => o.name)).toContain('UK Border Force Maritime Command')
})

test('"the Colombian department of Tolima" names Tolima, and "Bahamian waters" no place of their own', () => {
  const doc = pipeline(lines('The course ended at Tolemaida, in the Colombian department of Tolima, after patrols that tracked migrant boats through Bahamian waters in April.'))
  const names = placeNames(doc)
  expect(names).toContain('Tolima')
  expect(names).not.toContain('Colombian department')
  expect(names).not.toContain('Bahamian waters')
})

test('regions inside names and as adjectives of people are no places; "Caribbean partners" still names the Caribbean', () => {
  const doc = pipeline(lines('The Principal Deputy Assistant Secretary of Defense for Western Hemisphere Affairs met South American armies and Caribbean partners before the Summit of the Americas, ahead of the Atlantic hurricane season.'))
  const names = placeNames(doc)
  expect(names).not.toEqual(expect.arrayContaining(['Western Hemisphere']))
  expect(names).not.toContain('South America')
  expect(names).not.toContain('Americas')
  expect(names).not.toContain('Atlantic Ocean')
  expect(names).toContain('Caribbean')
})

test('a capitalized Spanish article inside a sentence opens a name ("the El Alto International Airport", "La Unión Naval Base")', () => {
  const doc = pipeline(lines('The scanners were installed at the El Alto International Airport in Bolivia, and the boats were delivered to La Unión Naval Base in El Salvador.'))
  expect(placeNames(doc)).toEqual(expect.arrayContaining(['El Alto International Airport', 'La Unión Naval Base']))
})

test('"Zr.Ms. Groningen … Groningen berthed at …": a ship’s name repeated with no place preposition is the ship', () => {
  const doc = pipeline(lines('The Royal Netherlands Navy patrol vessel Zr.Ms. Groningen completed a port visit to Bridgetown, Barbados on Monday. Groningen berthed at the Bridgetown Port, where she was welcomed by the Chief of Staff.'))
  expect(placeNames(doc)).not.toContain('Groningen')
})

test('"the Taíno Bay cruise terminal" is one facility, not a bay and a terminal', () => {
  const doc = pipeline(lines('The dog teams will also support checks at the port of Puerto Plata and at the Taíno Bay cruise terminal in the Dominican Republic, officials said on Monday.'))
  const names = placeNames(doc)
  expect(names).toContain('Taíno Bay cruise terminal')
  expect(names).not.toContain('Taíno Bay')
})

describe('small towns, nineteenth round', () => {
  test('"con puntos de contacto en Metapán y Asunción Mita": Spanish prepositions and "y" introduce towns', () => {
    const doc = pipeline(lines('Las patrullas coordinadas de El Salvador y Guatemala tendrán puntos de contacto en Metapán y Asunción Mita, con un intercambio semanal de información entre los centros de operaciones.'))
    expect(placeNames(doc)).toEqual(expect.arrayContaining(['Metapán', 'Asunción Mita']))
  })
  test('"Villamontes in the department of Tarija": a region of the town’s own country right after it', () => {
    const doc = pipeline(lines('The next meeting will be held in the second half of the year, with Villamontes in the department of Tarija proposed as the venue for the talks.'))
    expect(placeNames(doc)).toContain('Villamontes')
  })
})

test('"Saddlers Primary School" and "the National Emergency Operations Centre" are buildings; a maritime operations centre stays a body', () => {
  const doc = pipeline(lines('The Seabees handed over the renovated hurricane shelter at Saddlers Primary School on Tuesday, and NEMA moved into the new National Emergency Operations Centre in Basseterre, linked to the RSS Regional Maritime Operations Centre in Barbados.'))
  const names = placeNames(doc)
  expect(names).toEqual(expect.arrayContaining(['Saddlers Primary School', 'National Emergency Operations Centre']))
  expect(doc.organizations.map((o) => o.name)).toContain('RSS Regional Maritime Operations Centre')
})

test('"the Sapodilla Cayes Marine Reserve", "the Chiquibul Forest Reserve": protected areas are regions', () => {
  const doc = pipeline(lines('The Coast Guard patrols the Sapodilla Cayes Marine Reserve and soldiers patrol the Chiquibul Forest Reserve in southern Belize.'))
  expect(placeNames(doc)).toEqual(expect.arrayContaining(['Sapodilla Cayes Marine Reserve', 'Chiquibul Forest Reserve']))
})

test('"at the Coast Guard Base in Calliaqua": a service’s bare form before a facility head names the facility, placed by the town after it', () => {
  const doc = pipeline(lines('The St. Kitts and Nevis Coast Guard said the fourth round of staff talks is scheduled for October at the Coast Guard Base in Calliaqua, St Vincent.'))
  const base = doc.places.find((p) => p.name === 'Coast Guard Base')
  expect(base?.country).toBe('VCT')
})

test('a long caption that places people in the photo ("(second left)") over a highlights box is head, not story', () => {
  const text = [
    'UK Hands Over Crime Scene Vehicles to JCF',
    'November 6, 2026',
    'Written by: Garfield T. Reid',
    'Photo: Contributed',
    'Minister of National Security and Peace, Hon. Dr. Paul A. Brissett (second left), receives the keys from British High Commissioner to Jamaica, His Excellency Dr. Nicholas J. Pembridge (left), at the handover ceremony at the Area One headquarters in Montego Bay on Thursday.',
    'Story Highlights',
    'Eight crime scene vehicles were handed over to the JCF.',
    'The vehicles will serve three western divisions.',
    'The Government of the United Kingdom has handed over eight fully equipped crime scene vehicles to the Jamaica Constabulary Force, to serve the St. James, Hanover and Westmoreland police divisions.',
    'The vehicles were received by the Minister at a ceremony in Montego Bay on Thursday, where officers demonstrated the equipment.',
  ].join('\n')
  const doc = run('jis.txt', text)
  expect(doc.text.startsWith('The Government of the United Kingdom')).toBe(true)
})

test('"with funding from the United States Agency for International Development": the funder takes part in the background course', () => {
  const doc = pipeline(
    lines(
      'NASSAU, The Bahamas – Health officials from nine Caribbean countries completed a chemical and biological response workshop run by the Caribbean Public Health Agency (CARPHA) and U.S. Northern Command in Nassau on Friday.',
      'The workshop builds on CARPHA’s first regional course of this kind, held in Kingston, Jamaica, in 2024 with funding from the United States Agency for International Development (USAID).',
    ),
  )
  // The course of 2024 is no main event: only the funding phrase can make USAID one of its parties.
  const course = doc.events.find((e) => e.type === 'training' && e.start === '2024')
  expect(course?.participants.map((p) => p.id)).toContain('org:us-usaid')
})

test('"X, comandante de la Armada Paraguaya": the Spanish office and its complement are the title; what follows "del" is no person', () => {
  const doc = pipeline(lines('La ceremonia fue presidida por el vicealmirante Aníbal Rolón Cáceres, comandante de la Armada Paraguaya, y por el capitán Rubén D. Giménez Insfrán, comandante del Destacamento Naval de Bahía Negra, quienes recibieron las lanchas.'))
  expect(doc.people.find((p) => p.name === 'Aníbal Rolón Cáceres')?.title).toBe('comandante de la Armada Paraguaya')
  expect(doc.people.find((p) => p.name === 'Rubén D. Giménez Insfrán')?.title).toBe('comandante del Destacamento Naval de Bahía Negra')
  expect(doc.people.map((p) => p.name)).not.toContain('Destacamento Naval de Bahía Negra')
})

test('"the Marine Unit", "the Canine Unit": a two-word unit of the body the text is about is a name; "the Air Wing" alone still is not', () => {
  const doc = pipeline(lines('The Royal Montserrat Police Service said the new boat would allow the Marine Unit to patrol the channels to Antigua, and the Canine Unit will search the ferry terminal at Little Bay.'))
  expect(doc.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Marine Unit', 'Canine Unit']))
  expect(pipeline(lines('The RSS said the Air Wing flew two missions over the channel on Monday and returned to its base in Barbados.')).organizations.map((o) => o.name)).not.toContain('Air Wing')
})

test('"Coastline Builders Ltd.", "Ogle Airport Inc.": a company’s legal form heads its name', () => {
  const doc = pipeline(lines('The work started in February and was carried out by Coastline Builders Ltd. of Dangriga, and the airport operator Ogle Airport Inc. joined the exercise on Monday.'))
  expect(doc.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['Coastline Builders Ltd', 'Ogle Airport Inc']))
})
