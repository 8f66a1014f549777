/**
 * Turns a DOM subtree into text blocks. cheerio's `.text()` glues blocks together ("Hello
 * worldTwo"), so the walk flushes a block at every block-level element and at `<br>`, and keeps,
 * for each block, the element that owns it and how much of its text sits inside links.
 */
import type { AnyNode, Element } from 'domhandler'
import { normalizeBlock } from './normalize.js'

export type BlockKind = 'p' | 'heading' | 'item' | 'row' | 'pre' | 'quote' | 'caption' | 'other'

export interface Block {
  readonly text: string
  /** The nearest block-level element holding the text. */
  readonly owner: Element
  readonly kind: BlockKind
  /** Non-space characters, all and inside `<a>`. */
  readonly chars: number
  readonly linkChars: number
  /** True when the text starts inside a link (a link line, not a sentence that links a phrase). */
  readonly linkFirst: boolean
  /**
   * True when the text sits loose in an element that also holds block children (text beside
   * `<p>`s, or split by `<br>`): the owner itself is then the paragraph's container.
   */
  readonly loose: boolean
}

/** Elements whose start and end break the text flow. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'article', 'aside',
])

/** Never text: code, media, form controls, document head. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'map', 'button', 'input', 'select', 'textarea', 'option', 'head', 'title', 'meta',
  'link', 'source', 'track', 'picture', 'img', 'dialog',
])

function kindOf(tag: string): BlockKind {
  switch (tag) {
    case 'p':
      return 'p'
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return 'heading'
    case 'li': case 'dd': case 'dt':
      return 'item'
    case 'tr':
      return 'row'
    case 'pre':
      return 'pre'
    case 'blockquote':
      return 'quote'
    case 'figcaption': case 'caption':
      return 'caption'
    default:
      return 'other'
  }
}

function nonSpaceLength(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c > 32 && c !== 160) n++
  }
  return n
}

/** True when some child of `el` is a block-level element. */
function hasBlockChild(el: Element): boolean {
  for (const child of el.children) {
    if (child.type === 'tag' && (BLOCK_TAGS.has(child.name) || child.name === 'br')) return true
  }
  return false
}

/** True when a table cell holds block-level content (a layout table) rather than one datum. */
function hasBlockDescendant(el: Element): boolean {
  for (const child of el.children) {
    if (child.type === 'tag' && (BLOCK_TAGS.has(child.name) || hasBlockDescendant(child))) return true
  }
  return false
}

/** An element's children without the whitespace between them. */
export function filledChildren(el: Element): AnyNode[] {
  return el.children.filter((c) => c.type !== 'text' || (c as unknown as { data: string }).data.trim() !== '')
}

export interface WalkOptions {
  /** Elements to leave out with everything inside them. */
  readonly skip: (el: Element) => boolean
}

/** Collects the blocks under `root`, in document order. */
export function collectBlocks(root: Element, options: WalkOptions): Block[] {
  const blocks: Block[] = []
  let buffer = ''
  let chars = 0
  let linkChars = 0
  let linkFirst = false
  let owner: Element = root

  const flush = (): void => {
    if (chars > 0) {
      const text = normalizeBlock(buffer)
      if (text.length > 0) blocks.push({ text, owner, kind: kindOf(owner.name), chars, linkChars, linkFirst, loose: hasBlockChild(owner) })
    }
    buffer = ''
    chars = 0
    linkChars = 0
    linkFirst = false
  }

  // Inside a data cell a <br> only breaks a line of the cell ("1<br>person").
  const walk = (node: AnyNode, inLink: boolean, inCell = false): void => {
    if (node.type === 'text') {
      buffer += node.data
      const n = nonSpaceLength(node.data)
      if (chars === 0 && n > 0) linkFirst = inLink
      chars += n
      if (inLink) linkChars += n
      return
    }
    if (node.type !== 'tag') return
    const tag = node.name
    if (SKIP_TAGS.has(tag) || options.skip(node)) return
    if (tag === 'br' || tag === 'hr') {
      if (inCell) buffer += ' '
      else flush()
      return
    }
    const link = inLink || tag === 'a'
    const cell = tag === 'td' || tag === 'th'
    if (BLOCK_TAGS.has(tag) || (cell && hasBlockDescendant(node))) {
      flush()
      const outer = owner
      owner = node
      for (const child of node.children) walk(child, link)
      flush()
      owner = outer
      return
    }
    // Inline elements and data cells: keep words apart where the markup separates them.
    if (cell) buffer += ' '
    for (const child of node.children) walk(child, link, inCell || cell)
    if (cell) buffer += ' '
  }

  walk(root, false)
  flush()
  return blocks
}
