/**
 * Sixteenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'

const context = createContext()
const pipeline = (text: string) => runPipeline(createDocument({ path: 'release.txt', bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (...body: string[]): string => ['Border talks close in Roseau', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')

describe('waters between two lands', () => {
  test('a channel or passage named after one island belongs to no one country', () => {
    const doc = pipeline(lines('Officers of the two forces reviewed the joint patrols carried out in the Martinique Passage and the Guadeloupe Channel in October.'))
    for (const name of ['Martinique Passage', 'Guadeloupe Channel']) {
      const place = doc.places.find((p) => p.name === name)
      expect(place?.kind).toBe('region')
      expect(place?.country).toBeNull()
    }
  })
  test('an island named after its country stays in it', () => {
    const doc = pipeline(lines('The joint patrols will also cover the waters around Carriacou Island, officials of the two forces said.'))
    expect(doc.places.find((p) => p.name === 'Carriacou Island')?.country).toBe('GRD')
  })
  test('the Gulf of Paria lies between Trinidad and Venezuela', () => {
    const doc = pipeline(lines('The Trinidad and Tobago Coast Guard stepped up patrols in the Gulf of Paria last week.'))
    expect(doc.places.find((p) => p.name === 'Gulf of Paria')?.country).toBeNull()
  })
})

test('"Lima, 17.11.2026" in a Spanish "fecha" element dates the page', () => {
  const page = `<html><head><title>Navy | News</title></head><body><div class="nota"><h3 class="titulo-nota">Navy closes river campaign</h3><p class="fecha-nota">Lima, 17.11.2026</p><div class="compartir"><a href="#">Compartir</a></div><div class="texto-nota"><p>The Navy closed its fourth river campaign on Saturday with a ceremony at the riverfront, after five weeks of medical and civil registry services along the border.</p><p>The next campaign leaves in February.</p></div></div></body></html>`
  expect(cleanHtmlDocument(page, null).meta.published).toBe('2026-11-17')
})

describe('a text dump with a long menu, a byline with an initial and a highlights box', () => {
  const menu = ['Ministry of National Security', 'Skip to main content', 'Search', 'HOME', 'NEWS', '  Latest News', '  Features', '  Press Releases', 'GOVERNMENT', '  Ministries', '  Agencies', 'RADIO', 'TV', 'GALLERY', 'FAQ']
  const story = [
    'Home / News / Security',
    'Coast Guard Opens New Radar Station at Morant Point',
    'By: Andrea K. Brown-Fuller, Reporter, November 6, 2026',
    'Photo: Contributed',
    'Coast guard officers at the new radar station on Wednesday.',
    'Story Highlights',
    'The station watches the Windward Passage approaches.',
    'It was built in eight months.',
    '',
    'The Jamaica Defence Force Coast Guard opened a coastal radar station at Morant Point in St. Thomas on Wednesday, giving the force a view of the eastern approaches for the first time.',
    '',
    'The station was built with funding from the Government of Jamaica and will be staffed around the clock by twelve ratings.',
  ]
  test('finds the headline under the menu, the date in the byline and the story after the box', () => {
    const doc = pipeline([...menu, ...story].join('\n'))
    expect(doc.meta.title).toBe('Coast Guard Opens New Radar Station at Morant Point')
    expect(doc.meta.published).toBe('2026-11-06')
    expect(doc.text.startsWith('The Jamaica Defence Force Coast Guard opened')).toBe(true)
  })
})

test('a two-section trail ("Local › St. Elizabeth") over a dump’s headline is no headline', () => {
  const doc = pipeline(['SOUTH COAST HERALD', 'Friday, November 20, 2026', 'HOME', 'LOCAL', 'SPORTS', 'Local › St. Elizabeth', 'Police open marine post at Treasure Beach as fishermen report more night landings along the coast', 'By Marcia Grant-Lewis, Herald Correspondent', 'Posted on November 20, 2026 at 8:15 am', 'Share on Facebook   Share on X', 'TREASURE BEACH – The Jamaica Constabulary Force opened a marine police post at Treasure Beach in St. Elizabeth on Thursday, the first on that stretch of the south coast.', 'Two boats will be based there.'].join('\n'))
  expect(doc.meta.title).toBe('Police open marine post at Treasure Beach as fishermen report more night landings along the coast')
})

describe('the microdata headline', () => {
  const page = (extra: string) =>
    `<html><head><title>Guyana Defence Force</title></head><body><div class="topbar">Ministry of Home Affairs | Coast Guard | Air Corps | Reserves</div><header><h1 class="site-title">GUYANA DEFENCE FORCE</h1><p>Ever Ready</p></header><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About Us</a></li><li><a href="/media">Media Centre</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li><li><a href="/recruit">Recruitment</a></li><li><a href="/tenders">Tenders</a></li><li><a href="/gallery">Gallery</a></li></ul></nav><ul class="breadcrumb"><li>You are here: </li><li><a href="/">Home</a></li><li><a href="/media">Media Centre</a></li><li>Press Releases</li></ul><div class="item-page"><div class="page-header"><h2 itemprop="headline">Jungle Warfare Course Ends at Tacama With Twelve New Instructors</h2></div>${extra}<dl class="article-info"><dd class="published">Published: 20 November 2026</dd><dd class="hits">Hits: 97</dd></dl><div itemprop="articleBody"><p><strong>PRESS RELEASE</strong></p><p>Twelve officers and ranks completed the jungle warfare instructors course at Tacama Battle School on Friday after six weeks in the field.</p><p>The next course opens in March.</p><p>- END -</p></div></div><div class="moduletable"><h3>Latest Releases</h3><ul><li>Coast Guard Rescues Two Fishermen off Mahaica</li><li>Air Corps Marks Safety Day</li></ul></div><footer><p>Copyright © 2026 Guyana Defence Force. All Rights Reserved.</p></footer></body></html>`
  test('is the title under a site-name <h1>', () => {
    const meta = cleanHtmlDocument(page(''), null).meta
    expect(meta.title).toBe('Jungle Warfare Course Ends at Tacama With Twelve New Instructors')
    expect(meta.evidence.title).toBe('itemprop-headline')
  })
  test('is not trusted when several elements claim it', () => {
    const other = '<div class="teaser"><h3 itemprop="headline">Army Band Plays at Independence Parade</h3></div>'
    expect(cleanHtmlDocument(page(other), null).meta.title).not.toBe('Army Band Plays at Independence Parade')
  })
})

test('a second tranche planned for later is a scheduled donation of its own', () => {
  const doc = pipeline(lines('The United States Embassy handed over six patrol boats to the Dominica Coast Guard in Roseau on Tuesday.', 'A second tranche, including night vision goggles and radios, is planned for the first half of next year.'))
  const later = doc.events.find((e) => e.start === '2027-01')
  expect(later?.type).toBe('donation')
  expect(later?.status).toBe('scheduled')
})

test('an abbreviated month and its day after a town ("in Vieux Fort Sept. 14") end the town’s name', () => {
  const doc = pipeline(lines('The Seabees of the detachment arrived in Saint Lucia to rebuild the fire station.', 'The detachment landed at Hewanorra International Airport in Vieux Fort Sept. 14 and worked on the station through Nov. 6.'))
  expect(doc.places.map((p) => p.name)).toContain('Vieux Fort')
  expect(doc.places.some((p) => p.name.includes('Sept'))).toBe(false)
})
