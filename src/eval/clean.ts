/**
 * `eval clean <dir>`: scores pressroom's cleaner on a text-extraction benchmark and, in the same
 * run, @mozilla/readability on linkedom over the same pages, so every figure has its peer.
 * `dir` is a scrapinghub folder, a WCXB folder, or a folder holding several of them.
 * The last printed line is always pressroom's: `pages N  P 0.xxx  R 0.xxx  F1 0.xxx`.
 */
import { createDocument } from '../document.js'
import { cleanDocument } from '../stages/clean/index.js'
import { decode, detectFormat } from '../stages/load/index.js'
import { findBenchmarks, loadBenchmark, type Benchmark, type BenchmarkPage } from './clean-data.js'
import {
  aggregateShingles,
  aggregateWords,
  countSnippets,
  shinglePrecision,
  shingleRecall,
  shingleScores,
  wordScores,
  type Scores,
  type ShingleCounts,
} from './clean-metrics.js'
import { readabilityText } from './clean-peer.js'

export type Extractor = 'pressroom' | 'readability'

export interface LeakCounts {
  readonly banner: number
  readonly share: number
  readonly related: number
}

export interface EvalCleanRow {
  readonly benchmark: string
  readonly metric: 'shingle' | 'words'
  readonly extractor: Extractor
  readonly pages: number
  readonly precision: number
  readonly recall: number
  readonly f1: number
  readonly msPerPage: number
  /** WCXB: share of `with` snippets found, and of `without` snippets wrongly found. */
  readonly withShare?: number
  readonly withoutShare?: number
  /** WCXB: pages whose extraction holds the official-site banner, a share bar or a related-links list. */
  readonly leaks?: LeakCounts
  /** WCXB, pressroom only: pages whose title / publish date matches the ground truth. */
  readonly titleRight?: number
  readonly publishedRight?: number
}

export interface EvalCleanOptions {
  /** List each extractor's worst pages. */
  readonly errors?: boolean
}

// Chrome that must not reach a body; a phrase counts only when the ground truth lacks it.
const LEAKS: Readonly<Record<keyof LeakCounts, RegExp>> = {
  banner: /an official website of the united states government|here['’]s how you know|official websites use \.(?:gov|mil)|secure \.(?:gov|mil) websites use https/i,
  share: /share (?:on|to|via) (?:facebook|twitter|x|linkedin|email)|share this (?:page|article|story|post)|\bshare:\s*(?:facebook|twitter)|(?:facebook|twitter)\s+(?:twitter|linkedin)\s+(?:linkedin|email|print)/i,
  related: /\brelated (?:links|articles|content|stories|resources|topics|pages|posts|news)\b/i,
}

function leaksOf(pred: string, truth: string): (keyof LeakCounts)[] {
  return (Object.keys(LEAKS) as (keyof LeakCounts)[]).filter((k) => LEAKS[k].test(pred) && !LEAKS[k].test(truth))
}

interface PageRun {
  readonly text: string
  readonly ms: number
  readonly title: string | null
  readonly published: string | null
}

function runPressroom(page: BenchmarkPage): PageRun {
  // Decoded as the load stage decodes; only the clean stage is timed.
  const path = `${page.id}.html`
  const input = (decode(page.html)?.text ?? '').replace(/\r\n?/g, '\n')
  const loaded = { ...createDocument({ path, bytes: page.html, url: page.url }), input, format: detectFormat(input, path) }
  const t0 = performance.now()
  const doc = cleanDocument(loaded)
  const ms = performance.now() - t0
  return { text: doc.text, ms, title: doc.meta.title, published: doc.meta.published }
}

function runReadability(page: BenchmarkPage): PageRun {
  const html = Buffer.from(page.html).toString('utf8')
  const t0 = performance.now()
  const text = readabilityText(html)
  return { text, ms: performance.now() - t0, title: null, published: null }
}

function fmt(x: number): string {
  return x.toFixed(3)
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length)
}

function sameTitle(a: string | null, b: string | null): boolean {
  const norm = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase()
  return a !== null && b !== null && norm(a) === norm(b)
}

interface Scored {
  readonly row: EvalCleanRow
  /** Per page: id, F1, precision, recall, for --errors. */
  readonly perPage: readonly { id: string; url: string | null; f1: number; precision: number; recall: number }[]
}

