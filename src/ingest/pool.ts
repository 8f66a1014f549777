/**
 * A worker-thread pool (piscina) whose per-document time limit counts only the document's own
 * processing: each worker builds its context before it reports ready, and tells this side over
 * a shared array when it starts a document, so the start-up of a worker that replaced a timed-out
 * one never eats into the next document's limit. A document past the limit is abandoned (its
 * thread is stopped and replaced) and becomes `internal/timeout`; one that exhausts the heap cap
 * becomes `internal/out-of-memory`.
 */
import { existsSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { fileURLToPath } from 'node:url'
import PQueue from 'p-queue'
import { Piscina } from 'piscina'
import type { ContextOptions } from '../context.js'
import type { Context } from '../types.js'
import { decodeResult, isEncodedResult, processInput, type ProcessResult, type RawInput } from './process.js'

export interface PoolOptions {
  /** Worker threads. */
  readonly threads: number
  /** Per-document time limit in milliseconds, from when a worker starts the document. @default 30000 */
  readonly timeoutMs?: number
  /** Heap limit per worker in MB. @default 1024 */
  readonly maxHeapMb?: number
  /** Options each worker builds its context from (must match the main thread's). @default {} */
  readonly contextOptions?: ContextOptions
  /** The compiled worker module. @default worker.js beside this file */
  readonly filename?: string
}

/** What a worker receives: the input, and where to write the time (ms since the epoch) it starts it. */
export interface PoolTask {
  readonly input: RawInput
  readonly started: { readonly view: BigInt64Array; readonly slot: number }
}

/** The worker side of the start signal: call first thing in a task. */
export function signalStart(task: PoolTask): void {
  Atomics.store(task.started.view, task.started.slot, BigInt(Date.now()))
}

export interface DocumentPool {
  process(input: RawInput): Promise<ProcessResult>
  close(): Promise<void>
}

export function createDocumentPool(options: PoolOptions): DocumentPool {
  const timeoutMs = options.timeoutMs ?? 30_000
  if (!Number.isInteger(options.threads) || options.threads < 1) {
    throw new TypeError(`Expected \`threads\` to be a whole number from 1 and up, got ${options.threads}`)
  }
  if (!(timeoutMs > 0)) throw new TypeError(`Expected \`timeoutMs\` to be a number above 0, got ${timeoutMs}`)
  const filename = options.filename ?? fileURLToPath(new URL('./worker.js', import.meta.url))
  if (!existsSync(filename)) throw new Error(`the worker module ${filename} is missing: build first (npm run build)`)
  limitHeapGrowth()
  const pool = new Piscina({
    filename,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    workerData: { contextOptions: options.contextOptions ?? {} },
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 },
  })
  // One task waiting per thread, so a worker that finishes starts its next document at once
  // (piscina dispatches from its queue in the same turn) instead of after the main thread has
  // come round to it; no more than that, since piscina's own queue has no limit. A waiting task's
  // time limit starts only when a worker starts it.
  const gate = new PQueue({ concurrency: options.threads * 2 })

  // The start signal: each task in flight owns a slot of a shared array, where its worker writes
  // the time it started (worker.ts). A MessageChannel per task did the same at about a tenth of a
  // millisecond of the main thread per document, which every worker waits on.
  const inFlight = options.threads * 2
  const starts = new BigInt64Array(new SharedArrayBuffer(8 * inFlight))
  const free = Array.from({ length: inFlight }, (_, i) => inFlight - 1 - i)

  async function run(input: RawInput): Promise<ProcessResult> {
    // The gate runs at most `inFlight` of these at once, so a slot is always free.
    const slot = free.pop()!
    Atomics.store(starts, slot, 0n)
    const abort = new AbortController()
    let timer: NodeJS.Timeout | undefined
    // The limit runs from the start the worker wrote: a task still waiting is checked again a
    // whole limit later, a started one when its limit is up.
    const check = (): void => {
      const started = Number(Atomics.load(starts, slot))
      const left = started === 0 ? timeoutMs : started + timeoutMs - Date.now()
      if (started !== 0 && left <= 0) abort.abort()
      else timer = setTimeout(check, left)
    }
    timer = setTimeout(check, timeoutMs)
    try {
      const task: PoolTask = { input, started: { view: starts, slot } }
      const result = (await pool.run(task, { signal: abort.signal })) as unknown
      return isEncodedResult(result) ? decodeResult(result) : (result as ProcessResult)
    } catch (error) {
      return { ok: false, error: { path: input.path, ...describeFailure(error, abort.signal.aborted, timeoutMs) } }
    } finally {
      clearTimeout(timer)
      free.push(slot)
    }
  }

  return {
    process: (input) => gate.add(() => run(input)) as Promise<ProcessResult>,
    async close() {
      gate.clear()
      await gate.onIdle()
      await pool.destroy()
    },
  }
}

/**
 * A worker's live heap stays flat (about 50 MB however many documents it has done), but V8 lets
 * garbage grow to up to four times the live heap before a full collection, and keeps the pages:
 * over a long run each worker's RSS climbed from about 250 to 310 MB. A growing factor of 1.5
 * held a thread at about 210 MB over 2,500 documents at the same CPU time per document. V8 flags
 * are per process and workers cannot take their own, so this is set once, before the first
 * worker starts; it is a flag V8 reads at each collection, not one fixed at start-up.
 */
let heapGrowthLimited = false
function limitHeapGrowth(): void {
  if (heapGrowthLimited) return
  heapGrowthLimited = true
  setFlagsFromString('--heap-growing-percent=50')
}

function describeFailure(error: unknown, timedOut: boolean, timeoutMs: number): { code: string; message: string } {
  if (timedOut) {
    const limit = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`
    return { code: 'internal/timeout', message: `processing took longer than ${limit}; the document was abandoned` }
  }
  if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { code: 'internal/out-of-memory', message: 'processing ran out of memory; the document was abandoned' }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal/worker', message: `the worker processing this file failed: ${message}` }
}

/** A pool that starts its threads on the first document: a run that reuses every result starts none. */
export function lazyDocumentPool(options: PoolOptions): DocumentPool {
  let pool: DocumentPool | undefined
  return {
    process: (input) => (pool ??= createDocumentPool(options)).process(input),
    close: async () => pool?.close(),
  }
}

/** The compiled worker beside this module, or null when running from the TypeScript sources. */
export function compiledWorker(): string | null {
  const file = fileURLToPath(new URL('./worker.js', import.meta.url))
  return existsSync(file) ? file : null
}

/**
 * What the commands process with: the (lazy) worker pool when the compiled worker exists, else
 * `processInput` in this thread (running from the TypeScript sources, as under vitest), which
 * no time limit can interrupt.
 */
export function documentProcessor(ctx: Context, options: PoolOptions): DocumentPool {
  if (options.filename ?? compiledWorker()) return lazyDocumentPool(options)
  return { process: async (input) => processInput(input, ctx), close: async () => undefined }
}
