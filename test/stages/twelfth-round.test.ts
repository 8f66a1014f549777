/**
 * Twelfth round (issues 5 and 6): delegations and coordinated subjects in events; towns of one
 * name in several countries, and ships named after places, in entities. Sentences are written for
 * the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)
// A body long enough to count as an article: the sentence under test, then one that names nothing.
const places = (text: string) =>
  pipeline(['Security cooperation', 'Press Release | May 4, 2026', '', `${text} The partners will meet again next year to review what the work has achieved.`].join('\n')).places.map((p) => [p.name, p.country])

describe('delegations', () => {
  const dialogue = [
    'Second border security dialogue',
    'Media Note | October 2, 2026',
    '',
    'The United States and Guyana will hold the second U.S.-Guyana Border Security Dialogue in Georgetown on October 20. Deputy Assistant Secretary Harlan P. Wexley will lead the U.S. delegation, and Permanent Secretary Dr. Aretha M. Boodhoo will lead the Guyanese delegation.',
    '',
    'The first round, held in Washington in May 2025, set out shared priorities.',
    '',
    'Since March, U.S. instructors have trained Guyanese customs officers in container targeting.',
    '',
    'The Guyanese delegation will include the Guyana Police Force and the Guyana Defence Force.',
  ].join('\n')
  const main = () => pipeline(dialogue).events.find((e) => e.start === '2026-10-20')

  test('"X will lead the Guyanese delegation" after ", and" makes X a representative', () => {
    const names = main()?.participants.filter((p) => p.roles.includes('representative')).map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['Harlan P. Wexley', 'Aretha M. Boodhoo']))
  })

  test('a mention inside "lead the U.S. delegation" takes no role of its own', () => {
    const usa = main()?.participants.find((p) => p.id === 'USA')
    expect(usa?.roles).not.toContain('representative')
  })

  test('who a delegation includes attends the meeting, past other events told between', () => {
    const ids = main()?.participants.map((p) => p.id)
    expect(ids).toEqual(expect.arrayContaining(['org:gpf', 'org:gdf']))
    const training = pipeline(dialogue).events.find((e) => e.type === 'training')
    expect(training?.participants.map((p) => p.id)).not.toContain('org:gdf')
  })
})

describe('towns of one name in several countries', () => {
  test('a provincial seat of South America the old list left out', () => {
    const text = "Paraguay's anti-drug secretariat and Brazil's Federal Police opened a joint office in Pedro Juan Caballero on Monday."
    expect(places(text)).toContainEqual(['Pedro Juan Caballero', 'PRY'])
  })

  test('the town of the country the page is about', () => {
    const text = 'TRUJILLO, Colón — The Honduran Navy received two interceptor boats at its base in Trujillo on Tuesday. Honduras will patrol the Caribbean coast with them.'
    expect(places(text)).toContainEqual(['Trujillo', 'HND'])
  })

  test('a small town of another country takes the name only near a naming of that country', () => {
    const text = [
      'Officers of the Trinidad and Tobago Police Service trained in Trinidad this week.',
      'Instructors from Soto Cano Air Base flew in for the course. Soto Cano is the home of Joint Task Force-Bravo.',
      'The base lies in the Comayagua Valley of Honduras.',
    ].join(' ')
    expect(places(text).find(([name]) => name === 'Trinidad')?.[1]).not.toBe('HND')
  })

  test('a region after a place of its own country keeps its country', () => {
    const text = 'The cutter sailed from Naval Station Mayport, Florida, for Cartagena, Colombia, where Colombian Navy officers met the crew. Colombia and Colombian officials praised the visit.'
    expect(places(text)).toContainEqual(['Florida', 'USA'])
  })

  test('a capital keeps its name whatever else the page names', () => {
    const text = 'Panama and Panamanian officials met Chilean officers in Santiago. Panama hosted the next round.'
    expect(places(text)).toContainEqual(['Santiago', 'CHL'])
  })
})

describe('ships named after places', () => {
  test('"Zr.Ms. Groningen" and "the Groningen" are a ship, not the Dutch city', () => {
    const text = 'The Royal Netherlands Navy patrol ship Zr.Ms. Groningen spent four days in Curaçao. A U.S. Coast Guard team will embark on the Groningen next week. The Netherlands thanked Curaçao.'
    expect(places(text).map(([name]) => name)).not.toContain('Groningen')
  })

  test('a ship named after the port it visits leaves the port a place', () => {
    const text = 'HMCS Kingston arrived in Kingston, Jamaica, on Monday for a five-day port visit.'
    expect(places(text)).toContainEqual(['Kingston', 'JAM'])
  })
})

describe('titles and ranks', () => {
  const people = (text: string) => pipeline(['Security cooperation', 'Press Release | May 4, 2026', '', `${text} The partners will meet again next year to review what the work has achieved.`].join('\n')).people.map((p) => [p.name, p.title, p.rank])

  test('honorifics stack between a title and its comma and the name', () => {
    expect(people('The keys were received by the Minister of National Security, Hon. Dr. Paul A. Brissett, at the station.')).toContainEqual(['Paul A. Brissett', 'Minister of National Security', null])
  })

  test("a rank's acronym between the rank and the name", () => {
    expect(people('Senior Superintendent of Police (SSP) Dwight A. Kenton said the unit was ready.')).toContainEqual(['Dwight A. Kenton', null, 'Senior Superintendent of Police'])
  })

  test('"in charge of" continues an office', () => {
    const [hinds] = people('Also present was the Deputy Commissioner of Police in charge of Crime and Security, Mrs. Karen A. Hinds, who thanked the donors.')
    expect(hinds?.[1]).toBe('Deputy Commissioner of Police in charge of Crime and Security')
  })

  test('a surname the gazetteer reads as a place, after an initial', () => {
    expect(people('Ms. Yolande C. St. Hill, Deputy Director of the centre, attended the meeting.').map((p) => p[0])).toContain('Yolande C. St. Hill')
  })

  test('"I." before a surname is an initial', () => {
    expect(people('The commander met Admiral Felipe I. Correa Bulnes in Valparaíso, Chile, on Monday.').map((p) => p[0])).toContain('Felipe I. Correa Bulnes')
  })

  test('a rank that is also a town, before a name, is the rank', () => {
    expect(people('The boats were received by the Navy chief, Almirante Jorge Proaño Salgado, in Guayaquil, Ecuador.')).toContainEqual(['Jorge Proaño Salgado', 'Navy chief', 'Almirante'])
  })

  test('a rank inside a ship\'s name after its prefix is no person', () => {
    expect(people('The Dominican patrol ship ARD Almirante Didiez Burgos sailed from Santo Domingo with the French ship.')).toEqual([])
  })

  test('"Warrant Officer Class One (WO1)" is a rank', () => {
    expect(people('The Regimental Sergeant Major, Warrant Officer Class One (WO1) Garfield J. Samuel, presented the prizes.').map((p) => p[2])).toContain('Warrant Officer Class One')
  })
})

describe('Spanish ranges after "entre"', () => {
  const dates = (text: string) => pipeline(['Cooperación en seguridad', 'Comunicado | 12 de noviembre de 2026', '', text].join('\n')).dates.map((d) => [d.text, d.value.start, d.value.end])

  test('two days, the extent after "entre el"', () => {
    expect(dates('Los agentes fueron capacitados en Asunción entre el 26 de octubre y el 6 de noviembre por instructores de la agencia, según informó la secretaría.')).toContainEqual([
      '26 de octubre y el 6 de noviembre',
      '2026-10-26',
      '2026-11-06',
    ])
  })

  test('two months of two years, and a half year', () => {
    const found = dates('Entre noviembre de 2025 y abril de 2026 las unidades realizaron patrullas, y para el primer semestre de 2027 se anunció un segundo lote de equipos para la secretaría.')
    expect(found).toContainEqual(['noviembre de 2025 y abril de 2026', '2025-11', '2026-04'])
    expect(found).toContainEqual(['el primer semestre de 2027', '2027-01', '2027-06'])
  })
})
