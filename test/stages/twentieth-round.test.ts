/**
 * Twentieth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
 * copied from a fixture.
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
const placeNames = (doc: ReturnType<typeof pipeline>) => doc.places.map((p) => p.name)
const place = (doc: ReturnType<typeof pipeline>, name: string) => doc.places.find((p) => p.name === name)

describe('places, twentieth round', () => {
  test('"the department of Rocha": a small town after an administrative noun and "of" names the division of that name', () => {
    const doc = pipeline(lines('The Uruguayan Navy will hold a rescue drill off La Coronilla, in the department of Rocha, in March. The course itself took place in Toledo, department of Canelones.'))
    expect(place(doc, 'Rocha')).toMatchObject({ kind: 'region', country: 'URY' })
    expect(place(doc, 'Canelones')).toMatchObject({ kind: 'region', country: 'URY' })
  })
  test('"the Vila Militar district of Rio de Janeiro" is a district inside the city: the city stays a city', () => {
    const doc = pipeline(lines('The Brazilian Army hosted the course at its training centre in the Vila Militar district of Rio de Janeiro.'))
    expect(place(doc, 'Rio de Janeiro')?.kind).toBe('city')
  })
  test('nouns whose "of" or "de" names a place: "the ports of Moín and Caldera", "la costa de Pedernales"', () => {
    const doc = pipeline(lines('Costa Rica customs officers inspected containers at the ports of Moín and Caldera on Tuesday.'))
    expect(placeNames(doc)).toEqual(expect.arrayContaining(['Moín', 'Caldera']))
    const es = pipeline(lines('La Armada de la República Dominicana patrulló frente a la costa de Pedernales en abril.'))
    expect(placeNames(es)).toContain('Pedernales')
  })
  test('"set for X": the next meeting\'s venue is a place', () => {
    const doc = pipeline(lines('The navies of Uruguay and Argentina closed their ninth meeting on Friday. The tenth meeting is set for Colonia del Sacramento in May 2027.'))
    expect(placeNames(doc)).toContain('Colonia del Sacramento')
  })
  test('a list of names after a cue, ended by "in" and a known place, is a list of that place\'s villages', () => {
    const doc = pipeline(lines('Participants came from villages in Grenada that the floods cut off last year, among them Mt Rich, River Sallee and Waltham in St Patrick, and Tivoli, Pearls, Grand Bras and Soubise in St Andrew.'))
    for (const name of ['Mt Rich', 'River Sallee', 'Waltham', 'Tivoli', 'Pearls', 'Grand Bras', 'Soubise']) expect(place(doc, name)).toMatchObject({ kind: 'city', country: 'GRD' })
  })
  test('a list whose names are mostly common words or their plurals is no list of villages ("among them Fishermen, Farmers and Teachers in St George\'s")', () => {
    const doc = pipeline(lines("Volunteers came from several groups in Grenada, among them Fishermen, Farmers and Teachers in St George's, for two weeks of training."))
    expect(placeNames(doc)).not.toContain('Farmers')
    expect(placeNames(doc)).not.toContain('Teachers')
  })
  test('"residents of Arau, Kaikan and …": residents of a place name it', () => {
    const doc = pipeline(lines('The Toshao asked the Guyana Defence Force to place a nurse at the outpost, saying residents of Arau, Kaikan and the upper river still travel two days to reach a hospital.'))
    expect(placeNames(doc)).toEqual(expect.arrayContaining(['Arau', 'Kaikan']))
  })
  test('"four Dominican officers" in a story about Dominica: a place after the adjective is not in the Dominican Republic', () => {
    const doc = pipeline(lines('The coast guards of Antigua and Barbuda and Dominica met in Roseau, Dominica. The talks agreed that four Dominican officers will train at Pointe Mulatre from September 21.'))
    expect(place(doc, 'Pointe Mulatre')?.country).toBe('DMA')
  })
  test('"Fort Benning, Georgia" and "Florida and Georgia" name the U.S. state; the Spanish "Reunión" of a meeting\'s name is no Réunion', () => {
    const doc = pipeline(lines('Officers of the Royal St. Christopher and Nevis Police Force trained at Fort Benning, Georgia, and traced guns bought in Florida and Georgia. La Tercera Reunión de la Comisión Binacional se celebró en Jutiapa, Guatemala.'))
    expect(doc.places.filter((p) => p.name === 'Georgia').map((p) => p.kind)).toEqual(['region'])
    expect(doc.places.some((p) => p.id === 'REU')).toBe(false)
  })
  test('an office\'s "of" opens no list: "The Mayor of Golfito, Lidia Chaves Barrantes," names one place and one person', () => {
    const doc = pipeline(lines('Costa Rica received two boats in Golfito on Monday. The Mayor of Golfito, Lidia Chaves Barrantes, also attended the ceremony.'))
    expect(placeNames(doc)).not.toContain('Lidia Chaves Barrantes')
  })
})

describe('people, twentieth round', () => {
  test('a romanized given name keeps its second syllable ("Lin Cheng-hao"); "-led" and "-era" stay outside names', () => {
    const doc = pipeline(lines("The boats were presented by Taiwan's Ambassador to Belize, Lin Cheng-hao, to the minister. He recalled rules from the time of Inspector Mary Jones-era reforms and praised Sergeant John Smith-led patrols."))
    const names = doc.people.map((p) => p.name)
    expect(names).toContain('Lin Cheng-hao')
    expect(names).toContain('Mary Jones')
    expect(names).toContain('John Smith')
  })
  test('"Rodrigo E. Salcedo Ibarra": a town\'s name as the second surname after a first name, an initial and a surname', () => {
    const doc = pipeline(lines('The Deputy Director of the Mexican Agency for International Development Cooperation, Rodrigo E. Salcedo Ibarra, signed the programme in St. George\'s.'))
    expect(doc.people.map((p) => p.name)).toContain('Rodrigo E. Salcedo Ibarra')
    expect(placeNames(doc)).not.toContain('Ibarra')
  })
})

describe('titles, twentieth round', () => {
  test('roles that exchanges and courses name are offices ("a flight nurse with the 59th Medical Wing", "the lead facilitator"); a surname ending in "-Nurse" is still a name', () => {
    const doc = pipeline(lines('"They fly into the hardest places," said U.S. Air Force Maj. Elena V. Pruitt, a flight nurse with the 59th Medical Wing, in Costa Rica. Andrew F. Sealy, the lead facilitator, closed the course, and Brigadier Hollis A. Greaves-Nurse thanked the team.'))
    const title = (name: string) => doc.people.find((p) => p.name === name)?.title
    expect(title('Elena V. Pruitt')).toBe('flight nurse')
    expect(title('Andrew F. Sealy')).toBe('lead facilitator')
    expect(doc.people.map((p) => p.name)).toContain('Hollis A. Greaves-Nurse')
  })
  test('a one-word office before a name gives way to the office its apposition names; an office before the next name stays that person\'s', () => {
    const doc = pipeline(lines('Ambassador Clarissa M. Usher, Director General for Foreign Affairs of Belize, led the delegation in Belmopan. Security Minister Rogelio M. Castrellón, U.S. Ambassador Kevin D. Marsh and Commissioner Ana Ruiz attended. Provincial governor Yolanda Mercedes Tavárez, the airport administrator of Aeropuertos Dominicanos Siglo XXI (Aerodom), Julio César Almonte, and others came.'))
    const title = (name: string) => doc.people.find((p) => p.name === name)?.title
    expect(title('Clarissa M. Usher')).toBe('Director General for Foreign Affairs of Belize')
    expect(title('Rogelio M. Castrellón')).not.toContain('Ambassador')
    expect(title('Yolanda Mercedes Tavárez') ?? '').not.toContain('airport administrator')
  })
  test('a Spanish article opens an office before a name as "the" does: "el intendente de Pedro Juan Caballero, Rodolfo Achucarro"', () => {
    const doc = pipeline(lines('Asistieron el intendente de Pedro Juan Caballero, Rodolfo Achucarro, y la gobernadora del Amambay, Liliana Ferreira Ocampo, a la entrega de los equipos en Paraguay.'))
    const title = (name: string) => doc.people.find((p) => p.name === name)?.title
    expect(title('Rodolfo Achucarro')).toBe('intendente de Pedro Juan Caballero')
    expect(title('Liliana Ferreira Ocampo')).toBe('gobernadora del Amambay')
  })
})

describe('text-dump headlines, twentieth round', () => {
  test('a printed release\'s page furniture goes: "Page 2 of 2" and the letterhead printed again under it; the head keeps its first printing', () => {
    const doc = run('embassy.txt', ['U.S. Embassy in Uruguay', 'Page 1 of 2', '[seal] EMBASSY OF THE UNITED STATES OF AMERICA', 'PRESS RELEASE', 'September 18, 2026', 'United States Donates Flood Response Boats to SINAE', 'MONTEVIDEO – The United States on Wednesday donated six flood response boats to the National Emergency System in a ceremony in Durazno, officials said.', '', 'Page 2 of 2', '[seal] EMBASSY OF THE UNITED STATES OF AMERICA', 'The boats will serve three departments that are often hit by river floods, the embassy said.', '', '###'].join('\n'))
    expect(doc.text).not.toContain('Page 2 of 2')
    expect(doc.text).not.toContain('[seal]')
    expect(doc.text).toContain('The boats will serve three departments')
  })
  const dump = (...head: string[]) => [...head, 'The United States on Wednesday donated six flood response boats to the National Emergency System in a ceremony in Durazno, officials said.', '', 'The boats will serve three departments that are often hit by river floods.', '', '###'].join('\n')
  test('a letterhead\'s address line is no headline ("Lauro Muller 1776, 11200 Montevideo")', () => {
    const doc = run('embassy.txt', dump('U.S. Embassy in Uruguay', 'EMBASSY OF THE UNITED STATES OF AMERICA', 'Public Affairs Section', 'Lauro Muller 1776, 11200 Montevideo', 'PRESS RELEASE', 'For Immediate Release', 'September 18, 2026', 'United States Donates Flood Response Boats to SINAE for Durazno'))
    expect(doc.meta.title).toBe('United States Donates Flood Response Boats to SINAE for Durazno')
  })
  test('"Updated …" and an author\'s name under the headline are no headline', () => {
    const doc = run('herald.txt', dump('PARAGUAY HERALD', 'Home', 'Politics', 'Security', 'Taiwan hands Paraguay six fire trucks bound for the Chaco', 'Ricardo Giménez Báez', 'Published 7 November 2026, 08:15', 'Updated 7 November 2026, 11:40', 'Facebook Twitter WhatsApp'))
    expect(doc.meta.title).toBe('Taiwan hands Paraguay six fire trucks bound for the Chaco')
  })
})

describe('organizations, twentieth round', () => {
  const orgNames = (doc: ReturnType<typeof pipeline>) => doc.organizations.map((o) => o.name)
  test('a mixed-case acronym is defined like any other: "the National Disaster Management Agency (NaDMA)" is the gazetteer\'s NaDMA', () => {
    const doc = pipeline(lines('The training in Grenada was organised by the National Disaster Management Agency (NaDMA) with the Caribbean Disaster Emergency Management Agency (CDEMA). NaDMA said more courses would follow.'))
    const nadma = doc.organizations.filter((o) => o.mentions.some((m) => m.text === 'National Disaster Management Agency' || m.text === 'NaDMA'))
    expect(nadma.map((o) => o.id)).toEqual(['org:grd-nadma'])
  })
  test('"the Police Training School": a force\'s school named by what it is is a facility, not a body', () => {
    const doc = pipeline(lines('Officers of the Royal Grenada Police Force trained at the Police Training School in St. George\'s, Grenada, last week.'))
    expect(place(doc, 'Police Training School')?.kind).toBe('facility')
    expect(doc.organizations.map((o) => o.name)).not.toContain('Police Training School')
  })
  test('a force\'s own departments and offices are named ("the Traffic Department", "the Press Office"); a unit keeps its number ("Police Division 1", "Regional Police Division Seven")', () => {
    const doc = pipeline(lines('Officers of the Traffic Department and the Fire Department met in Bartica, Guyana, with the Press Office. The Divisional Commander of Police Division 1, Senior Superintendent Khalil Mohamed-Persaud, and the commander of Regional Police Division Seven also attended.'))
    expect(orgNames(doc)).toEqual(expect.arrayContaining(['Traffic Department', 'Fire Department', 'Press Office', 'Police Division 1', 'Regional Police Division Seven']))
    expect(orgNames(doc).some((n) => n.startsWith('Divisional Commander'))).toBe(false)
  })
  test('"the Office of the Director of Public Prosecutions": an office after "of the" names the body; the name ends with the office', () => {
    const doc = pipeline(lines('Prosecutors from the Office of the Director of Public Prosecutions in Jamaica attended the course. Officials from the Office of the Prime Minister Senator Kerri-Ann Lashley-Forde also came.'))
    expect(orgNames(doc)).toEqual(expect.arrayContaining(['Office of the Director of Public Prosecutions', 'Office of the Prime Minister']))
    expect(orgNames(doc).some((n) => n.includes('Senator'))).toBe(false)
  })
  test('"14 Airmen of the 429th Expeditionary Operations Squadron": a count of people opens no name', () => {
    const doc = pipeline(lines('The exchange brought together 14 Airmen of the 429th Expeditionary Operations Squadron, which runs the site in Curaçao, and 22 pilots of the Dutch Caribbean Coast Guard.'))
    expect(orgNames(doc)).toContain('429th Expeditionary Operations Squadron')
    expect(orgNames(doc).some((n) => n.startsWith('14'))).toBe(false)
  })
  test('Spanish heads and the Spanish "y" inside a name ("Guardia Costera de …", "Dirección General de Pesca y Acuicultura")', () => {
    const doc = pipeline(lines('La delegación de la Guardia Costera de la Fuerza de Defensa de Jamaica se reunió en Puerto Cortés con la Dirección General de Pesca y Acuicultura y la Autoridad Nacional de Pesca para revisar los patrullajes en Honduras.'))
    expect(orgNames(doc)).toEqual(expect.arrayContaining(['Guardia Costera de la Fuerza de Defensa de Jamaica', 'Dirección General de Pesca y Acuicultura', 'Autoridad Nacional de Pesca']))
  })
})

describe('dates, twentieth round', () => {
  test('Spanish relative units ("la próxima semana", "la semana pasada", "el próximo año") and weekdays ("este viernes")', () => {
    const doc = pipeline(lines('La Armada de la República Dominicana recibió este viernes las lanchas en la base. La semana pasada hubo una reunión con la Marina francesa. La próxima semana se realizará un curso y el próximo año se entregarán dos lanchas más.'))
    const at = (text: string) => doc.dates.find((d) => d.text.includes(text))?.value.start
    expect(at('semana pasada')).toBe('2026-11-02')
    expect(at('próxima semana')).toBe('2026-11-16')
    expect(at('próximo año')).toBe('2027')
    expect(at('viernes')).toBeDefined()
  })
  test('a month whose own clause has a past verb before it is past, whatever the next clause says ("had trained … in September and would offer …")', () => {
    const doc = pipeline(lines("Echeverría said Chile's Investigations Police had trained 24 Bolivian officers in vehicle identification in Arica in September and would offer a second course next year."))
    expect(doc.dates.find((d) => d.text === 'September')?.value.start).toBe('2026-09')
  })
  test('a dateline that states its own day a few days before publication is the day "today" counts from', () => {
    const doc = run('amandala.txt', ['Guatemala not ready for joint patrols', 'Published: October 23, 2026', '', 'MELCHOR DE MENCOS, Petén, Thurs. Oct. 22, 2026 – Guatemalan officials brought that message to the coordination meeting on the Adjacency Zone, held today in this border town.', '', 'The next meeting is planned for the first week of December in Belize.', '', '###'].join('\n'))
    const today = doc.dates.find((d) => d.text === 'today')
    expect(today?.value.start).toBe('2026-10-22')
  })
  test('a dateline dated more than a week before publication anchors nothing', () => {
    const doc = run('late.txt', ['Guatemala not ready for joint patrols', 'Published: November 23, 2026', '', 'MELCHOR DE MENCOS, Petén, Thurs. Oct. 22, 2026 – Guatemalan officials brought that message to the coordination meeting, held today in this border town.', '', 'The next meeting is planned for December in Belize.', '', '###'].join('\n'))
    expect(doc.dates.find((d) => d.text === 'today')?.value.start).toBe('2026-11-23')
  })
})
