/**
 * Pure gazetteer building: file texts in, validated entries and a token trie out, plus every
 * problem found as `file:line: reason`. load.ts does the file I/O; tests call this directly.
 */
import { columnsOf, indexOf, linesSchema, numOrNull, orNull, rowSchema, splitList, type FileName } from './schemas.js'
import { fold, internalized, isSkippable, lightTokens } from './tokens.js'
import { parseTsv, type TsvRow } from './tsv.js'
import { countryForms, nationalVariants } from './national.js'
import type {
  AliasHit,
  EntryType,
  GazetteerEntry,
  Gazetteers,
  HeadType,
  HeadWord,
  AliasIndex,
  TrieNode,
  WordKind,
} from './types.js'

export interface BuildResult {
  /** Null when there are errors. */
  readonly gazetteers: Gazetteers | null
  readonly errors: string[]
  readonly warnings: string[]
}

/** Entries whose aliases must not name two different things: duplicates across these groups are errors. */
const GROUP: Readonly<Record<EntryType, string>> = {
  country: 'country',
  territory: 'country',
  city: 'city',
  region: 'region',
  facility: 'facility',
  organization: 'organization',
  programme: 'organization',
  rank: 'title',
  honorific: 'title',
  office: 'title',
}

const PLACE_TYPES: ReadonlySet<EntryType> = new Set(['country', 'territory', 'city', 'region', 'facility'])

