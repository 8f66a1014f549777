/**
 * validate: the output record must satisfy its zod schema, and every span must be honest
 * (`text.slice(start, end) === quote`). Schema violations are errors; a dishonest span is a
 * warning naming where it is (it would be a bug in a stage, and the document stays usable).
 */
import { report } from '../document.js'
import { toDocumentRecord } from '../emit.js'
import { DocumentRecord, EventRecord } from '../schema/records.js'
import type { Diagnostic, Document, Stage } from '../types.js'

export const validateStage: Stage = (doc, ctx) => {
  let next = doc
  for (const d of schemaDiagnostics(doc, ctx.pipelineVersion)) next = report(next, d)
  for (const d of spanDiagnostics(doc)) next = report(next, d)
  return next
}

function schemaDiagnostics(doc: Document, version: string): Diagnostic[] {
  const out: Diagnostic[] = []
  const record = DocumentRecord.safeParse(toDocumentRecord(doc, version))
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

/** Every quoted span in the document, with where it sits in the output. */
export function quotedSpans(doc: Document): Array<{ where: string; span: Quoted }> {
  const out: Array<{ where: string; span: Quoted }> = []
  doc.dates.forEach((d, i) => out.push({ where: `dates.${i}`, span: d }))
  doc.people.forEach((p, i) => p.mentions.forEach((m, j) => out.push({ where: `people.${i}.mentions.${j}`, span: m })))
  doc.organizations.forEach((o, i) =>
    o.mentions.forEach((m, j) => out.push({ where: `organizations.${i}.mentions.${j}`, span: m })),
  )
  doc.places.forEach((p, i) => p.mentions.forEach((m, j) => out.push({ where: `places.${i}.mentions.${j}`, span: m })))
  doc.events.forEach((e, i) =>
    e.attestations.forEach((a, j) =>
      a.evidence.forEach((ev, k) => out.push({ where: `events.${i}.attestations.${j}.evidence.${k}`, span: ev })),
    ),
  )
  return out
}

function spanDiagnostics(doc: Document): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const { where, span } of quotedSpans(doc)) {
    if (doc.text.slice(span.start, span.end) !== span.text) {
      out.push({
        severity: 'warning',
        code: 'validate/span-mismatch',
        message: `${where}: text.slice(${span.start}, ${span.end}) is ${JSON.stringify(doc.text.slice(span.start, span.end))}, not ${JSON.stringify(span.text)}`,
        span: { start: span.start, end: span.end },
      })
    }
  }
  return out
}
