/**
 * Seventeenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const place = (doc: ReturnType<typeof pipeline>, name: string) => doc.places.find((p) => p.name === name)

describe('the country of a place no gazetteer holds', () => {
  test('a bay placed "on the north coast of" an island is in the island’s country', () => {
    const doc = pipeline(lines('Sailors from the visiting ship joined the local fire service on Tuesday in a rescue exercise at Smugglers Cove Bay, on the north coast of Tortola.'))
    expect(place(doc, 'Smugglers Cove Bay')?.country).toBe('VGB')
  })
  test('a base named after a town of a country the text names is in that country', () => {
    const doc = pipeline(lines('The Honduran Naval Force will receive a third boat in January at the Amapala Naval Base, officials of Honduras and the United States said.'))
    expect(place(doc, 'Amapala Naval Base')?.country).toBe('HND')
  })
  test('a town of two countries in a base’s name: the one the text names apart from it', () => {
    const doc = pipeline(
      lines(
        'Marines from the United States and Brazil trained at the Formosa Training Field in September.',
        'The field lies outside Formosa, Goiás, a short drive from Brasília. Argentina sent observers.',
      ),
    )
    expect(place(doc, 'Formosa Training Field')?.country).toBe('BRA')
  })
  test('a station with nothing to place it keeps no country', () => {
    const doc = pipeline(lines('The United States handed over two boats to the coast guard of Grenada on Monday at the Coast Guard Base.'))
    expect(doc.places.find((p) => p.name === 'Coast Guard Base')?.country ?? null).toBeNull()
  })
})

test('a ship named after a bay is no bay ("RFA Mounts Bay")', () => {
  const doc = pipeline(lines('The Royal Fleet Auxiliary ship RFA Mounts Bay arrived in Road Town on Monday for a five-day visit.'))
  expect(doc.places.some((p) => p.name.includes('Mounts Bay'))).toBe(false)
})

test('Acapulco, the short name of Acapulco de Juárez, is the Mexican city', () => {
  const doc = pipeline(lines('Participants shared lessons from Hurricane Otis, which struck the port of Acapulco, Guerrero, in Mexico on October 25, 2023.'))
  expect(place(doc, 'Acapulco de Juárez')?.country).toBe('MEX')
})

describe('"…, after <subject> <verb>ed …" is a clause of its own', () => {
  test('the handover takes its own day, not the day of what follows from it', () => {
    const doc = pipeline(
      lines('Two patrol boats will begin operating from the Morant Point station next week, after the United States handed them to the Jamaica Defence Force Coast Guard on Wednesday.'),
    )
    const handover = doc.events.find((e) => e.type === 'donation')
    expect(handover?.start).toBe('2026-11-11')
  })
  test('"two days after it arrived" is a time, not a second clause', () => {
    const doc = pipeline(lines('The surveillance aircraft flew its first patrol over the Caicos Bank on Wednesday, two days after it arrived at the airport in Providenciales.'))
    expect(doc.events.filter((e) => e.start === '2026-11-11').length).toBeGreaterThan(0)
  })
})

describe('a letterhead over a press release dump', () => {
  const dump = (state: string) =>
    [
      'Page 1 of 1',
      'NATIONAL OFFICE OF DISASTER SERVICES',
      state,
      'P.O. Box 1442, Factory Road, St. John’s | Tel: (268) 555-0100 | Email: info@nods.example',
      '',
      'FOR IMMEDIATE RELEASE',
      '10 November 2026',
      '',
      'SHELTER MANAGERS COMPLETE FIRST AID COURSE IN BARBUDA',
      '',
      'CODRINGTON, Barbuda - Twenty shelter managers completed a five-day first aid course in Codrington on Friday, the National Office of Disaster Services said.',
      '',
      'The course was taught by volunteers of the Red Cross.',
    ].join('\n')
  test('the state’s name over an address line is no headline: the title and the date are the release’s', () => {
    const doc = pipeline(dump('Government of Antigua and Barbuda'))
    expect(doc.meta.title).toBe('SHELTER MANAGERS COMPLETE FIRST AID COURSE IN BARBUDA')
    expect(doc.meta.published).toBe('2026-11-10')
  })
  test('a headline that opens with a state’s name, with no address under it, stays the headline', () => {
    const doc = pipeline(
      [
        'Department of Public Information',
        'News',
        'Government of Guyana Receives Two Patrol Boats From Canada',
        'November 10, 2026',
        'GEORGETOWN, Guyana - The Guyana Defence Force Coast Guard received two patrol boats from Canada on Monday at a ceremony at Ruimveldt.',
        'The boats will patrol the Essequibo River.',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('Government of Guyana Receives Two Patrol Boats From Canada')
  })
})

describe('events in a Spanish-language release', () => {
  const doc = pipeline(
    lines(
      'SANTO DOMINGO.– La Armada de República Dominicana y la Guardia Costera de los Estados Unidos realizaron un ejercicio combinado de búsqueda y rescate el martes 10 de noviembre frente a Puerto Plata.',
      'El lunes 9 de noviembre, el comandante general de la Armada recibió dos lanchas interceptoras donadas por el Gobierno de los Estados Unidos en la Base Naval de Las Calderas.',
      'La próxima reunión de los estados mayores se celebrará en marzo de 2027 en Santo Domingo.',
    ),
  )
  test('an exercise, a donation and a scheduled meeting, each with its date', () => {
    const got = doc.events.map((e) => `${e.type} ${e.status} ${e.start}`)
    expect(got).toContain('exercise occurred 2026-11-10')
    expect(got).toContain('meeting scheduled 2027-03')
    expect(doc.events.some((e) => e.type === 'donation')).toBe(true)
  })
  test('"donadas por el Gobierno de los Estados Unidos": the United States is the donor', () => {
    const donation = doc.events.find((e) => e.type === 'donation')
    expect(donation?.participants.find((p) => p.id === 'USA')?.roles).toContain('donor')
  })
})

test('a Spanish "Publicado: … por …" line over the story is head, not body', () => {
  const page = `<html lang="es"><head><title>Patrullaje combinado en el río – Armada</title><meta property="og:title" content="Patrullaje combinado en el río"></head><body><div id="content"><div class="breadcrumbs">Inicio &raquo; Noticias &raquo; Patrullaje combinado en el río</div><main><article class="post"><header class="entry-header"><h2 class="entry-title">Patrullaje combinado en el río</h2><div class="entry-meta"><span class="posted-on">Publicado: 02/10/2026</span> <span class="byline">por Departamento de Relaciones Públicas</span> <span class="cat-links">Noticias</span></div></header><div class="entry-content"><p>Efectivos de la Armada realizaron del 28 al 30 de septiembre un patrullaje combinado en el río, entre dos ciudades ribereñas, con el apoyo de la prefectura vecina.</p><p>La próxima patrulla se realizará en noviembre.</p></div></article></main></div></body></html>`
  const paragraphs = cleanHtmlDocument(page, null).paragraphs
  expect(paragraphs[0]?.startsWith('Efectivos de la Armada')).toBe(true)
  expect(paragraphs.join('\n')).not.toContain('Publicado')
})

test('"held the ceremony … at its headquarters in Manaus": the town is the venue’s', () => {
  const doc = pipeline(lines('The Jungle Warfare Training Center held the graduation ceremony of its international course on Thursday, at its headquarters in Manaus, awarding insignia to 54 officers.'))
  const ceremony = doc.events.find((e) => e.type === 'other' && e.start === '2026-11-12')
  expect(ceremony?.location?.country).toBe('BRA')
})

describe('"ended a four-day visit … on Thursday": the day closes a stretch of the stated length', () => {
  test('a four-day port visit that ended on Thursday began on Monday', () => {
    const doc = pipeline(lines('BRIDGETOWN, Barbados – The Dutch patrol ship Zr.Ms. Holland ended a four-day port visit to Bridgetown on Thursday, during which its crew trained with the Barbados Coast Guard.'))
    const visit = doc.events.find((e) => e.type === 'visit')
    expect([visit?.start, visit?.end]).toEqual(['2026-11-09', '2026-11-12'])
  })
  test('a two-week course completed on a Friday began on the Monday of the week before', () => {
    const doc = pipeline(lines('Eighteen officers of the Grenada Coast Guard completed a two-week outboard engine maintenance course at True Blue on Friday, November 6.'))
    const course = doc.events.find((e) => e.type === 'training')
    expect([course?.start, course?.end]).toEqual(['2026-10-26', '2026-11-06'])
  })
})

describe('the states of a bilateral meeting hold its other editions and its joint patrols', () => {
  const doc = pipeline(
    lines(
      'KINGSTOWN – Saint Vincent and the Grenadines and Grenada held the third meeting of their Joint Border Security Committee in Kingstown on Tuesday.',
      'The second meeting was held in St. George’s in May.',
      'The two sides agreed that their coast guards will conduct coordinated patrols of the Grenadines in December.',
      'The fourth meeting will be held in St. George’s in March next year.',
      'The committee was set up under a memorandum of understanding signed in January 2025.',
    ),
  )
  const parties = (start: string) => doc.events.find((e) => e.start === start)?.participants.map((p) => p.id).sort()
  test('the second and fourth meetings, the coordinated patrols and the memorandum name both states, cited where the main meeting names them', () => {
    expect(parties('2026-05')).toEqual(['GRD', 'VCT'])
    expect(parties('2027-03')).toEqual(['GRD', 'VCT'])
    expect(parties('2026-12')).toEqual(['GRD', 'VCT'])
    expect(doc.events.find((e) => e.type === 'agreement')?.participants.map((p) => p.id).sort()).toEqual(['GRD', 'VCT'])
    const second = doc.events.find((e) => e.start === '2026-05')!
    for (const x of second.attestations[0]!.evidence.filter((x) => x.field?.startsWith('participant:'))) {
      expect(x.rule).toBe('role:series-parties')
      expect(doc.text.slice(x.start, x.end)).toBe(x.text)
    }
  })
})

describe('who talks about what', () => {
  const doc = pipeline(
    lines(
      'Assistant Secretary Jane R. Holloway met Dominican Minister of Defense Carlos M. Reyes-Almonte in Santo Domingo on Tuesday.',
      'The two leaders discussed security along the border with Haiti and cooperation with Colombia.',
      'Both leaders looked forward to Exercise Tradewinds 2027, which the Dominican Republic will host in May 2027.',
    ),
  )
  test('a state after "with" in what is discussed is no party to the talks', () => {
    const ids = doc.events.flatMap((e) => e.participants.map((p) => p.id))
    expect(ids).not.toContain('HTI')
    expect(ids).not.toContain('COL')
  })
  test('"Both leaders looked forward to" an exercise: the leaders take no part in it', () => {
    const exercise = doc.events.find((e) => e.type === 'exercise')
    expect(exercise?.participants.some((p) => p.kind === 'person') ?? false).toBe(false)
  })
})

test('officers who "received their boarding certificates" graduated; nothing was donated', () => {
  const doc = pipeline(lines('PARAMARIBO – Twenty officers of the Coast Guard of Suriname received their boarding certificates on Thursday at a ceremony at Leonsberg.'))
  expect(doc.events.some((e) => e.type === 'donation')).toBe(false)
})

test('"off Iztapa", "above Portsmouth": a small town after off, above or beyond is a place', () => {
  const doc = pipeline(
    lines(
      'Guatemalan Navy crews ended the course with a boarding exercise off Iztapa, on the Pacific coast of Guatemala.',
      'Dominica Police Force officers practised at the ranges above Portsmouth, in northern Dominica.',
    ),
  )
  expect(place(doc, 'Iztapa')?.country).toBe('GTM')
  expect(place(doc, 'Portsmouth')?.country).toBe('DMA')
})

test('a name that lists its parts before its acronym ("Division of Ports, Airports and Border Posts (DIPAFRONT)") is one organization', () => {
  const doc = pipeline(lines('The course was attended by officers of the Department of Integration, Management and Admission of Foreigners (DIMAS) of Aruba and of the Division of Ports, Airports and Border Posts (DIPAFRONT).'))
  const names = doc.organizations.map((o) => o.name)
  expect(names).toContain('Department of Integration, Management and Admission of Foreigners')
  expect(names).toContain('Division of Ports, Airports and Border Posts')
  expect(doc.organizations.find((o) => o.name.startsWith('Division of Ports'))?.acronym).toBe('DIPAFRONT')
})

test('a newspaper dump: masthead, site date, bar menu, search box and an [AD] line above a long headline', () => {
  const doc = pipeline(
    [
      'ISLAND EVENING POST',
      'The independent voice of the Grenadines',
      'Tuesday, November 10, 2026',
      'Home | Local News | Politics | Sports | Business | Regional | Letters',
      'Search...',
      '[AD] Harbour Hardware: hurricane shutters now in stock at all branches',
      'Local News',
      'Coast Guard and disaster office move 200 residents by sea in Union Island evacuation drill',
      'Posted on November 10, 2026 by Post Newsroom',
      'About 200 residents of Ashton and Clifton took part on Saturday in a sea evacuation exercise, as the disaster office tested its plan to move people off Union Island ahead of a major storm.',
      'The exercise was the first of its kind on the island.',
    ].join('\n'),
  )
  expect(doc.meta.title).toBe('Coast Guard and disaster office move 200 residents by sea in Union Island evacuation drill')
  expect(doc.text.startsWith('About 200 residents')).toBe(true)
  expect(doc.text).not.toContain('[AD]')
})

test('the line between two ADVERTISEMENT markers is the ad, not the headline', () => {
  const doc = pipeline(
    [
      'Isthmus Herald | News from Panama',
      'Saturday, November 7, 2026',
      'Subscribe | Log in',
      'Home',
      'Nation',
      'Canal',
      'Business',
      'Sports',
      'Opinion',
      'ADVERTISEMENT',
      'Fresh fish delivered daily in Colón - order at pescadoscolon.pa',
      'ADVERTISEMENT',
      'Home > Nation > Security',
      'Border police open new river post on the Sixaola, ending long patrols from Changuinola',
      'By Ana M. Ruiz | Bocas del Toro correspondent',
      'November 7, 2026 - 6:45 am',
      'Share: Facebook | X | WhatsApp | Telegram',
      'GUABITO, Bocas del Toro — The National Border Service opened a river post on the Sixaola on Thursday, giving its boat crews a permanent base on the border with Costa Rica.',
      'The post will be staffed by twelve officers.',
    ].join('\n'),
  )
  expect(doc.meta.title).toBe('Border police open new river post on the Sixaola, ending long patrols from Changuinola')
  expect(doc.text).not.toContain('Fresh fish')
})

test('"Isla Mujeres, Quintana Roo. The …" is a dateline; the standfirst and the "| 17 de junio de 2026" row above it are head', () => {
  const page = `<html lang="es"><head><title>Navy hosts planning conference | Secretaría de Marina | gob.mx</title><meta property="og:title" content="Navy hosts planning conference"></head><body><main><div class="article-header"><h1>Navy hosts planning conference</h1><p class="lead">Marinas de la región revisan la respuesta ante huracanes / Regional navies review hurricane response</p><dl><dt>Secretaría de Marina</dt><dd>| 17 de junio de 2026</dd><dd>| Comunicado</dd></dl></div><div class="article-body"><p>Isla Mujeres, Quintana Roo. The Secretariat of the Navy hosted on June 15 and 16 a regional planning conference attended by officers from nine countries.</p><p>The next conference will be held in June 2027.</p></div></main></body></html>`
  const res = cleanHtmlDocument(page, null)
  expect(res.paragraphs[0]?.startsWith('Isla Mujeres, Quintana Roo. The Secretariat')).toBe(true)
  expect(res.meta.published).toBe('2026-06-17')
  expect(res.meta.dateline).toBe('Isla Mujeres, Quintana Roo')
})

test('a row "By … | date | Topics: … | Tags: …" under the story is no part of it', () => {
  const page = `<html><head><title>Customs officers trained | U.S. Consulate</title></head><body><div class="main-wrap"><article><h1>CBP Trains Mexican Customs Officers at Nogales Crossings</h1><div class="post-byline">U.S. Consulate General Nogales | 14 August, 2026 | Topics: <a href="#">News</a></div><div class="entry"><p>Twenty customs officers completed a five-day course in the detection of synthetic drugs this week, taught by U.S. instructors at the border crossing.</p><p>Officers came from three customs offices that cover the crossings into Arizona, and will train their colleagues next month.</p><p>A second course is planned for October.</p></div><div class="share"><span>Share</span> <a href="#">Facebook</a> <a href="#">Email</a></div><div class="bottom-note">By U.S. Consulate General Nogales | 14 August, 2026 | Topics: News, Press Releases | Tags: <a href="#">customs</a>, <a href="#">training</a></div></article><aside class="sidebar"><h3>Latest News</h3><ul><li><a href="#">Visa hours extended</a></li></ul></aside></div></body></html>`
  const res = cleanHtmlDocument(page, null)
  expect(res.paragraphs.at(-1)).toBe('A second course is planned for October.')
})

test('Spanish offices after a name ("directora de la Sección …"), and no title made of a clause ("quien entregó los equipos al ministro")', () => {
  const doc = pipeline(lines('Participó también Karen Oduya, directora de la Sección de Asuntos Antinarcóticos de la embajada, y Thomas R. Whitcombe, quien entregó los equipos al ministro.'))
  const title = (name: string) => doc.people.find((p) => p.name === name)?.title ?? null
  expect(title('Karen Oduya')).toBe('directora de la Sección de Asuntos Antinarcóticos')
  expect(title('Thomas R. Whitcombe')).toBeNull()
})

test('"have been flying food, water and medicine" to flooded communities is a relief operation', () => {
  const doc = pipeline(lines('Two helicopters from Joint Task Force-Bravo have been flying food, water and medicine since Tuesday to communities in Honduras cut off by the floods.'))
  expect(doc.events.some((e) => e.type === 'disaster_response')).toBe(true)
})

test('trigger matching stays on the word-start index with Spanish forms ("señaló" has a key)', async () => {
  const { triggersIndexed } = await import('../../src/stages/events/triggers.js')
  const { triggerAlternatives } = await import('../../src/stages/events/lexicon.js')
  expect(triggerAlternatives.some((a) => a.form === 'señaló')).toBe(true)
  expect(triggersIndexed).toBe(true)
})

test('"Also at the table were X, Y and Z": each of them attended', () => {
  const doc = pipeline(lines('BRIDGETOWN, Barbados – The Regional Security System hosted a meeting of coast guard commanders at Paragon on Monday.', 'Also at the table were the Barbados Coast Guard, the Royal Saint Lucia Police Force and the Grenada Coast Guard.'))
  const meeting = doc.events.find((e) => e.type === 'meeting')
  for (const name of ['Barbados Coast Guard', 'Royal Saint Lucia Police Force', 'Grenada Coast Guard']) expect(meeting?.participants.find((p) => p.name === name)?.roles).toContain('attendee')
})
