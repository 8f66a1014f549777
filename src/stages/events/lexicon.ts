/**
 * The events stage's data (trigger lexicon, event codes, topics, series, cue words), validated
 * with zod and compiled to regular expressions once, at module load. A malformed data file is a
 * programmer error and throws at import, before any document runs.
 */
import { z } from 'zod'
import { EventType, ParticipantRole } from '../../schema/records.js'
import codeData from './data/codes.json' with { type: 'json' }
import cueData from './data/cues.json' with { type: 'json' }
import seriesData from './data/series.json' with { type: 'json' }
import topicData from './data/topics.json' with { type: 'json' }
import triggerData from './data/triggers.json' with { type: 'json' }

const Plover = z.object({ type: z.string().min(1), mode: z.string().nullable() })
const CodeEntry = z.object({
  id: z.string().min(1),
  label: z.string(),
  plover: Plover.nullable(),
  cameo: z.string().regex(/^\d{2,4}$/).nullable(),
  scheduled: z.object({ plover: Plover.nullable(), cameo: z.string().regex(/^\d{2,4}$/).nullable() }).nullable(),
})
export type CodeEntry = z.infer<typeof CodeEntry>

const Slot = z.enum(['agent', 'patient', 'by', 'with', 'to', 'from', 'at', 'in', 'for', 'of', 'between'])
export type Slot = z.infer<typeof Slot>
const RoleOrSkip = z.union([ParticipantRole, z.literal('skip')])
const Flag = z.enum([
  'movement',
  'sub',
  'discussion',
  'postponed',
  'cancelled',
  'sameClause',
  'light',
  'ceremonial',
  'needsDate',
  'needsAmount',
  'activeOnly',
  'forHosting',
  'edition',
  'np',
  'speech',
  /** Never refers back, even after "the": "the graduation ceremony" is its own event, not the course's. */
  'distinct',
  /** A gift handed over stays a donation after a disaster; deliveries of relief become disaster response. */
  'gift',
  /** An edition named by its ordinal alone ("the first was held in …"): of the kind of the event just reported. */
  'ellipsis',
  /** A conversation at a distance ("spoke today with"): it happens nowhere, and it is not the meeting it talks about. */
  'call',
  /** A service starting to operate ("will begin round-the-clock operations"): at home, like a course or an exercise the text places nowhere. */
  'home',
])
export type Flag = z.infer<typeof Flag>

/** A trigger's reading in a given context: a pattern, then what the trigger reports there. */
const Variant = z.object({
  pattern: z.string(),
  caseSensitive: z.boolean().optional(),
  type: EventType,
  code: z.string(),
  flags: z.array(Flag),
  roles: z.partialRecord(Slot, RoleOrSkip),
  /** Whether this reading opens an event of its own, when the trigger's own `creates` says otherwise. */
  creates: z.boolean().optional(),
})

const TriggerEntry = z.object({
  id: z.string().regex(/^[a-z-]+$/),
  pos: z.enum(['verb', 'noun']),
  forms: z.array(z.string().min(1)),
  /** A raw regular expression, for triggers no word list covers ("Hurricane Beryl"). */
  pattern: z.string().optional(),
  past: z.array(z.string()).optional(),
  type: EventType,
  code: z.string(),
  creates: z.boolean(),
  weight: z.number().int().min(0).max(100),
  flags: z.array(Flag).optional(),
  unlessNext: z.string().optional(),
  unlessPrev: z.string().optional(),
  /** unlessNext and unlessPrev tell capitals apart ("received Minister X" is no delivery). */
  unlessCaseSensitive: z.boolean().optional(),
  roles: z.partialRecord(Slot, RoleOrSkip),
  /**
   * What the trigger reports instead when the words after it match `pattern` ("host two officers
   * of …" is their visit, not a meeting): its type, code, flags, and roles over the trigger's own.
   * One variant or a list, tested in order; the first match wins.
   */
  whenNext: z.union([Variant, z.array(Variant)]).optional(),
  /**
   * The same, tested on the words of the sentence before the trigger ("two interceptor boats …
   * are expected to arrive" is a delivery, not a visit).
   */
  whenPrev: z.array(Variant).optional(),
})
type TriggerEntry = z.infer<typeof TriggerEntry>

