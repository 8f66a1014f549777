/**
 * Cleaning, fifth round: whole-page dumps whose header is a date-first dateline (Canada.ca) or
 * whose site shows today's date over its menus (a newspaper), reading-time lines, a government
 * portal whose logo names its information service, and stories signed by a person on an
 * organization's "News" pages.
 */
import { describe, expect, test } from 'vitest'
import { cleanHtmlDocument, cleanTextDocument } from '../../src/stages/clean/index.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { parseDateLine } from '../../src/stages/clean/parse-date.js'

const story = [
  'Today, the Parliamentary Secretary announced $9.2 million in funding for three projects to strengthen border and maritime security in Guyana and Suriname.',
  '',
  'The first course will be held in Paramaribo in February 2026, the department said in its statement on the programme.',
]

describe('whole-page text dumps', () => {
  test('Canada.ca: the headline above "From:", a label and a date-first dateline; the menus above go', () => {
    const menus = ['Skip to main content', 'Language selection', 'Français', 'Government of Canada', 'Search Canada.ca', 'Menu', 'Jobs and the workplace', 'Immigration and citizenship', 'You are here:', 'Canada.ca', 'Global Affairs Canada', 'News']
    const head = ['Canada announces support to strengthen border security in Guyana and Suriname', 'From: Global Affairs Canada', 'News release', 'December 9, 2025 - Georgetown, Guyana - Global Affairs Canada', '']
    const r = cleanTextDocument([...menus, ...head, ...story].join('\n'), null)
    expect(r.meta.title).toBe('Canada announces support to strengthen border security in Guyana and Suriname')
    expect(r.meta.published).toBe('2025-12-09')
    expect(r.paragraphs[0]).toBe('December 9, 2025 - Georgetown, Guyana - Global Affairs Canada')
    expect(r.paragraphs.join('\n')).not.toContain('Immigration and citizenship')
  })
  test('a newspaper: today’s date over the menus is not the story’s header; the byline is not its headline', () => {
    const top = ['Skip to content', 'Friday, August 21, 2026', 'Latest:', 'Cabinet approves new fisheries complex for Dennery', 'Saint Lucia Sun Tribune', 'Truth in Every Tide', 'Home', 'News', 'Local', 'Regional', 'Sports']
    const head = ['Regional customs conference postponed as south recovers from floods', 'By Marcia Joseph-Alcide', 'August 21, 2026', '4 min read', 'Share on WhatsApp', '']
    const r = cleanTextDocument([...top, ...head, ...story].join('\n'), null)
    expect(r.meta.title).toBe('Regional customs conference postponed as south recovers from floods')
    expect(r.paragraphs[0]).toMatch(/^Today, the Parliamentary Secretary/)
    expect(r.paragraphs.join('\n')).not.toMatch(/Truth in Every Tide|min read|fisheries complex/)
  })
  test('reading-time lines and WhatsApp share buttons are chrome', () => {
    expect(chromeRuleOf('4 min read')?.id).toBe('read-time')
    expect(chromeRuleOf('12 minute read')?.id).toBe('read-time')
    expect(chromeRuleOf('Share on WhatsApp')?.id).toBe('share-bar')
    expect(chromeRuleOf('We read the minutes for 4 min')).toBeNull()
  })
})

const html = (brand: string, meta: string, site: string) => `<!doctype html><html><head><title>Boathouse commissioned | ${site}</title>
<meta property="og:site_name" content="${site}"></head><body>
<header><div class="brand"><img src="/arms.png" alt="Coat of Arms">${brand}</div><nav><a href="/news">News</a></nav></header>
<main><article><div class="breadcrumbs"><a href="/">Home</a> : <a href="/News/">News</a> : <span>Article</span></div>
<h1>New Coast Guard boathouse commissioned at True Blue</h1>${meta}
<div class="article-body"><p>The Royal Grenada Police Force Coast Guard received a renovated boathouse and maintenance facility at True Blue on Thursday, in a ceremony attended by the Minister for National Security.</p>
<p>The US$1.4 million project was funded through the Caribbean Basin Security Initiative and built by a local contractor under the supervision of engineers.</p></div></article></main></body></html>`

describe('publishers and kinds of organizations’ pages', () => {
  test('a government portal whose logo names its information service: the service publishes, and its stories are news', () => {
    const r = cleanHtmlDocument(html('<span class="name">GOVERNMENT OF GRENADA</span><span class="sub">Government Information Service</span>', '<p class="published">Published: 09 October 2026</p>', 'Government of Grenada'), 'https://www.gov.gd/news/boathouse')
    expect(r.meta.publisher).toBe('Government Information Service, Government of Grenada')
    expect(r.meta.kind).toBe('news')
  })
  test('the same portal without such a logo line publishes its releases as itself', () => {
    const r = cleanHtmlDocument(html('<span class="name">GOVERNMENT OF GRENADA</span>', '<p class="published">Published: 09 October 2026</p>', 'Government of Grenada'), 'https://www.gov.gd/news/boathouse')
    expect(r.meta.publisher).toBe('Government of Grenada')
    expect(r.meta.kind).toBe('press_release')
  })
  test('a story signed by a person under an organization’s "News" menu is news', () => {
    const r = cleanHtmlDocument(
      html('<span>U.S. Air Force</span>', '<p class="meta">By Tech. Sgt. Lorenzo P. Abernathy, 12th Air Force Public Affairs / Published March 6, 2026</p>', 'Air Force'),
      'https://www.af.mil/News/Article-Display/Article/1/boathouse/',
    )
    expect(r.meta.kind).toBe('news')
  })
})

describe('date lines', () => {
  test.each([
    ['18-Sep-2026', '2026-09-18'],
    ['September 18 , 2026', '2026-09-18'],
    ['Issued: 18/09/2026', '2026-09-18'],
    ['Dated 18 September 2026', '2026-09-18'],
    ['10:32 AM · Sep 18, 2026', '2026-09-18'],
  ])('%s is a date line', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso)
  })
  test('a line with words besides the date is not a date line', () => {
    expect(parseDateLine('Issued to 18 officers on 18 September 2026')).toBeNull()
  })
})

