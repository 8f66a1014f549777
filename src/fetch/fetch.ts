/**
 * `pressroom fetch`: reads RSS/Atom feeds and downloads each new item's page into the inbox as
 * `<first 16 hex of sha256(url)>.html` (`.txt` for text/plain) beside a `<same>.meta.json`
 * sidecar (url, feed, title, date, validators). The sidecar is written before the page, and the
 * page through a `.part` temp file, so a watcher never sees a page without its URL or half a page.
 * Feeds are requested conditionally (ETag / Last-Modified from `.fetch-state.json`). A feed's
 * validators are only saved once all its new items are in, so a failed page is retried next run.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { access, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import PQueue from 'p-queue'
import { writeAtomic } from '../ingest/sink.js'
import { parseFeed, type FeedItem } from './feed.js'
import { FetchError, httpGet, type HttpOptions } from './http.js'
import { loadState, saveState, type FeedValidators } from './state.js'

export interface FetchOptions {
  /** The inbox the pages are written to. */
  readonly into: string
  /** Requests to one host at once. @default 2 */
  readonly perHost?: number
  /** Milliseconds between the starts of two requests to one host (0: no pause). @default 1000 */
  readonly intervalMs?: number
  /** Time limit per request attempt, in milliseconds. @default 30000 */
  readonly timeoutMs?: number
  /** Largest feed or page accepted, in bytes. @default 5 MB */
  readonly maxBytes?: number
  /** Retries after a 5xx, 429, timeout or network error. @default 3 */
  readonly retries?: number
  /** Wait before the first retry in milliseconds; doubles with each retry. @default 1000 */
  readonly backoffMs?: number
  readonly userAgent?: string
  /** Stops the run: requests in flight are aborted, nothing half-written is left. */
  readonly signal?: AbortSignal
  /** One line per new page and per failure. */
  readonly onLog?: (line: string) => void
  /** @default the global fetch */
  readonly fetch?: typeof fetch
}

export interface FetchFailure {
  readonly url: string
  /** The feed the URL came from (null for a feed itself). */
  readonly feed: string | null
  readonly code: string
  readonly message: string
}

export interface FetchSummary {
  readonly feeds: number
  /** Feeds that answered 304 Not Modified. */
  readonly notModified: number
  readonly newPages: number
  /** Items whose page was already in the inbox. */
  readonly known: number
  readonly errors: readonly FetchFailure[]
}

/** The inbox file name stem of a page: never derived from the URL's path, so no traversal or clashes. */
export function pageName(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16)
}

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1'
const PAGE_ACCEPT = 'text/html, application/xhtml+xml, text/plain;q=0.8, */*;q=0.1'
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain'])

