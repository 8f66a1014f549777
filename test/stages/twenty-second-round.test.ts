/**
 * Twenty-second round (issues 5 and 6, and the dates the new development cases needed). Sentences
 * and pages are written for the rules; none is copied from a fixture.
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
const dates = (doc: ReturnType<typeof pipeline>) => doc.dates.map((d) => ({ text: d.text, start: d.value.start, end: d.value.end }))

describe('dates, twenty-second round', () => {
  test('"the El Niño of 1997 and 1998": consecutive years after "of" are one span', () => {
    const doc = pipeline(lines('The El Niño of 1997 and 1998 flooded the coast, and the agencies that answered it then have planned this season\'s support together.'))
    expect(dates(doc)).toContainEqual({ text: '1997 and 1998', start: '1997', end: '1998' })
  })
  test('"the 2020 and 2021 editions" are two years, and so are years further apart', () => {
    const doc = pipeline(lines('The 2020 and 2021 editions of the exercise were cancelled, and the reports of 2016 and 2019 describe the earlier ones in full detail for planners.'))
    const texts = dates(doc).map((d) => d.text)
    expect(texts).toEqual(expect.arrayContaining(['2020', '2021', '2016', '2019']))
    expect(texts.some((t) => t.includes(' and '))).toBe(false)
  })
  test('"el miércoles 23 y el jueves 24 de septiembre": two Spanish weekdays with their days are one range', () => {
    const doc = pipeline(lines('La reunión del comité binacional se llevó a cabo el miércoles 23 y el jueves 24 de septiembre en la sede de la Gendarmería Nacional en la ciudad fronteriza.'))
    expect(dates(doc)).toContainEqual({ text: 'miércoles 23 y el jueves 24 de septiembre', start: '2026-09-23', end: '2026-09-24' })
  })
})
