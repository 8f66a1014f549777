/**
 * Government service pages (forms, FAQs, topic grids, tabs): main content that an article
 * extractor used to drop. Each test is one general cause, on a small page of its own.
 */
import { describe, expect, test } from 'vitest'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'

// Enough prose for the article to be chosen on the first pass (readability's 500 characters).
const INTRO = [
  'The Building Department enforces the state building code and the town code to protect the health, safety and welfare of residents, visitors and businesses.',
  'The department issues building permits, inspects construction and remodeling projects, and registers contractors and businesses working in town.',
  'Permits are required for all construction projects, repairs and restorations that cost over $1,000, and for every fence, deck or shed, whatever the cost.',
  'Any resident or contractor found working without a permit may be issued a stop work order until the permit is granted.',
]
const intro = INTRO.map((p) => `<p>${p}</p>`).join('\n')

function page(main: string, extra = ''): string {
  return `<html><head><title>Building Department | Town of Harbor</title></head><body>
    <header class="site-header"><a href="/">Town of Harbor</a></header>
    <nav><ul><li><a href="/a">Government</a></li><li><a href="/b">Services</a></li><li><a href="/c">News</a></li></ul></nav>
    <main><h1>Building Department</h1>
    <div class="content">${main}</div>${extra}</main>
    <footer><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
  </body></html>`
}

function body(html: string): readonly string[] {
  return cleanHtmlDocument(html, null).paragraphs
}

