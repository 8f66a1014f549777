/**
 * Cleaning, ninth round: what news sites put inside and after an article in a text dump — a
 * cross-link line between paragraphs, an advertiser's line, a tag list followed by an author box,
 * a newsletter box and comments — a list the article ends with, dotted dates written month first, and
 * the head of a news page: a deck under the headline, players, widgets and a highlights box.
 */
import { describe, expect, test } from 'vitest'
import { findDateline } from '../../src/stages/clean/byline.js'
import { cleanTextDocument } from '../../src/stages/clean/index.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'

const dump = (lines: readonly string[]): string[] => [...cleanTextDocument(lines.join('\n'), null).paragraphs]

const head = ['Skip to content', 'Home', 'Local News', 'Sports', 'Home » Local News » Coast Guard gets new drones', 'Coast Guard gets new drones', 'Posted on November 18, 2026 by Staff Reporter']
const p1 = 'The Coast Guard yesterday took delivery of four surveillance drones, which senior officers say will let the small fleet watch hundreds of square miles of sea.'
const p2 = 'The aircraft, together with two ground control stations and a year of technical support, were handed over at the base by the United States Chargé d’Affaires.'
const p3 = 'The Coast Guard expects to begin regular flights in January.'

test('a cross-link line and an advertiser’s line between paragraphs are chrome', () => {
  const body = dump([...head, p1, 'RELATED: Police seize guns, ammo in St John raid', p2, 'ADVERTISEMENT', 'Sagicor – Protect what matters. Get a quote today.', p3])
  expect(body).toEqual([p1, p2, p3])
  expect(chromeRuleOf('ALSO READ: GDF soldiers deployed to Region Nine after heavy rains')?.id).toBe('inline-related')
  expect(chromeRuleOf('Republic Bank – Home loans at 4.99%. Apply online today.')?.id).toBe('ad-copy')
  // A sentence of the article that calls on readers is no advertisement.
  expect(chromeRuleOf('Residents who see suspicious vessels should call the Coast Guard today.')).toBeNull()
})

test('after the tag list: an author box, a newsletter box and comments are not the article', () => {
  const body = dump([
    ...head, p1, p2, p3,
    'Tags: Coast Guard, drones, United States',
    'Jane Roe',
    'Jane Roe is a senior reporter covering national security and the courts.',
    'Get the day’s top stories in your inbox. Sign up for our newsletter',
    'Email address',
    'Sign Up',
  ])
  expect(body).toEqual([p1, p2, p3])
})

test('a comments section ends the article', () => {
  const body = dump([...head, p1, p2, p3, '3 thoughts on “Coast Guard gets new drones”', 'Concerned Citizen says:', 'November 22, 2026 at 7:14 am', 'Good move. The coast needs this and much more, and the government should buy ten of them for every parish.'])
  expect(body).toEqual([p1, p2, p3])
})

test('short lines introduced by a line ending in a colon are the article’s closing list', () => {
  const items = ['Royal Cayman Islands Police Service (6 officers)', 'Royal Virgin Islands Police Force (4 officers)', 'Bermuda Police Service (2 officers)']
  const body = dump([...head, p1, p2, 'Participants came from:', ...items])
  expect(body).toEqual([p1, p2, 'Participants came from:', ...items])
})

test('dotted dates read in the order the page shows', async () => {
  const { findDate, dateOrderIn, withDateOrder } = await import('../../src/stages/clean/parse-date.js')
  const { dateHabitIn } = await import('../../src/stages/clean/site-rules.js')
  const none = { dottedMonthFirst: false, slashDayFirst: false }
  const dvids = 'Posted 11.12.2026 <a href="https://www.dvidshub.net/news/1">'
  expect(dateOrderIn('Date Posted: 11.12.2026 | More: 10.28.2026', none).dottedMonthFirst).toBe(true)
  expect(dateOrderIn('Publicado 11.12.2026 | 28.10.2026', none).dottedMonthFirst).toBe(false)
  expect(dateOrderIn(dvids, dateHabitIn(dvids, { urls: [], siteName: null, lang: null })).dottedMonthFirst).toBe(true)
  expect(dateOrderIn('Posted 11.12.2026', none).dottedMonthFirst).toBe(false)
  expect(findDate('11.12.2026')?.iso).toBe('2026-12-11')
  expect(withDateOrder({ dottedMonthFirst: true, slashDayFirst: false }, () => findDate('11.12.2026')?.iso)).toBe('2026-11-12')
  // The order holds only while the page is read.
  expect(findDate('11.12.2026')?.iso).toBe('2026-12-11')
})

