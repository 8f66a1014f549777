/**
 * Thirty-ninth round (issue 6: events and their parties). Sentences are written for the rules;
 * none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const ids = (e: { participants: Array<{ id: string }> } | undefined) => (e?.participants ?? []).map((p) => p.id).sort()

describe('events, thirty-ninth round', () => {
  test('"also addressed the ceremony" after a course told in passing: the opening told before', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Police open a marine post at Harbour Point', 'Press Release | January 15, 2027'],
        'The Jamaica Constabulary Force on Thursday opened a marine post at Harbour Point, Saint Elizabeth.',
        'Superintendent Delroy K. Ashbourne said twelve officers assigned to the post had completed a boat handling course at the Caribbean Maritime University in November.',
        'Deputy Superintendent Paulette N. Grierson-Watt also addressed the ceremony.',
      ),
    )
    const opening = doc.events.find((e) => e.type === 'other' && e.start === '2027-01-14')
    const course = doc.events.find((e) => e.type === 'training')
    expect(opening).toBeDefined()
    expect(ids(opening)).toContain('person:paulette-n-grierson-watt')
    expect(ids(course)).not.toContain('person:paulette-n-grierson-watt')
  })
})

describe('events, thirty-ninth round: a hosted gathering and who meets there', () => {
  test('"will host the … Working Group in Tampa … Delegations … will meet with U.S. officials": one meeting', () => {
    const doc = run(
      'note.txt',
      lines(
        ['Working Group on Maritime Domain Awareness', 'Media Note | January 20, 2027'],
        'The United States will host the Caribbean Basin Security Initiative Technical Working Group on Maritime Domain Awareness in Tampa, Florida, from February 9 to 11. Delegations from Guyana, Suriname and Barbados will meet with U.S. officials to improve the sharing of radar data.',
      ),
    )
    const meetings = doc.events.filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(1)
    expect(ids(meetings[0])).toEqual(expect.arrayContaining(['GUY', 'SUR', 'BRB', 'USA']))
  })
})
