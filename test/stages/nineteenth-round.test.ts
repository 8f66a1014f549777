/**
 * Nineteenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
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

describe('places, nineteenth round', () => {
  test('"in the Pacific" is the ocean; "the Pacific coast" stays its own region; "the Pacific Naval Command" is a body', () => {
    const doc = pipeline(lines('The cutters will patrol the Pacific coast of Honduras, where most cocaine moves north toward the Pacific and the Caribbean. The Pacific Naval Command received the first two boats at its pier on Friday.'))
    const ocean = doc.places.find((p) => p.name === 'Pacific Ocean')
    expect(ocean?.mentions.map((m) => m.text)).toEqual(['Pacific'])
    expect(placeNames(doc)).toContain('Pacific coast')
    expect(doc.organizations.map((o) => o.name)).toContain('Pacific Naval Command')
  })
  test('"Pacific" with no place preposition before it is no place ("Pacific partners")', () => {
    const doc = pipeline(lines('Officials from Pacific partners joined the call on Monday to discuss maritime security and information sharing with the Honduran Navy.'))
    expect(placeNames(doc)).not.toContain('Pacific Ocean')
  })
  test('"the Barima, Kaituma and Waini rivers": each river is a region of its own', () => {
    const doc = pipeline(lines('From Morawhanna the police Marine Branch patrols the Barima, Kaituma and Waini rivers, which smugglers use to reach the coast of Guyana.'))
    expect(placeNames(doc)).toEqual(expect.arrayContaining(['Barima', 'Kaituma', 'Waini']))
  })
  test('"the Sula Valley" is a valley, not the capital of Anguilla ("The Valley"), which still counts with its article', () => {
    const doc = pipeline(lines('The brigade patrols the Sula Valley in northern Honduras, and its engineers later flew to The Valley, Anguilla, for a disaster drill.'))
    const names = placeNames(doc)
    expect(names).toContain('Sula Valley')
    expect(names).toContain('The Valley')
  })
})
