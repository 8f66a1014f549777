import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { parseFeed } from '../src/fetch/feed.js'
import { fetchFeeds, pageName, type FetchOptions } from '../src/fetch/fetch.js'

interface Seen {
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly at: number
}

let server: Server
let base: string
let seen: Seen[] = []
let hits = new Map<string, number>()
let inFlight = 0
let maxInFlight = 0
let dir: string

const page = (title: string): string => `<!doctype html><html><head><title>${title}</title></head><body><p>${title}</p></body></html>`

function rss(items: string[]): string {
  const body = items.map((p, i) => `<item><title>Item ${i} &amp; co</title><link>${base}${p}</link><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>`)
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>${body.join('')}</channel></rss>`
}

/** Routes of the test server; every request is recorded in `seen`. */
function route(path: string, headers: IncomingHttpHeaders, res: ServerResponse): void {
  const n = (hits.get(path) ?? 0) + 1
  hits.set(path, n)
  const send = (status: number, type: string | null, body: string | Buffer, extra: Record<string, string> = {}): void => {
    res.writeHead(status, { ...(type ? { 'content-type': type } : {}), ...extra })
    res.end(body)
  }
  switch (path) {
    case '/good.rss':
      if (headers['if-none-match'] === '"good-v1"') return send(304, null, '')
      return send(200, 'application/rss+xml; charset=utf-8', rss(['/page/1', '/page/2', '/plain', '/flaky']), { etag: '"good-v1"' })
    case '/atom.xml': {
      const lastModified = 'Tue, 14 May 2024 10:00:00 GMT'
      if (headers['if-modified-since'] === lastModified) return send(304, null, '')
      const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>a</title>
        <entry><title type="html">Atom one</title><link rel="alternate" href="/page/3"/><updated>2024-05-15T08:00:00Z</updated></entry>
        <entry><title>Atom two</title><link rel="self" href="/ignored"/><link href="page/4"/><published>2024-05-16T08:00:00Z</published></entry>
        <entry><title>Shared with the RSS feed</title><link href="${base}/page/1"/></entry></feed>`
      return send(200, 'application/atom+xml', atom, { 'last-modified': lastModified })
    }
    case '/bad.rss':
      return send(200, 'text/xml', rss(['/slow', '/huge', '/huge-declared', '/pdf']))
    case '/dead.rss':
      return send(500, 'text/plain', 'down')
    case '/html-feed':
      return send(200, 'text/html', '<html>not a feed</html>')
    case '/flaky':
      return n === 1 ? send(503, 'text/plain', 'busy') : send(200, 'text/html', page('Flaky'))
    case '/slow': {
      const timer = setTimeout(() => send(200, 'text/html', page('Slow')), 2000)
      res.on('close', () => clearTimeout(timer))
      return
    }
    case '/huge':
      // Chunked, no content-length: the limit must cut the stream.
      res.writeHead(200, { 'content-type': 'text/html' })
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 0x61))
      return void res.end()
    case '/huge-declared':
      return send(200, 'text/html', Buffer.alloc(3 * 1024 * 1024, 0x61))
    case '/pdf':
      return send(200, 'application/pdf', '%PDF-1.4')
    case '/plain':
      return send(200, 'text/plain; charset=utf-8', 'PRESS RELEASE\nPlain text.')
    default:
      if (path.startsWith('/page/')) return send(200, 'text/html; charset=utf-8', page(`Page ${path.slice(6)}`))
      return send(404, 'text/plain', 'no')
  }
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    seen.push({ path, headers: req.headers, at: performance.now() })
    inFlight++
    maxInFlight = Math.max(maxInFlight, inFlight)
    res.on('close', () => inFlight--)
    route(path, req.headers, res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${address.port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressroom-fetch-'))
  seen = []
  hits = new Map()
  maxInFlight = 0
  return () => rmSync(dir, { recursive: true, force: true })
})

const fast = (): FetchOptions => ({ into: dir, perHost: 2, intervalMs: 0, timeoutMs: 300, retries: 2, backoffMs: 10, maxBytes: 1024 * 1024 })
const requests = (path: string): Seen[] => seen.filter((s) => s.path === path)

