/**
 * Gazetteer mentions: pick one entry per trie match, then apply the context rules that keep
 * common words and parts of longer names from counting ("Jackson" in "Ronald Jackson",
 * "Caribbean" in "Caribbean Nations Security Conference", "Chad" the first name).
 */
import type { AliasHit, EntryType, GazetteerEntry } from '../../gazetteers/types.js'
import { matchTrie } from './match.js'

/** Nouns after which a demonym names a language: "its Spanish acronym", "French-language". */
const LANGUAGE_NOUNS: ReadonlySet<string> = new Set(['acronym', 'initials', 'abbreviation', 'language', 'speaking', 'speakers', 'translation', 'translator', 'translators', 'interpreter', 'interpreters', 'interpretation', 'version', 'subtitles', 'name', 'word', 'words', 'phrase', 'term', 'lessons', 'classes', 'teacher', 'teachers', 'instruction'])
import { afterVesselPrefix, CONNECTORS, divisionOfAt, has, isCapWord, landAhead, placeOpener, SMALL_TOWN, sortFound, spanOf, type Found, type MentionKind, type Work, coversAt, endsAt, startsAt } from './work.js'

/** Lower-case nouns a town's name qualifies ("the Charlestown waterfront", "the Roseau market"). */
const TOWN_NOUNS: ReadonlySet<string> = new Set(['waterfront', 'seafront', 'harbour', 'harbor', 'jetty', 'pier', 'wharf', 'market', 'area', 'community', 'village', 'township', 'landing', 'coastline', 'shoreline', 'police', 'hospital', 'clinic'])

/** People and forces a region's adjective describes ("South American armies", "Central American officers"). */
const REGION_PEOPLE: ReadonlySet<string> = new Set(['militaries', 'armies', 'navies', 'forces', 'officers', 'officials', 'colleagues', 'counterparts', 'partners', 'police', 'chiefs', 'soldiers', 'troops', 'students', 'delegations', 'delegates', 'leaders', 'ministers', 'noncommissioned', 'commanders', 'instructors', 'participants', 'governments'])

/**
 * Whether a region's mention names the region: not in an office's or a body's name ("Western
 * Hemisphere Affairs", "the Summit of the Americas"), not as the adjective of people or forces
 * ("South American armies"), not in "the Atlantic hurricane season" (the season, not the ocean).
 */
function regionAsPlace(w: Work, f: Found): boolean {
  const t = w.tokens
  const next = t[f.to]
  if (next?.text === 'Affairs') return false
  if (t[f.from - 1]?.norm === 'the' && t[f.from - 2]?.norm === 'of' && isCapWord(t[f.from - 3]) && !t[f.from - 3]?.breakBefore) return false
  // The adjective is not the region's own name ("Caribbean partners" names the Caribbean).
  const adjective = /an$/.test(t[f.to - 1]?.text ?? '') && spanText(w, f).trim() !== f.entry?.name
  if (adjective && next && !next.cap && REGION_PEOPLE.has(next.norm)) return false
  if (next?.norm === 'hurricane' && t[f.to + 1]?.norm === 'season') return false
  return true
}

/** Lower-case words that may follow a place's name without qualifying it ("in Hamilton on Monday"). */
const AFTER_PLACE: ReadonlySet<string> = new Set(['and', 'or', 'but', 'to', 'from', 'in', 'on', 'at', 'by', 'for', 'with', 'off', 'near', 'of', 'as', 'since', 'during', 'until', 'where', 'when', 'which', 'that', 'who', 'this', 'last', 'next', 'early', 'late', 'later', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'will', 'would', 'also', 'after', 'before'])

const PRIORITY: Readonly<Record<EntryType, number>> = {
  country: 0,
  territory: 0,
  organization: 1,
  programme: 1,
  region: 2,
  facility: 3,
  city: 4,
  office: 5,
  rank: 5,
  honorific: 5,
}

export function kindOf(type: EntryType): MentionKind {
  switch (type) {
    case 'country':
    case 'territory':
      return 'country'
    case 'organization':
    case 'programme':
      return 'org'
    case 'office':
    case 'rank':
    case 'honorific':
      return 'title'
    default:
      return 'place'
  }
}

