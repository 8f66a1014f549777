import type { Command } from 'commander'
import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import { createContext } from '../../context.js'
import { readFeedList } from '../../fetch/feed-list.js'
import { contextKey } from '../../ingest/update.js'
import { formatDuration, parseDuration } from '../../watch/duration.js'
import { startWatch, type WatchFeeds } from '../../watch/watch.js'
import { documentProcessor } from '../../ingest/pool.js'
import { ExitError, positiveInt } from '../errors.js'
import { fetchOptions, formatFetchSummary, toFetchOptions } from './fetch.js'

interface WatchCliOptions {
  out: string
  concurrency?: number
  reference?: string
  timeout: string
  poll?: boolean
  feeds?: string
  every: string
  perHost: number
  interval: string
  fetchTimeout: string
  maxSize: string
  retries: string
}

export function registerWatch(program: Command): void {
  fetchOptions(
    program
      .command('watch')
      .description(
        'process a folder, then every file that lands or changes in it, keeping <out>/ up to date; ' +
          'with --feeds, also fetch new feed items into the folder on a schedule. Stops cleanly on Ctrl-C / SIGTERM',
      )
      .argument('<dir>', 'the inbox folder')
      .option('-o, --out <dir>', 'output folder', 'out')
      .option('-c, --concurrency <n>', 'documents processed at once (default: number of cores)', positiveInt('--concurrency'))
      .option('--reference <date>', 'reference date (YYYY-MM-DD) for documents with no publication date')
      .option('--timeout <duration>', 'time limit per document, e.g. 30s', '30s')
      .option('--poll', 'poll the folder instead of using file system events (network shares)')
      .option('--feeds <file>', 'a file with one feed URL per line, fetched into <dir> on a schedule (re-read every time)')
      .option('--every <duration>', 'how often to fetch the feeds, e.g. 15m or 30s', '15m'),
  ).action(async (dir: string, opts: WatchCliOptions) => {
    if (opts.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reference)) {
      throw new ExitError(2, `Expected --reference to be a date like 2024-05-01, got ${JSON.stringify(opts.reference)}`)
    }
    const timeoutMs = parseDuration(opts.timeout)
    if (timeoutMs === null) throw new ExitError(2, `Expected --timeout to be a duration like 30s, got ${JSON.stringify(opts.timeout)}`)
    const everyMs = parseDuration(opts.every)
    if (everyMs === null || everyMs < 1000) throw new ExitError(2, `Expected --every to be a duration of 1s or more, like 15m, got ${JSON.stringify(opts.every)}`)
    const fetch = toFetchOptions(opts)
    if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new ExitError(2, `no such folder: ${dir}`)
    const feedsFile = opts.feeds
    if (feedsFile) await readFeedList(feedsFile).catch(() => Promise.reject(new ExitError(2, `could not read the feeds file ${feedsFile}`)))

    const fallbackReference = opts.reference ?? null
    const ctx = createContext({ fallbackReference })
    const threads = opts.concurrency ?? availableParallelism()
    const pool = documentProcessor(ctx, { threads, timeoutMs, contextOptions: { fallbackReference } })
    const feeds: WatchFeeds | undefined = feedsFile
      ? { list: () => readFeedList(feedsFile), everyMs, options: fetch, onFetched: (s) => console.log(formatFetchSummary(s)) }
      : undefined
    const watch = startWatch({
      input: dir,
      out: opts.out,
      version: contextKey(ctx),
      process: (input) => pool.process(input),
      concurrency: threads,
      usePolling: opts.poll ?? false,
      onLog: (line) => console.log(line),
      onError: (error) => console.error(`pressroom: ${error instanceof Error ? error.message : String(error)}`),
      ...(feeds ? { feeds } : {}),
    })

    let signals = 0
    let resolveStop = (): void => undefined
    const stopped = new Promise<void>((r) => (resolveStop = r))
    const onSignal = (): void => {
      if (++signals > 1) {
        // A second Ctrl-C: leave now. Outputs are renamed into place whole, so none is half-written.
        process.exit(130)
      }
      console.log('pressroom: stopping (finishing the documents in flight)…')
      resolveStop()
    }
    process.on('SIGINT', onSignal)
    process.on('SIGTERM', onSignal)
    try {
      const start = await Promise.race([watch.ready, stopped.then(() => null)]).catch((error: unknown) => {
        throw new ExitError(1, `watch could not start: ${error instanceof Error ? error.message : String(error)}`)
      })
      if (start) {
        console.log(
          `watch: ${start.documents} documents, ${start.events} events, ${start.errors} errors ` +
            `(${start.processed} processed, ${start.reused} reused) → ${opts.out}/; watching ${dir}` +
            (feeds ? `, fetching feeds every ${formatDuration(everyMs)}` : ''),
        )
      }
      await stopped
    } finally {
      await watch.close()
      await pool.close()
      process.off('SIGINT', onSignal)
      process.off('SIGTERM', onSignal)
    }
  })
}
