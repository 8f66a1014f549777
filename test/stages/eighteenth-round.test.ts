/**
 * Eighteenth round (issues 3, 5 and 6). Sentences and pages are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'
import { bylinePerson, detectKind } from '../../src/stages/clean/kind.js'
import { copyrightHolder } from '../../src/stages/clean/publisher.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const dateOf = (doc: ReturnType<typeof pipeline>, text: string) => doc.dates.find((d) => d.text === text)

describe('a minister’s portfolio is no organization', () => {
  test('"Suriname’s Minister of Justice and Police, X": the portfolio stays in the title, the state is the affiliation', () => {
    const doc = pipeline(lines('The delegations met for two days of talks on border security. Suriname’s Minister of Justice and Police, Ricardo Van Dijk, headed his country’s team at the talks.'))
    const person = doc.people.find((p) => p.name === 'Ricardo Van Dijk')
    expect(person?.title).toBe('Minister of Justice and Police')
    expect(person?.affiliation).toBe('Suriname')
    expect(doc.organizations.some((o) => o.name === 'Justice and Police')).toBe(false)
  })
  test('"Vice Minister of Internal Order and Police": the same', () => {
    const doc = pipeline(lines('The meeting was chaired by Bolivia’s Vice Minister of Internal Order and Police, Marcelo Quispe Mamani, and Chile’s Undersecretary of Public Security, Tomás Echeverría Lagos.'))
    expect(doc.people.find((p) => p.name === 'Marcelo Quispe Mamani')?.affiliation).toBe('Bolivia')
    expect(doc.organizations.some((o) => o.name.includes('Internal Order'))).toBe(false)
  })
  test('a body named after a minister’s "and … of" is still one ("Minister for Disaster Management and Chair of the CDEMA Council")', () => {
    const doc = pipeline(lines('The agreement was witnessed by Gregory Auguste, Saint Lucia’s Minister for Disaster Management and Chair of the CDEMA Council, at the signing in Bridgetown.'))
    expect(doc.organizations.some((o) => o.name === 'CDEMA Council')).toBe(true)
  })
})

describe('news pages’ heads', () => {
  const gazette = (extra: string[]) =>
    [
      'WINDWARD TIMES',
      'Home | News | Politics | Business | Sports',
      'News',
      'Police get six drones from Taiwan',
      ...extra,
      'November 5, 2026 at 6:15 am',
      'Share',
      'Like',
      'ADVERTISEMENT - Shop local at the Heritage Square market this Saturday',
      'The Royal St Vincent and the Grenadines Police Force now has a drone unit after the Taiwanese embassy handed over six drones at Police Headquarters on Tuesday.',
      '',
      'The unit will fly its first patrols over the Marriaqua valley later this month, the Commissioner of Police said.',
      'Copyright 2026 Windward Times Ltd. Designed by a web studio',
    ].join('\n')
  test('a lower-case byline under the headline is not part of it, and share and ad lines are no story', () => {
    const doc = pipeline(gazette(['by Staff Reporter']))
    expect(doc.meta.title).toBe('Police get six drones from Taiwan')
    expect(doc.text.startsWith('The Royal St Vincent')).toBe(true)
  })
  test('"<Outlet> Staff Writer" under the headline is a byline, not the headline', () => {
    const doc = pipeline(gazette(['Windward Times Staff Writer']))
    expect(doc.meta.title).toBe('Police get six drones from Taiwan')
  })
  test('the copyright holder’s legal form is no part of the publisher’s name', () => {
    expect(copyrightHolder('Copyright 2026 Windward Gazette Ltd. Designed by IslandWeb')).toBe('Windward Gazette')
    expect(copyrightHolder('© 2026 Punda Post N.V., Pietermaai 47, Willemstad')).toBe('Punda Post')
  })
  test('a headline over a deck one word longer is still the headline', () => {
    const doc = pipeline(
      [
        'Santa Cruz news in English',
        'Security',
        'Anti-drug police get new scanners for the cargo terminal at the airport',
        'Minister says the airport unit will screen every flight to Europe by the end of November',
        'By Carla Suárez',
        'Published Oct 16, 2026 - 7:42 a.m.',
        'The anti-drug force’s airport unit now has two X-ray scanners, donated by the United States. (Santa Cruz Herald / Diego Rojas)',
        'Anti-drug police at the international airport have two new X-ray scanners and ten handheld drug analyzers, handed over on Wednesday.',
        '',
        'The minister said every passenger flight to Europe would be screened.',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('Anti-drug police get new scanners for the cargo terminal at the airport')
    expect(doc.text.startsWith('Anti-drug police at the international airport')).toBe(true)
  })
  test('"Updated 10:12 am" under the date is chrome', () => {
    const doc = pipeline(
      [
        'ISLAND RECORD',
        'Grenada and the Grenadines',
        'Thursday, October 15, 2026',
        'Home',
        'Local',
        'Sports',
        'Search',
        'TRENDING: Budget debate set for December | Carnival dates announced | Water outages in the south',
        'Home » Carriacou',
        'Radar now watching the southern waters',
        'By Kerlyn Bartholomew',
        'Published October 15, 2026',
        'Updated 10:12 am',
        'Share on Facebook',
        'Tweet',
        'A radar station funded by Canada was commissioned on Tuesday at Belair, where it will watch the waters between the islands.',
        '',
        'The coast guard will staff the station around the clock.',
      ].join('\n'),
    )
    expect(doc.text.startsWith('A radar station')).toBe(true)
  })
})

test('an office’s name over its address line is a letterhead: the title is the one under the date, and the label above the date gives the kind', () => {
  const doc = pipeline(
    [
      'U.S. Embassy in Uruguay',
      'Home | Visas | Embassy | News & Events',
      'U.S. EMBASSY MONTEVIDEO',
      'Office of Public Affairs',
      'Lauro Müller 1776, Montevideo | Tel. (598) 1770-2000',
      'FACT SHEET',
      'November 5, 2026',
      'Security Cooperation With Uruguay in 2026',
      'The United States and Uruguay share a commitment to democratic institutions and to international peace, and work together at sea and at the borders.',
      '- In July, the United States handed over a coastal radar to the Uruguayan Navy at La Paloma.',
    ].join('\n'),
  )
  expect(doc.meta.title).toBe('Security Cooperation With Uruguay in 2026')
  expect(doc.meta.kind).toBe('fact_sheet')
})

test('a lead paragraph opening with the dateline above the article’s text box is the story’s start', () => {
  const page = `<!DOCTYPE html><html><head><title>Ministers meet | Government</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><div class="newsitem"><h1>Justice ministers meet in Oranjestad</h1>
<div class="intro"><p>ORANJESTAD – Coast guard resources and the exchange of passenger data were at the top of the agenda when the justice ministers of the four countries met in Aruba on Wednesday.</p></div>
<div class="photo"><img src="/a.jpg" alt=""><p class="caption">The four delegations on Wednesday morning.</p></div>
<div class="text">
<p>The minister of justice chaired the meeting at the cultural centre in Oranjestad, with her three counterparts beside her and their police chiefs behind them.</p>
<p>On Wednesday the four ministers signed a protocol on the exchange of advance passenger information between their border services, to start next year.</p>
<p>The ministers also discussed the capacity of the coast guard, which the four countries fund together, and the delivery of three new patrol boats.</p>
</div></div></main><footer>© 2026 Government</footer></body></html>`
  const res = cleanHtmlDocument(page, null)
  expect(res.paragraphs[0]?.startsWith('ORANJESTAD – Coast guard resources')).toBe(true)
  expect(res.meta.dateline).toBe('ORANJESTAD')
})

describe('the kind from the byline', () => {
  test('a ranked author is a person whatever unit follows the name', () => {
    expect(bylinePerson('Story by Sgt. Alyssa K. Moreno U.S. Army South')).toBe(true)
    expect(bylinePerson('By U.S. Embassy Bridgetown')).toBe(false)
  })
  test('a government information service’s story is news', () => {
    const kind = detectKind({ title: 'Recruits pass out', labels: [], head: '', byline: 'by Government Information Unit', siteKind: null, publisher: 'organization' })
    expect(kind.kind).toBe('news')
  })
})

describe('dates', () => {
  test('"between June 22 and Sept. 3" is one range', () => {
    const doc = pipeline(lines('About 60 soldiers rotated through the site between June 22 and Sept. 3, working alongside Peruvian engineers on the shelter.'))
    const d = dateOf(doc, 'June 22 and Sept. 3')
    expect([d?.value.start, d?.value.end]).toEqual(['2026-06-22', '2026-09-03'])
  })
  test('"on May 3 and May 17" stay two days', () => {
    const doc = pipeline(lines('The coast guard held two drills on May 3 and May 17 at the station in the south of the island.'))
    expect(doc.dates.filter((d) => d.value.start === '2026-05-03' || d.value.start === '2026-05-17')).toHaveLength(2)
  })
  test('"the 2027-28 financial year" runs April to March', () => {
    const doc = pipeline(lines('The minister said a second outpost, on Morant Cays, would be built in the 2027-28 financial year with funds from the budget.'))
    const d = doc.dates.find((x) => x.text.includes('2027-28'))
    expect([d?.value.start, d?.value.end]).toEqual(['2027-04', '2028-03'])
  })
})

describe('dates, second part', () => {
  test('"the first three months of next year" is January to March of next year', () => {
    const doc = pipeline(lines('A second set of scanners will go to the airport at El Alto in the first three months of next year, the embassy said.'))
    const d = doc.dates.find((x) => x.text === 'the first three months of next year')
    expect([d?.value.start, d?.value.end]).toEqual(['2027-01', '2027-03'])
  })
  test('"before the rainy season begins in December": the scheduling verb points ahead', () => {
    const doc = pipeline(
      lines('The director said the shelter would be managed with the National Civil Defense Institute (INDECI) and added to the regional emergency plan before the rainy season begins in December.').replace(
        'November 12, 2026',
        'September 10, 2026',
      ),
    )
    expect(dateOf(doc, 'December')?.value.start).toBe('2026-12')
  })
  test('"was expected in March" points ahead', () => {
    const doc = pipeline(lines('The commissioner said a second vessel, a smaller boat for inshore work around the cays, was expected in March.'))
    expect(dateOf(doc, 'March')?.value.start).toBe('2027-03')
  })
  test('"traveled to Mexico City on Monday to meet …": the trip is past, its purpose does not make it future', () => {
    const doc = pipeline(lines('The general traveled to Mexico City on Monday to meet the leaders of the Mexican armed forces and discuss border security.'))
    expect(dateOf(doc, 'Monday')?.value.start).toBe('2026-11-09')
  })
})

describe('events, eighteenth round', () => {
  test('"traveled to Mexico City Sept. 21-23 for talks with …" is a visit on those days, not talks on the day of publication', () => {
    const doc = pipeline(lines('Gen. Douglas R. Kessler traveled to Mexico City Sept. 21-23 for talks with the leaders of the Mexican armed forces on border security and trade.'))
    const visit = doc.events.find((e) => e.type === 'visit')
    expect([visit?.start, visit?.end, visit?.location?.country]).toEqual(['2026-09-21', '2026-09-23', 'MEX'])
    expect(doc.events.some((e) => e.type === 'meeting')).toBe(false)
  })
  test('a person "received at … by" a minister is a meeting, not a donation', () => {
    const doc = pipeline(lines('On Tuesday, the general was received at the defence ministry in Lomas de Sotelo by Secretary of National Defense Gen. Ramón Villaseñor Ruiz. The two leaders discussed border security.'))
    expect(doc.events.some((e) => e.type === 'donation')).toBe(false)
    const meeting = doc.events.find((e) => e.type === 'meeting')
    expect(meeting?.participants.find((p) => p.name === 'Ramón Villaseñor Ruiz')?.roles).toContain('host')
  })
  test('a storm the text places nowhere, in a statement about one country, happened there', () => {
    const doc = pipeline(
      lines(
        'Tropical Storm Josephine brought landslides and flooding on Thursday and Friday, the Prime Minister of Dominica said in a statement.',
        'The Regional Security System sent a team of 40 engineers and medics, who arrived at Douglas-Charles Airport in Dominica on Saturday.',
      ),
    )
    const storm = doc.events.find((e) => e.type === 'other')
    expect(storm?.location?.country).toBe('DMA')
  })
})

describe('organizations and places, eighteenth round', () => {
  test('"60 Soldiers of the 926th Engineer Brigade": the unit, without the count and the noun', () => {
    const doc = pipeline(lines('About 60 Soldiers of the 926th Engineer Brigade rotated through the site in two-week shifts, working alongside Peruvian combat engineers.'))
    expect(doc.organizations.map((o) => o.name)).toContain('926th Engineer Brigade')
  })
  test('Spanish bodies named with their seat, and "de los Estados Unidos"', () => {
    const doc = pipeline(lines('El curso fue dictado en la Estación de Guardacostas de Tumaco, con apoyo de la Embajada de los Estados Unidos en Bogotá y de la Capitanía de Puerto de Tumaco, informó la Armada de Colombia.'))
    const names = doc.organizations.map((o) => o.name)
    expect(names).toEqual(expect.arrayContaining(['Estación de Guardacostas de Tumaco', 'Embajada de los Estados Unidos en Bogotá', 'Capitanía de Puerto de Tumaco']))
  })
  test('Spanish geographic names opened by a lower-case noun ("la bahía de Tumaco", "el río Mira")', () => {
    const doc = pipeline(lines('Los alumnos practicaron en la bahía de Tumaco, cerca de la isla del Gallo y en la desembocadura del río Mira, informó la Armada de Colombia el viernes.'))
    const names = doc.places.map((p) => p.name)
    expect(names).toEqual(expect.arrayContaining(['bahía de Tumaco', 'isla del Gallo', 'río Mira']))
    expect(doc.places.find((p) => p.name === 'bahía de Tumaco')?.country).toBe('COL')
  })
  test('"the Charlestown waterfront": a small town qualifying its waterfront is mentioned', () => {
    const doc = pipeline(lines('In St Kitts and Nevis, the storm damaged roofs, and a section of the Charlestown waterfront was undermined by the sea, the ministry said on Monday.'))
    expect(doc.places.find((p) => p.name === 'Charlestown')?.country).toBe('KNA')
  })
})

describe('eighteenth round, third part', () => {
  test('"a two-day Four-Party Justice Consultation": a consultation is a meeting', () => {
    const doc = pipeline(lines('The justice ministers of Curaçao, Aruba and the Netherlands agreed on Friday to draw up a plan to share prison cells, at the end of a two-day Four-Party Justice Consultation at the World Trade Center in Willemstad.'))
    expect(doc.events.some((e) => e.type === 'meeting')).toBe(true)
  })
  test('a caption with parentheses ending in "(C. Pitt/BGIS)" is chrome', () => {
    const doc = pipeline(
      [
        'Barbados Government Information Service',
        'BDF receives field hospital',
        'November 10, 2026',
        'Minister of Home Affairs Darcelle Inniss (centre), with officers of the force at the handover. (C. Pitt/BGIS)',
        'The Barbados Defence Force is now equipped to treat casualties in the field after the United States handed over a field hospital on Monday.',
        '',
        'The hospital can treat 40 patients at a time, the force said.',
      ].join('\n'),
    )
    expect(doc.text.startsWith('The Barbados Defence Force')).toBe(true)
  })
})

test('"CDEMA team leader X", "RSS contingent commander X": the group the office leads belongs to the title', () => {
  const doc = pipeline(lines('The delegation arrived on Monday. CDEMA team leader Nadine R. Beaubrun said the assessment would take three days, and RSS contingent commander Andre L. Prescod said roads were open.'))
  expect(doc.people.find((p) => p.name === 'Nadine R. Beaubrun')?.title).toBe('CDEMA team leader')
  expect(doc.people.find((p) => p.name === 'Andre L. Prescod')?.title).toBe('RSS contingent commander')
})

test('Branch, Section, School, Administration, Squad, Cooperative and Prefecture end organizations’ names', () => {
  const doc = pipeline(
    lines(
      'Officers of the Police Marine Branch and the Central Drug Squad trained with instructors of the Damage Control School, the Narcotics Affairs Section and the Taiwan Coast Guard Administration, the Portland Fishers Cooperative said on Monday.',
    ),
  )
  const names = doc.organizations.map((o) => o.name)
  expect(names).toEqual(
    expect.arrayContaining(['Police Marine Branch', 'Central Drug Squad', 'Damage Control School', 'Narcotics Affairs Section', 'Taiwan Coast Guard Administration', 'Portland Fishers Cooperative']),
  )
})

test('Sound, Zone, Village, Complex, Dock and House end places’ names; "the Paraguaná peninsula" is one region', () => {
  const doc = pipeline(
    lines('The patrol left the South Dock at the Ministerial Complex, crossed the Great Sound and the Adjacency Zone, and reached Number 66 Village and the Paraguaná peninsula before Government House was told, the navy said on Monday.'),
  )
  const names = doc.places.map((p) => p.name)
  expect(names).toEqual(expect.arrayContaining(['South Dock', 'Ministerial Complex', 'Great Sound', 'Adjacency Zone', 'Number 66 Village', 'Paraguaná peninsula', 'Government House']))
})

test('"French Ambassador to the Eastern Caribbean Sophie Marchetti": the region the ambassador is posted to is a place', () => {
  const doc = pipeline(lines('The vessel was handed over at the Roseau ferry terminal on Thursday by French Ambassador to the Eastern Caribbean Sophie Marchetti, who travelled from Castries.'))
  expect(doc.places.map((p) => p.name)).toContain('Eastern Caribbean')
  expect(doc.people.find((p) => p.name === 'Sophie Marchetti')).toBeDefined()
})

describe('what is no event of its own', () => {
  test('"the meeting opened on Thursday", "X opened the sessions": the meeting, not a ceremony', () => {
    const doc = pipeline(lines('The fourth meeting of the joint committee opened on Thursday at the coast guard base. The deputy minister opened the sessions and told the officers that the border was safer.'))
    expect(doc.events.some((e) => e.type === 'other')).toBe(false)
  })
  test('"opened 31 virtual-asset cases" is no ceremony', () => {
    const doc = pipeline(lines('The head of the bureau said the branch had opened 31 virtual-asset cases this year, compared with nine in 2025, and would train more officers.'))
    expect(doc.events.some((e) => e.type === 'other')).toBe(false)
  })
  test('"the 2026 Hurricane Season" and a "Hurricane Preparedness Workshop" are no storms', () => {
    const doc = pipeline(lines('The 2026 Atlantic Hurricane Season began on Monday, and Southern Command will sponsor the second Dutch Caribbean Hurricane Preparedness Workshop in Philipsburg in September.'))
    expect(doc.events.some((e) => e.attestations[0]?.evidence.some((x) => x.rule === 'trigger:storm'))).toBe(false)
  })
})

test('seizures counted over a year are a tally, not an event; a dated seizure is one', () => {
  const doc = pipeline(lines('The commander said the Navy seized more than 9.4 tons of drugs in 2025. On November 3, the Navy seized 1,200 kilograms of cocaine from a go-fast boat off Barahona.'))
  const seizures = doc.events.filter((e) => e.type === 'other')
  expect(seizures.map((e) => e.start)).toEqual(['2026-11-03'])
})

test('a briefing inside a visit is part of it, not a meeting of its own', () => {
  const doc = pipeline(lines('The admiral visited the naval base at Las Calderas on Tuesday, where the commander of the Dominican Navy briefed her on patrols south of Isla Saona in August.'))
  expect(doc.events.filter((e) => e.type === 'meeting')).toHaveLength(0)
  expect(doc.events.some((e) => e.type === 'visit')).toBe(true)
})

describe('presenting a document is no handover', () => {
  test('"presented the review of the season", "findings will be presented to the Council"', () => {
    const doc = pipeline(
      lines(
        'The Executive Director of CDEMA presented the review of the current Atlantic hurricane season on Tuesday. The findings of the exercise will be presented to the Council of Representatives in March.',
      ),
    )
    expect(doc.events.some((e) => e.type === 'donation')).toBe(false)
  })
  test('"the vehicles were presented on Thursday" still is one', () => {
    const doc = pipeline(lines('The eight crime scene vehicles were presented on Thursday at the Freeport Police Station in Montego Bay by the British High Commissioner to the Jamaica Constabulary Force.'))
    expect(doc.events.some((e) => e.type === 'donation')).toBe(true)
  })
})
