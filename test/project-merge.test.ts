/**
 * The projection merges events on their skeletons and builds each merged event from the spilled
 * full records: its events.jsonl must be exactly what merging every full record in memory gives.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createContext } from '../src/context.js'
import { ingest } from '../src/ingest/ingest.js'
import { processInput } from '../src/ingest/process.js'
import { mergeEvents, mergeSkeleton, planMerge } from '../src/merge/events.js'
import type { EventRecord } from '../src/schema/records.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
// The dev cases only: the holdout set is not read by tests that are not the golden check.
const cases = readdirSync(fixtures).filter((c) => /^(raw|web|seed)-/.test(c))
let dir: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressroom-project-merge-'))
  for (const c of cases) cpSync(join(fixtures, c), join(dir, 'in', c), { recursive: true, filter: (src) => !/(expected|truth)\.json$/.test(src) })
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('events.jsonl equals mergeEvents over every full event record', async () => {
  const ctx = createContext()
  await ingest([join(dir, 'in')], ctx, { out: join(dir, 'out') })
  const all: EventRecord[] = []
  for (const c of cases) {
    const input = readdirSync(join(dir, 'in', c)).find((f) => f.startsWith('input.'))!
    const r = processInput({ path: `${c}/${input}`, bytes: readFileSync(join(dir, 'in', c, input)) }, ctx)
    if (r.ok) all.push(...r.events)
  }
  // Order of the inputs to mergeEvents: the projection's (documents by docId).
  const byDoc = [...all].sort((a, b) => (a.attestations[0]!.docId < b.attestations[0]!.docId ? -1 : a.attestations[0]!.docId > b.attestations[0]!.docId ? 1 : 0))
  const expected = mergeEvents(byDoc)
  expect(expected.some((e) => e.attestations.length > 1), 'some fixtures report the same event').toBe(true)
  expect(expected.length).toBeLessThan(all.length)
  expect(readFileSync(join(dir, 'out', 'events.jsonl'), 'utf8')).toBe(expected.map((e) => `${JSON.stringify(e)}\n`).join(''))
  // Planning on skeletons picks the same clusters and ids as on the full records.
  expect(planMerge(byDoc.map((e) => mergeSkeleton(e)))).toEqual(planMerge(byDoc))
  expect(readdirSync(join(dir, 'out', '.store')).filter((f) => f.endsWith('.tmp'))).toEqual([])
}, 120_000)
