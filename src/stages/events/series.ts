/**
 * Series and editions: "the 11th Caribbean-U.S. Security Cooperation Dialogue" → series
 * `series:caribbean-us-security-cooperation-dialogue`, edition "11"; "Tradewinds 25" →
 * `series:tradewinds`, "2025". Curated series come from data/series.json; any other name
 * tagged with an ordinal or a year ("the 48th Annual Fisheries Forum") gets a series id from its
 * own words.
 */
import type { EventType } from '../../schema/records.js'
import { cues, series as curated, type Series } from './lexicon.js'
import { slug } from './mentions.js'
import { ordinalWords, parseOrdinal, parseRoman, spanishOrdinalWords, tensWords } from '../../text/ordinals.js'

export interface SeriesMention {
  /** Span of the whole name, edition included ("2019 Caribbean Nations Security Conference"). */
  readonly start: number
  readonly end: number
  readonly text: string
  /** Span of the series words alone (what an anaphor without edition matches). */
  readonly coreStart: number
  readonly coreEnd: number
  readonly id: string
  readonly name: string
  readonly edition: string | null
  readonly style: 'ordinal' | 'year'
  /** A year written with an ordinal-numbered series ("the 2024 … Dialogue"): a date hint only. */
  readonly yearHint: string | null
  readonly type: EventType
  readonly code: string
  readonly rule: string
  /** "the Third Dialogue": an ordinal and a bare noun, a series only if the document names one. */
  readonly bare: boolean
}

