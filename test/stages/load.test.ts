import { describe, expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { decode, detectFormat, loadStage, MAX_INPUT_BYTES } from '../../src/stages/load/index.js'
import type { Context } from '../../src/types.js'

const ctx = {} as Context
const load = (bytes: Uint8Array, path = 'x.html') => loadStage(createDocument({ path, bytes }), ctx)

describe('load', () => {
  test('decodes UTF-8 and normalizes line ends', () => {
    const doc = load(Buffer.from('<p>Caf\u00e9 \u2013 Bridgetown</p>\r\n<p>Two</p>'))
    expect(doc.input).toBe('<p>Caf\u00e9 \u2013 Bridgetown</p>\n<p>Two</p>')
    expect(doc.format).toBe('html')
    expect(doc.diagnostics).toEqual([])
  })

  test('strips a UTF-8 BOM', () => {
    expect(decode(Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x42]))).toEqual({ text: 'AB', encoding: 'utf-8' })
  })

  test('decodes UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Kingston \u2014 JDF', 'utf16le')])
    expect(decode(le)).toEqual({ text: 'Kingston \u2014 JDF', encoding: 'utf-16le' })
    const be = Buffer.from(le.subarray(2)).swap16()
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))?.text).toBe('Kingston \u2014 JDF')
  })

  test('falls back to Windows-1252 for invalid UTF-8, curly quotes included', () => {
    const bytes = Buffer.from([0x93, 0x53, 0x61, 0x66, 0x65, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x80])
    expect(decode(bytes)).toEqual({ text: '\u201cSafe\u201d caf\u00e9 \u20ac', encoding: 'windows-1252' })
  })

  test('honours a declared single-byte charset', () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="iso-8859-15"><p>'), Buffer.from([0xa4]), Buffer.from('</p>')])
    expect(decode(bytes)?.text).toBe('<meta charset="iso-8859-15"><p>\u20ac</p>')
  })

  test('refuses empty, blank, binary and oversized inputs with a named reason', () => {
    expect(load(new Uint8Array(0)).diagnostics).toEqual([{ severity: 'error', code: 'load/empty', message: 'the file is empty (0 bytes)' }])
    expect(load(Buffer.from('  \n\t ')).diagnostics[0]?.code).toBe('load/empty')
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(load(binary).diagnostics[0]).toMatchObject({ severity: 'error', code: 'load/binary' })
    const big = new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61)
    expect(load(big).diagnostics[0]).toMatchObject({ code: 'load/too-large' })
  })

  test('tells HTML from text dumps', () => {
    expect(detectFormat('<!DOCTYPE html><html>', 'a.txt')).toBe('html')
    expect(detectFormat('  <html lang="en">', 'a')).toBe('html')
    expect(detectFormat('Press Release | Nov. 12, 2019\n\nMIAMI \u2013 Defense leaders', 'a.txt')).toBe('text')
    expect(detectFormat('Intro <div class="x"><p>a</p><p>b</p></div>', 'a')).toBe('html')
    expect(detectFormat('The U.S. <3 partners', 'a.html')).toBe('text')
  })
})