describe('the head of a news page above the first paragraph', () => {
  const first = 'PARAMARIBO – Suriname’s Coast Guard took delivery yesterday of three river patrol boats, a gift its director says will let the service patrol after dark.'
  const second = 'The boats, with navigation and radio equipment valued at US$1.9 million, were handed over at the Coast Guard base in Boxel by the U.S. Ambassador.'
  test('a headline over a longer deck; a player, a text-size widget and a highlights box before the dateline', () => {
    const lines = [
      'Skip to main content', 'Guianas Daily', 'Home', 'Suriname', 'Home › Suriname › Security', 'SECURITY',
      'Kustwacht gets three US-funded boats for border rivers',
      'Albina and Nieuw Nickerie to host new river stations by year’s end, director says',
      'By Anjali Ramdin', 'Published 18 Nov 2026, 06:40 | Updated 18 Nov 2026, 09:15', '4 min read',
      'Listen to this article', '00:00 / 04:12', 'Share', 'Facebook', 'A A A',
      'Commander Ravi Jagernath (right) receives the boat documents at Boxel. Photo: Guianas Daily/Dennis Amatredjo',
      'Key points', '• Three 32-foot patrol boats and radar', '• Twelve Coast Guard crew trained by US instructors', '• Two more boats due in March',
      first, second,
    ]
    const res = cleanTextDocument(lines.join('\n'), null)
    expect(res.meta.title).toBe('Kustwacht gets three US-funded boats for border rivers')
    expect(res.paragraphs).toEqual([first, second])
  })
  test('an editor’s note, a release number and a WordPress print bar are chrome; "2026––" closes a dateline', () => {
    expect(chromeRuleOf('Editor’s note: An earlier version of this story gave the wrong title for the head of the delegation.')?.id).toBe('editors-note')
    expect(chromeRuleOf('PRESS RELEASE NO. 084/2026')?.id).toBe('release-number')
    expect(chromeRuleOf('Print Friendly, PDF & Email')?.id).toBe('share-bar')
    expect(findDateline('MELCHOR DE MENCOS, Petén, Thurs. Oct. 22, 2026–– Guatemala is not ready to sign.')).toMatchObject({ place: 'MELCHOR DE MENCOS, Petén', date: '2026-10-22' })
  })
})

// Twenty-sixth session: the development truths drop a bare "For more information, contact …" 30
// times and keep it twice, so it ends the release too (contact-sentence).
test('"For more information, contact the Embassy’s Office of Public Affairs." ends the release, and so does a line with the contact details', () => {
  expect(chromeRuleOf('For more information, contact the Embassy’s Office of Public Affairs.')?.id).toBe('contact-sentence')
  expect(chromeRuleOf('For further information, please contact INL Public Affairs at INL-PAPD@state.gov.')?.id).toBe('contact-line')
  expect(chromeRuleOf('For more information please contact Jane Doe, 809 555 0134')?.id).toBe('contact-line')
})

