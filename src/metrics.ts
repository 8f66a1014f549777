/** Counts of true/false positives and false negatives, and the precision/recall/F1 table both `check` and `eval extract` print. */

export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Precision, recall and F1; an empty side counts as perfect (nothing expected, nothing found). */
export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp)
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn)
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}

export const countsHeader = 'field            tp    fp    fn      P      R     F1'

export function countsRow(field: string, c: Counts): string {
  const { p, r, f1 } = prf(c)
  return `${field.padEnd(14)} ${String(c.tp).padStart(5)} ${String(c.fp).padStart(5)} ${String(c.fn).padStart(5)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}`
}
