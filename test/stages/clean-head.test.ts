import { expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { cleanDocument } from '../../src/stages/clean/index.js'
import type { Document } from '../../src/types.js'

const dump = [
  'Skip to main content (Press Enter).',
  'U.S. Department of Defense',
  'Search',
  'News Releases Advisories Transcripts Spotlights About',
  '',
  'RELEASE | March 15, 2024',
  '',
  'Readout of Deputy Assistant Secretary Ana Ortiz Travel to Belize',
  '',
  'Deputy Assistant Secretary of Defense Ana Ortiz traveled to Belize March 12-14 to meet defence leaders.',
  '',
  'On Tuesday, she visited the Belize Defence Force headquarters at Price Barracks.',
].join('\n')

test('a "Label | date" line opens the header of a text dump: what comes before it is page chrome', () => {
  const base = createDocument({ path: 'x.txt', bytes: Buffer.from(dump) })
  const doc = cleanDocument({ ...base, input: dump, format: 'text' } as Document)
  expect([doc.meta.title, doc.meta.published, doc.meta.kind]).toEqual([
    'Readout of Deputy Assistant Secretary Ana Ortiz Travel to Belize',
    '2024-03-15',
    'readout',
  ])
  expect(doc.text.startsWith('Deputy Assistant Secretary of Defense Ana Ortiz traveled')).toBe(true)
  expect(doc.text).not.toContain('Skip to main content')
})
