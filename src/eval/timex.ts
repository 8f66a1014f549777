/**
 * `eval timex`: scores the dates stage against TimeML (TempEval-3 measures) with chrono-node's
 * casual parser as the peer row. The last printed line is the summary pressroom reports.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { extractDates } from '../stages/dates/extract.js'
import type { DateRecord } from '../schema/records.js'
import { listTimemlFiles, parseTimeml, type TimexType, type TimemlDocument } from './timex-corpus.js'
import { chronoPredict } from './timex-chrono.js'
import {
  addCounts,
  emptyCounts,
  matchDocument,
  summarize,
  type DocumentMatching,
  type PredictedTimex,
  type TimexCounts,
  type TimexScores,
} from './timex-score.js'

export interface EvalTimexOptions {
  /** List false positives, false negatives and wrong values. @default false */
  readonly errors?: boolean
}

export interface EvalTimexResult {
  readonly documents: number
  readonly gold: number
  readonly ours: TimexScores
  readonly perType: Readonly<Record<TimexType, TimexScores>>
  readonly chrono: TimexScores
}

const TYPES: readonly TimexType[] = ['DATE', 'TIME', 'DURATION', 'SET']
const TYPE_OF: Readonly<Record<NonNullable<DateRecord['type']>, TimexType>> = {
  date: 'DATE',
  time: 'TIME',
  duration: 'DURATION',
  set: 'SET',
}

/** Our records as TimeML predictions: the `timex` field carries the TimeML value. */
export function recordsToTimex(records: readonly DateRecord[]): PredictedTimex[] {
  return records.map((r) => ({
    start: r.start,
    end: r.end,
    text: r.text,
    type: TYPE_OF[r.type ?? 'date'],
    value: r.timex ?? r.value.start,
  }))
}

export function predictTimeml(doc: TimemlDocument): PredictedTimex[] {
  return recordsToTimex(extractDates(doc.text, doc.reference, { timeml: true }))
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5)

function row(label: string, s: TimexScores): string {
  return (
    `${label.padEnd(12)}` +
    `${pct(s.strictP)} ${pct(s.strictR)} ${pct(s.strictF1)}   ` +
    `${pct(s.relaxedP)} ${pct(s.relaxedR)} ${pct(s.relaxedF1)}   ` +
    `${pct(s.valueAccuracy)} ${pct(s.valueF1)}`
  )
}

function context(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 40)
  const b = Math.min(text.length, end + 40)
  return `${text.slice(a, start)}[${text.slice(start, end)}]${text.slice(end, b)}`.replace(/\s+/g, ' ')
}

function printErrors(name: string, doc: TimemlDocument, m: DocumentMatching, print: (line: string) => void): void {
  for (const g of m.missed) print(`FN ${name} ${g.type} ${g.value} :: ${context(doc.text, g.start, g.end)}`)
  for (const p of m.spurious) print(`FP ${name} ${p.type} ${p.value} :: ${context(doc.text, p.start, p.end)}`)
  for (const { gold: g, predicted: p } of m.matches) {
    if (g.start !== p.start || g.end !== p.end) {
      print(`EXTENT ${name} gold "${g.text}" ours "${p.text}" :: ${context(doc.text, g.start, g.end)}`)
    }
    if (g.value !== p.value) {
      print(`VALUE ${name} ${g.type} gold ${g.value} ours ${p.value} (${p.type}) "${p.text}" :: ${context(doc.text, p.start, p.end)}`)
    }
  }
}

/** Scores every *.tml under `dir`; prints a table and ends with the one-line summary. */
export async function evalTimex(
  dir: string,
  options: EvalTimexOptions,
  print: (line: string) => void,
): Promise<EvalTimexResult> {
  const files = listTimemlFiles(dir)
  const ours = emptyCounts()
  const peer = emptyCounts()
  const perType = Object.fromEntries(TYPES.map((t) => [t, emptyCounts()])) as Record<TimexType, TimexCounts>
  const goldByType = Object.fromEntries(TYPES.map((t) => [t, 0])) as Record<TimexType, number>
  for (const file of files) {
    const name = relative(dir, file)
    const doc = parseTimeml(name, readFileSync(file, 'utf8'))
    const predicted = predictTimeml(doc)
    const m = matchDocument(doc.gold, predicted)
    addCounts(ours, m.counts)
    addCounts(peer, matchDocument(doc.gold, chronoPredict(doc.text, doc.reference)).counts)
    for (const t of TYPES) {
      const gold = doc.gold.filter((g) => g.type === t)
      goldByType[t] += gold.length
      addCounts(perType[t], matchDocument(gold, predicted.filter((p) => p.type === t)).counts)
    }
    if (options.errors) printErrors(name, doc, m, print)
  }
  const summary = summarize(ours)
  const typeScores = Object.fromEntries(TYPES.map((t) => [t, summarize(perType[t])])) as Record<TimexType, TimexScores>
  const chronoScores = summarize(peer)
  print(`eval timex: ${files.length} documents, ${ours.gold} gold expressions (${TYPES.map((t) => `${t} ${goldByType[t]}`).join(', ')})`)
  print(`${''.padEnd(12)}${'strict P/R/F1'.padEnd(20)}${'relaxed P/R/F1'.padEnd(20)}value acc/F1`)
  print(row('chrono', chronoScores))
  print(row('pressroom', summary))
  for (const t of TYPES) print(row(`  ${t}`, typeScores[t]))
  print(
    `strict F1 ${(100 * summary.strictF1).toFixed(1)}  relaxed F1 ${(100 * summary.relaxedF1).toFixed(1)}  value F1 ${(100 * summary.valueF1).toFixed(1)}`,
  )
  return { documents: files.length, gold: ours.gold, ours: summary, perType: typeScores, chrono: chronoScores }
}
