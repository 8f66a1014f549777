import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import { compareGolden } from '../src/check/compare.js'
import type { Golden } from '../src/check/golden.js'

const base: Golden = {
  document: {
    docId: 'doc-1',
    source: { path: 'a/input.txt', sha256: '0'.repeat(64), url: null },
    title: 'Readout',
    published: '2023-11-20',
    kind: 'readout',
    dateline: null,
    spokesperson: null,
    publisher: null,
    canonicalUrl: null,
    text: 'Adm. Craig Faller met leaders in Miami.',
    paragraphs: [{ start: 0, end: 39 }],
    dates: [],
    people: [{ name: 'Craig Faller', title: null, rank: 'Adm.', affiliation: null, mentions: [{ start: 5, end: 17, text: 'Craig Faller' }] }],
    organizations: [],
    places: [{ id: 'place:miami', name: 'Miami', kind: 'city', country: 'USA', mentions: [{ start: 33, end: 38, text: 'Miami' }] }],
    topics: [],
    diagnostics: [],
  },
  events: [],
  error: null,
}

describe('compareGolden', () => {
  test('identical goldens have no changes and count true positives', () => {
    const c = compareGolden(base, structuredClone(base))
    expect(c.changes).toEqual([])
    expect(c.counts['people']).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(c.counts['title']).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  test('names the field, the item and both values', () => {
    const actual = structuredClone(base) as { document: NonNullable<Golden['document']> } & Golden
    actual.document.title = 'Readout of a meeting'
    actual.document.people = [{ ...actual.document.people[0]!, rank: 'Rear Adm.' }]
    actual.document.places = []
    actual.document.topics = [{ id: 'topic:maritime-security', label: 'maritime security' }]
    expect(compareGolden(base, actual).changes).toEqual([
      { field: 'title', kind: 'changed', key: 'title', detail: '"Readout" → "Readout of a meeting"' },
      { field: 'people', kind: 'changed', key: 'Craig Faller', detail: 'rank: "Adm." → "Rear Adm."' },
      { field: 'places', kind: 'lost', key: 'place:miami', detail: expect.stringContaining('"name":"Miami"') },
      { field: 'topics', kind: 'added', key: 'topic:maritime-security', detail: '{"id":"topic:maritime-security","label":"maritime security"}' },
    ])
    const counts = compareGolden(base, actual).counts
    expect(counts['people']).toEqual({ tp: 0, fp: 1, fn: 1 })
    expect(counts['places']).toEqual({ tp: 0, fp: 0, fn: 1 })
  })
})

describe('pressroom check on fixtures', () => {
  const work = mkdtempSync(join(tmpdir(), 'pressroom-check-'))
  afterAll(() => rmSync(work, { recursive: true, force: true }))
  const fixtures = join(import.meta.dirname, '..', 'fixtures')

  async function run(args: string[]): Promise<{ code: number; out: string }> {
    const lines: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')))
    const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')))
    try {
      return { code: await main(args), out: lines.join('\n') }
    } finally {
      log.mockRestore()
      err.mockRestore()
    }
  }

  test('passes on a faithful copy and fails, naming field and value, on a tampered expected file', async () => {
    cpSync(join(fixtures, 'seed-004'), join(work, 'seed-004'), { recursive: true })
    const ok = await run(['check', work])
    expect(ok.code).toBe(0)
    expect(ok.out).toContain('check: 1 of 1 cases match')

    const path = join(work, 'seed-004', 'expected.json')
    const golden = JSON.parse(readFileSync(path, 'utf8')) as Golden
    const tampered = { ...golden, document: { ...golden.document!, published: '2019-11-13', kind: 'statement' as const } }
    writeFileSync(path, JSON.stringify(tampered, null, 2))
    const bad = await run(['check', work])
    expect(bad.code).toBe(1)
    expect(bad.out).toContain('DIFFERS  seed-004')
    expect(bad.out).toContain('~ published: "2019-11-13" → "2019-11-12"')
    expect(bad.out).toContain('~ kind: "statement" → "press_release"')
  })

  test('--update writes expected.json, and a usage error exits 2', async () => {
    cpSync(join(fixtures, 'seed-000'), join(work, 'seed-000'), { recursive: true })
    rmSync(join(work, 'seed-000', 'expected.json'), { force: true })
    expect((await run(['check', work, '--filter', 'seed-000'])).code).toBe(1)
    expect((await run(['check', work, '--update', '--filter', 'seed-000'])).code).toBe(0)
    expect((await run(['check', work, '--filter', 'seed-000'])).code).toBe(0)
    expect((await run(['check', join(work, 'nope')])).code).toBe(2)
  })
})
