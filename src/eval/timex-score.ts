/**
 * TempEval-3 temporal-expression scores: strict extent (identical offsets), relaxed extent
 * (overlap), and value F1 = relaxed F1 x share of relaxed matches whose value equals gold.
 * As in the TempEval-3 scorer, precision counts predictions that match some gold expression and
 * recall counts gold expressions that some prediction matches (with this counting chrono-node
 * alone reproduces the published 75.2 relaxed F1 on TBAQ). A gold expression's value is compared
 * with its exact-extent prediction, else with the first overlapping one.
 */
import type { GoldTimex, TimexType } from './timex-corpus.js'

export interface PredictedTimex {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: TimexType
  readonly value: string
}

/** Raw counts; add them across documents, then call `summarize`. */
export interface TimexCounts {
  gold: number
  predicted: number
  /** Predictions with a gold expression of identical extent. */
  strictPredicted: number
  /** Gold expressions with a prediction of identical extent. */
  strictGold: number
  /** Predictions overlapping some gold expression. */
  relaxedPredicted: number
  /** Gold expressions some prediction overlaps. */
  relaxedGold: number
  /** Relaxed matches whose value equals the gold value. */
  valueHits: number
}

export interface TimexScores {
  readonly strictP: number
  readonly strictR: number
  readonly strictF1: number
  readonly relaxedP: number
  readonly relaxedR: number
  readonly relaxedF1: number
  /** Share of relaxed matches with the right value. */
  readonly valueAccuracy: number
  readonly valueF1: number
}

export interface TimexMatch {
  readonly gold: GoldTimex
  readonly predicted: PredictedTimex
}

export interface DocumentMatching {
  readonly counts: TimexCounts
  /** Gold expressions no prediction overlaps. */
  readonly missed: readonly GoldTimex[]
  /** Predictions that overlap no gold expression. */
  readonly spurious: readonly PredictedTimex[]
  /** Each overlapped gold expression with the prediction its value is compared with. */
  readonly matches: readonly TimexMatch[]
}

export function emptyCounts(): TimexCounts {
  return { gold: 0, predicted: 0, strictPredicted: 0, strictGold: 0, relaxedPredicted: 0, relaxedGold: 0, valueHits: 0 }
}

export function addCounts(into: TimexCounts, more: TimexCounts): void {
  into.gold += more.gold
  into.predicted += more.predicted
  into.strictPredicted += more.strictPredicted
  into.strictGold += more.strictGold
  into.relaxedPredicted += more.relaxedPredicted
  into.relaxedGold += more.relaxedGold
  into.valueHits += more.valueHits
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end

const same = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start === b.start && a.end === b.end

/** Matches the gold and predicted expressions of one document. */
export function matchDocument(gold: readonly GoldTimex[], predicted: readonly PredictedTimex[]): DocumentMatching {
  const matches: TimexMatch[] = []
  const missed: GoldTimex[] = []
  let strictGold = 0
  for (const g of gold) {
    const exact = predicted.find((p) => same(p, g))
    if (exact) strictGold++
    const p = exact ?? predicted.find((q) => overlaps(q, g))
    if (p) matches.push({ gold: g, predicted: p })
    else missed.push(g)
  }
  const spurious = predicted.filter((p) => !gold.some((g) => overlaps(p, g)))
  return {
    counts: {
      gold: gold.length,
      predicted: predicted.length,
      strictPredicted: predicted.filter((p) => gold.some((g) => same(p, g))).length,
      strictGold,
      relaxedPredicted: predicted.length - spurious.length,
      relaxedGold: matches.length,
      valueHits: matches.filter((m) => m.gold.value === m.predicted.value).length,
    },
    missed,
    spurious,
    matches,
  }
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b)
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

export function summarize(c: TimexCounts): TimexScores {
  const strictP = ratio(c.strictPredicted, c.predicted)
  const strictR = ratio(c.strictGold, c.gold)
  const relaxedP = ratio(c.relaxedPredicted, c.predicted)
  const relaxedR = ratio(c.relaxedGold, c.gold)
  const relaxedF1 = f1(relaxedP, relaxedR)
  const valueAccuracy = ratio(c.valueHits, c.relaxedGold)
  return {
    strictP,
    strictR,
    strictF1: f1(strictP, strictR),
    relaxedP,
    relaxedR,
    relaxedF1,
    valueAccuracy,
    valueF1: relaxedF1 * valueAccuracy,
  }
}