/** Turns trie matches into mentions, one entry each. */
export function recognize(w: Work): Found[] {
  const found: Found[] = []
  // Regions whose seat of the same name the document has named as a town (see below).
  const seats = new Map<string, AliasHit>()
  for (const m of matchTrie(w.tokens, w.g.trie)) {
    // A word in capitals in running text is an acronym, not a place written in capitals
    // ("TEMA", "CHAD"), except in a dateline or heading ("MIAMI –").
    const loud = shouted(w, m.from, m.to) && !headingContext(w, m.from, m.to)
    const capitals = loud ? m.hits.filter((h) => h.kind === 'acronym' || h.form.every((f) => !/\p{Ll}/u.test(f))) : m.hits
    let hit = pick(w, capitals)
    if (!hit) continue
    // "Almirante Esteban Proaño": a rank that is also a small town's name, right before a name, is the rank.
    const town = w.g.entries.get(hit.id)
    if (town?.type === 'city' && !town.capital && (town.population ?? 0) < SMALL_TOWN && isCapWord(w.tokens[m.to]) && !w.tokens[m.to]?.breakBefore) {
      const rank = capitals.find((h) => w.g.entries.get(h.id)?.type === 'rank')
      if (rank) hit = rank
    }
    // "Savannah, Georgia", "Fort Benning, Georgia", "Florida and Georgia": after a city or a base and
    // a comma, or after another region of that country and "and", a name that is both a country and
    // a region of that land's country is the region.
    const before = found[found.length - 1]
    const joined = w.tokens[m.from - 1]?.norm === ',' || w.tokens[m.from - 1]?.norm === 'and'
    const seat = before?.entry?.type === 'city' || before?.entry?.type === 'facility' || (before?.entry?.type === 'region' && w.tokens[m.from - 1]?.norm === 'and')
    if (joined && before?.to === m.from - 1 && seat) {
      const region = capitals.find((h) => {
        const e = w.g.entries.get(h.id)
        return e?.type === 'region' && e.country === before.entry?.country
      })
      if (region) hit = region
    }
    // "the state of Georgia", "the U.S. state of Georgia": the region, not the country.
    if (w.tokens[m.from - 1]?.norm === 'of' && (w.tokens[m.from - 2]?.norm === 'state' || w.tokens[m.from - 2]?.norm === 'province')) {
      const region = capitals.find((h) => w.g.entries.get(h.id)?.type === 'region')
      if (region) hit = region
    }
    // "en la ciudad de Ahuachapán", "the town of Sonsonate", or a dateline ("AHUACHAPÁN."): the
    // department's seat, not the department of the same name; and so is the name further on,
    // unless it is called the department ("el departamento de Ahuachapán").
    const asRegion = w.g.entries.get(hit.id)
    if (asRegion?.type === 'region') {
      const told = seats.get(hit.id)
      if (told && !divisionOfAt(w, m.from - 2)) hit = told
      else if (townOf(w, m.from) || (m.from === 0 && /^[.,–—-]$/.test(w.tokens[m.to]?.norm ?? ''))) {
        const seatCity = capitals.find((h) => {
          const e = w.g.entries.get(h.id)
          return e?.type === 'city' && e.country === asRegion.country
        })
        if (seatCity) {
          seats.set(hit.id, seatCity)
          hit = seatCity
        }
      }
    }
    const entry = w.g.entries.get(hit.id) as GazetteerEntry
    // Most names have one entry: only a shared one keeps its alternatives for resolveHomonyms.
    const alts = capitals.length > 1 && (entry.type === 'city' || entry.type === 'region' || entry.type === 'country') ? capitals.filter((h) => h !== hit && placeInOtherCountry(w, h, entry)) : []
    found.push({
      from: m.from,
      to: m.to,
      kind: kindOf(entry.type),
      id: hit.id,
      ids: hit.ids,
      entry,
      form: hit.kind,
      rule: `gazetteer:${hit.id}`,
      ...(hit.ambiguous ? { ambiguous: true } : {}),
      ...(alts.length > 0 ? { alts } : {}),
    })
  }
  return sortFound(found)
}

