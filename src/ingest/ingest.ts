/**
 * ingest: inputs (files or folders) → out/documents.jsonl, events.jsonl, errors.jsonl and
 * out/schema/, through the result store in out/.store/. Only inputs whose content or pipeline
 * version changed are processed; a crashed run resumes from the entries it finished; the outputs
 * are a deterministic projection of the store, so a resumed run writes the same bytes as an
 * uninterrupted one. Every task resolves (a bad file is an error record, never a rejection).
 */
import { resolve, sep } from 'node:path'
import PQueue from 'p-queue'
import { compare } from '../merge/events.js'
import type { ErrorRecord } from '../schema/records.js'
import type { EntryHeader } from '../store/entry.js'
import { project } from '../store/project.js'
import { openStore } from '../store/store.js'
import type { Context } from '../types.js'
import { discoverInputs, type InputFile } from './discover.js'
import { inlineProcess, type ProcessFn } from './processor.js'
import { contextKey, updateEntry } from './update.js'

export interface IngestOptions {
  readonly out: string
  /** Inputs in flight at once (match it to the processor's threads). @default 4 */
  readonly concurrency?: number
  /** Reprocess every input even when its stored result is current. @default false */
  readonly force?: boolean
  /** Reprocess inputs whose stored result is an error record (timeouts on a busy machine, say). @default false */
  readonly retryErrors?: boolean
  /** Where documents are processed. @default processInput in this thread */
  readonly process?: ProcessFn
  readonly onStart?: (total: number) => void
  readonly onDocument?: (file: InputFile, ok: boolean, reused: boolean) => void
}

export interface IngestSummary {
  readonly documents: number
  readonly events: number
  readonly errors: number
  /** Inputs run through the pipeline in this run. */
  readonly processed: number
  /** Inputs whose stored result was current. */
  readonly reused: number
  /** Store entries of inputs that are gone, dropped in this run. */
  readonly dropped: number
  readonly seconds: number
}

export async function ingest(paths: readonly string[], ctx: Context, options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now()
  // The output folder may sit inside an input folder (`ingest . --out out`): never read it back.
  const outDir = resolve(options.out) + sep
  const files = (await discoverInputs(paths)).filter((f) => !f.abs.startsWith(outDir))
  const { unique, duplicates } = splitDuplicates(files)
  options.onStart?.(files.length)
  const store = await openStore(options.out)
  const version = contextKey(ctx)
  const process = options.process ?? inlineProcess(ctx)
  const headers: EntryHeader[] = []
  let processed = 0
  let reused = 0
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 })
  let failure: unknown
  for (const file of unique) {
    // Queue a few inputs ahead of the workers, not the whole archive: memory stays flat in its size.
    if (queue.size >= queue.concurrency * 4) await queue.onSizeLessThan(queue.concurrency * 2)
    if (failure !== undefined) break
    queue.add(async () => {
      const outcome = await updateEntry(store, file, version, process, { force: options.force ?? false, retryErrors: options.retryErrors ?? false })
      if (!outcome) return
      headers.push(outcome.header)
      if (outcome.reused) reused++
      else processed++
      options.onDocument?.(file, outcome.header.ok, outcome.reused)
    }).catch((error: unknown) => {
      // A store failure (disk full) stops the run; the entries written so far stay reusable.
      failure ??= error
      queue.clear()
    })
  }
  await queue.onIdle()
  if (failure !== undefined) throw failure
  const dropped = await store.prune(new Set(headers.map((h) => h.path)))
  const projection = await project(store, headers, options.out, duplicates)
  return { ...projection, processed, reused, dropped, seconds: (performance.now() - t0) / 1000 }
}

/**
 * Two inputs with the same relative path (`a/x.html` and `b/x.html` given as two roots) would
 * share a store entry and a document id: the first wins, the others become error records.
 */
function splitDuplicates(files: readonly InputFile[]): { unique: InputFile[]; duplicates: ErrorRecord[] } {
  const first = new Map<string, InputFile>()
  const duplicates: ErrorRecord[] = []
  for (const f of files) {
    const seen = first.get(f.rel)
    if (!seen) first.set(f.rel, f)
    else {
      duplicates.push({
        path: f.rel,
        code: 'ingest/duplicate-path',
        message: `skipped ${f.abs}: ${seen.abs} has the same relative path; ingest the folders one at a time`,
      })
    }
  }
  return { unique: [...first.values()].sort((a, b) => compare(a.rel, b.rel)), duplicates }
}
