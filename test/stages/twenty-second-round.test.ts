/**
 * Twenty-second round (issues 5 and 6, and the dates the new development cases needed). Sentences
 * and pages are written for the rules; none is copied from a fixture.
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
const dates = (doc: ReturnType<typeof pipeline>) => doc.dates.map((d) => ({ text: d.text, start: d.value.start, end: d.value.end }))

describe('dates, twenty-second round', () => {
  test('"the El Niño of 1997 and 1998": consecutive years after "of" are one span', () => {
    const doc = pipeline(lines('The El Niño of 1997 and 1998 flooded the coast, and the agencies that answered it then have planned this season\'s support together.'))
    expect(dates(doc)).toContainEqual({ text: '1997 and 1998', start: '1997', end: '1998' })
  })
  test('"the 2020 and 2021 editions" are two years, and so are years further apart', () => {
    const doc = pipeline(lines('The 2020 and 2021 editions of the exercise were cancelled, and the reports of 2016 and 2019 describe the earlier ones in full detail for planners.'))
    const texts = dates(doc).map((d) => d.text)
    expect(texts).toEqual(expect.arrayContaining(['2020', '2021', '2016', '2019']))
    expect(texts.some((t) => t.includes(' and '))).toBe(false)
  })
  test('"el miércoles 23 y el jueves 24 de septiembre": two Spanish weekdays with their days are one range', () => {
    const doc = pipeline(lines('La reunión del comité binacional se llevó a cabo el miércoles 23 y el jueves 24 de septiembre en la sede de la Gendarmería Nacional en la ciudad fronteriza.'))
    expect(dates(doc)).toContainEqual({ text: 'miércoles 23 y el jueves 24 de septiembre', start: '2026-09-23', end: '2026-09-24' })
  })
})

describe('dates and tense, twenty-second round', () => {
  test('"is to be trained in February": a future told with "is to be" takes the next February', () => {
    const doc = pipeline(lines('A second group of officers from the Nevis Division is to be trained in Charlestown in February, the course director said at the ceremony.'))
    expect(dates(doc)).toContainEqual({ text: 'February', start: '2027-02', end: null })
  })
})

describe('cleaning and metadata, twenty-second round', () => {
  const dump = (...rows: string[]) => run('page.txt', rows.join('\n'))
  const prose =
    'Forty officers of the police force and the defence force completed a two-week public order course delivered by the Regional Security System Training Unit at the camp outside the capital.'
  test('"Posted November 16, 2026 by SKNIS" stays a line of its own: the head gives the title and the date, and the body starts after it', () => {
    const doc = dump('Information Service', 'Home', 'News', 'Contact', 'OFFICERS COMPLETE PUBLIC ORDER COURSE AHEAD OF FESTIVE SEASON', 'Posted November 16, 2026 by SKNIS', '(SKNIS): ' + prose, '', 'The course ran for two weeks and ended with a ceremony attended by the minister.')
    expect(doc.meta.title).toBe('OFFICERS COMPLETE PUBLIC ORDER COURSE AHEAD OF FESTIVE SEASON')
    expect(doc.meta.published).toBe('2026-11-16')
    expect(doc.text?.startsWith('(SKNIS): Forty officers')).toBe(true)
  })
  test('"Writer: Jane Doe" under the date is a byline, and a caption ending "[Photo: DPI]" is chrome', () => {
    const doc = dump('Department of Public Information', 'Home', 'News', 'CDC and joint services test flood response in a simulation exercise', 'October 5, 2026', 'Writer: Anjali S. Persaud', 'Share:', 'Facebook', "Coast Guard ranks ferry 'evacuees' across the river during Saturday's exercise. [Photo: DPI]", prose)
    expect(doc.text?.startsWith('Forty officers')).toBe(true)
    expect(doc.text).not.toContain('Writer:')
    expect(doc.text).not.toContain('[Photo: DPI]')
  })
  test('"Font size: A- A+" and "[Page 2 of 2]" are no part of the article', () => {
    const doc = dump('Government Information Service', 'NEMO moves residents to higher ground in flood simulation', 'October 19, 2026', 'Font size: A- A+', prose, '[Page 2 of 2]', 'The simulation tested shelters, radios and the district committees, which will meet again next month to review it.')
    expect(doc.text).not.toContain('Font size')
    expect(doc.text).not.toContain('Page 2 of 2')
    expect(doc.text).toContain('The simulation tested shelters')
  })
  test('a page whose <title> is only the site its footer names: the heading over the article is the title, and the footer\'s owner the publisher', () => {
    const html = `<!DOCTYPE html><html><head><title>Cayman Islands Government</title><meta name="DC.date.issued" content="2026-10-27"></head><body>
<nav><ul><li><a href="#">Residents</a></li><li><a href="#">Business</a></li><li><a href="#">News</a></li></ul></nav>
<div class="content-wrapper"><div class="news-item"><span class="label">Ministerial Statement</span>
<h2>Statement by the Minister for Home Affairs on the Interception of a Vessel off East End</h2>
<div class="news-date">27 October 2026</div>
<div class="news-body"><p>${prose}</p><p>The Coast Guard cutter escorted the vessel to the port, where officers of the police took custody of the crew and the cargo for processing.</p></div>
<div class="share-links">Share this page: <a href="#">Facebook</a> | <a href="#">X</a></div></div>
<aside class="sidebar"><h4>Latest News</h4><ul><li><a href="#">Holiday hours at the customs office</a></li></ul></aside></div>
<footer><p>© 2026 Cayman Islands Government. All rights reserved.</p><p>Accessibility | Privacy Notice | Contact Us</p></footer></body></html>`
    const doc = run('statement.html', html)
    expect(doc.meta.title).toBe('Statement by the Minister for Home Affairs on the Interception of a Vessel off East End')
    expect(doc.meta.publisher).toBe('Cayman Islands Government')
    expect(doc.text?.startsWith('Forty officers')).toBe(true)
  })
})

describe('Spanish page furniture, twenty-second round', () => {
  test('a "bajada" under the headline is its standfirst, and an "epigrafe" is a photo caption: neither opens the article', () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>Reunión del comité de frontera | Ministerio</title></head><body>
<main><article class="noticia"><h1>Se realizó en Paso de los Libres la séptima reunión del comité de frontera</h1>
<p class="bajada">Fuerzas federales de ambos países acordaron nuevas medidas para el paso fronterizo.</p>
<p class="fecha">Publicado el viernes 25 de septiembre de 2026</p>
<img src="/foto.jpg" alt=""><p class="epigrafe">Delegaciones de ambos países durante la sesión plenaria.</p>
<div class="contenido"><p>La séptima reunión del comité binacional se llevó a cabo el miércoles 23 y el jueves 24 de septiembre en la sede del escuadrón de la Gendarmería Nacional.</p>
<p>Las delegaciones acordaron un patrullaje coordinado sobre el río y un protocolo para el intercambio de información entre las fuerzas de ambos países.</p></div>
</article></main></body></html>`
    const doc = run('noticia.html', html)
    expect(doc.text?.startsWith('La séptima reunión')).toBe(true)
    expect(doc.text).not.toContain('Delegaciones de ambos países')
  })
})

const orgNames = (doc: ReturnType<typeof pipeline>) => doc.organizations.map((o) => o.name)
const org = (doc: ReturnType<typeof pipeline>, id: string) => doc.organizations.find((o) => o.id === id)

describe('organizations, twenty-second round', () => {
  test('DICAPI, the General Directorate of Captaincies and Coast Guards, is its own body beside the Peruvian Coast Guard', () => {
    const doc = pipeline(lines("The cutter's crew met officials of the General Directorate of Captaincies and Coast Guards (DICAPI) and trained with officers of the Peruvian Coast Guard in Callao."))
    expect(org(doc, 'org:per-dicapi')?.mentions.map((m) => m.text)).toEqual(['General Directorate of Captaincies and Coast Guards', 'DICAPI'])
    expect(org(doc, 'org:per-coast-guard')?.mentions.map((m) => m.text)).toEqual(['Peruvian Coast Guard'])
  })
  test('"the Callao Port Captaincy" is an office, not a facility', () => {
    const doc = pipeline(lines('Officers of the Callao Port Captaincy and the harbour police joined the drills at the pier on Tuesday, the port captain told reporters.'))
    expect(orgNames(doc)).toContain('Callao Port Captaincy')
    expect(doc.places.map((p) => p.name)).not.toContain('Callao Port Captaincy')
  })
  test('"Kendall P. St. Rose of the Fire Service": a saint\'s name for a surname ends the person; no organization starts at it', () => {
    const doc = pipeline(lines('Fire Station Officer Kendall P. St. Rose of the Fire Service said the crews were ready, and the Saint Lucia Fire Service thanked the volunteers.'))
    expect(orgNames(doc).some((n) => n.startsWith('St. Rose'))).toBe(false)
    expect(doc.people.map((p) => p.name)).toContain('Kendall P. St. Rose')
  })
  test('Spanish names of known bodies ("Ministerio de Seguridad Nacional", "Policía Federal de Brasil", "Ejército Brasileño")', () => {
    const doc = pipeline(lines('Participaron el Ministerio de Seguridad Nacional, la Policía Federal de Brasil y oficiales del Ejército Brasileño en la reunión del comité binacional en la frontera.'))
    expect(doc.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['org:arg-security', 'org:bra-federal-police', 'org:brazilian-army']))
  })
  test('"Comité Binacional de Seguridad Fronteriza Chile–Bolivia": a pair joined by a dash that closes a name is part of it; one that opens the rest of a name starts it', () => {
    const doc = pipeline(lines('En Iquique se desarrolló la quinta reunión del Comité Binacional de Seguridad Fronteriza Chile–Bolivia, instancia que reúne a las policías y aduanas de ambos países.'))
    expect(orgNames(doc)).toContain('Comité Binacional de Seguridad Fronteriza Chile–Bolivia')
    const other = pipeline(lines('Paraguay and Bolivia held the IV Meeting of the Paraguay–Bolivia Joint Border Security Commission in Asunción on Tuesday with both delegations.'))
    expect(orgNames(other)).toContain('Paraguay–Bolivia Joint Border Security Commission')
  })
})

describe('places, twenty-second round', () => {
  const placeNames = (doc: ReturnType<typeof pipeline>) => doc.places.map((p) => p.name)
  test('"swept through Anse La Raye": "through" introduces a place', () => {
    const doc = pipeline(lines('In Saint Lucia, the flash floods of 2013 swept through Anse La Raye and other west coast communities, the director told residents at the shelter.'))
    expect(placeNames(doc)).toContain('Anse La Raye')
  })
  test('"Anse La Raye residents were moved …": a small town opening a sentence counts when the document names it as a place elsewhere', () => {
    const doc = pipeline(lines('Anse La Raye residents were moved to higher ground on Saturday.', 'The Saint Lucia exercise in Anse La Raye tested shelters, radios and the district disaster committees of the west coast.'))
    const town = doc.places.find((p) => p.name === 'Anse La Raye')
    expect(town?.mentions.map((m) => m.start)).toHaveLength(2)
  })
  test('"in Manabí and Los Ríos": Ecuador\'s Los Ríos province', () => {
    const doc = pipeline(lines('Heavy rains in 2023 damaged roads and bridges in Manabí and Los Ríos, and Ecuadorian agencies have used that experience to plan the current assistance.'))
    expect(doc.places.find((p) => p.name === 'Los Ríos')).toMatchObject({ kind: 'region', country: 'ECU' })
  })
})

describe('organizations, twenty-second round (heads)', () => {
  test('"the Peruvian Navy\'s Marine Infantry": "Infantry" heads a body\'s name', () => {
    const doc = pipeline(lines('U.S. Marine Corps Forces, South and the Peruvian Navy’s Marine Infantry completed a two-week riverine exchange in Iquitos on the Amazon River.'))
    expect(doc.organizations.map((o) => o.name)).toContain('Marine Infantry')
  })
})

describe('events, twenty-second round', () => {
  test('bodies the reporting sentence names without a role join as "mentioned" parties, which the event\'s id ignores', async () => {
    const { eventId } = await import('../../src/stages/events/ids.js')
    const doc = pipeline(lines('Belize’s side at the talks in Benque Viejo on Tuesday was led by Amb. Clarissa Usher, with officers of the BDF, the Belize Police Department and the Forest Department.'))
    const talks = doc.events.find((e) => e.type === 'meeting')
    expect(talks?.participants.find((p) => p.id === 'org:belize-police')?.roles).toEqual(['mentioned'])
    if (!talks) return
    const without = { ...talks, participants: talks.participants.filter((p) => !p.roles.includes('mentioned')) }
    expect(eventId(without)).toBe(eventId(talks))
  })
  test('"the United Nations’ recent authorization": a body\'s possessive names no party', () => {
    const doc = pipeline(lines('The Dialogue was held in Castries on November 16, and an additional session focused on the United Nations’ recent authorization of a support mission in Haiti.'))
    expect(doc.events.flatMap((e) => e.participants.map((p) => p.id))).not.toContain('org:un')
  })
})

describe('person titles, twenty-second round', () => {
  const titleOf = (doc: ReturnType<typeof pipeline>, name: string) => doc.people.find((p) => p.name === name)?.title
  test('"the station commander, Captain X", "the base commander, Col. Y": the post a lower-case noun names, set off by a comma', () => {
    const doc = pipeline(lines('The station commander, Captain Lucía Arce Solano, said 26 officers would be assigned, and the crews work under the base commander, Col. Martín Echeverría Sosa.'))
    expect(titleOf(doc, 'Lucía Arce Solano')).toBe('station commander')
    expect(titleOf(doc, 'Martín Echeverría Sosa')).toBe('base commander')
  })
  test('offices of the region: Executive Secretary, Commander-in-Chief, Island Administrator, Port Captain, Provost Marshal', () => {
    const doc = pipeline(
      lines(
        'Floods hit the south, said the Executive Secretary of CONRED, Sandra B. Orellana. The delegation called on the Commander-in-Chief of the Chilean Navy, Almirante Felipe I. Correa Bulnes.',
        'Island Administrator for Inagua, Carla J. Bethel-Moss, thanked the crews, as did Maj. Allison K. Ramcharan, Provost Marshal of the TTDF, and the island’s Port Captain, Lieutenant Commander Marco A. Ek Dzul.',
      ),
    )
    expect(titleOf(doc, 'Sandra B. Orellana')).toBe('Executive Secretary of CONRED')
    expect(titleOf(doc, 'Felipe I. Correa Bulnes')).toBe('Commander-in-Chief of the Chilean Navy')
    expect(titleOf(doc, 'Carla J. Bethel-Moss')).toBe('Island Administrator for Inagua')
    expect(titleOf(doc, 'Allison K. Ramcharan')).toBe('Provost Marshal of the TTDF')
    expect(titleOf(doc, 'Marco A. Ek Dzul')).toBe('Port Captain')
  })
})

describe('person titles and ranks, twenty-second round (honorifics, Spanish ranks)', () => {
  test('"Dr. the Hon. Celeste M. Pinder" after an office and a comma: the honorifics stack through "the", and the office is her title', () => {
    const doc = pipeline(lines('At the ceremony on Thursday, the Minister of Health and Wellness of The Bahamas, Dr. the Hon. Celeste M. Pinder, presented certificates to the graduates.'))
    expect(doc.people.find((p) => p.name === 'Celeste M. Pinder')?.title).toContain('Minister of Health and Wellness')
  })
  test('"comandante mayor", "prefecto principal": Spanish ranks, not the office of a mayor', () => {
    const doc = pipeline(lines('Participaron el jefe del Escuadrón 7, comandante mayor Hugo R. Benítez, y el jefe de la Prefectura de la ciudad, prefecto principal Lucas D. Ferreyra, en la reunión del comité.'))
    const hugo = doc.people.find((p) => p.name === 'Hugo R. Benítez')
    expect(hugo?.rank?.toLowerCase()).toBe('comandante mayor')
    expect(hugo?.title).toBe('jefe del Escuadrón 7')
    expect(doc.people.find((p) => p.name === 'Lucas D. Ferreyra')?.rank?.toLowerCase()).toBe('prefecto principal')
  })
})
