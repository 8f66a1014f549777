/**
 * Projection of a processed Document onto the output contract, with a fixed key order so the
 * same input always serializes to the same bytes.
 */
import { documentId } from './document.js'
import type { DocumentRecord, ErrorRecord, EventRecord } from './schema/records.js'
import type { Document } from './types.js'

export function toDocumentRecord(doc: Document, pipelineVersion: string): DocumentRecord {
  return {
    docId: documentId(doc),
    source: { path: doc.path, sha256: doc.sha256, url: doc.url },
    title: doc.meta.title,
    published: doc.meta.published,
    kind: doc.meta.kind,
    dateline: doc.meta.dateline,
    spokesperson: doc.meta.spokesperson,
    publisher: doc.meta.publisher,
    canonicalUrl: doc.meta.canonicalUrl,
    text: doc.text,
    paragraphs: doc.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    dates: [...doc.dates],
    people: [...doc.people],
    organizations: [...doc.organizations],
    places: [...doc.places],
    topics: [...doc.topics],
    diagnostics: [...doc.diagnostics],
    pipelineVersion,
  }
}

/** The events this document attests, each carrying this document's id. */
export function toEventRecords(doc: Document): EventRecord[] {
  return [...doc.events]
}

/** The error record for a document that could not be processed, from its first error. */
export function toErrorRecord(doc: Document): ErrorRecord {
  const error = doc.diagnostics.find((d) => d.severity === 'error')
  return {
    path: doc.path,
    code: error?.code ?? 'internal/unknown',
    message: error?.message ?? 'the document could not be processed',
  }
}
