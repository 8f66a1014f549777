import * as crypto from 'node:crypto'
import { emptyMeta, type Diagnostic, type Document } from './types.js'

export interface DocumentInput {
  /** Relative to the input root, forward slashes. */
  readonly path: string
  readonly bytes: Uint8Array
  readonly url?: string | null
}

/** Node's one-shot digest (20.12 and later) skips the Hash object that createHash builds. */
const oneShot = (crypto as { hash?: (algorithm: string, data: Uint8Array | string, encoding: 'hex') => string }).hash

export function sha256Hex(data: Uint8Array | string): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex')
}

/** A fresh document before any stage ran. */
export function createDocument(input: DocumentInput): Document {
  return {
    path: input.path,
    url: input.url ?? null,
    bytes: input.bytes,
    sha256: sha256Hex(input.bytes),
    format: null,
    input: '',
    text: '',
    paragraphs: [],
    sentences: [],
    meta: emptyMeta,
    dates: [],
    people: [],
    organizations: [],
    places: [],
    topics: [],
    events: [],
    diagnostics: [],
  }
}

/** Returns a copy of `doc` with one more diagnostic. */
export function report(doc: Document, diagnostic: Diagnostic): Document {
  return { ...doc, diagnostics: [...doc.diagnostics, diagnostic] }
}

export function hasErrors(doc: Document): boolean {
  return doc.diagnostics.some((d) => d.severity === 'error')
}

/**
 * The stable id of a document: derived from its URL when it has one, else from its path, so
 * re-processing a corrected file keeps its id and events keep their attestations.
 */
export function documentId(doc: Pick<Document, 'path' | 'url'>): string {
  const key = doc.url ? `url:${doc.url}` : `path:${doc.path}`
  return `doc-${sha256Hex(key).slice(0, 16)}`
}
