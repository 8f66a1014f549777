/**
 * The two text-extraction metrics `eval clean` reproduces, as pure functions.
 *
 * scrapinghub (article-extraction-benchmark, evaluate.py): tokens are runs of word characters
 * (letters, digits, underscore; case kept); a text's shingles are its 4-token windows (a text of
 * fewer than 4 tokens has one shorter shingle; an empty text none), counted as a multiset.
 * Per page tp/fp/fn are divided by their sum, so every page weighs the same. Precision is the
 * mean over pages with tp+fp > 0, recall the mean over pages with tp+fn > 0, and F1 the harmonic
 * mean of those two means.
 *
 * WCXB: lower-cased word tokens as a bag of words; per page P = overlap/|pred|,
 * R = overlap/|truth|, F1 = 2PR/(P+R); the reported figures are plain means over pages.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu

/** Word tokens as the benchmarks count them (Python's `\w+`). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? []
}

function countShingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text)
  const counts = new Map<string, number>()
  if (tokens.length === 0) return counts
  const last = Math.max(1, tokens.length - n + 1)
  for (let i = 0; i < last; i++) {
    // U+0001 cannot occur inside a token, so joined shingles stay distinct.
    const key = tokens.slice(i, i + n).join('\u0001')
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

export interface ShingleCounts {
  /** Matched, extra and missed shingles, divided by their sum (all 0 when both texts are empty). */
  readonly tp: number
  readonly fp: number
  readonly fn: number
}

/** One page's normalized shingle counts (scrapinghub's `string_shingle_matching`). */
export function shingleScores(pred: string, truth: string, n = 4): ShingleCounts {
  const t = countShingles(truth, n)
  const p = countShingles(pred, n)
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0
    tp += Math.min(tc, pc)
    fn += Math.max(0, tc - pc)
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0))
  const sum = tp + fp + fn
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 }
}

export function shinglePrecision(c: ShingleCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1
  if (c.tp === 0 && c.fp === 0) return 0
  return c.tp / (c.tp + c.fp)
}

export function shingleRecall(c: ShingleCounts): number {
  if (c.fp === 0 && c.fn === 0) return 1
  if (c.tp === 0 && c.fn === 0) return 0
  return c.tp / (c.tp + c.fn)
}

export interface Scores {
  readonly precision: number
  readonly recall: number
  readonly f1: number
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
}

function harmonic(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0
}

/** scrapinghub's aggregate over pages (`metrics_from_tp_fp_fns`). */
export function aggregateShingles(pages: readonly ShingleCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(shinglePrecision))
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(shingleRecall))
  return { precision, recall, f1: harmonic(precision, recall) }
}

/** One page's WCXB bag-of-words scores. Two empty texts agree fully; an empty prediction scores 0. */
export function wordScores(pred: string, truth: string): Scores {
  const p = tokenize(pred.toLowerCase())
  const t = tokenize(truth.toLowerCase())
  if (p.length === 0 && t.length === 0) return { precision: 1, recall: 1, f1: 1 }
  const bag = new Map<string, number>()
  for (const w of t) bag.set(w, (bag.get(w) ?? 0) + 1)
  let overlap = 0
  for (const w of p) {
    const left = bag.get(w) ?? 0
    if (left > 0) {
      overlap++
      bag.set(w, left - 1)
    }
  }
  const precision = p.length > 0 ? overlap / p.length : 0
  const recall = t.length > 0 ? overlap / t.length : 0
  return { precision, recall, f1: harmonic(precision, recall) }
}

/** WCXB's aggregate: plain means of the per-page figures. */
export function aggregateWords(pages: readonly Scores[]): Scores {
  return {
    precision: mean(pages.map((s) => s.precision)),
    recall: mean(pages.map((s) => s.recall)),
    f1: mean(pages.map((s) => s.f1)),
  }
}

/** Lower case, straight quotes, single spaces: how snippets are looked up in an extraction. */
export function snippetKey(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** How many of `snippets` occur in `text` (after snippetKey on both). */
export function countSnippets(text: string, snippets: readonly string[]): number {
  const hay = snippetKey(text)
  return snippets.filter((s) => hay.includes(snippetKey(s))).length
}
