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

describe('a table layout and a Spanish year, thirty-fifth round', () => {
  const page = (head: string, ...body: string[]) =>
    run(
      'page.html',
      `<html><head><title>MDF :: News :: Defence Force Opens Range</title></head><body><table><tr><td class="nav"><a href="/">Home</a> | <a href="/news">News</a></td></tr>` +
        `<tr><td class="pagetitle"><font size="5"><b>Defence Force Opens New Range at Camp Verde</b></font><br><font size="1">${head}</font></td></tr>` +
        `<tr><td class="bodytext">${body.map((p) => `<p>${p}</p>`).join('')}</td></tr></table></body></html>`,
    )
  test('"Press Release No. 12/2026 | Monday, 14 December 2026 | Printer Friendly Version" in the title row above the article dates the page', () => {
    const doc = page(
      'Press Release No. 12/2026 &nbsp;|&nbsp; Monday, 14 December 2026 &nbsp;|&nbsp; <a href="print.html">Printer Friendly Version</a>',
      'The Defence Force opened a new firing range at Camp Verde on December 9 and 10, with soldiers of the Regiment and police officers taking part in the first qualification shoots on the new lanes.',
      'An after-action review will take place on Thursday, December 17, and its findings will feed into next year’s training plan for the Regiment and the Coast Guard.',
    )
    expect(doc.meta.published).toBe('2026-12-14')
    expect(doc.dates.find((d) => d.text === 'December 9 and 10')?.value.start).toBe('2026-12-09')
  })
  test('"Desde 2015, la Escuela …" opening a sentence is the year 2015, not part of a name', () => {
    const doc = run('nota.txt', lines(['La Escuela de Combate Fluvial forma a la Armada Paraguaya', 'Noticias | 18 de diciembre de 2026'], 'Desde 2015, la Escuela de Combate Fluvial ha capacitado a más de 1.200 infantes de marina de la región.'))
    expect(doc.dates.map((d) => d.text)).toContain('2015')
  })
})

describe('a seizure by a patrol, thirty-fifth round', () => {
  test('"Last week, a patrol from the station intercepted a boat …" reports the interception, not a patrol', () => {
    const doc = release(
      'Coast guard station receives new engines',
      'The U.S. Embassy delivered four outboard engines to the Puerto Bolívar Coast Guard Station on Thursday.',
      'Last week, a patrol from the station intercepted a fibreglass boat off Isla Costa Rica with 1.2 tonnes of cocaine and detained three men.',
    )
    const seizure = doc.events.find((e) => e.start === '2026-11-30')
    expect(seizure?.type).toBe('other')
    expect(seizure?.location?.country).toBe('ECU')
  })
})