function score(bench: Benchmark, extractor: Extractor, runs: readonly PageRun[]): Scored {
  const ms = runs.reduce((a, r) => a + r.ms, 0) / Math.max(1, runs.length)
  if (bench.kind === 'scrapinghub') {
    const counts: ShingleCounts[] = bench.pages.map((p, i) => shingleScores(runs[i]?.text ?? '', p.body))
    const agg = aggregateShingles(counts)
    const perPage = bench.pages.map((p, i) => {
      const c = counts[i] ?? { tp: 0, fp: 0, fn: 0 }
      const precision = shinglePrecision(c)
      const recall = shingleRecall(c)
      return { id: p.id, url: p.url, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 }
    })
    return { row: { benchmark: bench.name, metric: 'shingle', extractor, pages: bench.pages.length, ...agg, msPerPage: ms }, perPage }
  }
  const scores: Scores[] = bench.pages.map((p, i) => wordScores(runs[i]?.text ?? '', p.body))
  const agg = aggregateWords(scores)
  let withTotal = 0
  let withFound = 0
  let withoutTotal = 0
  let withoutFound = 0
  const leaks = { banner: 0, share: 0, related: 0 }
  let titleRight = 0
  let publishedRight = 0
  bench.pages.forEach((p, i) => {
    const run = runs[i]
    const text = run?.text ?? ''
    withTotal += p.with.length
    withFound += countSnippets(text, p.with)
    withoutTotal += p.without.length
    withoutFound += countSnippets(text, p.without)
    for (const k of leaksOf(text, p.body)) leaks[k]++
    if (sameTitle(run?.title ?? null, p.title)) titleRight++
    if ((run?.published ?? null) === p.published) publishedRight++
  })
  const perPage = bench.pages.map((p, i) => ({ id: p.id, url: p.url, ...(scores[i] ?? { precision: 0, recall: 0, f1: 0 }) }))
  const row: EvalCleanRow = {
    benchmark: bench.name,
    metric: 'words',
    extractor,
    pages: bench.pages.length,
    ...agg,
    msPerPage: ms,
    withShare: withTotal > 0 ? withFound / withTotal : 1,
    withoutShare: withoutTotal > 0 ? withoutFound / withoutTotal : 0,
    leaks,
    ...(extractor === 'pressroom' ? { titleRight, publishedRight } : {}),
  }
  return { row, perPage }
}

function printBenchmark(bench: Benchmark, scored: readonly Scored[], options: EvalCleanOptions, print: (line: string) => void): void {
  const metric = bench.kind === 'scrapinghub' ? '4-token shingles, pages weighted equally (scrapinghub metric)' : 'lower-cased bag of words, mean over pages (WCXB metric)'
  print(`${bench.name}: ${bench.pages.length} pages, ${metric}`)
  const wcxb = bench.kind === 'wcxb'
  print(`  ${pad('extractor', 13)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}${wcxb ? `${pad('with', 7)}${pad('without', 9)}${pad('banner/share/related leaks', 28)}` : ''}ms/page`)
  for (const { row } of scored) {
    const extra = wcxb
      ? `${pad(fmt(row.withShare ?? 0), 7)}${pad(fmt(row.withoutShare ?? 0), 9)}${pad(`${row.leaks?.banner ?? 0}/${row.leaks?.share ?? 0}/${row.leaks?.related ?? 0}`, 28)}`
      : ''
    print(`  ${pad(row.extractor, 13)}${pad(fmt(row.precision), 7)}${pad(fmt(row.recall), 7)}${pad(fmt(row.f1), 7)}${extra}${row.msPerPage.toFixed(1)}`)
  }
  const ours = scored.find((s) => s.row.extractor === 'pressroom')?.row
  if (ours) {
    print(`  pressroom clean stage alone: ${ours.msPerPage.toFixed(1)} ms/page = ${(1000 / Math.max(ours.msPerPage, 1e-6)).toFixed(0)} pages/s on one core`)
    if (wcxb) {
      const dated = bench.pages.filter((p) => p.published !== null).length
      print(`  metadata (pressroom): title ${ours.titleRight ?? 0}/${bench.pages.length} exact, publish_date ${ours.publishedRight ?? 0}/${bench.pages.length} right (${dated} pages have one)`)
    }
  }
  if (options.errors) {
    const peer = scored.find((s) => s.row.extractor === 'readability')
    const peerF1 = new Map(peer?.perPage.map((p) => [p.id, p.f1]) ?? [])
    for (const s of scored) {
      if (s.row.extractor !== 'pressroom') continue
      const worst = [...s.perPage].sort((a, b) => a.f1 - b.f1 || a.id.localeCompare(b.id)).slice(0, 20)
      print(`  worst pages for pressroom (readability's F1 on the same page in brackets):`)
      for (const w of worst) print(`    F1 ${fmt(w.f1)} (${fmt(peerF1.get(w.id) ?? 0)})  P ${fmt(w.precision)}  R ${fmt(w.recall)}  ${w.id.slice(0, 16)}  ${w.url ?? ''}`)
    }
  }
}

export async function evalClean(
  dir: string,
  options: EvalCleanOptions,
  print: (line: string) => void,
): Promise<{ rows: EvalCleanRow[] }> {
  const dirs = findBenchmarks(dir)
  if (dirs.length === 0) throw new Error(`Expected a scrapinghub or WCXB benchmark folder (or a folder of them), got ${dir}`)
  const rows: EvalCleanRow[] = []
  for (const d of dirs) {
    const bench = loadBenchmark(d)
    const ours: PageRun[] = []
    const peer: PageRun[] = []
    for (const page of bench.pages) {
      ours.push(runPressroom(page))
      peer.push(runReadability(page))
      // Let other work (progress output, signals) through between pages.
      await Promise.resolve()
    }
    const scored = [score(bench, 'readability', peer), score(bench, 'pressroom', ours)]
    printBenchmark(bench, scored, options, print)
    rows.push(...scored.map((s) => s.row))
  }
  const mine = rows.filter((r) => r.extractor === 'pressroom')
  const pages = mine.reduce((a, r) => a + r.pages, 0)
  // Several benchmarks: page-weighted means of each benchmark's own figures.
  const weighted = (key: 'precision' | 'recall'): number => mine.reduce((a, r) => a + r[key] * r.pages, 0) / Math.max(1, pages)
  const p = weighted('precision')
  const r = weighted('recall')
  const f1 = mine.length === 1 ? (mine[0]?.f1 ?? 0) : p + r > 0 ? (2 * p * r) / (p + r) : 0
  print(`pages ${pages}  P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1)}`)
  return { rows }
}
