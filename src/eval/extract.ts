/**
 * `pressroom eval extract`: scores extraction against the hand annotations in
 * fixtures/<case>/truth.json (metadata, body, dates, people, organizations, countries, places,
 * events, cross-document merging), separately for the dev and holdout splits.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { listCases } from '../check/run.js'
import { processInput } from '../ingest/process.js'
import { mergeEvents } from '../merge/events.js'
import { publisherByName } from '../stages/clean/publisher.js'
import type { DocumentRecord, EventRecord } from '../schema/records.js'
import { countsHeader, countsRow, prf, type Counts } from '../metrics.js'
import type { Context } from '../types.js'

const TruthParticipant = z.object({
  kind: z.enum(['country', 'organization', 'person']),
  id: z.string().optional(),
  name: z.string().optional(),
  roles: z.array(z.string()).optional(),
})

const TruthEvent = z.object({
  key: z.string(),
  type: z.string(),
  name: z.string().nullable().optional(),
  status: z.string().optional(),
  start: z.string().nullable(),
  end: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  participants: z.array(TruthParticipant).default([]),
  topics: z.array(z.string()).default([]),
})

export const Truth = z.object({
  split: z.enum(['dev', 'holdout']).default('dev'),
  title: z.string().nullable(),
  published: z.string().nullable(),
  kind: z.string().nullable(),
  dateline: z.string().nullable().optional(),
  spokesperson: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  body: z
    .object({
      first: z.string().optional(),
      last: z.string().optional(),
      mustContain: z.array(z.string()).default([]),
      mustNotContain: z.array(z.string()).default([]),
    })
    .optional(),
  dates: z.array(z.object({ text: z.string(), start: z.string().nullable(), end: z.string().nullable().optional() })).default([]),
  people: z
    .array(
      z.object({
        name: z.string(),
        title: z.string().nullable().optional(),
        rank: z.string().nullable().optional(),
        affiliation: z.string().nullable().optional(),
      }),
    )
    .default([]),
  organizations: z.array(z.object({ name: z.string(), acronym: z.string().nullable().optional() })).default([]),
  countries: z.array(z.string()).default([]),
  places: z.array(z.object({ name: z.string(), kind: z.string().optional(), country: z.string().nullable().optional() })).default([]),
  events: z.array(TruthEvent).default([]),
})
export type Truth = z.infer<typeof Truth>
type TruthEvent = z.infer<typeof TruthEvent>


export interface ExtractEvalResult {
  /** split → field → counts */
  readonly counts: Record<string, Record<string, Counts>>
  /** split → accuracy name → [right, total] */
  readonly accuracy: Record<string, Record<string, [number, number]>>
  readonly misses: string[]
}

export interface ExtractEvalOptions {
  readonly errors?: boolean
  /** Only this split (dev or holdout). */
  readonly split?: 'dev' | 'holdout'
}

const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim()