/** "the city of", "the town of", "la ciudad de" right before token `at`. */
function townOf(w: Work, at: number): boolean {
  const of = w.tokens[at - 1]?.norm
  const noun = w.tokens[at - 2]?.norm
  return (of === 'of' || of === 'de') && (noun === 'city' || noun === 'town' || noun === 'ciudad')
}

function placeInOtherCountry(w: Work, h: AliasHit, entry: GazetteerEntry): boolean {
  const e = w.g.entries.get(h.id)
  return Boolean(e && (e.type === 'city' || e.type === 'region') && e.country && e.country !== entry.country)
}

/**
 * "Coolidge, St. George" on an Antiguan page, "Manchester" on a Jamaican one: a city or region
 * whose name other countries' places share is the one in the country the document names most
 * (countries outright, and through the organizations it names); a tie keeps the first pick.
 */
export function resolveHomonyms(w: Work): void {
  if (!w.found.some((f) => f.alts)) return
  const named = new Map<string, number>()
  // Where each country is named (token indexes), for ties: the nearest naming decides.
  const namedAt = new Map<string, number[]>()
  const count = (c: string, at: number): void => {
    named.set(c, (named.get(c) ?? 0) + 1)
    const list = namedAt.get(c)
    if (list) list.push(at)
    else namedAt.set(c, [at])
  }
  for (const f of w.found) {
    if (f.kind === 'country' && !f.ambiguous && (f.form !== 'demonym' || f.ids.length <= 1)) count(f.id, f.from)
    // U.S. agencies in these reports act abroad: naming the Coast Guard says nothing of where
    // "Salinas" is (on a page from the embassy in Quito, Ecuador's).
    else if (f.kind === 'org' && f.form !== 'bare' && f.entry?.country && f.entry.country !== 'USA') count(f.entry.country, f.from)
  }
  const distance = (c: string, at: number): number => {
    let best = Infinity
    for (const k of namedAt.get(c) ?? []) best = Math.min(best, Math.abs(k - at))
    return best
  }
  const at = new Map<number, Found>()
  const endingAt = new Map<number, Found>()
  for (const f of w.found) {
    at.set(f.from, f)
    endingAt.set(f.to, f)
  }
  // Names a context rule settled ("CAPANEMA, Paraná" after a Brazilian town): the sense of that
  // name wherever else the document writes it ("paid for by the state government of Paraná").
  const settled = new Map<string, Found>()
  const counted = new Set<Found>()
  const decided = w.found.map((f) => {
    if (!f.alts || !f.entry?.country) return f
    const text = spanOf(w, f.from, f.to).text
    // "Santiago" is Chile's capital and "San Salvador" El Salvador's, whatever else the page names.
    if (f.entry.type === 'city' && (f.entry.capital || (f.entry.population ?? 0) >= 1_000_000)) return f
    if (f.kind === 'country') {
      // "LIBERIA, Costa Rica": a country's name before another country is a city of that one.
      const next = w.tokens[f.to]?.norm === ',' ? at.get(f.to + 1) : undefined
      // "in Liberia, Guanacaste province": so is one before a region of that country, and "the
      // Daniel Oduber Quirós International Airport in Liberia" one after a place of that country.
      const nextLand = next?.kind === 'country' ? next.id : next?.kind === 'place' && next.entry?.type === 'region' ? next.entry.country : null
      const inAfter = w.tokens[f.from - 1]?.norm === 'in' ? endingAt.get(f.from - 1) : undefined
      const prevLand = inAfter?.kind === 'place' && inAfter.entry?.type === 'facility' ? inAfter.entry.country : null
      const land = nextLand ?? prevLand
      const city = land ? f.alts.find((h) => w.g.entries.get(h.id)?.country === land) : undefined
      if (!city) return f
      const entry = w.g.entries.get(city.id) as GazetteerEntry
      const by = nextLand === null ? 'after-facility' : next?.kind === 'country' ? 'before-country' : 'before-region'
      const sense: Found = { ...f, kind: kindOf(entry.type), id: city.id, ids: city.ids, entry, form: city.kind, rule: `gazetteer:${city.id}+${by}` }
      if (!settled.has(text)) settled.set(text, sense)
      return sense
    }
    // "Naval Station Mayport, Florida": after a place of its own country, the name is that country's.
    const before = w.tokens[f.from - 1]?.norm === ',' ? endingAt.get(f.from - 1) : undefined
    if (before?.entry?.country === f.entry.country && before.kind === 'place') {
      if (!settled.has(text)) settled.set(text, f)
      return f
    }
    // The entry of the country the document names most; on a tie, the one named nearest ("the
    // Police Training Academy, St. James, in Trinidad and Tobago").
    let best: AliasHit | null = null
    const first = named.get(f.entry.country) ?? 0
    const firstPopulation = f.entry.type === 'city' ? (f.entry.population ?? 0) : 0
    let bestCount = first
    let bestDistance = bestCount > 0 ? distance(f.entry.country, f.from) : Infinity
    for (const h of f.alts) {
      const alt = w.g.entries.get(h.id)
      const c = alt?.country ?? ''
      const n = named.get(c) ?? 0
      const d = n > 0 ? distance(c, f.from) : Infinity
      // A small town ("Trinidad" of Honduras beside the island) takes the name only near its country,
      // unless the document never names the country of the name's first sense ("Plymouth" in a
      // Tobago story that never names Montserrat).
      if (alt?.type === 'city' && !alt.capital && (alt.population ?? 0) < SMALL_TOWN && d > SMALL_TOWN_REACH && first > 0) continue
      // "Valparaíso" on a page about a Mexican ship in Chile: a town a tenth the size of a namesake
      // in a country the page names too does not take the name from it.
      if (alt?.type === 'city' && first > 0 && (alt.population ?? 0) * 10 < firstPopulation) continue
      if (n > bestCount || (n === bestCount && n > 0 && d < bestDistance)) {
        best = h
        bestCount = n
        bestDistance = d
      }
    }
    const entry = best ? (w.g.entries.get(best.id) as GazetteerEntry) : null
    const sense: Found = best && entry ? { ...f, kind: kindOf(entry.type), id: best.id, ids: best.ids, entry, form: best.kind, rule: `gazetteer:${best.id}+homonym` } : f
    // Only what the count decided may take a sense a context rule settled.
    counted.add(sense)
    return sense
  })
  w.found = decided.map((f) => {
    const sense = counted.has(f) ? settled.get(spanOf(w, f.from, f.to).text) : undefined
    if (!sense || sense.id === f.id) return f
    return { ...f, kind: sense.kind, id: sense.id, ids: sense.ids, entry: sense.entry, form: sense.form, rule: `gazetteer:${sense.id}+same-name` }
  })
}

