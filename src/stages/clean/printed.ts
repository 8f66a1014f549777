/**
 * Pages converted from print (a PDF run through pdftohtml, a Word export): every printed line is
 * its own block, and each page repeats its letterhead and footer. The page's furniture goes (page
 * numbers, lines printed again on every page) and the lines of a paragraph are joined.
 */
import type { Block } from './html-blocks.js'

// "Page 1 of 2", "[Page 2 of 2]", "--- Page 2 of 2 ---", "2 | Page", a browser's "1/2" ("- 2 -" would
// be the newsroom's end mark "-30-").
const PAGE_NUMBER = /^(?:[[(]?\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*[\])]?|[-–—=*]{2,}\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*[-–—=*]{2,}|\d{1,3}\s*\|\s*page|\d{1,2}\/\d{1,2})$/i
// A line that ends a sentence or a clause a new line may follow.
const CLOSED = /[.!?:;"”’]$/u
// A line that opens a paragraph of its own: a numbered or bulleted item.
const OPENS = /^(?:\d{1,2}[.)]\s|\(?[a-z]\)\s|[•·▪–-]\s)/u
// A printed line that runs to the margin: a shorter one ends its paragraph (or is a heading).
const FULL_LINE = 50

/** "Page 1 of 2", "2 | Page": a printed page's number. */
export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim())
}

function key(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * The article's blocks without a printed page's furniture, its broken lines joined. Only pages
 * that print page numbers ("Page 1 of 2") are touched.
 */
export function mendPrintedPages(blocks: readonly Block[]): Block[] {
  const furniture = printedFurniture(blocks.map((b) => b.text))
  if (!furniture) return [...blocks]
  const out: Block[] = []
  for (const [n, b] of blocks.entries()) {
    if (furniture[n]) continue
    const prev = out[out.length - 1]
    if (prev && prev.kind === 'p' && b.kind === 'p' && prev.text.length >= FULL_LINE && !CLOSED.test(prev.text) && !OPENS.test(b.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${b.text}`, chars: prev.chars + b.chars, linkChars: prev.linkChars + b.linkChars }
      continue
    }
    out.push(b)
  }
  return out
}

/**
 * Which lines of a printed page are its furniture: page numbers and the letterhead and footer
 * lines printed again on a later sheet (short, no sentence). Null when no line is a page number:
 * only pages that print them are touched. Text dumps of printed releases read the same lines.
 */
export function printedFurniture(texts: readonly string[]): boolean[] | null {
  if (!texts.some(isPageNumber)) return null
  const counts = new Map<string, number>()
  for (const x of texts) counts.set(key(x), (counts.get(key(x)) ?? 0) + 1)
  // A browser's print time ("2027-02-12, 3:41 p.m.") ends in a period that ends no sentence.
  const repeated = (x: string): boolean => (counts.get(key(x)) ?? 0) >= 2 && x.length <= 150 && (!/[.!?]["”’]?$/u.test(x) || /\d\s*[ap]\.m\.$/i.test(x))
  return texts.map((x) => isPageNumber(x) || repeated(x))
}
