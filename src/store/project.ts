/**
 * The projection: out/documents.jsonl, events.jsonl and errors.jsonl as a pure function of the
 * store entries of the current inputs. Sort keys come from the small entry headers; records are
 * then streamed in order, so memory grows with the number of events, not with document text.
 * The three files are written to temp files and renamed one after the other at the end.
 */
import { join } from 'node:path'
import { compare, mergeEvents } from '../merge/events.js'
import type { ErrorRecord, EventRecord } from '../schema/records.js'
import { openAtomic, writeSchemas, type AtomicWriter } from '../ingest/sink.js'
import type { EntryBody, EntryHeader } from './entry.js'
import type { Store } from './store.js'

export interface ProjectionSummary {
  readonly documents: number
  readonly events: number
  readonly errors: number
}

/** Entries read ahead of the writer; enough to hide file latency, small enough to keep memory flat. */
const READ_AHEAD = 16

export async function project(
  store: Store,
  headers: readonly EntryHeader[],
  outDir: string,
  extraErrors: readonly ErrorRecord[] = [],
): Promise<ProjectionSummary> {
  const docs = headers.filter((h) => h.ok).sort((a, b) => compare(a.docId ?? '', b.docId ?? '') || compare(a.path, b.path))
  const failed = headers.filter((h) => !h.ok)
  const writers: AtomicWriter[] = []
  try {
    const documentsOut = await openAtomic(join(outDir, 'documents.jsonl'))
    writers.push(documentsOut)
    const events: EventRecord[] = []
    for await (const { header, body } of readInOrder(store, docs)) {
      await documentsOut.write(`${body.record}\n`)
      if (header.events > 0) events.push(...(JSON.parse(body.events) as EventRecord[]))
    }

    const errorLines: Array<{ path: string; line: string }> = extraErrors.map((e) => ({ path: e.path, line: JSON.stringify(e) }))
    for await (const { header, body } of readInOrder(store, failed)) errorLines.push({ path: header.path, line: body.record })
    errorLines.sort((a, b) => compare(a.path, b.path) || compare(a.line, b.line))
    const errorsOut = await openAtomic(join(outDir, 'errors.jsonl'))
    writers.push(errorsOut)
    for (const e of errorLines) await errorsOut.write(`${e.line}\n`)

    const merged = mergeEvents(events)
    events.length = 0
    const eventsOut = await openAtomic(join(outDir, 'events.jsonl'))
    writers.push(eventsOut)
    for (const e of merged) await eventsOut.write(`${JSON.stringify(e)}\n`)

    await writeSchemas(outDir)
    // Renamed one after the other at the very end, so the three files change together as far as possible.
    while (writers.length > 0) {
      await writers[0]!.commit()
      writers.shift()
    }
    return { documents: docs.length, events: merged.length, errors: errorLines.length }
  } finally {
    for (const w of writers) await w.abort()
  }
}

async function* readInOrder(store: Store, headers: readonly EntryHeader[]): AsyncGenerator<{ header: EntryHeader; body: EntryBody }> {
  const pending: Array<Promise<{ header: EntryHeader; body: EntryBody } | null>> = []
  let next = 0
  const fill = (): void => {
    while (pending.length < READ_AHEAD && next < headers.length) {
      const h = headers[next++]!
      // Keep the failure on the promise, where the consumer awaits it in order.
      const p = store.read(h.path)
      p.catch(() => undefined)
      pending.push(p)
    }
  }
  for (let i = 0; i < headers.length; i++) {
    fill()
    const entry = await pending.shift()!
    const expected = headers[i]!
    if (!entry || entry.header.fingerprint !== expected.fingerprint || entry.header.version !== expected.version) {
      throw new Error(
        `the store entry for ${expected.path} changed or vanished while projecting; is another pressroom process writing to ${store.dir}?`,
      )
    }
    yield entry
  }
}
