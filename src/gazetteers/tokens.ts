/**
 * The one tokenizer gazetteer aliases and documents share, so a trie key built from an alias
 * lines up with the tokens of a text. Words are runs of letters and digits; every other
 * non-space character is a token of its own ("U.S." is U . S .), which keeps offsets exact.
 */

export interface Token {
  readonly start: number
  readonly end: number
  readonly text: string
  /** Folded: no diacritics, lower case, curly quotes and hyphen variants made plain. */
  readonly norm: string
  readonly isWord: boolean
  /** Starts with an upper-case letter. */
  readonly cap: boolean
  /** Has two or more letters, all upper case ("CARICOM"). */
  readonly upper: boolean
  /** The gap before this token holds a line break (or this is the first token). */
  readonly breakBefore: boolean
  /** The gap before this token is empty ("U.S" has none between U and .). */
  readonly glued: boolean
  /** What the token's text alone decides, shared by every token of that text. */
  readonly lex: Lexeme
}

const ASCII = /^[\x00-\x7f]*$/
const ASCII_TOKEN = /[A-Za-z0-9]+|[^\sA-Za-z0-9]/g
// A Map, not an object literal: "toString" or "constructor" must not find Object.prototype's.
const PUNCT_FOLD: ReadonlyMap<string, string> = new Map([
  ['’', "'"],
  ['‘', "'"],
  ['`', "'"],
  ['“', '"'],
  ['”', '"'],
  ['‐', '-'],
  ['‑', '-'],
])

/** Folds one token or string for lookups: "Curaçao" -> "curacao", "’" -> "'". */
export function fold(text: string): string {
  const mapped = PUNCT_FOLD.get(text)
  if (mapped) return mapped
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
}

/**
 * Folded forms of the tokens met so far: the same few thousand words recur in every document, and
 * a lookup is cheaper than testing and lower-casing each again. Bounded, so a stream of unique
 * tokens cannot grow it without end; a pure function's cache, it never changes a result.
 */
const FOLDED = new Map<string, string>()
const FOLDED_MAX = 100_000

function foldToken(text: string): string {
  // Lower-case ASCII words and digits (most tokens) are their own folded form.
  let plain = true
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) {
      plain = false
      break
    }
  }
  if (plain) return text
  let norm = FOLDED.get(text)
  if (norm === undefined) {
    norm = fold(text)
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear()
    FOLDED.set(text, norm)
  }
  return norm
}

const WORD = /[\p{L}\p{M}\p{N}]/u
/** A word (letters, marks, digits) or any other single non-space character. */
const UNICODE_TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu
const SPACE = /\s/

/**
 * The Unicode classes of code units outside ASCII, as the regular expressions answer them, kept
 * per process by code unit (a pure function's memo): 0 not asked yet, then WORD_UNIT / SPACE_UNIT
 * bits, or OTHER_UNIT. Curly quotes, dashes and accented letters recur in every text.
 */
const UNIT_CLASS = new Uint8Array(0x10000)
const WORD_UNIT = 1
const SPACE_UNIT = 2
const OTHER_UNIT = 4

function unitClass(c: number): number {
  let cls = UNIT_CLASS[c] as number
  if (cls === 0) {
    const ch = String.fromCharCode(c)
    cls = (WORD.test(ch) ? WORD_UNIT : 0) | (SPACE.test(ch) ? SPACE_UNIT : 0) || OTHER_UNIT
    UNIT_CLASS[c] = cls
  }
  return cls
}

