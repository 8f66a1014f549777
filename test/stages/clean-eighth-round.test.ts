/**
 * Cleaning, eighth round: publication dates found where pages of this domain put them when no
 * head line dates the page (a dateline's day without its year, the release date under the end
 * marker, a date in the headline, compact and dateCreated meta values, place-and-date lines) and a
 * dump's site name as its publisher.
 */
import { describe, expect, test } from 'vitest'
import { findDateline } from '../../src/stages/clean/byline.js'
import { cleanHtmlDocument, cleanTextDocument } from '../../src/stages/clean/index.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { monthDayAt, parseDateLine } from '../../src/stages/clean/parse-date.js'

const story = [
  'The Ministry of National Security said the Coast Guard received two new interceptor vessels from the United States at a ceremony at the base on Tuesday.',
  'The vessels will support maritime patrols along the southern coast, the ministry said, adding that crews completed a two-week course before the handover.',
]
const headline = 'Coast Guard Receives Two Interceptor Vessels'
const page = (head: string, main: string, foot = '<footer><p>Copyright © 2026 Ministry of National Security.</p></footer>'): string =>
  `<html><head><title>${headline} | Ministry of National Security</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main>${main}</main>${foot}</body></html>`
const paras = story.map((p) => `<p>${p}</p>`).join('')

