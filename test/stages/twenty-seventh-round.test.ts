/**
 * Twenty-seventh round (issues 3 and 6: pages and events). Sentences and pages are written for the
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
const placed = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}${e.end ? `/${e.end}` : ''} ${e.location?.country ?? '-'}`)

describe('places, twenty-seventh round', () => {
  test('a place no list locates is in the dateline\'s country', () => {
    const doc = pipeline(
      lines(
        'GEORGETOWN, Guyana – Officers of the Guyana Police Force and the Suriname Police Force met on Thursday at the Corriverton Ferry Terminal to review the year’s joint checks on the river crossing.',
        'Officers from Suriname described the checks made at Nickerie in October.',
      ),
    )
    const landing = doc.places.find((p) => p.name.includes('Ferry Terminal'))
    expect(landing?.country).toBe('GUY')
  })
  test('with no dateline, the country other than the United States that the report names most, and more than half the time, locates it', () => {
    const text = [
      'Coast guard opens boat shed',
      'Press Release | November 12, 2026',
      '',
      'A new boat shed opened at the Blue Heron Ferry Terminal on Friday, built by the Antigua and Barbuda Coast Guard and paid for by the Government of Antigua and Barbuda.',
      '',
      'The Chief of Defence Staff said Antigua would add a second shed next year, and thanked the United States for the engines fitted to two of the boats.',
      '',
      'Antigua and Barbuda will also train six more coxswains in the new year.',
      '',
      '###',
    ].join('\n')
    const landing = pipeline(text).places.find((p) => p.name.includes('Blue Heron'))
    expect(landing?.country).toBe('ATG')
  })
  test('a document split between countries leaves such a place unlocated', () => {
    const text = [
      'Coast guards meet',
      'Press Release | November 12, 2026',
      '',
      'At the Blue Heron Ferry Terminal on Friday, officers of Canada, the United States and Antigua and Barbuda met to plan patrols.',
      '',
      'Canada and Antigua and Barbuda agreed to meet again.',
      '',
      '###',
    ].join('\n')
    const landing = pipeline(text).places.find((p) => p.name.includes('Blue Heron'))
    expect(landing?.country ?? null).toBe(null)
  })
})
