import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { fold, tokenize } from '../src/gazetteers/tokens.js'

/**
 * The tokenizer scans char codes; this is the regular expression it replaced, kept as the
 * reference: words are runs of letters, marks and digits, every other non-space character is a
 * token of its own.
 */
function reference(text: string) {
  const out: { start: number; end: number; text: string; isWord: boolean; cap: boolean; upper: boolean; breakBefore: boolean; glued: boolean }[] = []
  let prevEnd = 0
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu)) {
    const t = m[0]
    const start = m.index
    const isWord = t.length > 1 || /[\p{L}\p{M}\p{N}]/u.test(t)
    const cap = isWord && t[0] !== t[0]?.toLowerCase() && t[0] === t[0]?.toUpperCase()
    const upper = cap && t.length >= 2 && t === t.toUpperCase() && [...t].filter((c) => c !== c.toLowerCase()).length >= 2
    out.push({ start, end: start + t.length, text: t, isWord, cap, upper, breakBefore: out.length === 0 || /[\r\n]/.test(text.slice(prevEnd, start)), glued: out.length > 0 && start === prevEnd })
    prevEnd = start + t.length
  }
  return out
}

const strip = (tokens: ReturnType<typeof tokenize>) => tokens.map(({ norm: _norm, lex: _lex, ...rest }) => rest)

describe('tokenize', () => {
  const tricky = [
    'Curaçao’s “Zr.Ms. Groningen” — café\u00a0naïve ÉCOLE',
    'U.S.-Caribbean A1B2 12th JTF-Bravo CARICOM’s (CDEMA)',
    'line one\r\nline two\u2028third\tfourth\u200bfifth',
    'Σίσυφος ΑΘΗΝΑ İstanbul ǅemal DŽ Ø',
    '𝐀𝐁 😀x \ud800 lone \udc00 surrogates',
    '',
    '   ',
  ]
  test('splits as the Unicode regular expression does, on tricky strings', () => {
    for (const text of tricky) expect(strip(tokenize(text))).toEqual(reference(text))
  })

  test('splits as the Unicode regular expression does, on every fixture input', () => {
    const root = fileURLToPath(new URL('../fixtures', import.meta.url))
    let checked = 0
    for (const name of readdirSync(root)) {
      if (name.startsWith('holdout') || name.endsWith('.md')) continue
      for (const file of readdirSync(join(root, name))) {
        if (!file.startsWith('input.')) continue
        const text = readFileSync(join(root, name, file), 'utf8')
        expect(strip(tokenize(text))).toEqual(reference(text))
        checked++
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  test('folds each token the way fold() folds it', () => {
    for (const text of tricky) for (const t of tokenize(text)) expect(t.norm).toBe(fold(t.text))
  })

  test('a word that names an Object.prototype property folds to itself', () => {
    expect(tokenize('toString constructor Constructor').map((t) => t.norm)).toEqual(['tostring', 'constructor', 'constructor'])
    expect(fold('toString')).toBe('tostring')
  })
})
