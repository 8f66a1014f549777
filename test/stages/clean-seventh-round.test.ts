/**
 * Cleaning, seventh round: head layouts found by varying where a page puts its date and label
 * (an update and a publication on one line, a date over the headline, a byline or label line under
 * it) and joint statements labelled in Spanish, Portuguese, French or Dutch.
 */
import { describe, expect, test } from 'vitest'
import { cleanHtmlDocument, cleanTextDocument } from '../../src/stages/clean/index.js'

const story = [
  'KINGSTON, Jamaica – The Ministry of National Security said the Coast Guard received two new interceptor vessels from the United States at a ceremony at the base on Tuesday.',
  '',
  'The vessels will support maritime patrols along the southern coast, the ministry said, adding that crews completed a two-week course before the handover.',
]
const headline = 'Coast Guard Receives Interceptors From United States'
const menus = ['Skip to main content', 'Ministry of National Security', 'Home', 'About', 'News', 'Search', '']

describe('a page’s date: the publication over the update', () => {
  test('HTML: "Last updated … | Published …" in a date element gives the publication', () => {
    const html = `<html><head><title>${headline}</title></head><body><article><h2>${headline}</h2><p>${story[0]}</p><p>${story[2]}</p><p class="posted">Last updated: 15 Aug 2026 | Published: 14 Aug 2026</p></article></body></html>`
    expect(cleanHtmlDocument(html, null).meta.published).toBe('2026-08-14')
  })
  test('text dump: the same line under the headline is the head’s date line, not a review footer', () => {
    const r = cleanTextDocument([...menus, headline, 'Last updated: 15 Aug 2026 | Published: 14 Aug 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
    expect(r.paragraphs[0]).toMatch(/^KINGSTON/)
  })
  test('a review line alone still dates the page only when nothing else does', () => {
    const r = cleanTextDocument([...menus, headline, 'August 14, 2026', '', ...story, '', 'Page last updated: 15 Aug 2026'].join('\n'), null)
    expect(r.meta.published).toBe('2026-08-14')
  })
})

describe('text dumps: where the headline sits around the date', () => {
  test('a date over the headline, under a short menu line: the line under the date is the headline', () => {
    const top = ['An official website of the United States government', "Here's how you know", 'U.S. Embassy in Jamaica', 'Menu', 'News & Events', '']
    const r = cleanTextDocument([...top, '08/14/2026', headline, '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
    expect(r.paragraphs[0]).toMatch(/^KINGSTON/)
  })
  test('a headline above its date keeps it, with a short line (a deck-less byline) under the date', () => {
    const r = cleanTextDocument([...menus, headline, 'August 14, 2026', 'Staff report', '', ...story].join('\n'), null)
    expect(r.meta.title).toBe(headline)
  })
  test('a byline and date on one line under the headline: a byline, not a label over the story', () => {
    const r = cleanTextDocument([...menus, headline, 'By Staff Writer | August 14, 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
  })
  test('a "Label | date" line under the headline, the story straight after', () => {
    const r = cleanTextDocument([...menus, headline, 'Press Release | Aug. 14, 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published, r.meta.kind]).toEqual([headline, '2026-08-14', 'press_release'])
  })
  test('a "Label | date" line over the headline, a menu line above it: the headline is under the label', () => {
    const top = ['U.S. Department of Defense', 'Search', 'News Releases Advisories Transcripts Spotlights About', '']
    const title = 'Readout of Deputy Assistant Secretary of Defense Travel to Jamaica'
    const r = cleanTextDocument([...top, 'RELEASE | March 15, 2024', '', title, '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([title, '2024-03-15'])
  })
})

describe('joint statements in other languages', () => {
  const page = (label: string, title = headline): string =>
    `<html><head><title>${title}</title></head><body><main><span class="label">${label}</span><h1>${title}</h1><div class="date">August 14, 2026</div><p>${story[0]}</p><p>${story[2]}</p></main></body></html>`
  test.each(['Joint Statement', 'Comunicado conjunto', 'Declaración conjunta', 'Declaração conjunta', 'Déclaration conjointe', 'Gezamenlijke verklaring'])('label "%s" is a statement', (label) => {
    expect(cleanHtmlDocument(page(label), null).meta.kind).toBe('statement')
  })
  test('a "Communiqué de presse" title is a press release; a "Communiqué" title a statement', () => {
    expect(cleanHtmlDocument(page('', `Communiqué de presse : ${headline}`), null).meta.kind).toBe('press_release')
    expect(cleanHtmlDocument(page('', `Communiqué: ${headline}`), null).meta.kind).toBe('statement')
  })
})

describe('text dumps: headlines in capitals, section lines, information services', () => {
  test('a headline in capitals over a "Posted on … by …" line is the title; a short label in capitals is not', () => {
    const caps = 'TTPS HOSTS REGIONAL NARCOTICS DETECTION CANINE COURSE'
    const r = cleanTextDocument([...menus, 'Media Centre / Press Releases', caps, 'Posted on July 10, 2026 by TTPS Corporate Communications Unit', 'Share on Facebook', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([caps, '2026-07-10'])
    expect(r.paragraphs[0]).toMatch(/^KINGSTON/)
    const office = cleanTextDocument([...menus, 'OFFICE OF THE SPOKESPERSON', 'July 10, 2026', '', ...story].join('\n'), null)
    expect(office.meta.title).not.toBe('OFFICE OF THE SPOKESPERSON')
  })
  test('a date over the headline, then "Posted in: Communiqués" and a share line: the section is a label, not body', () => {
    const top = ['Ir al contenido', 'CFAC', 'Home', 'News', 'Communiqués', 'Home > News > Communiqués']
    const title = 'Joint Communiqué of the Ordinary Meeting of the Superior Council'
    const r = cleanTextDocument([...top, '05.11.2026', title, 'Posted in: Communiqués', 'Share: Facebook | X | WhatsApp', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published, r.meta.kind]).toEqual([title, '2026-11-05', 'statement'])
    expect(r.paragraphs[0]).toMatch(/^KINGSTON/)
  })
  test('an information service named in the site header publishes the page, not the government holding its copyright', () => {
    const top = ['Skip to main content', 'Government of the Commonwealth of Dominica', 'Government Information Service (GIS)', 'Home', 'News', 'Search', '']
    const foot = ['', 'Related News', 'Cabinet approves new fisheries regulations', '© 2026 Government of the Commonwealth of Dominica. All Rights Reserved.']
    const r = cleanTextDocument([...top, headline, 'Thursday, October 15, 2026', 'Facebook', '', ...story, ...foot].join('\n'), null)
    expect([r.meta.publisher, r.meta.kind]).toEqual(['Government Information Service', 'news'])
  })
})

describe('text dumps: office names, bylines and units around the headline', () => {
  test('"Office of the Prime Minister" over a statement headline and its date is the office, not the title', () => {
    const title = 'Statement by the Prime Minister on the Interceptor Vessels Handover'
    const r = cleanTextDocument(['Office of the Prime Minister', title, 'August 14, 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.kind]).toEqual([title, 'statement'])
  })
  test('a byline with a rank ("By Staff Sgt. Jane Doe, U.S. Army South Public Affairs") is a byline: a news story', () => {
    const r = cleanTextDocument(['U.S. Army', 'Home', 'News', headline, 'By Staff Sgt. Jane Doe, U.S. Army South Public Affairs', 'August 14, 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.kind]).toEqual([headline, 'news'])
  })
  test('the author’s unit under "Story by …" is not the headline', () => {
    const r = cleanTextDocument(['DVIDS', 'News', 'Images', headline, 'Story by Sgt. John Smith', 'Joint Task Force-Bravo', 'August 14, 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.kind]).toEqual([headline, 'news'])
  })
  test('"From U.S. 4th Fleet Public Affairs" (no colon) names the issuing office: a press release', () => {
    const r = cleanTextDocument(['U.S. 4th Fleet', 'News', headline, 'From U.S. Naval Forces Southern Command/U.S. 4th Fleet Public Affairs', '14 August 2026', '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.kind]).toEqual([headline, 'press_release'])
  })
})

describe('dates in WordPress footers and place-and-date lines', () => {
  const lead = 'The Ministry of National Security said on Tuesday that the Coast Guard received two new interceptor vessels from the United States at a ceremony at the base.'
  const page = (before: string, after: string) =>
    `<html><head><title>${headline}</title></head><body><main><h1>${headline}</h1>${before}<p>${lead}</p><p>${story[2]}</p>${after}</main></body></html>`
  test('"This entry was posted on Thursday, August 14th, 2026 at 10:32 am and is filed under …" dates the page and leaves the body', () => {
    const r = cleanHtmlDocument(page('', '<div class="post-footer">This entry was posted on Thursday, August 14th, 2026 at 10:32 am and is filed under Press Releases.</div>'), null)
    expect(r.meta.published).toBe('2026-08-14')
    expect(r.paragraphs.join('\n')).not.toContain('This entry was posted')
  })
  test.each([
    ['Guatemala, 14 de agosto de 2026', '2026-08-14'],
    ['Kingston, 14 August 2026', '2026-08-14'],
  ])('"%s" on its own line dates the page and stays in the body', (line, iso) => {
    const r = cleanHtmlDocument(page(`<p><em>${line}</em></p>`, ''), null)
    expect(r.meta.published).toBe(iso)
    expect(r.paragraphs[0]).toBe(line)
  })
})

describe('date lines with a time or a label and no separator', () => {
  test.each(['14 August 2026 Press Release', 'Date: 14/08/2026 Time: 10:32'])('"%s" under the headline', (line) => {
    const r = cleanTextDocument([...menus, headline, line, '', ...story].join('\n'), null)
    expect([r.meta.title, r.meta.published, r.meta.kind]).toEqual([headline, '2026-08-14', 'press_release'])
  })
})

describe('a date split into elements', () => {
  test('"<span>14</span><span>Aug</span><span>2026</span>" in a date element reads as 14 Aug 2026', () => {
    const html = `<html><head><title>${headline}</title></head><body><main><div class="post-date"><span class="day">14</span><span class="month">Aug</span><span class="year">2026</span></div><h1>${headline}</h1><p>${story[0]}</p><p>${story[2]}</p></main></body></html>`
    expect(cleanHtmlDocument(html, null).meta.published).toBe('2026-08-14')
  })
})
