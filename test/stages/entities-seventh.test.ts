/**
 * Entities, seventh round (issue 5): names no gazetteer holds, read from their head words
 * ("Directorate General of …", "Task Force Against Trafficking in Persons", "Port of …",
 * "… House of Assembly", "… National Park"), a base named after a ranked person, places after
 * "between" and "along", a date ending a name, and St. James in Trinidad. Sentences are written
 * for the rules; none is copied from a fixture.
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

const orgNames = (doc: Document) => doc.organizations.map((o) => o.name)
const places = (doc: Document) => doc.places.filter((p) => p.kind !== 'country').map((p) => [p.name, p.kind, p.country])

function spansHold(doc: Document): void {
  for (const e of [...doc.organizations, ...doc.places, ...doc.people]) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text)
}

describe('organizations from their head words', () => {
  test('"Directorate General of …" and "Inspectorate General of …" open a name', () => {
    const doc = run('Officers of the Directorate General of Civil Aviation and the Inspectorate General of Police met in Lima on Monday.')
    expect(orgNames(doc)).toEqual(expect.arrayContaining(['Directorate General of Civil Aviation', 'Inspectorate General of Police']))
    spansHold(doc)
  })
  test('"in" goes on with a remit: the whole task force, and no place called "Persons"', () => {
    const doc = run('Victims were referred to the National Task Force Against Trafficking in Persons in Kingston, Jamaica.')
    expect(orgNames(doc)).toContain('National Task Force Against Trafficking in Persons')
    expect(places(doc).map((p) => p[0])).not.toContain('Persons')
    spansHold(doc)
  })
  test('"in" after a remit stops at a country: the task force sits in Jamaica', () => {
    const doc = run('The Task Force Against Trafficking in Jamaica met on Tuesday.')
    expect(orgNames(doc)).not.toContain('Task Force Against Trafficking in Jamaica')
  })
  test('an assembly is a body: "Tobago House of Assembly"; inside a person\'s title it is the person\'s', () => {
    const doc = run('The Tobago House of Assembly will fund the new station, the Coast Guard said.')
    expect(orgNames(doc)).toContain('Tobago House of Assembly')
    const titled = run('The Chief Secretary of the Tobago House of Assembly, Marcia J. Ottley-Brathwaite, attended the ceremony.')
    expect(titled.people.map((p) => [p.name, p.title])).toEqual([['Marcia J. Ottley-Brathwaite', 'Chief Secretary of the Tobago House of Assembly']])
  })
})

describe('places from their head words and prepositions', () => {
  test('"Port of X" is a facility; a national park is a place', () => {
    const doc = run('The Coast Guard commissioned its new station at the Port of Scarborough, near the Buccoo Reef Marine Park in Tobago.')
    expect(places(doc).map((p) => p.slice(0, 2))).toEqual(expect.arrayContaining([['Port of Scarborough', 'facility'], ['Buccoo Reef Marine Park', 'region']]))
    spansHold(doc)
  })
  test('a date ends a facility name: "Port of Acajutla June 8-11"', () => {
    const doc = run('The cutter called at the Port of Acajutla June 8-11 during its patrol off El Salvador.')
    expect(places(doc).map((p) => p[0])).toContain('Port of Acajutla')
  })
  test('a small town after "between", in a document that names its country', () => {
    const doc = run('Costa Rica will open a new station. It will cover the central Pacific coast between Jacó and Quepos.')
    expect(places(doc)).toEqual(expect.arrayContaining([['Jacó', 'city', 'CRI'], ['Quepos', 'city', 'CRI']]))
  })
  test('a military reserve is no place: "the Naval Reserve"', () => {
    const doc = run('Sailors of the Regular Force and Naval Reserve deployed to the Caribbean.')
    expect(places(doc).map((p) => p[0])).not.toContain('Regular Force and Naval Reserve')
  })
  test('St. James in Trinidad is not the Barbadian or Jamaican parish when Trinidad is the setting', () => {
    const doc = run('The course opened at the Police Training Academy, St. James, in Trinidad and Tobago, with handlers from the Barbados Police Service.')
    expect(places(doc)).toContainEqual(['St. James', 'city', 'TTO'])
    const jam = run('Montego Bay is in the parish of St. James, Jamaica.')
    expect(places(jam)).toContainEqual(['St. James', 'region', 'JAM'])
  })
})

describe('a base named after a ranked person', () => {
  test('"Capitán Curbelo Air Base" is a facility, not a captain called "Curbelo Air Base"', () => {
    const doc = run('The Minister inaugurated a helicopter hangar at Capitán Curbelo Air Base in Uruguay.')
    expect(doc.people.map((p) => p.name)).toEqual([])
    expect(places(doc)).toContainEqual(['Capitán Curbelo Air Base', 'facility', 'URY'])
    spansHold(doc)
  })
  test('a person whose surname is also a head word stays a person', () => {
    const doc = run('Lt. Col. Anne Field, the task force commander, said the exercise went well.')
    expect(doc.people.map((p) => p.name)).toEqual(['Anne Field'])
  })
})

describe('institutions after a preposition are no towns; renamed districts', () => {
  test('"in Customs", "to Crime Stoppers" name no place', () => {
    const doc = run('Officers in the Coast Guard and in Customs will share the picture, and tips go to Crime Stoppers in Road Town, British Virgin Islands.')
    expect(places(doc).map((p) => p[0])).not.toEqual(expect.arrayContaining(['Customs']))
    expect(places(doc).map((p) => p[0])).not.toContain('Crime Stoppers')
  })
  test('the Coast Guard Southeast District is the former Seventh District', () => {
    const doc = run('The U.S. Coast Guard Southeast District repatriated 41 people to Cuba on Friday.')
    expect(doc.organizations.map((o) => o.id)).toContain('org:us-cg-d7')
    expect(places(doc)).toEqual([])
  })
})

describe('a country’s own body, named with a possessive', () => {
  test('"Jamaica\'s Ministry of National Security" is the gazetteer’s Jamaican ministry, and only the ministry’s words are its mention', () => {
    const doc = run("Jamaica's Ministry of National Security and Guatemala's Ministry of National Defense signed the plan.")
    expect(doc.organizations.map((o) => o.id)).toEqual(expect.arrayContaining(['org:jam-mns', 'org:gtm-mindef']))
    expect(doc.organizations.find((o) => o.id === 'org:jam-mns')?.mentions.map((m) => m.text)).toEqual(['Ministry of National Security'])
    spansHold(doc)
  })
  test('a body the gazetteer does not hold for that country stays a local organization', () => {
    const doc = run("Belize's Ministry of Blue Economy joined the talks.")
    expect(doc.organizations.map((o) => o.id)).toContain('local:ministry-of-blue-economy')
  })
})
