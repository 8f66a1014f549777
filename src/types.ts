/**
 * The working document that flows through the stages, and the types stages share.
 * Output shapes (what lands in out/) come from src/schema/records.ts; this file reuses them.
 */
import type {
  DateRecord,
  DiagnosticRecord,
  DocumentKind,
  EventRecord,
  OrganizationRecord,
  PersonRecord,
  PlaceRecord,
  TopicRecord,
} from './schema/records.js'
import type { Gazetteers } from './gazetteers/types.js'

/** Half-open [start, end), UTF-16 code units into Document.text (String#slice). */
export interface Span {
  readonly start: number
  readonly end: number
}

export type Diagnostic = DiagnosticRecord

export type InputFormat = 'html' | 'text'

/** Document metadata found by the clean stage. Every field may be null when the page does not say. */
export interface DocumentMeta {
  readonly title: string | null
  /** YYYY-MM-DD */
  readonly published: string | null
  readonly kind: DocumentKind
  readonly dateline: string | null
  readonly spokesperson: string | null
  readonly publisher: string | null
  readonly canonicalUrl: string | null
  /** Where each metadata value came from (e.g. `published: 'json-ld'`), for debugging and evaluation. */
  readonly evidence: Readonly<Record<string, string>>
}

export const emptyMeta: DocumentMeta = {
  title: null,
  published: null,
  kind: 'other',
  dateline: null,
  spokesperson: null,
  publisher: null,
  canonicalUrl: null,
  evidence: {},
}

export interface Document {
  /** Input path relative to the input root, forward slashes. */
  readonly path: string
  readonly url: string | null
  readonly bytes: Uint8Array
  readonly sha256: string
  readonly format: InputFormat | null
  /** The decoded input (HTML source or text dump). */
  readonly input: string
  /** The clean article body. Every offset in the document points into this string. */
  readonly text: string
  readonly paragraphs: readonly Span[]
  readonly sentences: readonly Span[]
  readonly meta: DocumentMeta
  readonly dates: readonly DateRecord[]
  readonly people: readonly PersonRecord[]
  readonly organizations: readonly OrganizationRecord[]
  readonly places: readonly PlaceRecord[]
  readonly topics: readonly TopicRecord[]
  /** Events reported by this document, each with this document's attestation only. */
  readonly events: readonly EventRecord[]
  readonly diagnostics: readonly Diagnostic[]
}

/** Loaded once per process before the first document and frozen. Stages read it, never write it. */
export interface Context {
  readonly gazetteers: Gazetteers
  /** Used as the reference date when a document states no publication date (YYYY-MM-DD). */
  readonly fallbackReference: string | null
  readonly pipelineVersion: string
}

export type Stage = (doc: Document, ctx: Context) => Document

export interface NamedStage {
  readonly name: string
  readonly run: Stage
}