/** How near (in tokens) a naming of its country must be for a small town to take a shared name. */
const SMALL_TOWN_REACH = 40

function shouted(w: Work, from: number, to: number): boolean {
  let upper = false
  for (let k = from; k < to; k++) {
    const t = w.tokens[k]
    if (t?.isWord && t.text.length > 1 && !t.upper) return false
    if (t?.upper) upper = true
  }
  return upper
}

/** At a line start, or among other words in capitals. */
function headingContext(w: Work, from: number, to: number): boolean {
  if (w.tokens[from]?.breakBefore) return true
  const near = (k: number) => w.tokens[k]?.isWord && w.tokens[k]?.upper
  return Boolean(near(from - 1) || near(to))
}

function pick(w: Work, hits: readonly AliasHit[]): AliasHit | undefined {
  let best: AliasHit | undefined
  let bestScore = Infinity
  for (const h of hits) {
    const e = w.g.entries.get(h.id)
    if (!e) continue
    // Rank by type, then id for stability; places of one name in several countries stay in file
    // order, which puts first the place a reader means anywhere (a capital, a large city).
    const score = PRIORITY[e.type] * 10 + (h.kind === 'bare' ? 1 : 0)
    if (score < bestScore || (score === bestScore && best && h.id < best.id && e.type !== 'city')) {
      best = h
      bestScore = score
    }
  }
  return best
}

