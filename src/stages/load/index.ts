/**
 * load: bytes in, decoded string out. Detects HTML vs text, decodes (BOM, UTF-8, UTF-16,
 * a declared charset, Windows-1252 as the fallback), and refuses what is not a release
 * (empty, binary, too large) with a diagnostic that names the reason.
 */
import iconv from 'iconv-lite'
import { report } from '../../document.js'
import type { Document, InputFormat, Stage } from '../../types.js'

/** Inputs larger than this are refused: no press release is anywhere near it. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024

export interface Decoded {
  readonly text: string
  readonly encoding: string
}

export const loadStage: Stage = (doc) => {
  const { bytes } = doc
  if (bytes.length === 0) return fail(doc, 'load/empty', 'the file is empty (0 bytes)')
  if (bytes.length > MAX_INPUT_BYTES) {
    return fail(
      doc,
      'load/too-large',
      `the file is ${formatBytes(bytes.length)}, over the ${formatBytes(MAX_INPUT_BYTES)} limit for one release`,
    )
  }
  const decoded = decode(bytes)
  if (decoded === null) {
    return fail(doc, 'load/binary', 'the file is binary, not text or HTML (control bytes or NUL bytes in its content)')
  }
  const input = decoded.text.replace(/\r\n?/g, '\n')
  if (input.trim().length === 0) return fail(doc, 'load/empty', 'the file holds only white space')
  const format = detectFormat(input, doc.path)
  let next: Document = { ...doc, input, format }
  if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'ascii') {
    next = report(next, { severity: 'info', code: 'load/encoding', message: `decoded as ${decoded.encoding}` })
  }
  return next
}

function fail(doc: Document, code: string, message: string): Document {
  return report(doc, { severity: 'error', code, message })
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Decodes bytes to a string, or returns null when they are binary. */
export function decode(bytes: Uint8Array): Decoded | null {
  const b0 = bytes[0]
  const b1 = bytes[1]
  const b2 = bytes[2]
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return checkText(lenientUtf8(bytes.subarray(3)), 'utf-8')
  if (b0 === 0xff && b1 === 0xfe) return checkText(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le')
  if (b0 === 0xfe && b1 === 0xff) return checkText(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be')
  if (looksBinary(bytes)) return null
  let ascii = true
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false
      break
    }
  }
  if (ascii) return checkText(Buffer.from(bytes).toString('latin1'), 'ascii')
  try {
    return checkText(utf8.decode(bytes), 'utf-8')
  } catch {
    // Not valid UTF-8: trust a declared single-byte charset, else Windows-1252 (a superset of
    // Latin-1 that most mis-labelled Western pages really are).
  }
  const declared = declaredCharset(bytes)
  const encoding = declared && declared !== 'utf-8' && iconv.encodingExists(declared) ? declared : 'windows-1252'
  return checkText(iconv.decode(Buffer.from(bytes), encoding), encoding)
}

function lenientUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/** Decoded text that is mostly control characters is binary after all. */
function checkText(text: string, encoding: string): Decoded | null {
  const sample = text.slice(0, 8192)
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if (c === 0 || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) control++
  }
  if (sample.length > 0 && control / sample.length > 0.01) return null
  return { text, encoding }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let suspicious = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) suspicious++
  }
  return suspicious / n > 0.01
}

/** The charset a page declares in its first 4 KB (`<meta charset>` or http-equiv), lower-cased. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  if (!m?.[1]) return null
  const name = m[1].toLowerCase()
  return name === 'utf8' ? 'utf-8' : name
}

const htmlStart = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i
const htmlTags = /<(?:p|div|article|section|span|a|h[1-6]|br|table|ul|meta|title)[\s>/]/gi

/** HTML when it starts like a page or is dense with tags; otherwise a text dump. */
export function detectFormat(input: string, path: string): InputFormat {
  if (htmlStart.test(input)) return 'html'
  const head = input.slice(0, 4096)
  const tags = head.match(htmlTags)?.length ?? 0
  if (tags >= 3) return 'html'
  if (/\.x?html?$/i.test(path) && tags >= 1) return 'html'
  return 'text'
}
