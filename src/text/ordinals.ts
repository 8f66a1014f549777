/**
 * Ordinals, in one place: "11th", "Eleventh", "Twenty-First", "inaugural". The words are data
 * (data/ordinals.json), validated when loaded; the events stage reads editions with them, the
 * entities stage a meeting's number before its body ("the Seventh Meeting of …"), merging a
 * name's ordinal as a number.
 */
import { z } from 'zod'
import ordinalData from './data/ordinals.json' with { type: 'json' }

const Ordinals = z.object({
  ordinals: z.record(z.string(), z.number().int().positive()),
  tens: z.record(z.string(), z.number().int().positive()),
  spanish: z.record(z.string(), z.number().int().positive()),
})

const parsed = Ordinals.safeParse(ordinalData)
if (!parsed.success) throw new Error(`text data ordinals.json: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? 'invalid'}`)

/** "first" → 1 … "hundredth" → 100, "inaugural" → 1. */
export const ordinalWords: ReadonlyMap<string, number> = new Map(Object.entries(parsed.data.ordinals))
/** "twenty" → 20 …: the tens that compound with an ordinal word ("twenty-first"). */
export const tensWords: ReadonlyMap<string, number> = new Map(Object.entries(parsed.data.tens))

/** "quinta" → 5: Spanish ordinals, for names compared across reports only ("segundo" is also a second). */
export const spanishOrdinalWords: ReadonlyMap<string, number> = new Map(Object.entries(parsed.data.spanish))

/** "11th" → 11, "Eleventh" → 11, "Twenty-First" → 21, "inaugural" → 1; null for anything else. */
export function parseOrdinal(token: string): number | null {
  const t = token.toLowerCase().trim()
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(t)
  if (digits) return Number(digits[1])
  const direct = ordinalWords.get(t)
  if (direct !== undefined) return direct
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(t)
  if (compound) {
    const tens = tensWords.get(compound[1] ?? '')
    const unit = ordinalWords.get(compound[2] ?? '')
    if (tens !== undefined && unit !== undefined && unit < 10) return tens + unit
  }
  return null
}

/** "XII" → 12, "IV" → 4: a Roman numeral in capitals (I, V, X, L, C), or null. */
export function parseRoman(token: string): number | null {
  if (!/^[IVXLC]+$/.test(token)) return null
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  let total = 0
  for (let i = 0; i < token.length; i++) {
    const v = values[token[i]!] ?? 0
    const next = values[token[i + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return total > 0 ? total : null
}