describe('clean: government service pages', () => {
  test('layout classes that only look hidden (hidden-print, hidden-xs, field--label-hidden) do not make a block chrome', () => {
    const html = page(`${intro}
      <div class="col-md-4 hidden-print hidden-xs"><p>Are you working on energized equipment? Visit the arc flash page to learn how to protect yourself.</p></div>
      <div class="field field--label-hidden"><p>Inspections are scheduled within two business days of a request.</p></div>`)
    expect(body(html)).toEqual([
      ...INTRO,
      'Are you working on energized equipment? Visit the arc flash page to learn how to protect yourself.',
      'Inspections are scheduled within two business days of a request.',
    ])
  })

  test('tab panels and accordion answers hidden until clicked are content; other hidden text is not', () => {
    const html = page(`<div class="tabs"><ul role="tablist"><li><a href="#t1">Info</a></li><li><a href="#t2">Fees</a></li></ul>
      <div role="tabpanel" id="t1">${intro}</div>
      <div role="tabpanel" id="t2" style="display: none;"><h2>Fees</h2><p>A residential permit costs $50 plus $0.10 for each square foot of new floor area.</p></div>
      </div>
      <div class="usa-accordion__content" hidden><p>Permits expire if work does not start within 180 days of issue.</p></div>
      <div style="display:none"><p>Your session is about to expire. Do you want to stay signed in?</p></div>`)
    expect(body(html)).toEqual([
      ...INTRO,
      'Fees',
      'A residential permit costs $50 plus $0.10 for each square foot of new floor area.',
      'Permits expire if work does not start within 180 days of issue.',
    ])
  })

  test('section headings marked up as <h1> stay; the headline does not', () => {
    const html = page(`<h1>Looking to bring your business to Harbor?</h1>${intro}`)
    const { paragraphs, meta } = cleanHtmlDocument(html, null)
    expect(meta.title).toBe('Building Department')
    expect(paragraphs).toEqual(['Looking to bring your business to Harbor?', ...INTRO])
  })

  test('a sentence that links a phrase of itself is text; a link line is not', () => {
    const html = page(`${intro}
      <p><strong>Want to stay updated?</strong><br>You can <a href="/notify">sign up to be notified when volunteer registration resumes</a>.</p>
      <p><a href="/more">More building news</a></p>`)
    expect(body(html)).toEqual([
      ...INTRO,
      'Want to stay updated?',
      'You can sign up to be notified when volunteer registration resumes.',
    ])
  })

  test('a heading that links to its page stays over its own text', () => {
    const html = page(`${intro}
      <div class="row"><div class="panel-body"><h5><a href="/training">Training</a></h5>
      <p>When employees are trained to work safely, they can anticipate and avoid injury from job hazards.</p></div>
      <div class="panel-body"><h5><a href="/solutions">Possible Solutions</a></h5><p><a href="/solutions">See the solutions</a></p></div></div>`)
    expect(body(html)).toEqual([
      ...INTRO,
      'Training',
      'When employees are trained to work safely, they can anticipate and avoid injury from job hazards.',
    ])
  })

  test('an <aside> of prose inside the article is a callout; a sidebar of links is not', () => {
    const html = page(
      `${intro}<aside class="center"><p><strong>Not all permits are the same.</strong><br>Electrical, plumbing and mechanical work each need a permit of their own, issued to a licensed contractor.</p></aside>`,
      '<aside class="sidebar"><h2>Quick Links</h2><ul><li><a href="/pay">Pay a bill</a></li><li><a href="/map">Town map</a></li></ul></aside>',
    )
    expect(body(html)).toEqual([
      ...INTRO,
      'Not all permits are the same.',
      'Electrical, plumbing and mechanical work each need a permit of their own, issued to a licensed contractor.',
    ])
  })

  test('a list whose items say more than their link is kept; a bare link list is not', () => {
    const html = page(`${intro}
      <p>These partners make the repairs:</p>
      <ul><li><a href="https://a.example">Rebuilding Together (Web)</a> (512) 993-8230</li>
      <li><a href="https://b.example">Meals on Wheels (Web)</a> (512) 476-6325</li></ul>
      <p>Funding is provided by the town and its housing corporation.</p>
      <ul><li><a href="/x">Pay a bill</a></li><li><a href="/y">Report a problem</a></li></ul>`)
    expect(body(html)).toEqual([
      ...INTRO,
      'These partners make the repairs:',
      'Rebuilding Together (Web) (512) 993-8230',
      'Meals on Wheels (Web) (512) 476-6325',
      'Funding is provided by the town and its housing corporation.',
    ])
  })

  test('a link list under a heading of its own is a section of the page; under a chrome heading it is not', () => {
    const html = page(`${intro}
      <h2>Permits &amp; Forms</h2>
      <ul><li><a href="/doc/1">Building Permit - PDF Fill-in</a></li><li><a href="/doc/2">Complaint Form - Printable PDF</a></li></ul>
      <h2>Related Links</h2>
      <ul><li><a href="/r/1">Zoning Board</a></li><li><a href="/r/2">Planning Commission</a></li></ul>`)
    expect(body(html)).toEqual([...INTRO, 'Permits & Forms', 'Building Permit - PDF Fill-in', 'Complaint Form - Printable PDF'])
  })

  test('a box set aside by its class ("promoted") comes back when it follows a heading of its own in the article', () => {
    const html = page(`${intro}
      <section><h2>Oral health topics</h2>
      <div class="view view--promoted-blocks">
        <article class="teaser"><h3><a href="/adults">Oral health for adults</a></h3><p>Maintaining good oral health affects your well-being and quality of life.</p></article>
        <article class="teaser"><h3><a href="/dry-mouth">Dry mouth</a></h3><p>Having dry mouth all or most of the time can lead to serious health problems.</p></article>
      </div></section>
      <div class="promo"><p><a href="/subscribe">Get our newsletter</a></p><p>Delivered every Friday to your inbox, free of charge.</p></div>`)
    expect(body(html)).toEqual([
      ...INTRO,
      'Oral health topics',
      'Oral health for adults',
      'Maintaining good oral health affects your well-being and quality of life.',
      'Dry mouth',
      'Having dry mouth all or most of the time can lead to serious health problems.',
    ])
  })

  test('a container with a chrome-sounding name that holds most of the prose is the article', () => {
    const html = page(`<p class="summary">Legal aid helps people with low incomes.</p>
      <div id="map-and-related"><div id="map-intro">${intro}</div><div id="map"></div></div>`)
    expect(body(html)).toEqual(['Legal aid helps people with low incomes.', ...INTRO])
  })

  test('a paragraph printed twice in a row (summary above the article and in it) is kept once', () => {
    const summary = 'Legal aid organizations in every state help people with low incomes with civil legal problems such as evictions.'
    const html = page(`<p>${summary}</p><div class="node"><p>${summary}</p>${intro}</div>`)
    expect(body(html)).toEqual([summary, ...INTRO])
  })

  test('the title heading of a figure is its caption', () => {
    const html = page(`${intro}<figure><h3>Figure 2. Flow chart of the permit process.</h3><img src="f.png" alt=""></figure>
      <p>Applications are reviewed in the order they are received.</p>`)
    expect(body(html)).toEqual([...INTRO, 'Applications are reviewed in the order they are received.'])
  })

  test('chrome lines: follow-on and newsletter prompts, "You may also like…" headings', () => {
    expect(chromeRuleOf('Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.')?.id).toBe('follow-on')
    expect(chromeRuleOf('Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!')?.id).toBe('newsletter-signup')
    expect(chromeRuleOf('Sign Up: Stay on top of the latest breaking film and TV news! Sign up for our Email Newsletters here.')?.id).toBe('newsletter-signup')
    expect(chromeRuleOf('You may also like...')?.id).toBe('nav-heading')
    expect(chromeRuleOf('You may also like…')?.id).toBe('nav-heading')
    expect(chromeRuleOf('Follow the steps on the application form to apply.')).toBeNull()
    expect(chromeRuleOf('Sign up for a free inspection before you start work.')).toBeNull()
  })
})
