/** The chrono engine's per-sentence parser gates must not change what chrono finds. */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { MONTH_DICTIONARY, WEEKDAY_DICTIONARY } from '../../node_modules/chrono-node/dist/esm/locales/en/constants.js'
import { chronoHits } from '../../src/stages/dates/chrono-engine.js'
import { lexicon } from '../../src/stages/dates/lexicon.js'
import { splitSentences } from '../../src/text/sentences.js'

test("every month and weekday word of chrono's dictionaries and of ours holds a gate's stem", () => {
  const month = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i
  const weekday = /mon|tue|wed|thu|fri|sat|sun|week/i
  expect([...Object.keys(MONTH_DICTIONARY), ...Object.keys(lexicon.months), 'sept'].filter((k) => !month.test(k))).toEqual([])
  expect([...Object.keys(WEEKDAY_DICTIONARY), ...Object.keys(lexicon.weekdays), 'weekend', 'weekday'].filter((k) => !weekday.test(k))).toEqual([])
})

test('the gated engine finds what the whole engine finds, sentence by sentence', () => {
  const root = join(import.meta.dirname, '../../fixtures')
  const sentences: string[] = [
    'The exercise ran 150 troops through 12 ranges.',
    'They met on Wednesday, Nov. 14, at 10 a.m. and again over the weekend.',
    'Talks continue in March; the 2019-2020 season ended 3/4.',
    'Sept. 3 to 5 and 6 May to 10 May 2025, then 2024-05-06T10:00.',
    'At 1400 hours on Tue. the delegation left; Fri 9pm it returned.',
  ]
  for (const c of readdirSync(root).sort()) {
    // Holdout cases are the unseen evaluation set: not read here.
    const file = join(root, c, 'expected.json')
    if (c.startsWith('holdout-') || !existsSync(file)) continue
    const text = (JSON.parse(readFileSync(file, 'utf8')) as { document?: { text?: string } }).document?.text
    if (!text) continue
    for (const s of splitSentences(text, [])) sentences.push(text.slice(s.start, s.end))
  }
  expect(sentences.length).toBeGreaterThan(500)
  const reference = new Date(2024, 4, 15, 12)
  let hits = 0
  for (const s of sentences) {
    const whole = chronoHits(s, reference, true)
    expect(chronoHits(s, reference), s).toEqual(whole)
    hits += whole.length
  }
  expect(hits).toBeGreaterThan(100)
})

test('a weekday in parentheses: the span starts at the weekday, not at the parenthesis or "on"', () => {
  const texts = (s: string) => chronoHits(s, new Date(2026, 10, 11, 12)).map((h) => s.slice(h.start, h.end))
  expect(texts('held yesterday (Tuesday, November 10) at the headquarters')).toEqual(['Tuesday, November 10'])
  expect(texts('The meeting (on Monday, May 4, 2026) ended.')).toEqual(['Monday, May 4, 2026'])
})
