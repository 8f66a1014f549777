/**
 * The output contract. These zod schemas are the single source of the output types and of the
 * JSON Schema files published in out/schema/. Downstream tools read these keys: add fields
 * freely, rename none.
 */
import { z } from 'zod'

/** ISO calendar value at its own precision: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, or a TimeML token. */
export const IsoValue = z.string().min(1)

export const Mention = z.object({
  /** UTF-16 offset into `text`, inclusive. */
  start: z.number().int().nonnegative(),
  /** UTF-16 offset into `text`, exclusive. */
  end: z.number().int().nonnegative(),
  /** Exactly `text.slice(start, end)`. */
  text: z.string(),
  /** The rule or gazetteer entry that produced this mention. */
  rule: z.string().optional(),
})
export type Mention = z.infer<typeof Mention>

export const DocumentKind = z.enum([
  'readout',
  'press_release',
  'media_note',
  'statement',
  'fact_sheet',
  'news',
  'other',
])
export type DocumentKind = z.infer<typeof DocumentKind>

export const Precision = z.enum(['time', 'day', 'week', 'month', 'quarter', 'season', 'half', 'year', 'decade', 'century', 'unknown'])
export type Precision = z.infer<typeof Precision>

export const Resolution = z.enum(['explicit', 'relative_to_publication', 'relative_to_previous', 'inferred'])
export type Resolution = z.infer<typeof Resolution>

export const DateRecord = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value: z.object({ start: IsoValue, end: IsoValue.nullable() }),
  precision: Precision,
  resolution: Resolution,
  /** TimeML type of the expression. */
  type: z.enum(['date', 'time', 'duration', 'set']).optional(),
  /** TimeML value (e.g. 2019-11-14, P3M, XXXX-WXX-1; PAST_REF and the other references only in `eval timex`). */
  timex: z.string().optional(),
  /** TimeML modifier (START/MID/END, APPROX, ...). */
  mod: z.string().optional(),
  rule: z.string().optional(),
  /** Problems noticed while normalizing, e.g. an impossible range end ("Oct. 23-34"). */
  flags: z.array(z.string()).optional(),
})
export type DateRecord = z.infer<typeof DateRecord>

export const PersonRecord = z.object({
  /** The name without title or rank. */
  name: z.string(),
  title: z.string().nullable(),
  rank: z.string().nullable(),
  affiliation: z.string().nullable(),
  mentions: z.array(Mention),
  /** Canonical id of the affiliation organization or country, when known. */
  affiliationId: z.string().nullable().optional(),
  /** A nickname the text quotes inside the name ("Andrea 'Andy' Baptiste": `Andy`); `name` leaves it out. */
  nickname: z.string().optional(),
})
export type PersonRecord = z.infer<typeof PersonRecord>

export const OrganizationRecord = z.object({
  /** Canonical gazetteer id, or `local:<slug>` for organizations no gazetteer holds. */
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  mentions: z.array(Mention),
  type: z.string().optional(),
  country: z.string().nullable().optional(),
  wikidata: z.string().nullable().optional(),
})
export type OrganizationRecord = z.infer<typeof OrganizationRecord>

export const PlaceKind = z.enum(['country', 'city', 'region', 'facility', 'other'])
export type PlaceKind = z.infer<typeof PlaceKind>

export const PlaceRecord = z.object({
  id: z.string(),
  name: z.string(),
  kind: PlaceKind,
  /** ISO 3166-1 alpha-3 of the country the place is in (or is). */
  country: z.string().nullable(),
  mentions: z.array(Mention),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  /** Set when a place name stands for a government ("Washington said"). */
  metonym: z.boolean().optional(),
})
export type PlaceRecord = z.infer<typeof PlaceRecord>

export const TopicRecord = z.object({ id: z.string(), label: z.string() })
export type TopicRecord = z.infer<typeof TopicRecord>

export const DiagnosticRecord = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  /** `stage/rule`, e.g. `clean/empty-body`. */
  code: z.string(),
  message: z.string(),
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
})
export type DiagnosticRecord = z.infer<typeof DiagnosticRecord>

export const SourceRecord = z.object({
  /** Relative to the input root, with forward slashes. */
  path: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  url: z.string().nullable(),
})
export type SourceRecord = z.infer<typeof SourceRecord>

