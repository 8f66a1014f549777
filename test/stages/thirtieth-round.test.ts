/**
 * Thirtieth round (issues 3 and 6: pages and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
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

describe('ships named after countries, thirtieth round', () => {
  test('a navy prefix before a country name makes a ship, not a mention of the country', () => {
    const doc = pipeline(
      lines(
        'The Argentine Navy training ship ARA Libertad and the Uruguayan patrol vessel ROU Uruguay arrived in Kingstown on Monday.',
        'The Ecuadorian sail training ship BAE Guayas and the Brazilian ship NE Brasil will follow next week.',
      ),
    )
    const countries = doc.places.filter((p) => p.kind === 'country').map((p) => `${p.id} ${p.mentions.map((m) => m.text).join(',')}`)
    expect(countries).toContain('BRA Brazilian')
    expect(countries).toContain('URY Uruguayan')
  })
})
