/**
 * The dates stage: every temporal expression of `doc.text` as a DateRecord, resolved against
 * the publication date (or the context's fallback), sorted by offset. Years that belong to a
 * name ("CANSEC 2023") are not dates; they become info diagnostics for the events stage.
 */
import type { DateRecord } from '../../schema/records.js'
import type { Diagnostic, Stage } from '../../types.js'
import { scanDates } from './extract.js'

export { extractDates, scanDates, type DateNote, type DateScan, type ExtractOptions } from './extract.js'

export const datesStage: Stage = (doc, ctx) => {
  const stated = doc.meta.published ?? ctx.fallbackReference
  const sentences = doc.sentences.length > 0 ? doc.sentences : doc.paragraphs
  // A second scan (below) reuses the rule hits of the first: only chrono and resolution depend on the reference.
  const ruleHits = new Map()
  let scan = scanDates(doc.text, stated, { sentences, ruleHits })
  let reference = stated
  const diagnostics: Diagnostic[] = []
  if (!stated) {
    // No publication date: a release is written on or after the last day it names, so the
    // latest explicit full date stands in for it (HeidelTime does the same for news without a
    // creation time). Relative dates resolved against it say so with resolution 'inferred'.
    const inferred = latestExplicitDay(scan.dates)
    if (inferred) {
      reference = inferred
      scan = scanDates(doc.text, inferred, { sentences, ruleHits })
      scan = { ...scan, dates: scan.dates.map((d) => (d.resolution === 'explicit' ? d : { ...d, resolution: 'inferred' as const, flags: [...(d.flags ?? []), 'reference-inferred'] })) }
      diagnostics.push({
        severity: 'info',
        code: 'dates/inferred-reference',
        message: `No publication date: relative dates were resolved against ${inferred}, the latest date the text states`,
      })
    }
  }
  // "MELCHOR DE MENCOS, Petén, Thurs. Oct. 22, 2026 – … held today": a dateline that states its own
  // day, a few days before the page was published, is the day the story is told from ("today",
  // "on Tuesday" count from it).
  const datelineDay = reference ? storyDay(scan.dates, reference) : null
  if (datelineDay) {
    scan = scanDates(doc.text, datelineDay, { sentences, ruleHits })
    diagnostics.push({ severity: 'info', code: 'dates/dateline-reference', message: `Relative dates were resolved against the dateline's ${datelineDay}, not the publication date ${reference}` })
  }
  const { dates, notes } = scan
  diagnostics.push(
    ...notes.map((n) => ({
      severity: 'info' as const,
      code: n.code,
      message: n.message,
      span: { start: n.start, end: n.end },
    })),
  )
  if (!reference && dates.some((d) => d.resolution === 'inferred' && d.flags?.includes('unresolved-no-reference'))) {
    diagnostics.push({
      severity: 'info',
      code: 'dates/no-reference',
      message: 'No publication date: relative dates were left unanchored',
    })
  }
  return { ...doc, dates, diagnostics: [...doc.diagnostics, ...diagnostics] }
}

/** The latest explicit calendar day (YYYY-MM-DD) among the dates, or null. */
function latestExplicitDay(dates: readonly DateRecord[]): string | null {
  let latest: string | null = null
  for (const d of dates) {
    if (d.resolution !== 'explicit' || (d.type && d.type !== 'date' && d.type !== 'time')) continue
    for (const v of [d.value.start, d.value.end]) {
      if (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && (latest === null || v > latest)) latest = v
    }
  }
  return latest
}

/**
 * The day a dateline states, when the text opens with it (the first date, within the first 80
 * characters, a full explicit day) and it falls one to seven days before the publication date.
 */
function storyDay(dates: readonly DateRecord[], published: string): string | null {
  const first = dates[0]
  if (!first || first.start > 80 || first.resolution !== 'explicit' || first.precision !== 'day') return null
  const day = first.value.start
  if (!day || day.length !== 10 || published.length < 10) return null
  const diff = (Date.parse(published.slice(0, 10)) - Date.parse(day)) / 86_400_000
  return diff >= 1 && diff <= 7 ? day : null
}
