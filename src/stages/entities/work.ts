/** The working state the entity rules share while they read one document. */
import type { Token } from '../../gazetteers/tokens.js'
import type { AliasHit, GazetteerEntry, Gazetteers, WordKind } from '../../gazetteers/types.js'

export type MentionKind = 'country' | 'place' | 'org' | 'title' | 'event'

/** One recognized span. Token indexes are half-open; start/end are character offsets. */
export interface Found {
  from: number
  to: number
  kind: MentionKind
  /** Entry id, `local:<slug>` for organizations and places no gazetteer holds. */
  id: string
  /** Alternatives for an ambiguous demonym, in order of preference. */
  ids: readonly string[]
  entry: GazetteerEntry | null
  /** How it was written: name, alias, acronym, bare, demonym, or a rule-made form. */
  form: string
  rule: string
  /** Rule-made entries (local organizations, places) carry their own attributes. */
  local?: { name: string; type: string; country: string | null; acronym: string | null; placeKind?: 'facility' | 'region' | 'city' | 'other' }
  metonym?: boolean
  /** The alias is listed in ambiguous.tsv. */
  ambiguous?: boolean
  /** Other places of the same name in other countries ("Manchester", "St. George"), for `resolveHomonyms`. */
  alts?: readonly AliasHit[]
}

export interface Work {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly g: Gazetteers
  /** True where a token starts a sentence (or a line). */
  readonly sentStart: readonly boolean[]
  found: Found[]
  /** Acronyms defined in the text ("Caribbean Community (CARICOM)"), to the id they stand for. */
  readonly learned: Map<string, { id: string; kind: MentionKind }>
  /** Places and countries that turned out to be words of an office's name ("Minister for the Americas"). */
  readonly swallowed: Set<Found>
  /** Token indexes of every "(" (where acronyms are defined), in text order. */
  readonly opens: readonly number[]
  /** Token indexes right after every "the" (where definite references start), in text order. */
  readonly afterThe: readonly number[]
  /** Token indexes of words written in capitals ("CARICOM"), in text order. */
  readonly uppers: readonly number[]
  /** Token indexes (never 0) of lower-case words, not at a line start, that the place rules read as nouns ("province", "base", "coast"; see places.ts PLACE_NOUNS), in text order. */
  readonly placeNouns: readonly number[]
  /** The mention index of `found` (see indexOf), rebuilt when `found` is replaced or grows. */
  index?: FoundIndex | null
}

export function has(w: Work, kind: WordKind, word: string): boolean {
  return w.g.words.get(kind)?.has(word) ?? false
}

/** The recognized span covering token i, if any. */
export function coverAt(w: Work, i: number): Found | undefined {
  return coversAt(w, i)[0]
}

export function startingAt(w: Work, i: number): Found | undefined {
  return startsAt(w, i)[0]
}

export function endingAt(w: Work, i: number): Found | undefined {
  return endsAt(w, i)[0]
}

export function sortFound(found: Found[]): Found[] {
  return found.sort((a, b) => a.from - b.from || b.to - a.to)
}

/** Token index range -> character span and text. */
export function spanOf(w: Work, from: number, to: number): { start: number; end: number; text: string } {
  const start = w.tokens[from]?.start ?? 0
  const end = w.tokens[to - 1]?.end ?? start
  return { start, end, text: w.text.slice(start, end) }
}

/**
 * Pure functions of a name, kept per process (names recur across documents): bounded, so a stream
 * of new names cannot grow them without end; a memo, it never changes a result.
 */
const SLUGS = new Map<string, string>()
export const NAME_MEMO_MAX = 10_000

export function slug(s: string): string {
  let out = SLUGS.get(s)
  if (out === undefined) {
    out = makeSlug(s)
    if (SLUGS.size >= NAME_MEMO_MAX) SLUGS.clear()
    SLUGS.set(s, out)
  }
  return out
}

function makeSlug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  )
}

/** Lower-case connectors allowed inside a capitalized name ("Port of Spain", "Ministry of Foreign Affairs and Trade"). */
/** Spanish definite articles after "de" or "en" in a name ("Embajada de los Estados Unidos", "en la Estación …"). */
export const SPANISH_ARTICLES: ReadonlySet<string> = new Set(['el', 'la', 'los', 'las'])
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&', 'de', 'del', 'la', 'las', 'los', 'el', 'des', 'du', 'da', 'do', 'dos', "d'"])