describe('fetch', () => {
  test('downloads new items of RSS and Atom feeds with sidecars, and reports failures per URL', async () => {
    const feeds = ['/good.rss', '/atom.xml', '/bad.rss', '/dead.rss', '/html-feed'].map((p) => base + p)
    const log: string[] = []
    const summary = await fetchFeeds(feeds, { ...fast(), onLog: (l) => log.push(l) })

    expect({ ...summary, errors: summary.errors.map((e) => `${e.url.replace(base, '')} ${e.code}`).sort() }).toEqual({
      feeds: 5,
      notModified: 0,
      newPages: 6,
      known: 0,
      errors: [
        '/dead.rss fetch/http-500',
        '/html-feed fetch/content-type',
        '/huge fetch/too-large',
        '/huge-declared fetch/too-large',
        '/pdf fetch/content-type',
        '/slow fetch/timeout',
      ],
    })
    const byUrl = Object.fromEntries(summary.errors.map((e) => [e.url.replace(base, ''), e.message]))
    expect(byUrl['/dead.rss']).toBe('the server answered 500 Internal Server Error (after 3 attempts)')
    expect(byUrl['/slow']).toBe('no complete answer within 300 ms (after 3 attempts)')
    expect(byUrl['/pdf']).toBe('expected text/html, application/xhtml+xml or text/plain, got application/pdf')
    expect(byUrl['/html-feed']).toBe('expected an XML feed, got text/html')
    expect(byUrl['/huge']).toBe('the body is over the 1 MB limit (the server sent more)')
    // Bounded retries: 1 + 2 for the dead feed and the slow page, none for a 4xx-like refusal.
    expect([requests('/dead.rss').length, requests('/slow').length, requests('/pdf').length, requests('/flaky').length]).toEqual([3, 3, 1, 2])
    expect(maxInFlight).toBeLessThanOrEqual(2)

    // Names come from the URL hash; the page lands with its sidecar, nothing half-written remains.
    const html = ['/page/1', '/page/2', '/page/3', '/page/4', '/flaky'].map((p) => pageName(base + p))
    const txt = pageName(`${base}/plain`)
    const expected = [...html.map((n) => `${n}.html`), `${txt}.txt`, ...[...html, txt].map((n) => `${n}.meta.json`), '.fetch-state.json']
    expect(readdirSync(dir).sort()).toEqual(expected.sort())
    const meta = JSON.parse(readFileSync(join(dir, `${pageName(`${base}/page/3`)}.meta.json`), 'utf8')) as Record<string, unknown>
    expect({ ...meta, fetchedAt: typeof meta['fetchedAt'] }).toEqual({
      url: `${base}/page/3`,
      feed: `${base}/atom.xml`,
      title: 'Atom one',
      date: '2024-05-15T08:00:00.000Z',
      contentType: 'text/html',
      etag: null,
      lastModified: null,
      fetchedAt: 'string',
    })
    expect(readFileSync(join(dir, `${pageName(`${base}/page/4`)}.html`), 'utf8')).toBe(page('Page 4'))
    // A page listed by two feeds is fetched once.
    expect(requests('/page/1').length).toBe(1)
    expect(log.filter((l) => l.startsWith('+ ')).length).toBe(6)

    // Only feeds whose items all arrived keep validators.
    expect(JSON.parse(readFileSync(join(dir, '.fetch-state.json'), 'utf8'))).toEqual({
      feeds: {
        [`${base}/atom.xml`]: { etag: null, lastModified: 'Tue, 14 May 2024 10:00:00 GMT' },
        [`${base}/good.rss`]: { etag: '"good-v1"', lastModified: null },
      },
    })
  })

  test('a second run sends conditional requests and fetches nothing new', async () => {
    const feeds = [`${base}/good.rss`, `${base}/atom.xml`]
    const first = await fetchFeeds(feeds, fast())
    expect([first.newPages, first.errors.length]).toEqual([6, 0])
    seen = []
    const second = await fetchFeeds(feeds, fast())
    expect({ ...second, errors: second.errors.length }).toEqual({ feeds: 2, notModified: 2, newPages: 0, known: 0, errors: 0 })
    expect(seen.map((s) => [s.path, s.headers['if-none-match'] ?? null, s.headers['if-modified-since'] ?? null]).sort()).toEqual([
      ['/atom.xml', null, 'Tue, 14 May 2024 10:00:00 GMT'],
      ['/good.rss', '"good-v1"', null],
    ])
  })

  test('items of a feed that changed but whose pages are in the inbox are not downloaded again', async () => {
    await fetchFeeds([`${base}/good.rss`], fast())
    rmSync(join(dir, '.fetch-state.json'))
    seen = []
    const again = await fetchFeeds([`${base}/good.rss`], fast())
    expect([again.newPages, again.known]).toEqual([0, 4])
    expect(seen.map((s) => s.path)).toEqual(['/good.rss'])
  })

  test('per-host interval spaces the requests to one host', async () => {
    await fetchFeeds([`${base}/good.rss`], { ...fast(), intervalMs: 60 })
    const starts = seen.map((s) => s.at)
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!)
    // The feed, four pages and one retry of the flaky page.
    expect(seen.length).toBe(6)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(45)
  })

  test('an aborted run leaves no partial files', async () => {
    const controller = new AbortController()
    const run = fetchFeeds([`${base}/bad.rss`], { ...fast(), timeoutMs: 5000, signal: controller.signal })
    setTimeout(() => controller.abort(), 150)
    const summary = await run
    expect(summary.errors.some((e) => e.code === 'fetch/cancelled')).toBe(true)
    expect(readdirSync(dir).filter((f) => f.endsWith('.part') || f.endsWith('.tmp'))).toEqual([])
    expect(existsSync(join(dir, '.fetch-state.json'))).toBe(false)
  })
})

