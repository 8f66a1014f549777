/**
 * Shortcuts of the clean stage must give what the plain computations give: the chrome-line
 * prefilter (src/stages/clean/chrome.ts) and the capped body word count (index.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { chromeProbe, chromeRuleOf } from '../../src/stages/clean/chrome.js'
import chromeData from '../../src/stages/clean/data/chrome-lines.json' with { type: 'json' }
import { countWords } from '../../src/stages/clean/index.js'
import { hasToken } from '../../src/stages/clean/select.js'
import { normalizeBlock, normalizeLine } from '../../src/stages/clean/normalize.js'

/** Lines of the dev fixtures' inputs and golden texts (holdout cases are left out). */
function devLines(): string[] {
  const root = join(import.meta.dirname, '..', '..', 'fixtures')
  const out: string[] = []
  for (const c of readdirSync(root).sort()) {
    if (c.startsWith('holdout-')) continue
    const dir = join(root, c)
    if (!statSync(dir).isDirectory()) continue
    const input = readdirSync(dir).find((f) => f.startsWith('input.'))
    if (input) out.push(...readFileSync(join(dir, input), 'utf8').replace(/<[^>]*>/g, '\n').split('\n'))
    const file = join(dir, 'expected.json')
    if (existsSync(file)) out.push(...((JSON.parse(readFileSync(file, 'utf8')) as { document?: { text?: string } }).document?.text ?? '').split('\n'))
  }
  return out.map((l) => l.trim()).filter((l) => l.length > 0)
}

const rules = chromeData.lines.map((l) => ({ id: l.id, re: new RegExp(l.pattern, 'i'), end: l.end ?? false }))

function plainChromeRuleOf(line: string): { id: string; end: boolean } | null {
  if (line.length > 300) return null
  const probe = chromeProbe(line)
  for (const r of rules) if (r.re.test(probe)) return { id: r.id, end: r.end }
  return null
}

test('the chrome prefilter changes no line’s rule, on every dev line and on lines each rule matches', () => {
  const lines = [
    ...devLines(),
    'Related resources', 'see external resources:', 'Share', 'Back to top', '### ', 'Photo by John Doe', 'Home > News > Item',
    'An official website of the United States government', 'Copyright © 2024 All rights reserved.', 'x related resources',
  ]
  expect(lines.length).toBeGreaterThan(1000)
  let matched = 0
  for (const line of lines) {
    const want = plainChromeRuleOf(line)
    if (want) matched++
    expect(chromeRuleOf(line), line).toEqual(want)
  }
  expect(matched).toBeGreaterThan(10)
})

test('the capped word count is the split-and-filter count up to the cap', () => {
  const plain = (t: string): number => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
  const samples = [
    '', '   ', 'one', ' one two ', 'a — b', '— – …', 'x\u00a0y\u2003z', 'É\tñ\n9', '😀 😀x 𝐀 ---', '\ufeffword\u3000word',
    'a'.repeat(5) + ' ' + '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17',
    ...devLines().slice(0, 400),
  ]
  for (const t of samples) {
    for (const cap of [1, 3, 15, 1000]) expect(countWords(t, cap), `${JSON.stringify(t)} cap ${cap}`).toBe(Math.min(cap, plain(t)))
  }
})

test('a class token test without splitting gives what split-and-includes gives', () => {
  const lists = ['', 'a', ' a', 'a ', 'ab a', 'xa ab', 'a\u00a0b', 'b\ta\n', 'aa', 'content entry-content', 'entry-content-x', 'x-entry-content', '\u2003entry-content\u3000']
  for (const list of lists) {
    for (const token of ['a', 'b', 'ab', 'entry-content', 'content']) {
      expect(hasToken(list, token), `${JSON.stringify(list)} ${token}`).toBe(list.split(/\s+/).includes(token))
    }
  }
})

test('normalizing a line or a block that needs nothing returns it; every special character still goes', () => {
  const plainLine = (t: string): string =>
    t.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '').replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').replace(/ {2,}/g, ' ').trim() // eslint-disable-line no-control-regex
  const plainBlock = (t: string): string => plainLine(t.replace(/[\r\n\u2028\u2029]+/g, ' '))
  const samples = [...devLines().slice(0, 2000), '', ' ', 'a  b', ' a', 'a ', 'a\u00a0b', 'a\u00adb', 'a\u200bb', 'x\u2028y', 'x\ny', 'x\u0085y', 'x\u007fy', 'x\u3000', '\ufeffx', 'é ü — “q”', 'a\u2009b', 'a\u200eb', 'a\u1680b', 'a\u205fb', 'a\u2060b']
  for (const t of samples) {
    expect(normalizeLine(t), JSON.stringify(t)).toBe(plainLine(t))
    expect(normalizeBlock(t), JSON.stringify(t)).toBe(plainBlock(t))
  }
})
