/**
 * The event-name phrase reader is a direct reading of a former regular expression that was the
 * costliest line of the pipeline; on every space of every golden text it must give the same span.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { rightPhraseLength } from '../../src/stages/events/name.js'

const former =
  /^\s+(?:of|with|on|between|for|to)\s+(?:the\s+)?(?:(?:[\w’'&-]|\.(?=[\w-]))+\s?){1,8}?(?=\s+(?:in|at|on|during|from|and\s+(?:to|the)|was|were|will|is|are)\b|[,;(]|\.(?![\w-])|$)/

test('the phrase after an event noun: examples', () => {
  expect(rightPhraseLength(' with Caribbean leaders on disaster resilience.')).toBe(' with Caribbean leaders on disaster resilience'.length)
  expect(rightPhraseLength(' of the Caribbean Nations Security Conference (CANSEC) in Miami')).toBe(' of the Caribbean Nations Security Conference '.length)
  expect(rightPhraseLength(' with one two three four five six seven eight nine ten in Miami')).toBeNull()
  expect(rightPhraseLength(' for coast guard commanders in Montego Bay next month and')).toBe(' for coast guard commanders'.length)
  expect(rightPhraseLength('. Then')).toBeNull()
})

test('same span as the former pattern at every space of every golden text', () => {
  const root = join(import.meta.dirname, '..', '..', 'fixtures')
  let windows = 0
  const mismatches: string[] = []
  for (const c of readdirSync(root)) {
    const file = join(root, c, 'expected.json')
    if (!existsSync(file)) continue
    const text = (JSON.parse(readFileSync(file, 'utf8')) as { document?: { text?: string } }).document?.text ?? ''
    for (let i = 0; i < text.length; i++) {
      if (!/\s/.test(text[i]!) || (i > 0 && /\s/.test(text[i - 1]!))) continue
      const w = text.slice(i, i + 120)
      const a = former.exec(w)
      windows++
      if ((a ? a[0].length : null) !== rightPhraseLength(w)) mismatches.push(`${c}@${i}: ${JSON.stringify(w.slice(0, 60))}`)
    }
  }
  expect(windows).toBeGreaterThan(5000)
  expect(mismatches).toEqual([])
})
