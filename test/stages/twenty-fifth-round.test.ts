/**
 * Twenty-fifth round (issues 3, 5 and 6: pages, entities and events). Sentences and pages are
 * written for the rules; none is copied from a fixture.
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

describe('ceremonies and the courses they close, twenty-fifth round', () => {
  test('"received their boat handling certificates on Tuesday": a certificate presentation is an event of its own', () => {
    const doc = pipeline(
      lines(
        'KINGSTOWN, St. Vincent and the Grenadines – Twelve members of the Coast Guard Service received their boat handling certificates on Tuesday at the end of a three-week course taught by Royal Navy instructors.',
      ),
    )
    expect(placed(doc).some((e) => e.startsWith('other 2026-11-10'))).toBe(true)
  })
  test('"received diplomas on Friday after a course": the presentation, on its day', () => {
    const doc = pipeline(lines('Eighteen customs officers received diplomas on Friday after a ten-day course in cargo profiling at the Port of Spain waterfront.'))
    expect(placed(doc).some((e) => e.startsWith('other 2026-11-06'))).toBe(true)
  })
  test('"ends on Friday with the presentation of certificates": the presentation that day', () => {
    const doc = pipeline(
      lines(
        'A two-week course in document fraud opened on Monday at the immigration headquarters in Bridgetown.',
        'The course ends on Friday (November 13) with the presentation of certificates.',
      ),
    )
    expect(placed(doc).some((e) => e.startsWith('other 2026-11-13'))).toBe(true)
  })
  test('"graduated on Friday from the sixth X Course, which ran at Y from A to B": the graduation on its day, the course on its dates and at its place', () => {
    const doc = pipeline(
      lines(
        'Thirty officers from nine regional forces graduated on Friday from the sixth Regional Junior Staff Course, which ran at Up Park Camp from September 14 to November 6.',
      ),
    )
    const out = placed(doc)
    expect(out.some((e) => e.startsWith('other 2026-11-06'))).toBe(true)
    expect(out).toContain('training 2026-09-14/2026-11-06 JAM')
  })
})

describe('place names, twenty-fifth round', () => {
  const places = (doc: ReturnType<typeof pipeline>) => doc.places.map((p) => `${p.name} ${p.kind} ${p.country ?? '-'}`)
  test('"Owia, Chateaubelair and Sandy Bay": in a list, "and" joins two places; the place word names the last only', () => {
    const doc = pipeline(lines('About 200 residents of Owia, Chateaubelair and Sandy Bay took part in the evacuation drill on Saturday.'))
    const names = doc.places.map((p) => p.name)
    expect(names).toContain('Sandy Bay')
    expect(names.some((n) => n.includes(' and '))).toBe(false)
  })
  test('"the communities of Corinth and Marigot Road": the same after a plural place noun and "of"', () => {
    const doc = pipeline(lines('Volunteers moved residents of the communities of Corinth and Marigot Road to the shelter on Friday.'))
    expect(doc.places.map((p) => p.name)).toContain('Marigot Road')
    expect(doc.places.some((p) => p.name.includes(' and '))).toBe(false)
  })
  test('"at Jolly\'s Beach": a possessive inside a place name before its place word', () => {
    const doc = pipeline(lines('Police divers and marine officers trained with the coast guard at Jolly’s Beach on Tuesday, ahead of the busy holiday season.'))
    expect(doc.places.map((p) => p.name)).toContain('Jolly’s Beach')
  })
  test('"the Val-de-Cans Naval Base": a hyphenated connector inside a facility name', () => {
    const doc = pipeline(lines('The Surinamese delegation toured the Val-de-Cans Naval Base in Belém on Wednesday and met the commander of the river flotilla.'))
    expect(doc.places.map((p) => p.name)).toContain('Val-de-Cans Naval Base')
  })
  test('"in Liberia, Guanacaste province": a country\'s name before a region of another country is that country\'s town', () => {
    const doc = pipeline(lines('Army medics will work in Costa Rica again in February, when a readiness exercise opens in Liberia, Guanacaste province.'))
    expect(places(doc)).toContain('Liberia city CRI')
    expect(places(doc).filter((p) => p.includes(' country '))).not.toContain('Liberia country LBR')
  })
})

describe('cleaning, twenty-fifth round', () => {
  const story = [
    'PORT OF SPAIN – The Trinidad and Tobago Coast Guard opened a radar station at Galera Point on Wednesday, the second of four stations planned along the north coast to watch the approaches from the Gulf of Paria and the Atlantic.',
    'The station was built by the Ministry of National Security with funds from the 2025 budget and will be staffed by twelve coast guard technicians working in shifts around the clock.',
    'The commanding officer said the radar would give crews in Toco an hour more warning of fast boats leaving the Venezuelan coast at night, and that the next station would open at Charlotteville.',
  ]
  test('an <h2> headline above the story, on a page whose <title> is only the site name', () => {
    const html = `<!DOCTYPE html><html><head><title>Northern Coast Herald</title><meta property="og:site_name" content="Northern Coast Herald"></head><body>
<header><div class="masthead">Northern Coast Herald</div><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><div class="section-label">Security</div><h2 class="headline">Coast guard opens radar station at Galera Point</h2>
<div class="byline">Staff reporter · <time datetime="2026-11-11T09:00">November 11, 2026</time></div>
<div class="story">${story.map((p) => `<p>${p}</p>`).join('\n')}</div></main></body></html>`
    const doc = run('page.html', html)
    expect(doc.meta.title).toBe('Coast guard opens radar station at Galera Point')
  })
  test('a text dump with a section name, the headline, a longer deck and the byline: the headline is the line over the deck', () => {
    const dump = [
      'NORTHERN COAST HERALD',
      'Menu: Home | News | Crime & Security | Sport',
      'Crime & Security',
      'Coast guard opens radar station at Galera Point',
      'Second of four north coast stations gives Toco crews an hour more warning, officers say',
      'By Anil Ramdass',
      'Nov 11, 2026 · 09:00',
      ...story,
    ].join('\n\n')
    const doc = run('page.txt', dump)
    expect(doc.meta.title).toBe('Coast guard opens radar station at Galera Point')
  })
  test('a letterhead, its address and a reference number over "READOUT: headline"', () => {
    const dump = [
      'GOVERNMENT OF THE REPUBLIC OF TRINIDAD AND TOBAGO',
      'Ministry of National Security',
      'Temple Court, 31-33 Abercromby Street, Port of Spain | www.nationalsecurity.gov.tt',
      'OFFICIAL READOUT',
      'Date: 11 November 2026',
      'Ref: MNS/PR/2026/114',
      'READOUT: Minister Opens Galera Point Radar Station',
      'Attributed to the Ministry spokesperson:',
      ...story,
    ].join('\n\n')
    const doc = run('page.txt', dump)
    expect(doc.meta.title).toBe('READOUT: Minister Opens Galera Point Radar Station')
  })
  test('a "Most Read" list between two paragraphs of a text dump goes, heading and items', () => {
    const dump = [
      'Coast guard opens radar station at Galera Point',
      'November 11, 2026',
      story[0],
      'MOST READ',
      '1. Water taxis return to the Port of Spain ferry terminal',
      '2. Carnival bands register for next season',
      story[1],
      story[2],
    ].join('\n\n')
    const doc = run('page.txt', dump)
    expect(doc.text).not.toContain('Water taxis')
    expect(doc.text).not.toContain('Carnival bands')
    expect(doc.text).toContain('twelve coast guard technicians')
  })
  test('a "most read" box inside the story of an HTML page goes, and so does a gallery link', () => {
    const html = `<!DOCTYPE html><html><head><title>Coast guard opens radar station at Galera Point | Northern Coast Herald</title></head><body>
<article><h1>Coast guard opens radar station at Galera Point</h1><time datetime="2026-11-11">November 11, 2026</time>
<p>${story[0]}</p><div class="most-read-box"><h4>Most Read</h4><ol><li>Water taxis return to the Port of Spain ferry terminal</li><li>Carnival bands register for next season</li></ol></div>
<p>${story[1]}</p><p>(Click here to view more photos of the opening.)</p><p>${story[2]}</p></article></body></html>`
    const doc = run('page.html', html)
    expect(doc.text).not.toContain('Water taxis')
    expect(doc.text).not.toContain('Click here')
    expect(doc.text).toContain('Charlotteville')
  })
})

describe('dates, twenty-fifth round', () => {
  const dated = (doc: ReturnType<typeof pipeline>) => doc.dates.map((d) => `${d.text} ${d.value.start}..${d.value.end}`)
  test('"the first week of December", "the last week of November": the calendar week with most of its days in the month', () => {
    const doc = pipeline(
      lines(
        'The coast guard will hold its boarding drills in the first week of December and review them with the police in the last week of November, after the joint patrols of the last week of October.',
      ),
    )
    expect(dated(doc)).toEqual(
      expect.arrayContaining([
        'the first week of December 2026-11-30..2026-12-06',
        'the last week of November 2026-11-23..2026-11-29',
        'the last week of October 2026-10-26..2026-11-01',
      ]),
    )
  })
})

describe('event types, twenty-fifth round', () => {
  test('a medical readiness training exercise (MEDRETE) is an exercise', () => {
    const doc = pipeline(
      lines('Army medics and Guyana Defence Force nurses began a two-week Medical Readiness Training Exercise (MEDRETE) at the Lethem regional hospital on Monday, treating patients from nearby villages.'),
    )
    expect(doc.events.map((e) => e.type)).toContain('exercise')
    expect(doc.events.map((e) => e.type)).not.toContain('training')
  })
})
