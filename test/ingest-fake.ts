/**
 * A stand-in for the pipeline in store, ingest and watch tests, so they test the store and not
 * what the (changing) stages extract. Input format, one item per line:
 *   `fail <code>`     the input is an error record with that code
 *   `event <id>`      the document attests event <id> (same id in two inputs = one merged event)
 *   anything else     text
 */
import { documentId, sha256Hex } from '../src/document.js'
import type { ProcessResult, RawInput } from '../src/ingest/process.js'
import type { ProcessFn } from '../src/ingest/processor.js'
import type { DocumentRecord, EventRecord } from '../src/schema/records.js'

export const FAKE_VERSION = 'fake-1'

export function fakeResult(input: RawInput, version = FAKE_VERSION): ProcessResult {
  const text = Buffer.from(input.bytes).toString('utf8')
  const lines = text.split('\n')
  const failure = lines.find((l) => l.startsWith('fail '))
  if (failure) return { ok: false, error: { path: input.path, code: failure.slice(5), message: `fake failure in ${input.path}` } }
  const docId = documentId({ path: input.path, url: input.url ?? null })
  const document: DocumentRecord = {
    docId,
    source: { path: input.path, sha256: sha256Hex(input.bytes), url: input.url ?? null },
    title: lines[0] ?? null,
    published: null,
    kind: 'other',
    dateline: null,
    spokesperson: null,
    publisher: null,
    canonicalUrl: null,
    text,
    paragraphs: [],
    dates: [],
    people: [],
    organizations: [],
    places: [],
    topics: [],
    diagnostics: [],
    pipelineVersion: version,
  }
  const events: EventRecord[] = lines
    .filter((l) => l.startsWith('event '))
    .map((l) => ({
      eventId: l.slice(6),
      type: 'meeting',
      name: null,
      status: 'occurred',
      start: null,
      end: null,
      precision: null,
      location: null,
      participants: [],
      topics: [],
      attestations: [{ docId, evidence: [] }],
    }))
  return { ok: true, document, events }
}

/** The fake pipeline, counting the paths it processed. */
export function countingProcess(version = FAKE_VERSION): { process: ProcessFn; seen: string[] } {
  const seen: string[] = []
  return {
    seen,
    process: async (input) => {
      seen.push(input.path)
      return fakeResult(input, version)
    },
  }
}

/** A context whose only part the store reads is the version. */
export function fakeContext(pipelineVersion = FAKE_VERSION, fallbackReference: string | null = null) {
  return { pipelineVersion, fallbackReference, gazetteers: undefined as never }
}
