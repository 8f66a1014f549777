/**
 * The foundation's acceptance criteria, end to end through the real CLI entry (in process):
 * the seeds' facts, bad inputs beside good ones, and byte-identical reruns.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { main } from '../src/cli/main.js'
import type { DocumentRecord, ErrorRecord, EventRecord } from '../src/schema/records.js'

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const work = mkdtempSync(join(tmpdir(), 'pressroom-acceptance-'))
const inbox = join(work, 'inbox')
const out = join(work, 'out')

const readJsonl = <T>(file: string): T[] =>
  readFileSync(join(out, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T)

let code = -1
let documents: DocumentRecord[] = []
let events: EventRecord[] = []
let errors: ErrorRecord[] = []

beforeAll(async () => {
  mkdirSync(inbox, { recursive: true })
  copyFileSync(join(fixtures, 'seed-000', 'input.txt'), join(inbox, '000.txt'))
  copyFileSync(join(fixtures, 'seed-004', 'input.txt'), join(inbox, '004.txt'))
  writeFileSync(join(inbox, 'empty.html'), '')
  const random = Buffer.alloc(4096)
  for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256
  writeFileSync(join(inbox, 'random.bin'), random)
  writeFileSync(join(inbox, 'truncated.html'), '<!DOCTYPE html><html><head><title>Readout of Sec')
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  code = await main(['ingest', inbox, '--out', out])
  log.mockRestore()
  documents = readJsonl<DocumentRecord>('documents.jsonl')
  events = readJsonl<EventRecord>('events.jsonl')
  errors = readJsonl<ErrorRecord>('errors.jsonl')
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

const byPath = (path: string): DocumentRecord => {
  const doc = documents.find((d) => d.source.path === path)
  if (!doc) throw new Error(`no document for ${path}`)
  return doc
}

describe('bad inputs beside good ones', () => {
  test('exit code 1, good documents out, each bad one an error with a clear message', () => {
    expect(code).toBe(1)
    expect(documents.map((d) => d.source.path).sort()).toEqual(['000.txt', '004.txt'])
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['empty.html', 'load/empty'],
      ['random.bin', 'load/binary'],
      ['truncated.html', 'clean/empty-body'],
    ])
    for (const e of errors) expect(e.message.length).toBeGreaterThan(10)
  })

  test('schemas are published', () => {
    for (const name of ['document', 'event', 'error']) {
      const schema = JSON.parse(readFileSync(join(out, 'schema', `${name}.schema.json`), 'utf8')) as { type: string }
      expect(schema.type).toBe('object')
    }
  })

  test('a second run gives byte-identical output', async () => {
    const before = ['documents.jsonl', 'events.jsonl', 'errors.jsonl'].map((f) => readFileSync(join(out, f)))
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    await main(['ingest', inbox, '--out', out])
    log.mockRestore()
    const after = ['documents.jsonl', 'events.jsonl', 'errors.jsonl'].map((f) => readFileSync(join(out, f)))
    expect(after).toEqual(before)
  })
})

describe('seed 000 (DoD readout)', () => {
  test('metadata', () => {
    const doc = byPath('000.txt')
    expect([doc.published, doc.kind, doc.spokesperson]).toEqual(['2023-11-20', 'readout', 'Devin T. Robinson'])
  })
  test('Daniel Erikson with his title; countries', () => {
    const doc = byPath('000.txt')
    const erikson = doc.people.find((p) => p.name === 'Daniel Erikson')
    expect(erikson?.title).toBe('Deputy Assistant Secretary of Defense for Western Hemisphere Affairs')
    const countries = doc.places.filter((p) => p.kind === 'country').map((p) => p.id)
    expect(countries).toEqual(expect.arrayContaining(['LCA', 'DOM', 'USA', 'HTI']))
  })
  test('the 11th Caribbean-U.S. Security Cooperation Dialogue on 2023-11-16', () => {
    const doc = byPath('000.txt')
    const event = events.find((e) => e.start === '2023-11-16' && e.attestations.some((a) => a.docId === doc.docId))
    expect(event?.name).toMatch(/11th Caribbean-U\.S\. Security Cooperation Dialogue/)
    const roles = Object.fromEntries(event!.participants.filter((p) => p.kind === 'country').map((p) => [p.id, p.roles]))
    expect(roles['LCA']).toEqual(expect.arrayContaining(['host', 'co_chair']))
    expect(roles['DOM']).toEqual(expect.arrayContaining(['co_chair']))
    expect(roles['USA']).toEqual(expect.arrayContaining(['co_chair']))
    const topics = event!.topics.map((t) => t.label.toLowerCase()).join(' | ')
    for (const t of ['firearms trafficking', 'transnational organized crime', 'maritime security', 'money laundering', 'cyber', 'trafficking in persons', 'youth crime']) {
      expect(topics).toContain(t)
    }
  })
})

describe('seed 004 (SOUTHCOM press release)', () => {
  test('metadata and clean text', () => {
    const doc = byPath('004.txt')
    expect([doc.published, doc.kind, doc.dateline]).toEqual(['2019-11-12', 'press_release', 'MIAMI'])
    for (const chrome of ['official website', "Here's how you know", 'lock', 'ADDITIONAL INFORMATION', "COMMANDER'S PRIORITIES", 'https://', '###']) {
      expect(doc.text).not.toContain(chrome)
    }
    expect(doc.text.endsWith('security partners in the Caribbean.')).toBe(true)
  })
  test('people with titles and affiliations', () => {
    const doc = byPath('004.txt')
    const people = Object.fromEntries(doc.people.map((p) => [p.name, p]))
    expect(people['Craig Faller']).toMatchObject({ rank: 'Adm.' })
    expect(people['Ronald Jackson']?.title?.toLowerCase()).toBe('executive director')
    expect(people['Ronald Jackson']?.affiliation).toMatch(/CDEMA|Caribbean Disaster Emergency Management Agency/)
    expect(people['Michael Jones']).toMatchObject({ rank: 'Lt. Col.' })
    expect(people['Michael Jones']?.affiliation).toMatch(/CARICOM IMPACS|Implementing Agency for Crime and Security/)
  })
  test('CANSEC 2019-11-14..15 at SOUTHCOM in Miami, scheduled, five co-hosts', () => {
    const doc = byPath('004.txt')
    const mine = events.filter((e) => e.attestations.some((a) => a.docId === doc.docId))
    const cansec = mine.find((e) => e.start === '2019-11-14')
    expect(cansec).toMatchObject({ end: '2019-11-15', status: 'scheduled' })
    expect(cansec?.location?.country).toBe('USA')
    const cohosts = cansec!.participants.filter((p) => p.roles.includes('co_host')).map((p) => p.id).sort()
    expect(cohosts).toEqual(expect.arrayContaining(['CAN', 'FRA', 'GBR', 'NLD', 'USA']))
    const starts = mine.map((e) => e.start)
    expect(starts).toEqual(expect.arrayContaining(['2019-04', '2019-05', '2019-10']))
  })
})
