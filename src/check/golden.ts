/**
 * The golden form of a fixture's output: what `pressroom check` compares with
 * fixtures/<case>/expected.json. It is the output contract minus what changes with every build
 * (pipelineVersion), so a golden only changes when extraction changes.
 */
import type { DocumentRecord, ErrorRecord, EventRecord } from '../schema/records.js'
import type { ProcessResult } from '../ingest/process.js'

export interface Golden {
  readonly document: Omit<DocumentRecord, 'pipelineVersion'> | null
  readonly events: readonly EventRecord[]
  readonly error: ErrorRecord | null
}

export function toGolden(result: ProcessResult): Golden {
  if (!result.ok) return { document: null, events: [], error: result.error }
  const { pipelineVersion: _version, ...document } = result.document
  return { document, events: result.events, error: null }
}

/** Pretty JSON with a trailing newline: reviewable in a diff. */
export function serializeGolden(golden: Golden): string {
  return JSON.stringify(golden, null, 2) + '\n'
}
