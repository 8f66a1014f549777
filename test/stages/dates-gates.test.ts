/**
 * The letter gates of the dates rules' triggers (src/stages/dates/gates.ts) may only skip tests
 * that fail: a sentence a gate refuses must be one its pattern does not match.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { dateRules } from '../../src/stages/dates/extract.js'
import { featuresOf, gateOf, passes } from '../../src/stages/dates/gates.js'
import { splitSentences } from '../../src/text/sentences.js'

/** Sentences of the dev golden texts (holdout cases are left out). */
function goldenSentences(): string[] {
  const root = join(import.meta.dirname, '..', '..', 'fixtures')
  const out: string[] = []
  for (const c of readdirSync(root).sort()) {
    if (c.startsWith('holdout-')) continue
    const file = join(root, c, 'expected.json')
    if (!existsSync(file)) continue
    const text = (JSON.parse(readFileSync(file, 'utf8')) as { document?: { text?: string } }).document?.text ?? ''
    const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
    for (const s of splitSentences(text, lines)) out.push(text.slice(s.start, s.end))
  }
  return out
}

const show = (gate: readonly (readonly number[])[]): string[] =>
  gate.map((term) => term.map((id) => (id < 676 ? String.fromCharCode(97 + Math.floor(id / 26), 97 + (id % 26)) : id < 702 ? String.fromCharCode(97 + id - 676) : '#')).join(' '))

test('gates read letters, adjacent pairs and digits, and require nothing of what may be absent', () => {
  expect(show(gateOf('week'))).toEqual(['ee ek we e k w'])
  expect(show(gateOf('(?:sept|apr)\\.'))).toEqual(['ap pr a p r', 'ep pt se e p s t'])
  expect(show(gateOf('\\d{4}'))).toEqual(['#'])
  expect(show(gateOf('ab?c'))).toEqual(['a c']) // b optional: a and c need not be adjacent
  expect(show(gateOf('a+b'))).toEqual(['a b']) // a repeated letter pairs with nothing (conservative)
  expect(show(gateOf('x|'))).toEqual(['']) // an empty alternative matches anything
  expect(show(gateOf('[Cc]utter'))).toEqual(['er te tt ut e r t u'])
  expect(show(gateOf('(?<![\\w-])no(?=w)'))).toEqual(['no n o'])
  expect(show(gateOf('(a)\\1'))).toEqual(['']) // a back-reference: nothing certain
  expect(show(gateOf('\\u0041'))).toEqual([''])
  expect(show(gateOf('\\bH\\b|\\bQ'))).toEqual(['h', 'q'])
})

test('features of a sentence fold case and pair only adjacent ASCII letters', () => {
  const f = featuresOf('Ab-c 9 é')
  expect(passes(gateOf('ab'), f)).toBe(true)
  expect(passes(gateOf('bc'), f)).toBe(false)
  expect(passes(gateOf('\\d'), f)).toBe(true)
  expect(passes(gateOf('e'), f)).toBe(false)
})

test("no rule's gate refuses a sentence its trigger or its pattern matches, on every dev golden sentence", () => {
  const sentences = goldenSentences()
  expect(sentences.length).toBeGreaterThan(500)
  let refused = 0
  for (const rule of dateRules) {
    for (const re of [rule.trigger, rule.re].filter((r): r is RegExp => r !== undefined)) {
      const gate = gateOf(re.source)
      const probe = new RegExp(re.source, re.flags.replace('g', ''))
      for (const s of sentences) {
        const ok = passes(gate, featuresOf(s))
        if (!ok) refused++
        if (!ok) expect(probe.test(s), `${rule.name} /${re.source}/ on ${JSON.stringify(s)}`).toBe(false)
      }
    }
  }
  // The gates must also be worth having: most trigger tests are refused.
  expect(refused).toBeGreaterThan(sentences.length * 10)
})