/** "eleventh" → "[Ee]leventh": ordinals open names ("the Eleventh Dialogue") as often as they run in text. */
const anyCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`
const ordinalAlternatives = [...ordinalWords.keys()].map(anyCase).join('|')
const tensAlternatives = [...tensWords.keys()].map(anyCase).join('|')
const ordinalToken = `(?:\\d{1,3}(?:st|nd|rd|th)|(?:(?:${tensAlternatives})[- ])?(?:${ordinalAlternatives}))`
const prefixPattern = new RegExp(
  `(?:^|[^\\w-])(?<ord>${ordinalToken}|(?:19|20)\\d\\d)\\s+(?:(?:annual|biennial|regular|special|ministerial-level|high-level)\\s+)?$`,
  'i',
)
const suffixYear = /^\s+(?<year>(?:19|20)\d\d)(?![\w-])/

const nounTypes: ReadonlyMap<string, EventType> = new Map([
  ['dialogue', 'meeting'],
  ['meeting', 'meeting'],
  ['ministerial', 'meeting'],
  ['roundtable', 'meeting'],
  ['consultations', 'meeting'],
  ['talks', 'meeting'],
  ['council', 'meeting'],
  ['session', 'meeting'],
  ['conference', 'conference'],
  ['summit', 'conference'],
  ['forum', 'conference'],
  ['symposium', 'conference'],
  ['assembly', 'conference'],
  ['congress', 'conference'],
  ['convention', 'conference'],
  ['colloquium', 'conference'],
  ['exercise', 'exercise'],
  ['games', 'exercise'],
  ['seminar', 'training'],
  ['workshop', 'training'],
])
const typeCodes: Record<string, string> = {
  meeting: 'consult-multilateral',
  conference: 'consult-multilateral',
  exercise: 'cooperate-military',
  training: 'cooperate-military',
}

// Spanish and Portuguese names keep their accented letters ("Posadas–Encarnación Border Committee").
const nameWord = `(?:[A-ZÀ-ÖØ-Þ][\\w\\u00C0-\\u024F.’'&–-]*|U\\.S\\.)`
const connector = `(?:of|the|and|for|on|in|de|del|la|&)`
// After "of": "Tenth Meeting of GANSEG in Guatemala City" ends at GANSEG; the place is where it meets.
const tailConnector = `(?:of|the|and|for|on|de|del|la|&)`
// "… Dialogue on Tuesday": a day or a month after "on" is when, not what the series is on.
const calendarWord = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\\b'
// "… of Lake Titicaca on May 13": no word of the name after its noun is a day or a month.
const tailWord = `(?!${calendarWord})${nameWord}`
const generalOrdinal = new RegExp(
  `(?<![\\w-])(?<ord>${ordinalToken}|(?:19|20)\\d\\d)\\s+(?:(?:Annual|annual|Biennial|biennial|Regular|Special)\\s+)?(?<name>(?:${nameWord}\\s+(?:${connector}\\s+)*){0,6}?(?:${cues.generalSeriesNouns})(?:\\s+and\\s+(?:${cues.generalSeriesNouns}))?(?:\\s+(?:of|on|for)\\s+(?:the\\s+)?(?:${tailWord}\\s+(?:${tailConnector}\\s+)*){0,5}${tailWord})?)(?![\\w-])`,
  'g',
)
/** "at the ninth meeting", "its 12th session": an ordinal and a lower-case noun, a series only if the document names one. */
const bareNouns = 'meeting|session|dialogue|round|edition|conference|summit|forum|symposium|plenary'
const bareOrdinal = new RegExp(`(?<![\\w-])(?<ord>${ordinalToken})\\s+(?<name>${bareNouns})(?![\\w-])(?!\\s+(?:of|on|for)\\b)`, 'g')
const anyBareNoun = new RegExp(`\\b(?:${bareNouns})\\b`)
/** "the third session of the El Ceibo–Tenosique Local Border Security Committee", "the tenth meeting of the Posadas–Encarnación Border Committee": a numbered sitting of a named body. */
const bodyHeads = 'Committee|Commission|Group|Mechanism|Council|Board'
const ordinalOfBody = new RegExp(
  `(?<![\\w-])(?<ord>${ordinalToken})\\s+(?<name>(?:session|sitting|meeting)\\s+of\\s+the\\s+(?:${nameWord}\\s+(?:${connector}\\s+)*){1,7}?(?:${bodyHeads}))(?![\\w-])`,
  'g',
)
/**
 * "la V Reunión de la Comisión Binacional Costa Rica–Ecuador de Seguridad Marítima", "la Octava
 * Reunión del Comité de Frontera", "la VII Reunión": a numbered sitting in Spanish, its body's name
 * after the noun (a Roman numeral, an ordinal word or "5ª" before it).
 */
const spanishOrdinal = [...spanishOrdinalWords.keys()].map(anyCase).join('|')
const spanishSitting = new RegExp(
  `(?<![\\w-])(?<ord>[IVX]{1,5}|${spanishOrdinal}|\\d{1,2}(?:ª|º|°|\\.ª))\\s+(?<name>(?:[Rr]euni[óo]n|[Ss]esi[óo]n)(?:\\s+(?:(?:de\\s+la|del|de\\s+los|de)\\s+(?:${nameWord}\\s+(?:${connector}\\s+)*){0,8}${nameWord}))?)(?![\\w-])`,
  'g',
)
const anySpanishSitting = /[Rr]euni[óo]n|[Ss]esi[óo]n/

/** Whether a series id was made from a Spanish sitting's name ("series:reunion-de-la-comision-…"). */
export function isSpanishSittingId(id: string): boolean {
  return /^series:(?:reunion|sesion)-/.test(id)
}
/** "Exercise Leeward Shield 2021", "Operation Martillo 2023": a named exercise or operation and its year. */
const namedOperation = new RegExp(
  `(?<![\\w-])(?<name>(?:Exercise|Operation)\\s+(?:${nameWord}\\s+){0,3}?${nameWord})\\s+(?<year>(?:19|20)\\d\\d)(?![\\w-])`,
  'g',
)
const generalYearSuffix = new RegExp(
  `(?<![\\w-])(?<name>(?:${nameWord}\\s+(?:${connector}\\s+)*){1,6}(?:${cues.generalSeriesNouns}))\\s+(?<year>(?:19|20)\\d\\d)(?![\\w-])`,
  'g',
)

function yearEdition(token: string): string | null {
  if (/^(?:19|20)\d\d$/.test(token)) return token
  if (/^\d\d$/.test(token)) return `20${token}`
  return null
}

/** "5ª", "12º": a Spanish numbered ordinal. */
const spanishNumbered = (token: string): number | null => {
  const m = /^(\d{1,2})(?:ª|º|°|\.ª)$/.exec(token)
  return m ? Number(m[1]) : null
}

interface Edition {
  readonly edition: string | null
  readonly yearHint: string | null
}

function editionFrom(token: string, style: 'ordinal' | 'year'): Edition {
  const year = yearEdition(token)
  if (style === 'year') return { edition: year, yearHint: year }
  if (year && token.length === 4) return { edition: null, yearHint: year }
  const n = parseOrdinal(token) ?? parseRoman(token) ?? spanishOrdinalWords.get(token.toLowerCase()) ?? spanishNumbered(token)
  return { edition: n === null ? null : String(n), yearHint: null }
}

const anySeriesNoun = new RegExp(`(?:${cues.generalSeriesNouns})`)
const operationWord = /\b(?:Exercise|Operation)\s/

/**
 * The curated aliases that match somewhere in a text, found once per text: most documents name
 * none of the curated series, and trying every alias on every clause was the stage's largest cost.
 */
let present: { text: string; aliases: ReadonlySet<Series['aliases'][number]> } | null = null

function presentAliases(text: string): ReadonlySet<Series['aliases'][number]> {
  if (present !== null && present.text === text) return present.aliases
  const aliases = new Set<Series['aliases'][number]>()
  for (const s of curated) {
    for (const alias of s.aliases) {
      alias.pattern.lastIndex = 0
      if (alias.pattern.test(text)) aliases.add(alias)
      alias.pattern.lastIndex = 0
    }
  }
  present = { text, aliases }
  return aliases
}

/** Series mentions in `text[start, end)`, sorted by offset, non-overlapping (curated first). */
export function findSeries(text: string, start: number, end: number, sentence: string): SeriesMention[] {
  const body = text.slice(start, end)
  const found: SeriesMention[] = []
  const aliases = presentAliases(text)
  for (const s of curated) {
    for (const alias of s.aliases) {
      if (!aliases.has(alias)) continue
      if (alias.context && !alias.context.test(sentence)) continue
      alias.pattern.lastIndex = 0
      for (let m = alias.pattern.exec(body); m !== null; m = alias.pattern.exec(body)) {
        if (m[0].length === 0) {
          alias.pattern.lastIndex++
          continue
        }
        found.push(curatedMention(text, start, m, s))
      }
    }
  }
  // The general patterns are costly; each needs a capitalized series noun, or "Exercise"/"Operation".
  if (anySeriesNoun.test(body)) {
    for (const m of body.matchAll(generalOrdinal)) found.push(...generalMention(text, start, m, 'ordinal'))
    for (const m of body.matchAll(generalYearSuffix)) found.push(...generalMention(text, start, m, 'year'))
  }
  if (anyBareNoun.test(body)) {
    for (const m of body.matchAll(bareOrdinal)) found.push(...generalMention(text, start, m, 'ordinal'))
    for (const m of body.matchAll(ordinalOfBody)) found.push(...generalMention(text, start, m, 'ordinal'))
  }
  if (anySpanishSitting.test(body)) for (const m of body.matchAll(spanishSitting)) found.push(...generalMention(text, start, m, 'ordinal'))
  if (operationWord.test(body)) for (const m of body.matchAll(namedOperation)) found.push(...generalMention(text, start, m, 'year'))
  found.sort((a, b) => a.start - b.start || b.end - a.end || rank(a) - rank(b))
  const kept: SeriesMention[] = []
  for (const m of found) {
    const clash = kept.findIndex((k) => m.start < k.end && k.start < m.end)
    if (clash < 0) kept.push(m)
    else if (rank(m) < rank(kept[clash]!)) kept[clash] = m
  }
  return kept.sort((a, b) => a.start - b.start)
}

const rank = (m: SeriesMention): number => (m.bare ? 2 : m.rule.startsWith('series:general') ? 1 : 0)

function curatedMention(text: string, offset: number, m: RegExpExecArray, s: Series): SeriesMention {
  let start = offset + m.index
  let end = start + m[0].length
  const coreStart = start
  const coreEnd = end
  let edition: Edition = { edition: null, yearHint: null }
  const inner = m.groups?.['edition']
  if (inner) edition = editionFrom(inner, s.edition)
  else {
    const before = prefixPattern.exec(text.slice(Math.max(0, start - 40), start))
    if (before?.groups?.['ord']) {
      edition = editionFrom(before.groups['ord'], s.edition)
      start -= before[0].length - before[0].search(/[\w]/)
    } else {
      const after = suffixYear.exec(text.slice(end, end + 8))
      if (after?.groups?.['year']) {
        edition = editionFrom(after.groups['year'], s.edition)
        end += after[0].length
      }
    }
  }
  return {
    start,
    end,
    text: text.slice(start, end),
    coreStart,
    coreEnd,
    id: s.id,
    name: s.name,
    edition: edition.edition,
    style: s.edition,
    yearHint: edition.yearHint,
    type: s.type,
    code: s.code,
    rule: `series:${s.id.slice('series:'.length)}`,
    bare: false,
  }
}

/** The last match of the global `re` in `s` (what `[...s.matchAll(re)].at(-1)?.[0]` gives, without cloning `re`). */
function lastMatch(re: RegExp, s: string): string | undefined {
  let last: string | undefined
  re.lastIndex = 0
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    last = m[0]
    if (m[0] === '') re.lastIndex++
  }
  return last
}

const generalNoun = new RegExp(`(?:${cues.generalSeriesNouns})`, 'g')

/**
 * The words a general series id is made of: "Meeting of the Belize–Mexico High-Level Border
 * Security Group (GANSEF)" is "Meeting of GANSEF", as other reports call it; a leading "the",
 * "annual", "exercise" or "operation" goes.
 */
function seriesKey(name: string, after: string): string {
  const bare = name.replace(/^(?:the|annual|exercise|operation)\s+/i, '')
  const acronym = /^\s*\(([A-Z][A-Z0-9&]{1,9})\)/.exec(after)?.[1]
  const of = /^(.*?\bof)\s+(?:the\s+)?/i.exec(bare)
  return acronym && of ? `${of[1]} ${acronym}` : bare
}

function generalMention(text: string, offset: number, m: RegExpMatchArray, kind: 'ordinal' | 'year'): SeriesMention[] {
  const name = m.groups?.['name']
  const token = kind === 'ordinal' ? m.groups?.['ord'] : m.groups?.['year']
  if (!name || !token || m.index === undefined) return []
  const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w))
  const bare = words.length < 2
  if (bare && kind !== 'ordinal') return []
  // "Annual General Meeting and Conference": the last of two joined nouns names the kind.
  const noun = lastMatch(generalNoun, name)?.toLowerCase() ?? (/^Operation\b/.test(name) ? 'operation' : nounTypes.has(name) ? name : 'meeting')
  // "the Twenty-Sixth Regular Session of the Inter-American Committee": the numbered plenary of a
  // multilateral body is a conference; a bare "session" stays a meeting.
  const plenary = noun === 'session' && /\b(?:Regular|Special|Plenary|Annual|Ordinary|Extraordinary)\s+Session\b/.test(m[0])
  const type = noun === 'operation' ? 'deployment' : plenary ? 'conference' : (nounTypes.get(noun) ?? 'meeting')
  const style: 'ordinal' | 'year' = /^(?:19|20)\d\d$/.test(token) ? 'year' : 'ordinal'
  const start = offset + m.index
  const end = start + m[0].length
  const nameStart = offset + m.index + m[0].indexOf(name)
  return [
    {
      start,
      end,
      text: text.slice(start, end),
      coreStart: nameStart,
      coreEnd: nameStart + name.length,
      id: `series:${slug(seriesKey(name, text.slice(end, end + 16)))}`,
      name,
      edition: editionFrom(token, style).edition,
      style,
      yearHint: yearEdition(token),
      type,
      code: typeCodes[type] ?? 'consult',
      rule: bare ? 'series:bare-ordinal' : `series:general-${kind}`,
      bare,
    },
  ]
}
