import type { Command } from 'commander'
import { stat } from 'node:fs/promises'
import { readFeedList } from '../../fetch/feed-list.js'
import { contextKey } from '../../ingest/update.js'
import { formatDuration, parseDuration } from '../../watch/duration.js'
import { openProcessing, processingOptions, type ProcessingCliOptions } from '../processing.js'
import { startWatch, type WatchFeeds } from '../../watch/watch.js'
import { ExitError } from '../errors.js'
import { fetchOptions, formatFetchSummary, toFetchOptions } from './fetch.js'

interface WatchCliOptions extends ProcessingCliOptions {
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
  const command = program
    .command('watch')
    .description(
      'process a folder, then every file that lands or changes in it, keeping <out>/ up to date; ' +
        'with --feeds, also fetch new feed items into the folder on a schedule. Stops cleanly on Ctrl-C / SIGTERM',
    )
    .argument('<dir>', 'the inbox folder')
  processingOptions(command)
    .option('--poll', 'poll the folder instead of using file system events (network shares)')
    .option('--feeds <file>', 'a file with one feed URL per line, fetched into <dir> on a schedule (re-read every time)')
    .option('--every <duration>', 'how often to fetch the feeds, e.g. 15m or 30s', '15m')
  fetchOptions(command).action(async (dir: string, opts: WatchCliOptions) => {
    const everyMs = parseDuration(opts.every)
    if (everyMs === null || everyMs < 1000) throw new ExitError(2, `Expected --every to be a duration of 1s or more, like 15m, got ${JSON.stringify(opts.every)}`)
    const fetch = toFetchOptions(opts)
    if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) throw new ExitError(2, `no such folder: ${dir}`)
    const feedsFile = opts.feeds
    if (feedsFile) await readFeedList(feedsFile).catch(() => Promise.reject(new ExitError(2, `could not read the feeds file ${feedsFile}`)))

    const { ctx, threads, pool } = openProcessing(opts)
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
