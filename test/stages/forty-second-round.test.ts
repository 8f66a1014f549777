/**
 * Forty-second round (issue 6: events, where they happen, and merging). Sentences are written for
 * the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')

describe('places after a date', () => {
  test('"set for March 9 in Laguna Seca": the date before "in" is no title-case name, so the town is a place', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Border committee agrees on patrols', 'Press Release | February 2, 2027'],
        'The committee of the two border towns met on Monday and agreed to share radio reports every day.',
        'Its next meeting is set for March 9 in Laguna Seca, where the delegations will review the first month of patrols.',
      ),
    )
    expect(doc.places.map((p) => p.name)).toContain('Laguna Seca')
    expect(doc.events.find((e) => e.start === '2027-03-09')?.status).toBe('scheduled')
  })
})

describe('an act named by its month', () => {
  test('"builds on the delivery in May of two patrol boats": a delivery of its own, not the handover reported', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Embassy hands over interceptors', 'Press Release | December 3, 2026'],
        'The U.S. Embassy today handed over three interceptor boats to the Belize Coast Guard at a ceremony in Belize City.',
        'The handover builds on the delivery in May of two riverine patrol boats to the Coast Guard station at Punta Gorda.',
      ),
    )
    const donations = doc.events.filter((e) => e.type === 'donation').map((e) => e.start)
    expect(donations).toContain('2026-12-03')
    expect(donations).toContain('2026-05')
  })
})

describe('needs assessment teams', () => {
  test('a disaster agency\'s needs assessment team sent after floods responds to the disaster', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Regional support after the floods', 'Statement | March 4, 2027'],
        'Heavy rain on Saturday cut roads in the south of the island and left hundreds of families without water.',
        'The Caribbean Disaster Emergency Management Agency deployed a rapid needs assessment team to Saint Lucia on Monday to work with the National Emergency Management Organisation.',
      ),
    )
    const sent = doc.events.find((e) => e.start === '2027-03-01')
    expect(sent?.type).toBe('disaster_response')
  })
})