export const DocumentRecord = z.object({
  docId: z.string(),
  source: SourceRecord,
  title: z.string().nullable(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  kind: DocumentKind,
  dateline: z.string().nullable(),
  spokesperson: z.string().nullable(),
  publisher: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  text: z.string(),
  /** Paragraph spans into `text`. */
  paragraphs: z.array(z.object({ start: z.number().int(), end: z.number().int() })),
  dates: z.array(DateRecord),
  people: z.array(PersonRecord),
  organizations: z.array(OrganizationRecord),
  places: z.array(PlaceRecord),
  topics: z.array(TopicRecord),
  diagnostics: z.array(DiagnosticRecord),
  pipelineVersion: z.string(),
})
export type DocumentRecord = z.infer<typeof DocumentRecord>

export const EventType = z.enum([
  'meeting',
  'conference',
  'visit',
  'exercise',
  'training',
  'donation',
  'agreement',
  'deployment',
  'disaster_response',
  'announcement',
  'other',
])
export type EventType = z.infer<typeof EventType>

export const EventStatus = z.enum(['occurred', 'scheduled', 'postponed', 'cancelled', 'unknown'])
export type EventStatus = z.infer<typeof EventStatus>

export const ParticipantRole = z.enum([
  'host',
  'co_host',
  'chair',
  'co_chair',
  'organizer',
  'attendee',
  'representative',
  'speaker',
  'donor',
  'recipient',
  'visitor',
  'trainer',
  'trainee',
  'signatory',
  'participant',
  // Named in the sentence that reports the event, with no role the text states: a weak party,
  // left out of the event's identity (ids.ts principalIds) so it never decides a merge.
  'mentioned',
])
export type ParticipantRole = z.infer<typeof ParticipantRole>

export const Evidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Which field of the event this span supports (trigger, participant:SLU, date, location, topic:...). */
  field: z.string().optional(),
  sentence: z.number().int().nonnegative().optional(),
  rule: z.string().optional(),
})
export type Evidence = z.infer<typeof Evidence>

export const ParticipantRecord = z.object({
  kind: z.enum(['country', 'organization', 'person']),
  /** ISO alpha-3 for countries, gazetteer id for organizations, `person:<slug>` for people. */
  id: z.string(),
  name: z.string(),
  roles: z.array(ParticipantRole),
  /** An organization's country (ISO alpha-3) where the gazetteer gives one; absent otherwise. */
  country: z.string().optional(),
})
export type ParticipantRecord = z.infer<typeof ParticipantRecord>

export const AttestationRecord = z.object({
  docId: z.string(),
  evidence: z.array(Evidence),
  status: EventStatus.optional(),
  confidence: z.number().min(0).max(1).optional(),
})
export type AttestationRecord = z.infer<typeof AttestationRecord>

export const EventRecord = z.object({
  eventId: z.string(),
  type: EventType,
  name: z.string().nullable(),
  status: EventStatus,
  start: IsoValue.nullable(),
  end: IsoValue.nullable(),
  precision: Precision.nullable(),
  location: z.object({ name: z.string().nullable(), country: z.string().nullable() }).nullable(),
  participants: z.array(ParticipantRecord),
  topics: z.array(TopicRecord),
  attestations: z.array(AttestationRecord),
  series: z.object({ id: z.string(), edition: z.string().nullable() }).nullable().optional(),
  plover: z.object({ type: z.string(), mode: z.string().nullable() }).nullable().optional(),
  cameo: z.string().nullable().optional(),
  amounts: z.array(z.object({ text: z.string(), value: z.number(), currency: z.string() })).optional(),
  confidence: z.number().min(0).max(1).optional(),
  /** Ids this event replaced when merges retired them. */
  mergedFrom: z.array(z.string()).optional(),
})
export type EventRecord = z.infer<typeof EventRecord>

export const ErrorRecord = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
})
export type ErrorRecord = z.infer<typeof ErrorRecord>

/** Every published schema, by output file stem. */
export const publishedSchemas = {
  document: DocumentRecord,
  event: EventRecord,
  error: ErrorRecord,
} as const
