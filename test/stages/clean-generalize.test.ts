import { describe, expect, test } from 'vitest'
import { findDateline } from '../../src/stages/clean/byline.js'
import { datePhraseOf } from '../../src/stages/clean/head.js'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'
import { detectKind } from '../../src/stages/clean/kind.js'
import { bannerOf } from '../../src/stages/clean/meta.js'
import { estimateDepth } from '../../src/stages/clean/html-guard.js'
import { parseHtml } from '../../src/stages/clean/html.js'
import { compileSelector, selectEach } from '../../src/stages/clean/select.js'

const BODY =
  '<p>The patrol boats left the harbour on Thursday for a week of training with the coast guards of three neighbouring islands, officials said.</p>' +
  '<p>The exercise will be repeated in the autumn, when crews from two more islands are expected to join the boats.</p>'

function meta(html: string) {
  return cleanHtmlDocument(html, null).meta
}

describe('clean: dates pages print outside the declared metadata', () => {
  test.each([
    ['Posted on 3 March 2025 by Press Office', '2025-03-03'],
    ['Submitted by editor on Mon, 03/17/2025 - 14:32', '2025-03-17'],
    ['Monday, 3rd March 2025', '2025-03-03'],
    ['2025/3/7', '2025-03-07'],
  ])('%s → %s', (line, iso) => {
    expect(datePhraseOf(line)).toBe(iso)
  })

  test('a sentence mentioning a date is no date line', () => {
    expect(datePhraseOf('The talks ended on 3 March 2025 after two days of work in the capital city.')).toBeNull()
  })

  test('a date in an entry footer counts; one in a sidebar list of recent posts or a top bar does not', () => {
    const page = (extra: string) =>
      `<html><head><title>Boats sail for joint training – Example Defence Force</title></head><body>` +
      `<div class="top-bar"><span class="top-date">Saturday, February 22, 2025</span></div>` +
      `<article><h1>Boats sail for joint training</h1><div class="entry-content">${BODY}</div>${extra}</article>` +
      `<aside class="widget-area"><ul><li><a href="#">Other post</a> <span class="post-date">February 20, 2025</span></li></ul></aside></body></html>`
    expect(meta(page('<footer class="entry-footer"><span class="posted-on">Posted on 3 March 2025</span></footer>')).published).toBe('2025-03-03')
    expect(meta(page('')).published).toBeNull()
  })
})

describe('clean: datelines in more forms', () => {
  test('closed by a colon after a date and agency', () => {
    expect(findDateline('Basseterre, St. Kitts, March 14, 2025 (SKNIS): Fourteen officers graduated.')).toMatchObject({ place: 'Basseterre, St. Kitts', date: '2025-03-14' })
  })
  test('"City, Country." before a new sentence, but not after an abbreviation', () => {
    expect(findDateline('Belize City, Belize. The Belize Coast Guard and the navy concluded a patrol.')).toMatchObject({ place: 'Belize City, Belize', date: null })
    expect(findDateline('Jacksonville, Fla. The cutter returned home.')).toBeNull()
  })
})

describe('clean: headline and publisher when the declared title only names the site', () => {
  test('the heading opening the article is the headline; the logo names the publisher', () => {
    const html =
      `<html><head><title>Example Coast Guard | Home</title><meta property="og:title" content="Example Coast Guard"></head><body>` +
      `<div class="navbar"><a class="navbar-brand" href="/">EXAMPLE COAST GUARD</a></div>` +
      `<div class="panel"><p>NEWS RELEASE</p><p>Tuesday, 11th February, 2025</p><h3>Coast Guard Completes First Joint Patrol of the Year</h3>${BODY}</div></body></html>`
    const m = meta(html)
    expect(m.title).toBe('Coast Guard Completes First Joint Patrol of the Year')
    expect(m.published).toBe('2025-02-11')
    expect(m.kind).toBe('press_release')
    expect(m.publisher).toBe('Example Coast Guard')
    expect(cleanHtmlDocument(html, null).paragraphs[0]).toMatch(/^The patrol boats left/)
  })
})

describe('clean: kind from class names, URL paths and scored weak cues', () => {
  const base = { title: 'Boats sail for joint training', labels: [], head: '', siteKind: null }
  test('a WordPress category class names the kind', () => {
    expect(detectKind({ ...base, classTokens: ['single', 'category-press-releases'], publisher: null })).toEqual({ kind: 'press_release', rule: 'class-press-release' })
  })
  test('a URL path names the kind', () => {
    expect(detectKind({ ...base, url: 'https://example.gov/media-notes/boats/', publisher: 'organization' }).kind).toBe('media_note')
  })
  test('a news-story class outweighs the organization default; a /news/ path alone does not', () => {
    expect(detectKind({ ...base, classTokens: ['news-article'], publisher: 'organization' })).toEqual({ kind: 'news', rule: 'class-news-story' })
    expect(detectKind({ ...base, url: 'https://example.gov/news/boats', publisher: 'organization' })).toEqual({ kind: 'press_release', rule: 'url-news+organization' })
    expect(detectKind({ ...base, url: 'https://example.com/news/boats', publisher: null })).toEqual({ kind: 'news', rule: 'url-news' })
  })
})