const TopicEntry = z.object({
  id: z.string().regex(/^topic:[a-z0-9-]+$/),
  label: z.string().min(1),
  patterns: z.array(z.string().min(1)).min(1),
})

const SeriesAlias = z.object({
  pattern: z.string().min(1),
  caseSensitive: z.boolean().optional(),
  context: z.string().optional(),
})
const SeriesEntry = z.object({
  id: z.string().regex(/^series:[a-z0-9-]+$/),
  name: z.string().min(1),
  type: EventType,
  code: z.string(),
  edition: z.enum(['ordinal', 'year']),
  aliases: z.array(SeriesAlias).min(1),
})

const Cues = z.object({
  future: z.string(),
  past: z.string(),
  perfectOrHabitual: z.string(),
  heldIn: z.string(),
  startCue: z.string(),
  endCue: z.string(),
  /** "on Wednesday completed Exercise …": a date right before a closing verb is the end. */
  endCueAfter: z.string(),
  peopleNouns: z.string(),
  locationStopNouns: z.string(),
  /** "the Chargé d'Affaires at the U.S. Embassy": a post, not where the event is. */
  postTitles: z.string(),
  possessive: z.string(),
  titleGap: z.string(),
  anaphorDeterminer: z.string(),
  disaster: z.string(),
  disasterStrong: z.string(),
  remote: z.string(),
  troopNouns: z.string(),
  economic: z.string(),
  military: z.string(),
  postRegionStop: z.string(),
  /** The words of a series name that names no party ("Maritime Security Dialogue", "Meeting of the Committee"). */
  unnamedSeriesWords: z.string(),
  /** "comes five months after the RBDF and the U.S. Coast Guard conducted …": a new clause with its own subject (case-sensitive). */
  subordinateClause: z.string(),
  generalSeriesNouns: z.string(),
  currencies: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  multipliers: z.record(z.string(), z.number().positive()),
})

/** A trigger entry with its compiled guards. */
export interface Trigger extends Omit<TriggerEntry, 'unlessNext' | 'unlessPrev' | 'past' | 'flags' | 'pattern' | 'whenNext' | 'whenPrev'> {
  readonly flags: readonly Flag[]
  readonly pastForms: ReadonlySet<string>
  readonly unlessNext: RegExp | null
  readonly unlessPrev: RegExp | null
  /** The trigger as it reads when the words after it match a variant's pattern (the first that does). */
  readonly whenNext: readonly Reading[]
  /** The same, for the words of its sentence before it. */
  readonly whenPrev: readonly Reading[]
}

/** A trigger's reading where `pattern` matches its context. */
export interface Reading {
  readonly pattern: RegExp
  readonly trigger: Trigger
}

export interface Topic {
  readonly id: string
  readonly label: string
  readonly pattern: RegExp
}

export interface SeriesAliasCompiled {
  readonly pattern: RegExp
  readonly context: RegExp | null
}

export interface Series {
  readonly id: string
  readonly name: string
  readonly type: EventType
  readonly code: string
  readonly edition: 'ordinal' | 'year'
  readonly aliases: readonly SeriesAliasCompiled[]
}

function parse<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new Error(`events data ${file}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? 'invalid'}`)
  }
  return result.data
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Adverbs that may stand between a verb and its preposition: "traveled on to", "met separately with". */
const insertedAdverb = '(?:\\s+(?:next|then|later|onward|onwards|on|back|again|also|together|jointly|separately|briefly|privately|directly))?'
const trailingPreposition = /^(?:to|in|at|with|on|by|for|from|into)$/i

/**
 * A lexicon form as a pattern: spaces match any whitespace, a hyphen also matches a space or
 * nothing, and a form that ends in a preposition admits one adverb before it.
 */
