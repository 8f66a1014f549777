/**
 * A cheap necessary condition for case-insensitive word patterns: the word starts of a text whose
 * first one to three characters (ASCII, lower-cased) begin some pattern. A pattern guarded by
 * `(?<![\w-])` and beginning with literal characters can match only at such a position, so its
 * regular expression need only run there (or, for a piece of the text, only when the piece holds
 * one). Without the `u` flag, `i` folds no character outside ASCII onto one inside it, so a
 * position whose characters are not ASCII is never a candidate for an ASCII prefix.
 */
import { topLevelAlternatives } from '../../text/regex-source.js'

export interface WordStarts {
  /** Candidate positions, ascending. */
  readonly positions: readonly number[]
  /** For each position, the bits of the patterns whose prefix is there. */
  readonly masks: readonly number[]
}

const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c)

/** [A-Za-z0-9_-]: the characters `(?<![\w-])` refuses before a match. */
export function isWordOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45
}

const keyOf = (length: number, c0: number, c1: number, c2: number): number => length * 2097152 + c0 * 16384 + c1 * 128 + c2

export class PrefixIndex {
  private readonly keys = new Map<number, number>()
  private readonly lengths = [false, false, false, false]
  /** By first character: the bits of every prefix that starts with it. */
  private readonly first = new Int32Array(128)
  /** By first two characters: the bits of every prefix of two or more that starts with them. */
  private readonly firstTwo = new Int32Array(128 * 128)
  /** Bumped by every `add`, so a memoized scan made before one is not reused. */
  version = 0

  /** `prefix`: one to three ASCII characters, matched case-insensitively; `bit`: a power of two (up to 2^30). */
  add(prefix: string, bit: number): void {
    const p = prefix.toLowerCase()
    if (p.length < 1 || p.length > 3 || [...p].some((ch) => ch.charCodeAt(0) >= 128)) throw new Error(`not a 1–3 character ASCII prefix: ${prefix}`)
    const c = [0, 1, 2].map((i) => (i < p.length ? p.charCodeAt(i) : 0))
    const key = keyOf(p.length, c[0]!, c[1]!, c[2]!)
    this.keys.set(key, (this.keys.get(key) ?? 0) | bit)
    this.version++
    this.lengths[p.length] = true
    this.first[c[0]!]! |= bit
    if (p.length > 1) this.firstTwo[c[0]! * 128 + c[1]!]! |= bit
  }

  /** The word starts of `text` (no [\w-] before) where some prefix is. */
  scan(text: string): WordStarts {
    const positions: number[] = []
    const masks: number[] = []
    const n = text.length
    const [, one, two, three] = this.lengths
    for (let p = 0; p < n; p++) {
      if (p > 0 && isWordOrHyphen(text.charCodeAt(p - 1))) continue
      const c0 = lower(text.charCodeAt(p))
      if (c0 >= 128 || this.first[c0] === 0) continue
      let mask = one ? (this.keys.get(keyOf(1, c0, 0, 0)) ?? 0) : 0
      if (p + 1 < n) {
        const c1 = lower(text.charCodeAt(p + 1))
        if (c1 < 128 && this.firstTwo[c0 * 128 + c1] !== 0) {
          if (two) mask |= this.keys.get(keyOf(2, c0, c1, 0)) ?? 0
          if (three && p + 2 < n) {
            const c2 = lower(text.charCodeAt(p + 2))
            if (c2 < 128) mask |= this.keys.get(keyOf(3, c0, c1, c2)) ?? 0
          }
        }
      }
      if (mask !== 0) {
        positions.push(p)
        masks.push(mask)
      }
    }
    return { positions, masks }
  }
}

/** Whether some candidate in `[start, end)` carries `bit`. */
export function anyIn(starts: WordStarts, bit: number, start: number, end: number): boolean {
  const { positions, masks } = starts
  let lo = 0
  let hi = positions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (positions[mid]! < start) lo = mid + 1
    else hi = mid
  }
  for (let i = lo; i < positions.length && positions[i]! < end; i++) if ((masks[i]! & bit) !== 0) return true
  return false
}

/**
 * The literal characters a regular-expression source (one alternative) must begin with, up to
 * three: its leading run of characters that are no syntax, less one that a quantifier allowing
 * none follows. Empty when it starts with syntax or holds an alternation at its top level.
 */
export function literalPrefix(source: string): string {
  if (topLevelAlternatives(source).length > 1) return ''
  let i = 0
  while (i < source.length && !/[\\^$.|?*+()[\]{}]/.test(source[i]!) && source.charCodeAt(i) < 128) i++
  if (i < source.length && /[?*{]/.test(source[i]!)) i--
  return source.slice(0, Math.max(0, Math.min(i, 3)))
}

/**
 * The one index of the events stage: the trigger forms (bit `TRIGGER_BIT`) and the topics (bits
 * 0–29, frames.ts) register their prefixes at module load, and a text is scanned once for both
 * (it was scanned once for each).
 */
export const TRIGGER_BIT = 1 << 30
export const sharedIndex = new PrefixIndex()
let sharedMemo: { text: string; version: number; starts: WordStarts } | null = null

/** `sharedIndex.scan(text)`, computed once per text. */
export function sharedStarts(text: string): WordStarts {
  if (sharedMemo === null || sharedMemo.version !== sharedIndex.version || sharedMemo.text !== text) {
    sharedMemo = { text, version: sharedIndex.version, starts: sharedIndex.scan(text) }
  }
  return sharedMemo.starts
}
