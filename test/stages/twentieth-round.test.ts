/**
 * Twentieth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const placeNames = (doc: ReturnType<typeof pipeline>) => doc.places.map((p) => p.name)
const place = (doc: ReturnType<typeof pipeline>, name: string) => doc.places.find((p) => p.name === name)

describe('places, twentieth round', () => {
  test('"the department of Rocha": a small town after an administrative noun and "of" names the division of that name', () => {
    const doc = pipeline(lines('The Uruguayan Navy will hold a rescue drill off La Coronilla, in the department of Rocha, in March. The course itself took place in Toledo, department of Canelones.'))
    expect(place(doc, 'Rocha')).toMatchObject({ kind: 'region', country: 'URY' })
    expect(place(doc, 'Canelones')).toMatchObject({ kind: 'region', country: 'URY' })
  })
  test('"the Vila Militar district of Rio de Janeiro" is a district inside the city: the city stays a city', () => {
    const doc = pipeline(lines('The Brazilian Army hosted the course at its training centre in the Vila Militar district of Rio de Janeiro.'))
    expect(place(doc, 'Rio de Janeiro')?.kind).toBe('city')
  })
  test('nouns whose "of" or "de" names a place: "the ports of Moín and Caldera", "la costa de Pedernales"', () => {
    const doc = pipeline(lines('Costa Rica customs officers inspected containers at the ports of Moín and Caldera on Tuesday.'))
    expect(placeNames(doc)).toEqual(expect.arrayContaining(['Moín', 'Caldera']))
    const es = pipeline(lines('La Armada de la República Dominicana patrulló frente a la costa de Pedernales en abril.'))
    expect(placeNames(es)).toContain('Pedernales')
  })
  test('"set for X": the next meeting\'s venue is a place', () => {
    const doc = pipeline(lines('The navies of Uruguay and Argentina closed their ninth meeting on Friday. The tenth meeting is set for Colonia del Sacramento in May 2027.'))
    expect(placeNames(doc)).toContain('Colonia del Sacramento')
  })
  test('an office\'s "of" opens no list: "The Mayor of Golfito, Lidia Chaves Barrantes," names one place and one person', () => {
    const doc = pipeline(lines('Costa Rica received two boats in Golfito on Monday. The Mayor of Golfito, Lidia Chaves Barrantes, also attended the ceremony.'))
    expect(placeNames(doc)).not.toContain('Lidia Chaves Barrantes')
  })
})
