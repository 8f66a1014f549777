/**
 * A worker-thread pool (piscina) whose per-document time limit counts only the document's own
 * processing: each worker builds its context before it reports ready, and tells this side over
 * a MessagePort when it starts a document, so the start-up of a worker that replaced a timed-out
 * one never eats into the next document's limit. A document past the limit is abandoned (its
 * thread is stopped and replaced) and becomes `internal/timeout`; one that exhausts the heap cap
 * becomes `internal/out-of-memory`.
 */
import { existsSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { fileURLToPath } from 'node:url'
import { MessageChannel } from 'node:worker_threads'
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

  async function run(input: RawInput): Promise<ProcessResult> {
    const { port1, port2 } = new MessageChannel()
    const abort = new AbortController()
    let timer: NodeJS.Timeout | undefined
    port1.once('message', () => {
      timer = setTimeout(() => abort.abort(), timeoutMs)
    })
    try {
      const result = (await pool.run({ input, port: port2 }, { signal: abort.signal, transferList: [port2] })) as unknown
      return isEncodedResult(result) ? decodeResult(result) : (result as ProcessResult)
    } catch (error) {
      return { ok: false, error: { path: input.path, ...describeFailure(error, abort.signal.aborted, timeoutMs) } }
    } finally {
      clearTimeout(timer)
      port1.close()
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
