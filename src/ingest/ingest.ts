/**
 * ingest: inputs (files or folders) → out/documents.jsonl, events.jsonl, errors.jsonl and
 * out/schema/. Reading runs on a p-queue; every task resolves (a bad file is an error record,
 * never a rejection), and output order is by id, independent of completion order.
 */
import { join } from 'node:path'
import PQueue from 'p-queue'
import { mergeEvents, compare } from '../merge/events.js'
import type { DocumentRecord, ErrorRecord, EventRecord } from '../schema/records.js'
import type { Context } from '../types.js'
import { discoverInputs, type InputFile } from './discover.js'
import { processInput } from './process.js'
import { readInput } from './read.js'
import { jsonl, writeAtomic, writeSchemas } from './sink.js'

export interface IngestOptions {
  readonly out: string
  /** Files read at once. @default 4 */
  readonly concurrency?: number
  readonly onStart?: (total: number) => void
  readonly onDocument?: (file: InputFile, ok: boolean) => void
}

export interface IngestSummary {
  readonly documents: number
  readonly events: number
  readonly errors: number
  readonly seconds: number
}

export async function ingest(paths: readonly string[], ctx: Context, options: IngestOptions): Promise<IngestSummary> {
  const t0 = performance.now()
  const files = await discoverInputs(paths)
  options.onStart?.(files.length)
  const documents: DocumentRecord[] = []
  const events: EventRecord[] = []
  const errors: ErrorRecord[] = []
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 })
  for (const file of files) {
    void queue.add(async () => {
      const read = await readInput(file)
      let ok = false
      if (!read.ok) errors.push(read.error)
      else {
        const result = processInput(read.input, ctx)
        if (result.ok) {
          ok = true
          documents.push(result.document)
          events.push(...result.events)
        } else errors.push(result.error)
      }
      options.onDocument?.(file, ok)
    })
  }
  await queue.onIdle()
  const merged = mergeEvents(events)
  documents.sort((a, b) => compare(a.docId, b.docId) || compare(a.source.path, b.source.path))
  errors.sort((a, b) => compare(a.path, b.path))
  await writeAtomic(join(options.out, 'documents.jsonl'), jsonl(documents))
  await writeAtomic(join(options.out, 'events.jsonl'), jsonl(merged))
  await writeAtomic(join(options.out, 'errors.jsonl'), jsonl(errors))
  await writeSchemas(options.out)
  return {
    documents: documents.length,
    events: merged.length,
    errors: errors.length,
    seconds: (performance.now() - t0) / 1000,
  }
}
