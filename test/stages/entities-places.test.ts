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
    expect(places(run('The Guyana Defence Force hosted the team at Ruimveldt, where divers trained.'))).toEqual([
      { name: 'Ruimveldt', kind: 'city', country: 'GUY', rule: 'place:after-at' },
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

