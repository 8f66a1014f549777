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

/** The deepest nesting the source's tags imply (a cheap scan, no parsing). */
export function estimateDepth(input: string): number {
  const tag = /<(\/?)([a-zA-Z][\w:-]*|!doctype)[^>]*?(\/?)>/g
  let depth = 0
  let max = 0
  for (let m = tag.exec(input); m; m = tag.exec(input)) {
    const name = (m[2] ?? '').toLowerCase()
    if (FLAT.has(name) || m[3] === '/') continue
    if (m[1] === '/') depth = Math.max(0, depth - 1)
    else if (++depth > max) max = depth
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
