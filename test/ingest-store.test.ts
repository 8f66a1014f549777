import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { ingest } from '../src/ingest/ingest.js'
import { contextKey } from '../src/ingest/update.js'
import { countingProcess, fakeContext } from './ingest-fake.js'

let dir: string
let inbox: string
let out: string

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressroom-ingest-'))
  inbox = join(dir, 'inbox')
  out = join(dir, 'out')
  mkdirSync(join(inbox, 'sub'), { recursive: true })
  writeFileSync(join(inbox, 'a.html'), 'Alpha\nevent ev-shared\nevent ev-a\n')
  writeFileSync(join(inbox, 'sub', 'b.txt'), 'Beta\nevent ev-shared\n')
  writeFileSync(join(inbox, 'c.html'), 'fail load/binary\n')
  writeFileSync(join(inbox, '.hidden.html'), 'ignored\n')
  writeFileSync(join(inbox, 'd.html.part'), 'ignored\n')
})

afterEach(() => rmSync(dir, { recursive: true, force: true }))

const outputs = (o = out): Record<string, string> =>
  Object.fromEntries(['documents.jsonl', 'events.jsonl', 'errors.jsonl'].map((f) => [f, readFileSync(join(o, f), 'utf8')]))

const lines = (text: string): Array<Record<string, unknown>> =>
  text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)

