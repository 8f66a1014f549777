import { describe, expect, test } from 'vitest'
import { findDateline, findSpokesperson } from '../../src/stages/clean/byline.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { readHead, readTail } from '../../src/stages/clean/head.js'
import { detectKind } from '../../src/stages/clean/kind.js'
import { parseDateLine, parseDateText } from '../../src/stages/clean/parse-date.js'
import { publisherByHost, publisherByName, publisherClass } from '../../src/stages/clean/publisher.js'
import { chooseTitle, stripSiteSuffix, titleSegments } from '../../src/stages/clean/title.js'

describe('clean: publication dates', () => {
  test.each([
    ['Nov. 12, 2019', '2019-11-12'],
    ['November 12, 2019', '2019-11-12'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['12 November 2019', '2019-11-12'],
    ['Friday, 20 September 2019', '2019-09-20'],
    ['2021-03-11T14:05:00-05:00', '2021-03-11'],
    ['2021-03-11T02:00:00Z', '2021-03-11'],
    ['11/12/2019', '2019-11-12'],
    ['25/12/2019', '2019-12-25'],
    ['2019/11/12', '2019-11-12'],
    ['12 de noviembre de 2019', '2019-11-12'],
    ['le 3 mars 2020', '2020-03-03'],
    ['Nov. 14-15, 2019', '2019-11-14'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso)
  })

  test('impossible days and dates without a year are no dates', () => {
    expect([parseDateText('Feb. 30, 2021'), parseDateText('March 8'), parseDateText('Friday'), parseDateText('2019-13-01')]).toEqual([null, null, null, null])
  })

  test('a date line holds nothing but a date', () => {
    expect(parseDateLine('Published: Nov. 26, 2025 10:00 AM EST')).toBe('2025-11-26')
    expect(parseDateLine('Posted on Tuesday, May 6, 2025')).toBe('2025-05-06')
    expect(parseDateLine('Ministers met in Miami on Nov. 14, 2019')).toBeNull()
    // A day-first date with the hour written the Spanish way.
    expect(parseDateLine('15/05/2026 - 10:42 h')).toBe('2026-05-15')
  })
})

describe('clean: datelines', () => {
  test.each([
    ['MIAMI – Defense leaders from the United States met.', 'MIAMI', null],
    ['PORT-AU-PRINCE, Haiti — The embassy donated vehicles.', 'PORT-AU-PRINCE, Haiti', null],
    ["ST. JOHN'S, Antigua – The exercise began.", "ST. JOHN'S, Antigua", null],
    ['KINGSTON, Jamaica, Nov. 12, 2019 – The JDF said.', 'KINGSTON, Jamaica', '2019-11-12'],
    ['WASHINGTON (AP) — Officials said on Monday.', 'WASHINGTON', null],
    ['KEY WEST, Fla. — The cutter returned.', 'KEY WEST, Fla.', null],
    ['Washington, D.C. – The OAS signed an agreement.', 'Washington, D.C.', null],
    ['Belmopan, February 8, 2024. The Governments of Belize and the United States met.', 'Belmopan', '2024-02-08'],
    ['March 3, 2023 – Ottawa, Ontario – National Defence / Canadian Armed Forces', 'Ottawa, Ontario', '2023-03-03'],
    ['JOINT BASE SAN ANTONIO-FORT SAM HOUSTON, Texas – Senior enlisted leaders gathered.', 'JOINT BASE SAN ANTONIO-FORT SAM HOUSTON, Texas', null],
  ])('%s', (paragraph, place, date) => {
    const found = findDateline(paragraph)
    expect([found?.place ?? null, found?.date ?? null]).toEqual([place, date])
  })

  test.each([
    'Department of Defense spokesman Lieutenant Colonel Devin T. Robinson provided the following readout:',
    'On November 16, 2023, the Deputy Assistant Secretary represented the Department.',
    'Ostrander, who traveled with SOUTHCOM, began the visit Monday.',
    'Yesterday – as expected – the ministers met.',
    'The Dialogue was hosted by Saint Lucia.',
  ])('no dateline: %s', (paragraph) => {
    expect(findDateline(paragraph)).toBeNull()
  })
})

describe('clean: spokesperson', () => {
  test.each([
    ['Department of Defense spokesman Lieutenant Colonel Devin T. Robinson provided the following readout:', 'Devin T. Robinson'],
    ['Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:', 'Pat Ryder'],
    ['The following is attributable to Spokesperson Matthew Miller:', 'Matthew Miller'],
    ['The conference was postponed, said SOUTHCOM spokesman Col. Brian R. Tolliver.', 'Brian R. Tolliver'],
    ['Office of the Spokesperson\nThe United States will host the dialogue.', null],
    ['Media Note\nOffice of the Spokesperson', null],
  ])('%s', (text, name) => {
    expect(findSpokesperson(text)).toBe(name)
  })
})

describe('clean: titles', () => {
  test('site suffixes come off <title>', () => {
    expect(stripSiteSuffix('SOUTHCOM Military Deputy Commander Visits Guyana > U.S. Southern Command > Press Release View', 'U.S. Southern Command')).toBe(
      'SOUTHCOM Military Deputy Commander Visits Guyana',
    )
    expect(stripSiteSuffix('United States Donates Vehicles | U.S. Embassy in Haiti', null)).toBe('United States Donates Vehicles')
    expect(titleSegments('Thetis returns to Key West > United States Coast Guard News > Press Releases', 'Thetis returns to Key West')).toEqual([
      'United States Coast Guard News',
      'Press Releases',
    ])
  })

  test('the <h1> wins when the declared title agrees with it, or when only a generic <title> exists', () => {
    expect(chooseTitle({ h1: 'Exercise Tradewinds Opens', ogTitle: 'Exercise Tradewinds Opens | TTDF', ldHeadline: null, docTitle: null, siteName: 'TTDF' })).toEqual({
      title: 'Exercise Tradewinds Opens',
      source: 'h1+og:title',
    })
    expect(
      chooseTitle({ h1: 'OAS and CARICOM IMPACS Sign Agreement', ogTitle: null, ldHeadline: null, docTitle: 'OAS - Organization of American States: Democracy for peace', siteName: null }),
    ).toEqual({ title: 'OAS and CARICOM IMPACS Sign Agreement', source: 'h1' })
    expect(chooseTitle({ h1: 'U.S. Southern Command', ogTitle: 'SOUTHCOM Hosts Partners', ldHeadline: null, docTitle: null, siteName: 'U.S. Southern Command' })).toEqual({
      title: 'SOUTHCOM Hosts Partners',
      source: 'og:title',
    })
  })
})

describe('clean: kind', () => {
  const base = { title: null, labels: [], head: '', siteKind: null, publisher: null } as const
  test.each([
    [{ ...base, title: 'Readout of Secretary Austin’s Meeting With Jamaica’s Chief of Defence Staff' }, 'readout'],
    [{ ...base, head: 'Department of Defense spokesman Lieutenant Colonel Devin T. Robinson provided the following readout:' }, 'readout'],
    [{ ...base, title: 'Joint Statement on the Twelfth Dialogue', labels: ['Press Releases'] }, 'statement'],
    [{ ...base, labels: ['Press Releases', 'Media Note'] }, 'media_note'],
    [{ ...base, labels: ['Fact Sheet'] }, 'fact_sheet'],
    [{ ...base, head: 'FOR IMMEDIATE RELEASE\nBRIDGETOWN, Barbados – The embassy said.' }, 'press_release'],
    [{ ...base, labels: ['News story'] }, 'news'],
    [{ ...base, labels: ['News'], publisher: 'organization' }, 'press_release'],
    [{ ...base, labels: ['News'], publisher: 'news' }, 'news'],
    [{ ...base, siteKind: 'news' }, 'news'],
    [{ ...base, publisher: 'news' }, 'news'],
    [{ ...base, labels: ['News item'], publisher: 'organization' }, 'news'],
    [{ ...base, labels: ['News'], classTokens: ['news-article'], publisher: 'organization' }, 'news'],
    [{ ...base, title: 'Joint Communiqué: Panama and Costa Rica hold Border Commission' }, 'statement'],
    [{ ...base }, 'press_release'],
  ] as const)('%j → %s', (input, kind) => {
    expect(detectKind(input).kind).toBe(kind)
  })
})

describe('clean: publishers', () => {
  test('by host, by name, by kind of name', () => {
    expect(publisherByHost('jtfb.southcom.mil')?.name).toBe('Joint Task Force-Bravo')
    expect(publisherByHost('www.southcom.mil')?.name).toBe('U.S. Southern Command')
    expect(publisherByHost('jm.usembassy.gov')?.name).toBe('U.S. Embassy in Jamaica')
    expect(publisherByHost('example.org')).toBeNull()
    expect(publisherByName('Department of Defense')?.name).toBe('U.S. Department of Defense')
    expect(publisherByName('SOUTHCOM')?.name).toBe('U.S. Southern Command')
    expect([publisherClass('Government of Belize Press Office'), publisherClass('Demerara Courier'), publisherClass('Acme')]).toEqual(['organization', 'news', null])
  })
})

describe('clean: head and tail lines', () => {
  test('label, bureau, date and byline before the body; the dateline starts it', () => {
    const head = readHead(
      ['Press Release No. 27/2019 – Friday, 20 September 2019', 'Photo: soldiers on parade. (RSS Photo)', 'CHRIST CHURCH, Barbados – The RSS concluded training.', 'More text.'],
      { findTitle: false, knownTitle: null },
    )
    expect([head.bodyStart, head.published, head.labels]).toEqual([2, '2019-09-20', ['Press Release']])
  })

  test('signatures, reference numbers and date lines after the last sentence go; list items stay', () => {
    expect(readTail(['The ministers agreed to meet again.', 'CARICOM Secretariat', 'Turkeyen, Greater Georgetown, Guyana'], () => false)).toEqual({ end: 1, published: null })
    expect(readTail(['The agreement was signed.', 'Reference: E-027/22', 'Published 19 October 2023'], () => false)).toEqual({ end: 1, published: '2023-10-19' })
    expect(readTail(['Topics include:', 'Maritime security', 'Cybercrime'], (i) => i > 0)).toEqual({ end: 3, published: null })
  })

  test('chrome lines', () => {
    expect(chromeRuleOf("Here’s how you know")?.id).toBe('gov-banner-how')
    expect(chromeRuleOf('A lock (lock ) or https:// means you’ve safely connected to the .mil website. Share sensitive information only on official, secure websites.')?.id).toBe('gov-banner-lock')
    expect(chromeRuleOf('Share on Facebook')?.id).toBe('share-bar')
    expect(chromeRuleOf('###')).toEqual({ id: 'end-marker', end: true })
    expect(chromeRuleOf('-USCG-')).toEqual({ id: 'end-marker', end: true })
    expect(chromeRuleOf('For more information, please contact the Embassy Press Office at press@example.gov.')?.id).toBe('contact-line')
    expect(chromeRuleOf('Media enquiries: Newsdesk, 020 7008 3100. Follow the Embassy on X.')?.id).toBe('contact-line')
    expect(chromeRuleOf('For more information on the programme, the ministry will hold a briefing on Monday.')).toBeNull()
    expect(chromeRuleOf('Issued by: RVIPF Media Relations Unit')?.id).toBe('issued-by')
    expect(chromeRuleOf('Tags: Counternarcotics, Peru')?.id).toBe('tags-line')
    expect(chromeRuleOf('Copyright © 2026 Ministry of Defence. All rights reserved.')?.id).toBe('copyright')
    expect(chromeRuleOf('Photo: Ministry of Defence')?.id).toBe('photo-line')
    expect(chromeRuleOf('Download PDF (245 KB)')?.id).toBe('download-file')
    expect(chromeRuleOf('Tel: (284) 468-9300 | Email: media@example.vg')).toBeNull()
    expect(chromeRuleOf('The ministers shared their views on maritime security.')).toBeNull()
  })
})
