/**
 * The word-start gates of the events stage (src/stages/events/word-starts.ts) may only skip work
 * that finds nothing: trigger matches and topics must be exactly those of the plain scans.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { findTopics } from '../../src/stages/events/frames.js'
import { triggerScans } from '../../src/stages/events/triggers.js'
import { literalPrefix, PrefixIndex } from '../../src/stages/events/word-starts.js'
import { topLevelAlternatives } from '../../src/text/regex-source.js'

function goldenTexts(): Array<[string, string]> {
  const root = join(import.meta.dirname, '..', '..', 'fixtures')
  const out: Array<[string, string]> = []
  for (const c of readdirSync(root).sort()) {
    const file = join(root, c, 'expected.json')
    if (!existsSync(file)) continue
    const text = (JSON.parse(readFileSync(file, 'utf8')) as { document?: { text?: string } }).document?.text ?? ''
    if (text) out.push([c, text])
  }
  return out
}

test('literal prefixes of pattern sources', () => {
  expect(literalPrefix('maritime security')).toBe('mar')
  expect(literalPrefix('gangs?')).toBe('gan')
  expect(literalPrefix('at?')).toBe('a')
  expect(literalPrefix('ab+c')).toBe('ab')
  expect(literalPrefix('cyber ?security')).toBe('cyb')
  expect(literalPrefix('WPS')).toBe('WPS')
  expect(literalPrefix('(?:a|b)c')).toBe('')
  expect(literalPrefix('[ab]c')).toBe('')
  expect(literalPrefix('x|y')).toBe('')
  expect(literalPrefix('Haiti’s security')).toBe('Hai')
  expect(literalPrefix('ö-x')).toBe('')
  expect(topLevelAlternatives('a(?:b|c)|[|]d|e\\|f')).toEqual(['a(?:b|c)', '[|]d', 'e\\|f'])
})

test('the prefix index finds every word start holding a prefix, in any case, and nothing else', () => {
  const index = new PrefixIndex()
  index.add('vis', 1)
  index.add('co', 2)
  const text = 'Visit re-visit co-host VISITS revisit _vis co\u00e9 xco C\u00f6 vi co'
  const { positions, masks } = index.scan(text)
  const expected: Array<[number, number]> = []
  for (const m of text.matchAll(/(?<![\w-])(?:(vis)|(co))/gi)) expected.push([m.index, m[1] ? 1 : 2])
  expect(positions.map((p, i) => [p, masks[i]])).toEqual(expected)
})

test('the trigger scan at word starts finds what the chunked scan finds, on every golden text and on edge cases', () => {
  const texts = goldenTexts().map(([, t]) => t)
  texts.push('MET WITH the Minister; co-hosted, Co‐hosted and cohosted. Visited-visit visit’s VISIT', 'visit', 'vi', '')
  let found = 0
  for (const t of texts) {
    const a = triggerScans.atStarts(t).map((m) => `${m.start}:${m.text}:${m.alt.form}`)
    const b = triggerScans.byScan(t).map((m) => `${m.start}:${m.text}:${m.alt.form}`)
    found += b.length
    expect(a).toEqual(b)
  }
  expect(found).toBeGreaterThan(1000)
})

test('gated topics equal every topic pattern run on the clause, for every sentence and sliding window of the golden texts', () => {
  let found = 0
  for (const [, text] of goldenTexts()) {
    const spans: Array<{ start: number; end: number }> = []
    for (const m of text.matchAll(/[^.;\n]+/g)) spans.push({ start: m.index, end: m.index + m[0].length })
    // Windows that start and end inside words too.
    for (let s = 0; s < text.length; s += 97) spans.push({ start: s, end: Math.min(text.length, s + 151) })
    for (const span of spans) {
      const gated = findTopics(text, span, [], [])
      const plain = findTopics(text, span, [], [], false)
      found += plain.length
      expect(gated).toEqual(plain)
    }
  }
  expect(found).toBeGreaterThan(100)
})
