import { describe, expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { cleanDocument, cleanHtmlDocument } from '../../src/stages/clean/index.js'
import type { Document } from '../../src/types.js'

function htmlDoc(input: string, url: string | null = null): Document {
  return { ...createDocument({ path: 'page.html', bytes: new TextEncoder().encode(input), url }), input, format: 'html' }
}

const banner = `
<section class="usa-banner" aria-label="Official government website">
  <p>An official website of the United States government</p>
  <button>Here's how you know</button>
  <div class="guidance"><strong>Official websites use .mil</strong>
  <p>A .mil website belongs to an official U.S. Department of Defense organization in the United States.</p>
  <p>A lock (<span>lock</span>) or https:// means you&rsquo;ve safely connected to the .mil website. Share sensitive information only on official, secure websites.</p></div>
</section>`

const southcomPage = `<!DOCTYPE html>
<html><head>
<title>SOUTHCOM Hosts Caribbean Partners &gt; U.S. Southern Command &gt; Press Release View</title>
<meta property="og:site_name" content="U.S. Southern Command">
<meta property="article:published_time" content="2022-06-24T10:00:00-04:00">
<link rel="canonical" href="https://www.southcom.mil/MEDIA/NEWS-ARTICLES/Article/1/">
<style>.x{color:red}</style><script>var tracking = "Share on Facebook";</script>
</head><body>
${banner}
<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/MEDIA/">Media</a> &gt; <a href="/MEDIA/Press-Releases/">Press Releases</a></nav>
<main><article>
  <div class="category">Press Release | June 24, 2022</div>
  <h1>SOUTHCOM Hosts Caribbean Partners</h1>
  <ul class="article-share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li></ul>
  <figure><img src="a.jpg" alt=""><figcaption>Leaders pose for a photo. (U.S. Army photo by Sgt. A. Smith)</figcaption></figure>
  <div class="body">
    <p>MIAMI &ndash; U.S. Southern Command hosted defense leaders from 18 Caribbean nations on June&nbsp;22 to discuss disaster response, maritime security and the coming hurricane season.</p>
    <p>&ldquo;Our partnership is strong,&rdquo; said Adm. Craig Faller. The leaders agreed to meet again in 2023.</p>
    <h2>Agenda</h2>
    <ul><li>Disaster response planning for the 2022 season</li><li>Maritime domain awareness</li></ul>
    <table><tr><th>Day</th><th>Topic</th></tr><tr><td>Wednesday</td><td>Opening session</td></tr></table>
    <p>The conference ends Friday.</p>
  </div>
  <div class="tags">Tags: <a href="#">Caribbean</a> <a href="#">Security</a></div>
</article>
<aside class="related"><h2>Related Links</h2><ul><li><a href="/a">SOUTHCOM delivers field hospital</a></li><li><a href="/b">Exercise Tradewinds begins</a></li></ul></aside>
</main>
<div id="cookie-consent" role="dialog">This site uses cookies. <a href="/privacy">Privacy</a></div>
<footer><p>Hosted by Defense Media Activity - WEB.mil</p></footer>
</body></html>`

describe('clean: HTML pages', () => {
  test('keeps the article, drops banner, share bar, caption, related list, cookie notice and scripts', () => {
    const doc = cleanDocument(htmlDoc(southcomPage))
    expect(doc.text).toBe(
      [
        'MIAMI – U.S. Southern Command hosted defense leaders from 18 Caribbean nations on June 22 to discuss disaster response, maritime security and the coming hurricane season.',
        '“Our partnership is strong,” said Adm. Craig Faller. The leaders agreed to meet again in 2023.',
        'Agenda',
        'Disaster response planning for the 2022 season',
        'Maritime domain awareness',
        'Day Topic',
        'Wednesday Opening session',
        'The conference ends Friday.',
      ].join('\n\n'),
    )
    expect(doc.diagnostics).toEqual([])
  })

  test('paragraph spans point into the text', () => {
    const doc = cleanDocument(htmlDoc(southcomPage))
    expect(doc.paragraphs.length).toBe(8)
    for (const span of doc.paragraphs) {
      const slice = doc.text.slice(span.start, span.end)
      expect(slice).toBe(slice.trim())
      expect(slice.length).toBeGreaterThan(0)
    }
    expect(doc.text.slice(doc.paragraphs[2]!.start, doc.paragraphs[2]!.end)).toBe('Agenda')
  })

  test('reads the metadata of a .mil press release', () => {
    const { meta } = cleanHtmlDocument(southcomPage, null)
    expect(meta).toEqual({
      title: 'SOUTHCOM Hosts Caribbean Partners',
      published: '2022-06-24',
      kind: 'press_release',
      dateline: 'MIAMI',
      spokesperson: null,
      publisher: 'U.S. Southern Command',
      canonicalUrl: 'https://www.southcom.mil/MEDIA/NEWS-ARTICLES/Article/1/',
      evidence: {
        title: 'h1+title',
        dateline: 'first-paragraph',
        published: 'meta:article:published_time',
        publisher: 'host',
        kind: 'label-press-release',
        canonicalUrl: 'canonical',
      },
    })
  })

  test('a <br>-split body becomes paragraphs and entities decode', () => {
    const page = `<html><body><div class="content">
      <p>KINGSTON, Jamaica &#8211; The Jamaica Defence Force welcomed partners from eleven nations.<br><br>
      The exercise ran for two weeks&nbsp;and ended on Friday with a ceremony at Up&nbsp;Park Camp.<br>
      Officers said the training had &lsquo;exceeded expectations&rsquo; this year, and more is planned.</p>
    </div></body></html>`
    const doc = cleanDocument(htmlDoc(page))
    expect(doc.text.split('\n\n')).toEqual([
      'KINGSTON, Jamaica – The Jamaica Defence Force welcomed partners from eleven nations.',
      'The exercise ran for two weeks and ended on Friday with a ceremony at Up Park Camp.',
      'Officers said the training had ‘exceeded expectations’ this year, and more is planned.',
    ])
    expect(doc.meta.dateline).toBe('KINGSTON, Jamaica')
  })

  test('blocks are not glued together ("Hello worldTwo")', () => {
    const page = '<html><body><article><p>Hello world, this is the first paragraph of a release about the Caribbean.</p><p>Two partners signed the agreement in Bridgetown on Monday, officials said.</p></article></body></html>'
    const doc = cleanDocument(htmlDoc(page))
    expect(doc.text).toBe(
      'Hello world, this is the first paragraph of a release about the Caribbean.\n\nTwo partners signed the agreement in Bridgetown on Monday, officials said.',
    )
  })

  test('a page cut off after a few words is an empty body', () => {
    const doc = cleanDocument(htmlDoc('<html><head><title>U.S. Embassy</title></head><body><div class="content"><p>The U.S. Embassy announced'))
    expect(doc.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'clean/empty-body',
        message:
          'no usable article body: only 4 words of text once site chrome is removed (at least 15 expected; is the file cut off?)',
      },
    ])
  })

  test('a page that is only chrome is an empty body', () => {
    const page = `<html><body>${banner}<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><footer><a href="/privacy">Privacy</a></footer></body></html>`
    const doc = cleanDocument(htmlDoc(page))
    expect(doc.text).toBe('')
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['clean/empty-body'])
  })

  test('the end marker (-30-) and the signature after the last sentence are not body', () => {
    const page = `<html><body><div class="entry-content">
      <p>BRIDGETOWN, Barbados – The United States handed over two interceptor vessels to the Regional Security System on Wednesday.</p>
      <p>The vessels will be based in St. Vincent and the Grenadines and Grenada, officials said.</p>
      <p>CARICOM Secretariat</p><p>Turkeyen, Greater Georgetown, Guyana</p>
      <p>-30-</p><p>About the Embassy: the embassy serves seven nations.</p>
    </div></body></html>`
    const doc = cleanDocument(htmlDoc(page))
    expect(doc.text.split('\n\n')).toEqual([
      'BRIDGETOWN, Barbados – The United States handed over two interceptor vessels to the Regional Security System on Wednesday.',
      'The vessels will be based in St. Vincent and the Grenadines and Grenada, officials said.',
    ])
  })

  test('an embassy press release: publisher from og:site_name, kind from the category', () => {
    const page = `<html><head><title>United States Donates Vehicles – U.S. Embassy in Haiti</title>
      <meta property="og:site_name" content="U.S. Embassy in Haiti">
      <meta property="og:title" content="United States Donates Vehicles to the Haitian National Police">
      </head><body><article>
      <h1>United States Donates Vehicles to the Haitian National Police</h1>
      <div class="entry-meta">By U.S. Embassy Port au Prince | 19 July, 2019 | Topics: News, Press Releases</div>
      <div class="entry-content">
      <p>PORT-AU-PRINCE, Haiti — The United States donated 40 vehicles to the Haitian National Police on Thursday, together with training for 120 officers.</p>
      <p>The donation is worth US$2.1 million, the embassy said in a statement on Thursday afternoon.</p>
      </div></article></body></html>`
    const { meta, paragraphs } = cleanHtmlDocument(page, null)
    expect(meta.title).toBe('United States Donates Vehicles to the Haitian National Police')
    expect(meta.publisher).toBe('U.S. Embassy in Haiti')
    expect(meta.kind).toBe('press_release')
    expect(meta.dateline).toBe('PORT-AU-PRINCE, Haiti')
    expect(meta.published).toBe('2019-07-19')
    expect(paragraphs.length).toBe(2)
  })

  test('a state.gov media note: kind from the content-type label, no spokesperson named', () => {
    const page = `<html><head><title>United States to Host the Dialogue - United States Department of State</title>
      <link rel="canonical" href="https://www.state.gov/united-states-to-host-the-dialogue/"></head><body>
      <div class="article-meta"><p class="article-meta__content-type">Media Note</p>
      <p class="article-meta__author-bureau">Office of the Spokesperson</p><p class="article-meta__publish-date">December 9, 2024</p></div>
      <h1>United States to Host the Dialogue</h1>
      <div class="entry-content">
      <p>The Department of State will host the Twelfth Caribbean-United States Security Cooperation Dialogue on Thursday, December 12, in Washington, D.C.</p>
      <p>Delegations are expected to focus on firearms trafficking, maritime security and cybercrime.</p>
      </div></body></html>`
    const { meta } = cleanHtmlDocument(page, null)
    expect([meta.kind, meta.publisher, meta.spokesperson, meta.published]).toEqual(['media_note', 'U.S. Department of State', null, '2024-12-09'])
  })

  test('hostile nesting is read as text with a warning, quickly and without a stack overflow', () => {
    const body = 'NASSAU, The Bahamas – The Royal Bahamas Defence Force commissioned two new patrol craft on Monday at Coral Harbour base.'
    const page = `<html><body>${'<span><b>'.repeat(30000)}${body}</body></html>`
    const t0 = performance.now()
    const doc = cleanDocument(htmlDoc(page))
    expect(performance.now() - t0).toBeLessThan(5000)
    expect(doc.text).toBe(body)
    expect(doc.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'clean/too-deep']])
  })

  test('a site known by the address of its style sheets gets its site rule (DVIDS stories are news)', () => {
    const page = `<html><head><title>DVIDS - News - Comfort Arrives</title><link rel="stylesheet" href="https://www.dvidshub.net/css/dvids.min.css"></head><body>
      <h1>USNS Comfort Arrives in Santo Domingo</h1>
      <div class="asset-description"><p>SANTO DOMINGO, Dominican Republic – The hospital ship USNS Comfort arrived on Monday for a two-week mission stop, its crew said.</p>
      <p>Medical teams will treat patients at two sites in the capital during the stop.</p></div></body></html>`
    const { meta, paragraphs } = cleanHtmlDocument(page, null)
    expect([meta.kind, meta.publisher, meta.evidence['kind']]).toEqual(['news', 'DVIDS', 'site'])
    expect(paragraphs.length).toBe(2)
  })
})