/**
 * Drops mentions their context rules out. Runs after recognize(); `countriesNamed` are the
 * countries the document names outright, used to accept small places.
 */
export function filterByContext(w: Work): void {
  const tokens = w.tokens
  // The last mention starting / ending at a token, from the mention index (w.found stays as it
  // is until the end of this function).
  const starts = {
    has: (k: number) => startsAt(w, k).length > 0,
    get: (k: number): Found | undefined => lastOf(startsAt(w, k)),
  }
  const ends = {
    has: (k: number) => endsAt(w, k).length > 0,
    get: (k: number): Found | undefined => lastOf(endsAt(w, k)),
  }
  const countriesNamed = new Set<string>()
  for (const f of w.found) if (f.kind === 'country' && f.form !== 'demonym' && !f.ambiguous) countriesNamed.add(f.id)
  // "Cayman Islands Coast Guard" names the Cayman Islands as well (impliedCountries adds it later).
  for (const f of w.found) if (f.kind === 'org' && f.form !== 'bare' && f.form !== 'acronym' && f.entry?.country) countriesNamed.add(f.entry.country)

  /** A capitalized word right next to the mention that nothing explains: the mention is part of a longer name. */
  const strangerAt = (i: number): boolean => {
    const t = tokens[i]
    // An initial ("Kendrick A. Pereira") or a model number ("CP-140 Aurora") before a place name.
    if (t?.norm === '.' && tokens[i - 1]?.text.length === 1 && tokens[i - 1]?.cap && t.glued) return true
    if (t && /^\d+$/.test(t.text) && tokens[i - 1]?.norm === '-' && tokens[i - 2]?.upper) return true
    if (!t || !t.isWord || !t.cap || t.breakBefore) return false
    if (starts.has(i) || ends.has(i + 1)) return false
    if (coversAt(w, i).length > 0) return false
    return !has(w, 'not-name', t.text) && !w.sentStart[i]
  }

  // "Zr.Ms. Groningen … will embark on the Groningen", "Groningen berthed at …": a place a ship is
  // named after, repeated after "the" or with no place preposition before it, is the ship again
  // ("HMCS Kingston … in Kingston" is the city).
  const shipNames = new Set<string>()
  for (const f of w.found) if (f.kind === 'place' && f.form !== 'demonym' && afterVesselPrefix(w, f.from)) shipNames.add(spanText(w, f))

  const keep: Found[] = []
  // Small towns opening a sentence, kept only if the document names them as places elsewhere.
  const opening: Found[] = []
  for (const f of w.found) {
    const e = f.entry
    if (!e || f.kind === 'title' || f.kind === 'org') {
      keep.push(f)
      continue
    }
    // A dateline ("Barranquilla, September 28 –" before "… ARC Barranquilla") is the place still.
    if (f.kind === 'place' && shipNames.has(spanText(w, f)) && (tokens[f.from - 1]?.text === 'the' || !placeOpener(w, f.from - 1)) && !isDateline(w, f)) continue
    const prev = tokens[f.from - 1]
    const next = tokens[f.to]
    const before = strangerAt(f.from - 1)
    // "St. Ann's Fort": a possessive place name.
    const possessiveName = next?.norm === "'" && tokens[f.to + 1]?.norm === 's' && strangerAt(f.to + 2)
    const after = (next && !next.breakBefore && strangerAt(f.to)) || possessiveName
    const ambiguous = f.ambiguous === true
    // "in the department of Rocha", "Toledo, department of Canelones", "el departamento de Tarija":
    // an administrative noun and "of" introduce the place as one.
    const prep = prev !== undefined && (placeOpener(w, f.from - 1) || divisionOfAt(w, f.from - 2))
    // "Metapán y Asunción Mita": the Spanish "y" joins lists too.
    const joins = (x: { norm: string } | undefined): boolean => x !== undefined && (x.norm === ',' || x.norm === 'and' || x.norm === 'y')
    const listy = (prev !== undefined && joins(prev) && isPlaceEnd(ends.get(f.from - 1))) || (next !== undefined && joins(next) && isPlaceStart(starts.get(f.to + 1)))
    const titled = prev !== undefined && ends.get(f.from)?.kind === 'title'

    // "Inter-American", "Afro-Caribbean": a demonym glued to an unexplained word is not a country.
    const hyphenPrefix = prev?.norm === '-' && tokens[f.from]?.glued && prev.glued && tokens[f.from - 2]?.isWord && !ends.has(f.from - 1)

    if (e.type === 'country' || e.type === 'territory') {
      if (hyphenPrefix) continue
      // "US$180,000", "EC$2 million": a currency, not a mention of the country.
      if (next?.norm === '$' && next.glued) continue
      // "Member States", "Caribbean States": states in general, not the United States.
      if (tokens[f.from]?.norm === 'states' && f.to - f.from === 1) continue
      // "available in Spanish": a language, not a country.
      if (f.form === 'demonym' && prev?.norm === 'in' && !(next?.isWord && next.cap)) continue
      // "known by its Spanish acronym", "the French-language edition": a language, not a country.
      if (f.form === 'demonym' && LANGUAGE_NOUNS.has(next?.norm === '-' && next.glued ? (tokens[f.to + 1]?.norm ?? '') : (next?.norm ?? ''))) continue
      // "four British Overseas Territories": the territories, not the state.
      if (f.form === 'demonym' && next?.norm === 'overseas' && /^territor(?:y|ies)$/.test(tokens[f.to + 1]?.norm ?? '')) continue
      if (ambiguous && (before || after || titled || !(prep || listy))) continue
      // "HNLMS Holland": a ship named after a country (the prefix written as such, not "to arm Haiti").
      if (f.form !== 'demonym' && afterVesselPrefix(w, f.from) && tokens[f.from - 1]?.cap) continue
      keep.push(f)
      continue
    }
    if (hyphenPrefix && e.type !== 'region') continue
    if (e.type === 'region' && !regionAsPlace(w, f)) continue
    // "Marlon E. Richardson-Brooks": a town's name glued to another name is a surname's part.
    const hyphenSuffix = next?.norm === '-' && next.glued && tokens[f.to + 1]?.glued === true && isCapWord(tokens[f.to + 1])
    if (hyphenSuffix && e.type === 'city') continue
    // "the Valley of the Apurímac": a lower-case "the" and "of" after it make "The Valley" a common noun.
    if (/^The\s/.test(e.name) && (tokens[f.from]?.text === 'the' || prev?.text === 'the') && next?.norm === 'of') continue
    // "the Sula Valley": a name the gazetteer writes with "The" ("The Valley"), found without it
    // after a capitalized word, is the end of another name.
    if (/^The\s/.test(e.name) && tokens[f.from]?.norm !== 'the' && prev?.norm !== 'the' && isCapWord(prev)) continue
    // "HMCS Moncton": a ship named after a place.
    if (afterVesselPrefix(w, f.from)) continue
    // "Ambassador to the Eastern Caribbean Sophie Marchetti": a region of two words or more after
    // "to the" ends where a person's name begins.
    const theRegion = e.type === 'region' && f.to - f.from >= 2 && prev?.norm === 'the' && tokens[f.from - 2]?.norm === 'to'
    if (before || (after && !theRegion)) continue
    // "in the Pacific": the preposition may stand before an article.
    const thePrep = prev?.text === 'the' && placeOpener(w, f.from - 2)
    // "the Pacific coast", "from Pacific partners": an ambiguous name alone before a lower-case
    // word other than a function word qualifies it ("the Pacific coast" is a region of its own);
    // in a list of places it is still one ("the St. James and Hanover coastlines").
    const qualifies = next !== undefined && next.isWord && !next.cap && !next.breakBefore && !AFTER_PLACE.has(next.norm)
    if (ambiguous && !listy && (!(prep || thePrep) || qualifies)) continue
    if (e.type === 'city' && !e.capital && e.population !== null && e.population < SMALL_TOWN) {
      // A small place counts when the document is about its country and the place is introduced as one.
      const nextToken = tokens[f.to + 1]
      // "Puerto Lempira, Honduras", "Puerto Lempira, in Honduras' Gracias a Dios department"
      const countryAt = (k: number) => starts.get(k)?.kind === 'country' && starts.get(k)?.id === e.country
      const followedByCountry = next?.norm === ',' && nextToken !== undefined && (starts.get(f.to + 1)?.kind === 'country' || (nextToken.norm === 'in' && countryAt(f.to + 2)))
      // "Villamontes in the department of Tarija", "Sipacate, in Escuintla": a region of the town's
      // own country right after it.
      const followedByRegion = regionOfCountryAfter(w, f.to, e.country, starts)
      const countryKnown = e.country !== null && countriesNamed.has(e.country)
      // "a section of the Charlestown waterfront": the town's own waterfront, harbour or market.
      const townNoun = prev?.norm === 'the' && next !== undefined && !next.cap && TOWN_NOUNS.has(next.norm)
      // "Anse La Raye residents were moved …": at a sentence's start, the town counts when the
      // document names it as a place elsewhere too.
      if (w.sentStart[f.from] && !isDateline(w, f) && countryKnown && !prev?.isWord) {
        opening.push(f)
        continue
      }
      if (!(followedByCountry || followedByRegion || (countryKnown && (prep || listy || townNoun || afterPlaceList(w, f.from) || isDateline(w, f))))) continue
      if (w.sentStart[f.from] && !isDateline(w, f)) continue
    }
    keep.push(f)
  }
  const keptIds = new Set(keep.map((f) => f.id))
  const again = opening.filter((f) => keptIds.has(f.id))
  w.found = again.length > 0 ? sortFound([...keep, ...again]) : keep
}

