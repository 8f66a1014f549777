/**
 * Thirty-seventh round (issues 3 and 6: pages and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { findDateline } from '../../src/stages/clean/byline.js'
import { eventKey } from '../../src/stages/events/ids.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const article = (head: string, body: string[]) =>
  run(
    'page.html',
    `<html><head><title>Navy opens river post | Ministry of Defence</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
      `<main><article><h1>Navy opens river post at Puerto Alegre</h1>${head}<div class="body">${body.map((p) => `<p>${p}</p>`).join('')}</div></article></main>` +
      `<footer><p>Ministry of Defence</p></footer></body></html>`,
  )
const story = [
  'The Navy opened a river control post at Puerto Alegre on Tuesday, with two patrol boats and a crew of 18 sailors who will check the barges that ply the river towards the border.',
  'The post will work with the customs office at the bridge, and a second post is planned further downstream for the first half of next year, the commander of the river fleet said.',
]

describe('page metadata, thirty-seventh round', () => {
  test('a <time> element that gives its date only as text dates the page', () => {
    const doc = article('<div class="edn_metaDetails"><time class="DateField">12 January 2027</time> <span>Category: Defence</span></div>', story)
    expect(doc.meta.published).toBe('2027-01-12')
  })
  test.each([
    ['Puerto Alegre (Amazonas), 12 January 2027 – The Navy opened …', 'Puerto Alegre (Amazonas)', '2027-01-12'],
    ['Manaus (AM) – The Navy opened …', 'Manaus (AM)', null],
    ['Leticia (Amazonas), January 12, 2027. The Navy opened …', 'Leticia (Amazonas)', '2027-01-12'],
    ['PUERTO ALEGRE NAVAL STATION, Bolivia --', 'PUERTO ALEGRE NAVAL STATION, Bolivia', null],
    ['Santa Cruz, January 12, 2027', 'Santa Cruz', '2027-01-12'],
    ['Belize City, 12 January 2027 (CRFM)—Thirty fisheries officers …', 'Belize City', '2027-01-12'],
    ['PUERTO ALEGRE. La Armada inauguró …', 'PUERTO ALEGRE', null],
    ['Salto del Guairá (IP) - The Navy opened …', 'Salto del Guairá', null],
    ['URUGUAIANA, Rio Grande do Sul – Police officers …', 'URUGUAIANA, Rio Grande do Sul', null],
    ['PUERTO LEMPIRA, Gracias a Dios – The Navy …', 'PUERTO LEMPIRA, Gracias a Dios', null],
    ['Roatán, Islas de la Bahía. La Fuerza Naval …', 'Roatán, Islas de la Bahía', null],
  ])('"%s" opens with the dateline %s', (line, place, date) => {
    const dateline = findDateline(line, { alone: true })
    expect(dateline?.place).toBe(place)
    expect(dateline?.date ?? null).toBe(date)
  })
  test.each([
    'WASHINGTON (AP) — The Navy opened …',
    'FACT SHEET. The Navy opened …',
    'The Second Andean (CAN)–Mercosur Security Dialogue opened …',
    'NAVY OPENS POST AT PUERTO ALEGRE–BOLIVIA',
    'Belmopan. Friday, January 15, 2027',
  ])('"%s" names no town in brackets and no headline as a dateline', (line) => {
    expect(findDateline(line, { alone: true })?.place ?? '').not.toMatch(/\(|FACT|Andean|OPENS|Friday/)
  })
  test('a dateline that is the whole paragraph is read only as the first lines of a story', () => {
    expect(findDateline('Santa Cruz, January 12, 2027')).toBeNull()
    expect(findDateline('PUERTO ALEGRE NAVAL STATION, Bolivia --')).toBeNull()
  })
  test('a place and a date alone under a communiqué sign it: the tail goes', () => {
    const doc = run('communique.txt', lines(['Joint Communiqué', 'Press Release | January 12, 2027'], ...story, 'Santa Cruz, 12 January 2027'))
    expect(doc.text.endsWith('the commander of the river fleet said.')).toBe(true)
  })
})

describe('event ids, thirty-seventh round', () => {
  test('a meeting in "the first half of 2027" and one "in January 2027" do not share an id', () => {
    const base = { type: 'meeting' as const, start: '2027-01', location: { name: null, country: 'ARG' }, participants: [] }
    expect(eventKey({ ...base, precision: 'half' })).not.toBe(eventKey({ ...base, precision: 'month' }))
    expect(eventKey({ ...base, precision: 'month' })).toBe('["event","consult","2027-01","ARG",[]]')
  })
})

describe('dates, thirty-seventh round', () => {
  test('"the boats handed over by the United Kingdom in June would be moved": June is behind, the participle\'s', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard station to open', 'Press Release | January 12, 2027'],
        'Crews will begin operations from the new station on January 20. The two interceptor boats handed over by the United Kingdom in June would be moved there from the main base, the commander said.',
        'The officers trained together at the academy in October will meet every three months, she added.',
      ),
    )
    const value = (text: string) => doc.dates.find((d) => d.text === text)?.value
    expect(value('June')).toMatchObject({ start: '2026-06' })
    expect(value('October')).toMatchObject({ start: '2026-10' })
    expect(value('January 20')).toMatchObject({ start: '2027-01-20' })
  })
  test('"On Saturday, 30 January, 20 sailors joined …": twenty sailors, not the year 20', () => {
    const doc = run('release.txt', lines(['Ship visits George Town', 'Press Release | February 3, 2027'], 'On Saturday, 30 January, 20 sailors joined soldiers of the Regiment to repaint a seniors centre in West Bay.'))
    expect(doc.dates.find((d) => d.text.startsWith('Saturday'))).toMatchObject({ text: 'Saturday, 30 January', value: { start: '2027-01-30' } })
  })
  test('"two disasters of February 2024: the fires … on Feb. 2-3": the month named with its year gives the days their year', () => {
    const doc = run(
      'release.txt',
      lines(['Guardsmen share wildfire lessons', 'Press Release | February 10, 2027'], 'The exchange drew on two disasters of February 2024: the fires that swept the hills above the port on Feb. 2-3, and a prairie fire later that month.'),
    )
    expect(doc.dates.find((d) => d.text === 'Feb. 2-3')?.value).toEqual({ start: '2024-02-02', end: '2024-02-03' })
  })
})