function formPattern(form: string): string {
  const words = form.split(/\s+/)
  const last = words.length > 1 && trailingPreposition.test(words.at(-1)!) ? words.pop()! : null
  const body = words.map((word) => word.split('-').map(escape).join('[-‐‑ ]?')).join('\\s+')
  return last === null ? body : `${body}${insertedAdverb}\\s+${escape(last)}`
}

export const codes: ReadonlyMap<string, CodeEntry> = new Map(
  parse(z.object({ codes: z.array(CodeEntry) }), codeData, 'codes.json').codes.map((c) => [c.id, c]),
)

const triggerEntries = parse(z.object({ triggers: z.array(TriggerEntry) }), triggerData, 'triggers.json').triggers
for (const t of triggerEntries) {
  if (!codes.has(t.code)) throw new Error(`events data triggers.json: ${t.id} names unknown code ${t.code}`)
  for (const v of [t.whenNext ?? []].flat()) if (!codes.has(v.code)) throw new Error(`events data triggers.json: ${t.id} whenNext names unknown code ${v.code}`)
  for (const v of t.whenPrev ?? []) if (!codes.has(v.code)) throw new Error(`events data triggers.json: ${t.id} whenPrev names unknown code ${v.code}`)
  if (t.forms.length === 0 && !t.pattern) throw new Error(`events data triggers.json: ${t.id} has neither forms nor pattern`)
}

/**
 * A form with choices in braces stands for every form they make: "{joint,combined} {river,boat}
 * patrols" is "joint river patrols", "joint boat patrols", "combined river patrols" and "combined
 * boat patrols".
 */
export function expandForm(form: string): string[] {
  const open = form.indexOf('{')
  if (open < 0) return [form]
  const close = form.indexOf('}', open)
  if (close < 0) throw new Error(`events data triggers.json: unclosed brace in form "${form}"`)
  const rest = expandForm(form.slice(close + 1))
  return form
    .slice(open + 1, close)
    .split(',')
    .flatMap((choice) => rest.map((tail) => `${form.slice(0, open)}${choice}${tail}`))
}

const expandForms = (forms: readonly string[]): string[] => [...new Set(forms.flatMap(expandForm))]

export const triggers: readonly Trigger[] = triggerEntries.map((t) => {
  const trigger: Trigger = {
    id: t.id,
    pos: t.pos,
    forms: expandForms(t.forms),
    type: t.type,
    code: t.code,
    creates: t.creates,
    weight: t.weight,
    roles: t.roles,
    flags: t.flags ?? [],
    pastForms: new Set(expandForms(t.past ?? []).map((f) => f.toLowerCase())),
    unlessNext: t.unlessNext ? new RegExp(t.unlessNext, t.unlessCaseSensitive ? '' : 'i') : null,
    unlessPrev: t.unlessPrev ? new RegExp(t.unlessPrev, t.unlessCaseSensitive ? '' : 'i') : null,
    whenNext: [],
    whenPrev: [],
  }
  const variant = (v: z.infer<typeof Variant>) => ({
    pattern: new RegExp(v.pattern, v.caseSensitive ? '' : 'i'),
    trigger: { ...trigger, type: v.type, code: v.code, flags: v.flags, roles: { ...t.roles, ...v.roles }, creates: v.creates ?? trigger.creates },
  })
  return { ...trigger, whenNext: [t.whenNext ?? []].flat().map(variant), whenPrev: (t.whenPrev ?? []).map(variant) }
})

/**
 * Every form of every trigger, longest first so "port visit" wins over "visit". They are matched
 * as one ordered alternation, compiled in chunks: V8 stops compiling a regular expression this
 * large to machine code and interprets it some forty times slower, so each chunk stays well under
 * that size. `triggerChunks[k]` holds alternatives `offset … offset + size - 1`, group g of its
 * pattern being alternative `offset + g - 1`; src/stages/events/triggers.ts reads the chunks so
 * that the result is exactly the one alternation's.
 */
const alternatives = triggers
  .flatMap((t) => t.forms.map((form) => ({ trigger: t, form, source: formPattern(form) })))
  .sort((a, b) => b.form.length - a.form.length || (a.form < b.form ? -1 : a.form > b.form ? 1 : 0))
