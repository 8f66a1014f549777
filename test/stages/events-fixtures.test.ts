/**
 * Invariants of the events stage on the development fixtures, run through the real earlier
 * stages: every event validates against the output schema, every evidence span quotes the text
 * exactly, and two runs give the same bytes. (The holdout fixtures are never read here.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { EventRecord } from '../../src/schema/records.js'
import { stages } from '../../src/stages/index.js'

const root = new URL('../../fixtures/', import.meta.url).pathname
const cases = existsSync(root)
  ? readdirSync(root)
      .filter((name) => /^(?:seed|raw|web)-/.test(name))
      .filter((name) => readdirSync(join(root, name)).some((f) => f.startsWith('input')))
      .sort()
  : []

describe.skipIf(cases.length === 0)('events on the development fixtures (skipped: no fixtures/ folder)', () => {
  const ctx = createContext()
  const upToEvents = stages.filter((s) => s.name !== 'validate')
  const process = (name: string) => {
    const dir = join(root, name)
    const input = readdirSync(dir).find((f) => f.startsWith('input'))!
    return runPipeline(createDocument({ path: `${name}/${input}`, bytes: readFileSync(join(dir, input)) }), upToEvents, ctx)
  }

  test.each(cases)('%s', (name) => {
    const doc = process(name)
    for (const e of doc.events) {
      expect(EventRecord.safeParse(e).success, e.eventId).toBe(true)
      expect(e.eventId).toMatch(/^evt-[0-9a-f]{16}$/)
      for (const a of e.attestations) {
        for (const x of a.evidence) expect(doc.text.slice(x.start, x.end), `${e.eventId} ${x.field} ${x.rule}`).toBe(x.text)
      }
    }
    expect(JSON.stringify(process(name).events)).toBe(JSON.stringify(doc.events))
  })
})