/** A town below this population is small: it needs its country named (and, to take a name other
 * countries' places share, named near it). */
export const SMALL_TOWN = 50_000

/** Administrative nouns: a classifier after the name, not part of what the text calls the place ("Rocha department"). */
export const ADMIN_NOUNS: ReadonlySet<string> = new Set(['region', 'province', 'department', 'parish', 'district'])

/** Nouns of a land's division before "of" ("the department of Rocha", "el departamento de Tarija", "the island of Nevis"). */
const DIVISION_NOUNS: ReadonlySet<string> = new Set([...ADMIN_NOUNS, 'state', 'municipality', 'island', 'departamento', 'provincia', 'estado', 'región', 'municipio'])

/** A division's noun and its "of" ("department of", "departamento de") at token k. */
export function divisionOfAt(w: Work, k: number): boolean {
  return DIVISION_NOUNS.has(w.tokens[k]?.norm ?? '') && ['of', 'de', 'del'].includes(w.tokens[k + 1]?.norm ?? '')
}

/** Sides and parts of a land that stand between a place and the land it is on ("on the north coast of Tortola"). */
const SIDES: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'central'])
const PARTS: ReadonlySet<string> = new Set(['coast', 'shore', 'side', 'tip', 'end', 'part', 'bank', 'outskirts', 'edge'])

/**
 * Where the land named after token `at` starts: ", Tortola", "in Castries", "on the north coast of
 * Tortola", ", in the department of Rocha", "en el departamento de Tarija". `located`: a locative
 * word came first; `division`: a division's noun and "of" stood before the land.
 */
export function landAhead(w: Work, at: number): { at: number; located: boolean; division: boolean } {
  const t = w.tokens
  let k = at
  if (t[k]?.norm === ',') k++
  const located = ['in', 'on', 'near', 'en'].includes(t[k]?.norm ?? '')
  if (located) k++
  const article = ['the', 'el', 'la'].includes(t[k]?.norm ?? '') ? 1 : 0
  if (article && PARTS.has(t[k + 2]?.norm ?? '') && SIDES.has(t[k + 1]?.norm ?? '') && t[k + 3]?.norm === 'of') return { at: k + 4, located, division: false }
  if (divisionOfAt(w, k + article)) return { at: k + article + 2, located, division: true }
  return { at: k, located, division: false }
}

/**
 * Lower-case geographic nouns that, written right after a name, make one region of the two ("the
 * Pacific coast", "Esmeraldas province", "the Talamanca mountains"): see geographicPhrases.
 */
export const GEO_NOUNS: ReadonlySet<string> = new Set(['coast', 'waters', 'region', 'province', 'department', 'parish', 'district', 'mountains', 'highlands', 'lowlands', 'valley', 'basin', 'peninsula'])

/** Whether token k is a word that ends a place's name ("Beach", "Bay", "Airport", "Road"). */
export function placeWordAt(w: Work, k: number): boolean {
  return w.g.heads.get(w.tokens[k]?.text ?? '')?.some((h) => h.position === 'last' && (h.type === 'facility' || h.type === 'region')) ?? false
}

/** Token `k` is an initial: one capital letter and its glued period ("W." in "Vance W. Amory"). */
export function isInitialAt(w: Work, k: number): boolean {
  const tok = w.tokens[k]
  return tok !== undefined && tok.text.length === 1 && tok.cap && w.tokens[k + 1]?.norm === '.' && Boolean(w.tokens[k + 1]?.glued)
}

export function isCapWord(t: Token | undefined): boolean {
  if (!t || !t.isWord) return false
  if (t.cap) return true
  const c = t.text.charCodeAt(0)
  return c >= 48 && c <= 57
}

export interface FoundIndex {
  /** The `w.found` array indexed, and its length then. */
  readonly found: readonly Found[]
  readonly length: number
  /** By token index: the mentions starting / ending there (arrays beat maps keyed by small integers). */
  readonly byFrom: (Found[] | undefined)[]
  readonly byTo: (Found[] | undefined)[]
  /** Built on the first coversAt() call for this array: most arrays are never asked. */
  cover: (Found[] | undefined)[] | null
}