export async function evalExtract(
  dir: string,
  ctx: Context,
  options: ExtractEvalOptions,
  print: (line: string) => void,
): Promise<ExtractEvalResult> {
  const counts: Record<string, Record<string, Counts>> = {}
  const accuracy: Record<string, Record<string, [number, number]>> = {}
  const misses: string[] = []
  const add = (split: string, field: string, c: Partial<Counts>): void => {
    const f = ((counts[split] ??= {})[field] ??= { tp: 0, fp: 0, fn: 0 })
    f.tp += c.tp ?? 0
    f.fp += c.fp ?? 0
    f.fn += c.fn ?? 0
  }
  const acc = (split: string, name: string, ok: boolean, what: string): void => {
    const a = ((accuracy[split] ??= {})[name] ??= [0, 0])
    a[1]++
    if (ok) a[0]++
    else misses.push(what)
  }
  // For merging: every (truth key) → the predicted events matched to it, across cases.
  const keyToPredicted = new Map<string, Array<{ caseName: string; eventId: string }>>()
  const allEvents: EventRecord[] = []
  const matchedIds = new Map<string, string>() // per-document event id → truth key, for the merge check

  for (const { name, input } of await listCases(dir)) {
    const truthPath = join(dir, name, 'truth.json')
    if (!input || !existsSync(truthPath)) continue
    const parsed = Truth.safeParse(JSON.parse(await readFile(truthPath, 'utf8')))
    if (!parsed.success) {
      misses.push(`${name}: truth.json does not match the annotation format: ${parsed.error.issues[0]?.message ?? ''}`)
      continue
    }
    const truth = parsed.data
    if (options.split && truth.split !== options.split) continue
    const split = truth.split
    const bytes = await readFile(join(dir, name, input))
    const result = processInput({ path: `${name}/${input}`, bytes }, ctx)
    if (!result.ok) {
      misses.push(`${name}: failed: ${result.error.code} ${result.error.message}`)
      add(split, 'documents', { fn: 1 })
      continue
    }
    add(split, 'documents', { tp: 1 })
    const doc = result.document
    scoreMeta(name, split, truth, doc, acc)
    scoreBody(name, split, truth, doc, acc)
    scoreDates(name, split, truth, doc, add, misses)
    scorePeople(name, split, truth, doc, add, acc, misses)
    scoreOrganizations(name, split, truth, doc, ctx, add, misses)
    scoreCountries(name, split, truth, doc, add, misses)
    scorePlaces(name, split, truth, doc, add, misses)
    const matched = scoreEvents(name, split, truth, doc, result.events, ctx, add, misses, acc)
    for (const [eventId, key] of matched) {
      const list = keyToPredicted.get(key) ?? []
      list.push({ caseName: name, eventId })
      keyToPredicted.set(key, list)
      matchedIds.set(`${doc.docId}:${eventId}`, key)
    }
    allEvents.push(...result.events)
  }

  // Cross-document merging: truth keys reported by two or more cases must end as one event;
  // different keys must never share an event.
  const merged = mergeEvents(allEvents)
  const finalId = new Map<string, string>()
  for (const e of merged) {
    for (const a of e.attestations) finalId.set(`${a.docId}:${e.eventId}`, e.eventId)
    for (const old of e.mergedFrom ?? []) for (const a of e.attestations) finalId.set(`${a.docId}:${old}`, e.eventId)
  }
  const keyToFinal = new Map<string, Set<string>>()
  const finalToKeys = new Map<string, Set<string>>()
  for (const [docEvent, key] of matchedIds) {
    const id = finalId.get(docEvent) ?? docEvent.split(':')[1]!
    ;(keyToFinal.get(key) ?? keyToFinal.set(key, new Set()).get(key)!).add(id)
    ;(finalToKeys.get(id) ?? finalToKeys.set(id, new Set()).get(id)!).add(key)
  }
  let pairs = 0
  let mergedPairs = 0
  for (const [key, reports] of keyToPredicted) {
    const cases = new Set(reports.map((r) => r.caseName))
    if (cases.size < 2) continue
    pairs++
    if ((keyToFinal.get(key)?.size ?? 0) === 1) mergedPairs++
    else misses.push(`merge: ${key} reported by ${[...cases].join(', ')} stayed ${keyToFinal.get(key)?.size} events`)
  }
  let wrongMerges = 0
  for (const [id, keys] of finalToKeys) {
    if (keys.size > 1) {
      wrongMerges++
      misses.push(`merge: ${id} wrongly merges ${[...keys].join(', ')}`)
    }
  }

  printReport(counts, accuracy, print)
  print(`merging: ${mergedPairs} of ${pairs} same-event pairs merged (of those whose events were found), ${wrongMerges} different events merged`)
  if (options.errors) for (const m of misses) print(`  miss: ${m}`)
  const overall = (field: string): string => {
    const c = sumSplits(counts, field)
    return prf(c).f1.toFixed(3)
  }
  print(
    `people F1 ${overall('people')}  organizations F1 ${overall('organizations')}  countries F1 ${overall('countries')}  places F1 ${overall('places')}  events F1 ${overall('events')}`,
  )
  return { counts, accuracy, misses }
}

type Add = (split: string, field: string, c: Partial<Counts>) => void
type Acc = (split: string, name: string, ok: boolean, what: string) => void

function scoreMeta(name: string, split: string, truth: Truth, doc: DocumentRecord, acc: Acc): void {
  const fields = [
    ['title', truth.title, doc.title],
    ['published', truth.published, doc.published],
    ['kind', truth.kind, doc.kind],
    ['dateline', truth.dateline, doc.dateline],
    ['spokesperson', truth.spokesperson, doc.spokesperson],
    ['publisher', truth.publisher, doc.publisher],
  ] as const
  for (const [field, want, got] of fields) {
    if (want === undefined) continue
    const ok = field === 'published' || field === 'kind' ? want === got : field === 'publisher' ? samePublisher(want, got) : norm(want) === norm(got)
    acc(split, field, ok, `${name}: ${field} ${JSON.stringify(want)} got ${JSON.stringify(got)}`)
  }
}

