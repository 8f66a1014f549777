/**
 * Field-by-field comparison of an actual golden with the expected one: what was added, lost or
 * changed (with values), and counts for precision/recall per field.
 */
import type { Golden } from './golden.js'

import type { Counts as FieldCounts } from '../metrics.js'

export type { FieldCounts }

export interface Change {
  readonly field: string
  readonly kind: 'added' | 'lost' | 'changed'
  readonly key: string
  readonly detail: string
}

export interface Comparison {
  readonly changes: readonly Change[]
  readonly counts: Readonly<Record<string, FieldCounts>>
}

type Obj = Record<string, unknown>

const scalarFields = ['title', 'published', 'kind', 'dateline', 'spokesperson', 'publisher', 'canonicalUrl', 'text'] as const

/** How list items are matched between expected and actual, per field. */
const listKeys: Record<string, (item: Obj) => string> = {
  paragraphs: (p) => `${p['start']}-${p['end']}`,
  dates: (d) => `${String(d['text'])}@${d['start']}`,
  people: (p) => String(p['name']),
  organizations: (o) => String(o['id']),
  places: (p) => String(p['id']),
  topics: (t) => String(t['id']),
  diagnostics: (d) => `${String(d['code'])}: ${String(d['message'])}`,
}

export function compareGolden(expected: Golden, actual: Golden): Comparison {
  const changes: Change[] = []
  const counts: Record<string, FieldCounts> = {}
  const count = (field: string): FieldCounts => (counts[field] ??= { tp: 0, fp: 0, fn: 0 })

  compareScalar('error', summarizeError(expected.error), summarizeError(actual.error))
  const e = (expected.document ?? {}) as Obj
  const a = (actual.document ?? {}) as Obj
  for (const field of scalarFields) compareScalar(field, e[field], a[field])
  compareScalar('source', canonical(e['source']), canonical(a['source']))
  for (const [field, key] of Object.entries(listKeys)) compareList(field, asList(e[field]), asList(a[field]), key)
  compareList('events', asList(expected.events), asList(actual.events), eventKey)
  return { changes, counts }

  function compareScalar(field: string, ev: unknown, av: unknown): void {
    const c = count(field)
    const same = canonical(ev) === canonical(av)
    if (same) {
      if (ev !== null && ev !== undefined) c.tp++
      return
    }
    if (ev !== null && ev !== undefined) c.fn++
    if (av !== null && av !== undefined) c.fp++
    const kind = ev === null || ev === undefined ? 'added' : av === null || av === undefined ? 'lost' : 'changed'
    changes.push({ field, kind, key: field, detail: `${show(ev)} → ${show(av)}` })
  }

  function compareList(field: string, exp: Obj[], act: Obj[], baseKey: (o: Obj) => string): void {
    const c = count(field)
    const key = uniqueKeys(baseKey)
    const byKey = new Map<string, Obj>()
    for (const item of act) byKey.set(key.actual(item), item)
    const expKeys = new Set<string>()
    for (const item of exp) {
      const k = key.expected(item)
      expKeys.add(k)
      const other = byKey.get(k)
      if (!other) {
        c.fn++
        changes.push({ field, kind: 'lost', key: k, detail: show(item) })
      } else if (canonical(other) === canonical(item)) {
        c.tp++
      } else {
        c.fn++
        c.fp++
        changes.push({ field, kind: 'changed', key: k, detail: describeDiff(item, other) })
      }
    }
    key.reset()
    for (const item of act) {
      const k = key.actual(item)
      if (expKeys.has(k)) continue
      c.fp++
      changes.push({ field, kind: 'added', key: k, detail: show(item) })
    }
  }
}

/**
 * Keys made unique within each list: the second item with the same base key (two identical
 * notes at different offsets, say) becomes `key #2`, so duplicates pair up in order.
 */
function uniqueKeys(base: (o: Obj) => string): { expected(o: Obj): string; actual(o: Obj): string; reset(): void } {
  let seenExpected = new Map<string, number>()
  let seenActual = new Map<string, number>()
  const next = (seen: Map<string, number>, o: Obj): string => {
    const k = base(o)
    const n = (seen.get(k) ?? 0) + 1
    seen.set(k, n)
    return n === 1 ? k : `${k} #${n}`
  }
  return {
    expected: (o) => next(seenExpected, o),
    actual: (o) => next(seenActual, o),
    reset() {
      seenExpected = new Map()
      seenActual = new Map()
    },
  }
}

function eventKey(e: Obj): string {
  return String(e['eventId'])
}

function summarizeError(error: Golden['error']): string | null {
  return error ? `${error.code}: ${error.message}` : null
}

function asList(v: unknown): Obj[] {
  return Array.isArray(v) ? (v as Obj[]) : []
}

/** JSON with sorted keys, so key order never makes two equal values differ. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Obj).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
    }
    return value
  }) ?? 'undefined'
}

/** Which sub-fields of two matched items differ, with both values. */
function describeDiff(expected: Obj, actual: Obj): string {
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort()
  const parts: string[] = []
  for (const k of keys) {
    if (canonical(expected[k]) !== canonical(actual[k])) parts.push(`${k}: ${show(expected[k])} → ${show(actual[k])}`)
  }
  return parts.join('; ')
}

function show(v: unknown): string {
  const s = v === undefined ? 'undefined' : JSON.stringify(v)
  return s.length > 160 ? `${s.slice(0, 157)}...` : s
}
