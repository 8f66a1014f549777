/**
 * Fourteenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
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

describe('a page that gives its publication and its update in two date elements', () => {
  const page = (info: string): string =>
    `<html lang="es"><head><title>Navies sign rescue agreement | Ministerio de Defensa Nacional</title></head><body><main><div class="Page-info">${info}</div><h1 class="Page-title">Navies sign rescue agreement</h1><div class="Page-document"><p>Montevideo – The navies of the two countries signed a technical agreement on search and rescue at the naval headquarters on Wednesday.</p><p>The rescue coordination centres will share distress alerts and vessel positions in real time from next month.</p></div></main></body></html>`
  test('"Fecha de publicación" is the publication, "Actualizado" the update, in either order', () => {
    for (const info of [
      '<span class="Page-date">Fecha de publicación: 19/11/2026</span> <span class="Page-update">Actualizado: 20/11/2026</span>',
      '<span class="Page-update">Actualizado: 20/11/2026</span> <span class="Page-date">Fecha de publicación: 19/11/2026</span>',
    ])
      expect(cleanHtmlDocument(page(info), null).meta.published).toBe('2026-11-19')
  })
  test('an update alone still dates the page, as a last resort', () => {
    expect(cleanHtmlDocument(page('<span class="Page-update">Actualizado: 20/11/2026</span>'), null).meta.published).toBe('2026-11-20')
  })
})

test('a delay of some hours is no postponement of the event the page reports', () => {
  const status = (delay: string) =>
    pipeline(
      [
        'Navies sign rescue agreement',
        'Press Release | November 19, 2026',
        '',
        'MONTEVIDEO – The two navies signed yesterday a technical agreement on search and rescue.',
        '',
        'The ceremony took place at the naval headquarters in Montevideo.',
        '',
        `The text had been negotiated since the loss of a fishing boat in August 2025, when the crossing of rescue assets was delayed ${delay}.`,
      ].join('\n'),
    ).events.find((e) => e.type === 'agreement')?.status
  expect(status('for several hours')).toBe('occurred')
  expect(status('by about two hours')).toBe('occurred')
})

describe('a country’s service under the name it gives itself', () => {
  const orgs = (text: string) =>
    pipeline(['Security cooperation', 'Press Release | May 4, 2026', '', `${text} The partners will meet again next year to review what the work has achieved.`].join('\n')).organizations.map((o) => [
      o.name,
      o.country ?? null,
    ])
  test('"the National Police" is a police force; of the one country the page names, its entry', () => {
    expect(orgs('TEGUCIGALPA, Honduras – The embassy renovated the canine centre of the National Police’s drug directorate in San Pedro Sula.')).toContainEqual(['Honduran National Police', 'HND'])
    expect(orgs('The embassy thanked the National Police for its work at the border.')).toContainEqual(['National Police', null])
    expect(orgs('The National Police will host the next round of talks.')).toContainEqual(['National Police', null])
  })
  test('"the National Police" after "the National Police of Paraguay" is that police', () => {
    const found = orgs('The director of the National Police of Paraguay attended. An officer of the National Police was among the top graduates.')
    expect(found.filter(([n]) => /National Police/.test(n ?? ''))).toHaveLength(1)
  })
  test('"the National Navy" is no U.S. Navy: the navy of the one country the page names, or a name of its own', () => {
    const one = orgs('MONTEVIDEO, Uruguay – The Commander in Chief of the National Navy and the commander of a Brazilian Navy district signed the agreement.')
    expect(one).toContainEqual(['Uruguayan Navy', 'URY'])
    const two = orgs('MONTEVIDEO, Uruguay – The Commander in Chief of the National Navy signed the agreement on rescues off the coast that Uruguay shares with Brazil.')
    expect(two).toContainEqual(['National Navy', null])
    expect([...one, ...two].map(([n]) => n)).not.toContain('U.S. Navy')
  })
})

test('"January to June 2027" is one range in 2027; "in March and May 2026" two months of 2026', async () => {
  const { scanDates } = await import('../../src/stages/dates/extract.js')
  const read = (t: string) => scanDates(t, '2026-11-20').dates.map((d) => [d.text, d.value.start, d.value.end])
  expect(read('The pilot will run from January to June 2027.')).toEqual([['January to June 2027', '2027-01', '2027-06']])
  expect(read('The pilot will run from November to February 2027.')).toEqual([['November to February 2027', '2026-11', '2027-02']])
  expect(read('The teams met between March and May 2026.')).toEqual([['March and May 2026', '2026-03', '2026-05']])
  expect(read('The teams met in March and May 2026.')).toEqual([['March', '2026-03', null], ['May 2026', '2026-05', null]])
})

test('French police ranks and an office’s field ("Defence Policy") are no part of a name', () => {
  const people = pipeline(
    [
      'Security cooperation',
      'Press Release | May 4, 2026',
      '',
      'The radios went to the Coast Guard Director, Commissaire Divisionnaire Roselaure Pierre-Louis, at the base. Paraguay sent Vice Minister of Defence Policy Tomás Aurelio Brizuela Ferreira.',
    ].join('\n'),
  ).people.map((p) => [p.name, p.rank ?? null])
  expect(people).toEqual([
    ['Roselaure Pierre-Louis', 'Commissaire Divisionnaire'],
    ['Tomás Aurelio Brizuela Ferreira', null],
  ])
})

test('towns of 10,000 in South America and hyphenated Haitian place names are places where the page names their country', () => {
  const places = pipeline(
    [
      'Security cooperation',
      'Press Release | May 4, 2026',
      '',
      'Haiti’s coast guard will open a post at Anse-à-Galets, and Uruguay a school in Paso de los Toros.',
    ].join('\n'),
  ).places.map((p) => [p.name, p.country])
  expect(places).toEqual(expect.arrayContaining([['Anse à Galets', 'HTI'], ['Paso de los Toros', 'URY']]))
})

test('a trigger word inside a building’s name ("Conference Centre") reports no event', () => {
  const types = pipeline(
    [
      'Border committee meets in Nassau',
      'Press Release | November 18, 2026',
      '',
      'NASSAU, The Bahamas – Officials of the two police forces met on Wednesday at the Harbourview Conference Centre to review the year’s joint patrols.',
    ].join('\n'),
  ).events.map((e) => e.type)
  expect(types).toEqual(['meeting'])
})
