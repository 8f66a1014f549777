/**
 * A small CSS selector matcher, compiled once per process: the selectors of the site rules
 * (data/site-rules.json) are simple (`.entry-content`, `article .content`, `[itemprop=articleBody]`,
 * `div.body`), and cheerio would parse and compile each of them again for every page.
 * Supported: selector lists (`a, b`), the descendant combinator, and compounds of a tag, `#id`,
 * `.class`, `[attr]`, `[attr=v]`, `[attr~=v]`, `[attr*=v]`, `[attr^=v]`, `[attr$=v]`.
 */
import type { Document as DomDocument, Element } from 'domhandler'

type Test = (el: Element) => boolean

interface Compound {
  readonly tests: readonly Test[]
}

/** A compiled selector: one chain of compounds (descendant combinators) per list item. */
export interface Selector {
  readonly source: string
  readonly chains: readonly (readonly Compound[])[]
}

const TOKEN = /^(?:([a-zA-Z][a-zA-Z0-9-]*|\*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~*^$|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\])/

/** The characters `\s` matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) || c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/**
 * Whether the whitespace-separated list holds `token` (non-empty): what
 * `list.split(/\s+/).includes(token)` gives, without building the list, on every element the walk
 * tests.
 */
export function hasToken(list: string, token: string): boolean {
  for (let i = list.indexOf(token); i >= 0; i = list.indexOf(token, i + 1)) {
    const end = i + token.length
    if ((i === 0 || isSpace(list.charCodeAt(i - 1))) && (end === list.length || isSpace(list.charCodeAt(end)))) return true
  }
  return false
}

function compileCompound(text: string, source: string): Compound {
  const tests: Test[] = []
  let rest = text
  while (rest.length > 0) {
    const m = TOKEN.exec(rest)
    if (!m) throw new Error(`unsupported selector ${JSON.stringify(source)}`)
    rest = rest.slice(m[0].length)
    const [, tag, id, cls, attr, op, v1, v2, v3] = m
    if (tag !== undefined) {
      const name = tag.toLowerCase()
      if (name !== '*') tests.push((el) => el.name === name)
    } else if (id !== undefined) tests.push((el) => el.attribs['id'] === id)
    else if (cls !== undefined) tests.push((el) => hasToken(el.attribs['class'] ?? '', cls))
    else if (attr !== undefined) {
      const key = attr.toLowerCase()
      const value = v1 ?? v2 ?? v3 ?? ''
      switch (op) {
        case undefined: tests.push((el) => el.attribs[key] !== undefined); break
        case '=': tests.push((el) => el.attribs[key] === value); break
        case '~=': tests.push(value.length > 0 ? (el) => hasToken(el.attribs[key] ?? '', value) : (el) => (el.attribs[key] ?? '').split(/\s+/).includes(value)); break
        case '*=': tests.push((el) => value.length > 0 && (el.attribs[key] ?? '').includes(value)); break
        case '^=': tests.push((el) => value.length > 0 && (el.attribs[key] ?? '').startsWith(value)); break
        case '$=': tests.push((el) => value.length > 0 && (el.attribs[key] ?? '').endsWith(value)); break
        default: throw new Error(`unsupported selector ${JSON.stringify(source)}`)
      }
    }
  }
  return { tests }
}

export function compileSelector(source: string): Selector {
  const chains = source.split(',').map((part) => {
    const compounds = part.trim().split(/\s+/).filter((p) => p.length > 0)
    if (compounds.length === 0 || compounds.some((c) => /[>+~]$|^[>+~]/.test(c))) throw new Error(`unsupported selector ${JSON.stringify(source)}`)
    return compounds.map((c) => compileCompound(c, source))
  })
  return { source, chains }
}

function matchesCompound(el: Element, c: Compound): boolean {
  for (const t of c.tests) if (!t(el)) return false
  return true
}

function parentTag(el: Element): Element | null {
  const p = el.parent
  return p !== null && p.type === 'tag' ? (p as Element) : null
}

function matchesChain(el: Element, chain: readonly Compound[]): boolean {
  let i = chain.length - 1
  const last = chain[i]
  if (!last || !matchesCompound(el, last)) return false
  i--
  for (let p = parentTag(el); p && i >= 0; p = parentTag(p)) {
    const c = chain[i]
    if (c && matchesCompound(p, c)) i--
  }
  return i < 0
}

export function matches(el: Element, selector: Selector): boolean {
  for (const chain of selector.chains) if (matchesChain(el, chain)) return true
  return false
}

/** The elements matching each selector, in document order, in one walk over the DOM. */
export function selectEach(root: DomDocument | Element, selectors: readonly Selector[]): Element[][] {
  const out: Element[][] = selectors.map(() => [])
  const visit = (el: Element): void => {
    for (let k = 0; k < selectors.length; k++) {
      const s = selectors[k]
      if (s && matches(el, s)) out[k]?.push(el)
    }
    for (const child of el.children) if (child.type === 'tag') visit(child)
  }
  for (const child of root.children) if (child.type === 'tag') visit(child)
  return out
}
