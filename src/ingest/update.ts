/**
 * Brings the store entry of one input up to date: reuse it when the content fingerprint and the
 * pipeline version match, otherwise process the input and replace the entry. Shared by
 * `ingest` (a batch) and `watch` (one file at a time). Split in two so `watch` can process
 * outside its projection lock and write inside it.
 */
import type { EntryHeader } from '../store/entry.js'
import type { Store } from '../store/store.js'
import type { Context } from '../types.js'
import type { InputFile } from './discover.js'
import type { ProcessResult, RawInput } from './process.js'
import type { ProcessFn } from './processor.js'
import { readInput } from './read.js'

export interface UpdateOutcome {
  readonly header: EntryHeader
  /** True when the stored result was reused without processing. */
  readonly reused: boolean
}

/** What `prepareEntry` found: the file is gone, its entry is current, or a fresh result to store. */
export type Prepared =
  | { readonly kind: 'gone'; readonly path: string }
  | { readonly kind: 'reused'; readonly header: EntryHeader }
  | { readonly kind: 'fresh'; readonly path: string; readonly fingerprint: string; readonly result: ProcessResult }

/**
 * The part of the context that changes output besides the code: results computed under another
 * key are never reused. Add any new output-changing context option here.
 */
export function contextKey(ctx: Pick<Context, 'pipelineVersion' | 'fallbackReference'>): string {
  return ctx.fallbackReference === null ? ctx.pipelineVersion : `${ctx.pipelineVersion};reference=${ctx.fallbackReference}`
}

/** Which stored results count as current. */
export interface ReuseRule {
  /** Reprocess every input. @default false */
  readonly force?: boolean
  /** Reprocess inputs whose stored result is an error (e.g. a timeout on a busy machine). @default false */
  readonly retryErrors?: boolean
}

export async function prepareEntry(store: Store, file: InputFile, version: string, process: ProcessFn, rule: ReuseRule = {}): Promise<Prepared> {
  const read = await readInput(file)
  if (!read.ok && read.gone) return { kind: 'gone', path: file.rel }
  if (!rule.force && read.fingerprint !== null) {
    const header = await store.lookup(file.rel)
    const current = header && header.fingerprint === read.fingerprint && header.version === version
    if (current && (header.ok || !rule.retryErrors)) return { kind: 'reused', header }
  }
  const result = read.ok ? await processSafely(process, read.input) : { ok: false as const, error: read.error }
  // A file that could not be read, or whose worker failed (not the document: a broken build, a
  // crash), gets a fingerprint no later read produces, so the next run retries it.
  const transient = !result.ok && TRANSIENT_CODES.has(result.error.code)
  return { kind: 'fresh', path: file.rel, fingerprint: transient ? RETRY : (read.fingerprint ?? RETRY), result }
}

const RETRY = 'retry'
/** Failures of the machinery rather than of the document. */
const TRANSIENT_CODES = new Set(['internal/worker', 'internal/process'])

/** Stores what `prepareEntry` found. Returns null when the file is gone (its entry is removed). */
export async function commitEntry(store: Store, prepared: Prepared, version: string): Promise<UpdateOutcome | null> {
  switch (prepared.kind) {
    case 'gone':
      await store.remove(prepared.path)
      return null
    case 'reused':
      return { header: prepared.header, reused: true }
    case 'fresh': {
      const header = await store.write(prepared.path, { fingerprint: prepared.fingerprint, version }, prepared.result)
      return { header, reused: false }
    }
  }
}

export async function updateEntry(store: Store, file: InputFile, version: string, process: ProcessFn, rule: ReuseRule = {}): Promise<UpdateOutcome | null> {
  return commitEntry(store, await prepareEntry(store, file, version, process, rule), version)
}

/** A processor should never reject; if one does, that input gets an error record and the run goes on. */
async function processSafely(process: ProcessFn, input: RawInput): Promise<ProcessResult> {
  try {
    return await process(input)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { path: input.path, code: 'internal/process', message: `processing failed: ${message}` } }
  }
}
