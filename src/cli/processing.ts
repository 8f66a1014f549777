/**
 * What `ingest` and `watch` share: the options that say how documents are processed
 * (--out, --concurrency, --reference, --timeout), their validation, and the context and
 * worker pool built from them.
 */
import type { Command } from 'commander'
import { availableParallelism } from 'node:os'
import { createContext } from '../context.js'
import { documentProcessor, type DocumentPool } from '../ingest/pool.js'
import type { Context } from '../types.js'
import { parseDuration } from '../watch/duration.js'
import { ExitError, positiveInt } from './errors.js'

export interface ProcessingCliOptions {
  out: string
  concurrency?: number
  reference?: string
  timeout: string
}

export interface Processing {
  readonly ctx: Context
  readonly threads: number
  readonly pool: DocumentPool
}

export function processingOptions(command: Command): Command {
  return command
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-c, --concurrency <n>', 'documents processed at once (default: number of cores)', positiveInt('--concurrency'))
    .option('--reference <date>', 'reference date (YYYY-MM-DD) for documents with no publication date')
    .option('--timeout <duration>', 'time limit per document, e.g. 30s or 500ms; a document past it becomes internal/timeout', '30s')
}

/** Validates the options (usage errors exit 2) and builds the context and the worker pool. */
export function openProcessing(opts: ProcessingCliOptions): Processing {
  if (opts.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reference)) {
    throw new ExitError(2, `Expected --reference to be a date like 2024-05-01, got ${JSON.stringify(opts.reference)}`)
  }
  const timeoutMs = parseDuration(opts.timeout)
  if (timeoutMs === null) throw new ExitError(2, `Expected --timeout to be a duration like 30s or 500ms, got ${JSON.stringify(opts.timeout)}`)
  const fallbackReference = opts.reference ?? null
  const ctx = createContext({ fallbackReference })
  const threads = opts.concurrency ?? availableParallelism()
  return { ctx, threads, pool: documentProcessor(ctx, { threads, timeoutMs, contextOptions: { fallbackReference } }) }
}
