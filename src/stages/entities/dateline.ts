/**
 * Mixed-case datelines only a gazetteer can confirm. The clean stage reads "SANTO DOMINGO –" and
 * "Belmopan, Belize –" on its own, but leaves "Santo Domingo – The …" alone, since "Yesterday –"
 * or "Background – …" look the same to it. Once places are known, a paragraph that opens with a
 * city or town of the gazetteer followed by a dash has its dateline.
 */
import type { PlaceRecord } from '../../schema/records.js'

const DASH_THEN_SENTENCE = /^\s*(?:[–—]|--?)\s+(?=[\p{Lu}\p{N}"“‘'])/u

/** The dateline at offset 0 of `text` ("Santo Domingo"), or null. */
export function gazetteerDateline(text: string, places: readonly PlaceRecord[]): string | null {
  for (const p of places) {
    if (p.kind !== 'city') continue
    const m = p.mentions.find((x) => x.start === 0)
    if (m && DASH_THEN_SENTENCE.test(text.slice(m.end, m.end + 8))) return m.text
  }
  return null
}
