/**
 * Gates for the rules' triggers: the letter pairs, letters and digits a match of a regular
 * expression must contain, read from its source once, and those a sentence holds, read in one
 * pass over it. A trigger none of whose terms the sentence holds cannot match it, so its test is
 * skipped: most of the 32 triggers fail on most sentences, and each failing test scanned the
 * whole sentence.
 *
 * A gate is a list of terms (sets of features); every match of the pattern holds all the
 * features of at least one term. It is a necessary condition only, and conservative: whatever
 * the reader does not understand (an escape it cannot size, a back-reference) makes the whole
 * pattern require nothing. Features are case-folded ASCII letters, pairs of adjacent ASCII
 * letters, and "a digit". Without the `u` flag, `i` folds no character outside ASCII onto an
 * ASCII letter, so the features are exact for case-insensitive and case-sensitive patterns alike.
 */
import { topLevelAlternatives } from '../../text/regex-source.js'

/** Feature ids: a pair of letters a–z (0–675), a letter (676–701), a digit (702). */
const LETTER = 676
const DIGIT = 702
const WORDS = 22 // 704 bits

/** What a sentence holds: one bit per feature. */
export type Features = Uint32Array

const letterOf = (c: number): number => {
  const l = c | 32
  return l >= 97 && l <= 122 ? l - 97 : -1
}

/** The features `s` holds, into `into` (cleared first). */
export function featuresOf(s: string, into: Features = new Uint32Array(WORDS)): Features {
  into.fill(0)
  let prev = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const l = c >= 65 && c <= 122 ? letterOf(c) : -1
    if (l >= 0) {
      const id = LETTER + l
      into[id >> 5]! |= 1 << (id & 31)
      if (prev >= 0) {
        const pair = prev * 26 + l
        into[pair >> 5]! |= 1 << (pair & 31)
      }
    } else if (c >= 48 && c <= 57) into[DIGIT >> 5]! |= 1 << (DIGIT & 31)
    prev = l
  }
  return into
}

/** A gate: terms of feature ids; an empty term (nothing required) passes everything. */
export type Gate = readonly (readonly number[])[]

/** Whether a sentence with `features` passes `gate`. */
export function passes(gate: Gate, features: Features): boolean {
  for (let t = 0; t < gate.length; t++) {
    const term = gate[t]!
    let all = true
    for (let k = 0; k < term.length; k++) {
      const id = term[k]!
      if ((features[id >> 5]! & (1 << (id & 31))) === 0) {
        all = false
        break
      }
    }
    if (all) return true
  }
  return false
}

/** Thrown inside the reader for syntax it does not size; the whole source then requires nothing. */
class Unknown extends Error {}

/** Most terms a gate keeps; beyond, its terms collapse into what they all share. */
const MAX_TERMS = 64

type Term = ReadonlySet<number>

/** The gate of the regular-expression `source`: `[[]]` when nothing is certain. */
export function gateOf(source: string): Gate {
  let terms: Term[]
  try {
    terms = alternation(source).terms
  } catch (error) {
    if (error instanceof Unknown) return [[]]
    throw error
  }
  return terms.map((t) => [...t].sort((a, b) => a - b))
}

/** A piece of a pattern: its terms, and the letter it always starts or ends with when it is one plain letter. */
interface Piece {
  readonly terms: Term[]
  readonly letter: number
}

const union = (a: Term, b: Term): Term => (a.size === 0 ? b : b.size === 0 ? a : new Set([...a, ...b]))
const includes = (a: Term, b: Term): boolean => [...b].every((x) => a.has(x))

/** Without duplicates or a term that includes another (it passes only when that one does); capped. */
function simplify(terms: Term[]): Term[] {
  const kept: Term[] = []
  for (const t of [...terms].sort((a, b) => a.size - b.size)) if (!kept.some((k) => includes(t, k))) kept.push(t)
  if (kept.length <= MAX_TERMS) return kept
  return [new Set([...kept[0]!].filter((x) => kept.every((k) => k.has(x))))]
}

