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

describe('a ship calling at a port, thirtieth round', () => {
  const call = [
    'The Royal Netherlands Navy patrol ship HNLMS Groningen left Freeport Harbour on Sunday after a four-day call that included training with the Royal Bahamas Defence Force (RBDF).',
    'The ship arrived in Freeport last Thursday from its base in Curaçao, with around 90 crew on board.',
  ]
  test('a ship that arrives makes a port visit, at the port, not where it came from', () => {
    const visit = pipeline(lines(...call)).events.find((e) => e.type === 'visit')
    expect(visit?.location?.country).toBe('BHS')
  })
  test('a departure told first, "after a four-day call", closes the visit when the days fit', () => {
    const visit = pipeline(lines(...call)).events.find((e) => e.type === 'visit')
    expect([visit?.start, visit?.end]).toEqual(['2026-11-05', '2026-11-08'])
  })
  test('a ship that arrives with relief after a hurricane is sent, not visiting', () => {
    const doc = pipeline(lines('The Royal Fleet Auxiliary ship RFA Mounts Bay arrived at Road Bay, Anguilla on Wednesday, three days after Hurricane Teddy struck the island.'))
    expect(doc.events.map((e) => e.type)).not.toContain('visit')
  })
})
