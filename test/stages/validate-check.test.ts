/**
 * validate's compiled checker must never accept what zod rejects (a missed schema violation),
 * and the stage must still report every violation with zod's issue codes.
 */
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { createDocument } from '../../src/document.js'
import { DateRecord, DocumentRecord, EventRecord } from '../../src/schema/records.js'
import { compileCheck, validateStage } from '../../src/stages/validate.js'
import type { Context, Document } from '../../src/types.js'

const ctx = { pipelineVersion: 'test' } as unknown as Context

const date: DateRecord = {
  text: 'May 5, 2024',
  start: 4,
  end: 15,
  value: { start: '2024-05-05', end: null },
  precision: 'day',
  resolution: 'explicit',
  type: 'date',
  rule: 'chrono',
  flags: ['a'],
}

const event: EventRecord = {
  eventId: 'ev-1',
  type: 'meeting',
  name: null,
  status: 'occurred',
  start: '2024-05-05',
  end: null,
  precision: 'day',
  location: { name: 'Kingston', country: 'JM' },
  participants: [{ kind: 'country', id: 'JM', name: 'Jamaica', roles: ['host'] }],
  topics: [{ id: 't', label: 'T' }],
  attestations: [{ docId: 'doc-1', evidence: [{ start: 0, end: 3, text: 'Met' }], status: 'occurred', confidence: 0.5 }],
  amounts: [{ text: '$5', value: 5, currency: 'USD' }],
}

/** Values that break one rule each: a wrong type, a bound, an enum, a regex, a missing key, NaN. */
const badDates: unknown[] = [
  { ...date, start: -1 },
  { ...date, start: 1.5 },
  { ...date, start: Number.NaN },
  { ...date, end: Number.POSITIVE_INFINITY },
  { ...date, precision: 'fortnight' },
  { ...date, value: { start: '', end: null } },
  { ...date, value: { start: '2024' } },
  { ...date, flags: ['a', 3] },
  { ...date, type: null },
  { text: date.text, start: 4, end: 15 },
  [date],
  null,
]

const badEvents: unknown[] = [
  { ...event, attestations: [{ docId: 'd', evidence: [], confidence: 1.5 }] },
  { ...event, participants: [{ kind: 'city', id: 'x', name: 'x', roles: [] }] },
  { ...event, location: { name: 'x' } },
  { ...event, amounts: [{ text: '$5', value: '5', currency: 'USD' }] },
  { ...event, series: { id: 's', edition: 3 } },
]

describe('compileCheck', () => {
  test('compiles every output schema (none falls back to zod for all records)', () => {
    expect([DocumentRecord, EventRecord, DateRecord].map((s) => compileCheck(s) !== null)).toEqual([true, true, true])
  })

  test('agrees with zod on valid and broken records', () => {
    const checkDate = compileCheck(DateRecord)!
    const checkEvent = compileCheck(EventRecord)!
    const optionalAbsent = { ...date }
    delete (optionalAbsent as { flags?: unknown }).flags
    for (const v of [date, optionalAbsent, ...badDates]) expect(checkDate(v)).toBe(DateRecord.safeParse(v).success)
    for (const v of [event, ...badEvents]) expect(checkEvent(v)).toBe(EventRecord.safeParse(v).success)
    expect(badDates.map(checkDate).every((ok) => !ok)).toBe(true)
    expect(badEvents.map(checkEvent).every((ok) => !ok)).toBe(true)
  })

  test('declines constructs it does not know, so zod checks those', () => {
    expect(compileCheck(z.string().email())).toBeNull()
    expect(compileCheck(z.object({ a: z.string() }).catchall(z.number()))).toBeNull()
    expect(compileCheck(z.record(z.string(), z.string()))).toBeNull()
    expect(compileCheck(z.object({ a: z.array(z.string().url()) }))).toBeNull()
  })
})

describe('validateStage', () => {
  const base: Document = { ...createDocument({ path: 'a.txt', bytes: new Uint8Array([1]) }), text: 'Met May 5, 2024 in Kingston.' }

  test('a valid document gets no diagnostics', () => {
    expect(validateStage({ ...base, dates: [date], events: [event] }, ctx).diagnostics).toEqual([])
  })

  test('still reports each schema violation with zod\'s code and path, and dishonest spans', () => {
    const doc = { ...base, dates: [{ ...date, start: -1, end: 15 }], events: [{ ...event, status: 'maybe' } as unknown as EventRecord] }
    const found = validateStage(doc, ctx).diagnostics.map((d) => [d.severity, d.code, d.path?.join('.') ?? d.message])
    expect(found).toEqual([
      ['error', 'validate/too_small', 'dates.0.start'],
      ['error', 'validate/invalid_value', 'events.0.status'],
      ['warning', 'validate/span-mismatch', 'dates.0: text.slice(-1, 15) is "", not "May 5, 2024"'],
    ])
  })

  test('span honesty is text.slice(start, end) === text, also where slice clamps the offsets', () => {
    const at = (start: number, end: number, text: string): DateRecord => ({ ...date, start, end, text })
    const doc = { ...base, dates: [at(19, 28, 'Kingston.'), at(19, 99, 'Kingston.'), at(19, 27, 'Kingston.'), at(0, 0, '')] }
    // dates.1 ends past the text: slice clamps it, so it is as honest as dates.0.
    expect(validateStage(doc, ctx).diagnostics.map((d) => d.message)).toEqual(['dates.2: text.slice(19, 27) is "Kingston", not "Kingston."'])
  })
})
