/**
 * A guard for hostile HTML. Pages nested tens of thousands of elements deep (unclosed `<span>`s)
 * make DOM parsing and every selector query quadratic and overflow recursive text walks; no real
 * page nests anywhere near `MAX_DEPTH`. Such input is read as text with its tags stripped.
 */

/** Deeper than this (estimated from the source) is not a real page. */
export const MAX_DEPTH = 1000

// Elements that never hold children, and elements that the next sibling closes implicitly:
// neither adds to the nesting however they are written.
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'rt', 'rp', '!doctype',
])

function isNameChar(c: number): boolean {
  // [\w:-]: letters, digits, underscore, colon, hyphen.
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45
}

/**
 * The deepest nesting the source's tags imply (a cheap scan, no parsing): every `<name …>` opens
 * a level unless it is self-closed or in FLAT, every `</name …>` closes one. A hand-written scan
 * (indexOf, character codes): a regular expression over the whole page cost as much as a tenth
 * of the clean stage.
 */
export function estimateDepth(input: string): number {
  let depth = 0
  let max = 0
  let i = input.indexOf('<')
  while (i >= 0) {
    let j = i + 1
    const closing = input.charCodeAt(j) === 47 // '/'
    if (closing) j++
    const first = input.charCodeAt(j)
    let name: string | null = null
    if ((first >= 97 && first <= 122) || (first >= 65 && first <= 90)) {
      let k = j + 1
      while (k < input.length && isNameChar(input.charCodeAt(k))) k++
      name = input.slice(j, k).toLowerCase()
    } else if (first === 33 && input.slice(j, j + 8).toLowerCase() === '!doctype') name = '!doctype'
    if (name === null) {
      i = input.indexOf('<', i + 1)
      continue
    }
    const end = input.indexOf('>', j)
    if (end < 0) break
    if (!FLAT.has(name) && input.charCodeAt(end - 1) !== 47) {
      if (closing) depth = depth > 0 ? depth - 1 : 0
      else if (++depth > max) max = depth
    }
    i = input.indexOf('<', end + 1)
  }
  return max
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole
    }
    return NAMED[body.toLowerCase()] ?? whole
  })
}

/** The text of an HTML source without parsing it: scripts and styles dropped, tags as line breaks. */
export function stripTags(input: string): string {
  return decodeEntities(
    input
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, '\n')
      .replace(/<!--[\s\S]*?-->/g, '\n')
      .replace(/<[^>]*>/g, '\n'),
  )
}