describe('clean: compiled selectors and cheap scans', () => {
  test('selectors match like CSS (descendant, class, attribute)', () => {
    const $ = parseHtml('<main><article class="post x"><div class="content"><p itemprop="articleBody">a</p></div></article><div class="content">b</div></main>')
    const root = $.root().get(0) as never
    const [inArticle, byAttr, both] = selectEach(root, [compileSelector('article .content'), compileSelector('[itemprop=articleBody]'), compileSelector('.post, div.content')])
    expect(inArticle?.length).toBe(1)
    expect(byAttr?.map((el) => el.name)).toEqual(['p'])
    expect(both?.length).toBe(3)
    expect(() => compileSelector('a > b')).toThrow()
  })
  test('the depth estimate counts open elements, not void, self-closed or implicitly closed ones', () => {
    expect(estimateDepth('<!doctype html><html><body><div><div><span>x</span><br><img src=a /><p>y<p>z</div></div></body></html>')).toBe(5)
    expect(estimateDepth('<span>'.repeat(50))).toBe(50)
  })
  test('the official-site banner', () => {
    expect(bannerOf('<div>An official website of the United States government. A .mil website belongs to an official U.S. Department of Defense organization.</div>')).toBe('mil')
    expect(bannerOf('<p>Official websites use .gov</p>')).toBe('gov')
    expect(bannerOf('<p>Our website is new.</p>')).toBeNull()
  })
})

describe('clean: bylines and Spanish datelines', () => {
  test('a byline names a person or an office', async () => {
    const { bylinePerson } = await import('../../src/stages/clean/kind.js')
    expect(bylinePerson('By Senior Airman Kaylee J. Montaño, Joint Task Force-Bravo Public Affairs')).toBe(true)
    expect(bylinePerson('By U.S. Embassy Bridgetown')).toBe(false)
    expect(bylinePerson('By U.S. 4th Fleet Public Affairs')).toBe(false)
  })
  test('a story signed by a person on an organization site is news, unless a label says otherwise', () => {
    const base = { title: 'Medical teams treat 1,800 patients', labels: ['News'], head: '', siteKind: null, publisher: 'organization' as const }
    expect(detectKind({ ...base, byline: 'By Staff Sgt. Jane Doe, Army South Public Affairs' }).kind).toBe('news')
    expect(detectKind({ ...base, byline: 'By Army South Public Affairs' }).kind).toBe('press_release')
    expect(detectKind({ ...base, labels: ['Press Releases'], byline: 'By Juan P. Ortega, U.S. Southern Command Public Affairs' }).kind).toBe('press_release')
  })
  test('"SANTO DOMINGO.- La Armada …"', () => {
    expect(findDateline('SANTO DOMINGO.- The Navy of the Dominican Republic signed an agreement.')).toMatchObject({ place: 'SANTO DOMINGO' })
    expect(findDateline('PORT-AU-PRINCE, Haiti — The embassy')).toMatchObject({ place: 'PORT-AU-PRINCE, Haiti' })
  })
})

test('a byline of a newsroom\'s staff is no person', async () => {
  const { bylinePerson } = await import('../../src/stages/clean/kind.js')
  expect(bylinePerson('By DNO Staff')).toBe(false)
  expect(bylinePerson('By Staff Sgt. Leonel M. Arriaga, U.S. Army South Public Affairs')).toBe(true)
})

test('a unit of the host\'s publisher that names itself is the publisher', () => {
  const html =
    `<html><head><title>Cutter returns</title><link rel="canonical" href="https://www.news.uscg.mil/Press-Releases/Article/1/">` +
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cutter returns home after patrol","publisher":{"@type":"Organization","name":"U.S. Coast Guard Atlantic Area"}}</script>` +
    `</head><body><article><h1>Cutter returns home after patrol</h1>${BODY}</article></body></html>`
  expect(meta(html).publisher).toBe('U.S. Coast Guard Atlantic Area')
})

test('newsletter prompts are chrome', async () => {
  const { chromeRuleOf } = await import('../../src/stages/clean/chrome.js')
  expect(chromeRuleOf('Subscribe to Defense.gov Products')?.id).toBe('subscribe-heading')
  expect(chromeRuleOf('Choose which Defense.gov products you want delivered to your inbox.')?.id).toBe('inbox-prompt')
  expect(chromeRuleOf('Subscribers to the service will receive the report in March, officials said.')).toBeNull()
})
