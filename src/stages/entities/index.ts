/**
 * The entities stage: people, organizations and places with canonical ids, each mention with its
 * offsets and the rule or gazetteer entry that produced it.
 */
import type { AliasHit, Gazetteers } from '../../gazetteers/types.js'
import { tokenize, type Token } from '../../gazetteers/tokens.js'
import type { OrganizationRecord, PersonRecord, PlaceRecord } from '../../schema/records.js'
import type { Span, Stage } from '../../types.js'
import { bareToNamesOf, definiteReferences, headquarters, headWordNames, learnAcronyms, longerOfNames, nationalPolice, qualifyBareOrgs, toldOutlets } from './organizations.js'
import { findPeople, type Person } from './people.js'
import { PLACE_NOUNS, properPlaces, RIVER_OF_LANDS } from './places.js'
import { lowerCaseServices } from './national.js'
import { filterByContext, recognize, resolveHomonyms } from './recognize.js'
import { markMetonyms, organizationRecords, peopleRecords, placeRecords } from './records.js'
import { sortFound, type Found, type Work, startsAt } from './work.js'
import { matchTrie } from './match.js'
import { gazetteerDateline } from './dateline.js'

export interface Entities {
  readonly people: PersonRecord[]
  readonly organizations: OrganizationRecord[]
  readonly places: PlaceRecord[]
}

/**
 * Finds the people, organizations and places of `text`. `sentences` (from the segment stage)
 * sharpen sentence starts; without them, line breaks and end punctuation serve.
 */
export function extractEntities(text: string, gazetteers: Gazetteers, sentences: readonly Span[] = []): Entities {
  const tokens = tokenize(text)
  const opens: number[] = []
  const afterThe: number[] = []
  const placeNouns: number[] = []
  const uppers: number[] = []
  const w: Work = {
    text,
    tokens,
    g: gazetteers,
    sentStart: sentenceStarts(tokens, gazetteers, sentences, { opens, afterThe, placeNouns, uppers }),
    opens,
    afterThe,
    placeNouns,
    uppers,
    found: [],
    learned: new Map(),
    swallowed: new Set(),
    index: null,
  }
  w.found = recognize(w)
  resolveHomonyms(w)
  filterByContext(w)
  qualifyBareOrgs(w)
  lowerCaseServices(w)
  nationalPolice(w)
  learnAcronyms(w)
  headWordNames(w)
  bareToNamesOf(w)
  longerOfNames(w)
  toldOutlets(w)
  definiteReferences(w)
  headquarters(w)
  properPlaces(w)
  markMetonyms(w)
  const people = findPeople(w)
  settle(w, people)
  impliedCountries(w)
  return {
    people: peopleRecords(w, people),
    organizations: organizationRecords(w),
    places: placeRecords(w),
  }
}

export const entitiesStage: Stage = (doc, ctx) => {
  if (!doc.text) return doc
  const { people, organizations, places } = extractEntities(doc.text, ctx.gazetteers, doc.sentences)
  const dateline = doc.meta.dateline ? null : gazetteerDateline(doc.text, places)
  const meta = dateline ? { ...doc.meta, dateline, evidence: { ...doc.meta.evidence, dateline: 'first-paragraph-gazetteer' } } : doc.meta
  return { ...doc, meta, people, organizations, places: placedAtHome(doc.text, meta.dateline, places) }
}

/**
 * A place the text names but no list locates ("the Moleson Creek Ferry Terminal", "Sandy Ground")
 * and no nearby words put in a country is in the country the report is written from: the
 * dateline's, or else the one other than the United States that takes at least three and more
 * than half of the report's country mentions. A report split between countries leaves it unplaced.
 */
function placedAtHome(text: string, datelineText: string | null, places: PlaceRecord[]): PlaceRecord[] {
  const unplaced = (p: PlaceRecord) => p.kind !== 'country' && p.country === null && p.id.startsWith('local:') && !p.mentions.every((m) => m.rule === RIVER_OF_LANDS)
  if (!places.some(unplaced)) return places
  let home: string | null = null
  const at = datelineText ? text.slice(0, 400).indexOf(datelineText) : -1
  if (at >= 0) home = places.find((p) => p.country && p.mentions.some((m) => m.start >= at && m.end <= at + datelineText!.length))?.country ?? null
  if (!home) {
    const counts = new Map<string, number>()
    let total = 0
    for (const p of places) if (p.kind === 'country') { total += p.mentions.length; if (p.id !== 'USA') counts.set(p.id, (counts.get(p.id) ?? 0) + p.mentions.length) }
    const ranked = [...counts].sort((a, b) => b[1] - a[1])
    if (ranked[0] && ranked[0][1] >= 3 && ranked[0][1] * 2 > total) home = ranked[0][0]
  }
  if (!home) return places
  return places.map((p) => (unplaced(p) ? { ...p, country: home } : p))
}

/**
 * After people: drop what turned out to be part of them. Places inside an office's name, places
 * that are a person's name ("Pereira said"), and a bare service before a rank ("Army Col. X"),
 * which is the person's affiliation, not a mention of the organization.
 */
function settle(w: Work, people: readonly Person[]): void {
  const personTokens = new Set<number>()
  for (const p of people) for (const m of p.mentions) for (let k = m.from; k < m.to; k++) personTokens.add(k)
  w.found = w.found.filter((f) => {
    if (w.swallowed.has(f)) return false
    if ((f.kind === 'place' || f.kind === 'country') && personTokens.has(f.from)) return false
    if (f.kind === 'org' && f.form === 'bare' && startsAt(w, f.to).some((r) => r.kind === 'title' && r.entry?.type === 'rank')) return false
    return true
  })
}

