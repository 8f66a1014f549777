/**
 * Text dumps of whole pages (a browser's "select all, copy"): menus, a breadcrumb trail, the
 * headline, a date line, share buttons, the release, then tags, related links and a footer.
 * Also the small metadata rules added with them. Inputs are invented for these tests.
 */
import { describe, expect, test } from 'vitest'
import { findDateline } from '../../src/stages/clean/byline.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { breadcrumbItems } from '../../src/stages/clean/head.js'
import { cleanHtmlDocument, cleanTextDocument } from '../../src/stages/clean/index.js'
import { findDate, parseDateLine } from '../../src/stages/clean/parse-date.js'
import { copyrightHolder, isNewsAgency } from '../../src/stages/clean/publisher.js'
import { cleanTextDump } from '../../src/stages/clean/text-dump.js'

const menu = ['Skip to content', 'Eastern Caribbean Fisheries Council', 'Search for:', 'Home', 'About', 'Members', 'Programmes', 'Media', 'Statements', 'Events', 'Careers', 'Library', 'Contact']
const story = [
  'The Council met in Roseau on 3 March 2026 to review the joint patrol plan for the fishing season and agreed to share vessel tracking data among its members.',
  'Ministers also approved a training course for fisheries officers, to be held in Castries in May, and asked the secretariat to report on illegal fishing by the end of the year.',
]

describe('clean: whole-page text dumps', () => {
  test('a long menu and a breadcrumb before the headline: the header is found below them', () => {
    const input = [
      ...menu,
      'You are here: Home / Media / Statements / Council Agrees Joint Patrol Plan',
      'Council Agrees Joint Patrol Plan',
      '5th March 2026 | Statements, Fisheries',
      'Share:',
      'Facebook',
      'Email',
      '',
      ...story.flatMap((p) => [p, '']),
      'Tags: Fisheries, Patrols',
      'Related Posts',
      'Council welcomes new Executive Secretary',
      '2nd March 2026',
      '© 2026 Eastern Caribbean Fisheries Council. All rights reserved.',
    ].join('\n')
    const dump = cleanTextDump(input)
    expect(dump.title).toBe('Council Agrees Joint Patrol Plan')
    expect(dump.published).toBe('2026-03-05')
    expect(dump.labels).toContain('Statements')
    expect(dump.paragraphs).toEqual(story)
    const doc = cleanTextDocument(input, null)
    expect(doc.meta.kind).toBe('statement')
    expect(doc.meta.publisher).toBe('Eastern Caribbean Fisheries Council')
    expect(doc.meta.evidence['publisher']).toBe('copyright-line')
  })

  test('a date line under a headline is not a hard-wrapped continuation of it', () => {
    const dump = cleanTextDump(['Home', 'Menu', 'Council Agrees Joint Patrol Plan', '5th March 2026 | Statements', '', ...story].join('\n'))
    expect(dump.title).toBe('Council Agrees Joint Patrol Plan')
    expect(dump.published).toBe('2026-03-05')
  })

  test('a "Related Articles" list followed by prose is not cut: the body goes on', () => {
    const input = ['Council Agrees Joint Patrol Plan', 'March 5, 2026', '', story[0], '', 'Related Articles', '', story[1]].join('\n')
    expect(cleanTextDump(input).paragraphs).toEqual(story)
  })

  test('breadcrumb trails', () => {
    expect(breadcrumbItems('Home > Media > News > Training')).toEqual(['Home', 'Media', 'News', 'Training'])
    expect(breadcrumbItems('You are here: Home / News / A Title')).toEqual(['Home', 'News', 'A Title'])
    expect(breadcrumbItems('Imports rose 4 / 5 per cent')).toBeNull()
    expect(breadcrumbItems('Home > News')).toBeNull()
  })
})

