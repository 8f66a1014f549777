import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { cleanDocument } from '../../src/stages/clean/index.js'
import { cleanTextDump } from '../../src/stages/clean/text-dump.js'
import type { Document } from '../../src/types.js'

const seeds = join(import.meta.dirname, '../../../shared/seeds')

function textDoc(input: string, path = 'dump.txt'): Document {
  return { ...createDocument({ path, bytes: new TextEncoder().encode(input) }), input, format: 'text' }
}

describe.skipIf(!existsSync(seeds))('clean: the seed text dumps (skipped: ../shared/seeds is absent)', () => {
  const read = (name: string): string => readFileSync(join(seeds, name), 'utf8')

  test('seed 000: the ` date` prefix is metadata, the rest of the line is the first paragraph', () => {
    const doc = cleanDocument(textDoc(read('000_e53a6ec5a1052dec.txt')))
    expect(doc.text.startsWith('Department of Defense spokesman Lieutenant Colonel Devin T. Robinson provided the following readout:\n\nOn November 16, 2023,')).toBe(true)
    expect(doc.text.endsWith('U.S.-Caribbean mechanisms to improve regional security.')).toBe(true)
    expect(doc.text).not.toContain('date 2023-11-20')
    expect(doc.paragraphs.length).toBe(5)
    expect(doc.meta).toEqual({
      title: null,
      published: '2023-11-20',
      kind: 'readout',
      dateline: null,
      spokesperson: 'Devin T. Robinson',
      publisher: 'U.S. Department of Defense',
      canonicalUrl: null,
      evidence: {
        published: 'dump-date-prefix',
        spokesperson: 'text',
        publisher: 'spokesperson-organization',
        kind: 'head-readout',
      },
    })
    expect(doc.diagnostics).toEqual([])
  })

  test('seed 004: banner, label line, headline and the trailer after ### are not body', () => {
    const doc = cleanDocument(textDoc(read('004_de8910c0f2dcf8b1.txt')))
    expect(doc.text.startsWith('MIAMI – Defense leaders from the United States, Canada, France,')).toBe(true)
    expect(doc.text.endsWith('that work closely with security partners in the Caribbean.')).toBe(true)
    for (const chrome of ["Here's how you know", 'An official website', 'Press Release |', 'ADDITIONAL INFORMATION', 'COMMANDER', 'https://', '(VIDEO)', 'U.S. to Co-host']) {
      expect(doc.text).not.toContain(chrome)
    }
    expect(doc.paragraphs.length).toBe(8)
    expect([doc.meta.title, doc.meta.published, doc.meta.kind, doc.meta.dateline, doc.meta.publisher]).toEqual([
      'U.S. to Co-host Caribbean Security Conference in Miami with Canada, European Partners',
      '2019-11-12',
      'press_release',
      'MIAMI',
      'U.S. Southern Command',
    ])
  })
})

describe('clean: text dumps', () => {
  const dump = [
    'An official website of the United States government',
    "Here's how you know",
    'Official websites use .gov',
    'A .gov website belongs to an official government organization in the United States.',
    '',
    'Media Note',
    'Office of the Spokesperson',
    'November 26, 2025',
    '',
    'United States and Jamaica Sign Shiprider Agreement Amendment',
    '',
    'KINGSTON, Jamaica – The United States and Jamaica signed an amendment to their',
    'maritime cooperation agreement on Tuesday, extending joint patrols to 2030.',
    '',
    'The amendment was signed by Ambassador N. Smith and Minister P. Brown.',
    '',
    'Share',
    'https://www.state.gov/media-note-shiprider/',
    '(VIDEO)',
  ].join('\n')

  test('a dump with a label, a bureau, a date line and a headline', () => {
    const res = cleanTextDump(dump)
    expect(res.title).toBe('United States and Jamaica Sign Shiprider Agreement Amendment')
    expect(res.published).toBe('2025-11-26')
    expect(res.labels).toEqual(['Media Note'])
    expect(res.paragraphs).toEqual([
      'KINGSTON, Jamaica – The United States and Jamaica signed an amendment to their maritime cooperation agreement on Tuesday, extending joint patrols to 2030.',
      'The amendment was signed by Ambassador N. Smith and Minister P. Brown.',
    ])
  })

  test('the same dump through the stage', () => {
    const doc = cleanDocument(textDoc(dump))
    expect([doc.meta.kind, doc.meta.dateline, doc.meta.published, doc.meta.publisher]).toEqual(['media_note', 'KINGSTON, Jamaica', '2025-11-26', 'U.S. Department of State'])
    expect(doc.paragraphs).toEqual([
      { start: 0, end: 154 },
      { start: 156, end: 226 },
    ])
  })

  test('a dump of chrome only is an empty body', () => {
    const doc = cleanDocument(textDoc("An official website of the United States government\nHere's how you know\n###\nhttps://www.southcom.mil/"))
    expect(doc.text).toBe('')
    expect(doc.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'clean/empty-body']])
  })

  test('windows line endings and non-breaking spaces normalize', () => {
    const doc = cleanDocument(textDoc('NASSAU, The Bahamas \u2013 The Royal Bahamas Defence Force\u00a0received two patrol boats.\r\n\r\nThe boats were  built in Florida and delivered on Monday to the base at Coral Harbour, officials said.\r\n'))
    expect(doc.text).toBe(
      'NASSAU, The Bahamas – The Royal Bahamas Defence Force received two patrol boats.\n\nThe boats were built in Florida and delivered on Monday to the base at Coral Harbour, officials said.',
    )
    expect(doc.meta.dateline).toBe('NASSAU, The Bahamas')
  })
})

describe('clean: text dumps whose headline sits under site chrome', () => {
  test('a date line under the headline anchors the header; a photo credit and caption are not the body', () => {
    const dump = [
      'Skip to main content',
      'Caribbean Information Service',
      'Home | News | Ministries | Media | About',
      'Search...',
      'Home > News > National Security',
      '',
      'Minister Meets Coast Guard Commanders',
      '',
      'February 17, 2026',
      '',
      'Photo: Jane Doe',
      'Caption: The Minister (centre) with the commanders at the base on Monday (February 16).',
      '',
      'The Minister of National Security met the commanders of the region’s coast guards on Monday to review joint patrols.',
      '',
      'The talks will continue next month.',
    ].join('\n')
    const res = cleanTextDump(dump)
    expect([res.title, res.published]).toEqual(['Minister Meets Coast Guard Commanders', '2026-02-17'])
    expect(res.paragraphs[0]).toMatch(/^The Minister of National Security met/)
  })

  test('"Posted on 28 May 2026 by …" under the headline', () => {
    const dump = ['REGIONAL SECURITY SYSTEM', '', 'Home | About Us | Media', '', '22 Officers Graduate from Boarding Course', '', 'Posted on 28 May 2026 by Public Relations Unit', '', 'CHRIST CHURCH, Barbados – Twenty-two officers graduated last Friday from the course.'].join('\n')
    const res = cleanTextDump(dump)
    expect([res.title, res.published]).toEqual(['22 Officers Graduate from Boarding Course', '2026-05-28'])
  })
})