/**
 * One publisher under two of its names ("DVIDS" and "Defense Visual Information Distribution
 * Service", "U.S. Department of State" and "United States Department of State"): the publisher
 * list's names and aliases of one entry are one publisher.
 */
export function samePublisher(want: string | null, got: string | null): boolean {
  if (norm(want) === norm(got)) return true
  if (want === null || got === null) return false
  const known = publisherByName(want)
  return known !== null && known === publisherByName(got)
}

function scoreBody(name: string, split: string, truth: Truth, doc: DocumentRecord, acc: Acc): void {
  const body = truth.body
  if (!body) return
  const text = norm(doc.text)
  if (body.first) acc(split, 'body-start', text.startsWith(norm(body.first)), `${name}: body does not start with ${JSON.stringify(body.first)}: ${JSON.stringify(doc.text.slice(0, 80))}`)
  if (body.last) acc(split, 'body-end', text.endsWith(norm(body.last)), `${name}: body does not end with ${JSON.stringify(body.last)}: ${JSON.stringify(doc.text.slice(-80))}`)
  for (const s of body.mustContain) acc(split, 'body-has', text.includes(norm(s)), `${name}: body lacks ${JSON.stringify(s)}`)
  for (const s of body.mustNotContain) acc(split, 'body-clean', !doc.text.includes(s), `${name}: body keeps chrome ${JSON.stringify(s)}`)
}

function scoreDates(name: string, split: string, truth: Truth, doc: DocumentRecord, add: Add, misses: string[]): void {
  const used = new Set<number>()
  for (const t of truth.dates) {
    const tText = norm(t.text)
    const i = doc.dates.findIndex(
      (d, k) =>
        !used.has(k) &&
        (norm(d.text).includes(tText) || tText.includes(norm(d.text))) &&
        d.value.start === t.start &&
        (t.end === undefined || (d.value.end ?? null) === (t.end ?? null)),
    )
    if (i >= 0) {
      used.add(i)
      add(split, 'dates', { tp: 1 })
    } else {
      add(split, 'dates', { fn: 1 })
      const near = doc.dates.find((d) => norm(d.text).includes(tText) || tText.includes(norm(d.text)))
      misses.push(`${name}: date ${JSON.stringify(t.text)} ${t.start}..${t.end ?? ''} ${near ? `got ${near.value.start}..${near.value.end ?? ''}` : 'not found'}`)
    }
  }
  // Only dates of the kinds annotated count as false positives (durations and sets are not annotated).
  doc.dates.forEach((d, k) => {
    if (used.has(k) || (d.type && d.type !== 'date' && d.type !== 'time')) return
    add(split, 'dates', { fp: 1 })
    misses.push(`${name}: extra date ${JSON.stringify(d.text)} ${d.value.start}`)
  })
}

const honorific = /^(?:mr|mrs|ms|dr|hon|sir|dame)\.?\s+/i

function personKey(name: string): string {
  return norm(name.replace(honorific, '')).replace(/\b[a-z]\b/g, '').replace(/\s+/g, ' ').trim()
}

function scorePeople(name: string, split: string, truth: Truth, doc: DocumentRecord, add: Add, acc: Acc, misses: string[]): void {
  const predicted = new Map(doc.people.map((p) => [personKey(p.name), p]))
  const seen = new Set<string>()
  for (const t of truth.people) {
    const key = personKey(t.name)
    const p = predicted.get(key)
    if (!p) {
      add(split, 'people', { fn: 1 })
      misses.push(`${name}: person ${JSON.stringify(t.name)} not found`)
      continue
    }
    seen.add(key)
    add(split, 'people', { tp: 1 })
    if (t.title !== undefined && t.title !== null) {
      const want = norm(t.title)
      const got = norm(p.title)
      acc(split, 'person-title', got !== '' && (got.includes(want) || want.includes(got)), `${name}: ${t.name} title ${JSON.stringify(t.title)} got ${JSON.stringify(p.title)}`)
    }
    if (t.rank !== undefined && t.rank !== null) acc(split, 'person-rank', rankKey(p.rank) === rankKey(t.rank), `${name}: ${t.name} rank ${JSON.stringify(t.rank)} got ${JSON.stringify(p.rank)}`)
  }
  for (const [key, p] of predicted) {
    if (seen.has(key)) continue
    add(split, 'people', { fp: 1 })
    misses.push(`${name}: extra person ${JSON.stringify(p.name)}`)
  }
}

