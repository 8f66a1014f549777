/**
 * The trigger forms are one ordered alternation compiled in chunks (one regular expression of
 * that size falls out of V8's compiled tier and runs about forty times slower): the chunked scan
 * must find exactly what the single alternation finds, on every golden text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { triggerAlternatives, triggerChunks } from '../../src/stages/events/lexicon.js'
import { triggerMatches } from '../../src/stages/events/triggers.js'

const head = '(?<![\\w-])(?:'
const tail = ')(?![\\w-])'
const single = new RegExp(
  head + triggerChunks.map(({ pattern }) => pattern.source.slice(head.length, pattern.source.length - tail.length)).join('|') + tail,
  'gi',
)

function singleScan(text: string): string[] {
  const out: string[] = []
  single.lastIndex = 0
  for (let m = single.exec(text); m !== null; m = single.exec(text)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined)
    out.push(`${m.index}:${m[0]}:${triggerAlternatives[group - 1]?.form}`)
  }
  return out
}

test('several chunks, each a prefix-free slice of the alternation', () => {
  expect(triggerChunks.length).toBeGreaterThan(1)
  expect(triggerChunks.every((c) => c.pattern.source.startsWith(head) && c.pattern.source.endsWith(tail))).toBe(true)
  const groups = triggerChunks.reduce((n, c) => n + (c.pattern.source.match(/(?<!\\)\((?!\?)/g) ?? []).length, 0)
  expect(groups).toBeGreaterThanOrEqual(triggerAlternatives.length)
})

test('the chunked scan finds what the single alternation finds, on every golden text', () => {
  const root = join(import.meta.dirname, '..', '..', 'fixtures')
  let texts = 0
  let found = 0
  for (const c of readdirSync(root)) {
    const file = join(root, c, 'expected.json')
    if (!existsSync(file)) continue
    const text = (JSON.parse(readFileSync(file, 'utf8')) as { document?: { text?: string } }).document?.text ?? ''
    if (!text) continue
    texts++
    const chunked = triggerMatches(text, 0, text.length).map((m) => `${m.start}:${m.text}:${m.alt.form}`)
    const expected = singleScan(text)
    found += expected.length
    expect(chunked, c).toEqual(expected)
  }
  expect(texts).toBeGreaterThan(50)
  expect(found).toBeGreaterThan(1000)
})
