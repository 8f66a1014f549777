/**
 * Twenty-ninth round (issues 3 and 6: pages and events). Sentences and pages are written for the
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
const placed = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}${e.end ? `/${e.end}` : ''} ${e.location?.country ?? '-'}`)
const parties = (doc: ReturnType<typeof pipeline>, i = 0) => doc.events[i]?.participants.map((p) => p.name) ?? []

describe('bodies named in a sentence of an event, twenty-ninth round', () => {
  test('a body named in a clause that only reports what someone said is no party', () => {
    const doc = pipeline(
      lines(
        'The Belize Police Department opened a new marine sub-station on Caye Caulker on Monday.',
        'Commissioner Ramón A. Quiroz-Bell said the sub-station would also support the Belize Coast Guard in patrols of the Hol Chan Marine Reserve.',
      ),
    )
    expect(parties(doc)).toContain('Belize Police Department')
    expect(parties(doc)).not.toContain('Belize Coast Guard')
  })
  test('a body named in the topics discussed at a meeting is no party, but one named beside the meeting is', () => {
    const doc = pipeline(
      lines(
        'The Minister of National Security met the Commander of the Jamaica Defence Force (JDF) in Kingston on Tuesday.',
        'They discussed the capacity of the Caribbean Disaster Emergency Management Agency (CDEMA) to coordinate relief in the coming hurricane season.',
      ),
    )
    expect(parties(doc)).toContain('Jamaica Defence Force')
    expect(parties(doc)).not.toContain('Caribbean Disaster Emergency Management Agency')
  })
})

describe('"the meeting" after another edition told in passing, twenty-ninth round', () => {
  test('in a later paragraph, "the meeting" is the edition the report is about', () => {
    const doc = pipeline(
      lines(
        'ST. GEORGE’S – A joint tip line run by the police forces of Grenada and Barbados went into operation this week, officials announced after the sixth meeting of the Barbados–Grenada Police Cooperation Committee, held on Tuesday in Grand Anse.',
        'The tip line was agreed at the committee’s fifth meeting in Bridgetown in July.',
        'Commissioner of Police Enville K. Delacroix-Hamlet, who chaired the meeting, said the line had already led to two arrests.',
      ),
    )
    const fifth = doc.events.find((e) => e.start === '2026-11-10')
    const fourth = doc.events.find((e) => e.start === '2026-07')
    expect(fifth?.participants.map((p) => p.name)).toContain('Enville K. Delacroix-Hamlet')
    expect(fourth?.participants.map((p) => p.name) ?? []).not.toContain('Enville K. Delacroix-Hamlet')
  })
})

describe('publication dates of pages in Spanish, twenty-ninth round', () => {
  test('a text dump whose menu is in Spanish writes slash dates day first', () => {
    const doc = run(
      'mdn.txt',
      [
        'Ministerio de Defensa Nacional',
        'Inicio',
        'Institucional',
        'Noticias',
        'Contacto',
        'Navy boats end a patrol on the Paraguay River',
        '07/12/2026',
        'The Paraguayan Navy completed a five-day patrol on the Paraguay River on Saturday with four boats of the Northern Naval Area.',
        'The crews inspected 96 vessels and seized two tonnes of marijuana near Vallemí.',
        'Noticias relacionadas',
      ].join('\n'),
    )
    expect(doc.meta.published).toBe('2026-12-07')
  })
  test('an English text dump keeps slash dates month first', () => {
    const doc = run(
      'news.txt',
      [
        'Home',
        'News',
        'Contact',
        'Navy boats end a patrol on the Paraguay River',
        '07/12/2026',
        'The Paraguayan Navy completed a five-day patrol on the Paraguay River on Saturday with four boats of the Northern Naval Area.',
        'The crews inspected 96 vessels and seized two tonnes of marijuana near Vallemí.',
      ].join('\n'),
    )
    expect(doc.meta.published).toBe('2026-07-12')
  })
  const page = (head: string, date: string) =>
      `<!DOCTYPE html><html lang="es"><head><title>MINSEG | Ejercicio fluvial pospuesto</title>${head}</head><body>
<nav><a href="#">Inicio</a> <a href="#">Prensa</a></nav>
<div class="contenido">${date}
<h1>Riverine exercise in Darién postponed because of flooding</h1>
<div class="texto"><p>The Ministry of Public Security announced that the combined riverine exercise of the National Aeronaval Service and the National Border Service, planned on the Tuira River, has been postponed after four days of heavy rain.</p>
<p>The exercise will be held once the rivers are back within their banks, the ministry said in a statement issued in Panama City.</p></div></div>
<footer><p>© 2026 MINSEG</p></footer></body></html>`
  test('a date element of a place, a weekday and the date in Spanish gives the date', () => {
    expect(run('minseg.html', page('', '<span class="fecha">Panamá, lunes 9 de noviembre de 2026</span>')).meta.published).toBe('2026-11-09')
  })
  test('an article:published meta gives the date', () => {
    expect(run('minseg.html', page('<meta name="article:published" content="2026-11-09">', '')).meta.published).toBe('2026-11-09')
  })
})

describe('a city that shares its name with a small town, twenty-ninth round', () => {
  test('a port a page about another country\'s ship names is the large one, not a small namesake there', () => {
    const doc = pipeline(
      lines(
        'VALPARAÍSO – The Mexican Navy sail training ship ARM Cuauhtémoc arrived in Valparaíso on Friday with cadets of the Mexican Naval Academy, on a cruise that has taken the Mexican crew to Callao and will take it to Acapulco.',
        'The commanding officer of the Mexican ship called on the Commander of the Chilean Navy’s First Naval Zone on Saturday.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'Valparaíso')?.country).toBe('CHL')
  })
})

describe('Spanish day pairs, department seats and patrols on border rivers, twenty-ninth round', () => {
  test('"el miércoles y jueves" is one span of two days, and "la ciudad de Ahuachapán" the town', () => {
    const doc = pipeline(
      lines(
        'AHUACHAPÁN. Delegaciones de El Salvador y Guatemala sostuvieron el miércoles y jueves la III Reunión de la Comisión Binacional de Seguridad Fronteriza, en la ciudad de Ahuachapán.',
        'La próxima reunión se celebrará en el departamento de Ahuachapán en marzo.',
      ),
    )
    expect(placed(doc)).toContain('meeting 2026-11-11/2026-11-12 SLV')
    expect(doc.events[0]?.location?.name).toBe('Ahuachapán')
    const kinds = doc.places.filter((p) => p.name === 'Ahuachapán').map((p) => p.kind)
    expect(kinds.sort()).toEqual(['city', 'region'])
  })
  test('a joint patrol on a border river is placed on the river, in no one country', () => {
    const doc = pipeline(
      lines(
        'Commanders of the Guyana Police Force (GPF) and the Korps Politie Suriname (KPS) met at Moleson Creek on Tuesday.',
        'The two police organisations agreed to begin coordinated patrols on the Corentyne River on December 1, with the GPF Marine Unit operating from Springlands and the KPS from Nieuw Nickerie.',
      ),
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.location?.country ?? null).toBeNull()
    const evidence = patrol?.attestations[0]?.evidence.filter((x) => x.field === 'location').map((x) => x.text)
    expect(evidence).toEqual(['Corentyne River'])
  })
})

describe('those present at a ceremony, twenty-ninth round', () => {
  test('"La ceremonia fue presidida por …, y contó con la presencia del …" names its chair and a guest', () => {
    const doc = pipeline(
      lines(
        'La Armada del Ecuador inauguró el jueves la subestación de Guardacostas de San Lorenzo, en Esmeraldas.',
        'La ceremonia fue presidida por el Comandante General de la Armada, Vicealmirante Fausto R. Cevallos Andrade, y contó con la presencia del Comandante de Guardacostas, Contralmirante Diego P. Albán Mejía.',
      ),
    )
    const roles = Object.fromEntries(doc.events[0]!.participants.map((p) => [p.name, p.roles.join('+')]))
    expect(roles['Fausto R. Cevallos Andrade']).toBe('chair')
    expect(roles['Diego P. Albán Mejía']).toBe('attendee')
  })
  test('a handover held "in the presence of" an official has that official as a guest', () => {
    const doc = pipeline(
      lines(
        'The Ecuadorian Navy opened its new San Lorenzo coast guard sub-station in Esmeraldas on Thursday.',
        'The ceremony was held in the presence of the Governor of Esmeraldas, Wilmer Quiñónez Cortez.',
      ),
    )
    expect(doc.events[0]?.participants.find((p) => p.name === 'Wilmer Quiñónez Cortez')?.roles).toEqual(['attendee'])
  })
})

describe('a visiting crew\'s community events, twenty-ninth round', () => {
  test('a beach clean-up and an open ship during a port visit are events of their own', () => {
    const doc = pipeline(
      lines(
        'KINGSTOWN, St. Vincent – The Dutch patrol ship HNLMS Holland arrived in Kingstown on Monday for a four-day port visit.',
        'Sailors from the ship joined officers of the St. Vincent and the Grenadines Coast Guard Service in a beach clean-up at Villa Beach on Wednesday.',
        'The ship will be open to the public on Thursday afternoon at the Kingstown cruise berth.',
      ),
    )
    const other = doc.events.filter((e) => e.type === 'other').map((e) => e.start)
    expect(other).toEqual(expect.arrayContaining(['2026-11-11', '2026-11-12']))
  })
})

describe('chrome lines inside a release, twenty-ninth round', () => {
  const body = [
    'The Paraguayan Navy completed a five-day patrol on the Paraguay River on Saturday with four boats of the Northern Naval Area.',
    'The crews inspected 96 vessels and seized two tonnes of marijuana near Vallemí, the Navy said.',
  ]
  test('a Spanish press-office byline, a photo credit, a related-story line, a labelled advert and a continuation mark are chrome', () => {
    const doc = run(
      'news.txt',
      [
        'Navy boats end a patrol on the Paraguay River',
        'December 7, 2026',
        'Prensa MDN',
        'Foto: Armada Paraguaya',
        body[0],
        'ALSO ON CHACO TRIBUNE: Ranchers in Filadelfia count the cost of the drought',
        'SKNIS ADVERT: Register to vote before December 31.',
        'PR-2026-127 continued',
        body[1],
      ].join('\n'),
    )
    expect(doc.text).toBe(body.join('\n\n'))
  })
  test('an ad box with a Spanish class inside the article is chrome', () => {
    const html = `<!DOCTYPE html><html lang="es"><head><title>MINSEG | Patrol ends</title></head><body>
<div class="contenido"><h1>Navy boats end a patrol on the Paraguay River</h1>
<div class="texto"><p>${body[0]}</p><div class="publicidad">Denuncie de forma anónima: llame al 104</div><p>${body[1]}</p></div></div>
<footer><p>© 2026 MINSEG</p></footer></body></html>`
    expect(run('minseg.html', html).text).toBe(body.join('\n\n'))
  })
})

describe('a signature under a statement, twenty-ninth round', () => {
  test('"Hon. Clement R. Fordyce, M.P." under the last sentence is no part of the body', () => {
    const doc = run(
      'statement.txt',
      [
        'Statement on the destruction of an illegal airstrip',
        'November 18, 2026',
        'Ranks of the Guyana Defence Force and the Guyana Police Force destroyed an illegal airstrip near Karasabai, Region Nine, on Monday.',
        'The Ministry will continue to act against the trafficking of narcotics and firearms.',
        'Hon. Clement R. Fordyce, M.P.',
      ].join('\n'),
    )
    expect(doc.text.endsWith('narcotics and firearms.')).toBe(true)
  })
})

describe('things that arrive, twenty-ninth round', () => {
  test('firearms that "arrived by sea" and yachts "expected to arrive" are no visit', () => {
    const doc = pipeline(
      lines(
        'The Commissioner of Police met the Comptroller of Customs in The Valley on Tuesday to discuss border security.',
        'He noted that most illegal firearms seized in Anguilla this year had arrived by sea from neighbouring islands on Sunday.',
        'The first yachts of the Atlantic Rally for Cruisers are expected to arrive in Rodney Bay next month.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'visit')).toEqual([])
  })
})