export async function fetchFeeds(feedUrls: readonly string[], options: FetchOptions): Promise<FetchSummary> {
  const perHost = options.perHost ?? 2
  const intervalMs = options.intervalMs ?? 1000
  if (!Number.isInteger(perHost) || perHost < 1) throw new TypeError(`Expected \`perHost\` to be a whole number from 1 and up, got ${perHost}`)
  if (!(intervalMs >= 0)) throw new TypeError(`Expected \`intervalMs\` to be a number >= 0, got ${intervalMs}`)
  await mkdir(options.into, { recursive: true })
  const queues = new Map<string, PQueue>()
  const schedule = <T>(url: URL, attempt: () => Promise<T>): Promise<T> => {
    let queue = queues.get(url.host)
    if (!queue) {
      queue = new PQueue({ concurrency: perHost, ...(intervalMs > 0 ? { interval: intervalMs, intervalCap: 1, strict: true } : {}) })
      queues.set(url.host, queue)
    }
    return queue.add(attempt) as Promise<T>
  }
  const http = (accept: string, accepts: HttpOptions['accepts'], expected: string): HttpOptions => ({
    timeoutMs: options.timeoutMs ?? 30_000,
    maxBytes: options.maxBytes ?? 5 * 1024 * 1024,
    retries: options.retries ?? 3,
    backoffMs: options.backoffMs ?? 1000,
    headers: { 'user-agent': options.userAgent ?? defaultUserAgent(), accept },
    accepts,
    expected,
    schedule,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  const feedHttp = http(FEED_ACCEPT, acceptsFeed, 'an XML feed')
  const pageHttp = http(PAGE_ACCEPT, (type) => PAGE_TYPES.has(type), 'text/html, application/xhtml+xml or text/plain')

  const state = await loadState(options.into)
  const validators: Record<string, FeedValidators> = { ...state.feeds }
  const errors: FetchFailure[] = []
  const log = options.onLog ?? (() => undefined)
  const fail = (failure: FetchFailure): void => {
    errors.push(failure)
    // A stopped run (Ctrl-C, watch closing) is not news worth a line per URL.
    if (failure.code !== 'fetch/cancelled') log(`! ${failure.url}  ${failure.code}: ${failure.message}`)
  }
  // A page listed by two feeds is downloaded once.
  const pages = new Map<string, Promise<'new' | 'known' | 'failed'>>()
  let notModified = 0
  let newPages = 0
  let known = 0

  const unique = [...new Set(feedUrls)]
  await Promise.all(
    unique.map(async (feedUrl) => {
      const url = parseHttpUrl(feedUrl)
      if (!url) return fail({ url: feedUrl, feed: null, code: 'fetch/bad-url', message: 'not an http(s) URL' })
      const previous = validators[feedUrl]
      const conditional: Record<string, string> = {}
      if (previous?.etag) conditional['if-none-match'] = previous.etag
      if (previous?.lastModified) conditional['if-modified-since'] = previous.lastModified
      let response
      try {
        response = await httpGet(url, { ...feedHttp, headers: { ...feedHttp.headers, ...conditional } })
      } catch (error) {
        return fail({ url: feedUrl, feed: null, ...describe(error) })
      }
      if (response.status === 304) {
        notModified++
        return
      }
      const parsed = parseFeed(response.body.toString('utf8'), response.url)
      if (!parsed.ok) return fail({ url: feedUrl, feed: null, code: 'fetch/bad-feed', message: parsed.message })
      const outcomes = await Promise.all(
        parsed.items.map((item) => {
          let page = pages.get(item.url)
          if (!page) {
            page = fetchPage(item, feedUrl)
            pages.set(item.url, page)
          }
          return page
        }),
      )
      if (outcomes.every((o) => o !== 'failed')) validators[feedUrl] = { etag: response.etag, lastModified: response.lastModified }
    }),
  )
  if (!options.signal?.aborted) await saveState(options.into, { feeds: validators })
  return { feeds: unique.length, notModified, newPages, known, errors }

  async function fetchPage(item: FeedItem, feedUrl: string): Promise<'new' | 'known' | 'failed'> {
    const name = pageName(item.url)
    if ((await exists(join(options.into, `${name}.html`))) || (await exists(join(options.into, `${name}.txt`)))) {
      known++
      return 'known'
    }
    try {
      const page = await httpGet(new URL(item.url), pageHttp)
      if (page.status !== 200) throw new FetchError('fetch/http-304', 'the server answered 304 to an unconditional request', false)
      const file = `${name}.${page.contentType === 'text/plain' ? 'txt' : 'html'}`
      const meta = {
        url: item.url,
        ...(page.url !== item.url ? { finalUrl: page.url } : {}),
        feed: feedUrl,
        title: item.title,
        date: item.date,
        contentType: page.contentType,
        etag: page.etag,
        lastModified: page.lastModified,
        fetchedAt: new Date().toISOString(),
      }
      await writeAtomic(join(options.into, `${name}.meta.json`), JSON.stringify(meta, null, 2) + '\n')
      await writeAtomic(join(options.into, file), page.body, { tempSuffix: '.part' })
      newPages++
      log(`+ ${file}  ${item.url}`)
      return 'new'
    } catch (error) {
      fail({ url: item.url, feed: feedUrl, ...describe(error) })
      return 'failed'
    }
  }
}

/** XML media types, or an untyped/plain body that starts like a feed (misconfigured servers). */
function acceptsFeed(type: string, head: Uint8Array): boolean {
  if (type.endsWith('/xml') || type.endsWith('+xml')) return true
  if (type !== '' && type !== 'text/plain' && type !== 'application/octet-stream') return false
  const start = Buffer.from(head.subarray(0, 512)).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  return /^<(\?xml|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/.test(start)
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof FetchError) return { code: error.code, message: error.message }
  return { code: 'fetch/failed', message: error instanceof Error ? error.message : String(error) }
}

function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

let userAgent: string | undefined

function defaultUserAgent(): string {
  if (!userAgent) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    userAgent = `pressroom/${pkg.version} (feed fetcher)`
  }
  return userAgent
}
