import { expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { datesStage } from '../../src/stages/dates/index.js'
import type { Context, Document } from '../../src/types.js'

const ctx = { fallbackReference: null } as unknown as Context

function docOf(text: string, published: string | null): Document {
  const base = createDocument({ path: 'x.txt', bytes: Buffer.from(text) })
  return { ...base, text, paragraphs: [{ start: 0, end: text.length }], meta: { ...base.meta, published } }
}

test('without a publication date, the latest explicit day anchors relative dates', () => {
  const text = 'The cutter arrived Feb. 27, 2024. The following day the crew met officials. On Thursday they sailed.'
  const doc = datesStage(docOf(text, null), ctx)
  const byText = Object.fromEntries(doc.dates.map((d) => [d.text, [d.value.start, d.resolution]]))
  expect(byText['Feb. 27, 2024']).toEqual(['2024-02-27', 'explicit'])
  expect(byText['The following day']).toEqual(['2024-02-28', 'inferred'])
  expect(byText['Thursday']?.[1]).toBe('inferred')
  expect(byText['Thursday']?.[0]).toMatch(/^2024-02-\d\d$/)
  expect(doc.diagnostics.map((d) => d.code)).toContain('dates/inferred-reference')
})

test('a stated publication date is used as is', () => {
  const doc = datesStage(docOf('On Thursday they met. Talks resume March 4, 2024.', '2024-02-26'), ctx)
  expect(doc.dates.map((d) => [d.text, d.value.start, d.resolution])).toEqual([
    ['Thursday', '2024-02-22', 'relative_to_publication'],
    ['March 4, 2024', '2024-03-04', 'explicit'],
  ])
  expect(doc.diagnostics.map((d) => d.code)).not.toContain('dates/inferred-reference')
})
