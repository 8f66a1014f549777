/**
 * Events, eighth round (issue 6): a seizure the text places nowhere happens in the country of the
 * forces that made it, when that is the country the report is about, and not when the forces act
 * far from home. Texts are written for the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)
const others = (text: string) => pipeline(text).events.filter((e) => e.type === 'other').map((e) => [e.start, e.location?.country ?? null])

describe('where a seizure happened', () => {
  test('the national force of the country the report is about: that country', () => {
    const text = [
      'Border station receives scanners',
      'November 6, 2026',
      '',
      'Belize received two cargo scanners from the United States for the border station at Santa Elena, Belize, on Tuesday, the Belize Police Department said.',
      '',
      'On Sunday, officers of the Belize Police Department seized 14 pistol frames concealed in a pickup truck, police said. Belize will install a third scanner next year.',
    ].join('\n')
    expect(others(text)).toContainEqual(['2026-11-01', 'BLZ'])
  })
  test('a cutter of the publisher’s own country at sea: no country', () => {
    const text = [
      'Cutter returns home after patrol',
      'May 20, 2021',
      '',
      'KEY WEST, Fla. – The crew of the U.S. Coast Guard Cutter Resolute returned to Key West on Thursday after a 60-day patrol.',
      '',
      'On April 11, the U.S. Coast Guard seized 1,200 kilograms of cocaine from a go-fast vessel, the largest seizure of the patrol.',
    ].join('\n')
    expect(others(text).filter(([start]) => start === '2021-04-11')).not.toContainEqual(['2021-04-11', 'USA'])
  })
})

describe('who chaired and who led a delegation', () => {
  const parties = (text: string) => pipeline(text).events.map((e) => e.participants.filter((p) => p.kind === 'person').map((p) => [p.name, p.roles]))
  test('"under the chairmanship of X": the chair', () => {
    const text = 'BASSETERRE, St. Kitts, July 15, 2026 – The Ninth Meeting of Heads of Customs was held in Basseterre on 13 and 14 July 2026, under the chairmanship of Mr. Alton R. Greaves, Comptroller of Customs.'
    expect(parties(text)).toEqual([[['Alton R. Greaves', ['chair']]]])
  })
  test('"X led the U.S. delegation": a representative; "the delegation was led by X" still gives the person', () => {
    const active = 'WASHINGTON, September 3, 2026 – The United States and Belize held their first border security dialogue in Belmopan on September 1. Deputy Assistant Secretary Carla M. Whitfield led the U.S. delegation.'
    expect(parties(active)).toEqual([[['Carla M. Whitfield', ['representative']]]])
    const passive = 'WASHINGTON, September 3, 2026 – The United States and Belize held their first border security dialogue in Belmopan on September 1. The U.S. delegation was led by Deputy Assistant Secretary Carla M. Whitfield.'
    expect(parties(passive)).toEqual([[['Carla M. Whitfield', ['representative']]]])
  })
})

describe('who paid for a handover', () => {
  const parties = (text: string) => pipeline(text).events.filter((e) => e.type === 'donation').map((e) => e.participants.map((p) => [p.id, p.roles]))
  test('"funded by X" in the next sentence makes X the handover’s donor; a programme it went through takes no part', () => {
    const text = [
      'Customs receives container scanner',
      'February 5, 2026',
      '',
      'BASSETERRE, St. Kitts – The United States handed over a container scanner to the Customs and Excise Department of St. Kitts and Nevis on Wednesday at the Basseterre port.',
      '',
      'The scanner, funded by the Drug Enforcement Administration through the Caribbean Basin Security Initiative, includes two drive-through units.',
    ].join('\n')
    const [donation] = parties(text)
    expect(donation).toContainEqual(['org:us-dea', ['donor']])
    expect(donation?.map(([id]) => id)).not.toContain('org:us-cbsi')
  })
})

describe('series ids and events nothing identifies', () => {
  const events = (text: string) => pipeline(text).events.map((e) => [e.eventId, e.series?.id ?? null, e.series?.edition ?? null])
  test('a series defined with its acronym has the id other reports give it by the acronym', () => {
    const full = events('BELIZE CITY, October 15, 2026 – The Seventh Meeting of the Belize–Mexico High-Level Border Security Group (GANSEF) was held in Belize City on Wednesday.')
    const short = events('CHETUMAL, May 21, 2026 – Both delegations agreed that the Seventh Meeting of GANSEF will be held in Belize in July.')
    expect(full[0]?.slice(1)).toEqual(['series:meeting-of-gansef', '7'])
    expect(short[0]?.[0]).toBe(full[0]?.[0])
  })
  test('"… Dialogue on Tuesday": the day is no part of the series name', () => {
    const e = events('BELMOPAN, February 8, 2024 – The Fourth Belize–United States Bilateral Security Dialogue opened on Tuesday.')
    expect(e.map(([, id]) => id)).not.toContain('series:belize-united-states-bilateral-security-dialogue-on-tuesday')
  })
  test('"… of Lake Titicaca on May 13 and 14": a month after the name\'s last "on" is when, so the dates are the event\'s', () => {
    const doc = pipeline('PUNO, May 15, 2026 – The two navies held the 11th Binational Meeting of Naval Commanders of Lake Titicaca on May 13 and 14 at the naval station in Puno.')
    const meeting = doc.events.find((x) => x.series?.edition === '11')
    expect([meeting?.name, meeting?.start, meeting?.end]).toEqual(['11th Binational Meeting of Naval Commanders of Lake Titicaca', '2026-05-13', '2026-05-14'])
  })
})

describe('"a visiting team"', () => {
  test('a visiting team is the visitor of the place the report is about, not a visit hosted by its own country', () => {
    const text = [
      'Regiment sharpens skills with Coast Guard trainers',
      'November 9, 2026',
      '',
      'Soldiers of the Royal Bermuda Regiment spent last week on the water with a visiting U.S. Coast Guard mobile training team at Warwick Camp, Bermuda, working on boarding procedures.',
    ].join('\n')
    const events = pipeline(text).events
    expect(events.filter((e) => e.type === 'visit' && e.location?.country === 'USA')).toEqual([])
  })
})

describe('what happened "since …"', () => {
  test('a storm and a fire told after "since" in a perfect-tense sentence are events of their own', () => {
    const text = [
      'Agreement signed for Barbuda station',
      'November 12, 2026',
      '',
      "ST. JOHN'S, Antigua – The two governments signed an agreement on Wednesday. Barbuda has been without a permanent Coast Guard presence since Hurricane Irma destroyed the old post at Codrington in September 2017.",
      '',
      'The base at Cap-Haïtien, which had been out of service since a fire gutted its offices in August 2023, reopened last month.',
    ].join('\n')
    const starts = pipeline(text).events.filter((e) => e.type === 'other').map((e) => e.start)
    expect(starts).toEqual(expect.arrayContaining(['2017-09', '2023-08']))
  })
})

describe('where donated goods go', () => {
  test('"handed over a new centre to …": a donation; a place only a sentence after it names does not move it from its recipient\'s country', () => {
    const text = [
      'Centre handed over',
      'November 18, 2026',
      '',
      'The United States on Tuesday handed over a new emergency operations centre to the Jamaica Defence Force, completing a US$1.35 million project funded through U.S. Southern Command. The centre is built to withstand a hurricane and has a direct link to the regional coordination centre of the Caribbean Disaster Emergency Management Agency (CDEMA) in Barbados.',
    ].join('\n')
    const e = pipeline(text).events.map((x) => [x.type, x.start, x.location?.country ?? null])
    expect(e).toEqual([['donation', '2026-11-17', 'JAM']])
  })
})
