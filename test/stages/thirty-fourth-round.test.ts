/**
 * Thirty-fourth round (issue 6: events). Sentences and pages are written for the rules; none is
 * copied from a fixture.
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
const comunicado = (title: string, ...body: string[]) => run('comunicado.txt', lines([title, 'Comunicado | 8 de diciembre de 2026'], ...body))

const names = (e: { participants: ReadonlyArray<{ name: string }> } | undefined): string[] => (e?.participants ?? []).map((p) => p.name)
const ids = (e: { participants: ReadonlyArray<{ id: string }> } | undefined): string[] => (e?.participants ?? []).map((p) => p.id)

describe('who sits at a Spanish-language meeting, thirty-fourth round', () => {
  const doc = comunicado(
    'Concluye la III Reunión de la Comisión Binacional',
    'PUNTARENAS. La III Reunión de la Comisión Binacional de Seguridad Marítima se celebró el lunes 7 de diciembre en Puntarenas.',
    'La delegación ecuatoriana estuvo encabezada por el contralmirante Esteban Vaca Rosales, comandante de Operaciones Navales, acompañado por oficiales de la Armada del Ecuador.',
    'Por Costa Rica participaron representantes del Servicio Nacional de Guardacostas y del Servicio de Vigilancia Aérea.',
  )
  const meeting = doc.events.find((e) => e.type === 'meeting')
  test('"La delegación … estuvo encabezada por X": X is at the meeting', () => {
    expect(names(meeting)).toContain('Esteban Vaca Rosales')
  })
  test('"acompañado por oficiales de la Armada del Ecuador": the navy is at the meeting', () => {
    expect(ids(meeting)).toContain('org:ecu-navy')
  })
  test('"Por Costa Rica participaron representantes del Servicio …": the services are at the meeting', () => {
    expect(ids(meeting)).toContain('org:cri-sva')
  })
})

describe('a meeting told again, thirty-fourth round', () => {
  test('"The two days of talks … were hosted by X" is the meeting just reported, not a second one', () => {
    const doc = release(
      'Migration working group meets in Cap-Haïtien',
      'Haitian and Bahamian officials met in Cap-Haïtien on Monday and Tuesday for the fourth meeting of their joint migration working group.',
      'The two days of talks at the Hotel Mont Joli were hosted by the Director General of the Office National de la Migration, Pierre-Louis Garnier.',
    )
    const meetings = doc.events.filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(1)
    expect(names(meetings[0])).toContain('Pierre-Louis Garnier')
  })
})

describe('storms told beside other events, thirty-fourth round', () => {
  test('"the days after September 1, 2019, when Hurricane Dorian flattened …": the storm has that date', () => {
    const doc = release(
      'Warehouse opens in Marsh Harbour',
      'Residents of Abaco still speak of the days after September 1, 2019, when Hurricane Dorian flattened much of Marsh Harbour.',
    )
    const storm = doc.events.find((e) => e.name === 'Hurricane Dorian')
    expect(storm?.start).toBe('2019-09-01')
  })
  test('"torn apart when Hurricane Dorian stalled over Grand Bahama in September 2019, forcing … for more than two years": one storm, not a habit', () => {
    const doc = release(
      'Operations centre handed over',
      'The Minister recalled that the old outpost was torn apart when Hurricane Dorian stalled over Grand Bahama in September 2019, forcing Marines to work out of tents for more than two years.',
    )
    const storm = doc.events.find((e) => e.name === 'Hurricane Dorian')
    expect(storm?.start).toBe('2019-09')
  })
  test('"after a ground-breaking in March, on land … damaged by Hurricane Elsa in July 2021": the storm is an event of its own', () => {
    const doc = release(
      'Coast guard substation handed over',
      'Work started after a ground-breaking ceremony in March, on a lot where a boat shed damaged by Hurricane Elsa in July 2021 once stood.',
    )
    const storm = doc.events.find((e) => e.name === 'Hurricane Elsa')
    expect(storm?.start).toBe('2021-07')
  })
})

describe('a verb with its particle, thirty-fourth round', () => {
  test('"The students came from Belize, Guyana and Jamaica": the countries are in the course', () => {
    const doc = release(
      'Staff course graduates eighteen officers',
      'Eighteen officers graduated on Friday from the fifth Regional Junior Staff Course at Paragon Base, which ran from October 5 to November 27.',
      'The students came from Belize, Guyana and Jamaica.',
    )
    const course = doc.events.find((e) => e.type === 'training')
    expect(ids(course)).toEqual(expect.arrayContaining(['BLZ', 'GUY', 'JAM']))
  })
})

describe('numbered sittings in Spanish, thirty-fourth round', () => {
  const doc = comunicado(
    'Concluye la V Reunión de la Comisión Binacional',
    'La V Reunión de la Comisión Binacional Costa Rica–Ecuador de Seguridad Marítima se celebró el lunes 7 de diciembre en Puntarenas.',
    'La VI Reunión de la Comisión Binacional se celebrará en Manta, Ecuador, en marzo de 2027.',
  )
  const meetings = doc.events.filter((e) => e.type === 'meeting')
  test('"la V Reunión de la Comisión Binacional …" is the fifth sitting of a series', () => {
    const fifth = meetings.find((e) => e.start === '2026-12-07')
    expect(fifth?.series?.edition).toBe('5')
  })
  test('"La VI Reunión de la Comisión Binacional" is the sixth sitting of the same series, another event', () => {
    const fifth = meetings.find((e) => e.start === '2026-12-07')
    const sixth = meetings.find((e) => e.start === '2027-03')
    expect(sixth?.series?.edition).toBe('6')
    expect(sixth?.series?.id).toBe(fifth?.series?.id)
  })
})

describe('a standfirst over the meta lines, thirty-fourth round', () => {
  test('"Standfirst. / Secretaría de Marina / | 2 de diciembre de 2026 / Prensa Comunicado …" under the headline: the date is the publication date', () => {
    const page = [
      '<html><head><title>Concluye la Tercera Reunión | gob.mx</title></head><body>',
      '<main><h1>Concluye en Salina Cruz la Tercera Reunión del Grupo Naval México-Guatemala</h1>',
      '<p class="intro-text">Las delegaciones acordaron patrullajes coordinados en el Pacífico y una nueva reunión del grupo en Puerto Chiapas en marzo de 2027.</p>',
      '<dl><dt>Secretaría de Marina</dt><dd>| 2 de diciembre de 2026</dd></dl>',
      '<p><span>Prensa</span> <span>Comunicado 301/2026</span></p>',
      '<div class="article-body"><p><strong>Salina Cruz, Oaxaca.-</strong> La Secretaría de Marina fue sede los días 30 de noviembre y 1 de diciembre de la Tercera Reunión del Grupo Naval, en la que participaron mandos de ambas marinas y representantes de la Guardia Nacional.</p>',
      '<p>Las delegaciones revisaron los resultados de los patrullajes coordinados de octubre frente a las costas de Chiapas y acordaron repetirlos en enero de 2027.</p></div>',
      '</main></body></html>',
    ].join('\n')
    const doc = run('semar.html', page)
    expect(doc.meta.published).toBe('2026-12-02')
  })
})

describe('a numbered sitting named again, thirty-fourth round', () => {
  test('"ended two days of talks here on Wednesday" then "The fifth meeting of the … Mechanism, which began on Tuesday, was hosted by …": one meeting', () => {
    const doc = release(
      'Anti-drug chiefs agree on airstrip watch',
      'ASUNCIÓN – Paraguayan and Bolivian anti-drug chiefs ended two days of talks here on Wednesday with an agreement to share radar tracks over the Chaco.',
      'The sixth meeting of the Paraguay–Bolivia Binational Counternarcotics Coordination Mechanism, which began on Tuesday, was hosted by the National Anti-Drug Secretariat at its headquarters in Asunción.',
    )
    const meetings = doc.events.filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(1)
    expect(meetings[0]?.series?.edition).toBe('6')
  })
})