describe('slash dates in the order of the page and its site', async () => {
  const { findDate, dateOrderIn, withDateOrder } = await import('../../src/stages/clean/parse-date.js')
  const { dateHabitIn } = await import('../../src/stages/clean/site-rules.js')
  const { cleanHtmlDocument } = await import('../../src/stages/clean/index.js')
  const none = { urls: [], siteName: null, lang: null }
  const read = (source: string, site: Parameters<typeof dateHabitIn>[1] = none): string | undefined =>
    withDateOrder(dateOrderIn(source, dateHabitIn(source, site)), () => findDate(source)?.iso)
  // A whole page, its head as given: the site facts come from the page's own metadata.
  const published = (head: string, dateLine: string, url: string | null = null, lang = 'en'): string | null =>
    cleanHtmlDocument(
      `<html lang="${lang}"><head><title>Soldiers complete a course</title>${head}</head><body><article><h1>Soldiers complete a course</h1><p class="meta">${dateLine}</p><p>Twenty-four soldiers from six Caribbean defence forces completed a two-week combat casualty care course taught by Canadian Army medics at Paragon Base, Christ Church, on Tuesday.</p><p>The course covered bleeding control, airway management and casualty evacuation under fire, and ended with a night exercise at the base.</p></article></body></html>`,
      url,
    ).meta.published
  test('U.S. order by default; a date that can only be read one way decides the page', () => {
    expect(read('Date Posted: 12/11/2026')).toBe('2026-12-11')
    expect(read('Date Posted: 12/11/2026 · Updated 28/11/2026')).toBe('2026-11-12')
    expect(read('Publicado 12/11/2026 · 11/28/2026', { ...none, lang: 'es' })).toBe('2026-12-11')
  })
  test('a site outside the United States writes the day first', () => {
    expect(read('Date Posted: 12/11/2026', { ...none, siteName: 'Barbados Defence Force' })).toBe('2026-11-12')
    expect(read('Posted 05/06/2026', { ...none, urls: ['https://gdf.mil.gy/news/1'] })).toBe('2026-06-05')
    expect(read('Publicado 05/06/2026', { ...none, lang: 'es-gt' })).toBe('2026-06-05')
    // A U.S. embassy abroad is a U.S. site.
    expect(read('Posted 05/06/2026', { ...none, urls: ['https://bb.usembassy.gov/x/'] })).toBe('2026-05-06')
  })
  test('the page’s publication date follows, from the site facts its metadata gives', () => {
    expect(published('<meta property="og:site_name" content="Barbados Defence Force">', 'Date Posted: 12/11/2026')).toBe('2026-11-12')
    expect(published('<link rel="canonical" href="https://gdf.mil.gy/news/1">', 'Posted 05/06/2026')).toBe('2026-06-05')
    expect(published('', 'Posted 05/06/2026', 'https://www.jis.gov.jm/news/1')).toBe('2026-06-05')
    expect(published('', 'Publicado 05/06/2026', null, 'es-GT')).toBe('2026-06-05')
    expect(published('<link rel="canonical" href="https://bb.usembassy.gov/x/">', 'Posted 05/06/2026')).toBe('2026-05-06')
    expect(published('', 'Date Posted: 12/11/2026')).toBe('2026-12-11')
  })
})

test('a headline in a table cell named "contentheading" beats a <title> that names only the site and a section', async () => {
  const { cleanHtmlDocument } = await import('../../src/stages/clean/index.js')
  const page = `<html><head><title>CARICOM IMPACS | Media Centre</title></head><body>
<table><tr><td class="left-col"><div class="moduletable"><h3>Media Centre</h3><ul><li><a href="#">Media Releases</a></li><li><a href="#">Speeches</a></li></ul></div></td>
<td class="main-col"><table class="contentpaneopen">
<tr><td class="contentheading">Regional Customs Officers Train on Advance Cargo Information</td><td class="buttonheading"><a href="#"><img alt="PDF" src="/pdf.png"></a></td></tr>
<tr><td colspan="2"><p>Thirty customs and border officers from eleven Member States completed a five-day workshop on advance cargo information in Georgetown, Guyana, on Friday.</p>
<p>The workshop was organised by the agency with the World Customs Organization and covered risk profiles for firearms and drug shipments before vessels reach port.</p></td></tr>
</table></td></tr></table></body></html>`
  const { meta, paragraphs } = cleanHtmlDocument(page, null)
  expect(meta.title).toBe('Regional Customs Officers Train on Advance Cargo Information')
  expect(paragraphs[0]).toMatch(/^Thirty customs/)
})