const rankAbbreviations: Record<string, string> = {
  admiral: 'adm', 'rear admiral': 'rear adm', 'vice admiral': 'vice adm', general: 'gen', 'lieutenant general': 'lt gen',
  'major general': 'maj gen', 'brigadier general': 'brig gen', colonel: 'col', 'lieutenant colonel': 'lt col', major: 'maj',
  captain: 'capt', commander: 'cmdr', 'lieutenant commander': 'lt cmdr', lieutenant: 'lt', 'sergeant major': 'sgt maj',
  'command sergeant major': 'command sgt maj', 'master sergeant': 'master sgt', 'chief master sergeant': 'chief master sgt',
}

function rankKey(rank: string | null | undefined): string {
  const n = norm(rank)
  return rankAbbreviations[n] ?? n
}

function orgMatches(ctx: Context, pred: DocumentRecord['organizations'][number], t: { name: string; acronym?: string | null | undefined }): boolean {
  const names = new Set([norm(pred.name), norm(pred.acronym)])
  // The name as the text writes it ("Jamaica's Ministry of National Security" resolves to the
  // gazetteer's "Ministry of National Security of Jamaica"; an annotator writes what is printed).
  for (const m of pred.mentions) names.add(norm(m.text))
  const entry = ctx.gazetteers.entries.get(pred.id)
  if (entry) {
    names.add(norm(entry.name))
    for (const a of entry.aliases) names.add(norm(a))
    for (const a of entry.acronyms ?? []) names.add(norm(a))
  }
  names.delete('')
  const stripThe = (s: string): string => s.replace(/^the /, '')
  const candidates = [norm(t.name), norm(t.acronym)].filter(Boolean).map(stripThe)
  return candidates.some((c) => [...names].some((n) => stripThe(n) === c))
}

function scoreOrganizations(name: string, split: string, truth: Truth, doc: DocumentRecord, ctx: Context, add: Add, misses: string[]): void {
  const used = new Set<number>()
  // The annotations list organizations only: programmes (CBSI, Continuing Promise), which the
  // gazetteer types as `programme`, are not scored either way.
  const organizations = doc.organizations.filter((o) => o.type !== 'programme')
  for (const t of truth.organizations) {
    const i = organizations.findIndex((o, k) => !used.has(k) && orgMatches(ctx, o, t))
    if (i >= 0) {
      used.add(i)
      add(split, 'organizations', { tp: 1 })
    } else {
      add(split, 'organizations', { fn: 1 })
      misses.push(`${name}: organization ${JSON.stringify(t.name)}${t.acronym ? ` (${t.acronym})` : ''} not found`)
    }
  }
  organizations.forEach((o, k) => {
    if (used.has(k)) return
    add(split, 'organizations', { fp: 1 })
    misses.push(`${name}: extra organization ${o.id} ${JSON.stringify(o.name)}`)
  })
}

function scoreCountries(name: string, split: string, truth: Truth, doc: DocumentRecord, add: Add, misses: string[]): void {
  const predicted = new Set(doc.places.filter((p) => p.kind === 'country').map((p) => p.country ?? p.id))
  const wanted = new Set(truth.countries)
  for (const c of wanted) {
    if (predicted.has(c)) add(split, 'countries', { tp: 1 })
    else {
      add(split, 'countries', { fn: 1 })
      misses.push(`${name}: country ${c} not found`)
    }
  }
  for (const c of predicted) {
    if (wanted.has(c)) continue
    add(split, 'countries', { fp: 1 })
    misses.push(`${name}: extra country ${c}`)
  }
}

function scorePlaces(name: string, split: string, truth: Truth, doc: DocumentRecord, add: Add, misses: string[]): void {
  const predicted = doc.places.filter((p) => p.kind !== 'country')
  const used = new Set<number>()
  for (const t of truth.places) {
    const tn = norm(t.name).replace(/^the /, '')
    const i = predicted.findIndex(
      (p, k) => !used.has(k) && (norm(p.name).replace(/^the /, '') === tn || p.mentions.some((m) => norm(m.text).replace(/^the /, '') === tn)),
    )
    if (i >= 0) {
      used.add(i)
      add(split, 'places', { tp: 1 })
    } else {
      add(split, 'places', { fn: 1 })
      misses.push(`${name}: place ${JSON.stringify(t.name)} not found`)
    }
  }
  predicted.forEach((p, k) => {
    if (used.has(k)) return
    add(split, 'places', { fp: 1 })
    misses.push(`${name}: extra place ${JSON.stringify(p.name)} (${p.kind})`)
  })
}

