/**
 * Entity rules of the fifth session (issue 5): geographic phrases, ports, outlets spoken to,
 * units named after an acronym, longer "X of Y and Z" names, remits, national services with
 * "Royal". Sentences are written for the rule; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { loadGazetteers } from '../../src/gazetteers/load.js'
import { entitiesStage } from '../../src/stages/entities/index.js'
import type { Context, Document } from '../../src/types.js'

const gazetteers = loadGazetteers()
const ctx: Context = { gazetteers, fallbackReference: null, pipelineVersion: 'test' }

function run(text: string): Document {
  const doc = { ...createDocument({ path: 'test.txt', bytes: new TextEncoder().encode(text) }), text }
  return entitiesStage(doc, ctx)
}

const places = (doc: Document) => doc.places.filter((p) => p.kind !== 'country').map((p) => [p.name, p.kind, p.country])
const orgs = (doc: Document) => doc.organizations.map((o) => [o.id, o.name])

function spansHold(doc: Document): void {
  for (const e of [...doc.organizations, ...doc.places]) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text)
}

describe('geographic phrases', () => {
  test('a city before a lower-case administrative noun is one region with it', () => {
    const doc = run('Marines trained with police in Manabí. The drill moved to Guayaquil province in May.')
    expect(places(doc)).toContainEqual(['Guayaquil province', 'region', 'ECU'])
    expect(places(doc).some(([n]) => n === 'Guayaquil')).toBe(false)
    spansHold(doc)
  })

  test("a country's adjective before coast or waters names a place only with a region between", () => {
    // "the Honduran coast" alone is part of the country, which it mentions (no annotated case of
    // the development set counts "the Venezuelan coast" or "Colombian waters" as a place).
    expect(places(run('Smugglers left from the Honduran coast on Monday.'))).toEqual([])
    expect(places(run('The boats crossed Venezuelan Caribbean waters at night.'))).toEqual([['Venezuelan Caribbean waters', 'region', 'VEN']])
    expect(places(run('Patrols covered South American waters last year.'))).toEqual([['South American waters', 'region', null]])
  })

  test('an unlisted name before mountains or coast; a possessive country gives it its country', () => {
    expect(places(run('Troops searched the Cordillera Isabelia mountains for camps.'))).toContainEqual(['Cordillera Isabelia mountains', 'region', null])
    expect(places(run('Cocaine moves along Peru’s Pacific coast.'))).toEqual([['Pacific coast', 'region', 'PER']])
  })

  test('a region the gazetteer holds keeps its name; coast guards are no coast', () => {
    expect(places(run('Storms hit the Caribbean coast of Belize.'))).toEqual([['Caribbean', 'region', null]])
    expect(places(run('Caribbean coast guards met in Miami.')).map(([n]) => n)).toEqual(['Caribbean', 'Miami'])
  })
})

describe('ports and facilities', () => {
  test('"Port of" before a city is a facility of its country, and the city is not mentioned apart', () => {
    const doc = run('The cutter arrived at the Port of Paramaribo on Friday.')
    expect(places(doc)).toEqual([['Port of Paramaribo', 'facility', 'SUR']])
    spansHold(doc)
  })

  test('a name the gazetteer holds as a city stays one ("Port of Spain")', () => {
    expect(places(run('Ministers met in Port of Spain.'))).toEqual([['Port of Spain', 'city', 'TTO']])
  })

  test('a firing range after a place is a facility', () => {
    expect(places(run('Guyanese teams competed at the Ruimveldt firing range.'))).toContainEqual(['Ruimveldt firing range', 'facility', 'GUY'])
  })
})

describe('organizations', () => {
  test('a news outlet spoken to after "told the"', () => {
    const doc = run('The commander told the Barbados Advocate that patrols would resume. He told The Nassau Guardian the same.')
    expect(orgs(doc)).toEqual([
      ['local:barbados-advocate', 'Barbados Advocate'],
      ['local:nassau-guardian', 'Nassau Guardian'],
    ])
    expect(doc.places.filter((p) => p.kind === 'country').map((p) => p.id)).toEqual(['BRB'])
    spansHold(doc)
  })

  test('people told are no outlet', () => {
    expect(run('Officers told reporters that the Coast Guard of Jamaica had helped.').organizations.some((o) => o.id.startsWith('local:reporters'))).toBe(false)
  })

  test('a unit after "<Organization> (ACR)" is named "<ACR> <unit>" in the organization\'s country', () => {
    const doc = run('Officers of the Royal Bahamas Police Force (RBPF) Marine Support Unit completed the course.')
    const unit = doc.organizations.find((o) => o.name === 'RBPF Marine Support Unit')
    expect(unit?.country).toBe('BHS')
    expect(unit?.mentions.map((m) => m.text)).toEqual(['Marine Support Unit'])
  })

  test('a known "X of Y" name followed by "and" and unexplained capitals is a longer name', () => {
    expect(orgs(run('Staff of the General Directorate of Migration and Naturalization attended.'))).toEqual([
      ['local:general-directorate-of-migration-and-naturalization', 'General Directorate of Migration and Naturalization'],
    ])
    // Followed by another organization, both stand.
    expect(orgs(run('The Ministry of National Security of Jamaica and Jamaica Defence Force met.')).map(([id]) => id)).toEqual(['org:jam-mns', 'org:jdf'])
  })

  test('a head-word run does not end in a connector', () => {
    expect(orgs(run('The Ministry of Agriculture and Jamaica Defence Force met.'))).toEqual([
      ['local:ministry-of-agriculture', 'Ministry of Agriculture'],
      ['org:jdf', 'Jamaica Defence Force'],
    ])
  })

  test('a head word then "of", "on" or "against" and capitals heads the whole name; its short form joins it', () => {
    expect(orgs(run('The National Directorate of Intelligence said.'))).toEqual([['local:national-directorate-of-intelligence', 'National Directorate of Intelligence']])
    const doc = run('The Working Group on Port Security met in Lima. Later the Working Group agreed on a plan.')
    expect(orgs(doc)).toEqual([['local:working-group-on-port-security', 'Working Group on Port Security']])
    expect(doc.organizations[0]?.mentions.map((m) => m.text)).toEqual(['Working Group on Port Security', 'Working Group'])
  })

  test('"the Committee on Monday" takes no weekday into its name', () => {
    expect(orgs(run('The Caribbean Committee on Monday approved the plan.')).map(([, n]) => n)).not.toContain('Caribbean Committee on Monday')
  })

  test('a national service with "Royal" keeps it', () => {
    expect(orgs(run('The Royal Thai Navy sent observers.'))).toEqual([['local:royal-thai-navy', 'Royal Thai Navy']])
  })

  test('a national Red Cross society is not the movement', () => {
    expect(orgs(run('The Grenada Red Cross Society distributed supplies.'))).toEqual([['local:grenada-red-cross-society', 'Grenada Red Cross Society']])
  })

  test('new gazetteer entries resolve under their aliases', () => {
    expect(orgs(run('The Mexican Agency for International Development Cooperation and the U.S. Army Reserve signed.'))).toEqual([
      ['org:mex-amexcid', 'Mexican Agency for International Development Cooperation'],
      ['org:us-army-reserve', 'U.S. Army Reserve'],
    ])
  })

  test('a known acronym defined after a variant of the name keeps the known organization', () => {
    const doc = run('Staff of the Caribbean Disaster Emergency Management Authority (CDEMA) arrived.')
    expect(orgs(doc)).toEqual([['org:cdema', 'Caribbean Disaster Emergency Management Agency']])
    expect(doc.organizations[0]?.mentions.map((m) => m.text)).toEqual(['Caribbean Disaster Emergency Management Authority', 'CDEMA'])
  })

  test('a sentence-initial word and "of the" open no name', () => {
    expect(orgs(run('Officials of the Chilean Ministry of Public Works met partners.'))).toEqual([
      ['local:chilean-ministry-of-public-works', 'Chilean Ministry of Public Works'],
    ])
    expect(orgs(run('Members of the National Commission for Border Security met.'))).toEqual([
      ['local:national-commission-for-border-security', 'National Commission for Border Security'],
    ])
  })

  test('a high commission takes its seat like an embassy', () => {
    const doc = run('Officials from the British High Commission in Georgetown attended.')
    expect(orgs(doc)).toEqual([['local:british-high-commission-in-georgetown', 'British High Commission in Georgetown']])
    expect(places(doc)).toEqual([['Georgetown', 'city', 'GUY']])
  })

  test('a ship named after a country mentions no country; "to arm" is no ship prefix', () => {
    const ids = (doc: Document) => doc.places.filter((p) => p.kind === 'country').map((p) => p.id)
    expect(ids(run('Sailors of HNLMS Holland trained in Willemstad.'))).toEqual([])
    expect(ids(run('The plan would arm Haiti police units.'))).toEqual(['HTI'])
  })

  test('a bare service in a document naming nothing of the United States is the home country\'s', () => {
    expect(orgs(run('TEGUCIGALPA, Honduras – The Honduran Navy received two boats. The Army and the Air Force also attended.'))).toEqual([
      ['org:hnd-navy', 'Honduran Navy'],
      ['org:hnd-army', 'Honduran Army'],
      ['org:hnd-air-force', 'Honduran Air Force'],
    ])
    // No entry for that country's service: no organization rather than the U.S. one.
    expect(orgs(run('BRIDGETOWN, Barbados – The Barbados Coast Guard trained. The Navy was not involved.'))).toEqual([['org:barbados-cg', 'Barbados Coast Guard']])
    // The United States named: the bare form stays the U.S. service.
    expect(orgs(run('PANAMA CITY, Panama – U.S. troops arrived. The Army said the work went well.')).map(([id]) => id)).toContain('org:us-army')
    // A ship's name after the bare form is the U.S. service's.
    expect(orgs(run('PARAMARIBO, Suriname – Coast Guard Cutter Stone arrived in Suriname.')).map(([id]) => id)).not.toContain('org:suriname-cg')
  })
})
