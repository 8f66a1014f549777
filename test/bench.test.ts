/** The bench command's shape (not its timings: those are never asserted). */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { runBench } from '../src/bench/run.js'
import { buildCorpus, seedInputs } from '../src/bench/corpus.js'

const root = join(import.meta.dirname, '..')

test('the corpus varies every copy', () => {
  const seeds = seedInputs(root)
  expect(seeds.length).toBeGreaterThan(10)
  const corpus = buildCorpus(seeds, seeds.length * 3)
  const distinct = new Set(corpus.map((d) => d.bytes.toString('base64')))
  expect(distinct.size).toBe(corpus.length)
})

// The bench warms up on one copy of every seed, so the test runs it on raw/ and 24 of the cases,
// not on all fixtures (which grow each round and would make the test outgrow its timeout).
const small = mkdtempSync(join(tmpdir(), 'pressroom-bench-'))
afterAll(() => rmSync(small, { recursive: true, force: true }))

test('bench prints every figure and the three ratio lines', async () => {
  cpSync(join(root, 'raw'), join(small, 'raw'), { recursive: true })
  mkdirSync(join(small, 'fixtures'))
  for (const c of readdirSync(join(root, 'fixtures')).filter((c) => c.startsWith('web-')).slice(0, 24)) cpSync(join(root, 'fixtures', c), join(small, 'fixtures', c), { recursive: true })
  const lines: string[] = []
  await runBench({ docs: 12, threads: 1, rssSizes: [], root: small, watchFiles: 2, warmup: 0 }, (l) => lines.push(l))
  const text = lines.join('\n')
  // Each pass row: docs/s, MB/s, ms/doc, peak RSS and the cores it kept busy (CPU over wall time).
  for (const pass of ['parse floor', 'naive pass', 'full, 1 thread', 'full, 1 threads']) {
    expect(text).toMatch(new RegExp(`^${pass}\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+\\d+ MB\\s+[\\d.]+$`, 'm'))
  }
  expect(text).toMatch(/per-stage ms\/doc .*\n\s+load [\d.]+\s+clean [\d.]+\s+segment [\d.]+\s+dates [\d.]+\s+entities [\d.]+\s+events [\d.]+\s+validate [\d.]+/)
  expect(text).toMatch(/^entities stage: [\d.]+ ms\/doc, [\d.]+ ms per 4 KB of input, [\d.]+ ms per 4 KB of clean text \([\d.]+ KB of text per document\)$/m)
  expect(text).toMatch(/^full pipeline vs naive [\d.]+x$/m)
  expect(text).toMatch(/^full pipeline [\d.]+% of parse floor$/m)
  expect(text).toMatch(/^scaling [\d.]+x on 1 workers$/m)
  expect(text).toMatch(/^  by CPU time \(all threads\): full pipeline vs naive [\d.]+x, [\d.]+% of parse floor$/m)
  // warmup 0: still one copy of each seed per pass.
  expect(text).toMatch(/^warm-up: \d+ documents per pass and per worker before the clock, [\d.]+ s, [\d.]+ CPU s$/m)
  expect(text).toMatch(/^gazetteer load: \d+ ms the first time in a process .*, \d+ ms again; \d+ ms when built from the TSV files instead of the prebuilt index$/m)
  expect(text).toMatch(/^watch latency \(2 files .*\): median \d+ ms, max \d+ ms$/m)
  expect(text).toMatch(/^machine: \d+ cores, load average [\d.]+ at the start and [\d.]+ at the end/m)
})
