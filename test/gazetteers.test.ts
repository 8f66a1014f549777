import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { buildGazetteers } from '../src/gazetteers/build.js'
import { loadGazetteers, readGazetteerFiles, validateGazetteers } from '../src/gazetteers/load.js'
import { tokenize } from '../src/gazetteers/tokens.js'

const files = readGazetteerFiles()

describe('the shipped gazetteers', () => {
  test('every file loads clean: no errors, no warnings', () => {
    expect(validateGazetteers()).toEqual({ errors: [], warnings: [] })
  })

  const g = loadGazetteers()

  test('every ISO 3166-1 entry is a country or territory with an alpha-3 id', () => {
    const countries = [...g.entries.values()].filter((e) => e.type === 'country' || e.type === 'territory')
    expect(countries.length).toBe(250)
    expect(countries.every((e) => /^[A-Z]{3}$/.test(e.id) && e.country === e.id)).toBe(true)
    const lca = g.entries.get('LCA')
    expect(lca?.name).toBe('Saint Lucia')
    expect(lca?.aliases).toEqual(expect.arrayContaining(['St. Lucia']))
    expect(g.entries.get('USA')?.aliases).toEqual(expect.arrayContaining(['U.S.', 'United States of America', 'America']))
  })

  test('entries carry the attributes their type needs', () => {
    const southcom = g.entries.get('org:us-southcom')
    expect([southcom?.name, southcom?.acronyms[0], southcom?.country, southcom?.type]).toEqual([
      'U.S. Southern Command',
      'SOUTHCOM',
      'USA',
      'organization',
    ])
    expect(g.entries.get('org:us-cbsi')?.type).toBe('programme')
    expect(g.entries.get('org:un')?.wikidata).toBe('Q1065')
    const kingston = [...g.entries.values()].find((e) => e.type === 'city' && e.name === 'Kingston')
    expect([kingston?.country, kingston?.capital, Math.round(kingston?.lat ?? 0)]).toEqual(['JAM', true, 18])
    expect(g.entries.get('rank:ltcol')?.abbr).toBe('Lt. Col.')
    expect(g.entries.get('office:dasd-wha')?.affiliation).toBe('org:us-dod')
    expect(g.entries.get('place:soto-cano')?.country).toBe('HND')
  })

})

describe('broken gazetteer data is reported with file, line and reason', () => {
  const withRows = (file: string, ...rows: string[]) => add(files, file, ...rows)
  const add = (base: Record<string, string>, file: string, ...rows: string[]) => ({ ...base, [file]: `${base[file]}${rows.join('\n')}\n` })

  test('a duplicate id', () => {
    const { gazetteers, errors } = buildGazetteers(
      withRows('organizations.tsv', 'org:caricom\tAnother Community\t\t\t\torganization\t\t\t\tcurated'),
    )
    expect(gazetteers).toBeNull()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^organizations\.tsv:\d+: duplicate id org:caricom \(first defined at organizations\.tsv:\d+\)$/)
  })

  test('one alias naming two entries of one type', () => {
    const { errors } = buildGazetteers(
      withRows('organizations.tsv', 'org:test-community\tTest Community\tCaribbean Community\t\t\torganization\t\t\t\tcurated'),
    )
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^organizations\.tsv:\d+: "Caribbean Community" is already a name of org:caricom/)
  })

  test('a duplicate acronym', () => {
    const { errors } = buildGazetteers(
      withRows('organizations.tsv', 'org:test-agency\tTest Agency\t\tCDEMA\t\torganization\t\t\t\tcurated'),
    )
    expect(errors[0]).toMatch(/"CDEMA" is already a name of org:cdema/)
  })

  test('malformed rows: column count, id shape, type, number, reference', () => {
    const broken = withRows(
      'facilities.tsv',
      'place:short-row\tShort Row',
      'Place:Bad\tBad Id\t\tfacility\tJAM\t\t\t\t\tcurated',
      'place:bad-lat\tBad Lat\t\tfacility\tJAM\tnorth\t\t\t\tcurated',
    )
    const { errors } = buildGazetteers(add(broken, 'titles.tsv', 'office:test\tTest Officer\t\toffice\t\torg:nowhere\tcurated'))
    expect(errors.map((e) => e.replace(/:\d+:/, ':N:'))).toEqual([
      'facilities.tsv:N: expected 10 tab-separated columns (id, name, aliases, type, country, lat, lon, stands_for, wikidata, source), got 2',
      'facilities.tsv:N: id: expected an id like place:up-park-camp',
      'facilities.tsv:N: lat: expected a number or nothing',
      'titles.tsv:N: unknown affiliation/stands_for org:nowhere',
    ])
  })

  test('a wrong header and a missing file', () => {
    const { 'words.tsv': _words, ...rest } = files
    const { errors } = buildGazetteers({ ...rest, 'ambiguous.tsv': 'word\treason\nChad\tname\n' })
    expect(errors).toEqual(['ambiguous.tsv:1: expected header "name\\treason", got "word\\treason"', 'words.tsv: file is missing'])
  })

  const dir = mkdtempSync(join(tmpdir(), 'pressroom-gaz-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('loadGazetteers throws on a broken directory, naming file and line', () => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    writeFileSync(join(dir, 'regions.tsv'), `${files['regions.tsv']}region:caribbean\tCaribbean Again\t\tregion\t\tcurated\n`)
    const url = pathToFileURL(`${dir}/`)
    expect(() => loadGazetteers(url)).toThrow(/Invalid gazetteer data in .*\n {2}regions\.tsv:\d+: duplicate id region:caribbean/)
    expect(validateGazetteers(url).errors).toHaveLength(1)
  })
})

describe('tokenize', () => {
  test('keeps exact offsets and splits abbreviations into letters and periods', () => {
    const text = 'U.S.-Caribbean talks in Port-of-Spain, Curaçao’s “capital”.'
    const tokens = tokenize(text)
    expect(tokens.every((t) => text.slice(t.start, t.end) === t.text)).toBe(true)
    expect(tokens.map((t) => t.norm).join(' ')).toBe(
      `u . s . - caribbean talks in port - of - spain , curacao ' s " capital " .`,
    )
    expect(tokens.filter((t) => t.upper).map((t) => t.text)).toEqual([])
    expect(tokenize('CARICOM IMPACS').map((t) => [t.text, t.upper, t.cap])).toEqual([
      ['CARICOM', true, true],
      ['IMPACS', true, true],
    ])
  })
})