describe('a dateline’s day without its year', () => {
  test('"KINGSTON, Jamaica, Aug. 14 (JIS):" is a dateline with a day and no year', () => {
    expect(findDateline(`KINGSTON, Jamaica, Aug. 14 (JIS): ${story[0]}`)).toEqual({ place: 'KINGSTON, Jamaica', date: null, monthDay: '08-14', length: 34 })
    expect(findDateline(`Santo Domingo, 14 ago (EFE).- ${story[0]}`)?.monthDay).toBe('08-14')
    // Without an agency after it, a month and a day stay a place part's words.
    expect(findDateline(`KINGSTON, Jamaica, Aug. 14 – ${story[0]}`)).toBeNull()
  })
  test('monthDayAt reads both orders and refuses impossible days', () => {
    expect(monthDayAt('Aug. 14 (JIS)')).toEqual(['08-14', 7])
    expect(monthDayAt('14 de agosto (EFE)')?.[0]).toBe('08-14')
    expect(monthDayAt('Feb. 30 (JIS)')).toBeNull()
    expect(monthDayAt('August (JIS)')).toBeNull()
  })
  test('the year comes from the copyright notice when nothing else dates the page', () => {
    const r = cleanHtmlDocument(page('', `<h1>${headline}</h1><p>KINGSTON, Jamaica, Aug. 14 (JIS): ${story[0]}</p><p>${story[1]}</p>`), null)
    expect([r.meta.published, r.meta.evidence['published']]).toEqual(['2026-08-14', 'dateline-day+copyright-year'])
  })
  test('a full date in the text near that day gives the year before the copyright does', () => {
    const text = `<p>KINGSTON, Jamaica, Dec. 30 (JIS): ${story[0]}</p><p>The next course opens on January 12, 2027, the ministry said.</p>`
    const r = cleanHtmlDocument(page('', `<h1>${headline}</h1>${text}`), null)
    expect([r.meta.published, r.meta.evidence['published']]).toEqual(['2026-12-30', 'dateline-day+text-year'])
  })
  test('a year in the URL comes first', () => {
    const r = cleanHtmlDocument(page('', `<h1>${headline}</h1><p>KINGSTON, Jamaica, Aug. 14 (JIS): ${story[0]}</p><p>${story[1]}</p>`), 'https://jis.gov.jm/2025/coast-guard/')
    expect(r.meta.published).toBe('2025-08-14')
  })
  test('text dump: the dateline under the headline anchors the head, and dates the page', () => {
    const dump = ['Jamaica Information Service', 'Home', 'News', '', headline, '', 'Photo: JIS', '', `KINGSTON, Jamaica, Aug. 14 (JIS): ${story[0]}`, '', story[1], '', '© 2026 Jamaica Information Service'].join('\n')
    const r = cleanTextDocument(dump, null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
    expect(r.paragraphs[0]).toMatch(/^KINGSTON, Jamaica, Aug\. 14 \(JIS\):/)
  })
  test('a page with no year anywhere stays undated', () => {
    const r = cleanHtmlDocument(page('', `<h1>${headline}</h1><p>KINGSTON, Jamaica, Aug. 14 (JIS): ${story[0]}</p><p>${story[1]}</p>`, ''), null)
    expect(r.meta.published).toBeNull()
  })
})

describe('the release date under the end marker', () => {
  test('HTML: "-END-" then the date', () => {
    const r = cleanHtmlDocument(page('', `<h1>${headline}</h1>${paras}<p>-END-</p><p>August 14, 2026</p>`), null)
    expect([r.meta.published, r.meta.evidence['published']]).toEqual(['2026-08-14', 'after-end-marker'])
    expect(r.paragraphs.join(' ')).not.toMatch(/August 14, 2026/)
  })
  test('text dump: "-30-", a contact line, then "Release date: …"', () => {
    const dump = ['Ministry of National Security', 'Home', 'News', '', headline, '', story[0], '', story[1], '', '-30-', 'Contact: Communications Unit', 'Release date: 14 August 2026'].join('\n')
    const r = cleanTextDocument(dump, null)
    expect(r.meta.published).toBe('2026-08-14')
    expect(r.paragraphs).toEqual(story)
  })
})

describe('other places a page dates itself', () => {
  test('a date as a part of the headline', () => {
    expect(cleanHtmlDocument(page('', `<h1>August 14, 2026 – ${headline}</h1>${paras}`), null).meta.published).toBe('2026-08-14')
    expect(cleanHtmlDocument(page('', `<h1>${headline} (14 August 2026)</h1>${paras}`), null).meta.published).toBe('2026-08-14')
    // A date the headline speaks about is not one of its parts.
    expect(cleanHtmlDocument(page('', `<h1>Ministry Marks August 14, 2026 Anniversary of the Coast Guard</h1>${paras}`), null).meta.published).toBeNull()
  })
  test('compact and dateCreated meta values', () => {
    expect(cleanHtmlDocument(page('<meta name="pubdate" content="20260814">', `<h1>${headline}</h1>${paras}`), null).meta.published).toBe('2026-08-14')
    expect(cleanHtmlDocument(page('<meta itemprop="dateCreated" content="2026-08-14">', `<h1>${headline}</h1>${paras}`), null).meta.published).toBe('2026-08-14')
  })
  test('date lines: "the 14th of August 2026", an RSS-style time zone, a place in two parts, "le 14 août"', () => {
    expect(parseDateLine('Thursday, the 14th of August 2026')).toBe('2026-08-14')
    expect(parseDateLine('Thu, 14 Aug 2026 09:00:00 -0500')).toBe('2026-08-14')
    const r = cleanHtmlDocument(page('', `<h1>${headline}</h1><p>Bridgetown, Barbados. 14th August, 2026.</p>${paras}`), null)
    expect(r.meta.published).toBe('2026-08-14')
    expect(findDateline(`Port-au-Prince, le 14 août 2026 – ${story[0]}`)?.date).toBe('2026-08-14')
  })
})

describe('a dump’s publisher from its first line', () => {
  test('"Ministry of National Security" over the menus publishes the page (a press release, not news)', () => {
    const dump = ['Ministry of National Security', 'Home', 'News', 'Contact', '', headline, '', story[0], '', story[1], '', 'August 14, 2026'].join('\n')
    const r = cleanTextDocument(dump, null)
    expect([r.meta.publisher, r.meta.kind]).toEqual(['Ministry of National Security', 'press_release'])
  })
  test('a menu line is not a publisher', () => {
    const dump = ['Home', 'Press Office', 'News', '', headline, 'August 14, 2026', '', story[0], '', story[1]].join('\n')
    expect(cleanTextDocument(dump, null).meta.publisher).toBeNull()
  })
})

describe('text dumps: more head layouts', () => {
  const top = ['Ministry of National Security', 'Home', 'About', 'News', 'Contact', '']
  const body = [story[0], '', story[1]]
  test('a headline and its date on one line', () => {
    const r = cleanTextDocument([...top, `${headline} - August 14, 2026`, '', ...body].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
    // "Posted: … | Updated: …" is a date line, not a headline.
    const p = cleanTextDocument([...top, headline, 'Posted: 14 August 2026 | Updated: 15 August 2026', '', ...body].join('\n'), null)
    expect([p.meta.title, p.meta.published]).toEqual([headline, '2026-08-14'])
  })
  test('"Publié le 14/08/2026 à 10h32" is a date line', () => {
    expect(parseDateLine('Publié le 14/08/2026 à 10h32')).toBe('2026-08-14')
  })
  test('a long first paragraph opening with a dated dateline anchors the headline above it', () => {
    const r = cleanTextDocument([...top, headline, '', `KINGSTON, Jamaica, Thursday, August 14, 2026 – ${story[0]}`, '', story[1]].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
  })
  test('with no date near it, the headline is the line right over the story, under short lines only', () => {
    const r = cleanTextDocument([...top, headline, '', ...body, '', 'Ministry of National Security', 'August 14, 2026'].join('\n'), null)
    expect([r.meta.title, r.meta.published]).toEqual([headline, '2026-08-14'])
    expect(r.paragraphs[0]).toBe(story[0])
  })
})

describe('more chrome lines', () => {
  test('"Related:", a bracketed photo line, a caption ending with its credit, WordPress related-post UI', () => {
    for (const line of ['Related:', '[Photo: Course participants with the Commissioner and instructors]', 'The new dock on the river at Yaviza. Photo: Canal Times/Archive', 'Like Loading...', 'In “Crime”']) {
      expect(chromeRuleOf(line)).not.toBeNull()
    }
    expect(chromeRuleOf('Relations between the two countries were discussed at length.')).toBeNull()
    expect(chromeRuleOf('The photo: a boat at sea, was taken by the crew.')).toBeNull()
  })
})