const NONE: readonly Found[] = []

/**
 * Lookups by start, end and covered token, built once per `w.found` array (rules replace the
 * array rather than edit it), so rules asking "what starts here?" per token stay linear instead
 * of scanning every mention each time. Lists keep `w.found`'s order, so `find` answers as a scan would.
 * Kept on the Work itself, not in a WeakMap keyed by the array: a WeakMap's entries made every
 * minor garbage collection keep each document's arrays alive (they died only in full collections).
 */
function indexOf(w: Work): FoundIndex {
  const cached = w.index
  if (cached && cached.found === w.found && cached.length === w.found.length) return cached
  const n = w.tokens.length + 1
  const byFrom = new Array<Found[] | undefined>(n)
  const byTo = new Array<Found[] | undefined>(n)
  for (const f of w.found) {
    push(byFrom, f.from, f)
    push(byTo, f.to, f)
  }
  const made: FoundIndex = { found: w.found, length: w.found.length, byFrom, byTo, cover: null }
  w.index = made
  return made
}

function push(m: (Found[] | undefined)[], k: number, f: Found): void {
  const list = m[k]
  if (list) list.push(f)
  else m[k] = [f]
}

/** Mentions starting at token i, in `w.found` order. */
export function startsAt(w: Work, i: number): readonly Found[] {
  return indexOf(w).byFrom[i] ?? NONE
}

/** Mentions ending at token i (exclusive end), in `w.found` order. */
export function endsAt(w: Work, i: number): readonly Found[] {
  return indexOf(w).byTo[i] ?? NONE
}

/** Mentions covering token i, in `w.found` order. */
export function coversAt(w: Work, i: number): readonly Found[] {
  const index = indexOf(w)
  if (!index.cover) {
    const cover = new Array<Found[] | undefined>(w.tokens.length + 1)
    for (const f of w.found) for (let k = f.from; k < f.to; k++) push(cover, k, f)
    index.cover = cover
  }
  return index.cover[i] ?? NONE
}

/**
 * Whether the name starting at token `from` is (the end of) a ship's name: "USNS Comfort", "HMCS
 * Moncton", "USS Minneapolis-Saint Paul", "Zr.Ms. Groningen" ("Ms." reads as an honorific), "ARD
 * Almirante Didiez Burgos" (a rank inside the name), "His Majesty's Canadian Ships (HMCS) Moncton".
 */
export function afterVesselPrefix(w: Work, from: number): boolean {
  const t = w.tokens
  const title = endsAt(w, from).find((f) => f.entry?.type === 'honorific' || f.entry?.type === 'rank')
  let k = (title ? title.from : from) - 1
  // The words of the ship's name before this one.
  for (let words = 0; words < 3 && k > 0 && !t[k + 1]?.breakBefore; words++) {
    const back = t[k]?.norm === '-' && t[k]?.glued ? k - 1 : k
    if (!isCapWord(t[back]) || has(w, 'vessel-prefix', t[back]?.norm ?? '') || t[back + 1]?.breakBefore) break
    if (!has(w, 'vessel-prefix', t[back - 1]?.norm ?? '') && !isCapWord(t[back - 1])) break
    k = back - 1
  }
  while (k >= 0 && (t[k]?.norm === '.' || t[k]?.norm === ')')) k--
  const prev = t[k]
  return prev !== undefined && has(w, 'vessel-prefix', prev.norm)
}

/** A place preposition at token k ("in", "at"), or "such as" after a plural place noun ("border locations such as"). */
export function placeOpener(w: Work, k: number): boolean {
  const t = w.tokens
  const x = t[k]
  if (!x) return false
  if (has(w, 'place-prep', x.norm)) return true
  // "the town of Sosúa", "la costa de Pedernales", "the meeting is set for Colonia del Sacramento".
  const before = t[k - 1]
  if (before?.isWord && !before.cap && ['of', 'de', 'del'].includes(x.norm) && has(w, 'place-of', before.norm)) return true
  if (before?.isWord && x.norm === 'for' && has(w, 'place-for', before.norm)) return true
  return x.norm === 'as' && t[k - 1]?.norm === 'such' && has(w, 'place-noun', t[k - 2]?.norm ?? '')
}
