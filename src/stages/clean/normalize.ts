/** Whitespace and character normalization shared by the HTML and text-dump cleaners. */

// Every Unicode space (NBSP, thin, figure, ideographic…) and tab becomes a plain space.
const SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
// Invisible characters that only break word matching: zero-width space/joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g
// C0/C1 control characters other than tab and newlines.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/**
 * True when normalizing would leave `text` as it is: no control character, newline, special
 * space or invisible character, no two spaces in a row, no space at either end. Most blocks of
 * a page are such, and one pass over them is cheaper than the five replacements.
 */
function isNormal(text: string): boolean {
  const n = text.length
  if (n === 0) return true
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false
  let space = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) {
      if (space) return false
      space = true
      continue
    }
    space = false
    if (c < 32 || (c >= 0x7f && c <= 0xa0) || c === 0xad) return false
    if (c >= 0x1680 && (c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff)) return false
  }
  return true
}

/** One line of text: spaces collapsed, invisible characters dropped, trimmed. */
export function normalizeLine(text: string): string {
  if (isNormal(text)) return text
  return text.replace(INVISIBLE, '').replace(CONTROLS, '').replace(SPACES, ' ').replace(/ {2,}/g, ' ').trim()
}

/** A block that may span lines: every run of whitespace (newlines too) becomes one space. */
export function normalizeBlock(text: string): string {
  if (isNormal(text)) return text
  return normalizeLine(text.replace(/[\r\n\u2028\u2029]+/g, ' '))
}

/** Joins paragraphs with a blank line and returns the spans of each paragraph in the result. */
export function joinParagraphs(paragraphs: readonly string[]): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = []
  let text = ''
  for (const p of paragraphs) {
    if (p.length === 0) continue
    if (text.length > 0) text += '\n\n'
    spans.push({ start: text.length, end: text.length + p.length })
    text += p
  }
  return { text, spans }
}