describe('publication date in an article meta line', () => {
  const page = (meta: string): string => `<!DOCTYPE html><html><head><title>Coast Guard Receives Boats | Example Defence Force</title></head><body>
<header><div class="logo">Example Defence Force</div><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><h1>Coast Guard Receives Boats</h1>${meta}
<p>BELIZE CITY – The coast guard received two interceptor boats on Wednesday at its headquarters in Belize City, officials said.</p>
<p>The boats will patrol the southern reef and the waters off the Toledo District from next week onward.</p></main>
<footer><p>&copy; 2026 Example Defence Force</p></footer></body></html>`
  test.each([
    ['<p class="post-meta"><i class="fa fa-calendar"></i> January 15, 2026 &nbsp; <i class="fa fa-user"></i> Public Relations Office</p>', '2026-01-15'],
    ['<div class="meta">By Staff Sgt. Jane Doe, Public Affairs / Published Nov. 5, 2026</div>', '2026-11-05'],
    ['<div class="node__meta">Mis &agrave; jour le : 22/10/2026 &ndash; Auteur : EMIA</div>', '2026-10-22'],
  ])('%s', (meta, published) => {
    const doc = cleanDocument(htmlDoc(page(meta)))
    expect(doc.meta.published).toBe(published)
    expect(doc.text.startsWith('BELIZE CITY –')).toBe(true)
  })
})

test('a byline signed by a person in the article meta line makes a news story', () => {
  const input = `<!DOCTYPE html><html><head><title>Helicopters Fly Flood Relief | Joint Task Force-Bravo</title></head><body>
<header><div class="logo">Joint Task Force-Bravo</div></header>
<main><h1>Helicopters Fly Flood Relief</h1><div class="meta">By Staff Sgt. Jane R. Doe, Joint Task Force-Bravo Public Affairs / Published Nov. 5, 2026</div>
<p>SOTO CANO AIR BASE, Honduras – Helicopters have flown more than 60 tons of food and water to communities cut off by floods.</p>
<p>The flights continue through next week, officials said.</p></main></body></html>`
  const doc = cleanDocument(htmlDoc(input))
  expect([doc.meta.kind, doc.meta.published]).toEqual(['news', '2026-11-05'])
})
