/**
 * Thirty-fifth round (issue 6: events). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const release = (title: string, ...body: string[]) => run('release.txt', lines([title, 'Press Release | December 11, 2026'], ...body))

describe('a meeting told again with its place, thirty-fifth round', () => {
  test('"The two-day meeting ended yesterday at Fort Charlotte" places the numbered meeting the first sentence named', () => {
    const doc = release(
      'Kingstown and Castries agree on joint patrols',
      'Saint Lucia and St Vincent and the Grenadines have agreed to run joint patrols, following the third meeting of the Saint Lucia–St Vincent and the Grenadines Joint Border Security Committee.',
      'The two-day meeting ended yesterday at Fort Charlotte in Kingstown, the seat of the Coast Guard Service.',
    )
    const meeting = doc.events.find((e) => e.type === 'meeting' && e.series?.edition === '3')
    expect(meeting?.start).toBe('2026-12-09')
    expect(meeting?.location?.country).toBe('VCT')
  })
})

describe('dates and exercises, thirty-fifth round', () => {
  const doc = release(
    'Customs and police rehearse a flood evacuation',
    'Residents of Bois Jolie were moved to higher ground on Saturday as the disaster office staged a full-scale flood simulation along the river.',
    'Customs instructors will teach a container targeting course for 24 CESEP officers in Santo Domingo from January 11 to 15.',
  )
  test('"a course for 24 CESEP officers" is no date of the year 24 (chrono reads "24 CE" and "SEP")', () => {
    expect(doc.dates.map((d) => d.text)).not.toContain('24 CESEP')
    expect(doc.events.find((e) => e.type === 'training')?.start).toBe('2027-01-11')
  })
  test('"staged a full-scale flood simulation" on Saturday is an exercise that day', () => {
    expect(doc.events.find((e) => e.type === 'exercise')?.start).toBe('2026-12-05')
  })
})
