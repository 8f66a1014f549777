/**
 * Entity mentions as the events stage sees them: every mention of a person, organization,
 * country or other place that the entities stage found, flattened, sorted by offset, with
 * nested mentions dropped (the "Kingston" inside "U.S. Embassy in Kingston" is not an argument).
 */
import type { Document } from '../../types.js'
import type { Mention } from '../../schema/records.js'

export type MentionKind = 'country' | 'organization' | 'person' | 'place'

export interface EntityMention {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: MentionKind
  /** Alpha-3 for countries, the record id for organizations and places, `person:<slug>` for people. */
  readonly id: string
  readonly name: string
  /** Alpha-3 of the country the entity is in or belongs to, when known. */
  readonly country: string | null
  /** Place kind for places (city, region, facility, other). */
  readonly placeKind: string | null
  readonly rule: string
}

export function slug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export function personId(name: string): string {
  return `person:${slug(name)}`
}

/** All usable mentions, sorted by start then longest first, outer mentions kept over inner ones. */
export function collectMentions(doc: Document): EntityMention[] {
  const all: EntityMention[] = []
  /** One entity's honest mentions, each with the entity's fields. */
  const add = (
    mentions: readonly Mention[],
    entity: Omit<EntityMention, 'start' | 'end' | 'text' | 'rule'>,
    fallbackRule: string,
  ): void => {
    for (const m of mentions) {
      if (m.end <= m.start || doc.text.slice(m.start, m.end) !== m.text) continue
      all.push({ start: m.start, end: m.end, text: m.text, ...entity, rule: m.rule ?? fallbackRule })
    }
  }
  for (const p of doc.people) {
    add(p.mentions, { kind: 'person', id: personId(p.name), name: p.name, country: null, placeKind: null }, 'entities:person')
  }
  for (const o of doc.organizations) {
    add(o.mentions, { kind: 'organization', id: o.id, name: o.name, country: o.country ?? null, placeKind: null }, 'entities:organization')
  }
  for (const p of doc.places) {
    // A place standing for its government ("Washington said") acts as the country.
    const asCountry = p.kind === 'country' || (p.metonym === true && p.country !== null)
    add(
      p.mentions,
      {
        kind: asCountry ? 'country' : 'place',
        id: asCountry ? (p.kind === 'country' ? p.id : (p.country ?? p.id)) : p.id,
        name: p.name,
        country: p.country ?? (p.kind === 'country' ? p.id : null),
        placeKind: p.kind,
      },
      'entities:place',
    )
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end || cmp(a.kind + a.id, b.kind + b.id))
  const countries = orgCountries(doc.text, all)
  const kept: EntityMention[] = []
  let outerEnd = -1
  for (const m of all) {
    if (m.end <= outerEnd && kept.length > 0) continue
    if (m.start < outerEnd) continue // overlapping, not nested: keep the earlier, longer one
    kept.push(m.kind === 'organization' && m.country === null && countries.has(m.id) ? { ...m, country: countries.get(m.id)! } : m)
    outerEnd = m.end
  }
  return kept
}

/**
 * The country of an organization the entities stage gave none: a country named inside its name
 * ("Guyana Defence Force") or owning it ("Guyana's Civil Defence Commission").
 */
function orgCountries(text: string, sorted: readonly EntityMention[]): Map<string, string> {
  const out = new Map<string, string>()
  sorted.forEach((m, i) => {
    if (m.kind !== 'organization' || m.country !== null || out.has(m.id)) return
    const inner = sorted.find((c) => c.kind === 'country' && c.start >= m.start && c.end <= m.end)
    if (inner) {
      out.set(m.id, inner.id)
      return
    }
    const before = sorted.slice(0, i).reverse().find((c) => c.end <= m.start)
    if (before?.kind === 'country' && /^[’']s\s+$/.test(text.slice(before.end, m.start))) out.set(m.id, before.id)
  })
  return out
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The items of `sorted` (by start, none nested in or overlapping another, so ends ascend too)
 * that overlap [start, end): two binary searches, so a long document costs n log n, not n².
 */
export function overlapping<T extends { readonly start: number; readonly end: number }>(sorted: readonly T[], start: number, end: number): readonly T[] {
  const from = lowerBound(sorted, (x) => x.end > start)
  const to = lowerBound(sorted, (x) => x.start >= end)
  return from < to ? sorted.slice(from, to) : []
}

/**
 * The items of `sorted` (by start; they may overlap) that lie inside [start, end). Only the
 * start is searched; the scan stops at the first item starting at or after `end`.
 */
export function within<T extends { readonly start: number; readonly end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const out: T[] = []
  for (let i = lowerBound(sorted, (x) => x.start >= start); i < sorted.length; i++) {
    const x = sorted[i]!
    if (x.start >= end) break
    if (x.end <= end) out.push(x)
  }
  return out
}

/** The first index whose item satisfies `past` (a predicate false then true along the array). */
function lowerBound<T>(sorted: readonly T[], past: (x: T) => boolean): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (past(sorted[mid]!)) hi = mid
    else lo = mid + 1
  }
  return lo
}