export function buildGazetteers(files: Readonly<Record<string, string>>): BuildResult {
  const errors: string[] = []
  const warnings: string[] = []

  /** Parsed, validated rows of one file; `get(column)` reads a cell of the current row. */
  function rows(file: FileName): Iterable<{ line: number; get: (column: string) => string }> {
    const text = files[file]
    if (text === undefined) {
      errors.push(`${file}: file is missing`)
      return [] as { line: number; get: (column: string) => string }[]
    }
    const columns = columnsOf(file)
    const parsed = parseTsv(file, text, columns)
    errors.push(...parsed.errors)
    const bad = new Set<number>()
    const fast = linesSchema(file).safeParse(parsed.rows.map((r) => r.raw))
    if (!fast.success) {
      const failing = new Set<number>()
      for (const issue of fast.error.issues) if (typeof issue.path[0] === 'number') failing.add(issue.path[0])
      for (const index of [...failing].sort((a, b) => a - b)) {
        const r = parsed.rows[index]
        if (!r) continue
        const result = rowSchema(file).safeParse(Object.fromEntries(columns.map((col, i) => [col, r.cells[i] ?? ''])))
        if (result.success) continue
        bad.add(index)
        for (const issue of result.error.issues) errors.push(`${file}:${r.line}: ${issue.path.join('.') || 'row'}: ${issue.message}`)
      }
    }
    return new RowReader(parsed.rows, bad, indexOf(file)).iterate()
  }

  // --- entries -------------------------------------------------------------------------------
  const entries = new Map<string, MutableEntry>()
  const where = new Map<string, string>()
  function add(file: string, line: number, entry: MutableEntry): void {
    const prev = where.get(entry.id)
    if (prev) {
      errors.push(`${file}:${line}: duplicate id ${entry.id} (first defined at ${prev})`)
      return
    }
    where.set(entry.id, `${file}:${line}`)
    entries.set(entry.id, entry)
  }

  for (const { line, get } of rows('countries.tsv'))
    add('countries.tsv', line, { ...blank(get('id'), get('name'), get('type') as EntryType, get('source')), aliases: listOf(get('aliases')), demonyms: listOf(get('demonyms')), country: get('id'), lat: numOrNull(get('lat')), lon: numOrNull(get('lon')) })
  for (const { line, get } of rows('cities.tsv')) {
    const e = blank(get('id'), get('name'), 'city', get('source'))
    e.aliases = listOf(get('aliases'))
    e.country = orNull(get('country'))
    e.lat = numOrNull(get('lat'))
    e.lon = numOrNull(get('lon'))
    e.population = numOrNull(get('population'))
    e.capital = get('capital') === '1'
    add('cities.tsv', line, e)
  }
  for (const { line, get } of rows('facilities.tsv'))
    add('facilities.tsv', line, { ...blank(get('id'), get('name'), get('type') as EntryType, get('source')), aliases: listOf(get('aliases')), country: orNull(get('country')), lat: numOrNull(get('lat')), lon: numOrNull(get('lon')), affiliation: orNull(get('stands_for')), wikidata: orNull(get('wikidata')) })
  for (const { line, get } of rows('regions.tsv'))
    add('regions.tsv', line, { ...blank(get('id'), get('name'), 'region', get('source')), aliases: listOf(get('aliases')), country: splitList(get('countries')).length === 1 ? (splitList(get('countries'))[0] ?? null) : null })
  for (const { line, get } of rows('organizations.tsv'))
    add('organizations.tsv', line, { ...blank(get('id'), get('name'), get('type') as EntryType, get('source')), aliases: listOf(get('aliases')), acronyms: listOf(get('acronyms')), bare: listOf(get('bare')), category: orNull(get('category')), country: orNull(get('country')), wikidata: orNull(get('wikidata')) })
  for (const { line, get } of rows('titles.tsv'))
    add('titles.tsv', line, { ...blank(get('id'), get('name'), get('type') as EntryType, get('source')), aliases: listOf(get('aliases')), abbr: orNull(get('abbr')), affiliation: orNull(get('affiliation')) })

  for (const file of ['country-variants.tsv', 'city-variants.tsv'] as const) {
    const seen = new Set<string>()
    for (const { line, get } of rows(file)) {
      const entry = entries.get(get('id'))
      if (!entry) {
        errors.push(`${file}:${line}: unknown id ${get('id')}`)
        continue
      }
      if (seen.has(get('id'))) errors.push(`${file}:${line}: duplicate id ${get('id')}`)
      seen.add(get('id'))
      const removed = new Set(splitList(get('remove')).map(fold))
      // Removing a generated place's own name removes the place (a GeoNames record that would
      // take a name from the place a reader means: "Panama City" the district seat, not the capital).
      if (file === 'city-variants.tsv' && !get('name') && removed.has(fold(entry.name))) {
        entries.delete(entry.id)
        continue
      }
      const names = get('name') ? [entry.name, ...entry.aliases] : entry.aliases
      if (get('name')) entry.name = get('name')
      entry.aliases = dedupe([...names, ...splitList(get('aliases'))].filter((a) => !removed.has(fold(a)) && a !== entry.name))
      entry.source = `${entry.source}+${get('source')}`
    }
  }

  // Cross references.
  for (const e of entries.values()) {
    if (e.affiliation && !entries.has(e.affiliation)) errors.push(`${where.get(e.id)}: unknown affiliation/stands_for ${e.affiliation}`)
    if (e.country && e.type !== 'country' && e.type !== 'territory' && !entries.has(e.country))
      errors.push(`${where.get(e.id)}: unknown country ${e.country}`)
  }

  // --- demonyms --------------------------------------------------------------------------------
  // Curated demonyms.tsv overrides the generated ones; a demonym may name several countries.
  const demonyms = new Map<string, { form: string; ids: string[]; where: string }>()
  for (const e of entries.values())
    for (const d of e.demonyms) {
      const key = fold(d)
      const prev = demonyms.get(key)
      if (prev && prev.ids[0] !== e.id) errors.push(`${where.get(e.id)}: demonym "${d}" also names ${prev.ids[0]}`)
      else demonyms.set(key, { form: d, ids: [e.id], where: where.get(e.id) ?? '' })
    }
  const curated = new Set<string>()
  for (const { line, get } of rows('demonyms.tsv')) {
    const key = fold(get('demonym'))
    if (curated.has(key)) errors.push(`demonyms.tsv:${line}: duplicate demonym "${get('demonym')}"`)
    curated.add(key)
    const ids = splitList(get('ids'))
    for (const id of ids) if (!entries.has(id)) errors.push(`demonyms.tsv:${line}: unknown country ${id}`)
    demonyms.set(key, { form: get('demonym'), ids, where: `demonyms.tsv:${line}` })
  }

  // --- ambiguous names, words, heads -------------------------------------------------------------
  const ambiguous = new Set<string>()
  for (const { line, get } of rows('ambiguous.tsv')) {
    const key = keyOf(get('name'))
    if (ambiguous.has(key)) errors.push(`ambiguous.tsv:${line}: duplicate name "${get('name')}"`)
    ambiguous.add(key)
  }
  // Keys of the word lists and head words are the engine's internalized strings, as token texts
  // are (tokens.ts): a lookup that finds a word compares pointers, not characters. (The trie's
  // 7,500 distinct keys are not: internalizing them cost 50-80 ms of every cold load for no
  // measurable gain per document; its first level is read through each lexeme's memo anyway.)
  const interned = new Map<string, string>()
  const canonical = (s: string): string => {
    let out = interned.get(s)
    if (out === undefined) interned.set(s, (out = internalized(s)))
    return out
  }
  const words = new Map<WordKind, Set<string>>()
  for (const { line, get } of rows('words.tsv')) {
    const kind = get('kind') as WordKind
    const set = words.get(kind) ?? new Set<string>()
    const w = kind === 'not-name' ? get('word') : fold(get('word'))
    if (set.has(w)) errors.push(`words.tsv:${line}: duplicate word "${get('word')}" for ${kind}`)
    set.add(canonical(w))
    words.set(canonical(kind) as WordKind, set)
  }
  const heads = new Map<string, HeadWord[]>()
  for (const { line, get } of rows('org-heads.tsv')) {
    const list = heads.get(get('word')) ?? []
    if (list.some((h) => h.position === get('position'))) errors.push(`org-heads.tsv:${line}: duplicate head "${get('word')}" (${get('position')})`)
    list.push({ type: get('type') as HeadType, position: get('position') as HeadWord['position'] })
    heads.set(canonical(get('word')), list)
  }

  // --- trie --------------------------------------------------------------------------------------
  const hitsByKey = new Map<string, AliasHit[]>()
  const root: TrieNode = { next: new Map(), hits: null }
  const trie: AliasIndex = { root, hits: hitsByKey }
  const owners = new Map<string, Map<string, string>>()
  const abbreviations = new Set<string>()

  function insert(alias: string, hit: Omit<AliasHit, 'form' | 'ambiguous'>, group: string, authored: boolean): boolean {
    // Most names are plain words ("Spanish Town"): their key is just the lower-cased name.
    const plain = PLAIN.test(alias) && !alias.startsWith('the ') && !alias.startsWith('The ')
    const tokens = plain ? null : aliasTokens(alias)
    if (tokens && tokens.length === 0) return false
    let key: string
    if (tokens) {
      key = tokens[0]?.norm ?? ''
      for (let i = 1; i < tokens.length; i++) key += ` ${tokens[i]?.norm}`
    } else key = alias.toLowerCase()
    const groupKey = hit.kind === 'demonym' ? 'demonym' : group
    let groupOwners = owners.get(groupKey)
    if (!groupOwners) owners.set(groupKey, (groupOwners = new Map()))
    const owner = groupOwners.get(key)
    // Parishes of one name in several countries ("St. George" in Antigua, Barbados, Dominica,
    // Grenada), towns of one name ("Santa Elena" in El Salvador and Ecuador): regions or cities of
    // different countries may share a name; the entities stage picks the one whose country the
    // document names.
    const homonym = owner !== undefined && (group === 'region' || group === 'city') && entries.get(owner)?.country && entries.get(hit.id)?.country && entries.get(owner)?.country !== entries.get(hit.id)?.country
    if (owner !== undefined && owner !== hit.id && !homonym) {
      if (authored)
        errors.push(`${where.get(hit.id) ?? hit.id}: "${alias}" is already a name of ${owner} (${where.get(owner) ?? 'demonyms'}); aliases within one type must be unique`)
      return false
    }
    groupOwners.set(key, hit.id)
    if (tokens) for (let i = 1; i < tokens.length; i++) if (tokens[i]?.norm === '.' && tokens[i - 1]?.isWord) abbreviations.add(tokens[i - 1]?.norm ?? '')
    const form = tokens ? tokens.map((t) => t.text) : alias.includes(' ') ? alias.split(' ') : [alias]
    let hits = hitsByKey.get(key)
    if (!hits) {
      hitsByKey.set(key, (hits = []))
      let node = root
      for (const part of tokens ? tokens.map((t) => t.norm) : key.split(' ')) {
        const next = (node.next ??= new Map())
        let child = next.get(part)
        if (!child) next.set(part, (child = { next: null, hits: null }))
        node = child
      }
      node.hits = hits
    }
    for (const h of hits) if (h.id === hit.id && h.kind === hit.kind && sameForm(h.form, form)) return true
    hits.push({ id: hit.id, ids: hit.ids, kind: hit.kind, form, ambiguous: ambiguous.has(key) })
    return true
  }

  // Cities (most of the rows) take a short path: a name, no aliases, rarely a variant.
  const cityKinds = ['name', 'alias'] as const
  for (const e of entries.values()) {
    if (e.type !== 'city') continue
    const ids = [e.id]
    const names = e.aliases.length > 0 ? [e.name, ...e.aliases] : [e.name]
    for (let n = 0; n < names.length; n++) {
      const form = names[n] as string
      const kind = cityKinds[n === 0 ? 0 : 1]
      insert(form, { id: e.id, ids, kind }, 'city', true)
      if (form.includes('.') || form.includes('&') || form.startsWith('Saint ') || form.includes(' and '))
        for (const v of variants(form, true)) insert(v, { id: e.id, ids, kind }, 'city', false)
    }
  }
  // File order is deterministic; hits at one trie node are ranked at match time, not by order.
  for (const e of entries.values()) {
    if (e.type === 'city') continue
    const group = GROUP[e.type]
    const ids = [e.id]
    const place = PLACE_TYPES.has(e.type)
    const forms = (list: readonly string[], kind: AliasHit['kind']) => {
      for (const form of list) {
        insert(form, { id: e.id, ids, kind }, group, true)
        for (const v of variants(form, place)) insert(v, { id: e.id, ids, kind }, group, false)
      }
    }
    forms([e.name], 'name')
    if (e.aliases.length > 0) forms(e.aliases, 'alias')
    if (e.acronyms.length > 0) forms(e.acronyms, 'acronym')
    if (e.bare.length > 0) {
      forms(e.bare, 'bare')
      // A bare form is still a name the entry goes by (readers and evaluators look in `aliases`).
      e.aliases = [...e.aliases, ...e.bare.filter((b) => !e.aliases.includes(b))]
    }
  }
  // National variants ("Ecuador Navy" for the Ecuadorian Navy): after every authored name, so an
  // authored name always wins; a variant two entries would make names neither.
  const demonymsOf = new Map<string, string[]>()
  for (const { form, ids } of demonyms.values()) {
    const first = ids[0]
    if (first) demonymsOf.set(first, [...(demonymsOf.get(first) ?? []), form])
  }
  const made = new Map<string, { alias: string; id: string } | null>()
  const formsOf = new Map<string, string[]>()
  for (const e of entries.values()) {
    if (e.type !== 'organization' || !e.country) continue
    const country = entries.get(e.country)
    if (!country) continue
    let forms = formsOf.get(country.id)
    if (!forms) formsOf.set(country.id, (forms = countryForms(country, (demonymsOf.get(country.id) ?? []).sort())))
    for (const alias of nationalVariants(e, forms)) {
      const key = alias.toLowerCase()
      const prev = made.get(key)
      made.set(key, prev === undefined ? { alias, id: e.id } : prev?.id === e.id ? prev : null)
    }
  }
  const generated = new Map<string, string[]>()
  for (const v of made.values()) {
    if (!v) continue
    const e = entries.get(v.id) as MutableEntry
    if (insert(v.alias, { id: e.id, ids: [e.id], kind: 'alias' }, GROUP[e.type], false)) generated.set(e.id, [...(generated.get(e.id) ?? []), v.alias])
  }
  // Generated names are names the entry goes by, for readers and evaluators as for the matcher.
  for (const [id, list] of generated) {
    const e = entries.get(id) as MutableEntry
    e.aliases = [...e.aliases, ...list]
  }
  for (const { form, ids, where: at } of [...demonyms.values()].sort((a, b) => (a.form < b.form ? -1 : 1))) {
    const hit = { id: ids[0] ?? '', ids, kind: 'demonym' as const }
    if (!hit.id) continue
    insert(form, hit, 'demonym', true)
    const plural = pluralOf(form)
    if (plural) insert(plural, hit, 'demonym', false)
    void at
  }
  for (const key of ambiguous) if (!findKey(trie, key)) warnings.push(`ambiguous.tsv: "${key}" is not a name in any gazetteer`)
  for (const w of heads.keys()) if (!/^\p{Lu}/u.test(w)) warnings.push(`org-heads.tsv: head "${w}" is not capitalized and will never match`)

  if (errors.length > 0) return { gazetteers: null, errors, warnings }
  for (const e of entries.values()) Object.freeze(e)
  return {
    gazetteers: {
      entries: entries as ReadonlyMap<string, GazetteerEntry>,
      trie,
      heads,
      words,
      abbreviations,
    },
    errors,
    warnings,
  }
}

