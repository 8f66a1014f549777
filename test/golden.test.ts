/**
 * Golden fixtures: every fixtures/<case>/ output must equal its reviewed expected.json.
 * Update with `node dist/cli.js check --update` (or `npx tsx`), then review the diff.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { compareGolden } from '../src/check/compare.js'
import type { Golden } from '../src/check/golden.js'
import { listCases, runCase } from '../src/check/run.js'
import { createContext } from '../src/context.js'
import { quotedSpans } from '../src/stages/validate.js'
import { createDocument } from '../src/document.js'
import { runPipeline } from '../src/pipeline.js'
import { stages } from '../src/stages/index.js'

const dir = join(import.meta.dirname, '..', 'fixtures')
const ctx = createContext()
const cases = (await listCases(dir)).filter((c) => c.input !== null)

describe('golden fixtures', () => {
  test('there are fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2)
  })
  for (const { name, input } of cases) {
    test(`golden: ${name}`, async () => {
      const expectedPath = join(dir, name, 'expected.json')
      expect(existsSync(expectedPath), `${name}/expected.json is missing: run check --update and review it`).toBe(true)
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Golden
      const actual = await runCase(dir, name, input!, ctx)
      const changes = compareGolden(expected, actual).changes.map((c) => `${c.kind} ${c.field} ${c.key}: ${c.detail}`)
      expect(changes).toEqual([])
    })
  }
})

describe('every span is honest', () => {
  for (const { name, input } of cases) {
    test(`spans: ${name}`, () => {
      const bytes = readFileSync(join(dir, name, input!))
      const doc = runPipeline(createDocument({ path: `${name}/${input}`, bytes }), stages, ctx)
      const bad = quotedSpans(doc)
        .filter(({ span }) => doc.text.slice(span.start, span.end) !== span.text)
        .map(({ where, span }) => `${where}: ${JSON.stringify(span.text)} vs ${JSON.stringify(doc.text.slice(span.start, span.end))}`)
      expect(bad).toEqual([])
      expect(doc.diagnostics.filter((d) => d.code === 'validate/span-mismatch')).toEqual([])
    })
  }
})