describe('clean: small metadata rules', () => {
  test('copyright lines name the publisher only when the name reads as one', () => {
    expect(copyrightHolder('© 2026 Eastern Caribbean Fisheries Council. All rights reserved.')).toBe('Eastern Caribbean Fisheries Council')
    expect(copyrightHolder('Copyright © 2019-2026 The Island Courier | Privacy')).toBe('The Island Courier')
    expect(copyrightHolder('© 2026 All rights reserved.')).toBeNull()
    expect(copyrightHolder('© 2026 John Smith')).toBeNull()
  })

  test('government information services report news', () => {
    expect(isNewsAgency('Montserrat Government Information Service')).toBe(true)
    expect(isNewsAgency('Department of Public Information')).toBe(true)
    expect(isNewsAgency('Ministry of National Security')).toBe(false)
  })

  test('dotted and dashed numeric dates are day first; slashed ones U.S. order unless impossible', () => {
    expect(parseDateLine('13-05-2025')).toBe('2025-05-13')
    expect(parseDateLine('Published: 02.03.2024')).toBe('2024-03-02')
    expect(findDate('03/04/2024 02:31 PM EST')?.iso).toBe('2024-03-04')
    expect(findDate('25/04/2024')?.iso).toBe('2024-04-25')
  })

  test('"City.-" datelines of the Spanish-language press, in mixed case too', () => {
    expect(findDateline('San Pedro de Macorís.- The provincial police said on Monday …')?.place).toBe('San Pedro de Macorís')
    expect(findDateline('Yesterday - the ministers met')).toBeNull()
  })

  test('chrome lines: updates prompts, captions, credits, ad markers, asterisk end markers, empty contact labels, apologies of page widgets, promotions of other pages', () => {
    expect(chromeRuleOf('For updates, follow @FisheriesCouncil on X.')?.id).toBe('follow-for-updates')
    expect(chromeRuleOf('For more news from the Eastern Caribbean Fisheries Council, visit the Newsroom.')?.id).toBe('follow-for-updates')
    expect(chromeRuleOf('For more information, the Council can be reached by telephone.')).toBeNull()
    expect(chromeRuleOf('Photo caption: Ministers at the opening session.')?.id).toBe('photo-caption')
    expect(chromeRuleOf('Ministers at the opening session © Fisheries Council')?.id).toBe('credit-suffix')
    expect(chromeRuleOf('- Advertisement -')?.id).toBe('advertisement')
    expect(chromeRuleOf('***')).toEqual({ id: 'end-marker', end: true })
    expect(chromeRuleOf('Fax:')?.id).toBe('empty-contact-field')
    expect(chromeRuleOf('Fax: 555-0100')).toBeNull()
    expect(chromeRuleOf("We're sorry. This map could not be loaded in your browser.")?.id).toBe('ui-sorry')
    expect(chromeRuleOf('"Sorry, we cannot comment on that," the minister said.')).toBeNull()
    expect(chromeRuleOf("Visit the Council's Fisheries Data page to learn more about catch limits.")?.id).toBe('visit-to-learn-more')
    expect(chromeRuleOf('Ministers will visit the new fisheries complex to learn more about its work.')).toBeNull()
  })

  test('an acronym site name is spelled out by the logo; a BEM caption class is dropped', () => {
    const html = `<!doctype html><html><head><title>Council Agrees Joint Patrol Plan – ECFC</title><meta property="og:site_name" content="ECFC"></head>
<body><header><a class="logo" href="/"><img src="/logo.png" alt="Eastern Caribbean Fisheries Council"></a></header>
<article class="story"><h1 class="story__title">Council Agrees Joint Patrol Plan</h1><p class="story__date">March 5, 2026</p>
<figure class="story__figure"><img src="/a.jpg" alt=""><p class="story__caption">Ministers at the opening session. (J.Doe/ECFC)</p></figure>
<div class="story__body"><p>${story[0]}</p><p>${story[1]}</p></div></article></body></html>`
    const res = cleanHtmlDocument(html, null)
    expect(res.meta.publisher).toBe('Eastern Caribbean Fisheries Council')
    expect(res.paragraphs).toEqual(story)
  })
})
