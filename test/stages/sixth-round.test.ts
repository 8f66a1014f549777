/**
 * Sixth round: a speech or transcript names itself ("Remarks by …") and is of kind `other`;
 * a delivery is disaster relief when its clause or the release's headline is about a disaster,
 * not when the story only recalls the storm a new building replaces.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { detectKind } from '../../src/stages/clean/kind.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)

describe('kind: speeches and transcripts', () => {
  const base = { labels: [], head: '', siteKind: null, publisher: 'organization' as const }
  test.each([
    'Remarks by Ambassador Roger Pettigrew at the Coast Guard Boathouse Handover',
    'Remarks: Opening of the Caribbean Nations Security Conference',
    'Keynote Address to the Regional Security System Council',
    "Minister Browne's Speech at the Passing Out Parade",
    'Transcript: Press Briefing on Hurricane Relief',
  ])('%s is other', (title) => {
    expect(detectKind({ ...base, title })).toMatchObject({ kind: 'other', rule: 'title-speech' })
  })
  test('a title naming a speech outranks a "Press Releases" label, since the title is read first', () => {
    expect(detectKind({ ...base, title: 'Remarks by the Commander at the Change of Command', labels: ['Press Releases'] }).kind).toBe('other')
  })
  test('a statement stays a statement; a news headline about remarks is no speech', () => {
    expect(detectKind({ ...base, title: 'Statement by the Minister on the RSS Council meeting' }).kind).toBe('statement')
    expect(detectKind({ ...base, title: "Minister's remarks on border draw praise", publisher: 'news' }).kind).toBe('news')
  })
  test('"As prepared for delivery" opening a page marks a speech', () => {
    expect(detectKind({ ...base, title: 'Ambassador Pettigrew at the Boathouse', head: 'As prepared for delivery\n\nGood morning, Minister.' }).kind).toBe('other')
  })
})

describe('disaster relief or donation', () => {
  const page = (title: string, body: string) => `Press Releases\n\n${title}\n\nJuly 12, 2026\n\n${body}\n`
  test('a headline about hurricane relief makes its deliveries disaster response', () => {
    const doc = pipeline(
      page(
        'U.S. Helicopters Ferry Relief Supplies to Islands Hit by Hurricane Nadine',
        'KINGSTOWN, St. Vincent and the Grenadines – Two U.S. Army helicopters delivered 12 tons of water and food to Union Island on July 10.\n\nThe flights will continue through next week, officials said.',
      ),
    )
    expect(doc.events.map((e) => e.type)).toContain('disaster_response')
  })
  test('a boathouse story that recalls the storm keeps its deliveries donations', () => {
    const doc = pipeline(
      page(
        'United States Hands Over Renovated Coast Guard Boathouse',
        "ST. GEORGE'S, Grenada – The United States handed over a renovated boathouse to the Grenada Coast Guard on July 10. It replaces the boathouse destroyed by Hurricane Beryl in 2024.\n\nThe handover follows the delivery of two refurbished interceptor boats to the Grenada Coast Guard in March.",
      ),
    )
    const types = doc.events.map((e) => e.type)
    expect(types).toContain('donation')
    expect(types).not.toContain('disaster_response')
  })
})
