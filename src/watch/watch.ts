/**
 * `pressroom watch`: brings the store up to date with what the inbox holds, then processes every
 * file that lands, changes or goes, and re-projects out/ once per burst. The store is keyed by
 * path, so a document appears exactly once and the newest content wins; events re-merge on
 * every projection. Optionally polls feeds into the inbox on a schedule.
 *
 * Work on one path is serialized (a change during processing re-runs it afterwards), processing
 * runs outside the projection lock, and store writes and projections run inside it, so a
 * projection never sees an entry change under it.
 */
import { basename, join, relative, resolve, sep } from 'node:path'
import { watch as chokidar, type FSWatcher } from 'chokidar'
import PQueue from 'p-queue'
import { discoverInputs, isIgnored } from '../ingest/discover.js'
import type { ProcessFn } from '../ingest/processor.js'
import { commitEntry, prepareEntry } from '../ingest/update.js'
import type { EntryHeader } from '../store/entry.js'
import { project, type ProjectionSummary } from '../store/project.js'
import { openStore, type Store } from '../store/store.js'
import { fetchFeeds, type FetchOptions, type FetchSummary } from '../fetch/fetch.js'

export interface WatchFeeds {
  /** The feed URLs; called before every poll, so a feeds file can be edited while watching. */
  readonly list: () => Promise<readonly string[]>
  readonly everyMs: number
  /** Options for `fetchFeeds` (the inbox and the stop signal are set by watch). */
  readonly options?: Omit<FetchOptions, 'into' | 'signal' | 'onLog'>
  readonly onFetched?: (summary: FetchSummary) => void
}

export interface WatchOptions {
  /** The inbox folder. */
  readonly input: string
  readonly out: string
  /** The store version key (see `contextKey`). */
  readonly version: string
  readonly process: ProcessFn
  /** Documents processed at once. @default 2 */
  readonly concurrency?: number
  /** Quiet time after the last processed document before out/ is re-projected. @default 100 */
  readonly debounceMs?: number
  /** Longest a busy inbox delays a projection. @default 2000 */
  readonly maxDelayMs?: number
  /** A file counts as written once its size has been stable this long. @default 200 */
  readonly stabilityMs?: number
  /** Poll the file system instead of using native events (network shares, some containers). @default false */
  readonly usePolling?: boolean
  /** How paths are shown in log lines. @default the input as given */
  readonly label?: string
  /** One line per document processed or removed, and per fetch log line. */
  readonly onLog?: (line: string) => void
  /** Failures of the watcher, the store or a projection; watching goes on. */
  readonly onError?: (error: unknown) => void
  readonly onProjected?: (summary: ProjectionSummary) => void
  readonly feeds?: WatchFeeds
}

export interface WatchStart {
  readonly documents: number
  readonly events: number
  readonly errors: number
  readonly processed: number
  readonly reused: number
}

export interface WatchHandle {
  /** Resolves once the inbox as it was at start is processed and projected, and changes are watched. */
  readonly ready: Promise<WatchStart>
  /** Resolves when nothing is queued, processing or waiting to be projected. */
  idle(): Promise<void>
  /** Stops watching, lets documents in flight finish, projects them, and stops feed polling. */
  close(): Promise<void>
}

