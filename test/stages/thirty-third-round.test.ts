/**
 * Thirty-third round (issues 6 and 3: events, entities, dates, cleaning). Sentences and pages are
 * written for the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const release = (title: string, ...body: string[]) => run('release.txt', lines([title, 'Press Release | December 8, 2026'], ...body))

describe('units named after their service, thirty-third round', () => {
  test('"the U.S. Army Medical Center of Excellence" is one organization, not "Medical Center of Excellence"', () => {
    const doc = release(
      'Ecuadorian medics visit Texas',
      'Four Ecuadorian Army instructors will spend two weeks in March at the U.S. Army Medical Center of Excellence in San Antonio, Texas.',
    )
    const names = doc.organizations.map((o) => o.name)
    expect(names).toContain('U.S. Army Medical Center of Excellence')
    expect(names).not.toContain('Medical Center of Excellence')
  })
  test('"the Canadian Forces Health Services Group" and "the Canadian Army Command and Staff College" keep their service', () => {
    const doc = release(
      'Casualty care course ends',
      'Instructors from the Canadian Forces Health Services Group taught the course, which follows a staff course run last year by the Canadian Army Command and Staff College.',
    )
    const names = doc.organizations.map((o) => o.name)
    expect(names).toContain('Canadian Forces Health Services Group')
    expect(names).toContain('Canadian Army Command and Staff College')
  })
})

describe('an office and its holder, thirty-third round', () => {
  test('"presented the boats to the Minister …, X, and to the Director of the Coast Guard, Commander Y": both are recipients', () => {
    const doc = release(
      'Patrol boats for the coast guard',
      'PUNTARENAS, Costa Rica – U.S. Ambassador Helen R. Marsh presented two patrol boats on Thursday to the Minister of Public Security, Arturo Campos Leiva, and to the Director of the National Coast Guard Service, Commander Rolando Fallas Mena.',
    )
    const handover = doc.events.find((e) => e.type === 'donation')
    const roles = Object.fromEntries((handover?.participants ?? []).filter((p) => p.kind === 'person').map((p) => [p.name, p.roles]))
    expect(roles['Rolando Fallas Mena']).toContain('recipient')
    expect(roles['Arturo Campos Leiva']).toContain('recipient')
  })
})

describe('where a gift is given, thirty-third round', () => {
  test('a donor the headline names is not where the handover happens ("DEM receives Japanese radios")', () => {
    const doc = release(
      'Emergency office receives Japanese radios',
      'The Ambassador of Japan, Kenji Morimoto, handed over forty handheld radios and two repeaters to the Department of Emergency Management yesterday.',
    )
    const handover = doc.events.find((e) => e.type === 'donation')
    expect(handover).toBeDefined()
    expect(handover?.location?.country ?? null).not.toBe('JPN')
  })
  test('"the Embassy of the Republic of China (Taiwan) handed over … at Police Headquarters in Old Montrose": the town is not in Taiwan', () => {
    const doc = release(
      'Police get drones',
      'The Royal St Vincent and the Grenadines Police Force received four drones after the Embassy of the Republic of China (Taiwan) handed them over at Police Headquarters in Old Montrose on Monday.',
    )
    const town = doc.places.find((p) => p.name === 'Old Montrose')
    expect(town?.country).toBe('VCT')
    expect(doc.events.find((e) => e.type === 'donation')?.location?.country).toBe('VCT')
  })
})

describe('editions of a border committee, thirty-third round', () => {
  const itapua = () =>
    release(
      'Tenth border committee meeting in Encarnación',
      'ENCARNACIÓN, Paraguay – Police and navy officers from Paraguay and Argentina met on Monday at the Itapúa Governor’s Office for the tenth meeting of the Posadas–Encarnación Border Committee, seven weeks after the ninth session in Posadas on October 19.',
      'The Vice Minister of Internal Security, Rosa Elena Duarte Vera, chaired the session.',
    )
  test('"the tenth meeting of the Posadas–Encarnación Border Committee, … after the ninth session in Posadas on October 19" is two editions', () => {
    const doc = itapua()
    const meetings = doc.events.filter((e) => e.type === 'meeting')
    const tenth = meetings.find((e) => e.series?.edition === '10')
    const ninth = meetings.find((e) => e.series?.edition === '9')
    expect(tenth?.start).toBe('2026-12-07')
    expect(ninth?.start).toBe('2026-10-19')
    expect(ninth?.series?.id).toBe(tenth?.series?.id)
  })
  test('the place after the earlier edition is that edition\'s; "the session" later is the report\'s own meeting', () => {
    const doc = itapua()
    const tenth = doc.events.find((e) => e.series?.edition === '10')
    const ninth = doc.events.find((e) => e.series?.edition === '9')
    expect(ninth?.location?.name).toBe('Posadas')
    expect(tenth?.location?.country).not.toBe('ARG')
    expect(tenth?.participants.some((p) => p.name === 'Rosa Elena Duarte Vera')).toBe(true)
    expect(ninth?.participants.some((p) => p.name === 'Rosa Elena Duarte Vera')).toBe(false)
  })
  test('"the delegations will meet again in Encarnación in January" is the next edition of the series', () => {
    const doc = release(
      'Ninth border committee meeting in Posadas',
      'POSADAS, Argentina – Security officials of Argentina and Paraguay held the ninth meeting of the Posadas–Encarnación Border Committee in Posadas on Thursday.',
      'The delegations will meet again in Encarnación in January to review the river patrols.',
    )
    const ninth = doc.events.find((e) => e.series?.edition === '9')
    const next = doc.events.find((e) => e.start === '2027-01')
    expect(ninth?.start).toBe('2026-12-03')
    expect(next?.series).toEqual({ ...ninth?.series, edition: '10' })
  })
})

describe('storms in quoted speech, thirty-third round', () => {
  test('"“When Hurricane Ivan tore across the island in September 2004, …”" is the storm, dated by the speaker', () => {
    const doc = release(
      'New relief warehouse for the north',
      'The National Emergency Management Agency opened a relief warehouse on Friday.',
      '“When Hurricane Ivan tore across the island in September 2004, food had to be shipped in for a month,” the agency’s director said.',
    )
    const storm = doc.events.find((e) => e.name === 'Hurricane Ivan')
    expect(storm?.start).toBe('2004-09')
  })
  test('a storm quoted with no year written out stays out, and so does the rest of a quote', () => {
    const doc = release(
      'New relief warehouse for the north',
      'The National Emergency Management Agency opened a relief warehouse on Friday.',
      '“After Hurricane Ivan we trained with the Coast Guard every March,” the agency’s director said.',
    )
    expect(doc.events.map((e) => e.type)).toEqual(['other'])
  })
})

describe('a release date beside the article, thirty-third round', () => {
  const page = (aside: string): string =>
    `<!doctype html><html><head><title>Defense chiefs meet in Montevideo</title></head><body>
<header><nav><a href="/">Home</a> <a href="/media">Media</a></nav></header>
<section id="article" class="sc-article">${aside}
<div class="sc-article-main"><h1>Defense chiefs meet in Montevideo</h1>
<div class="sc-photo"><img src="/img/group.jpg" alt=""><div class="sc-cutline">Delegation heads pose for a photo at the conference center, Dec. 1, 2026. (Photo by Sgt. Ana Ruiz)</div></div>
<div class="sc-article-body">
<p>MONTEVIDEO, Uruguay – Defense chiefs from eleven South American countries met in Montevideo from Dec. 1 to 3 for a regional conference on maritime security, co-hosted by the Uruguayan Ministry of National Defense.</p>
<p>The delegations discussed illegal fishing, search and rescue and the protection of undersea cables, and agreed to meet again next year in Brasília.</p>
</div></div></section>
<footer><p>Contact the public affairs office.</p></footer></body></html>`
  test('the date in the article\'s own side panel (<aside class="sc-article-side">) is the publication date', () => {
    const doc = run('page.html', page('<aside class="sc-article-side"><div class="pr-number">Press Release No. 26-120</div><div class="pr-date">Dec. 3, 2026</div><div class="pr-contact">Contact: Public Affairs<br>Tel: 305-555-0100</div></aside>'))
    expect(doc.meta.published).toBe('2026-12-03')
  })
  test('a sidebar aside still gives no date', () => {
    const doc = run('page.html', page('<aside class="sidebar-recent"><div class="post-date">Nov. 12, 2026</div></aside>'))
    expect(doc.meta.published).toBeNull()
  })
})

describe('a subject right before its verb, thirty-third round', () => {
  test('"add to the two patrol vessels the US handed over in July 2026": the United States gave them, in Guyana', () => {
    const doc = release(
      'Coast Guard gets three interceptors',
      'GEORGETOWN, Guyana – The Guyana Defence Force Coast Guard received three interceptor boats from the United States on Thursday at its Ruimveldt base.',
      'The new boats add to the two riverine patrol vessels the US handed over in July 2026, which are now stationed at Bartica.',
    )
    const earlier = doc.events.find((e) => e.type === 'donation' && e.start === '2026-07')
    expect(earlier?.participants.find((p) => p.kind === 'country' && p.id === 'USA')?.roles).toEqual(['donor'])
    expect(earlier?.location?.country).toBe('GUY')
  })
})

describe('a travel stop, thirty-third round', () => {
  const note = () =>
    run(
      'note.txt',
      lines(
        ['Assistant Secretary Travels to The Bahamas', 'MEDIA NOTE', 'Office of the Spokesperson', 'December 4, 2026'],
        'Assistant Secretary of State Laura M. Pennington will travel to The Bahamas from December 7 to 9.',
        'On December 9, the Assistant Secretary will travel to Matthew Town, Great Inagua, to visit the RBDF detachment and the U.S. helicopter crews who support Operation Bahamas, Turks and Caicos (OPBAT), the partnership that has helped stop drug flights for more than four decades.',
      ),
    )
  test('the habit of what a relative clause names ("… that has helped … for more than four decades") does not make the visit a habit', () => {
    const stop = note().events.find((e) => e.type === 'visit' && e.start === '2026-12-09')
    expect(stop).toBeDefined()
  })
  test('"U.S. helicopter crews" and the states an operation is named after place the stop in no other country', () => {
    const stop = note().events.find((e) => e.type === 'visit' && e.start === '2026-12-09')
    expect(stop?.location?.country).toBe('BHS')
    expect(stop?.participants.map((p) => p.id)).not.toContain('TCA')
  })
})

describe('the last stop of a trip, thirty-third round', () => {
  test('"will conclude her trip on December 11 at JIATF-South in Key West" is a visit there that day, apart from the trip', () => {
    const doc = run(
      'note.txt',
      lines(
        ['Assistant Secretary Travels to Jamaica and Florida', 'MEDIA NOTE', 'Office of the Spokesperson', 'December 4, 2026'],
        'Assistant Secretary of State Laura M. Pennington will travel to Jamaica and Florida from December 8 to 11.',
        'In Kingston on December 8 and 9, she will meet Jamaica’s Minister of National Security.',
        'Assistant Secretary Pennington will conclude her trip on December 11 at Joint Interagency Task Force South (JIATF-South) in Key West, where she will review detection and monitoring support to partner nations.',
      ),
    )
    const stop = doc.events.find((e) => e.type === 'visit' && e.start === '2026-12-11')
    expect(stop?.location?.country).toBe('USA')
    expect(doc.events.find((e) => e.type === 'visit' && e.start === '2026-12-08')?.end).toBe('2026-12-11')
  })
})

describe('an airlift and last week\'s floods, thirty-third round', () => {
  test('"cut off by last week\'s floods, completing a four-day airlift from December 14 to 17": the floods last week, the airlift December 14–17', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Helicopters carry relief to flooded towns', 'Press Release | December 18, 2026'],
        'PORT-AU-PRINCE, Haiti – U.S. military helicopters delivered 60 tons of food and water to communities in the Nippes department cut off by last week’s floods, completing a four-day airlift from December 14 to 17.',
      ),
    )
    const airlift = doc.events.find((e) => e.type === 'disaster_response')
    expect(airlift?.start).toBe('2026-12-14')
    expect(airlift?.end).toBe('2026-12-17')
    expect(doc.events.find((e) => e.type === 'other')?.start).toBe('2026-12-07')
  })
})

describe('printed and dumped pages, thirty-third round', () => {
  test('a footer printed beside "Page 1 of 2" goes with the page number, from the first sheet on', () => {
    const rule = '________________________________________________________________________________'
    const footer = 'Grenada Coast Guard – “Guardians of the Sea”                  Page 1 of 2'
    const doc = run(
      'release.txt',
      [
        'GRENADA COAST GUARD',
        'PRESS RELEASE',
        'December 18, 2026',
        '',
        'Coast Guard graduates eighteen boarding officers',
        '',
        'ST. GEORGE’S, Grenada – Eighteen officers of the Grenada Coast Guard graduated on Thursday from a three-week boarding course taught by instructors from the Regional Security System at',
        '',
        rule,
        footer,
        'GRENADA COAST GUARD',
        '',
        'the Coast Guard base at True Blue. The officers practised searches of fishing vessels and yachts.',
        '',
        rule,
        footer.replace('Page 1', 'Page 2'),
      ].join('\n'),
    )
    expect(doc.text).not.toContain('Guardians of the Sea')
    expect(doc.text).toContain('True Blue')
  })
  test('"Related: X | Y" with a figure written "1.2 tons" is a related-links line', () => {
    const doc = run(
      'page.txt',
      [
        'Navy receives interceptor boats',
        'January 8, 2027',
        '',
        'SANTO DOMINGO – The Dominican Navy received four interceptor boats from the United States on Wednesday at the Las Calderas naval base.',
        '',
        'The boats are expected to begin operational patrols in March.',
        '',
        'Related: Navy rescues 31 migrants off Cabo Rojo | Agents seize 1.2 tons of cocaine at Caucedo',
        '',
        'Tags: Navy, United States',
      ].join('\n'),
    )
    expect(doc.text).not.toContain('Related:')
    expect(doc.text.trimEnd().endsWith('operational patrols in March.')).toBe(true)
  })
})

describe('a Spanish commission meeting, thirty-third round', () => {
  test('"celebrada … en la Estación de Guardacostas de Golfito y copresidida por el ministro de Seguridad Pública, X": held there, X co-chairs', () => {
    const doc = run(
      'nota.txt',
      lines(
        ['Costa Rica y Panamá acuerdan patrullajes conjuntos', 'Comunicado | 26 de noviembre de 2026'],
        'Las delegaciones acordaron patrullajes conjuntos al cierre de la III Reunión de la Comisión Binacional de Seguridad Marítima, celebrada el 23 y 24 de noviembre en la Estación de Guardacostas de Golfito y copresidida por el ministro de Seguridad Pública, Rodrigo Alfaro Quesada.',
      ),
    )
    const meeting = doc.events.find((e) => e.type === 'meeting')
    expect(meeting?.start).toBe('2026-11-23')
    expect(meeting?.location?.name).toBe('Estación de Guardacostas de Golfito')
    expect(meeting?.participants.find((p) => p.name === 'Rodrigo Alfaro Quesada')?.roles).toEqual(['co_chair'])
  })
})

describe('Spanish relative days, thirty-third round', () => {
  const nota = (...body: string[]) => run('nota.txt', lines(['Concluye reunión del comité de frontera', 'Nota de prensa | 15 de enero de 2027'], ...body))
  test('"concluyó hoy", "ayer", "mañana" are days; "esta mañana" and "por la mañana" are a morning', () => {
    const doc = nota('La reunión concluyó hoy en Caballococha. La delegación llegó ayer y mañana visitará el puesto fluvial por la mañana, como se anunció esta mañana.')
    const days = doc.dates.filter((d) => d.rule === 'es-day-word').map((d) => [d.text, d.value.start])
    expect(days).toEqual([
      ['hoy', '2027-01-15'],
      ['ayer', '2027-01-14'],
      ['mañana', '2027-01-16'],
    ])
  })
  test('"concluyó hoy …", then "La cita, que se inició el jueves 14 de enero": the meeting ran from the 14th to the 15th', () => {
    const doc = nota(
      'Con la firma de un acta concluyó hoy en Caballococha la IV Reunión del Comité Local de Frontera, instancia binacional que reúne a autoridades del Perú y Colombia.',
      'La cita, que se inició el jueves 14 de enero, fue presidida por el contralmirante Gustavo Ríos Pezo.',
    )
    const meeting = doc.events.find((e) => e.type === 'meeting')
    expect(meeting?.start).toBe('2027-01-14')
    expect(meeting?.end).toBe('2027-01-15')
  })
})

describe('a weekday and two predicates, thirty-third round', () => {
  test('"which opened in Grenada on Monday and runs until December 4": Monday is the past one, governed by "opened"', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Regional exercise under way', 'Press Release | November 27, 2026'],
        'ST. GEORGE’S, Grenada – More than 600 personnel are taking part in the annual multinational exercise, which opened in Grenada on Monday and runs until December 4.',
      ),
    )
    expect(doc.dates.find((d) => d.text === 'Monday')?.value.start).toBe('2026-11-23')
  })
})

describe('a ship that called at a port, thirty-third round', () => {
  test('"HMS Medway last called at Basseterre in March 2025" is an earlier port visit there', () => {
    const doc = release(
      'Patrol ship visits St. Kitts',
      'BASSETERRE, St. Kitts – The British patrol ship HMS Medway arrived in Basseterre on Thursday for a four-day visit.',
      'HMS Medway last called at Basseterre in March 2025.',
    )
    const earlier = doc.events.find((e) => e.type === 'visit' && e.start === '2025-03')
    expect(earlier?.location?.country).toBe('KNA')
  })
  test('"called at a press conference" and "called at 10 a.m." are no port calls', () => {
    const doc = release('Minister speaks', 'The minister called at a press conference on Monday for more patrols, and the coast guard called at 10 a.m. on Tuesday for volunteers.')
    expect(doc.events.map((e) => e.type)).not.toContain('visit')
  })
})

describe('the opening of a facility, thirty-third round', () => {
  test('"since the opening of the El Ceibo border control post in June" is that opening, in June', () => {
    const doc = release(
      'Second security dialogue held',
      'GUATEMALA CITY – Delegations of Guatemala and the United States reviewed on Monday the results of joint border work since the opening of the El Ceibo border control post in June.',
    )
    expect(doc.events.find((e) => e.type === 'other')?.start).toBe('2026-06')
  })
})
