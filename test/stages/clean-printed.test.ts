import { expect, test } from 'vitest'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'

// A two-page communiqué run through pdftohtml: one <p> per printed line, the letterhead and the
// footer printed again on each page.
const letterhead = ['<p>REPUBLIC OF EXAMPLE</p>', '<p>MINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION</p>']
const footer = (n: number): string[] => ['<p>Independence Square 1, Capital City – Tel. +000 123456 – www.example.gov</p>', `<p>Page ${n} of 2</p>`]
const page = [
  '<html><head><title>Microsoft Word - JC_final.docx</title><meta name="generator" content="pdftohtml 0.86.1"></head><body>',
  '<div id="page1-div">', ...letterhead,
  '<p>JOINT COMMUNIQUÉ</p>',
  '<p>1. The First Meeting of the High-Level Committee on Border Security was held in</p>',
  '<p>the capital on 22 and 23 September 2026 at the Ministry of Foreign Affairs, with delegations</p>',
  '<p>of both countries’ armed forces and police services.</p>',
  '<p>2. The delegations reviewed illegal gold mining and the smuggling of fuel along the river</p>',
  '<p>border, and agreed on a coordinated aerial reconnaissance in November 2026.</p>',
  ...footer(1), '</div><div id="page2-div">', ...letterhead,
  '<p>3. The Second Meeting of the Committee will be held in the first half of 2027 in the</p>',
  '<p>neighbouring country’s capital.</p>',
  ...footer(2), '</div></body></html>',
].join('\n')

test('a printed page: the letterhead, the footer and the page numbers go; a paragraph’s lines are one paragraph', () => {
  const { paragraphs } = cleanHtmlDocument(page, null)
  const text = paragraphs.join('\n')
  expect(text).not.toMatch(/REPUBLIC OF EXAMPLE|MINISTRY OF FOREIGN|Independence Square|Page \d of 2/)
  expect(paragraphs).toContain('1. The First Meeting of the High-Level Committee on Border Security was held in the capital on 22 and 23 September 2026 at the Ministry of Foreign Affairs, with delegations of both countries’ armed forces and police services.')
  expect(paragraphs).toContain('3. The Second Meeting of the Committee will be held in the first half of 2027 in the neighbouring country’s capital.')
})

test('a web page without page numbers keeps its paragraphs as they are', () => {
  const web = '<html><body><article><h1>Coast guard receives boats</h1><p>The coast guard received two interceptor boats on Tuesday at its base in the capital, officials said</p><p>the boats will patrol the northern coast.</p><p>Contact: Public Relations Unit</p><p>Contact: Public Relations Unit</p></article></body></html>'
  const { paragraphs } = cleanHtmlDocument(web, null)
  expect(paragraphs).toContain('the boats will patrol the northern coast.')
})

test('"-30-" under a release is its end mark, not a page number', async () => {
  const { mendPrintedPages } = await import('../../src/stages/clean/printed.js')
  const block = (text: string) => ({ text, kind: 'p' as const, chars: text.length, linkChars: 0, linkFirst: false, loose: false, owner: null as never })
  const blocks = ['The vessels will be based in St. Vincent and the Grenadines and Grenada, officials', 'said on Friday.', '-30-'].map(block)
  expect(mendPrintedPages(blocks).map((b) => b.text)).toEqual(['The vessels will be based in St. Vincent and the Grenadines and Grenada, officials', 'said on Friday.', '-30-'])
})
