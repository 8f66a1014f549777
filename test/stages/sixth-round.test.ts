/**
 * Sixth round: a speech or transcript names itself ("Remarks by …") and is of kind `other`;
 * a delivery is disaster relief when its clause or the release's headline is about a disaster,
 * not when the story only recalls the storm a new building replaces; a page's update date is
 * its date only when nothing else dates it; datelines with a weekday or a date between dashes.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { findDateline } from '../../src/stages/clean/byline.js'
import { cleanHtmlDocument } from '../../src/stages/clean/index.js'
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

describe('publication date: updates are a last resort', () => {
  const BODY =
    '<p>The Jamaica Defence Force Coast Guard received two patrol boats from the United States on Tuesday at a ceremony at HMJS Cagway in Port Royal.</p>' +
    '<p>The boats will support maritime security operations along the south coast, officials said at the handover ceremony.</p>'
  const page = (head: string, above: string, body = BODY) =>
    `<html><head><title>Coast Guard receives patrol boats | Jamaica Observer</title>${head}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
    `<main><article><h1>Coast Guard receives patrol boats</h1>${above}${body}</article>` +
    '<aside><h3>Latest News</h3><ul><li><a href="/a">Police seize guns</a> <span>August 10, 2026</span></li></ul></aside></main></body></html>'
  const published = (html: string) => cleanHtmlDocument(html, null).meta
  test('"Updated" above "First published" gives the first publication', () => {
    const m = published(page('', '<p class="updated">Updated August 15, 2026</p><p class="posted">First published August 14, 2026</p>'))
    expect(m.published).toBe('2026-08-14')
  })
  test('a meta line lists the update first', () => {
    expect(published(page('', '<p>Updated: Aug 15, 2026 | Published: Aug 14, 2026</p>')).published).toBe('2026-08-14')
  })
  test('an update date alone dates the page, marked as such', () => {
    const m = published(page('', '<p>Last updated August 15, 2026</p>'))
    expect(m.published).toBe('2026-08-15')
    expect(m.evidence['published']).toMatch(/updated/)
  })
  test('JSON-LD dateModified is read only when nothing else dates the page', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Coast Guard receives patrol boats","dateModified":"2026-08-15T10:00:00Z"}</script>'
    expect(published(page(ld, '')).published).toBe('2026-08-15')
    const dated = '<p>KINGSTON, Jamaica, Aug. 14, 2026 – The Jamaica Defence Force Coast Guard received two patrol boats on Tuesday at HMJS Cagway.</p><p>The boats will support maritime security operations along the south coast.</p>'
    expect(published(page(ld, '', dated)).published).toBe('2026-08-14')
  })
})

describe('datelines with dates in other places', () => {
  test('a weekday before the date', () => {
    expect(findDateline("St. George's, Grenada, Thursday 14th August 2026: The Coast Guard received boats.")).toMatchObject({ place: "St. George's, Grenada", date: '2026-08-14' })
    expect(findDateline('KINGSTON, Jamaica, Thursday, August 14, 2026 — The Coast Guard received boats.')).toMatchObject({ place: 'KINGSTON, Jamaica', date: '2026-08-14' })
  })
  test('a date between two dashes after the place', () => {
    const d = findDateline('Kingston, Jamaica — August 14, 2026 — The Coast Guard received boats.')
    expect(d).toMatchObject({ place: 'Kingston, Jamaica', date: '2026-08-14' })
    expect('Kingston, Jamaica — August 14, 2026 — The Coast Guard received boats.'.slice(d!.length)).toMatch(/^The Coast Guard/)
  })
})

describe('whole-page dumps and page furniture', () => {
  const dump = (between: string) =>
    [
      'Skip to main content', 'Jamaica Information Service', 'Home', 'News', 'Latest News',
      'Police seize guns in St Catherine', 'August 10, 2026', 'JDF recruits graduate', 'August 9, 2026', 'Search', 'News',
      'Coast Guard Receives Two Patrol Boats from US', ...between.split('\n').filter(Boolean),
      'KINGSTON, Jamaica (JIS): The Jamaica Defence Force Coast Guard received two patrol boats from the United States on Tuesday at a ceremony at HMJS Cagway in Port Royal.',
      'The boats, valued at US$2 million, will support maritime security operations along the south coast, officials said.',
      'Related Stories', 'JDF Coast Guard rescues fishermen', 'August 1, 2026', 'Copyright © 2026 Jamaica Information Service',
    ].join('\n')
  const clean = (text: string) => runPipeline(createDocument({ path: 'page.txt', bytes: new TextEncoder().encode(text) }), stages.slice(0, 2), context)
  test('a dated "Latest News" list above the article does not hide its headline and byline date', () => {
    const doc = clean(dump('By: Andrea Brown, August 14, 2026\nPhoto: JIS Photographer'))
    expect(doc.meta.title).toBe('Coast Guard Receives Two Patrol Boats from US')
    expect(doc.meta.published).toBe('2026-08-14')
    expect(doc.text.startsWith('KINGSTON, Jamaica (JIS): The Jamaica Defence Force')).toBe(true)
  })
  test('without a date line the listed stories lend the article neither title nor date', () => {
    const doc = clean(dump(''))
    expect(doc.meta.published).not.toBe('2026-08-09')
    expect(doc.meta.title).not.toBe('JDF recruits graduate')
  })
  test('a deck line between the date and the story leaves the headline a headline', () => {
    const text = [
      'Skip to content', 'The Chronicle', 'Home', 'News', 'Sports', 'Coast Guard Receives Two Patrol Boats from UK', 'November 14, 2025',
      'New vessels to boost maritime security', 'By Chronicle Staff',
      'The St Kitts and Nevis Defence Force Coast Guard received two patrol boats from the United Kingdom on Tuesday at a ceremony in Basseterre, officials said.',
      'The boats will support maritime security operations, officials said.',
    ].join('\n')
    const doc = clean(text)
    expect(doc.meta.title).toBe('Coast Guard Receives Two Patrol Boats from UK')
    expect(doc.meta.published).toBe('2025-11-14')
  })
  test('a press office line under the date is a byline; a "(Photo: …)" line is a caption', () => {
    const doc = clean(dump('14.08.2026\nJIS Public Relations Office\nThe new boats at HMJS Cagway on Tuesday. (Photo: Andrea Brown/JIS)'))
    expect(doc.meta.published).toBe('2026-08-14')
    expect(doc.text.startsWith('KINGSTON, Jamaica (JIS):')).toBe(true)
  })
  test('an "Issued by:" block closes the release and names its spokesperson', () => {
    const doc = clean(
      dump('August 14, 2026').replace('Related Stories', 'Issued by:\nInspector Shawn R. Carty\nPolice Public Relations Officer\nTel: (264) 497-2333'),
    )
    expect(doc.meta.spokesperson).toBe('Shawn R. Carty')
    expect(doc.text).not.toContain('Carty')
  })
  test('an italic paragraph right under an image paragraph is its caption', () => {
    const html =
      '<html><head><title>Meeting | Government of Anguilla</title></head><body><header><a class="brand" href="/"><img src="l.png" alt="Government of Anguilla"></a>' +
      '<div class="site-description">Government of Anguilla – Government Information Service</div></header><main><article><h2>Anguilla Hosts Border Meeting</h2>' +
      '<p><img src="a.jpg" alt=""></p><p><em>Heads of delegation pose for a group photograph at the close of the meeting.</em></p>' +
      '<p>Law enforcement agencies from Anguilla, Sint Maarten and Saint-Martin met in The Valley on Tuesday for the fifth Tri-Island Border Security Meeting.</p>' +
      '<p>They agreed to step up joint patrols of the channel that separates the three jurisdictions, officials said.</p><p><em>The next meeting will be held in March.</em></p></article></main></body></html>'
    const m = cleanHtmlDocument(html, null)
    const text = m.paragraphs.join('\n\n')
    expect(text.startsWith('Law enforcement agencies')).toBe(true)
    expect(text).toContain('The next meeting will be held in March.')
    // The masthead names the government's information service: it publishes news.
    expect(m.meta.publisher).toMatch(/Government Information Service/)
    expect(m.meta.kind).toBe('news')
  })
})

describe('dates', () => {
  const dates = (body: string) => pipeline(`Navy News\n\nMay 14, 2026\n\n${body}\n\nThe Navy said the crews of both ships worked well together throughout.\n`).dates.map((d) => [d.text, d.value.start, d.value.end ?? null])
  test('two days with their weekdays before one month are one range', () => {
    expect(dates('The ship completed a port visit to Bridgetown from Monday 11th to Wednesday 13th May.')).toContainEqual(['Monday 11th to Wednesday 13th May', '2026-05-11', '2026-05-13'])
    expect(dates('The course ran from 4 to 15 May 2026 in Kingston.')).toContainEqual(['4 to 15 May 2026', '2026-05-04', '2026-05-15'])
  })
  test('a coordinated clause with its own verb does not lend its tense to the date before it', () => {
    const found = dates('The ship departed Bridgetown on Wednesday and is expected in Roseau, Dominica, on Friday.')
    expect(found).toContainEqual(['Wednesday', '2026-05-13', null])
    expect(found).toContainEqual(['Friday', '2026-05-15', null])
  })
  test('a quoted "today" in a report written after the event is the day the text last named', () => {
    const found = pipeline(
      'Navy News\n\nJuly 16, 2025\n\nThe Coast Guard received two boats at a ceremony at Ruimveldt on Tuesday, July 15.\n\n“For years we asked for these boats. Today, we have them,” the Chief of Staff said.\n',
    ).dates.map((d) => [d.text, d.value.start])
    expect(found).toContainEqual(['Today', '2025-07-15'])
  })
  test('"the first day of the visit" is a day of the span the text gave before; a bare one only as an adverbial', () => {
    const found = dates(
      'The ship completed a port visit to Bridgetown from Monday 11th to Wednesday 13th May. On the first day of the visit, the captain called on the Chief of Staff. On the third day, crews rested. "We planned together from the first day," he said.',
    )
    expect(found).toContainEqual(['the first day of the visit', '2026-05-11', null])
    expect(found).toContainEqual(['the third day', '2026-05-13', null])
    expect(found.filter(([t]) => t === 'the first day')).toEqual([])
  })
})

describe('events: editions and operations', () => {
  const page = (body: string) => `Police News\n\nSeptember 18, 2026\n\n${body}\n`
  test('"the fifth meeting, held in The Valley in March" is the earlier edition, not the meeting being reported', () => {
    const doc = pipeline(
      page(
        'A police delegation took part in the sixth Tri-Island Border Security Meeting in Marigot, Saint-Martin, on Wednesday 16th September 2026.\n\nThe meeting reviewed progress made since the fifth meeting, held in The Valley, Anguilla, in March.',
      ),
    )
    const meetings = doc.events.filter((e) => e.type === 'meeting').map((e) => e.start)
    expect(meetings).toContain('2026-09-16')
    expect(meetings).toContain('2026-03')
  })
  test('a coordinated maritime operation with its dates is a deployment', () => {
    const doc = pipeline(
      page(
        'Officers of the three police forces met in Marigot on Wednesday to review border security.\n\nDelegates agreed to carry out a second coordinated maritime operation in the Anguilla Channel from 9th to 11th October.',
      ),
    )
    expect(doc.events.find((e) => e.start === '2026-10-09')?.type).toBe('deployment')
  })
})

describe('events: a definite event noun that a participle identifies', () => {
  test('"briefed delegates on the joint exercise held at the terminal on 28th May" reports that exercise', () => {
    const doc = pipeline(
      'Police News\n\nSeptember 18, 2026\n\nDeputy Commissioner Harrigan briefed delegates on the joint mass-casualty exercise held at the Blowing Point Ferry Terminal in Anguilla on 28th May.\n\nThe Commissioner said the drill had shown where radios and procedures still need work.\n',
    )
    expect(doc.events.find((e) => e.start === '2026-05-28')?.type).toBe('exercise')
  })
})

describe('entities: ships named after people', () => {
  test('"Coast Guard Cutter Charles Sexton" and later "the Charles Sexton" name a ship, not a person', () => {
    const doc = pipeline(
      'Coast Guard News\n\nJuly 10, 2026\n\nMIAMI — The Coast Guard Cutter Charles Sexton’s crew repatriated 31 people to Cuba on Thursday.\n\nSector Key West watchstanders diverted the Charles Sexton, whose crew took the people aboard.\n',
    )
    expect(doc.people.map((p) => p.name)).not.toContain('Charles Sexton')
  })
})

describe('events: migrant interdictions', () => {
  test('an aircrew spotting a vessel on a given day is an interdiction of that day', () => {
    const doc = pipeline(
      'Coast Guard News\n\nJuly 10, 2026\n\nMIAMI — The Coast Guard repatriated 31 people to Cuba on Thursday following three interdictions off the Florida Keys.\n\nOn Sunday, a Customs and Border Protection aircrew spotted a makeshift vessel with 12 people aboard about 21 miles south of Key West.\n',
    )
    expect(doc.events.some((e) => e.type === 'other' && e.start === '2026-07-05')).toBe(true)
  })
})

describe('events: coordinated patrols and series names', () => {
  const page = (body: string) => `Joint Communiqué\n\nAugust 14, 2026\n\n${body}\n`
  test('coordinated patrols with a date are a deployment; a plan for them is not', () => {
    const doc = pipeline(page('Mexico and Guatemala met in Tapachula on Thursday and agreed to carry out coordinated patrols on both banks of the Suchiate River starting next month.\n\nThe two delegations also agreed on a plan for coordinated patrols along the border.'))
    expect(doc.events.find((e) => e.type === 'deployment')?.start).toBe('2026-09')
    expect(doc.events.filter((e) => e.type === 'deployment')).toHaveLength(1)
  })
  test('"the Tenth Meeting of GANSEG in Guatemala City" ends its name before the place, which places it', () => {
    const doc = pipeline(page('The Ninth Meeting of the High-Level Security Group (GANSEG) was held in Tapachula on Thursday.\n\nThe delegations agreed to hold the Tenth Meeting of GANSEG in Guatemala City in the first half of 2027.'))
    const tenth = doc.events.find((e) => e.start === '2027-01')
    expect(tenth?.location?.country).toBe('GTM')
  })
})

describe('events: rounds of a working group, interdiction operations', () => {
  test('"the next round of the U.S.-Paraguay Bilateral Defense Working Group will take place in Asunción" is that meeting, with both states', () => {
    const doc = pipeline(
      'Readout\n\nOctober 8, 2026\n\nThe Assistant Secretary hosted the Paraguayan Minister of National Defense at the Pentagon on Wednesday.\n\nThey agreed that the next round of the U.S.-Paraguay Bilateral Defense Working Group will take place in Asunción in the first half of next year.\n',
    )
    const round = doc.events.find((e) => e.start === '2027-01')
    expect(round?.type).toBe('meeting')
    expect(round?.location?.country).toBe('PRY')
    expect(round?.participants.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['PRY', 'USA']))
  })
})

describe('events: exchanges and names', () => {
  const page = (body: string) => `Air Forces Southern\n\nSeptember 2, 2026\n\n${body}\n`
  test('an aeromedical exchange "between" two services is a training they both take part in; "built on" builds nothing', () => {
    const doc = pipeline(
      page(
        'LIBERIA, Costa Rica -- Airmen and Costa Rican medics spent Aug. 24-28 comparing notes at a subject matter expert exchange.\n\nThe event built on a first aeromedical exchange between AFSOUTH and the Air Surveillance Service held at Juan Santamaría International Airport in May 2025.',
      ),
    )
    const first = doc.events.find((e) => e.start === '2025-05')
    expect(first?.type).toBe('training')
    expect(doc.events.some((e) => e.type === 'donation')).toBe(false)
  })
  test('a capitalized verb inside a name ("Social Security Fund") triggers nothing', () => {
    const doc = pipeline(page('Medics of the Costa Rican Red Cross and the Costa Rican Social Security Fund took part in the exchange in San José on Monday.\n\nThe exchange will continue next year, officials said.'))
    expect(doc.events.some((e) => e.type === 'announcement')).toBe(false)
  })
})

describe('events: editions of one series', () => {
  test('"the Eighth Meeting" after "the Ninth Meeting of the High-Level Security Group" is that series, held by the same states', () => {
    const doc = pipeline(
      'Joint Communiqué\n\nAugust 14, 2026\n\nThe United Mexican States and the Republic of Guatemala held the Ninth Meeting of the High-Level Security Group in Tapachula, Chiapas, yesterday.\n\nThe delegations reviewed the agreements reached at the Eighth Meeting, held in Guatemala City in November 2025.\n',
    )
    const eighth = doc.events.find((e) => e.start === '2025-11')
    expect(eighth?.series?.edition).toBe('8')
    expect(eighth?.participants.map((p) => p.id).sort()).toEqual(['GTM', 'MEX'])
  })
})

describe('entities: places of one name in several countries', () => {
  const places = (text: string) => pipeline(`News\n\nSeptember 17, 2026\n\n${text}\n\nOfficials said the work would continue through the hurricane season.\n`).places
  test('a parish shared by several islands is the one of the country the page names', () => {
    const antigua = places("The warehouse at Coolidge, St. George, was handed over to Antigua and Barbuda's National Office of Disaster Services on Tuesday.")
    expect(antigua.find((p) => p.name === 'St. George')?.country).toBe('ATG')
    const barbados = places('The Barbados Coast Guard patrolled off St. George, Barbados, on Tuesday with the Barbados Defence Force.')
    expect(barbados.find((p) => p.name === 'St. George')?.country).toBe('BRB')
  })
  test('"LIBERIA, Costa Rica" is the Costa Rican city, not the country Liberia', () => {
    const found = places('LIBERIA, Costa Rica -- Airmen and Costa Rican medics spent Aug. 24-28 comparing notes on aeromedical evacuation.')
    expect(found.map((p) => p.id)).not.toContain('LBR')
    expect(found.find((p) => p.name === 'Liberia')?.country).toBe('CRI')
  })
})

describe('entities: people by the shape of their names and police ranks', () => {
  const people = (text: string) => pipeline(`News\n\nSeptember 17, 2026\n\n${text}\n\nOfficials said the work would continue through the hurricane season.\n`).people
  test('a first name, a middle initial and a surname is a person, whatever the lexicon knows of them', () => {
    expect(people('Today, Priya N. Dhaliwal, Parliamentary Secretary to the Minister of Foreign Affairs, announced new funding for border security.').map((p) => p.name)).toContain('Priya N. Dhaliwal')
  })
  test('Caribbean police ranks and customs offices are titles, not parts of names', () => {
    const found = people('Assistant Superintendent of Police Kerwin D. Mitchell and Comptroller of Customs Cheryl N. Joseph attended the ceremony in Castries.')
    expect(found.map((p) => p.name)).toEqual(expect.arrayContaining(['Kerwin D. Mitchell', 'Cheryl N. Joseph']))
    expect(found.find((p) => p.name === 'Kerwin D. Mitchell')?.rank).toBe('Assistant Superintendent of Police')
  })
})

describe('events: storms the text places nowhere', () => {
  test('a storm recalled on a page about one country struck the country of the main event', () => {
    const doc = pipeline(
      "Press Releases\n\nOctober 9, 2026\n\nST. GEORGE'S, Grenada – The United States handed over a renovated boathouse to the Grenada Coast Guard on October 8.\n\nThe facility replaces the boathouse destroyed by Hurricane Beryl in 2024.\n",
    )
    const storm = doc.events.find((e) => e.start === '2024')
    expect(storm?.location?.country).toBe('GRD')
  })
})

describe('events: the headline country of a page without a dateline', () => {
  test('a fact sheet about one partner places its handovers and visits there', () => {
    const html =
      '<html><head><title>Fact Sheet: U.S. Support for El Salvador’s Maritime Security</title></head><body><main><article><h1>Fact Sheet: U.S. Support for El Salvador’s Maritime Security</h1><p>October 2, 2026</p>' +
      '<p>The United States and El Salvador share a commitment to stopping drug traffickers on the Pacific coast.</p>' +
      '<ul><li>The Bureau of International Narcotics and Law Enforcement Affairs donated a coastal surveillance radar for the port area in April.</li>' +
      '<li>The U.S. Coast Guard cutter Campbell visited the port June 8-11.</li></ul></article></main></body></html>'
    const doc = runPipeline(createDocument({ path: 'fact-sheet.html', bytes: new TextEncoder().encode(html) }), stages, context)
    expect(doc.events.find((e) => e.type === 'donation')?.location?.country).toBe('SLV')
    expect(doc.events.find((e) => e.type === 'visit')?.location?.country).toBe('SLV')
  })
})

describe('publication date lines in other forms', () => {
  const dump = (dateLine: string) =>
    `Skip to content\nMinistry of National Security\nHome\nNews\nContact\nCoast Guard Receives Two Patrol Boats from US\n${dateLine}\nThe Jamaica Defence Force Coast Guard received two patrol boats from the United States on Tuesday at a ceremony at HMJS Cagway in Port Royal, officials said.\nThe boats will support maritime security operations along the south coast, officials said.\nCopyright 2026 Ministry of National Security\n`
  const meta = (line: string) => runPipeline(createDocument({ path: 'page.txt', bytes: new TextEncoder().encode(dump(line)) }), stages.slice(0, 2), context).meta
  test.each(['Published on: 14/08/2026 10:45', 'Publié le 14 août 2026', 'Publicado el 14 de agosto de 2026', 'Thu 14 Aug 2026 10.45 BST', 'Date: Thursday 14 August 2026'])('%s under the headline', (line) => {
    const m = meta(line)
    expect(m.title).toBe('Coast Guard Receives Two Patrol Boats from US')
    expect(m.published).toBe('2026-08-14')
  })
  test('"Mis à jour le" is an update', () => {
    expect(meta('Mis à jour le : 15/08/2026').evidence['published']).toMatch(/updated/)
  })
})

describe('events: briefings inside a visit', () => {
  test('"met the deputy commander and received briefings" adds no meeting of its own', () => {
    const doc = pipeline(
      'Readout\n\nOctober 8, 2026\n\nThe Minister visited U.S. Southern Command headquarters in Doral, Florida, on Monday, where he met the command’s deputy commander and received briefings from Joint Interagency Task Force South.\n\nThe Minister thanked the command for its support.\n',
    )
    expect(doc.events.filter((e) => e.start === '2026-10-05' && e.type === 'meeting').length).toBeLessThanOrEqual(1)
  })
})

describe('sentences', () => {
  test('a Dutch ship prefix ends no sentence', async () => {
    const { splitSentences } = await import('../../src/text/sentences.js')
    const text = 'The Royal Netherlands Navy ocean patrol vessel Zr.Ms. Groningen completed a port visit. Hr. Ms. Holland sailed.'
    expect(splitSentences(text, []).map((s) => text.slice(s.start, s.end))).toEqual([
      'The Royal Netherlands Navy ocean patrol vessel Zr.Ms. Groningen completed a port visit.',
      'Hr. Ms. Holland sailed.',
    ])
  })
})

describe('events: a General Assembly with a date', () => {
  test('"on the margins of the OAS General Assembly in Asunción, Paraguay, in June" is that conference', () => {
    const doc = pipeline('Readout\n\nMay 14, 2026\n\nThe Secretary met the Dominican Foreign Minister in Washington on Wednesday.\n\nThey will continue their conversation on the margins of the Organization of American States (OAS) General Assembly in Asunción, Paraguay, in June.\n')
    const ga = doc.events.find((e) => e.type === 'conference')
    expect(ga?.start).toBe('2026-06')
    expect(ga?.location?.country).toBe('PRY')
  })
})

describe('a newspaper masthead over a dump', () => {
  const meta = (text: string) => runPipeline(createDocument({ path: 'page.txt', bytes: new TextEncoder().encode(text) }), stages.slice(0, 2), context).meta
  const page = (masthead: string) =>
    `Skip to content\n${masthead}\nHome\nLocal News\nPolitics\nCoast Guard Receives Two Patrol Boats from UK\nNovember 14, 2025\nThe Coast Guard received two patrol boats from the United Kingdom on Tuesday at a ceremony in Basseterre, officials said.\nThe boats will support maritime security operations, officials said.\n`
  test('names the publisher, whose stories are news', () => {
    const m = meta(page('Guianas Times'))
    expect(m.publisher).toBe('Guianas Times')
    expect(m.kind).toBe('news')
  })
  test('a menu item with a news word is no masthead', () => {
    expect(meta(page('Ministry of National Security')).publisher).not.toBe('Local News')
  })
})
