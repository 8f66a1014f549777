/** One input through the whole pipeline: the unit of work of every command. */
import { createDocument, hasErrors } from '../document.js'
import { toDocumentRecord, toErrorRecord, toEventRecords } from '../emit.js'
import { runPipeline } from '../pipeline.js'
import type { DocumentRecord, ErrorRecord, EventRecord } from '../schema/records.js'
import { stages } from '../stages/index.js'
import type { Context } from '../types.js'

export interface RawInput {
  /** Relative to the input root, forward slashes. */
  readonly path: string
  readonly bytes: Uint8Array
  readonly url?: string | null
}

export type ProcessResult =
  | { readonly ok: true; readonly document: DocumentRecord; readonly events: readonly EventRecord[] }
  | { readonly ok: false; readonly error: ErrorRecord }

/** Pure: the same input and context always give the same result. */
export function processInput(input: RawInput, ctx: Context, timing?: Record<string, number>): ProcessResult {
  const doc = runPipeline(createDocument(input), stages, ctx, timing)
  if (hasErrors(doc)) return { ok: false, error: toErrorRecord(doc) }
  return { ok: true, document: toDocumentRecord(doc, ctx.pipelineVersion), events: toEventRecords(doc) }
}

/**
 * A result as a worker sends it: the records already as their JSON lines. A worker thread hands
 * its result to the main thread by structured clone; two strings copy in a fraction of the time
 * an object graph takes to serialize and rebuild, and the store writes JSON anyway, so the main
 * thread (which every worker waits on) neither rebuilds nor re-stringifies the records.
 */
export interface EncodedResult {
  readonly encoded: 1
  readonly docId: string
  readonly eventCount: number
  /** JSON.stringify(document). */
  readonly record: string
  /** JSON.stringify(events). */
  readonly events: string
}

const ENCODED = Symbol('pressroom.encoded')

/** The wire form of an ok result; errors (small) go as they are. */
export function encodeResult(result: ProcessResult): ProcessResult | EncodedResult {
  if (!result.ok) return result
  return { encoded: 1, docId: result.document.docId, eventCount: result.events.length, record: JSON.stringify(result.document), events: JSON.stringify(result.events) }
}

export function isEncodedResult(value: unknown): value is EncodedResult {
  return typeof value === 'object' && value !== null && (value as { encoded?: unknown }).encoded === 1
}

/** A ProcessResult over the wire form: `document` and `events` are parsed only if read. */
export function decodeResult(wire: EncodedResult): ProcessResult {
  let document: DocumentRecord | undefined
  let events: EventRecord[] | undefined
  return {
    ok: true,
    get document() {
      return (document ??= JSON.parse(wire.record) as DocumentRecord)
    },
    get events() {
      return (events ??= JSON.parse(wire.events) as EventRecord[])
    },
    [ENCODED]: wire,
  } as ProcessResult
}

/** The JSON lines of a result that came over the wire, or null for one built in this thread. */
export function encodedOf(result: ProcessResult): EncodedResult | null {
  return (result as { [ENCODED]?: EncodedResult })[ENCODED] ?? null
}