describe('parseFeed', () => {
  test('RSS 2.0: links, guid permalinks, entities, dates; non-http links dropped', () => {
    const xml = `<rss version="2.0"><channel>
      <item><title>A &amp; B</title><link>https://x.test/a#top</link><pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>
      <item><title><![CDATA[Cdata <b>title</b>]]></title><guid>https://x.test/b</guid></item>
      <item><title>Not a permalink</title><guid isPermaLink="false">tag:1</guid></item>
      <item><title>Mail</title><link>mailto:a@b.c</link></item>
      <item><title>Relative</title><link>/c</link><pubDate>someday</pubDate></item>
    </channel></rss>`
    expect(parseFeed(xml, 'https://x.test/feed.xml')).toEqual({
      ok: true,
      items: [
        { url: 'https://x.test/a', title: 'A & B', date: '2024-05-14T10:00:00.000Z' },
        { url: 'https://x.test/b', title: 'Cdata <b>title</b>', date: null },
        { url: 'https://x.test/c', title: 'Relative', date: 'someday' },
      ],
    })
  })

  test('RSS 1.0 (RDF) and not-a-feed', () => {
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>c</title></channel><item><title>R</title><link>https://x.test/r</link><dc:date>2024-05-01</dc:date></item></rdf:RDF>`
    expect(parseFeed(rdf, 'https://x.test/')).toEqual({ ok: true, items: [{ url: 'https://x.test/r', title: 'R', date: '2024-05-01T00:00:00.000Z' }] })
    expect(parseFeed('<html><body>hi</body></html>', 'https://x.test/')).toEqual({
      ok: false,
      message: 'neither an RSS nor an Atom feed (no <rss>, <rdf:RDF> or <feed> root element)',
    })
  })

  test('entity expansion is bounded', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">
      <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
      <rss><channel><item><title>&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;</title><link>https://x.test/l</link></item></channel></rss>`
    const t0 = performance.now()
    const result = parseFeed(lol, 'https://x.test/')
    expect(performance.now() - t0).toBeLessThan(10_000) // a guard against entity-expansion blow-up, not a speed claim
    if (result.ok) expect((result.items[0]?.title ?? '').length).toBeLessThan(2_000_000)
  })
})
