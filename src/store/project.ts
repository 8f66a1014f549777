/**
 * The projection: out/documents.jsonl, events.jsonl and errors.jsonl as a pure function of the
 * store entries of the current inputs. Sort keys come from the small entry headers; records are
 * then streamed in order. Events are merged on their skeletons (ids, dates, places, parties, the
 * reporting documents: `mergeSkeleton`) while the full records wait in a spill file beside the
 * store, and each merged event is built from its reports' full records as it is written; so
 * memory grows with the skeletons, a small fraction of the events, and not with document text.
 * The three files are written to temp files and renamed one after the other at the end.
 */
import { join } from 'node:path'
import { buildMerged, compare, mergeSkeleton, planMerge, type MergePlan } from '../merge/events.js'
import type { ErrorRecord, EventRecord } from '../schema/records.js'
import { openAtomic, tempPath, writeSchemas, type AtomicWriter } from '../ingest/sink.js'
import type { EntryBody, EntryHeader } from './entry.js'
import { openSpill, type Spill } from './spill.js'
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
  let spill: Spill | undefined
  try {
    const documentsOut = await openAtomic(join(outDir, 'documents.jsonl'))
    writers.push(documentsOut)
    spill = await openSpill(tempPath(join(store.dir, 'events-spill')))
    const skeletons: EventRecord[] = []
    const intern = interner()
    for await (const { header, body } of readInOrder(store, docs)) {
      await documentsOut.write(`${body.record}\n`)
      if (header.events === 0) continue
      for (const e of JSON.parse(body.events) as EventRecord[]) {
        skeletons.push(mergeSkeleton(e, intern))
        await spill.append(JSON.stringify(e))
      }
    }
    await spill.finish()

    const errorLines: Array<{ path: string; line: string }> = extraErrors.map((e) => ({ path: e.path, line: JSON.stringify(e) }))
    for await (const { header, body } of readInOrder(store, failed)) errorLines.push({ path: header.path, line: body.record })
    errorLines.sort((a, b) => compare(a.path, b.path) || compare(a.line, b.line))
    const errorsOut = await openAtomic(join(outDir, 'errors.jsonl'))
    writers.push(errorsOut)
    for (const e of errorLines) await errorsOut.write(`${e.line}\n`)

    const plans = planMerge(skeletons)
    skeletons.length = 0
    const eventsOut = await openAtomic(join(outDir, 'events.jsonl'))
    writers.push(eventsOut)
    for await (const line of mergedLines(spill, plans)) await eventsOut.write(`${line}\n`)

    await writeSchemas(outDir)
    // Renamed one after the other at the very end, so the three files change together as far as possible.
    while (writers.length > 0) {
      await writers[0]!.commit()
      writers.shift()
    }
    return { documents: docs.length, events: plans.length, errors: errorLines.length }
  } finally {
    for (const w of writers) await w.abort()
    await spill?.close()
  }
}

/** One copy of each distinct string: the skeletons repeat ids, roles and countries many times. */
function interner(): (s: string) => string {
  const seen = new Map<string, string>()
  return (s) => {
    const known = seen.get(s)
    if (known !== undefined) return known
    seen.set(s, s)
    return s
  }
}

/**
 * The merged events' JSON lines in plan order, a few plans read ahead. An event reported once
 * is its spilled line as is (the same bytes `JSON.stringify` gives the record).
 */
async function* mergedLines(spill: Spill, plans: readonly MergePlan[]): AsyncGenerator<string> {
  const build = async (plan: MergePlan): Promise<string> => {
    const only = plan.groups.length === 1 && plan.groups[0]!.length === 1
    if (only) return spill.read(plan.groups[0]![0]!)
    const indices = plan.groups.flat()
    const lines = await Promise.all(indices.map((i) => spill.read(i)))
    const records = new Map(indices.map((i, k) => [i, JSON.parse(lines[k]!) as EventRecord]))
    return JSON.stringify(buildMerged(plan, (i) => records.get(i)!))
  }
  const pending: Array<Promise<string>> = []
  let next = 0
  for (let i = 0; i < plans.length; i++) {
    while (pending.length < READ_AHEAD && next < plans.length) {
      const p = build(plans[next++]!)
      p.catch(() => undefined)
      pending.push(p)
    }
    yield await pending.shift()!
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
