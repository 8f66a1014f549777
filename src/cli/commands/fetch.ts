import type { Command } from 'commander'
import { fetchFeeds, type FetchSummary } from '../../fetch/fetch.js'
import { parseSize, readFeedList } from '../../fetch/feed-list.js'
import { parseDuration } from '../../watch/duration.js'
import { ExitError, positiveInt } from '../errors.js'

export interface FetchCliOptions {
  into: string
  feeds?: string
  perHost: number
  interval: string
  timeout: string
  maxSize: string
  retries: string
}

/** Adds the fetch options shared by `fetch` and `watch --feeds`. */
export function fetchOptions(command: Command): Command {
  return command
    .option('--per-host <n>', 'requests to one host at once', positiveInt('--per-host'), 2)
    .option('--interval <ms>', 'milliseconds between two requests to one host', '1000')
    .option('--fetch-timeout <duration>', 'time limit per request, e.g. 30s', '30s')
    .option('--max-size <size>', 'largest page or feed accepted, e.g. 5MB', '5MB')
    .option('--retries <n>', 'retries after a 5xx, 429, timeout or network error', '3')
}

/** Validates the shared fetch options into `fetchFeeds` options (minus `into`). */
export function toFetchOptions(opts: { perHost: number; interval: string; fetchTimeout: string; maxSize: string; retries: string }) {
  const intervalMs = Number(opts.interval)
  if (!Number.isInteger(intervalMs) || intervalMs < 0) throw new ExitError(2, `Expected --interval to be a whole number of milliseconds, got ${JSON.stringify(opts.interval)}`)
  const timeoutMs = parseDuration(opts.fetchTimeout)
  if (timeoutMs === null) throw new ExitError(2, `Expected --fetch-timeout to be a duration like 30s, got ${JSON.stringify(opts.fetchTimeout)}`)
  const maxBytes = parseSize(opts.maxSize)
  if (maxBytes === null) throw new ExitError(2, `Expected --max-size to be a size like 5MB or 512KB, got ${JSON.stringify(opts.maxSize)}`)
  const retries = Number(opts.retries)
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) throw new ExitError(2, `Expected --retries to be a whole number from 0 to 10, got ${JSON.stringify(opts.retries)}`)
  return { perHost: opts.perHost, intervalMs, timeoutMs, maxBytes, retries }
}

export function formatFetchSummary(s: FetchSummary): string {
  return `fetch: ${s.feeds} feeds (${s.notModified} not modified), ${s.newPages} new pages, ${s.errors.length} errors`
}

export function registerFetch(program: Command): void {
  fetchOptions(
    program
      .command('fetch')
      .description('download the new items of RSS/Atom feeds into an inbox folder (page + .meta.json sidecar each), politely and conditionally')
      .argument('[feed-urls...]', 'feed URLs')
      .requiredOption('--into <dir>', 'inbox folder the pages are written to')
      .option('--feeds <file>', 'a file with one feed URL per line (# comments allowed)'),
  ).action(async (urls: string[], opts: { into: string; feeds?: string; perHost: number; interval: string; fetchTimeout: string; maxSize: string; retries: string }) => {
    const options = toFetchOptions(opts)
    const feeds = [...urls]
    if (opts.feeds) {
      try {
        feeds.push(...(await readFeedList(opts.feeds)))
      } catch {
        throw new ExitError(2, `could not read the feeds file ${opts.feeds}`)
      }
    }
    if (feeds.length === 0) throw new ExitError(2, 'no feeds: give feed URLs or --feeds <file>')
    const controller = new AbortController()
    const stop = (): void => controller.abort()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    try {
      const summary = await fetchFeeds(feeds, { ...options, into: opts.into, signal: controller.signal, onLog: (line) => console.log(line) })
      console.log(formatFetchSummary(summary))
      if (summary.errors.length > 0) process.exitCode = 1
    } finally {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
    }
  })
}
