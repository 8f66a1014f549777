import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, test } from 'vitest'
import { buildGazetteers } from '../src/gazetteers/build.js'
import { buildGazetteersFrom, loadGazetteers, readGazetteerFiles, SNAPSHOT_FILE, validateGazetteers, writeSnapshot } from '../src/gazetteers/load.js'
import { decodeSnapshot, encodeSnapshot, snapshotKey } from '../src/gazetteers/snapshot.js'
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

describe('the prebuilt index (index.v8, written by the build)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-snap-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const url = pathToFileURL(`${dir}/`)
  const built = buildGazetteersFrom()

  test('decodes to exactly the index built from the files, entries frozen', () => {
    const key = snapshotKey(files)
    const decoded = decodeSnapshot(encodeSnapshot(built, key), key)
    expect(decoded).not.toBeNull()
    expect(decoded).toStrictEqual(built)
    expect(Object.isFrozen(decoded?.entries.get('org:us-southcom'))).toBe(true)
    // the trie's node lists and the by-key lists stay one object, as built
    const key2 = 'u . s . southern command'
    let node = decoded?.trie.root
    for (const part of key2.split(' ')) node = node?.next?.get(part)
    expect(node?.hits).toBe(decoded?.trie.hits.get(key2))
  })

  test('is refused under another key, with a damaged header or a truncated payload', () => {
    const key = snapshotKey(files)
    const bytes = encodeSnapshot(built, key)
    expect(decodeSnapshot(bytes, snapshotKey({ ...files, 'words.tsv': `${files['words.tsv']}# edited\n` }))).toBeNull()
    const damaged = Buffer.from(bytes)
    damaged[3] = 0x21
    expect(decodeSnapshot(damaged, key)).toBeNull()
    expect(decodeSnapshot(bytes.subarray(0, Math.floor(bytes.length / 2)), key)).toBeNull()
    expect(decodeSnapshot(Buffer.alloc(0), key)).toBeNull()
  })

  test('loadGazetteers reads it while the files match, and builds from the files once one is edited', () => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    expect(writeSnapshot(url).bytes).toBeGreaterThan(0)
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(true)
    expect(loadGazetteers(url)).toStrictEqual(built)
    // it is the snapshot that is read: one written under the files' key with a marked index comes back
    const marked = { ...built, abbreviations: new Set(['marked-by-the-test']) }
    writeFileSync(join(dir, SNAPSHOT_FILE), encodeSnapshot(marked, snapshotKey(readGazetteerFiles(url))))
    expect([...loadGazetteers(url).abbreviations]).toEqual(['marked-by-the-test'])
    // an entry added after the build is there: the stale snapshot is not used
    writeFileSync(join(dir, 'facilities.tsv'), `${files['facilities.tsv']}place:test-pier\tTest Pier Nine\t\tfacility\tJAM\t\t\t\t\tcurated\n`)
    expect(loadGazetteers(url).entries.get('place:test-pier')?.name).toBe('Test Pier Nine')
    // and an invalid edit still fails with file and line, snapshot or not
    writeFileSync(join(dir, 'regions.tsv'), `${files['regions.tsv']}region:caribbean\tCaribbean Again\t\tregion\t\tcurated\n`)
    expect(() => loadGazetteers(url)).toThrow(/regions\.tsv:\d+: duplicate id region:caribbean/)
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