function participantMatches(ctx: Context, doc: DocumentRecord, p: EventRecord['participants'][number], t: TruthEvent['participants'][number]): boolean {
  if (p.kind !== t.kind) return false
  if (t.kind === 'country') return p.id === t.id
  if (t.kind === 'person') return personKey(p.name) === personKey(t.name ?? '')
  // The organization's mentions in the text count as its names, as for the organizations field.
  const mentions = doc.organizations.find((o) => o.id === p.id)?.mentions ?? []
  return orgMatches(ctx, { id: p.id, name: p.name, acronym: null, mentions }, { name: t.name ?? t.id ?? '' })
}

/** Returns the predicted event ids matched to truth keys. */
function scoreEvents(
  name: string,
  split: string,
  truth: Truth,
  doc: DocumentRecord,
  events: readonly EventRecord[],
  ctx: Context,
  add: Add,
  misses: string[],
  acc: (split: string, name: string, ok: boolean, what: string) => void,
): Array<[string, string]> {
  const used = new Set<number>()
  const matched: Array<[string, string]> = []
  for (const t of truth.events) {
    const i = events.findIndex(
      (e, k) => !used.has(k) && e.type === t.type && e.start === t.start && (e.location?.country ?? null) === (t.country ?? null),
    )
    if (i < 0) {
      add(split, 'events', { fn: 1 })
      const near = events.find((e) => e.start === t.start) ?? events.find((e) => e.type === t.type)
      misses.push(
        `${name}: event ${t.key} ${t.type} ${t.start} ${t.country ?? ''} not found${near ? `; nearest ${near.type} ${near.start} ${near.location?.country ?? ''}` : ''}`,
      )
      continue
    }
    used.add(i)
    const e = events[i]!
    matched.push([e.eventId, t.key])
    add(split, 'events', { tp: 1 })
    if (t.status) acc(split, 'event-status', e.status === t.status, `${name}: event ${t.key} status ${t.status} got ${e.status}`)
    const pUsed = new Set<number>()
    for (const tp of t.participants) {
      const j = e.participants.findIndex((p, k) => !pUsed.has(k) && participantMatches(ctx, doc, p, tp))
      if (j >= 0) {
        pUsed.add(j)
        add(split, 'participants', { tp: 1 })
      } else {
        add(split, 'participants', { fn: 1 })
        misses.push(`${name}: event ${t.key} lacks participant ${tp.kind} ${tp.id ?? tp.name}`)
      }
    }
    e.participants.forEach((p, k) => {
      if (pUsed.has(k)) return
      add(split, 'participants', { fp: 1 })
      misses.push(`${name}: event ${t.key} extra participant ${p.kind} ${p.id}`)
    })
  }
  events.forEach((e, k) => {
    if (used.has(k)) return
    add(split, 'events', { fp: 1 })
    misses.push(`${name}: extra event ${e.type} ${e.start ?? '?'} ${e.location?.country ?? ''} ${JSON.stringify(e.name)}`)
  })
  return matched
}

function sumSplits(counts: Record<string, Record<string, Counts>>, field: string): Counts {
  const total = { tp: 0, fp: 0, fn: 0 }
  for (const split of Object.values(counts)) {
    const c = split[field]
    if (!c) continue
    total.tp += c.tp
    total.fp += c.fp
    total.fn += c.fn
  }
  return total
}

function printReport(
  counts: Record<string, Record<string, Counts>>,
  accuracy: Record<string, Record<string, [number, number]>>,
  print: (line: string) => void,
): void {
  for (const split of Object.keys(counts).sort()) {
    print(`[${split}]`)
    print(countsHeader)
    for (const [field, c] of Object.entries(counts[split]!)) print(countsRow(field, c))
    const a = accuracy[split] ?? {}
    const line = Object.entries(a)
      .map(([k, [right, total]]) => `${k} ${right}/${total}`)
      .join('  ')
    if (line) print(`accuracy: ${line}`)
  }
}
