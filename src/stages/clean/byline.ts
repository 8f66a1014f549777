/**
 * Facts the first paragraph states about the release itself: the dateline ("MIAMI –",
 * "PORT-AU-PRINCE, Haiti —", "KINGSTON, Jamaica, Nov. 12, 2019 –") and the spokesperson who
 * issued it ("spokesman Lieutenant Colonel Devin T. Robinson provided the following readout").
 */
import { z } from 'zod'
import honorificData from './data/honorifics.json' with { type: 'json' }
import { findDate, monthDayAt } from './parse-date.js'

const honorifics = new Set(z.object({ words: z.array(z.string()) }).parse(honorificData).words)

export interface Dateline {
  /** The place, e.g. "PORT-AU-PRINCE, Haiti". */
  readonly place: string
  /** A date written inside the dateline, YYYY-MM-DD. */
  readonly date: string | null
  /** A day written without its year ("KINGSTON, Jamaica, Aug. 14 (JIS):"), MM-DD. */
  readonly monthDay?: string
  /** Length of the whole dateline including the dash, from the start of the paragraph. */
  readonly length: number
}

// The city: capitalized words ("MIAMI", "PORT-AU-PRINCE", "ST. JOHN'S", "JOINT BASE SAN
// ANTONIO-FORT SAM HOUSTON", "Port of Spain", "Belmopan").
const CITY = /^[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+(?:(?:of|de|du|del|la|le|au|and|do|da)\s+)?[\p{Lu}][\p{L}\p{M}.'’-]*){0,7}/u
// A place part after a comma: "Haiti", "D.C.", "Fla.", "Trinidad and Tobago", "St Vincent and the
// Grenadines", "Rio Grande do Sul", "Gracias a Dios", "Islas de la Bahía", and the Spanish press's
// lower-case kind of place ("isla Saona", "provincia de Darién").
const PART = /^(?:(?:isla|islas|provincia|departamento|estado|municipio|región)\s+(?:de\s+(?:la\s+|los\s+|las\s+)?)?)?[\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+(?:(?:and|of|de|del|la|las|los|do|dos|da|das|a)\s+){0,2}(?:the\s+)?[\p{Lu}][\p{L}\p{M}.'’-]*){0,4}/u
// "–", "—", "-", "--", "––" and the Spanish ".-" ("SANTO DOMINGO.- La Armada …"); a dash may
// close the paragraph (DVIDS sets "SAN ISIDRO AIR BASE, Dominican Republic --" on a line of its
// own), and an em or en dash may touch the sentence ("9 November 2026 (CRFM)—Thirty-six …").
const DASH = /^\s*(?:[–—]{1,2}|--?|\.[-–—])(?:\s+|$)/
const TOUCHING_DASH = /^[–—](?=[\p{Lu}\p{N}"“])/u
const AGENCY = /^\s*\(([^)]{1,40})\)/
// Brazil's states as the press writes them after a town: "Manaus (AM)", "Corumbá (MS)" (not Amapá's
// "AP", which after a town is the news agency).
const BRAZIL_STATE = /^(?:AC|AL|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$/
// News agencies a mixed-case town's brackets may name instead of its province.
const NEWS_AGENCY = /^(?:reuters|efe|afp|ap|upi|dpa|ansa|xinhua|bloomberg|prensa latina|agência brasil|télam|telam|andina|agn|cmc|cns|ip)$/i
/** "Manaus (AM)", "Leticia (Amazonas)", "Punta del Este (Uruguay)": a state, province or country in brackets after the town. */
function bracketedRegion(inside: string): boolean {
  if (BRAZIL_STATE.test(inside)) return true
  return /^\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+(?:de\s+|del\s+|do\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u.test(inside) && !NEWS_AGENCY.test(inside)
}
// "PEDRO JUAN CABALLERO. La Secretaría …": up to five words in capitals, a full stop, a new sentence.
const UPPER_TOWN = /^(\p{Lu}[\p{Lu}\p{M}'’-]*(?:\s+(?:(?:DE|DEL|LA|LOS|LAS|DO|DA)\s+)?\p{Lu}[\p{Lu}\p{M}'’-]*){0,4})\.\s+(?=\p{Lu}\p{Ll})/u
// Words in capitals that open a paragraph with a full stop without being a town.
const NOT_TOWN = /(?:^|\s)(?:NOTE|UPDATE|UPDATED|BREAKING|ADVISORY|CORRECTION|ALERT|RELEASE|STATEMENT|READOUT|EMBARGOED|URGENT|MEDIA|PRESS|FACT|SHEET|BACKGROUND|SUMMARY|NEWS|COMMUNIQUÉ|COMUNICADO|AVISO|NOTA|ACTUALIZACIÓN|ÚLTIMA HORA)(?:\s|$)/

// Words that open a sentence, not a city ("On Monday, …", "Last week, …").
const NOT_CITY = /^(?:on|in|at|by|this|last|next|from|during|after|before|since|until|early|late)\b/i
// Ranks and titles written short, which a name follows ("Cmdr. Jane Doe"): not a country.
const TITLE_ABBREVIATION = /^(?:cmdr|capt|col|gen|maj|lt|sgt|adm|gov|sen|rep|amb|supt|insp|cpl|cdr|brig|mr|mrs|ms|dr|hon|rev)\.$/i

function isUpper(s: string): boolean {
  return !/\p{Ll}/u.test(s.replace(/\b(?:of|de|du|del|la|le|au|and)\b/g, ''))
}

/** A date starting right at `text` (after spaces), as [iso, length consumed]. */
function dateAt(text: string): [string, number] | null {
  // A weekday may open it: "Thursday 14th August 2026", "Thu., Aug. 14, 2026"; so may an article ("le 14 août 2026").
  const lead = /^\s*(?:(?:le|el)\s+(?=\d))?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?/i.exec(text)?.[0].length ?? 0
  const found = findDate(text.slice(lead, lead + 40))
  return found && found.index === 0 ? [found.iso, lead + found.length] : null
}

/**
 * The dateline at the start of a paragraph: "MIAMI –", "PORT-AU-PRINCE, Haiti —",
 * "KINGSTON, Jamaica, Nov. 12, 2019 –", "WASHINGTON (AP) —", "Washington, D.C. –",
 * "Belmopan, February 8, 2024. The …", "March 3, 2023 – Ottawa, Ontario – …".
 * Mixed-case places need a second part or a date, so "Yesterday –" is not a dateline.
 */
export function findDateline(paragraph: string, options: { readonly alone?: boolean; readonly dashAlone?: boolean } = {}): Dateline | null {
  const found = datelineAt(paragraph.slice(0, 220))
  // A dateline that is the whole paragraph ("SAN ISIDRO AIR BASE, Dominican Republic --" on a line
  // of its own, "Santo Domingo, November 5, 2026") is read only where the caller expects the
  // story's first lines: elsewhere such a line may sign a communiqué or end a page. One closed by
  // a dash (`dashAlone`) announces the paragraph under it wherever it stands.
  const whole = found !== null && found.length >= paragraph.trimEnd().length
  if (whole && !options.alone && !(options.dashAlone && /[-–—]$/.test(paragraph.trimEnd()))) return null
  return found
}

function datelineAt(head: string): Dateline | null {
  // Date first (Canada.ca): "March 3, 2023 – Ottawa, Ontario – National Defence".
  const lead = dateAt(head)
  if (lead) {
    const afterDate = head.slice(lead[1])
    const dash = DASH.exec(afterDate)
    if (dash) {
      const place = placeAt(afterDate.slice(dash[0].length), false)
      if (place && place.end) return { place: place.place, date: lead[0], length: lead[1] + dash[0].length + place.length }
    }
    return null
  }
  const place = placeAt(head, true)
  if (!place || !place.end) return null
  return place.monthDay ? { place: place.place, date: place.date, monthDay: place.monthDay, length: place.length } : { place: place.place, date: place.date, length: place.length }
}

interface PlaceMatch {
  readonly place: string
  readonly date: string | null
  readonly monthDay?: string
  readonly length: number
  /** True when the place is closed by a dash (or by a period after a date). */
  readonly end: boolean
}

function placeAt(text: string, allowDate: boolean): PlaceMatch | null {
  // "Belmopan. August 15, 2025. The Commissioner …": a city and a date, each closed by a period.
  const dotted = allowDate ? /^(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})\.\s+/u.exec(text) : null
  const dottedDate = dotted ? dateAt(text.slice(dotted[0].length)) : null
  if (dotted && dottedDate) {
    const close = /^\.\s+(?=\p{Lu})/u.exec(text.slice(dotted[0].length + dottedDate[1]))
    if (close) return { place: dotted[1] ?? '', date: dottedDate[0], length: dotted[0].length + dottedDate[1] + close[0].length, end: true }
  }
  // "PEDRO JUAN CABALLERO. La Secretaría …", "AHUACHAPÁN. Delegaciones …": a town in capitals
  // closed by a full stop before a new sentence.
  const capitals = UPPER_TOWN.exec(text)
  if (capitals && (capitals[1] ?? '').replace(/[^\p{Lu}]/gu, '').length >= 4 && !NOT_TOWN.test(capitals[1] ?? '')) {
    return { place: capitals[1] ?? '', date: null, length: capitals[0].length, end: true }
  }
  // A city does not end in a dash: "SANTO DOMINGO.-" is the city and the separator.
  const raw = CITY.exec(text)?.[0]
  const cut = raw ? /\.?-+(?=\s|$)/.exec(raw) : null
  const city = raw && cut ? raw.slice(0, cut.index) : raw
  if (!city) return null
  const upper = isUpper(city)
  // At least two capital letters in an upper-case city: "A –" or "I –" are not places.
  if (upper && city.replace(/[^\p{Lu}]/gu, '').length < 2) return null
  if (!upper && city.split(/\s+/).length > 4) return null
  const parts = [city.trim()]
  let date: string | null = null
  let monthDay: string | null = null
  let pos = city.length
  // "Leticia (Amazonas), November 20, 2026.", "Manaus (AM) – …": the town's region in brackets
  // belongs to the place, and counts as its second part.
  const region = AGENCY.exec(text.slice(pos))
  const bracketed = region !== null && bracketedRegion(region[1] ?? '')
  if (region && bracketed) {
    parts[0] = `${parts[0]} (${region[1]})`
    pos += region[0].length
  }
  for (let k = 0; k < 3; k++) {
    const comma = /^,\s*/.exec(text.slice(pos))
    if (!comma) break
    const at = pos + comma[0].length
    const d = allowDate ? dateAt(text.slice(at)) : null
    if (d) {
      date = d[0]
      pos = at + d[1]
      continue
    }
    // "KINGSTON, Jamaica, Aug. 14 (JIS):": the day without its year, closed by the agency.
    const md: [string, number] | null = allowDate && !monthDay ? monthDayAt(text.slice(at)) : null
    if (md && AGENCY.test(text.slice(at + md[1]))) {
      monthDay = md[0]
      pos = at + md[1]
      continue
    }
    let part = PART.exec(text.slice(at))?.[0]
    if (!part) return null
    // "Cozumel, Quintana Roo.- La Secretaría …": the Spanish press's ".-" closes the last part too.
    const pressCut = /\.-(?=\s)/.exec(part)
    if (pressCut) part = part.slice(0, pressCut.index)
    // A part ends at a full stop after a whole word ("Belize. The …"), not after "St." or "Fla.".
    // "Quintana Roo." ends a two-word name with a three-letter word: a full stop too.
    const stop = /^.*?(?:\p{L}{4,}|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}{2})\./u.exec(part)
    if (stop && /^\s+\p{Lu}/u.test(part.slice(stop[0].length))) part = stop[0]
    parts.push(part.trim())
    pos = at + part.length
  }
  const agency = AGENCY.exec(text.slice(pos))
  // "Salto del Guairá (IP) - The Navy …": a news agency right after the town, then a dash.
  const agencyAfterTown = agency !== null && parts.length === 1 && !bracketed && date === null
  if (agency) {
    if (allowDate) date ??= findDate(agency[1] ?? '')?.iso ?? null
    pos += agency[0].length
  }
  // "PEDRO JUAN CABALLERO (Amambay). La séptima reunión …": an upper-case town, its province in
  // brackets, then a full stop (the Paraguayan and Argentine press).
  const inside = agency?.[1] ?? ''
  if (upper && parts.length === 1 && /\p{Ll}/u.test(inside) && !findDate(inside)) {
    const stop = /^\.\s+(?=\p{Lu})/u.exec(text.slice(pos))
    if (stop) return { place: `${parts[0]} (${inside})`, date, length: pos + stop[0].length, end: true }
  }
  // "Santo Domingo.- The Navy …": the Spanish-language press's ".-" right after the city marks a
  // dateline even in mixed case.
  const pressDash = parts.length === 1 && cut !== null && (cut[0] ?? '').startsWith('.') && /^\.-\s/.test(text.slice(pos))
  // "ENCARNACIÓN (Itapúa). La séptima reunión …": a town in capitals and its region in brackets,
  // closed by a full stop before a new sentence.
  if (upper && parts.length === 1 && bracketed && !agency) {
    const stop = /^\.\s+(?=\p{Lu}\p{Ll})/u.exec(text.slice(pos))
    if (stop) return { place: parts[0] ?? '', date, length: pos + stop[0].length, end: true }
  }
  if (!upper && parts.length < 2 && !bracketed && !date && !monthDay && !pressDash && !(agencyAfterTown && DASH.test(text.slice(pos)))) return null
  const dash = DASH.exec(text.slice(pos)) ?? (text[pos - 1] === ')' ? TOUCHING_DASH.exec(text.slice(pos)) : null)
  if (dash) {
    // "Kingston, Jamaica — August 14, 2026 — The …": a date between two dashes is the dateline's.
    const after = pos + dash[0].length
    const d = allowDate && !date ? dateAt(text.slice(after)) : null
    const close = d ? /^\s*(?:[–—]|--?|:)\s+/.exec(text.slice(after + d[1])) : null
    if (d && close) return { place: parts.join(', '), date: d[0], length: after + d[1] + close[0].length, end: true }
    return { place: parts.join(', '), date, ...(monthDay && !date ? { monthDay } : {}), length: after, end: true }
  }
  // "Basseterre, St. Kitts, March 14, 2025 (SKNIS): Fourteen …": after a date or an agency, a colon.
  const colon = date || agency ? /^:\s+(?=[\p{Lu}\p{N}"“‘'])/u.exec(text.slice(pos)) : null
  if (colon) return { place: parts.join(', '), date, ...(monthDay && !date ? { monthDay } : {}), length: pos + colon[0].length, end: true }
  // "Belmopan, February 8, 2024. The Governments …": a date closes the dateline with a period.
  const period = date ? /^\.\s+/.exec(text.slice(pos)) : null
  if (period) return { place: parts.join(', '), date, length: pos + period[0].length, end: true }
  // "Santo Domingo, November 5, 2026" on a line of its own above the text.
  if (date && pos === text.length && !/\.\s/.test(parts[0] ?? '')) return { place: parts.join(', '), date, length: pos, end: true }
  // So does a short "City, Country." before a new sentence ("Belize City, Belize. The …"); the
  // period then ends a whole word, not an abbreviation ("Fla.", "D.C.").
  const last = parts[parts.length - 1] ?? ''
  // Not "On Monday, Cmdr. Jane Doe …": a time phrase is no city, a rank's abbreviation no country.
  if (!date && !agency && parts.length === 2 && /^[^.]{4,}\.$/.test(last) && (parts[0] ?? '').split(/\s+/).length <= 3 && last.split(/\s+/).length <= 4 && !NOT_CITY.test(parts[0] ?? '') && !TITLE_ABBREVIATION.test(last)) {
    const next = /^\s+(?=\p{Lu}\p{Ll})/u.exec(text.slice(pos))
    if (next) return { place: [parts[0] ?? '', last.slice(0, -1)].join(', '), date, length: pos + next[0].length, end: true }
  }
  return null
}

// Capitalized words that follow "spokesperson" without being a name.
const NOT_NAMES = new Set(['united', 'states', 'government', 'office', 'ministry', 'embassy', 'for', 'of', 'and'])
const SPOKES = /\b(?:spokes(?:man|woman|person)|press secretary)\b[,:]?\s+/gi
const NAME_TOKEN = /^(?:[\p{Lu}][\p{L}\p{M}'’-]*\.?|[\p{Lu}]\.)$/u

/** The name of the spokesperson named in `text` (rank and title removed), or null. */
export function findSpokesperson(text: string): string | null {
  SPOKES.lastIndex = 0
  for (let m = SPOKES.exec(text); m; m = SPOKES.exec(text)) {
    // "Office of the Spokesperson" names an office, not a person.
    if (/\bof the\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120).split('\n')[0] ?? ''
    const tokens: string[] = []
    for (const raw of after.split(/\s+/)) {
      const token = raw.replace(/[,:;]$/, '')
      if (!NAME_TOKEN.test(token)) break
      tokens.push(token)
      if (token !== raw) break
    }
    // A sentence's full stop after the surname is not part of the name ("… Brian R. Tolliver.").
    const last = tokens[tokens.length - 1]
    if (last && last.length > 2 && last.endsWith('.') && !/^(?:Jr|Sr)\.$/.test(last)) tokens[tokens.length - 1] = last.slice(0, -1)
    const name = personName(tokens)
    if (name) return name
  }
  return null
}

/**
 * The name `tokens` spell once a leading rank or honorific is dropped ("Inspector Shawn R.
 * Carty" → "Shawn R. Carty"): two to four name words, none an honorific or a word of `stop`.
 */
function personName(tokens: readonly string[], stop: ReadonlySet<string> = NOT_NAMES): string | null {
  let from = 0
  while (from < tokens.length && honorifics.has((tokens[from] ?? '').toLowerCase().replace(/\.$/, ''))) from++
  const name = tokens.slice(from)
  if (name.length < 2 || name.length > 4 || !name.every((t) => NAME_TOKEN.test(t))) return null
  if (name.some((t) => honorifics.has(t.toLowerCase().replace(/\.$/, '')) || stop.has(t.toLowerCase().replace(/\.$/, '')))) return null
  return name.join(' ')
}

/**
 * The person an "Issued by:" block under a release names ("Issued by:\nInspector Shawn R. Carty\n
 * Police Public Relations Officer"), without rank or honorific; null when the block names an office.
 */
export function issuedByPerson(text: string): string | null {
  const m = /^(?:issued|released) by\s*:?[ \t]*(?:\n[ \t]*)?([^\n]{3,80})$/im.exec(text)
  if (!m?.[1]) return null
  return personName(m[1].split(/,/)[0]!.trim().split(/\s+/), NOT_PERSON_OR_OFFICE)
}

// Words of an office's name, which an "Issued by" line may give instead of a person's.
const NOT_PERSON_OR_OFFICE: ReadonlySet<string> = new Set([
  ...NOT_NAMES,
  ...['office', 'unit', 'department', 'ministry', 'embassy', 'force', 'police', 'public', 'relations', 'affairs', 'communications', 'press', 'secretariat', 'command', 'service', 'division', 'headquarters', 'agency', 'bureau'],
])

/** The organization a spokesperson speaks for ("Department of Defense spokesman …"). */
export function spokespersonOrganization(text: string): string | null {
  const m = /((?:U\.S\.\s+)?(?:Department|Ministry|Office) of (?:the\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*|Pentagon|State Department)\s+(?:spokes(?:man|woman|person)|press secretary)\b/iu.exec(text)
  return m?.[1] ?? null
}
