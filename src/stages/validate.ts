/**
 * validate: the output record must satisfy its zod schema, and every span must be honest
 * (`text.slice(start, end) === quote`). Schema violations are errors; a dishonest span is a
 * warning naming where it is (it would be a bug in a stage, and the document stays usable).
 */
import type { z } from 'zod'
import { toDocumentRecord } from '../emit.js'
import { DocumentRecord, EventRecord } from '../schema/records.js'
import type { Diagnostic, Document, Stage } from '../types.js'

type Check = (value: unknown) => boolean

/**
 * A boolean checker compiled once from a zod schema, at least as strict as zod: it accepts only
 * what zod accepts, so a record it passes needs no zod parse (zod's safeParse copies every
 * object and costs about 1 ms per document); a record it fails goes to zod, which reports the
 * issues. Returns null for a schema construct it does not know, and zod then checks everything.
 */
export function compileCheck(schema: z.core.$ZodType): Check | null {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>
  const checks = (def.checks ?? []) as ReadonlyArray<z.core.$ZodCheck>
  const inner = (key: string): Check | null => compileCheck(def[key] as z.core.$ZodType)
  switch (def.type) {
    case 'string': {
      const tests: Check[] = []
      for (const c of checks) {
        const cd = c._zod.def as unknown as Record<string, unknown>
        if (cd['check'] === 'min_length' && typeof cd['minimum'] === 'number') {
          const min = cd['minimum']
          tests.push((v) => (v as string).length >= min)
        } else if (cd['check'] === 'string_format' && cd['format'] === 'regex' && cd['pattern'] instanceof RegExp) {
          const re = cd['pattern']
          tests.push((v) => {
            re.lastIndex = 0
            return re.test(v as string)
          })
        } else return null
      }
      return tests.length === 0 ? (v) => typeof v === 'string' : (v) => typeof v === 'string' && tests.every((t) => t(v))
    }
    case 'number': {
      const tests: Check[] = []
      for (const c of checks) {
        const cd = c._zod.def as unknown as Record<string, unknown>
        const bound = cd['value']
        if (cd['check'] === 'number_format' && cd['format'] === 'safeint') tests.push((v) => Number.isSafeInteger(v))
        else if (cd['check'] === 'greater_than' && typeof bound === 'number') tests.push(cd['inclusive'] ? (v) => (v as number) >= bound : (v) => (v as number) > bound)
        else if (cd['check'] === 'less_than' && typeof bound === 'number') tests.push(cd['inclusive'] ? (v) => (v as number) <= bound : (v) => (v as number) < bound)
        else return null
      }
      return (v) => Number.isFinite(v) && tests.every((t) => t(v))
    }
    case 'boolean':
      return checks.length === 0 ? (v) => typeof v === 'boolean' : null
    case 'enum': {
      const values = new Set(Object.values(def['entries'] as Record<string, unknown>))
      return checks.length === 0 ? (v) => typeof v === 'string' && values.has(v) : null
    }
    case 'nullable': {
      const check = inner('innerType')
      return check && checks.length === 0 ? (v) => v === null || check(v) : null
    }
    case 'optional': {
      const check = inner('innerType')
      return check && checks.length === 0 ? (v) => v === undefined || check(v) : null
    }
    case 'array': {
      const check = inner('element')
      if (!check || checks.length > 0) return null
      return (v) => {
        if (!Array.isArray(v)) return false
        for (const item of v) if (!check(item)) return false
        return true
      }
    }
    case 'union': {
      const options = (def['options'] as z.core.$ZodType[]).map(compileCheck)
      if (checks.length > 0 || options.some((c) => c === null)) return null
      return (v) => options.some((c) => c!(v))
    }
    case 'object': {
      if (checks.length > 0 || def['catchall'] !== undefined) return null
      const fields: Array<[string, Check]> = []
      for (const [key, field] of Object.entries(def['shape'] as Record<string, z.core.$ZodType>)) {
        const check = compileCheck(field)
        if (!check) return null
        fields.push([key, check])
      }
      const keys = fields.map(([key]) => key)
      const tests = fields.map(([, check]) => check)
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
        for (let i = 0; i < keys.length; i++) if (!tests[i]!((v as Record<string, unknown>)[keys[i]!])) return false
        return true
      }
    }
    default:
      return null
  }
}

const documentOk = compileCheck(DocumentRecord) ?? (() => false)
const eventOk = compileCheck(EventRecord) ?? (() => false)

export const validateStage: Stage = (doc, ctx) => {
  const found = [...schemaDiagnostics(doc, ctx.pipelineVersion), ...spanDiagnostics(doc)]
  return found.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...found] }
}

function schemaDiagnostics(doc: Document, version: string): Diagnostic[] {
  const out: Diagnostic[] = []
  const candidate = toDocumentRecord(doc, version)
  const record = documentOk(candidate) ? { success: true as const } : DocumentRecord.safeParse(candidate)
  if (!record.success) {
    for (const issue of record.error.issues) {
      out.push({
        severity: 'error',
        code: `validate/${issue.code}`,
        message: `document ${issue.path.join('.') || '(root)'}: ${issue.message}`,
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      })
    }
  }
  doc.events.forEach((event, i) => {
    if (eventOk(event)) return
    const parsed = EventRecord.safeParse(event)
    if (parsed.success) return
    for (const issue of parsed.error.issues) {
      out.push({
        severity: 'error',
        code: `validate/${issue.code}`,
        message: `events.${i}.${issue.path.join('.')}: ${issue.message}`,
        path: ['events', i, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      })
    }
  })
  return out
}

interface Quoted {
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * Calls `visit` with every quoted span of the document and a function naming where it sits in
 * the output (only called for a span worth reporting: building the names for every honest span
 * cost more than checking them).
 */
function visitQuoted(doc: Document, visit: (span: Quoted, where: () => string) => void): void {
  doc.dates.forEach((d, i) => visit(d, () => `dates.${i}`))
  doc.people.forEach((p, i) => p.mentions.forEach((m, j) => visit(m, () => `people.${i}.mentions.${j}`)))
  doc.organizations.forEach((o, i) => o.mentions.forEach((m, j) => visit(m, () => `organizations.${i}.mentions.${j}`)))
  doc.places.forEach((p, i) => p.mentions.forEach((m, j) => visit(m, () => `places.${i}.mentions.${j}`)))
  doc.events.forEach((e, i) =>
    e.attestations.forEach((a, j) => a.evidence.forEach((ev, k) => visit(ev, () => `events.${i}.attestations.${j}.evidence.${k}`))),
  )
}

/** Every quoted span in the document, with where it sits in the output. */
export function quotedSpans(doc: Document): Array<{ where: string; span: Quoted }> {
  const out: Array<{ where: string; span: Quoted }> = []
  visitQuoted(doc, (span, where) => out.push({ where: where(), span }))
  return out
}

/** `text.slice(start, end) === quote`, without building the slice when the offsets are plain. */
function honest(text: string, span: Quoted): boolean {
  const { start, end } = span
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length) {
    return end - start === span.text.length && text.startsWith(span.text, start)
  }
  return text.slice(start, end) === span.text
}

function spanDiagnostics(doc: Document): Diagnostic[] {
  const out: Diagnostic[] = []
  visitQuoted(doc, (span, where) => {
    if (honest(doc.text, span)) return
    out.push({
      severity: 'warning',
      code: 'validate/span-mismatch',
      message: `${where()}: text.slice(${span.start}, ${span.end}) is ${JSON.stringify(doc.text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`,
      span: { start: span.start, end: span.end },
    })
  })
  return out
}