describe('ingest with the store', () => {
  test('the first run processes everything and projects documents, merged events and errors', async () => {
    const { process, seen } = countingProcess()
    const summary = await ingest([inbox], fakeContext(), { out, process })
    expect(seen.sort()).toEqual(['a.html', 'c.html', 'sub/b.txt'])
    expect({ ...summary, seconds: 0 }).toEqual({ documents: 2, events: 2, errors: 1, processed: 3, reused: 0, dropped: 0, seconds: 0 })
    const o = outputs()
    expect(lines(o['documents.jsonl']!).map((d) => (d['source'] as { path: string }).path).sort()).toEqual(['a.html', 'sub/b.txt'])
    const docIds = lines(o['documents.jsonl']!).map((d) => d['docId'] as string)
    expect(docIds).toEqual([...docIds].sort())
    expect(lines(o['events.jsonl']!).map((e) => [e['eventId'], (e['attestations'] as unknown[]).length])).toEqual([
      ['ev-a', 1],
      ['ev-shared', 2],
    ])
    expect(lines(o['errors.jsonl']!)).toEqual([{ path: 'c.html', code: 'load/binary', message: 'fake failure in c.html' }])
    expect(readdirSync(join(out, 'schema')).sort()).toEqual(['document.schema.json', 'error.schema.json', 'event.schema.json'])
  })

  test('a second run reuses every result and writes the same bytes', async () => {
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    const first = outputs()
    const { process, seen } = countingProcess()
    const summary = await ingest([inbox], fakeContext(), { out, process })
    expect(seen).toEqual([])
    expect([summary.processed, summary.reused]).toEqual([0, 3])
    expect(outputs()).toEqual(first)
  })

  test('only changed inputs are processed; a vanished input leaves the projection and the store', async () => {
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    writeFileSync(join(inbox, 'a.html'), 'Alpha 2\nevent ev-a\n')
    rmSync(join(inbox, 'sub', 'b.txt'))
    const { process, seen } = countingProcess()
    const summary = await ingest([inbox], fakeContext(), { out, process })
    expect(seen).toEqual(['a.html'])
    expect([summary.processed, summary.reused, summary.dropped]).toEqual([1, 1, 1])
    const o = outputs()
    expect(lines(o['documents.jsonl']!).map((d) => d['title'])).toEqual(['Alpha 2'])
    expect(lines(o['events.jsonl']!).map((e) => e['eventId'])).toEqual(['ev-a'])
    expect(storeEntries()).toBe(2)
  })

  test('a sidecar URL is part of the fingerprint', async () => {
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    writeFileSync(join(inbox, 'a.meta.json'), JSON.stringify({ url: 'https://example.org/a' }))
    const { process, seen } = countingProcess()
    await ingest([inbox], fakeContext(), { out, process })
    expect(seen).toEqual(['a.html'])
    const doc = lines(outputs()['documents.jsonl']!).find((d) => d['title'] === 'Alpha')!
    expect(doc['source']).toMatchObject({ url: 'https://example.org/a' })
  })

  test('a new pipeline version, another reference date or --force reprocess everything', async () => {
    await ingest([inbox], fakeContext('v1'), { out, process: countingProcess('v1').process })
    const v2 = countingProcess('v2')
    expect((await ingest([inbox], fakeContext('v2'), { out, process: v2.process })).processed).toBe(3)
    const ref = countingProcess('v2')
    expect((await ingest([inbox], fakeContext('v2', '2024-01-01'), { out, process: ref.process })).processed).toBe(3)
    const forced = countingProcess('v2')
    const summary = await ingest([inbox], fakeContext('v2', '2024-01-01'), { out, process: forced.process, force: true })
    expect([summary.processed, summary.reused]).toEqual([3, 0])
    expect(contextKey(fakeContext('v2', '2024-01-01'))).toBe('v2;reference=2024-01-01')
  })

  test('retryErrors reprocesses only the inputs stored as errors', async () => {
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    const { process, seen } = countingProcess()
    const summary = await ingest([inbox], fakeContext(), { out, process, retryErrors: true })
    expect(seen).toEqual(['c.html'])
    expect([summary.processed, summary.reused]).toEqual([1, 2])
  })

  test('a torn store entry (crash, power loss) is recomputed, not trusted', async () => {
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    const first = outputs()
    const entries = storeFiles()
    const victim = entries.find((f) => readFileSync(f, 'utf8').includes('"path":"a.html"'))!
    const bytes = readFileSync(victim)
    writeFileSync(victim, bytes.subarray(0, bytes.length - 7))
    const { process, seen } = countingProcess()
    await ingest([inbox], fakeContext(), { out, process })
    expect(seen).toEqual(['a.html'])
    expect(outputs()).toEqual(first)
  })

  test('leftover temp files from a killed run are cleaned up', async () => {
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    const shard = join(out, '.store', 'entries', readdirSync(join(out, '.store', 'entries'))[0]!)
    writeFileSync(join(shard, 'deadbeef.123-4.tmp'), 'half')
    await ingest([inbox], fakeContext(), { out, process: countingProcess().process })
    expect(storeFiles().filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  test('two roots with the same relative path: the first wins, the other is an error', async () => {
    const other = join(dir, 'other')
    mkdirSync(other)
    writeFileSync(join(other, 'a.html'), 'Other alpha\n')
    const summary = await ingest([inbox, other], fakeContext(), { out, process: countingProcess().process })
    expect(summary.errors).toBe(2)
    expect(lines(outputs()['errors.jsonl']!).map((e) => [e['path'], e['code']])).toEqual([
      ['a.html', 'ingest/duplicate-path'],
      ['c.html', 'load/binary'],
    ])
  })

  test('an empty inbox gives empty outputs', async () => {
    const empty = join(dir, 'empty')
    mkdirSync(empty)
    const summary = await ingest([empty], fakeContext(), { out, process: countingProcess().process })
    expect([summary.documents, summary.events, summary.errors]).toEqual([0, 0, 0])
    expect(outputs()).toEqual({ 'documents.jsonl': '', 'events.jsonl': '', 'errors.jsonl': '' })
  })

  test('a processor that rejects yields an error record and the run goes on', async () => {
    const summary = await ingest([inbox], fakeContext(), {
      out,
      process: async (input) => {
        if (input.path === 'a.html') throw new Error('boom')
        return countingProcess().process(input)
      },
    })
    expect(summary.errors).toBe(2)
    expect(lines(outputs()['errors.jsonl']!)[0]).toEqual({ path: 'a.html', code: 'internal/process', message: 'processing failed: boom' })
    // A failure of the machinery is not a property of the document: the next run retries it.
    const { process, seen } = countingProcess()
    await ingest([inbox], fakeContext(), { out, process })
    expect(seen).toEqual(['a.html'])
  })
})

function storeFiles(): string[] {
  const root = join(out, '.store', 'entries')
  return readdirSync(root).flatMap((shard) => readdirSync(join(root, shard)).map((f) => join(root, shard, f)))
}

function storeEntries(): number {
  return storeFiles().filter((f) => !f.endsWith('.tmp')).length
}
