/** `pressroom eval extract`: how a publisher is scored. */
import { describe, expect, test } from 'vitest'
import { samePublisher } from '../src/eval/extract.js'

describe('publisher scoring', () => {
  test('a known publisher under its name or an alias is one publisher', () => {
    expect(samePublisher('Defense Visual Information Distribution Service', 'DVIDS')).toBe(true)
    expect(samePublisher('DVIDS', 'DVIDS')).toBe(true)
  })
  test('two publishers, or a publisher and none, differ', () => {
    expect(samePublisher('U.S. Army South', 'DVIDS')).toBe(false)
    expect(samePublisher('DVIDS', null)).toBe(false)
    expect(samePublisher('The Abaco Islander', 'The Nassau Guardian')).toBe(false)
  })
})
