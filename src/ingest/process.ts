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