/** Reads rows through one shared accessor (no closure per row: the cities file has 7,000). */
class RowReader {
  private cells: readonly string[] = []
  constructor(
    private readonly parsed: readonly TsvRow[],
    private readonly bad: ReadonlySet<number>,
    private readonly index: Readonly<Record<string, number>>,
  ) {}

  *iterate(): Generator<{ line: number; get: (column: string) => string }> {
    for (let i = 0; i < this.parsed.length; i++) {
      if (this.bad.has(i)) continue
      const r = this.parsed[i] as TsvRow
      this.cells = r.cells
      yield { line: r.line, get: this.get }
    }
  }

  readonly get = (column: string): string => this.cells[this.index[column] ?? -1] ?? ''
}

type MutableEntry = { -readonly [K in keyof GazetteerEntry]: GazetteerEntry[K] }

/** One frozen empty list for every entry without aliases, acronyms, bare forms or demonyms (most of them). */
const NONE: readonly string[] = Object.freeze([])

/** A |-separated cell as a list; the shared empty list for an empty cell. */
function listOf(cell: string): readonly string[] {
  return cell ? splitList(cell) : NONE
}

function blank(id: string, name: string, type: EntryType, source: string): MutableEntry {
  return {
    id,
    name,
    aliases: NONE,
    type,
    source,
    country: null,
    acronyms: NONE,
    bare: NONE,
    demonyms: NONE,
    wikidata: null,
    lat: null,
    lon: null,
    category: null,
    population: null,
    capital: false,
    abbr: null,
    affiliation: null,
  }
}

