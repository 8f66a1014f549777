/**
 * Places no gazetteer holds, named the way press releases introduce them: a short capitalized
 * phrase after a locative preposition ("the base at Ruimveldt", "the garrison at Bonfim"), or a
 * venue after "at the" ("at the Lloyd Erskine Sandiford Centre"). The kind comes from the head
 * word (Base, Barracks, Fort → facility; Island, Parish → region; otherwise a city), the country
 * from the name itself, a ", Country" after it, or the nearest country named before it.
 */
import { isCommonWord } from './people.js'
import { lexicon } from '../dates/lexicon.js'
import type { Token } from '../../gazetteers/tokens.js'
import type { AliasHit, GazetteerEntry } from '../../gazetteers/types.js'
import { matchTrie } from './match.js'
import { ADMIN_NOUNS, coversAt, endsAt, GEO_NOUNS, has, isCapWord, landAhead, placeOpener, placeWordAt, slug, SMALL_TOWN, sortFound, spanOf, SPANISH_ARTICLES, startsAt, type Found, type Work } from './work.js'

/** Longest phrase the fallback accepts, in words: longer runs are headlines or titles, not places. */
const MAX_WORDS = 4

export function properPlaces(w: Work): void {
  const t = w.tokens
  venues(w)
  servicesBases(w)
  namesakeCities(w)
  lowerCaseHeads(w)
  spanishGeographicNames(w)
  const add: Found[] = []
  for (let i = 1; i < t.length; i++) {
    const prep = t[i - 1]
    // Cheap test first: a place name starts with a capital, or with "the" and a capital.
    const head = t[i]
    if (!prep || !head || !(head.cap || (head.norm === 'the' && t[i + 1]?.cap)) || prep.text !== prep.norm) continue
    // "of Jeanerette, Louisiana": a name followed by its state or country; "at Benque Viejo del
    // Carmen and Jalacte": the next name of a list of places.
    // "at Eteringbang, Kaikan and Lethem": a name between commas of such a list, when the list goes on after it.
    const listed = (prep.norm === 'and' || (prep.norm === ',' && listGoesOn(w, i))) && listedCity(w, add, i - 1)
    if (!placeOpener(w, i - 1) && !listed && !(['of', 'from', 'near'].includes(prep.norm) && locatedAfter(w, i))) continue
    // "Trafficking in Firearms": a preposition inside a title-case name or heading introduces no place.
    // A date before the preposition is no name: "set for January 28 in Pisiga Bolívar".
    const before = t[i - 2]
    if (!listed && before && isCapWord(before) && !before.breakBefore && !w.sentStart[i - 2] && coversAt(w, i - 2).length === 0 && !dateWord(before)) continue
    let from = i
    const article = t[i]?.norm === 'the' && !t[i]?.breakBefore
    if (article) from = i + 1
    const end = runEnd(w, from)
    if (end === null) continue
    const words = t.slice(from, end).filter((x) => x.isWord)
    // "la cónsul de Uruguay en Quaraí, Silvana Techera Olid, y …", "Brazil's consul in Artigas,
    // Rodrigo Vasconcellos Pinto": after an office held in a town, the name is the holder's.
    if (prep.norm === ',' && words.length >= 2 && w.found.some((f) => f.kind === 'title' && f.to <= i - 2 && f.to >= i - 8)) continue
    // A name the gazetteer holds was dropped by its own context rules ("visited Couva" with no
    // word of Trinidad): the fallback does not overrule them.
    // Unless it is only a small town of a country the document does not name ("at Cedros" in a
    // Trinidad story is not the Honduran village).
    const held = w.g.trie.hits.get(t.slice(from, end).map((x) => x.norm).join(' '))
    if (held && !(held.every((h) => smallForeignTown(w, h.id)) && countryNear(w, from, end) !== null)) continue
    const last = words[words.length - 1]?.text ?? ''
    const firstWord = words[0]?.text ?? ''
    let kind: 'city' | 'facility' | 'region' = 'city'
    const lastHeads = w.g.heads.get(last) ?? []
    const firstHeads = w.g.heads.get(firstWord) ?? []
    if (lastHeads.some((h) => h.position === 'last' && h.type === 'facility') || firstHeads.some((h) => h.position === 'first' && h.type === 'facility')) kind = 'facility'
    else if (lastHeads.some((h) => h.position === 'last' && h.type === 'region') || firstHeads.some((h) => h.position === 'first' && h.type === 'region')) kind = 'region'
    else if (has(w, 'venue-head', last.toLowerCase())) kind = 'facility'
    // Any organization or event head makes it something else; "at the" wants a venue.
    if ([...lastHeads, ...firstHeads].some((h) => h.type !== 'facility' && h.type !== 'region')) continue
    // After "the" only a venue or a named base counts ("at the Sandiford Centre", not "across the Region").
    if (article && (kind === 'city' || words.length < 2)) continue
    const { text } = spanOf(w, from, end)
    add.push({
      from,
      to: end,
      kind: 'place',
      id: `local:${slug(text)}`,
      ids: [],
      entry: null,
      form: 'rule',
      rule: article ? 'place:venue-after-at-the' : `place:after-${prep.norm === 'as' ? 'such-as' : prep.norm === ',' ? 'comma' : prep.norm}`,
      local: { name: text, type: kind, country: countryNear(w, from, end), acronym: null, placeKind: kind },
    })
    i = end
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
  listsBeforeLand(w)
  geographicPhrases(w)
  portsOf(w)
  placeCountries(w)
  statedCountries(w)
}

/** Words right before a list of places that open it ("among them …", "response times: …", "including …"). */
const LIST_CUES: ReadonlySet<string> = new Set([':', 'them', 'including', 'notably', 'especially'])

/**
 * "among them Mt Rich, River Sallee, Hermitage and Waltham in St Patrick", "response times: Sandy
 * Point, Tabernacle and Old Road in St. Kitts": a list of two names or more after a cue, ended by
 * "in" or "on" and a place the document knows, is a list of that place's towns and villages. Each
 * name no rule explained becomes a town of that place's country; a list in which some name is a
 * person, a body or a country is left alone.
 */
function listsBeforeLand(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  for (let c = 0; c < t.length; c++) {
    const cue = t[c]
    // ", and Tivoli, Pearls and Soubise in St Andrew": the next list of a sentence that names two.
    const nextList = cue?.norm === 'and' && t[c - 1]?.norm === ','
    if (!cue || !(LIST_CUES.has(cue.norm) || nextList || placeOpener(w, c)) || t[c + 1]?.breakBefore) continue
    const items: { from: number; to: number; known: boolean; common?: boolean }[] = []
    let k = c + 1
    let ok = true
    for (;;) {
      const known = startsAt(w, k).find((f) => f.kind === 'place' && f.entry?.type !== 'facility' && f.local?.placeKind !== 'facility')
      const other = coversAt(w, k).some((f) => f !== known)
      if (known && !other) {
        items.push({ from: known.from, to: known.to, known: true })
        k = known.to
      } else {
        // A village may bear a common word's name ("Pearls"), when most names of the list do not.
        const end = other ? null : runEnd(w, k, true)
        if (end === null) {
          ok = false
          break
        }
        items.push({ from: k, to: end, known: false, common: end === k + 1 && commonOrItsPlural(t[k]?.text ?? '') })
        k = end
      }
      if (t[k]?.norm === ',' && t[k + 1]?.norm === 'and') k += 2
      else if (t[k]?.norm === ',' || t[k]?.norm === 'and') k++
      else break
    }
    if (!ok || items.length < 2 || !['in', 'on'].includes(t[k]?.norm ?? '') || !items.some((x) => !x.known)) continue
    if (items.filter((x) => x.common).length * 2 >= items.length) continue
    const land = startsAt(w, t[k + 1]?.norm === 'the' ? k + 2 : k + 1).find((f) => f.kind === 'place' || (f.kind === 'country' && f.form !== 'demonym'))
    const country = land?.kind === 'country' ? land.id : (land?.entry?.country ?? land?.local?.country ?? null)
    if (!land || !country) continue
    for (const x of items) {
      if (x.known) continue
      const { text } = spanOf(w, x.from, x.to)
      add.push({ from: x.from, to: x.to, kind: 'place', id: `local:${slug(text)}`, ids: [], entry: null, form: 'rule', rule: 'place:listed-before-land', local: { name: text, type: 'city', country, acronym: null, placeKind: 'city' } })
    }
    c = k
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

/** A day number, a month or a weekday: "January 28", "28 January", "on Monday". */
function dateWord(x: Token): boolean {
  return /^\d{1,2}$/.test(x.text) || Object.hasOwn(lexicon.months, x.norm) || Object.hasOwn(lexicon.weekdays, x.norm)
}

/** A word the lexicon knows as a common word, or the plural of one ("Pearls", "Farmers"). */
function commonOrItsPlural(word: string): boolean {
  return isCommonWord(word) || (/s$/.test(word) && (isCommonWord(word.slice(0, -1)) || (/es$/.test(word) && isCommonWord(word.slice(0, -2)))))
}


/**
 * A facility or a natural place no gazetteer holds, with no country from its own name's country
 * words, is in the country of:
 * - a town inside its name, in a country the document names ("Spanish Town Police Station",
 *   "Amapala Naval Base"); a town abroad says less ("Formosa Training Field");
 * - the organization whose acronym opens its name ("TTCG Headquarters", "RVIPF Marine Base");
 * - the land named right after it (", Tortola", "in Belize City", "on the north coast of Tortola").
 * Not the nearest country named before it: in a report of a donation that is often the donor's.
 * A water between two lands ("Anguilla Channel") keeps no country.
 */
function placeCountries(w: Work): void {
  let named: Set<string> | null = null
  for (const f of w.found) {
    if (f.kind !== 'place' || !f.local || f.local.country !== null) continue
    const kind = f.local.placeKind
    if (kind !== 'facility' && kind !== 'region') continue
    if (kind === 'region' && has(w, 'strait-head', w.tokens[f.to - 1]?.norm ?? '')) continue
    named ??= new Set(w.found.filter((x) => x.kind === 'country' && x.form !== 'demonym').map((x) => x.id))
    const country = townInName(w, f, named) ?? ownerAtStart(w, f) ?? landAfter(w, f.to)
    if (country) f.local = { ...f.local, country }
  }
}

/**
 * "Bernardo de Irigoyen and Dionísio Cerqueira" (nearest country before: Argentina) … "will be held
 * in Dionísio Cerqueira, Santa Catarina": a town the rules made, written once with its land right
 * after it, is in that land at every mention.
 */
function statedCountries(w: Work): void {
  const stated = new Map<string, string | null>()
  for (const f of w.found) {
    if (f.kind !== 'place' || !f.local || f.entry) continue
    const land = landAfter(w, f.to)
    if (!land) continue
    const seen = stated.get(f.id)
    stated.set(f.id, seen === undefined || seen === land ? land : null)
  }
  for (const f of w.found) {
    const land = f.kind === 'place' && f.local ? stated.get(f.id) : undefined
    if (land && f.local) f.local = { ...f.local, country: land }
  }
}

function townInName(w: Work, f: Found, named: ReadonlySet<string>): string | null {
  // "Portland Point" on a page about Jamaica: a U.S. town's name in a place's name says little when
  // the page names another country (U.S. names are everywhere in these reports).
  const abroad = [...named].some((c) => c !== 'USA')
  const town = (h: AliasHit): boolean => {
    const e = w.g.entries.get(h.id)
    return e !== undefined && (e.type === 'city' || e.type === 'region') && e.country !== null && named.has(e.country) && !(abroad && e.country === 'USA')
  }
  for (const m of matchTrie(w.tokens, w.g.trie, town, f.from, f.to)) {
    if (m.from === 0 && m.to === f.to - f.from) continue
    // A town of several countries ("Formosa"): the one the document names apart from this name.
    const text = spanOf(w, f.from + m.from, f.from + m.to).text
    const apart = w.found.find((x) => x !== f && x.kind === 'place' && (x.entry?.type === 'city' || x.local?.placeKind === 'city') && spanOf(w, x.from, x.to).text === text)
    const country = apart ? (apart.entry?.country ?? apart.local?.country) : m.hits.length === 1 ? w.g.entries.get(m.hits[0]?.id ?? '')?.country : null
    if (country) return country
  }
  return null
}

function ownerAtStart(w: Work, f: Found): string | null {
  const owner = (h: AliasHit): boolean => {
    const e = w.g.entries.get(h.id)
    // Written as its acronym: "Coast Guard Base" is no base of the U.S. Coast Guard.
    return h.kind === 'acronym' && e !== undefined && e.type === 'organization' && e.country !== null
  }
  const m = matchTrie(w.tokens, w.g.trie, owner, f.from, f.to)[0]
  if (!m || m.from !== 0 || m.to === f.to - f.from) return null
  return w.g.entries.get(m.hits[0]?.id ?? '')?.country ?? null
}

/** The country of the land named right after token `to`: ", Tortola", "in Castries", "on the north coast of Tortola". */
function landAfter(w: Work, to: number): string | null {
  const k = landAhead(w, to).at
  if (k === to) return null
  for (const x of startsAt(w, k)) {
    if (x.kind === 'country' && x.form !== 'demonym') return x.id
    if (x.kind === 'place') {
      const c = x.entry?.country ?? x.local?.country ?? null
      if (c) return c
    }
  }
  return null
}

/** A city (known, or one this rule just made) ending at token `end` after a place preposition: the list goes on. */
function listedCity(w: Work, add: readonly Found[], end: number): boolean {
  const t = w.tokens
  const fits = (f: Found) => f.kind === 'place' && (f.entry?.type === 'city' || f.local?.placeKind === 'city') && placeOpener(w, f.from - 1)
  for (const f of endsAt(w, end)) if (fits(f)) return true
  for (const f of add) if (f.to === end && fits(f)) return true
  return false
}

/** The capitalized run at i is followed by ", " or "and": it sits inside a list (of names, not of the number words the dates lexicon knows: "Regions One, Seven and Eight"). */
function listGoesOn(w: Work, i: number): boolean {
  const first = w.tokens[i]
  if (first && first.norm.length > 2 && Object.hasOwn(lexicon.numbers, first.norm)) return false
  const end = runEnd(w, i)
  const next = end === null ? undefined : w.tokens[end]
  return next?.norm === ',' || next?.norm === 'and'
}

/** A city of under 50,000 in a country the document names nowhere. */
function smallForeignTown(w: Work, id: string): boolean {
  const e = w.g.entries.get(id)
  if (!e || e.type !== 'city' || e.capital || (e.population ?? 0) >= SMALL_TOWN || !e.country) return false
  return !w.found.some((f) => f.kind === 'country' && f.id === e.country)
}

/** A short capitalized run starting at i, then ", <state or country>" ("Jeanerette, Louisiana"). */
function locatedAfter(w: Work, i: number): boolean {
  const end = runEnd(w, i)
  if (end === null || w.tokens[end]?.norm !== ',') return false
  // "Director of Operations, Jamaica Defence Force": a common word is no town.
  for (let k = i; k < end; k++) if (w.tokens[k]?.isWord && isCommonWord(w.tokens[k]?.text ?? '')) return false
  return startsAt(w, end + 1).some((f) => f.kind === 'country' || (f.kind === 'place' && f.entry?.type === 'region' && f.entry.country !== null))
}

/**
 * "Henderson, Western Australia": a city the gazetteer places in another country than the state
 * or country written after it is a namesake there; it becomes a local city of that country.
 */
export function namesakeCities(w: Work): void {
  const t = w.tokens
  let changed = false
  const found = w.found.map((f) => {
    if (f.kind !== 'place' || f.entry?.type !== 'city' || t[f.to]?.norm !== ',') return f
    const where = startsAt(w, f.to + 1).find((x) => x.kind === 'country' || (x.kind === 'place' && x.entry?.type === 'region'))
    const country = where?.kind === 'country' ? where.id : where?.entry?.country
    if (!where || !country || country === f.entry.country) return f
    // "Kingston, Jamaica's capital" is still Kingston; only a name followed by its location moves.
    changed = true
    const { text } = spanOf(w, f.from, f.to)
    return { ...f, id: `local:${slug(text)}`, ids: [], entry: null, form: 'rule', rule: 'place:namesake-city', local: { name: text, type: 'city', country, acronym: null, placeKind: 'city' as const } }
  })
  if (changed) w.found = found
}

/** End of an unexplained capitalized run starting at `from`, or null when it is none the fallback takes. */
function runEnd(w: Work, from: number, commonWordOk = false): number | null {
  const t = w.tokens
  const first = t[from]
  if (!first || !first.isWord || !first.cap || first.breakBefore || w.sentStart[from]) return null
  let j = from
  let count = 0
  while (j < t.length) {
    const x = t[j]
    if (!x || (j > from && x.breakBefore)) break
    if (coversAt(w, j).length > 0) return null
    if (x.isWord && /^\p{Lu}\p{Ll}+$/u.test(x.text)) {
      if (has(w, 'not-name', x.text) || has(w, 'not-place', x.norm)) return null
      count++
      j++
      continue
    }
    // "Fort de France"-style connectors inside the name.
    if (j > from && ['of', 'de', 'del', 'la', 'du'].includes(x.norm) && isCapWord(t[j + 1])) {
      j++
      continue
    }
    // "Pinney's Beach": a possessive inside the name, before the place word that ends it
    // ("Mabaruma's Hosororo" is a village of Mabaruma).
    if (j > from && x.norm === "'" && x.glued && t[j + 1]?.norm === 's' && t[j + 1]?.glued && isCapWord(t[j + 2]) && !t[j + 2]?.breakBefore && placeWordAt(w, j + 2)) {
      j += 2
      continue
    }
    // An acronym, a word in capitals or with inner capitals ("WHAPress"), or a number: not a place name.
    if (isCapWord(x)) return null
    break
  }
  if (count === 0 || count > MAX_WORDS) return null
  // The run must end the name: no capital word, mention or number glued on after it.
  const next = t[j]
  if (next && !next.breakBefore && (isCapWord(next) || startsAt(w, j).some((f) => f.kind === 'org' || f.kind === 'title'))) return null
  if (next?.glued && ![',', '.', ';', ':', ')', "'", '’', '"', '”'].includes(next.norm)) return null
  // A single short word ("at Sea") or a name whose first word is a known title is no place.
  if (count === 1 && (t[from]?.text.length ?? 0) < 3) return null
  // "to Address the Climate Crisis" in a title-case heading: one word the lexicon knows as a common word is no place.
  if (count === 1 && !commonWordOk && isCommonWord(t[from]?.text ?? '')) return null
  return j
}

const MISSION = /^(?:Embassy|High Commission|Consulate)\b/

/** The country the place is in: one named in it, ", Country" or "in Town" right after it, or the nearest named before. */
function countryNear(w: Work, from: number, to: number): string | null {
  // "…, Barbados", "the Greaham Louisy Administrative Building in Castries", "off La Coronilla, in
  // the department of Rocha": the land named right after it.
  const after = landAfter(w, to)
  if (after) return after
  let best: string | null = null
  // "the Embassy of the Republic of China (Taiwan) handed over … at Police Headquarters in Old
  // Montrose": a mission is in the country it is accredited to, not the one it names.
  let mission = -1
  for (const f of w.found) {
    if (f.from >= from) break
    if (f.kind === 'org' && MISSION.test(f.entry?.name ?? f.local?.name ?? '')) {
      mission = f.to
      continue
    }
    if (f.kind === 'country' && mission >= 0 && f.from <= mission + 1 && (f.from === mission || w.tokens[f.from - 1]?.norm === '(')) continue
    // "four Dominican officers" in a story about Dominica: an adjective several countries share
    // is the one the document names.
    if (f.kind === 'country' && f.form === 'demonym' && f.ids.length > 1) best = f.ids.find((id) => w.found.some((x) => x.kind === 'country' && x.form !== 'demonym' && x.id === id)) ?? f.id
    else if (f.kind === 'place' && f.entry?.country) best = f.entry.country
    // "…handed over by the U.S. Coast Guard … the course at Killick": the United States and its
    // agencies in these reports act abroad, so naming them says nothing of where a place is.
    else if (f.kind === 'country' && f.id !== 'USA') best = f.id
    else if (f.kind === 'org' && f.entry?.country && f.entry.country !== 'USA') best = f.entry.country
    else if (f.kind === 'org' && f.local?.country && f.local.country !== 'USA') best = f.local.country
  }
  return best
}

/**
 * "at the Coast Guard Base in Calliaqua": a service named by its bare form, right before a
 * facility's head word ("Base", "Headquarters", "Station"), names that facility, in the land
 * named right after it or else in the service's country; the service is not mentioned apart from it.
 */
function servicesBases(w: Work): void {
  const t = w.tokens
  let changed = false
  const found = w.found.map((f) => {
    if (f.kind !== 'org' || (f.form !== 'bare' && f.form !== 'reference') || t[f.from - 1]?.norm !== 'the') return f
    const head = t[f.to]
    if (!head || head.breakBefore || !isCapWord(head) || !w.g.heads.get(head.text)?.some((h) => h.position === 'last' && h.type === 'facility')) return f
    if (isCapWord(t[f.to + 1]) && !t[f.to + 1]?.breakBefore) return f
    changed = true
    const name = spanOf(w, f.from, f.to + 1).text
    return localPlace(f.from, f.to + 1, name, 'place:service-facility', 'facility', landAfter(w, f.to + 1) ?? f.entry?.country ?? f.local?.country ?? null)
  })
  if (changed) w.found = sortFound(found)
}

/** Last words of a name that make it a building, not a body ("Saddlers Primary School", "National Emergency Operations Centre"); a maritime operations centre is a body. */
const BUILDING_TAILS: ReadonlySet<string> = new Set(['primary school', 'high school', 'secondary school', 'government school', 'community centre', 'community center', 'emergency operations centre', 'emergency operations center'])

/**
 * "at the Lloyd Erskine Sandiford Centre": a name the head-word rule took for an organization
 * ("Centre") is a venue when something happens at it; the place keeps the organization's span.
 */
function venues(w: Work): void {
  const t = w.tokens
  let changed = false
  const found = w.found.map((f) => {
    if (f.kind !== 'org' || !f.local || !f.rule.startsWith('head:')) return f
    const at = t[f.from - 1]?.norm === 'the' ? f.from - 2 : f.from - 1
    // "Saddlers Primary School", "the National Emergency Operations Centre": buildings wherever named.
    const tail = (n: number): string => t.slice(f.to - n, f.to).map((x) => x.norm).join(' ')
    const building = (f.to - f.from >= 2 && BUILDING_TAILS.has(tail(2))) || (f.to - f.from >= 3 && BUILDING_TAILS.has(tail(3)))
    if (!building && (t[at]?.norm !== 'at' || !has(w, 'venue-head', t[f.to - 1]?.norm ?? ''))) return f
    changed = true
    const local = { ...f.local, type: 'facility', placeKind: 'facility' as const }
    return { ...f, kind: 'place' as const, rule: 'place:venue-after-at', local }
  })
  if (changed) w.found = found
}

/** Lower-case nouns after a name that make it a region ("the North and Northeast departments", "the Barima, Kaituma and Waini rivers"). */
const REGION_NOUNS: ReadonlySet<string> = new Set(['department', 'departments', 'parish', 'parishes', 'district', 'districts', 'province', 'provinces', 'rivers'])
/** Lower-case nouns that, with the name before them, name a facility ("Ruimveldt base", "Roseau ferry terminal", "Santa Elena border station", "Lethem airport"). */
const FACILITY_NOUNS: ReadonlySet<string> = new Set(['base', 'terminal', 'barracks', 'airfield', 'airstrip', 'dockyard', 'jetty', 'wharf', 'range', 'station', 'crossing', 'checkpoint', 'airport', 'seaport', 'port', 'harbour', 'harbor'])
/** Facility nouns that name a facility only with a modifier before them ("border station", "police station"). */
const MODIFIED_FACILITY_NOUNS: ReadonlySet<string> = new Set(['station', 'crossing', 'checkpoint'])
/** Lower-case words between the name and the facility noun ("Parera naval base"). */
const FACILITY_MODIFIERS: ReadonlySet<string> = new Set(['naval', 'air', 'ferry', 'cruise', 'military', 'police', 'army', 'marine', 'border', 'container', 'operating', 'firing', 'shooting', 'training'])

/** Spanish lower-case geographic nouns that open a place's name ("bahía de Tumaco", "isla del Gallo", "río Mira"). */
const SPANISH_GEO_NOUNS: ReadonlySet<string> = new Set(['bahía', 'bahia', 'isla', 'islas', 'islote', 'río', 'rio', 'laguna', 'lago', 'golfo', 'cerro', 'playa', 'cabo', 'punta', 'península', 'peninsula', 'quebrada', 'estero', 'ensenada', 'volcán', 'cordillera', 'sierra', 'archipiélago'])

/** Every lower-case noun lowerCaseHeads, geographicPhrases or spanishGeographicNames reads: the walk over tokens lists their positions once (Work.placeNouns). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([...REGION_NOUNS, ...FACILITY_NOUNS, ...GEO_NOUNS, ...SPANISH_GEO_NOUNS])

/**
 * "la bahía de Tumaco", "la isla del Gallo", "el río Mira": in Spanish the lower-case noun opens
 * the name (of a region; a town named inside keeps its own mention).
 */
function spanishGeographicNames(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  for (const k of w.placeNouns) {
    const noun = t[k] as Token
    if (!noun.isWord || noun.cap || !SPANISH_GEO_NOUNS.has(noun.norm)) continue
    let n = k + 1
    if (t[n]?.norm === 'de' || t[n]?.norm === 'del') n++
    if (t[n - 1]?.norm === 'de' && SPANISH_ARTICLES.has(t[n]?.norm ?? '')) n++
    let to = n
    while (to < t.length && to - n < 3 && isCapWord(t[to]) && !t[to]?.breakBefore) to++
    if (to === n || coversAt(w, n).some((f) => f.kind !== 'place' || f.entry?.type !== 'city')) continue
    // "la isla Saona": a region the gazetteer holds under "Isla Saona" is that region (not a town:
    // "el río Negro" is no Brazilian Rio Negro).
    const listed = w.g.trie.hits.get(t.slice(k, to).map((x) => x.norm).join(' '))?.map((h) => w.g.entries.get(h.id)).find((e) => e?.type === 'region')
    if (listed) {
      add.push({ from: k, to, kind: 'place', id: listed.id, ids: [listed.id], entry: listed, form: 'alias', rule: `gazetteer:${listed.id}` })
      continue
    }
    const city = startsAt(w, n).find((f) => f.kind === 'place' && f.entry?.type === 'city')
    add.push(localPlace(k, to, spanOf(w, k, to).text, `place:es-${noun.norm}`, 'region', city?.entry?.country ?? countryNear(w, k, to)))
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

/**
 * A name no rule explained followed by a lower-case administrative or facility noun: "the North
 * and Northeast departments" are two regions; "Ruimveldt base" and "Roseau ferry terminal" are
 * facilities named with the noun (a known city inside one keeps its own mention).
 */
function lowerCaseHeads(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  const drop = new Set<Found>()
  for (const k of w.placeNouns) {
    const noun = t[k] as Token
    if (!noun.isWord || noun.cap || noun.breakBefore) continue
    const region = REGION_NOUNS.has(noun.norm)
    if (!region && !FACILITY_NOUNS.has(noun.norm)) continue
    let end = k
    if (!region) while (end > 0 && end > k - 2 && FACILITY_MODIFIERS.has(t[end - 1]?.norm ?? '') && !t[end - 1]?.cap) end--
    // "Santa Elena border station", "El Amatillo border crossing": these nouns need their modifier
    // ("Antilles station" is a patrol area).
    if (MODIFIED_FACILITY_NOUNS.has(noun.norm) && end === k) continue
    const names: { from: number; to: number; city?: Found; absorbed?: Found; river?: true }[] = []
    let to = end
    while (to > 0) {
      const from = nameBefore(w, to, !region) ?? (noun.norm === 'rivers' ? riverBefore(w, to) : null)
      if (!from) break
      names.push(from)
      // "the North and Northeast departments": a list of names before a plural noun.
      if (!region || !noun.norm.endsWith('s') || !['and', ','].includes(t[from.from - 1]?.norm ?? '')) break
      to = from.from - 1
    }
    for (const n of names) {
      if (n.absorbed) drop.add(n.absorbed)
      // "the Paraná and Paraguay rivers": a river the gazetteer holds as "Paraguay River".
      const river = n.river ? riverEntry(w, n.from, n.to) : undefined
      if (river) {
        add.push({ from: n.from, to: n.to, kind: 'place', id: river.id, ids: [river.id], entry: river, form: 'alias', rule: `gazetteer:${river.id}+rivers` })
        continue
      }
      const span = region ? spanOf(w, n.from, n.to) : spanOf(w, n.from, k + 1)
      const country = n.river ? null : (n.city?.entry?.country ?? countryNear(w, n.from, n.to))
      const rule = n.river ? RIVER_OF_LANDS : region ? `place:before-${noun.norm}` : `place:with-${noun.norm}`
      add.push(localPlace(n.from, region ? n.to : k + 1, span.text, rule, region ? 'region' : 'facility', country))
    }
  }
  if (add.length > 0 || drop.size > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}

/**
 * The unexplained title-case name (one to three words) ending right before token `to`, or for a
 * facility a city the gazetteer knows; null when the name runs on or starts a sentence.
 */
function nameBefore(w: Work, to: number, cityOk: boolean): { from: number; to: number; city?: Found; absorbed?: Found } | null {
  const t = w.tokens
  const known = endsAt(w, to)
  if (known.length > 0) {
    const city = known.find((f) => f.kind === 'place' && f.entry?.type === 'city')
    // "the Taíno Bay cruise terminal": a bay or a point the head-word rule named is the terminal's
    // name, not a place of its own.
    const named = known.find((f) => f.kind === 'place' && f.rule === 'head:region')
    if (cityOk && named && known.length === 1 && !isCapWord(t[named.from - 1])) return { from: named.from, to, absorbed: named }
    if (!cityOk || !city || known.length > 1 || isCapWord(t[city.from - 1])) return null
    return { from: city.from, to, city }
  }
  let from = to
  while (from > 0 && to - from < 3) {
    const x = t[from - 1]
    if (!x || !x.isWord || !/^\p{Lu}\p{Ll}+$/u.test(x.text) || coversAt(w, from - 1).length > 0 || has(w, 'not-name', x.text) || has(w, 'not-place', x.norm)) break
    from--
    if (x.breakBefore) break
  }
  if (from === to || w.sentStart[from] || isCapWord(t[from - 1]) || t[from]?.breakBefore) return null
  return { from, to }
}

/**
 * "the Paraná and Paraguay rivers": before "rivers", a name the gazetteer holds as a state or a
 * country is the river of that name, which belongs to no one country (the rule's name tells
 * placedAtHome to leave it so).
 */
export const RIVER_OF_LANDS = 'place:river-of-lands'

function riverBefore(w: Work, to: number): { from: number; to: number; absorbed: Found; river: true } | null {
  const known = endsAt(w, to)
  const land = known.length === 1 ? known[0] : undefined
  if (!land || (land.kind !== 'country' && land.kind !== 'place') || land.form === 'demonym' || isCapWord(w.tokens[land.from - 1])) return null
  return { from: land.from, to, absorbed: land, river: true }
}

function riverEntry(w: Work, from: number, to: number): GazetteerEntry | undefined {
  const key = [...w.tokens.slice(from, to).map((x) => x.norm), 'river'].join(' ')
  return w.g.trie.hits.get(key)?.map((h) => w.g.entries.get(h.id)).find((e) => e?.type === 'region')
}

/** Words after the noun that make it part of another name: "Caribbean coast guards". */
const GEO_BREAKERS: ReadonlySet<string> = new Set(['guard', 'guards', 'guardsman', 'guardsmen'])

/**
 * Geographic nouns (GEO_NOUNS) written right after a city's name, a name no list holds or a
 * region's adjective make one region of the two: "Esmeraldas province", "the Pacific coast",
 * "Central American waters", "the Talamanca mountains". A region the gazetteer holds stays
 * itself ("the Caribbean coast" is the Caribbean) unless a country's adjective qualifies it ("the
 * Colombian Caribbean coast"); a country's adjective alone ("the Venezuelan coast") makes none.
 * Plural administrative nouns after a list ("the Colón and Gracias a Dios departments") name each
 * place alone (lowerCaseHeads).
 */
function geographicPhrases(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  const drop = new Set<Found>()
  for (const k of w.placeNouns) {
    const noun = t[k] as Token
    if (!noun.isWord || noun.cap || noun.breakBefore || !GEO_NOUNS.has(noun.norm)) continue
    // "in the department of San Marcos": a town the gazetteer holds, named after an administrative
    // noun and "of", stands for the division of that name, not the town.
    // ("the Vila Militar district of Rio de Janeiro" is a district inside the city.)
    if (ADMIN_NOUNS.has(noun.norm) && t[k + 1]?.norm === 'of' && ['the', ','].includes(t[k - 1]?.norm ?? '')) {
      const town = startsAt(w, k + 2).find((f) => f.kind === 'place' && f.entry?.type === 'city')
      if (town?.entry) {
        drop.add(town)
        add.push(localPlace(town.from, town.to, town.entry.name, 'place:after-division-noun', 'region', town.entry.country))
      }
      continue
    }
    if (GEO_BREAKERS.has(t[k + 1]?.norm ?? '') || coversAt(w, k).length > 0) continue
    const before = endsAt(w, k)
    // A city or a place a rule named (not a facility), or a country's adjective ("Central American").
    // A region the gazetteer holds keeps its own name ("the Caribbean coast", "Darién province"),
    // unless a country's adjective qualifies it ("Colombian Caribbean coast").
    const place = before.find((f) => f.kind === 'place' && f.entry?.type !== 'facility' && f.local?.placeKind !== 'facility')
    const country = before.find((f) => f.kind === 'country' && f.form === 'demonym')
    let from: number
    let countryId: string | null = null
    const inside: Found[] = []
    if (place) {
      from = place.from
      inside.push(place)
      countryId = place.entry?.country ?? place.local?.country ?? null
      if (place.entry?.type === 'region' && !place.entry.country) countryId = null
      // "Colombian Caribbean coast": a country's adjective before the place opens the phrase.
      const adjective = endsAt(w, from).find((f) => f.kind === 'country' && f.form === 'demonym' && !t[from]?.breakBefore)
      if (adjective) {
        from = adjective.from
        countryId = adjective.id
      } else if (place.entry?.type === 'region' && !adjectival(w, place)) continue
    } else if (country) {
      // "the Venezuelan coast", "Colombian waters", "the Colombian department of Tolima": a
      // country's adjective alone before the noun describes part of the country, no place of its
      // own (the country is mentioned; "the department of Tolima" names the place).
      continue
    } else {
      if (before.length > 0) continue
      const name = nameBefore(w, k, false)
      if (!name) continue
      from = name.from
    }
    if (w.sentStart[from] && t[from]?.breakBefore) continue
    const span = spanOf(w, from, k + 1)
    for (const f of inside) drop.add(f)
    // "Rocha department", "Esmeraldas province": the place is named with its noun; the mention is
    // its name, which texts also write alone ("in Rocha").
    const classifier = ADMIN_NOUNS.has(noun.norm) && k > from
    add.push(localPlace(from, classifier ? k : k + 1, span.text, `place:with-${noun.norm}`, 'region', countryId ?? possessiveCountry(w, from)))
  }
  if (add.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}

/** A place no gazetteer holds, named by a rule, over tokens [from, to). */
function localPlace(from: number, to: number, name: string, rule: string, kind: 'region' | 'facility', country: string | null): Found {
  return { from, to, kind: 'place', id: `local:${slug(name)}`, ids: [], entry: null, form: 'rule', rule, local: { name, type: kind, country, acronym: null, placeKind: kind } }
}

/** A region named by its adjective ("Central American", "South American"), not by its name. */
function adjectival(w: Work, f: Found): boolean {
  const last = w.tokens[f.to - 1]?.text ?? ''
  return /an$/.test(last) && spanOf(w, f.from, f.to).text !== f.entry?.name
}

/**
 * "the Port of Callao", "Port of Colón": "Port of" before a city names the port, a facility of the
 * city's country; the city is not mentioned apart from it. A city named so ("Port of Spain") is
 * one gazetteer name and never reaches this rule.
 */
function portsOf(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  const drop = new Set<Found>()
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k]?.text !== 'Port' || t[k + 1]?.norm !== 'of' || t[k + 2]?.breakBefore || t[k + 1]?.breakBefore) continue
    if (coversAt(w, k).length > 0 || coversAt(w, k + 1).length > 0) continue
    const city = cityStartingAt(w, k + 2)
    if (!city || longerThan(startsAt(w, k + 2), city)) continue
    drop.add(city)
    const span = spanOf(w, k, city.to)
    add.push({
      from: k,
      to: city.to,
      kind: 'place',
      id: `local:${slug(span.text)}`,
      ids: [],
      entry: null,
      form: 'rule',
      rule: 'place:port-of',
      local: { name: span.text, type: 'facility', country: city.entry?.country ?? city.local?.country ?? null, acronym: null, placeKind: 'facility' },
    })
    k = city.to - 1
  }
  if (add.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}

/** The first city (known or made) starting at token k. */
function cityStartingAt(w: Work, k: number): Found | undefined {
  for (const f of startsAt(w, k)) if (f.kind === 'place' && (f.entry?.type === 'city' || f.local?.placeKind === 'city')) return f
  return undefined
}

/** Whether another mention of the list runs past `city`. */
function longerThan(list: readonly Found[], city: Found): boolean {
  for (const f of list) if (f !== city && f.to > city.to) return true
  return false
}

/** "Guatemala's Pacific coast": the country whose possessive stands right before token `at`. */
function possessiveCountry(w: Work, at: number): string | null {
  const t = w.tokens
  if (t[at - 1]?.norm !== 's' || !t[at - 1]?.glued || (t[at - 2]?.norm !== "'" && t[at - 2]?.text !== '’')) return null
  return endsAt(w, at - 2).find((f) => f.kind === 'country')?.id ?? null
}