export function startWatch(options: WatchOptions): WatchHandle {
  const root = resolve(options.input)
  const outDir = resolve(options.out) + sep
  const label = options.label ?? options.input
  const log = options.onLog ?? (() => undefined)
  const onError = options.onError ?? (() => undefined)
  const debounceMs = options.debounceMs ?? 100
  const maxDelayMs = options.maxDelayMs ?? 2000
  const queue = new PQueue({ concurrency: options.concurrency ?? 2, autoStart: false })
  const state = new Map<string, EntryHeader>()
  const dirty = new Set<string>()
  const running = new Set<string>()
  const stop = new AbortController()
  let store: Store | undefined
  let watcher: FSWatcher | undefined
  let closed = false
  let lock: Promise<unknown> = Promise.resolve()
  let changed = false
  let changedSince = 0
  let timer: NodeJS.Timeout | undefined
  let projecting: Promise<void> = Promise.resolve()
  let feedLoop: Promise<void> = Promise.resolve()
  let feedTimer: NodeJS.Timeout | undefined
  let counting: { processed: number; reused: number } | null = { processed: 0, reused: 0 }
  /** Set once the inbox as it was at start is projected: before that, `state` is partial. */
  let initialized = false

  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = lock.then(fn)
    lock = run.catch(() => undefined)
    return run
  }

  const show = (rel: string): string => (label ? `${label.replace(/\/+$/, '')}/${rel}` : rel)

  const ignored = (path: string): boolean => {
    const abs = resolve(path)
    if (abs === root) return false
    if (abs.startsWith(outDir) || abs + sep === outDir) return true
    return isIgnored(basename(abs))
  }

  /** Marks `rel` for (re)processing; one task per path at a time, re-run if it changed meanwhile. */
  function schedule(rel: string): void {
    if (closed) return
    dirty.add(rel)
    if (running.has(rel)) return
    running.add(rel)
    queue
      .add(async () => {
        while (dirty.has(rel) && !closed) {
          dirty.delete(rel)
          await handle(rel)
        }
      })
      .catch(onError)
      .finally(() => {
        running.delete(rel)
        // Closed while queued: forget it; the next start picks the file up again.
        if (dirty.has(rel) && !closed) schedule(rel)
      })
  }

  async function handle(rel: string): Promise<void> {
    const prepared = await prepareEntry(store!, { abs: join(root, rel), rel }, options.version, options.process)
    await exclusive(async () => {
      const outcome = await commitEntry(store!, prepared, options.version)
      if (!outcome) {
        if (state.delete(rel)) {
          log(`- ${show(rel)}  removed`)
          markChanged()
        }
        return
      }
      const before = state.get(rel)
      state.set(rel, outcome.header)
      if (counting) outcome.reused ? counting.reused++ : counting.processed++
      if (outcome.reused && before?.fingerprint === outcome.header.fingerprint) return
      const h = outcome.header
      if (prepared.kind === 'fresh') {
        if (prepared.result.ok) log(`+ ${show(rel)}  ${h.docId}  ${h.events} ${h.events === 1 ? 'event' : 'events'}`)
        else log(`! ${show(rel)}  ${prepared.result.error.code}: ${prepared.result.error.message}`)
      }
      markChanged()
    })
  }

  function markChanged(): void {
    if (!changed) changedSince = performance.now()
    changed = true
    armProjection()
  }

  function armProjection(): void {
    if (counting || closed) return
    clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      const busy = queue.size + queue.pending > 0
      // Wait for the burst to end, unless out/ has lagged for too long already.
      if (busy && performance.now() - changedSince < maxDelayMs) return armProjection()
      void reproject()
    }, debounceMs)
  }

  function reproject(): Promise<void> {
    projecting = projecting.then(() =>
      exclusive(async () => {
        if (!changed) return
        changed = false
        const summary = await project(store!, [...state.values()], options.out)
        options.onProjected?.(summary)
      }).catch((error: unknown) => {
        changed = true
        onError(error)
      }),
    )
    return projecting
  }

  async function pollFeeds(feeds: WatchFeeds): Promise<void> {
    while (!closed) {
      try {
        const urls = await feeds.list()
        const summary = await fetchFeeds(urls, { ...feeds.options, into: root, signal: stop.signal, onLog: log })
        if (!closed) feeds.onFetched?.(summary)
      } catch (error) {
        if (!closed) onError(error)
      }
      if (closed) return
      await new Promise<void>((resolveWait) => {
        feedTimer = setTimeout(resolveWait, feeds.everyMs)
        stop.signal.addEventListener('abort', () => resolveWait(), { once: true })
      })
    }
  }

  const ready = (async (): Promise<WatchStart> => {
    store = await openStore(options.out)
    // Watch first, then list: a file that lands while the inbox is listed is seen by one or both,
    // and scheduling the same path twice is harmless.
    watcher = chokidar(root, {
      ignoreInitial: true,
      ignored,
      awaitWriteFinish: { stabilityThreshold: options.stabilityMs ?? 200, pollInterval: 50 },
      usePolling: options.usePolling ?? false,
      ...(options.usePolling ? { interval: 100 } : {}),
    })
    watcher.on('add', (path) => schedule(toRel(path)))
    watcher.on('change', (path) => schedule(toRel(path)))
    watcher.on('unlink', (path) => schedule(toRel(path)))
    watcher.on('unlinkDir', (path) => {
      const prefix = `${toRel(path)}/`
      for (const rel of state.keys()) if (rel.startsWith(prefix)) schedule(rel)
    })
    watcher.on('error', onError)
    await new Promise<void>((resolveReady, rejectReady) => {
      watcher!.once('ready', resolveReady)
      watcher!.once('error', rejectReady)
    })
    const files = (await discoverInputs([root])).filter((f) => !f.abs.startsWith(outDir))
    // Nothing is written yet (the queue has not started), so pruning cannot race a write.
    await store.prune(new Set(files.map((f) => f.rel)))
    for (const f of files) schedule(f.rel)
    queue.start()
    await queue.onIdle()
    const counts = counting!
    counting = null
    // Closed during the first pass: the store keeps what was done, out/ stays as it was.
    if (closed) throw new Error('closed before the inbox was processed')
    // The first projection's failure fails `ready`; later ones go to onError and are retried.
    const summary = await exclusive(async () => {
      changed = false
      return project(store!, [...state.values()], options.out)
    })
    options.onProjected?.(summary)
    initialized = true
    if (changed) armProjection()
    if (options.feeds && !closed) feedLoop = pollFeeds(options.feeds)
    return { ...summary, ...counts }
  })()
  ready.catch(() => undefined)

  function toRel(path: string): string {
    return relative(root, resolve(path)).split(sep).join('/')
  }

  return {
    ready,
    async idle() {
      await ready
      for (;;) {
        await queue.onIdle()
        await projecting
        if (queue.size + queue.pending === 0 && !changed && timer === undefined) return
        await new Promise((r) => setTimeout(r, debounceMs))
      }
    },
    async close() {
      if (closed) return
      closed = true
      stop.abort()
      clearTimeout(feedTimer)
      await ready.catch(() => undefined)
      await watcher?.close()
      queue.clear()
      queue.start()
      await queue.onIdle()
      clearTimeout(timer)
      timer = undefined
      if (initialized) await reproject()
      await feedLoop
    },
  }
}
