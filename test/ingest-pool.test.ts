/**
 * The worker pool's limits, with a stand-in worker module (plain JS, the same protocol as
 * src/ingest/worker.ts) so the test does not depend on a build or on how slow the stages are.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createDocumentPool, lazyDocumentPool } from '../src/ingest/pool.js'

let dir: string
let worker: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressroom-pool-'))
  worker = join(dir, 'worker.mjs')
  // A slow start-up (like building the context), then documents that finish, hang, throw or eat memory.
  writeFileSync(
    worker,
    `await new Promise((r) => setTimeout(r, 600))
export default function ({ input, started }) {
  Atomics.store(started.view, started.slot, BigInt(Date.now()))
  if (input.path === 'hang') for (;;) {}
  if (input.path === 'throw') throw new Error('kaput')
  if (input.path === 'oom') { const keep = []; for (;;) keep.push(new Array(1e6).fill(keep.length)) }
  return { ok: false, error: { path: input.path, code: 'test/done', message: String(input.bytes.length) } }
}
`,
  )
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const input = (path: string) => ({ path, bytes: new Uint8Array(3) })

describe('createDocumentPool', () => {
  test('a document past the limit is abandoned; the restarted worker start-up does not count against the next one', async () => {
    const pool = createDocumentPool({ threads: 1, timeoutMs: 300, filename: worker })
    try {
      const t0 = performance.now()
      const [hung, next] = await Promise.all([pool.process(input('hang')), pool.process(input('after'))])
      expect(hung).toEqual({ ok: false, error: { path: 'hang', code: 'internal/timeout', message: 'processing took longer than 300 ms; the document was abandoned' } })
      // 'after' waited for a fresh worker (600 ms start-up, twice the limit) and still went through.
      expect(next).toEqual({ ok: false, error: { path: 'after', code: 'test/done', message: '3' } })
      expect(performance.now() - t0).toBeGreaterThan(1200)
    } finally {
      await pool.close()
    }
  })

  test('a worker that throws or runs out of memory fails that document only', async () => {
    const pool = createDocumentPool({ threads: 2, timeoutMs: 10_000, maxHeapMb: 32, filename: worker })
    try {
      const results = await Promise.all(['throw', 'oom', 'fine'].map((p) => pool.process(input(p))))
      expect(results.map((r) => (r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`))).toEqual([
        'internal/worker: the worker processing this file failed: kaput',
        'internal/out-of-memory: processing ran out of memory; the document was abandoned',
        'test/done: 3',
      ])
    } finally {
      await pool.close()
    }
  })

  test('options are checked, and a lazy pool that processed nothing starts no thread', async () => {
    expect(() => createDocumentPool({ threads: 0, filename: worker })).toThrow('Expected `threads` to be a whole number from 1 and up, got 0')
    expect(() => createDocumentPool({ threads: 1, filename: join(dir, 'missing.js') })).toThrow(/missing\.js is missing: build first/)
    await lazyDocumentPool({ threads: 1, filename: join(dir, 'missing.js') }).close()
  })
})