/** A source that may hold top-level alternatives: a match holds one of their terms. */
function alternation(source: string): Piece {
  const alts = topLevelAlternatives(source).map(sequence)
  return { terms: simplify(alts.flatMap((a) => a.terms)), letter: -1 }
}

/** Index of the `]` closing the class opened at `i`. */
function classEnd(source: string, i: number): number {
  let j = i + 1
  if (source[j] === '^') j++
  if (source[j] === ']') j++
  for (; j < source.length; j++) {
    if (source[j] === '\\') j++
    else if (source[j] === ']') return j
  }
  throw new Unknown()
}

/** Index of the `)` closing the group opened at `i`. */
function groupEnd(source: string, i: number): number {
  let depth = 0
  for (let j = i; j < source.length; j++) {
    const ch = source[j]!
    if (ch === '\\') j++
    else if (ch === '[') j = classEnd(source, j)
    else if (ch === '(') depth++
    else if (ch === ')' && --depth === 0) return j
  }
  throw new Unknown()
}

const NOTHING: Piece = { terms: [new Set()], letter: -1 }

/**
 * One alternative: every combination of one term per element; an element that may occur zero
 * times requires nothing. Two plain letters in a row, each exactly once, require their pair.
 */
function sequence(alt: string): Piece {
  let terms: Term[] = [new Set()]
  let last = -1 // the plain letter just before, when the element before was one
  let i = 0
  while (i < alt.length) {
    const ch = alt[i]!
    let element: Piece = NOTHING
    let next = i + 1
    if (ch === '\\') {
      const e = alt[i + 1]
      if (e === undefined || /[uxcpPk0-9]/.test(e)) throw new Unknown()
      if (e === 'd') element = { terms: [new Set([DIGIT])], letter: -1 }
      next = i + 2
    } else if (ch === '[') {
      next = classEnd(alt, i) + 1
    } else if (ch === '(') {
      const end = groupEnd(alt, i)
      let inner = alt.slice(i + 1, end)
      if (inner.startsWith('?')) {
        if (inner.startsWith('?:')) inner = inner.slice(2)
        else if (/^\?<[A-Za-z]/.test(inner)) inner = inner.slice(inner.indexOf('>') + 1)
        else inner = '' // a lookaround consumes nothing here: require nothing of it
      }
      element = inner === '' ? NOTHING : alternation(inner)
      next = end + 1
    } else if (ch === ')' || ch === ']' || ch === '|') {
      throw new Unknown()
    } else if (ch !== '.' && ch !== '^' && ch !== '$') {
      const c = ch.charCodeAt(0)
      const l = c < 128 ? letterOf(c) : -1
      if (l >= 0) element = { terms: [new Set([LETTER + l])], letter: l }
      else if (c >= 48 && c <= 57) element = { terms: [new Set([DIGIT])], letter: -1 }
    }
    const q = alt[next]
    let exactlyOnce = true
    // A quantifier that allows zero repetitions makes the element optional.
    if (q === '?' || q === '*' || (q === '{' && /^\{0\s*[,}]/.test(alt.slice(next)))) element = NOTHING
    if (q === '?' || q === '*' || q === '+') {
      next++
      exactlyOnce = false
    } else if (q === '{') {
      const close = alt.indexOf('}', next)
      if (close < 0) throw new Unknown()
      exactlyOnce = /^\{1\}$/.test(alt.slice(next, close + 1))
      next = close + 1
    }
    if (alt[next] === '?') next++ // lazy
    const letter = exactlyOnce ? element.letter : -1
    let add = element.terms
    if (letter >= 0 && last >= 0) add = [new Set([LETTER + letter, last * 26 + letter])]
    if (add.length === 1) {
      const only = add[0]!
      if (only.size > 0) terms = terms.map((t) => union(t, only))
    } else {
      terms = simplify(terms.flatMap((t) => add.map((e) => union(t, e))))
    }
    last = letter
    i = next
  }
  return { terms, letter: -1 }
}
