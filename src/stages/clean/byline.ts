/**
 * Facts the first paragraph states about the release itself: the dateline ("MIAMI –",
 * "PORT-AU-PRINCE, Haiti —", "KINGSTON, Jamaica, Nov. 12, 2019 –") and the spokesperson who
 * issued it ("spokesman Lieutenant Colonel Devin T. Robinson provided the following readout").
 */
import { z } from 'zod'
import honorificData from './data/honorifics.json' with { type: 'json' }
import { findDate } from './parse-date.js'

const honorifics = new Set(z.object({ words: z.array(z.string()) }).parse(honorificData).words)

export interface Dateline {
  /** The place, e.g. "PORT-AU-PRINCE, Haiti". */
  readonly place: string
  /** A date written inside the dateline, YYYY-MM-DD. */
  readonly date: string | null
  /** Length of the whole dateline including the dash, from the start of the paragraph. */
  readonly length: number
}

// An upper-case place (MIAMI, PORT-AU-PRINCE, ST. JOHN'S, PORT OF SPAIN), then up to three
// comma-separated parts (region, country, date), an optional agency in parentheses, and a dash.
const DATELINE =
  /^([\p{Lu}][\p{Lu}\p{M}.'’-]*(?:\s+[\p{Lu}\p{M}.'’-]+){0,4})((?:,\s*[^,–—\-(\n]{2,40}){0,3})\s*(?:\(([^)]{1,40})\))?\s*(?:[–—]|--?)\s+/u

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, 160))
  if (!m?.[1]) return null
  const city = m[1].trim()
  // At least two capital letters: "A –" or "I –" are not places.
  if (city.replace(/[^\p{Lu}]/gu, '').length < 2) return null
  let rest = m[2] ?? ''
  // A date inside the dateline ("KINGSTON, Jamaica, Nov. 12, 2019 –") is taken out first.
  const found = findDate(rest)
  const date = found?.iso ?? null
  if (found) rest = rest.slice(0, found.index) + rest.slice(found.index + found.length)
  const parts = rest.split(',').map((s) => s.trim()).filter((s) => s.length > 0)
  // Parts after the city must read like a place: capitalized words or abbreviations.
  for (const part of parts) if (!/^[\p{Lu}][\p{L}\p{M}.'’ -]*$/u.test(part)) return null
  return { place: [city, ...parts].join(', '), date, length: m[0].length }
}

const SPOKES = /\b(?:spokes(?:man|woman|person)|press secretary)\b[,:]?\s+/gi
const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}\p{M}'’-]*\.?|[\p{Lu}]\.)$/u

/** The name of the spokesperson named in `text` (rank and title removed), or null. */
export function findSpokesperson(text: string): string | null {
  SPOKES.lastIndex = 0
  for (let m = SPOKES.exec(text); m; m = SPOKES.exec(text)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120)
    const tokens: string[] = []
    for (const raw of after.split(/\s+/)) {
      const token = raw.replace(/[,:;]$/, '')
      if (!NAME_TOKEN.test(token)) break
      tokens.push(token)
      if (token !== raw) break
    }
    while (tokens.length > 0 && honorifics.has((tokens[0] ?? '').toLowerCase().replace(/\.$/, ''))) tokens.shift()
    if (tokens.length >= 2 && tokens.length <= 4) return tokens.join(' ')
  }
  return null
}

/** The organization a spokesperson speaks for ("Department of Defense spokesman …"). */
export function spokespersonOrganization(text: string): string | null {
  const m = /((?:U\.S\.\s+)?(?:Department|Ministry|Office) of (?:the\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*|Pentagon|State Department)\s+(?:spokes(?:man|woman|person)|press secretary)\b/iu.exec(text)
  return m?.[1] ?? null
}
