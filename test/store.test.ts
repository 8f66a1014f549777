import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { decodeEntry, decodeHeader, encodeEntry } from '../src/store/entry.js'
import { openStore } from '../src/store/store.js'
import { decodeResult, encodeResult, isEncodedResult } from '../src/ingest/process.js'
import { fakeResult } from './ingest-fake.js'

const ok = fakeResult({ path: 'a.html', bytes: Buffer.from('Alpha\nevent ev-1\n') })
const failed = fakeResult({ path: 'b.html', bytes: Buffer.from('fail load/empty\n') })

describe('store entries', () => {
  test('round-trip: header, record line and events line', () => {
    const bytes = encodeEntry({ path: 'a.html', fingerprint: 'sha256:00|url:-', version: 'v1' }, ok)
    const entry = decodeEntry(bytes)!
    expect(entry.header).toEqual({
      v: 1,
      path: 'a.html',
      fingerprint: 'sha256:00|url:-',
      version: 'v1',
      ok: true,
      docId: ok.ok ? ok.document.docId : null,
      events: 1,
      body: bytes.length - bytes.indexOf(0x0a) - 1,
    })
    expect(JSON.parse(entry.body.record)).toEqual(ok.ok && ok.document)
    expect(JSON.parse(entry.body.events)).toEqual(ok.ok && ok.events)
    const error = decodeEntry(encodeEntry({ path: 'b.html', fingerprint: 'x', version: 'v1' }, failed))!
    expect([error.header.ok, error.header.docId, error.header.events, error.body.events]).toEqual([false, null, 0, '[]'])
    expect(JSON.parse(error.body.record)).toEqual({ path: 'b.html', code: 'load/empty', message: 'fake failure in b.html' })
  })

  test('a result sent by a worker as JSON lines stores the same bytes and reads back the same records', () => {
    const wire = encodeResult(ok)
    expect(isEncodedResult(wire)).toBe(true)
    const back = decodeResult(wire as Parameters<typeof decodeResult>[0])
    const fields = { path: 'a.html', fingerprint: 'f', version: 'v1' }
    expect(encodeEntry(fields, back).equals(encodeEntry(fields, ok))).toBe(true)
    expect(back.ok && [back.document, back.events]).toEqual(ok.ok && [ok.document, ok.events])
    // Errors go as they are.
    expect(encodeResult(failed)).toBe(failed)
  })

  test('a torn or foreign entry is rejected', () => {
    const bytes = encodeEntry({ path: 'a.html', fingerprint: 'f', version: 'v1' }, ok)
    expect(decodeEntry(bytes.subarray(0, bytes.length - 1))).toBeNull()
    expect(decodeEntry(Buffer.concat([bytes, Buffer.from('x\n')]))).toBeNull()
    expect(decodeEntry(Buffer.alloc(0))).toBeNull()
    const line = bytes.subarray(0, bytes.indexOf(0x0a)).toString()
    expect(decodeHeader(line, bytes.length)).not.toBeNull()
    expect(decodeHeader(line, bytes.length + 1)).toBeNull()
    expect(decodeHeader(line.replace('"v":1', '"v":2'), bytes.length)).toBeNull()
    expect(decodeHeader('{"v":1', 10)).toBeNull()
  })
})

describe('openStore', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pressroom-store-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  test('write, lookup, read, remove, prune', async () => {
    const store = await openStore(dir)
    expect(await store.lookup('a.html')).toBeNull()
    const header = await store.write('a.html', { fingerprint: 'f1', version: 'v1' }, ok)
    await store.write('b.html', { fingerprint: 'f2', version: 'v1' }, failed)
    expect(await store.lookup('a.html')).toEqual(header)
    expect((await store.read('b.html'))?.header.ok).toBe(false)
    await store.remove('b.html')
    expect(await store.lookup('b.html')).toBeNull()
    await store.write('c.html', { fingerprint: 'f3', version: 'v1' }, ok)
    expect(await store.prune(new Set(['a.html']))).toBe(1)
    expect(await store.lookup('c.html')).toBeNull()
    expect(await store.lookup('a.html')).toEqual(header)
  })

  test('an unknown store layout is cleared, not misread', async () => {
    const store = await openStore(dir)
    await store.write('a.html', { fingerprint: 'f1', version: 'v1' }, ok)
    rmSync(join(dir, '.store', 'FORMAT'))
    const reopened = await openStore(dir)
    expect(await reopened.lookup('a.html')).toBeNull()
    expect(readdirSync(join(dir, '.store')).sort()).toEqual(['FORMAT'])
  })
})