function dedupe(list: readonly string[]): string[] {
  const seen = new Set<string>()
  return list.filter((x) => {
    const k = fold(x)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

const PLAIN = /^[A-Za-z]+( [A-Za-z]+)*$/

function sameForm(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** Alias tokens as the trie stores them: no hyphens, no leading "the" ("the Bahamas" = "Bahamas"). */
export function aliasTokens(alias: string) {
  const tokens = lightTokens(alias).filter((t) => !isSkippable(t))
  if (tokens.length > 1 && tokens[0]?.norm === 'the') tokens.shift()
  return tokens
}

function keyOf(alias: string): string {
  return aliasTokens(alias)
    .map((t) => t.norm)
    .join(' ')
}

function findKey(trie: AliasIndex, key: string): boolean {
  return trie.hits.has(key)
}

/** Written variants added automatically: "Saint X" <-> "St. X", "&" <-> "and", periods dropped ("U.S." -> "US"). */
function variants(alias: string, place: boolean): string[] {
  if (!alias.includes('.') && !alias.includes('&') && !alias.includes(' and ') && !(place && alias.startsWith('Saint '))) return []
  const out = new Set<string>()
  if (place) {
    if (/^Saint /.test(alias)) {
      out.add(alias.replace(/^Saint /, 'St. '))
      out.add(alias.replace(/^Saint /, 'St '))
    }
    if (/^St\. /.test(alias)) out.add(alias.replace(/^St\. /, 'Saint '))
  }
  if (alias.includes(' and ')) out.add(alias.replace(/ and /g, ' & '))
  if (alias.includes(' & ')) out.add(alias.replace(/ & /g, ' and '))
  for (const v of [alias, ...out]) {
    // "U.S." -> "US", "Lt. Col." -> "Lt Col", "St. Lucia" -> "St Lucia"; never for one abbreviated
    // word ("Rev.", "Gen."), whose bare form is an ordinary word or a journal abbreviation.
    if (!v.includes('.') || !/\S\s+\S|\.\S/.test(v.trim())) continue
    const bare = v.replace(/(\p{L})\.(?=\p{L}|\s|-|$)/gu, '$1')
    if (bare !== v && bare.replace(/[^\p{L}]/gu, '').length >= 2) out.add(bare)
  }
  out.delete(alias)
  return [...out]
}

function pluralOf(demonym: string): string | null {
  if (/(an|i)$/.test(demonym)) return `${demonym}s`
  return null
}
