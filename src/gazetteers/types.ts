/**
 * Gazetteer shapes. The data lives in src/gazetteers/data/ (TSV/JSON); load.ts validates it
 * with zod and builds the indexes stages use. Entries are data, not code.
 */

export type EntryType =
  | 'country'
  | 'territory'
  | 'city'
  | 'region'
  | 'facility'
  | 'organization'
  | 'programme'
  | 'title'
  | 'rank'
  | 'office'
  | 'topic'

export interface GazetteerEntry {
  /** Canonical id: ISO alpha-3 for countries, `org:...`, `place:...`, `topic:...`. */
  readonly id: string
  readonly name: string
  readonly aliases: readonly string[]
  readonly type: EntryType | string
  /** Where the entry comes from (a URL, a package name, or `curated`). */
  readonly source: string
  readonly country?: string | null
  readonly acronyms?: readonly string[]
  readonly wikidata?: string | null
  readonly lat?: number | null
  readonly lon?: number | null
  readonly [extra: string]: unknown
}

/** All gazetteers, loaded and indexed once per process. The entities stage owns the details. */
export interface Gazetteers {
  readonly entries: ReadonlyMap<string, GazetteerEntry>
  readonly [index: string]: unknown
}
