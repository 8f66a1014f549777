/**
 * The gazetteer files: their columns and what each column may hold. From one column list come a
 * zod row schema (precise messages) and a zod line check (a regex over the whole TSV line, which
 * validates the 7,000-row cities file in a few milliseconds; the row schema runs only on lines
 * that fail it).
 */
import { z } from 'zod'

interface Column {
  readonly name: string
  /** Unanchored pattern for the cell. */
  readonly pattern: string
  readonly message: string
}

const c = (name: string, pattern: string, message: string): Column => ({ name, pattern, message })
const any = (name: string) => c(name, '[^\\t]*', 'unexpected value')
const text = (name: string) => c(name, '[^\\t]*[^\\t\\s][^\\t]*', `${name} is empty`)
const list = (name: string) => c(name, '(?:[^|\\t]*[^|\\t\\s][^|\\t]*(?:\\|[^|\\t]*[^|\\t\\s][^|\\t]*)*)?', 'expected values separated by |, none empty')
const num = (name: string) => c(name, '(?:-?\\d+(?:\\.\\d+)?)?', 'expected a number or nothing')
const iso3 = (name: string) => c(name, '(?:[A-Z]{3})?', 'expected an ISO alpha-3 code or nothing')
const iso3List = (name: string, required = false) =>
  c(name, required ? '[A-Z]{3}(?:\\|[A-Z]{3})*' : '(?:[A-Z]{3}(?:\\|[A-Z]{3})*)?', 'expected ISO alpha-3 codes separated by |')
const wikidata = (name: string) => c(name, '(?:Q\\d+)?', 'expected a Wikidata id (Q123) or nothing')
const oneOf = (name: string, values: readonly string[]) => c(name, `(?:${values.join('|')})`, `expected one of ${values.join(', ')}`)
const id = (pattern: string, example: string) => c('id', pattern, `expected an id like ${example}`)
const source = text('source')

export const FILES = {
  'countries.tsv': [id('[A-Z]{3}', 'JAM'), text('name'), list('aliases'), list('demonyms'), oneOf('type', ['country', 'territory']), c('alpha2', '[A-Z]{2}', 'expected an ISO alpha-2 code'), num('lat'), num('lon'), source],
  'country-variants.tsv': [text('id'), any('name'), list('aliases'), list('remove'), source],
  'demonyms.tsv': [text('demonym'), iso3List('ids', true), source],
  'cities.tsv': [id('geo:\\d+', 'geo:3489854'), text('name'), list('aliases'), oneOf('type', ['city']), iso3('country'), num('lat'), num('lon'), num('population'), oneOf('capital', ['0', '1']), source],
  'city-variants.tsv': [text('id'), any('name'), list('aliases'), list('remove'), source],
  'facilities.tsv': [id('place:[a-z0-9-]+', 'place:up-park-camp'), text('name'), list('aliases'), oneOf('type', ['facility', 'city']), iso3('country'), num('lat'), num('lon'), any('stands_for'), wikidata('wikidata'), source],
  'regions.tsv': [id('region:[a-z0-9-]+', 'region:caribbean'), text('name'), list('aliases'), oneOf('type', ['region']), iso3List('countries'), source],
  'organizations.tsv': [id('org:[a-z0-9-]+', 'org:caricom'), text('name'), list('aliases'), list('acronyms'), list('bare'), oneOf('type', ['organization', 'programme']), any('category'), iso3('country'), wikidata('wikidata'), source],
  'titles.tsv': [id('(?:rank|honorific|office):[a-z0-9-]+', 'rank:adm'), text('name'), list('aliases'), oneOf('type', ['rank', 'honorific', 'office']), any('abbr'), any('affiliation'), source],
  'org-heads.tsv': [text('word'), oneOf('type', ['organization', 'programme', 'event', 'facility', 'region']), oneOf('position', ['first', 'last']), source],
  'words.tsv': [text('word'), oneOf('kind', ['title-modifier', 'metonym-verb', 'place-prep', 'place-noun', 'place-of', 'place-for', 'name-particle', 'not-name', 'generic-ref', 'unit-suffix', 'vessel-prefix', 'not-place', 'venue-head', 'name-abbrev', 'subunit-head', 'strait-head', 'member-noun'])],
  'ambiguous.tsv': [text('name'), any('reason')],
} as const satisfies Record<string, readonly Column[]>

export type FileName = keyof typeof FILES

export function columnsOf(file: FileName): string[] {
  return FILES[file].map((col) => col.name)
}

/** Column name -> index, for reading a row's cells. */
export function indexOf(file: FileName): Readonly<Record<string, number>> {
  return Object.fromEntries(FILES[file].map((col, i) => [col.name, i]))
}

const rowSchemas = new Map<FileName, z.ZodType<Record<string, string>>>()
const lineSchemas = new Map<FileName, z.ZodType<string[]>>()

/** The detailed row schema: one zod string check per column. */
export function rowSchema(file: FileName): z.ZodType<Record<string, string>> {
  let schema = rowSchemas.get(file)
  if (!schema) {
    const shape: Record<string, z.ZodString> = {}
    for (const col of FILES[file]) shape[col.name] = z.string().regex(new RegExp(`^(?:${col.pattern})$`), col.message)
    schema = z.object(shape) as unknown as z.ZodType<Record<string, string>>
    rowSchemas.set(file, schema)
  }
  return schema
}

/** The fast check: every line of a file against one regex built from its columns. */
export function linesSchema(file: FileName): z.ZodType<string[]> {
  let schema = lineSchemas.get(file)
  if (!schema) {
    const line = new RegExp(`^${FILES[file].map((col) => `(?:${col.pattern})`).join('\\t')}$`)
    schema = z.array(z.string().regex(line))
    lineSchemas.set(file, schema)
  }
  return schema
}

/** Splits a |-separated cell. */
export function splitList(cell: string): string[] {
  return cell ? cell.split('|').map((x) => x.trim()) : []
}

export const orNull = (cell: string): string | null => (cell === '' ? null : cell)
export const numOrNull = (cell: string): number | null => (cell === '' ? null : Number(cell))
