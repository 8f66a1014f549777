/**
 * Gazetteer shapes. The data lives in src/gazetteers/data/ (TSV); build.ts validates it with zod
 * and builds the indexes the entities stage uses. Entries are data, not code.
 */

export type EntryType =
  | 'country'
  | 'territory'
  | 'city'
  | 'region'
  | 'facility'
  | 'organization'
  | 'programme'
  | 'rank'
  | 'honorific'
  | 'office'

/** One named thing: a country, city, region, facility, organization, programme, rank or office. */
export interface GazetteerEntry {
  /** Canonical id: ISO alpha-3 for countries, `geo:<geonames id>` for cities, `org:...`, `place:...`, `region:...`, `rank:...`, `office:...`. */
  readonly id: string
  readonly name: string
  /** Every other name it goes by, bare forms included (not acronyms or demonyms). */
  readonly aliases: readonly string[]
  readonly type: EntryType
  /** Where the entry comes from (a package name or `curated`). */
  readonly source: string
  /** ISO 3166-1 alpha-3 of the country it belongs to (for a country, its own code). */
  readonly country: string | null
  /** Forms matched only as written ("SOUTHCOM"). The first is the preferred acronym. */
  readonly acronyms: readonly string[]
  /** Generic forms ("Navy") that name this entry only when no other country qualifies them. */
  readonly bare: readonly string[]
  readonly demonyms: readonly string[]
  readonly wikidata: string | null
  readonly lat: number | null
  readonly lon: number | null
  /** Organizations: government, military, police, intergovernmental, ... */
  readonly category: string | null
  /** Cities: population from GeoNames (0 when unknown). */
  readonly population: number | null
  readonly capital: boolean
  /** Ranks: the form written into PersonRecord.rank ("Adm."). */
  readonly abbr: string | null
  /** Offices: the organization the office implies. Facilities: the organization a metonym means. */
  readonly affiliation: string | null
}

/** How one written form of an entry matches text. */
export interface AliasHit {
  readonly id: string
  /** Several ids for a demonym naming several countries ("Dominican"), in order of preference. */
  readonly ids: readonly string[]
  readonly kind: 'name' | 'alias' | 'acronym' | 'bare' | 'demonym'
  /** The alias's own tokens, for case checks: an all-capital or single-capital token must match exactly, a capitalized one needs a capital. */
  readonly form: readonly string[]
  /** Listed in ambiguous.tsv: needs context to count. */
  readonly ambiguous: boolean
}

/** One node of the token trie: the folded next tokens, and the aliases that end here. */
export interface TrieNode {
  /** Null on a leaf (most nodes): no map is built for nothing. */
  next: Map<string, TrieNode> | null
  hits: readonly AliasHit[] | null
}

/**
 * The alias index over folded tokens (see tokens.ts). `root` is a token trie: a walk over a text
 * follows one map lookup per token and stops as soon as it leaves the trie, building no strings.
 * `hits` holds the same aliases by key (folded tokens joined by single spaces), for lookups of a
 * whole name.
 */
export interface AliasIndex {
  readonly root: TrieNode
  readonly hits: ReadonlyMap<string, readonly AliasHit[]>
}

export type HeadType = 'organization' | 'programme' | 'event' | 'facility' | 'region'

export interface HeadWord {
  readonly type: HeadType
  readonly position: 'first' | 'last'
}

export type WordKind =
  | 'title-modifier'
  | 'metonym-verb'
  | 'place-prep'
  | 'place-noun'
  | 'place-of'
  | 'place-for'
  | 'member-noun'
  | 'name-particle'
  | 'not-name'
  | 'generic-ref'
  | 'unit-suffix'
  | 'vessel-prefix'
  | 'not-place'
  | 'venue-head'
  | 'name-abbrev'
  | 'subunit-head'
  | 'strait-head'

/** All gazetteers, loaded, validated and indexed once per process; frozen in `ctx`. */
export interface Gazetteers {
  readonly entries: ReadonlyMap<string, GazetteerEntry>
  readonly trie: AliasIndex
  /** Head words by exact (case-sensitive) word. */
  readonly heads: ReadonlyMap<string, readonly HeadWord[]>
  /** Word lists by kind; keys are folded (lowercase) except `not-name`, which is case-sensitive. */
  readonly words: ReadonlyMap<WordKind, ReadonlySet<string>>
  /** Tokens (folded) that end an abbreviation when followed by ".", so "." there does not end a sentence. */
  readonly abbreviations: ReadonlySet<string>
}
