/**
 * Gazetteer coverage added in the sixth session (issue 5), country by country: security,
 * customs, immigration, disaster, financial-intelligence and port agencies; partner units;
 * regional bodies; provinces, rivers, bases and towns. Each sentence names several new rows and
 * checks the ids and kinds they resolve to. Sentences are written for the lists; none is copied
 * from a fixture.
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

const orgIds = (doc: Document) => doc.organizations.map((o) => o.id)
const placeKinds = (doc: Document) => doc.places.filter((p) => p.kind !== 'country').map((p) => [p.id, p.kind, p.country])

function spansHold(doc: Document): void {
  for (const e of [...doc.organizations, ...doc.places]) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text)
}

describe('organizations by country', () => {
  test('Andean customs, anti-drug, migration and financial-intelligence acronyms resolve alone', () => {
    const doc = run('DIRANDRO and SUNAT officers joined DIAN, UIAF and Migración Colombia analysts at the meeting, with SENAE observers.')
    expect(orgIds(doc)).toEqual(['org:per-dirandro', 'org:per-sunat', 'org:col-dian', 'org:col-uiaf', 'org:col-migracion', 'org:ecu-senae'])
    expect(doc.organizations.map((o) => o.country)).toEqual(['PER', 'PER', 'COL', 'COL', 'COL', 'ECU'])
    spansHold(doc)
  })

  test('Caribbean agencies named in full keep their whole name (no split at the country or the force)', () => {
    const doc = run(
      'Officers of the Special Anti-Crime Unit of Trinidad and Tobago, the Port Authority of Trinidad and Tobago and the Trinidad and Tobago Customs met the Jamaica Defence Force Reserves.',
    )
    expect(orgIds(doc)).toEqual(['org:tto-sautt', 'org:tto-patt', 'org:tto-customs', 'org:jdf-reserves'])
    expect(orgIds(doc)).not.toContain('org:jdf')
    spansHold(doc)
  })

  test('Central American units without a head word', () => {
    const doc = run('The Kaibiles and DIPAMPCO briefed SINAPRED and the Costa Rican Special Intervention Unit.')
    expect(orgIds(doc)).toEqual(['org:gtm-kaibiles', 'org:hnd-dipampco', 'org:nic-sinapred', 'org:cri-uei'])
  })

  test('Spanish, Canadian and British partners, Spanish names included', () => {
    const doc = run(
      'Salvamento Marítimo, the Guardia Civil and the Spanish Customs Surveillance Service signed the plan with FINTRAC and the Special Boat Service.',
    )
    expect(orgIds(doc)).toEqual(['org:es-sasemar', 'org:es-guardia-civil', 'org:es-sva', 'org:fintrac', 'org:uk-sbs'])
    expect(doc.organizations.map((o) => o.type)).toEqual(['organization', 'organization', 'organization', 'organization', 'organization'])
  })

  test("a country's National Security Council is not the U.S. one", () => {
    const doc = run('The Jamaica National Security Council met on Monday, and the National Security Council in Washington met on Tuesday.')
    expect(orgIds(doc)).toEqual(['org:jam-nsc', 'org:us-nsc'])
    expect(doc.organizations[0]?.country).toBe('JAM')
  })

  test('regional bodies and territorial customs', () => {
    const doc = run('The CROSQ, PADF and ARIN-CARIB officials met officers of the Financial Intelligence Unit of Grenada and Aruba Customs.')
    expect(orgIds(doc)).toEqual(['org:crosq', 'org:padf', 'org:arin-carib', 'org:grd-fiu', 'org:abw-customs'])
    // "Pan American" inside PADF's name is no mention of the United States
    expect(doc.places.map((p) => p.id)).not.toContain('USA')
  })

  test("a lower-case '<demonym> marines' stays no organization; the service's full name resolves", () => {
    const doc = run('Ecuadorian marines trained with the Peruvian Naval Infantry in Pichincha and Áncash.')
    expect(orgIds(doc)).toEqual(['org:per-marines'])
  })
})

describe('composite and Spanish names', () => {
  test("a service named under its parent force is the service, not the parent", () => {
    const doc = run('The Trinidad and Tobago Defence Force Coast Guard and the CARICOM Regional Intelligence Fusion Centre briefed the U.S. Coast Guard Auxiliary.')
    expect(orgIds(doc)).toEqual(['org:ttcg', 'org:caricom-rifc', 'org:us-cg-auxiliary'])
    expect(orgIds(doc)).not.toContain('org:ttdf')
    expect(orgIds(doc)).not.toContain('org:caricom')
  })

  test('Spanish official names with their country resolve to that country’s entry', () => {
    const doc = run('La Armada de México y la Policía Nacional Civil de El Salvador firmaron con el Ministerio de Seguridad Pública de Costa Rica.')
    expect(orgIds(doc)).toEqual(['org:semar', 'org:slv-pnc', 'org:cri-msp'])
  })
})

describe('places by country', () => {
  test('provinces and regions the lists did not hold', () => {
    const doc = run('Ecuadorian marines trained with the Peruvian Naval Infantry in Pichincha and Áncash.')
    expect(placeKinds(doc)).toEqual([
      ['region:ecu-pichincha', 'region', 'ECU'],
      ['region:per-ancash', 'region', 'PER'],
    ])
  })

  test('maritime regions and a delta, outside any place preposition', () => {
    const doc = run('The patrol crossed the Tongue of the Ocean and the Old Bahama Channel before reaching the Orinoco Delta.')
    expect(placeKinds(doc)).toEqual([
      ['region:bhs-tongue-of-the-ocean', 'region', 'BHS'],
      ['region:old-bahama-channel', 'region', null],
      ['region:ven-orinoco-delta', 'region', 'VEN'],
    ])
    // "Delta" alone is no city
    expect(doc.places.some((p) => p.name === 'Delta')).toBe(false)
  })

  test('facilities, a free zone and a base town', () => {
    const doc = run('Engineers inspected the Miraflores Locks, the Colón Free Zone and Panamá Pacífico, then flew to Tolemaida.')
    expect(placeKinds(doc)).toEqual([
      ['place:miraflores-locks', 'facility', 'PAN'],
      ['place:colon-free-zone', 'facility', 'PAN'],
      ['place:panama-pacifico', 'facility', 'PAN'],
      ['place:tolemaida', 'facility', 'COL'],
    ])
    spansHold(doc)
  })

  test('a town whose name opens with a demonym is the town, not Spain', () => {
    const doc = run('Spanish Lookout hosted the clinic while teams worked in the Tri-Border Area and along the Suriname River.')
    expect(placeKinds(doc)).toEqual([
      ['place:spanish-lookout', 'city', 'BLZ'],
      ['region:tri-border-area', 'region', null],
      ['region:sur-suriname-river', 'region', 'SUR'],
    ])
    expect(doc.places.map((p) => p.id)).not.toContain('ESP')
  })
})