/** Whether "(,) in (the department of) X" right after token `at` names a region X of `country`. */
function regionOfCountryAfter(w: Work, at: number, country: string | null, starts: { get: (k: number) => Found | undefined }): boolean {
  if (country === null) return false
  const land = landAhead(w, at)
  if (!land.located) return false
  // After "the department of" the gazetteer may hold the name as a town ("Tarija").
  const region = starts.get(land.at)
  return region?.kind === 'place' && (region.entry?.type === 'region' || (land.division && region.entry?.type === 'city')) && region.entry?.country === country
}

function spanText(w: Work, f: Found): string {
  let out = ''
  for (let k = f.from; k < f.to; k++) out += `${w.tokens[k]?.text ?? ''} `
  return out
}

function lastOf(list: readonly Found[]): Found | undefined {
  return list[list.length - 1]
}

/** "at Springlands and Nieuw Nickerie", "such as Eteringbang, Kaikan and Lethem": the next name of a list a place preposition opens. */
function afterPlaceList(w: Work, from: number): boolean {
  const t = w.tokens
  if (t[from - 1]?.norm !== 'and' && t[from - 1]?.norm !== ',') return false
  let k = from - 2
  let words = 0
  let inName = 0
  while (k >= 0 && words < 8) {
    const x = t[k]
    if (isCapWord(x) && !x?.breakBefore && inName < 4) inName++
    else if (x?.norm === ',' && inName > 0) inName = 0
    else break
    if (x?.norm !== ',') words++
    k--
  }
  return words > 0 && inName > 0 && placeOpener(w, k)
}

function isPlaceEnd(f: Found | undefined): boolean {
  return f !== undefined && (f.kind === 'country' || f.kind === 'place')
}

function isPlaceStart(f: Found | undefined): boolean {
  return f !== undefined && (f.kind === 'country' || f.kind === 'place')
}

/** "MIAMI –" / "KINGSTON, Jamaica —" at the head of a paragraph. */
export function isDateline(w: Work, f: Found): boolean {
  if (!w.tokens[f.from]?.breakBefore && f.from !== 0) return false
  const next = w.tokens[f.to]
  return next !== undefined && ['-', '–', '—', ','].includes(next.norm)
}

/** Words that may sit inside a capitalized name without a capital. */
export function isConnector(norm: string): boolean {
  return CONNECTORS.has(norm)
}