export const triggerAlternatives: readonly { readonly trigger: Trigger; readonly form: string; readonly source: string }[] = alternatives
const CHUNK_SOURCE = 6000
export const triggerChunks: readonly { readonly pattern: RegExp; readonly offset: number }[] = (() => {
  const chunks: { pattern: RegExp; offset: number }[] = []
  let offset = 0
  while (offset < alternatives.length) {
    let end = offset
    let size = 0
    while (end < alternatives.length && (end === offset || size + alternatives[end]!.source.length < CHUNK_SOURCE)) size += alternatives[end++]!.source.length + 3
    const body = alternatives.slice(offset, end).map((a) => `(${a.source})`).join('|')
    chunks.push({ pattern: new RegExp(`(?<![\\w-])(?:${body})(?![\\w-])`, 'gi'), offset })
    offset = end
  }
  return chunks
})()
/** Case-sensitive pattern triggers ("Hurricane Beryl"), matched apart from the word forms. */
export const patternTriggers: readonly { readonly trigger: Trigger; readonly pattern: RegExp }[] = triggerEntries
  .filter((t) => t.pattern)
  .map((t) => ({ trigger: triggers.find((x) => x.id === t.id)!, pattern: new RegExp(`(?<![\\w-])(?:${t.pattern})(?![\\w-])`, 'g') }))

export const topics: readonly Topic[] = parse(z.object({ topics: z.array(TopicEntry) }), topicData, 'topics.json')
  .topics.map((t) => ({ id: t.id, label: t.label, pattern: new RegExp(`(?<![\\w-])(?:${t.patterns.join('|')})(?![\\w-])`, 'gi') }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))

export const series: readonly Series[] = parse(z.object({ series: z.array(SeriesEntry) }), seriesData, 'series.json')
  .series.map((s) => {
    if (!codes.has(s.code)) throw new Error(`events data series.json: ${s.id} names unknown code ${s.code}`)
    return {
      id: s.id,
      name: s.name,
      type: s.type,
      code: s.code,
      edition: s.edition,
      aliases: s.aliases.map((a) => ({
        pattern: new RegExp(`(?<![\\w-])(?:${a.pattern})(?![\\w-])`, a.caseSensitive ? 'g' : 'gi'),
        context: a.context ? new RegExp(a.context, 'i') : null,
      })),
    }
  })

const cueEntries = parse(Cues, cueData, 'cues.json')
const ci = (source: string): RegExp => new RegExp(source, 'i')

/** Compiled cue patterns. */
export const cues = {
  future: ci(cueEntries.future),
  past: ci(cueEntries.past),
  perfectOrHabitual: ci(cueEntries.perfectOrHabitual),
  heldIn: ci(cueEntries.heldIn),
  startCue: ci(cueEntries.startCue),
  endCue: ci(cueEntries.endCue),
  endCueAfter: ci(cueEntries.endCueAfter),
  peopleNouns: ci(cueEntries.peopleNouns),
  locationStopNouns: ci(cueEntries.locationStopNouns),
  postTitles: ci(cueEntries.postTitles),
  possessive: new RegExp(cueEntries.possessive),
  titleGap: new RegExp(cueEntries.titleGap),
  anaphorDeterminer: ci(cueEntries.anaphorDeterminer),
  disaster: ci(cueEntries.disaster),
  disasterStrong: ci(cueEntries.disasterStrong),
  remote: ci(cueEntries.remote),
  troopNouns: ci(cueEntries.troopNouns),
  economic: ci(cueEntries.economic),
  military: ci(cueEntries.military),
  postRegionStop: ci(cueEntries.postRegionStop),
  subordinateClause: new RegExp(cueEntries.subordinateClause),
  generalSeriesNouns: cueEntries.generalSeriesNouns,
  unnamedSeriesWords: ci(cueEntries.unnamedSeriesWords),
  currencies: new Map(Object.entries(cueEntries.currencies)),
  multipliers: new Map(Object.entries(cueEntries.multipliers)),
} as const
