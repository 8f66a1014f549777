/**
 * The dates stage: every temporal expression of `doc.text` as a DateRecord, resolved against
 * the publication date (or the context's fallback), sorted by offset. Years that belong to a
 * name ("CANSEC 2023") are not dates; they become info diagnostics for the events stage.
 */
import type { Diagnostic, Stage } from '../../types.js'
import { scanDates } from './extract.js'

export { extractDates, scanDates, type DateNote, type DateScan, type ExtractOptions } from './extract.js'

export const datesStage: Stage = (doc, ctx) => {
  const reference = doc.meta.published ?? ctx.fallbackReference
  const sentences = doc.sentences.length > 0 ? doc.sentences : doc.paragraphs
  const { dates, notes } = scanDates(doc.text, reference, { sentences })
  const diagnostics: Diagnostic[] = notes.map((n) => ({
    severity: 'info' as const,
    code: n.code,
    message: n.message,
    span: { start: n.start, end: n.end },
  }))
  if (!reference && dates.some((d) => d.resolution === 'inferred' && d.flags?.includes('unresolved-no-reference'))) {
    diagnostics.push({
      severity: 'info',
      code: 'dates/no-reference',
      message: 'No publication date: relative dates were left unanchored',
    })
  }
  return { ...doc, dates, diagnostics: [...doc.diagnostics, ...diagnostics] }
}
