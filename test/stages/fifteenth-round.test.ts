/**
 * Fifteenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
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
const lines = (...body: string[]): string => ['Embassy hands radios to police', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')

describe('a handover the text places nowhere', () => {
  const earlier = 'A first batch of handheld radios, worth US$400,000, was delivered in June last year.'
  const grenada = 'The United States Embassy handed over encrypted radios worth US$1.2 million to the Royal Grenada Police Force at the force headquarters in St. George’s on Tuesday.'
  test('happens where the report’s other handovers do, with that place as its evidence', () => {
    const doc = pipeline(lines(grenada, 'Commissioner Dexter Charles thanked the embassy for the equipment.', earlier))
    const first = doc.events.find((e) => e.start === '2025-06')!
    expect(first.type).toBe('donation')
    expect(first.location).toEqual({ name: null, country: 'GRD' })
    const cite = first.attestations[0]!.evidence.find((e) => e.rule === 'location:document-events')!
    expect(doc.text.slice(cite.start, cite.end)).toBe(cite.text)
    expect(cite.text).toBe('force headquarters')
  })
  test('stays unplaced when the other handovers went to two countries', () => {
    const doc = pipeline(lines(grenada, 'On Thursday the embassy delivered two patrol boats to the Royal St. Vincent and the Grenadines Police Force at the coast guard base in Calliaqua.', earlier))
    expect(doc.events.find((e) => e.start === '2026-11-12')?.location?.country).toBe('VCT')
    expect(doc.events.find((e) => e.start === '2025-06')!.location).toBeNull()
  })
})

test('a byline that opens with its weekday and date dates the page', () => {
  const page = `<html><head><title>Exchange postponed | Defence Force</title></head><body><article><h1>Jungle exchange postponed</h1><p class="byline">Thursday 12th November, 2026 — Media and Public Affairs</p><p>UP PARK CAMP, Kingston – The jungle warfare exchange planned for next week has been postponed to February because of flooding at the training area.</p><p>New dates will be agreed when the two commanders meet next month.</p></article></body></html>`
  expect(cleanHtmlDocument(page, null).meta.published).toBe('2026-11-12')
})

test('two months in a row joined by "and" are one span; two months apart stay two dates', () => {
  const dates = (sentence: string) =>
    pipeline(lines(sentence, 'The work was paid for by the ministry and finished ahead of the rainy season.')).dates.map((d) => [d.text, d.value.start, d.value.end])
  expect(dates('After the floods of May and June 2022, the army rebuilt two bridges.')).toEqual([['May and June 2022', '2022-05', '2022-06']])
  expect(dates('After the floods of December and January 2022, the army rebuilt two bridges.')).toEqual([['December and January 2022', '2021-12', '2022-01']])
  expect(dates('Patrols were held in March and May 2026 along the coast.')).toEqual([
    ['March', '2026-03', null],
    ['May 2026', '2026-05', null],
  ])
})

describe('towns in a list', () => {
  const places = (sentence: string) =>
    pipeline(lines('The Guyana Defence Force said its new jungle instructors would first train reservists in Georgetown, Guyana.', sentence)).places
      .filter((p) => p.kind === 'city' && p.name !== 'Georgetown')
      .map((p) => [p.name, p.country, p.mentions[0]!.rule])
  test('"border locations such as A, B and C" opens a list of places, known or not', () => {
    expect(places('Soldiers will serve at border locations such as Eteringbang, Kaikan and Lethem after the course.')).toEqual([
      ['Eteringbang', 'GUY', 'place:after-such-as'],
      ['Kaikan', 'GUY', 'place:after-comma'],
      ['Lethem', 'GUY', 'gazetteer:geo:3377425'],
    ])
  })
  test('"partners such as …" opens no place, and numbers in a list are no towns', () => {
    const names = places('Soldiers will serve with partners such as Kaikan after the course, in Regions One, Seven and Eight.').map((p) => p[0])
    expect(names).not.toContain('Kaikan')
    expect(names).not.toContain('Seven')
  })
})

test('a unit’s number sign and quoted name are part of its name; the unit without them later is the same unit', () => {
  const doc = pipeline(
    lines(
      'QUITO, Ecuador – Medics of the 19th Jungle Brigade “Napo” and pilots of the Aviation Brigade No. 15 “Paquisha” trained with U.S. Army South teams on Monday, the Ecuadorian Army said.',
      'The 19th Jungle Brigade will host a second exchange in March, with doctors of Armed Forces Hospital No. 1.',
    ),
  )
  const names = doc.organizations.map((o) => o.name)
  expect(names).toContain('Aviation Brigade No. 15 “Paquisha”')
  const brigade = doc.organizations.find((o) => o.name === '19th Jungle Brigade “Napo”')!
  expect(brigade.mentions.map((m) => m.text)).toEqual(['19th Jungle Brigade “Napo”', '19th Jungle Brigade'])
  expect(names).not.toContain('19th Jungle Brigade')
  expect(doc.places.map((p) => p.name)).toContain('Armed Forces Hospital No. 1')
})

test('the place a visitor returns to is not where the visit is', () => {
  const doc = pipeline(
    [
      'Readout of Under Secretary’s Meeting With Grenada’s Minister',
      'Nov. 10, 2026',
      '',
      'Under Secretary of War for Policy Dana Ashworth hosted Grenada’s Minister for National Security Kerry Joseph at the Pentagon on Monday.',
      '',
      'The two leaders discussed maritime domain awareness and the recovery of the coast guard base at True Blue.',
      '',
      'Minister Joseph will visit Miami on Thursday before returning to St. George’s.',
      '',
      '###',
    ].join('\n'),
  )
  const visit = doc.events.find((e) => e.type === 'visit')!
  expect(visit.start).toBe('2026-11-12')
  expect(visit.location?.country).toBe('USA')
})

test('an exercise the United States co-hosts with one partner, placed nowhere, is in the partner’s country; a side meeting is not', () => {
  const doc = (sentence: string) =>
    pipeline(
      [
        'Readout of Under Secretary’s Meeting With St. Kitts and Nevis Minister',
        'Nov. 10, 2026',
        '',
        'Under Secretary of War for Policy Dana Ashworth hosted the Minister for National Security of St. Kitts and Nevis at the Pentagon on Monday.',
        '',
        sentence,
        '',
        '###',
      ].join('\n'),
    )
  const exercise = doc('Both leaders looked forward to Tradewinds 2027, which St. Kitts and Nevis will co-host with the United States from June 7 to 18.').events.find((e) => e.type === 'exercise')!
  expect(exercise.location?.country).toBe('KNA')
  expect(exercise.attestations[0]!.evidence.find((e) => e.field === 'location')?.rule).toBe('location:co-host-partner')
  const side = doc('On April 22 the United States and St. Kitts and Nevis will co-host a side event on port security.').events.find((e) => e.start === '2027-04-22')
  expect(side?.type).toBe('meeting')
  expect(side!.attestations[0]!.evidence.some((e) => e.rule === 'location:co-host-partner')).toBe(false)
})

test('a port named by its city ("Port Kingstown", "Port of Acajutla") is in the city’s country', () => {
  const doc = pipeline(
    lines(
      'A Mexican Navy ship handed over relief supplies to the National Emergency Management Organisation at Port Kingstown on Tuesday.',
      'A second shipment will be landed at the Port of Acajutla for the Salvadoran civil protection agency next month.',
    ),
  )
  const country = (name: string) => doc.places.find((p) => p.name === name)?.country
  expect(country('Port Kingstown')).toBe('VCT')
  expect(country('Port of Acajutla')).toBe('SLV')
})

test('a page’s hit counter ("Hits: 312") is chrome', () => {
  const page = `<html><head><title>Police officers complete course | Police Service</title></head><body><div class="item-page"><h1>Police officers complete course</h1><dl class="article-info"><dd class="hits">Hits: 1187</dd></dl><p>Twenty-two officers of the police service completed a two-week course on virtual asset investigations at the Police Academy on Friday.</p><p>The course was taught by instructors from the United States and funded by the embassy.</p></div></body></html>`
  const text = cleanHtmlDocument(page, null).paragraphs.join('\n')
  expect(text.startsWith('Twenty-two officers')).toBe(true)
  expect(text).not.toContain('Hits')
})

test('a range’s start takes its end’s year, or the year before when its month comes later', async () => {
  const { startYearOf } = await import('../../src/stages/dates/calendar.js')
  expect(startYearOf(2027, 1, 6)).toBe(2027)
  expect(startYearOf(2027, 11, 2)).toBe(2026)
  expect(startYearOf(2026, 5, 5)).toBe(2026)
})
