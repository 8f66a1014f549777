/**
 * The peer row of `eval timex`: chrono-node's casual parser alone, its result turned into a
 * TimeML value at the precision of the components chrono is certain of.
 */
import * as chrono from 'chrono-node'
import type { ParsedComponents } from 'chrono-node'
import type { PredictedTimex } from './timex-score.js'

const pad = (n: number, w = 2): string => String(n).padStart(w, '0')

function componentsValue(c: ParsedComponents): { value: string; time: boolean } {
  const y = pad(c.get('year') ?? 0, 4)
  const m = pad(c.get('month') ?? 1)
  const d = pad(c.get('day') ?? 1)
  if (c.isCertain('hour')) return { value: `${y}-${m}-${d}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`, time: true }
  if (c.isCertain('day') || c.isCertain('weekday')) return { value: `${y}-${m}-${d}`, time: false }
  if (c.isCertain('month')) return { value: `${y}-${m}`, time: false }
  if (c.isCertain('year')) return { value: y, time: false }
  return { value: `${y}-${m}-${d}`, time: false }
}

// chrono keeps the comma or space after "Friday," or "August 8 "; TimeML extents never do.
const TRAILING = /[\s,.;:!?'")\]]+$/

/**
 * chrono.casual over the whole text, reference at local noon of `reference` (a fixed date when
 * there is none: no clock read).
 */
export function chronoPredict(text: string, reference: string | null): PredictedTimex[] {
  const ref = reference ? referenceInstant(reference) : new Date(2000, 0, 1, 12)
  return chrono.casual.parse(text, ref).map((r) => {
    const { value, time } = componentsValue(r.start)
    const trimmed = r.text.replace(TRAILING, '')
    return { start: r.index, end: r.index + trimmed.length, text: trimmed, type: time ? 'TIME' : 'DATE', value }
  })
}

function referenceInstant(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12)
}
