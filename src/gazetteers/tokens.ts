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
}

const ASCII = /^[\x00-\x7f]*$/
const ASCII_TOKEN = /[A-Za-z0-9]+|[^\sA-Za-z0-9]/g
const PUNCT_FOLD: Readonly<Record<string, string>> = {
  '’': "'",
  '‘': "'",
  '`': "'",
  '“': '"',
  '”': '"',
  '‐': '-',
  '‑': '-',
}

/** Folds one token or string for lookups: "Curaçao" -> "curacao", "’" -> "'". */
export function fold(text: string): string {
  const mapped = PUNCT_FOLD[text]
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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let prevEnd = 0
  // The native regex engine is several times faster than a JavaScript scanner here.
  const re = new RegExp(UNICODE_TOKEN.source, 'gu')
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const t = m[0]
    const start = m.index
    const end = start + t.length
    let gapBreak = false
    for (let k = prevEnd; k < start; k++) {
      const c = text.charCodeAt(k)
      if (c === 10 || c === 13) {
        gapBreak = true
        break
      }
    }
    const c0 = t.charCodeAt(0)
    const isWord = c0 < 128 ? (c0 >= 48 && c0 <= 57) || (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : t.length > 1 || WORD.test(t)
    // ASCII fast paths; other scripts go through toUpperCase/toLowerCase.
    let cap = false
    if (isWord) cap = c0 < 128 ? c0 >= 65 && c0 <= 90 : t[0] !== t[0]?.toLowerCase() && t[0] === t[0]?.toUpperCase()
    let upper = false
    if (cap && t.length >= 2 && t === t.toUpperCase()) {
      let letters = 0
      for (let k = 0; k < t.length && letters < 2; k++) if (t[k] !== t[k]?.toLowerCase()) letters++
      upper = letters >= 2
    }
    tokens.push({
      start,
      end,
      text: t,
      norm: foldToken(t),
      isWord,
      cap,
      upper,
      breakBefore: tokens.length === 0 || gapBreak,
      glued: tokens.length > 0 && start === prevEnd,
    })
    prevEnd = end
  }
  return tokens
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
