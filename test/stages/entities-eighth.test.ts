/**
 * Entities, eighth round (issue 5): people whose names the lexicon reads as common words or places
 * ("Kenrick Usher", "Ambrose K. Leon"), a speaker's name right after an office that runs into it,
 * a list inside an office's name that is no person, and offices of Caribbean services
 * (chief immigration officer, public relations officer, prefect). Sentences are written for the
 * rules; none is copied from a fixture.
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

const people = (doc: Document) => doc.people.map((p) => [p.name, p.title, p.rank])

describe('names the lexicon reads as common words or places', () => {
  test('a speaker whose surname is a common word', () => {
    expect(people(run('Marlon Usher said the scanners would be installed first.'))).toEqual([['Marlon Usher', null, null]])
  })
  test('a speaker right after an office that runs into the name', () => {
    expect(people(run('Director of Immigration Marlon Usher said the readers would arrive in May.'))).toEqual([['Marlon Usher', 'Director of Immigration', null]])
  })
  test('a first name, an initial and a surname that is also a city', () => {
    expect(people(run('The delegation included Bertram K. Leon of the customs service.'))).toEqual([['Bertram K. Leon', null, null]])
  })
  test('an appositive office before such a name gives its title', () => {
    expect(people(run('The team included the Chief Immigration Officer, Bertram K. Leon.'))).toEqual([['Bertram K. Leon', 'Chief Immigration Officer', null]])
  })
  test('an institution that speaks is still no person', () => {
    expect(run('The Coast Guard said the vessel was seized.').people).toEqual([])
  })
})

describe('offices that hold lists and Caribbean offices', () => {
  test('"Minister for Home Affairs, Crime Prevention and Persons with Disabilities" holds no person', () => {
    const doc = run('The talks were chaired by the Minister for Home Affairs, Crime Prevention and Persons with Disabilities, Hon. Jerome T. Baptiste.')
    expect(doc.people.map((p) => p.name)).toEqual(['Jerome T. Baptiste'])
  })
  test('police public relations officer with a rank, and a prefect', () => {
    const doc = run('Police Public Relations Officer, Inspector Celia M. Auguste, said the Force was pleased. Prefect Armand Dufresne thanked the police.')
    expect(people(doc)).toEqual([
      ['Celia M. Auguste', 'Police Public Relations Officer', 'Inspector'],
      ['Armand Dufresne', 'Prefect', null],
    ])
  })
})

describe('facilities named with a lower-case noun, and names with new head words', () => {
  const places = (doc: Document) => doc.places.filter((p) => p.kind === 'facility').map((p) => p.name)
  test('"border station", "border crossing" and "airport" after a name make a facility', () => {
    expect(places(run('Scanners were installed at the Benque Viejo del Carmen border station last year.'))).toEqual(['Benque Viejo del Carmen border station'])
    expect(places(run('Trucks enter Honduras at the El Amatillo border crossing.'))).toEqual(['El Amatillo border crossing'])
    expect(places(run('The plan of the Lethem airport was reviewed by the authority.'))).toEqual(['Lethem airport'])
  })
  test('a station without a modifier is no facility', () => {
    expect(places(run('The patrol ship returned to the Antilles station in May.'))).toEqual([])
  })
  test('"General Directorate of Customs" is one organization, not a general', () => {
    const doc = run('Officials of the General Directorate of Customs attended the talks.')
    expect(doc.organizations.map((o) => o.name)).toEqual(['General Directorate of Customs'])
    expect(doc.people).toEqual([])
  })
  test('"Corporation" and "Company" end organizations’ names', () => {
    const doc = run('The Georgetown Public Hospital Corporation (GPHC) and the Jamaica Public Service Company took part.')
    expect(doc.organizations.map((o) => [o.name, o.acronym])).toEqual([
      ['Georgetown Public Hospital Corporation', 'GPHC'],
      ['Jamaica Public Service Company', null],
    ])
  })
})

describe('what stands between a title and its name', () => {
  test('an acting post or a branch in brackets: "(Ag.)", "(Operations)"', () => {
    expect(people(run('Commissioner of Police (Ag.) Devon A. Cuffy said the unit was ready.'))).toEqual([['Devon A. Cuffy', 'Commissioner of Police', null]])
    expect(people(run('The delegation was led by Deputy Commissioner (Operations) Ravi K. Sookdeo.'))).toEqual([['Ravi K. Sookdeo', 'Deputy Commissioner', null]])
  })
  test('"Acting Commissioner of Police" opening a sentence is an office, not an organization', () => {
    const doc = run('Acting Commissioner of Police Devon A. Cuffy said the unit was ready.')
    expect(people(doc)).toEqual([['Devon A. Cuffy', 'Acting Commissioner of Police', null]])
    expect(doc.organizations).toEqual([])
  })
  test('letters after a name before its appositive office', () => {
    expect(people(run('The Hon. Dr. Kezia St. Hill, MP, Minister of National Security, opened the session.'))).toEqual([['Kezia St. Hill', 'Minister of National Security', null]])
  })
})