/** Letters, digits and marks outside ASCII (one code unit; surrogate pairs are tested whole). */
function wordUnit(text: string, k: number, c: number): number {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0
  if (c >= 0xd800 && c <= 0xdbff && k + 1 < text.length) {
    const low = text.charCodeAt(k + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return WORD.test(text.slice(k, k + 2)) ? 2 : 0
  }
  // A lone surrogate is a code unit of its own to the regular expression too.
  return (unitClass(c) & WORD_UNIT) !== 0 ? 1 : 0
}

function isSpace(c: number, _text: string, _k: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return (unitClass(c) & SPACE_UNIT) !== 0
}

/**
 * What a token's text alone decides: its folded form and its case. Every token of the same text
 * shares one (a per-process table, bounded), so a known word costs no new strings: its text and
 * folded form are the canonical strings, whose hashes every later lookup reuses.
 */
export interface Lexeme {
  readonly text: string
  readonly norm: string
  /** Whether the scan read it as a word (the first unit a letter, mark or digit). */
  readonly scannedWord: boolean
  readonly isWord: boolean
  readonly cap: boolean
  readonly upper: boolean
  /** Another lexeme of the same hash. */
  next: Lexeme | undefined
  /**
   * A one-entry memo for the token trie's first step (see matchTrie): the first-level map last
   * asked, and what it holds for this lexeme's folded form. A lookup in a map of thousands of words
   * costs more than reading these back.
   */
  firstOf: ReadonlyMap<string, unknown> | null
  first: unknown
}

/** Lexemes by a hash of their code units (a small integer, so the Map hashes nothing itself). */
const LEXEMES = new Map<number, Lexeme>()
let lexemeCount = 0
const LEXEMES_MAX = 100_000

/**
 * A small direct-mapped cache in front of LEXEMES, by the hash's low bits: the common words of
 * every text ("the", "of", ",") stay in it and cost no map lookup.
 */
const RECENT_BITS = 12
const RECENT_HASH = new Int32Array(1 << RECENT_BITS).fill(-1)
const RECENT: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(1 << RECENT_BITS).fill(undefined)

function sameText(lex: Lexeme, text: string, start: number, length: number, word: boolean): boolean {
  if (lex.text.length !== length || lex.scannedWord !== word) return false
  for (let m = 0; m < length; m++) if (lex.text.charCodeAt(m) !== text.charCodeAt(start + m)) return false
  return true
}

function lexemeAt(text: string, start: number, end: number, hash: number, word: boolean): Lexeme {
  const length = end - start
  const slot = hash & ((1 << RECENT_BITS) - 1)
  if (RECENT_HASH[slot] === hash) {
    const recent = RECENT[slot] as Lexeme
    if (sameText(recent, text, start, length, word)) return recent
  }
  let lex = LEXEMES.get(hash)
  while (lex !== undefined && !sameText(lex, text, start, length, word)) lex = lex.next
  if (lex === undefined) {
    if (lexemeCount >= LEXEMES_MAX) {
      LEXEMES.clear()
      lexemeCount = 0
    }
    lex = makeLexeme(text.slice(start, end), word, LEXEMES.get(hash))
    LEXEMES.set(hash, lex)
    lexemeCount++
  }
  RECENT_HASH[slot] = hash
  RECENT[slot] = lex
  return lex
}

function makeLexeme(t: string, word: boolean, next: Lexeme | undefined): Lexeme {
  const c = t.charCodeAt(0)
  let ascii = true
  for (let m = 0; m < t.length; m++) if (t.charCodeAt(m) >= 128) ascii = false
  // As before: a non-word character outside the BMP (two code units) counted as a word.
  const isWord = word || (c >= 128 && t.length > 1)
  let cap = false
  if (isWord) cap = c < 128 ? c >= 65 && c <= 90 : t[0] !== t[0]?.toLowerCase() && t[0] === t[0]?.toUpperCase()
  let upper = false
  if (cap && t.length >= 2) {
    if (ascii) {
      let letters = 0
      upper = true
      for (let m = 0; m < t.length; m++) {
        const d = t.charCodeAt(m)
        if (d >= 97 && d <= 122) {
          upper = false
          break
        }
        if (d >= 65 && d <= 90) letters++
      }
      upper = upper && letters >= 2
    } else if (t === t.toUpperCase()) {
      let letters = 0
      for (let m = 0; m < t.length && letters < 2; m++) if (t[m] !== t[m]?.toLowerCase()) letters++
      upper = letters >= 2
    }
  }
  const norm = ascii && isWord ? (cap || hasUpper(t) ? t.toLowerCase() : t) : foldToken(t)
  return { text: internalized(t), norm: internalized(norm), scannedWord: word, isWord, cap, upper, next, firstOf: null, first: undefined }
}

/**
 * The engine's canonical copy of a string (the one property names use): comparing two such
 * strings is comparing pointers, and their hashes are computed once. The rules compare token
 * texts with literals ("the", "of", "(") everywhere, and the gazetteers' word lists and head
 * words keep their keys internalized too (build.ts), so a lookup that finds a word finds the same
 * pointer.
 */
export function internalized(s: string): string {
  const holder: Record<string, 0> = { [s]: 0 }
  for (const key in holder) return key
  return s
}

/**
 * Splits text into words (runs of letters, marks and digits) and single other characters, as
 * UNICODE_TOKEN would: a scan over char codes, with the Unicode classes consulted only for
 * characters outside ASCII (test/gazetteers-tokens.test.ts holds the two equal). Each token's
 * text, folded form and case come from its lexeme (see Lexeme).
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  const n = text.length
  let prevEnd = 0
  let k = 0
  let gapBreak = false
  while (k < n) {
    const c = text.charCodeAt(k)
    if (isSpace(c, text, k)) {
      if (c === 10 || c === 13) gapBreak = true
      k++
      continue
    }
    const start = k
    let hash = c
    let step = wordUnit(text, k, c)
    const word = step > 0
    if (word) {
      if (step === 2) hash = Math.imul(hash, 31) + text.charCodeAt(k + 1)
      k += step
      while (k < n) {
        const d = text.charCodeAt(k)
        // ASCII letters and digits (most of every text) need no further test.
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) {
          hash = Math.imul(hash, 31) + d
          k++
          continue
        }
        step = wordUnit(text, k, d)
        if (step === 0) break
        hash = Math.imul(hash, 31) + d
        if (step === 2) hash = Math.imul(hash, 31) + text.charCodeAt(k + 1)
        k += step
      }
    } else {
      // One non-word character (a surrogate pair counts as one, as the regex's /u reads it).
      const low = text.charCodeAt(k + 1)
      if (c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        hash = Math.imul(hash, 31) + low
        k += 2
      } else k++
    }
    const lex = lexemeAt(text, start, k, hash & 0x3fffffff, word)
    tokens.push({
      start,
      end: k,
      text: lex.text,
      norm: lex.norm,
      isWord: lex.isWord,
      cap: lex.cap,
      upper: lex.upper,
      breakBefore: tokens.length === 0 || gapBreak,
      glued: tokens.length > 0 && start === prevEnd,
      lex,
    })
    prevEnd = k
    gapBreak = false
  }
  return tokens
}

function hasUpper(t: string): boolean {
  for (let m = 1; m < t.length; m++) {
    const d = t.charCodeAt(m)
    if (d >= 65 && d <= 90) return true
  }
  return false
}

/** Tokens of a short string (an alias) with only what trie keys need: cheaper than tokenize(). */
export function lightTokens(text: string): { text: string; norm: string; isWord: boolean }[] {
  const out: { text: string; norm: string; isWord: boolean }[] = []
  // Plain ASCII (most aliases): the native regex engine splits it fastest.
  if (ASCII.test(text)) {
    for (const t of text.match(ASCII_TOKEN) ?? []) {
      const c = t.charCodeAt(0)
      const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
      out.push({ text: t, norm: isWord ? t.toLowerCase() : fold(t), isWord })
    }
    return out
  }
  // Other scripts: the same Unicode regex tokenize() uses.
  for (const t of text.match(UNICODE_TOKEN) ?? []) out.push({ text: t, norm: fold(t), isWord: t.length > 1 || WORD.test(t) })
  return out
}


/** Hyphens inside a name are optional in both aliases and text ("JTF-Bravo" = "JTF Bravo"). */
export function isSkippable(token: Pick<Token, 'norm'>): boolean {
  return token.norm === '-'
}
