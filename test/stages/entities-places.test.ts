import { describe, expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { loadGazetteers } from '../../src/gazetteers/load.js'
import { entitiesStage, extractEntities } from '../../src/stages/entities/index.js'
import type { Context, Document } from '../../src/types.js'

const gazetteers = loadGazetteers()
const ctx: Context = { gazetteers, fallbackReference: null, pipelineVersion: 'test' }

function run(text: string): Document {
  const doc = { ...createDocument({ path: 'test.txt', bytes: new TextEncoder().encode(text) }), text }
  return entitiesStage(doc, ctx)
}

const places = (doc: Document) =>
  doc.places.filter((p) => p.kind !== 'country').map((p) => ({ name: p.name, kind: p.kind, country: p.country, rule: p.mentions[0]?.rule }))

describe('places no gazetteer holds', () => {
  test('a capitalized name after "at" is a place in the country named before it', () => {
    expect(places(run('The Guyana Defence Force hosted the team at Albouystown, where divers trained.'))).toEqual([
      { name: 'Albouystown', kind: 'city', country: 'GUY', rule: 'place:after-at' },
    ])
  })

  test('the head word sets the kind: a base is a facility', () => {
    expect(places(run('Jamaican soldiers deployed to Montego Air Base last week.'))).toEqual([
      { name: 'Montego Air Base', kind: 'facility', country: null, rule: 'head:facility' },
    ])
  })

  test('a venue after "at the" is a facility, even when its head word names organizations', () => {
    const doc = run('The conference opens at the Lloyd Erskine Sandiford Centre in Bridgetown.')
    expect(places(doc).map((p) => [p.name, p.kind])).toEqual([
      ['Lloyd Erskine Sandiford Centre', 'facility'],
      ['Bridgetown', 'city'],
    ])
    expect(doc.organizations).toEqual([])
    const m = doc.places[0]?.mentions[0]
    expect(m && doc.text.slice(m.start, m.end)).toBe('Lloyd Erskine Sandiford Centre')
  })

  test('no place from months, languages, acronyms, title-case headings or e-mail addresses', () => {
    expect(places(run('The report, available in Spanish, was released in March at CARICOM.'))).toEqual([])
    expect(places(run('The Convention against Trafficking in Firearms entered into force.'))).toEqual([])
    expect(places(run('Write to the Press Office at WHAPress@state.gov for details.'))).toEqual([])
    expect(places(run('Customs officers across the Region met.'))).toEqual([])
  })

  test('a small place its own context rules dropped stays dropped', () => {
    expect(places(run('The team visited Couva.'))).toEqual([])
  })

  test('new regions: Cayman districts and Jamaican parishes carry their country', () => {
    expect(places(run('Officers patrolled Bodden Town and Portland Parish.'))).toEqual([
      { name: 'Bodden Town', kind: 'region', country: 'CYM', rule: 'gazetteer:region:bodden-town' },
      { name: 'Portland Parish', kind: 'region', country: 'JAM', rule: 'gazetteer:region:portland-jam' },
    ])
  })

  test('new organizations resolve by name and acronym', () => {
    const doc = run('The Association of Caribbean Commissioners of Police (ACCP) met the Royal Fleet Auxiliary. ACCP members attended.')
    expect(doc.organizations.map((o) => [o.id, o.mentions.map((m) => m.text)])).toEqual([
      ['org:accp', ['Association of Caribbean Commissioners of Police', 'ACCP', 'ACCP']],
      ['org:rfa', ['Royal Fleet Auxiliary']],
    ])
  })
})


describe('place names the gazetteer cannot list', () => {
  const kinds = (doc: Document) => doc.places.filter((p) => p.kind !== 'country').map((p) => `${p.kind}:${p.name}`)

  test('a possessive or an abbreviation inside a facility name stays in it', () => {
    expect(kinds(run('Medics set up a triage point at Nelson’s Dockyard.'))).toEqual(['facility:Nelson’s Dockyard'])
    expect(kinds(run('The chiefs dined at Queen’s Fort.'))).toEqual(['facility:Queen’s Fort'])
    const doc = run('An exercise with the Sir Vere Cornwall Bird Sr. International Airport fire service is planned.')
    expect(kinds(doc)).toEqual(['facility:Sir Vere Cornwall Bird Sr. International Airport'])
    expect(doc.people).toEqual([])
  })

  test('a possessive does not join two organizations', () => {
    expect(kinds(run('Jamaica’s Coast Guard and Guyana’s Coast Guard met.'))).toEqual([])
  })

  test('Bay of X, Base Camp X and X Base Y are places; a street is one by its last word, not a bay by its first', () => {
    expect(kinds(run('The patrol crossed the Bay of Chetumal on Sunday.'))).toEqual(['region:Bay of Chetumal'])
    expect(kinds(run('He will visit Base Camp Ayanganna tomorrow.'))).toEqual(['facility:Base Camp Ayanganna'])
    expect(kinds(run('The ceremony at Coast Guard Base Ruimveldt was short.'))).toEqual(['facility:Coast Guard Base Ruimveldt'])
    expect(kinds(run('They walked down Bay Street.'))).toEqual(['facility:Bay Street'])
  })

  test('places named after people, places in a list, storms and ships', () => {
    expect(kinds(run('The team landed at Vance W. Amory International Airport on Monday.'))).toEqual(['facility:Vance W. Amory International Airport'])
    expect(kinds(run('Officers checked vehicles on Airport Road and Welfare Road in Cole Bay and Cay Hill.'))).toEqual([
      'facility:Airport Road',
      'facility:Welfare Road',
      'region:Cole Bay',
      'region:Cay Hill',
    ])
    expect(kinds(run('The warehouse was used in the response to Hurricane Beryl.'))).toEqual([])
    expect(kinds(run('The ship USS Minneapolis-Saint Paul arrived on Monday.'))).toEqual([])
    // A demonym or a namesake's surname in a place's name does not say where it is.
    const where = (text: string) => run(text).places.filter((p) => p.kind !== 'country').map((p) => `${p.name}:${p.country}`)
    expect(where('The station on American Road opened.')).toEqual(['American Road:null'])
    expect(where('Generators arrived at the Joseph N. France General Hospital.')).toEqual(['Joseph N. France General Hospital:null'])
  })

  test('names before a lower-case administrative or facility noun', () => {
    expect(kinds(run('Vehicles went to police stations in the North and Northeast departments of Haiti.'))).toEqual(['region:North', 'region:Northeast'])
    expect(kinds(run('The boats are kept at the Albouystown base.'))).toEqual(['facility:Albouystown base'])
    expect(kinds(run('The vessel docked at the Roseau ferry terminal in Dominica.'))).toEqual(['city:Roseau', 'facility:Roseau ferry terminal'])
    expect(kinds(run('Troops at the air base trained.'))).toEqual([])
  })

  test('islands named like their country are regions of it; a lower-case compass word opens a region', () => {
    const doc = run('Officers from St Kitts met in Kingstown, St. Vincent, before sailing to the eastern Pacific.')
    expect(kinds(doc)).toEqual(['region:Saint Kitts', 'city:Kingstown', 'region:Saint Vincent', 'region:Eastern Pacific'])
    expect(doc.places.filter((p) => p.kind === 'country').map((p) => p.id)).toEqual(['KNA', 'VCT'])
  })

  test('small towns in a list a place preposition opens, or followed by ", in <country>"', () => {
    expect(kinds(run('Officers were stationed at Springlands and Nieuw Nickerie. Suriname agreed.'))).toEqual(['city:Springlands', 'city:Nieuw Nickerie'])
    expect(kinds(run('The next visit is planned for Puerto Lempira, in Honduras.'))).toEqual(['city:Puerto Lempira'])
  })

  test('"the state of Georgia" is the U.S. state; one common word after a preposition is no place', () => {
    expect(kinds(run('an area the size of the state of Georgia.'))).toEqual(['region:Georgia'])
    expect(kinds(run('A Partnership to Address the Climate Crisis'))).toEqual([])
  })
})
