/**
 * Builds a Document by hand for the events tests: the text, its paragraphs and sentences, and
 * the dates, people, organizations and places the earlier stages would have found, each located
 * in the text by its surface forms (every whole-word occurrence becomes a mention).
 */
import { createDocument } from '../../src/document.js'
import type { DateRecord, DocumentKind, Precision } from '../../src/schema/records.js'
import { splitSentences } from '../../src/text/sentences.js'
import { emptyMeta, type Document, type Span } from '../../src/types.js'

export interface DateSpec {
  readonly text: string
  readonly start: string
  readonly end?: string | null
  /** Which occurrence of `text` (0 = first). @default 0 */
  readonly nth?: number
  readonly type?: DateRecord['type']
}

export interface EntitySpec {
  readonly name: string
  /** Surface forms to find; the name itself is always searched. */
  readonly forms?: readonly string[]
}

export interface OrgSpec extends EntitySpec {
  readonly id?: string
  readonly acronym?: string | null
  /** The gazetteer type ("programme", …). */
  readonly type?: string
  readonly country?: string | null
}

export interface PlaceSpec extends EntitySpec {
  readonly id: string
  readonly kind: 'country' | 'city' | 'region' | 'facility' | 'other'
  readonly country: string | null
}

export interface DocSpec {
  readonly path?: string
  readonly url?: string | null
  readonly published?: string | null
  readonly dateline?: string | null
  readonly kind?: DocumentKind
  readonly title?: string | null
  readonly dates?: readonly DateSpec[]
  readonly people?: readonly EntitySpec[]
  readonly organizations?: readonly OrgSpec[]
  readonly places?: readonly PlaceSpec[]
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function findAll(text: string, form: string): Span[] {
  const out: Span[] = []
  const re = new RegExp(`(?<![\\w])${escape(form)}(?![\\w])`, 'g')
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

function mentions(text: string, spec: EntitySpec, extra: readonly string[] = []) {
  const forms = [...new Set([spec.name, ...(spec.forms ?? []), ...extra])].sort((a, b) => b.length - a.length)
  const taken: Span[] = []
  for (const f of forms) {
    for (const s of findAll(text, f)) {
      if (taken.some((t) => t.start < s.end && s.start < t.end)) continue
      taken.push(s)
    }
  }
  return taken.sort((a, b) => a.start - b.start).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end), rule: 'test' }))
}

function precisionOf(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return 'time'
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day'
  if (/^\d{4}-\d{2}$/.test(value)) return 'month'
  if (/^\d{4}$/.test(value)) return 'year'
  return 'unknown'
}

function paragraphsOf(text: string): Span[] {
  const out: Span[] = []
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length)
    const end = m.index + m[0].trimEnd().length
    if (end > start) out.push({ start, end })
  }
  return out
}

export function makeDoc(text: string, spec: DocSpec = {}): Document {
  const base = createDocument({ path: spec.path ?? 'test/doc.txt', bytes: new TextEncoder().encode(text), url: spec.url ?? null })
  const paragraphs = paragraphsOf(text)
  const dates: DateRecord[] = []
  for (const d of spec.dates ?? []) {
    const at = findAll(text, d.text)[d.nth ?? 0]
    if (!at) throw new Error(`date text not found: ${d.text}`)
    dates.push({
      text: d.text,
      start: at.start,
      end: at.end,
      value: { start: d.start, end: d.end ?? null },
      precision: precisionOf(d.start),
      resolution: 'explicit',
      type: d.type ?? 'date',
    })
  }
  return {
    ...base,
    format: 'text',
    input: text,
    text,
    paragraphs,
    sentences: splitSentences(text, paragraphs),
    meta: {
      ...emptyMeta,
      published: spec.published ?? null,
      dateline: spec.dateline ?? null,
      kind: spec.kind ?? 'press_release',
      title: spec.title ?? null,
    },
    dates: dates.sort((a, b) => a.start - b.start),
    people: (spec.people ?? []).map((p) => {
      const last = p.name.split(/\s+/).pop() ?? p.name
      return { name: p.name, title: null, rank: null, affiliation: null, mentions: mentions(text, p, [last]) }
    }),
    organizations: (spec.organizations ?? []).map((o) => ({
      id: o.id ?? `local:${o.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
      name: o.name,
      acronym: o.acronym ?? null,
      mentions: mentions(text, o, o.acronym ? [o.acronym] : []),
      country: o.country ?? null,
      ...(o.type ? { type: o.type } : {}),
    })),
    places: (spec.places ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      country: p.country,
      mentions: mentions(text, p),
    })),
  }
}
