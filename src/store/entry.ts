/**
 * One store entry: the cached result of one input, as three lines so the projection can copy a
 * document's JSON line without parsing it, and a lookup can read the small header alone.
 *
 *   line 1  header: path, fingerprint, pipeline version, docId, counts, body length
 *   line 2  the DocumentRecord (ok) or the ErrorRecord (not ok), exactly as it lands in out/
 *   line 3  the document's EventRecord[] (`[]` for errors)
 *
 * `body` (the byte length of lines 2 and 3) lets a reader tell a complete entry from one torn by
 * a crash or power loss, so entries need no fsync: a torn entry is a cache miss.
 */
import { encodedOf, type ProcessResult } from '../ingest/process.js'

export const ENTRY_FORMAT = 1

export interface EntryHeader {
  readonly v: typeof ENTRY_FORMAT
  /** Input path relative to the input root, forward slashes. */
  readonly path: string
  /** What the result was computed from: `sha256:<hex>|url:<url or ->` or `size:<n>` for refused files. */
  readonly fingerprint: string
  /** Pipeline version and the context options that change output (see `contextKey`). */
  readonly version: string
  readonly ok: boolean
  /** The document id (ok entries) or null (errors). */
  readonly docId: string | null
  readonly events: number
  /** Byte length of lines 2 and 3 with their newlines. */
  readonly body: number
}

export function encodeEntry(fields: Omit<EntryHeader, 'v' | 'ok' | 'docId' | 'events' | 'body'>, result: ProcessResult): Buffer {
  // A result from a worker carries its JSON already (the same bytes JSON.stringify gives here).
  const wire = encodedOf(result)
  const record = wire ? wire.record : JSON.stringify(result.ok ? result.document : result.error)
  const events = wire ? wire.events : JSON.stringify(result.ok ? result.events : [])
  const body = Buffer.from(`${record}\n${events}\n`, 'utf8')
  const header: EntryHeader = {
    v: ENTRY_FORMAT,
    path: fields.path,
    fingerprint: fields.fingerprint,
    version: fields.version,
    ok: result.ok,
    docId: wire ? wire.docId : result.ok ? result.document.docId : null,
    events: wire ? wire.eventCount : result.ok ? result.events.length : 0,
    body: body.length,
  }
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), body])
}

/** The header of an entry, or null when the bytes are not a complete entry of this format. */
export function decodeHeader(line: string, fileSize: number): EntryHeader | null {
  let header: unknown
  try {
    header = JSON.parse(line)
  } catch {
    return null
  }
  if (!isHeader(header)) return null
  if (Buffer.byteLength(line, 'utf8') + 1 + header.body !== fileSize) return null
  return header
}

export interface EntryBody {
  /** Line 2 without its newline: the record's JSON. */
  readonly record: string
  /** Line 3 without its newline: the events' JSON array. */
  readonly events: string
}

/** Splits a whole entry file; null when it is torn or malformed. */
export function decodeEntry(bytes: Buffer): { header: EntryHeader; body: EntryBody } | null {
  const n1 = bytes.indexOf(0x0a)
  if (n1 < 0) return null
  const header = decodeHeader(bytes.subarray(0, n1).toString('utf8'), bytes.length)
  if (!header) return null
  const n2 = bytes.indexOf(0x0a, n1 + 1)
  if (n2 < 0 || bytes[bytes.length - 1] !== 0x0a) return null
  return {
    header,
    body: { record: bytes.subarray(n1 + 1, n2).toString('utf8'), events: bytes.subarray(n2 + 1, bytes.length - 1).toString('utf8') },
  }
}

function isHeader(h: unknown): h is EntryHeader {
  if (typeof h !== 'object' || h === null) return false
  const o = h as Record<string, unknown>
  return (
    o['v'] === ENTRY_FORMAT &&
    typeof o['path'] === 'string' &&
    typeof o['fingerprint'] === 'string' &&
    typeof o['version'] === 'string' &&
    typeof o['ok'] === 'boolean' &&
    (typeof o['docId'] === 'string' || o['docId'] === null) &&
    typeof o['events'] === 'number' &&
    typeof o['body'] === 'number'
  )
}