/**
 * Countries a document names inside other names count as mentioned: "Canadian Armed Forces",
 * "U.S. Army South", "Antigua and Barbuda Defence Force", the "U.S.-Peru Counternarcotics
 * Dialogue"; so does the country of an island or state it names ("Trinidad", "Florida"). Added
 * last, so no other rule sees them.
 */
function impliedCountries(w: Work): void {
  const add: Found[] = []
  for (const f of w.found) {
    if (f.kind === 'org' || f.kind === 'event' || (f.kind === 'place' && f.entry?.type === 'facility')) {
      for (const m of countriesInside(w, f)) {
        // "Organization of American States": an international body's adjective or a word of its
        // name ("States") names no country.
        if (f.entry && f.entry.country === null && m.hit.kind !== 'name' && m.hit.kind !== 'acronym') continue
        // "The Inter-American Dialogue": an adjective in an event's name names no country.
        if (f.kind === 'event' && m.hit.kind === 'demonym') continue
        const entry = w.g.entries.get(m.hit.id) ?? null
        add.push({ from: f.from + m.from, to: f.from + m.to, kind: 'country', id: m.hit.id, ids: m.hit.ids, entry, form: m.hit.kind, rule: `country-in-name:${f.id}` })
      }
    }
    if (f.kind === 'place' && f.entry?.type === 'region' && f.entry.country) {
      const entry = w.g.entries.get(f.entry.country) ?? null
      if (entry) add.push({ ...f, kind: 'country', id: entry.id, ids: [entry.id], entry, form: 'implied', rule: `country-of:${f.id}` })
    }
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

interface Inside {
  readonly from: number
  readonly to: number
  readonly hit: AliasHit
}

/**
 * The countries inside a name, relative to its first token: a pure function of the name's text
 * and id, so kept per process (names recur across documents); bounded, it never changes a result.
 */
const INSIDE = new WeakMap<Gazetteers, { size: number; byId: Map<string, Map<string, readonly Inside[]>> }>()

function countriesInside(w: Work, f: Found): readonly Inside[] {
  const start = w.tokens[f.from]?.start ?? 0
  const end = w.tokens[f.to - 1]?.end ?? start
  const text = w.text.slice(start, end)
  // By id, then by text: no joined key to build and hash per lookup.
  let memo = INSIDE.get(w.g)
  if (!memo) INSIDE.set(w.g, (memo = { size: 0, byId: new Map() }))
  let byText = memo.byId.get(f.id)
  const cached = byText?.get(text)
  if (cached) return cached
  // Longest matches inside the name other than the name itself: "Port of Spain" stays a city.
  const isCountry = (h: AliasHit) => {
    const e = w.g.entries.get(h.id)
    return e?.type === 'country' || e?.type === 'territory'
  }
  // Only place names compete: "U.S." inside "U.S. Coast Guard Sector San Juan" is not hidden by
  // the longer "U.S. Coast Guard".
  const placeHit = (h: AliasHit) => {
    const type = w.g.entries.get(h.id)?.type
    return h.id !== f.id && (type === 'country' || type === 'territory' || type === 'city' || type === 'region' || type === 'facility')
  }
  const out: Inside[] = []
  for (const m of matchTrie(w.tokens, w.g.trie, placeHit, f.from, f.to)) {
    const hit = m.hits.find(isCountry)
    if (!hit || (m.from === 0 && m.to === f.to - f.from)) continue
    out.push({ from: m.from, to: m.to, hit })
  }
  if (memo.size >= 10_000) {
    memo.byId.clear()
    memo.size = 0
    byText = undefined
  }
  if (!byText) memo.byId.set(f.id, (byText = new Map()))
  byText.set(text, out)
  memo.size++
  return out
}

const CLOSERS: ReadonlySet<string> = new Set(['"', "'", ')'])
const ENDS: ReadonlySet<string> = new Set(['.', '!', '?'])

/** Positions the rules visit instead of walking every token (see Work). */
interface Positions {
  readonly opens: number[]
  readonly afterThe: number[]
  readonly placeNouns: number[]
  readonly uppers: number[]
}

/** Sentence starts by token; on the same walk, the positions the rules visit (see Work). */
function sentenceStarts(tokens: readonly Token[], g: Gazetteers, sentences: readonly Span[], at: Positions): boolean[] {
  // Sentence spans come in text order: walk them alongside the tokens.
  const starts = sentences.map((s) => s.start).sort((a, b) => a - b)
  let next = 0
  const out = new Array<boolean>(tokens.length)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (t.norm === '(') at.opens.push(i)
    else if (t.norm === 'the') at.afterThe.push(i + 1)
    else if (t.upper) {
      if (t.isWord) at.uppers.push(i)
    } else if (i > 0 && t.isWord && !t.cap && !t.breakBefore && PLACE_NOUNS.has(t.norm)) at.placeNouns.push(i)
    while (next < starts.length && (starts[next] as number) < t.start) next++
    out[i] = i === 0 || t.breakBefore || starts[next] === t.start || endsSentence(tokens, g, i)
  }
  return out
}

/** Whether the token before i (past closing quotes and brackets) ends a sentence. */
function endsSentence(tokens: readonly Token[], g: Gazetteers, i: number): boolean {
  // Most tokens follow a word, which is neither a closer nor an end mark.
  if ((tokens[i - 1] as Token).isWord) return false
  let k = i - 1
  while (k >= 0 && CLOSERS.has(tokens[k]?.norm ?? '')) k--
  const p = tokens[k]
  if (!p || !ENDS.has(p.norm)) return false
  if (p.norm !== '.') return true
  const word = tokens[k - 1]
  // "Lt. Col.", "U.S. Navy": a period after an abbreviation or an initial ends no sentence.
  if (word && word.isWord && p.glued && (word.text.length === 1 || g.abbreviations.has(word.norm))) return false
  return true
}
