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

describe('printed releases and page chrome, thirty-seventh round', () => {
  const printed = (kindLine: string) =>
    [
      '                 Embassy of the United States of America',
      '                          Santa Cruz, Bolivia',
      '                        Public Affairs Section',
      '',
      'FOR IMMEDIATE RELEASE                                     January 12, 2027',
      kindLine,
      '',
      '     Navy Instructors Certify 30 Bolivian River Officers in Puerto Alegre',
      '',
      `PUERTO ALEGRE, Bolivia – ${story[0]!}`,
      '',
      '                                                                Page 1 of 2',
      ' Av. Arce 2780 · Santa Cruz, Bolivia · Tel. +591 2 216-8000 · bo.usembassy.gov',
      '________________________________________________________________________________',
      'U.S. Embassy Santa Cruz – Press Release No. 03/27 – January 12, 2027          Page 2',
      '',
      story[1]!,
      '',
      '###',
    ].join('\n')
  test.each(['No. 03/27', 'STATEMENT'])('a release number or a kind ("%s") between the date and the headline: the headline is the title', (kindLine) => {
    const doc = run('release.txt', printed(kindLine))
    expect(doc.meta.title).toBe('Navy Instructors Certify 30 Bolivian River Officers in Puerto Alegre')
    expect(doc.text.startsWith('PUERTO ALEGRE, Bolivia –')).toBe(true)
    expect(doc.text).not.toMatch(/Page 1 of 2|Av\. Arce|Press Release No\.|No\. 03\/27/)
  })
  test('a footer "Embassy | url | Page 1 of 2" is chrome', () => {
    const doc = run('release.txt', lines(['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'], story[0]!, 'U.S. Embassy Santa Cruz | https://bo.usembassy.gov | Page 1 of 2', story[1]!))
    expect(doc.text).not.toContain('usembassy')
  })
  test('a headline with its byline under it and the photo block before the story is still the title', () => {
    const doc = run(
      'story.txt',
      [
        'Skip to main content (Press Enter).',
        'Joint Task Force-Bravo',
        'Home',
        'News',
        'NEWS | Jan. 12, 2027',
        'Navy and Bolivian medics treat 900 patients in Puerto Alegre',
        'By Staff Sgt. Ana B. Quiroga, Joint Task Force-Bravo Public Affairs',
        '',
        'Photo Details | Download | Share',
        'A U.S. Army medic checks a patient in Puerto Alegre, Bolivia, Jan. 8, 2027. (U.S. Army photo by Staff Sgt. Ana B. Quiroga)',
        '',
        'PUERTO ALEGRE, Bolivia --',
        '',
        story[0]!,
        '',
        story[1]!,
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('Navy and Bolivian medics treat 900 patients in Puerto Alegre')
    expect(doc.meta.dateline).toBe('PUERTO ALEGRE, Bolivia')
    expect(doc.text.startsWith('PUERTO ALEGRE, Bolivia --')).toBe(true)
  })
  test('an in-article ad slot and an EasyDNNnews summary are no body', () => {
    const doc = article('<div class="edn_articleSummary"><p>Month-long work ends with a new post on the river.</p></div>', [
      story[0]!,
      '<span class="ad-label">Advertisement</span> River Credit Union — Bank from anywhere with our new app.',
      story[1]!,
    ].map((p, i) => (i === 1 ? `</p><div class="ad-slot ad-inarticle">${p}</div><p>` : p)))
    expect(doc.text.startsWith('The Navy opened')).toBe(true)
    expect(doc.text).not.toMatch(/Bank from anywhere|Month-long/)
  })
  test('a pdftohtml page keeps "Page 1 of 2" long enough to find its letterhead printed again', () => {
    const line = (top: number, text: string) => `<p style="position:absolute;top:${top}px;left:100px;white-space:nowrap" class="ft12">${text}</p>`
    const page = (n: number, body: string[]) =>
      `<div id="page${n}-div" style="position:relative;width:892px;height:1262px;">` +
      line(58, 'REPUBLIEK BOLIVIA') +
      line(72, 'MINISTERIO DE DEFENSA') +
      body.map((b, i) => line(150 + i * 17, b)).join('') +
      line(1180, 'Calle 20 de Octubre 2502, La Paz &#8211; Tel. +591 2 2432525 &#8211; www.mindef.gob.bo') +
      line(1200, `Page ${n} of 2`) +
      '</div>'
    const html = `<html><head><title>Microsoft Word - comunicado.docx</title></head><body>${page(1, ['JOINT COMMUNIQUÉ', 'River Post Opened at Puerto Alegre', story[0]!])}${page(2, [story[1]!])}</body></html>`
    const doc = run('communique.html', html)
    expect(doc.text).not.toMatch(/REPUBLIEK|MINISTERIO DE DEFENSA|Calle 20 de Octubre|Page \d of 2/)
  })
})

describe('events, thirty-seventh round', () => {
  test('"called at George Town from 29 January to 2 February, its first visit since May 2025": the call is the visit', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Patrol ship visits George Town', 'Press Release | February 3, 2027'],
        'The Royal Navy patrol ship HMS Severn called at George Town from Friday, 29 January to Tuesday, 2 February, its first visit to the Cayman Islands since May 2025.',
      ),
    )
    const visit = doc.events.find((e) => e.type === 'visit')
    expect(visit).toMatchObject({ start: '2027-01-29', end: '2027-02-02' })
  })
  test('"at Paragon", the Barbados Defence Force base by its short name, is the base in Barbados', () => {
    const doc = run(
      'release.txt',
      lines(['Exercise ends in Barbados', 'Press Release | February 12, 2027'], 'British Army engineers trained soldiers to clear roads. On February 10, the exercise hosted a visitors’ day at Paragon, attended by the heads of mission.'),
    )
    expect(doc.places.find((p) => p.mentions.some((m) => m.text === 'Paragon'))).toMatchObject({ id: 'place:paragon-base', country: 'BRB' })
  })
  test('"intends to open a similar post on Ragged Island in 2028", "is due to open in the first quarter of 2027": an opening to come', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navy opens river post at Puerto Alegre', 'Press Release | January 12, 2027'],
        story[0]!,
        'The Navy intends to open a similar post at Cobija, Pando, in 2028. A third station, at Riberalta, is due to be opened in the first quarter of 2027.',
      ),
    )
    const opening = (start: string) => doc.events.find((e) => e.type === 'other' && e.start === start)
    expect(opening('2028')).toMatchObject({ status: 'scheduled' })
    expect(opening('2027-01')).toMatchObject({ status: 'scheduled', end: '2027-03' })
  })
  test('"crews will begin round-the-clock operations from the post on January 20": the post starts operating, at home', () => {
    const doc = run(
      'release.txt',
      lines(['PUERTO ALEGRE, Bolivia – Navy opens river post', 'Press Release | January 12, 2027'], `PUERTO ALEGRE, Bolivia – ${story[0]!}`, 'Once the training is complete, crews will begin round-the-clock operations from the post on January 20.'),
    )
    expect(doc.events.find((e) => e.type === 'deployment')).toMatchObject({ start: '2027-01-20', status: 'scheduled', location: { country: 'BOL' } })
  })
  test('operations that start, placed nowhere, start at the place of the report\'s main event', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard opens river post at Puerto Alegre', 'Press Release | January 12, 2027'],
        'The Bolivian Navy opened a river control post at Puerto Alegre on Tuesday, with two patrol boats and a crew of 18 sailors.',
        'Once the training is complete, crews will begin round-the-clock operations on January 20.',
      ),
    )
    expect(doc.events.find((e) => e.type === 'deployment')?.location).toEqual({ name: 'Puerto Alegre', country: 'BOL' })
  })
})

