/**
 * Twenty-sixth round (issues 3 and 6: pages and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { bylinePerson } from '../../src/stages/clean/kind.js'
import { mergeEvents } from '../../src/merge/events.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const placed = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}${e.end ? `/${e.end}` : ''} ${e.location?.country ?? '-'}`)

const story = [
  'CASTRIES, Saint Lucia – Officers of the Marine Police Unit and the Customs and Excise Department completed a five-day boarding course at Rodney Bay on Friday, taught by a team from the Royal Navy.',
  'The course covered the search of small craft, the safe handling of seized drugs and the keeping of evidence for court, and ended with a night exercise off Pigeon Island.',
  'The Commissioner of Police thanked the instructors and said the unit would run the course for its own recruits next year with the officers trained this week.',
]
const page = (head: string, body: string, article = '<article>') => `<!DOCTYPE html><html><head>${head}</head><body${body}>
<header><div class="site-name">Government of Saint Lucia</div><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main>${article}<h1>Marine Police and Customs officers complete boarding course</h1><time datetime="2026-11-13">November 13, 2026</time>
${story.map((p) => `<p>${p}</p>`).join('\n')}</article></main></body></html>`

describe('document kind, twenty-sixth round', () => {
  test('a ranked author with an ordinal class or "j.g." is a person', () => {
    expect(bylinePerson('Story by Sgt. 1st Class Dalia R. Montes')).toBe(true)
    expect(bylinePerson('By Lt. j.g. Corinne A. Baptiste')).toBe(true)
    expect(bylinePerson('By BDF Public Relations')).toBe(false)
    expect(bylinePerson('Por Relaciones Públicas FNH')).toBe(false)
  })
  test('a story signed "Sgt. 1st Class …" on an organization\'s page is news', () => {
    const doc = run('page.html', page('<title>Marine Police and Customs officers complete boarding course | U.S. Army South</title>', '', '<article><div class="byline">Story by Sgt. 1st Class Dalia R. Montes</div>'))
    expect(doc.meta.kind).toBe('news')
  })
  test('a Drupal "news-article" node class names a news story', () => {
    const doc = run('page.html', page('<title>Marine Police and Customs officers complete boarding course | Government of Saint Lucia</title>', ' class="path-node page-node-type-news-article"'))
    expect(doc.meta.kind).toBe('news')
  })
  test('the site of a government information service publishes news', () => {
    const doc = run('page.html', page('<title>Marine Police and Customs officers complete boarding course – GIS Saint Lucia</title><meta property="og:site_name" content="GIS Saint Lucia">', ''))
    expect(doc.meta.publisher).toBe('GIS Saint Lucia')
    expect(doc.meta.kind).toBe('news')
  })
  test('a known publisher\'s site kind holds for a page saved without its address', () => {
    const doc = run('page.html', page('<title>Marine Police and Customs officers complete boarding course | DVIDS</title><meta property="og:site_name" content="DVIDS">', ''))
    expect(doc.meta.kind).toBe('news')
  })
  test('"Posted … by Staff Reporter" on a page of no known organization is news; "by BDF Public Relations" is not', () => {
    const dump = (by: string) => ['Marine Police and Customs officers complete boarding course', `Posted November 13, 2026 by ${by}`, ...story].join('\n\n')
    expect(run('page.txt', dump('Staff Reporter')).meta.kind).toBe('news')
    expect(run('page.txt', dump('BDF Public Relations')).meta.kind).not.toBe('news')
  })
})

describe('headlines, twenty-sixth round', () => {
  test('a kind label printed inside the headline\'s cell is a label, not part of the title', () => {
    const html = `<!DOCTYPE html><html><head><title>Government of Saint Lucia - News</title></head><body>
<div id="logo">Government of Saint Lucia</div><div id="content"><table class="contentpaneopen"><tr><td class="contentheading"><span class="label">News item</span><br>Marine Police and Customs officers complete boarding course</td></tr>
<tr><td class="createdate">11/13/2026</td></tr><tr><td>${story.map((p) => `<p>${p}</p>`).join('\n')}</td></tr></table></div></body></html>`
    const doc = run('page.html', html)
    expect(doc.meta.title).toBe('Marine Police and Customs officers complete boarding course')
    expect(doc.meta.kind).toBe('news')
  })
})

describe('datelines, twenty-sixth round', () => {
  test('"On Monday, Cmdr. Jane Doe …" is no dateline: the paragraphs before it stay body', () => {
    const html = `<!DOCTYPE html><html><head><title>Cutter trains with Panama's aeronaval service | DVIDS</title></head><body>
<h1>Cutter trains with Panama's aeronaval service</h1><div class="date">10.23.2026</div>
<div class="body"><p>COLÓN, Panama – The crew of a U.S. Coast Guard cutter trained with members of Panama's National Aeronaval Service during a port call at Cristóbal, Oct. 18 to 21.</p>
<p>The cutter, homeported in Key West, Florida, has been deployed to the Caribbean since September in support of Joint Interagency Task Force South.</p>
<p>On Monday, Cmdr. Jonah E. Raskin, the cutter's commanding officer, made a courtesy call on the commander of the aeronaval base at Colón.</p></div></body></html>`
    const doc = run('page.html', html)
    expect(doc.text.startsWith('COLÓN, Panama – The crew')).toBe(true)
  })
})

describe('events, twenty-sixth round', () => {
  test('a force\'s own new station, with no foreign party or funder, is no donation', () => {
    const doc = pipeline(lines('PUERTO OBALDÍA, Panama – The National Aeronaval Service on Wednesday inaugurated a new aeronaval station in Puerto Obaldía, on the Caribbean coast near the Colombian border.'))
    expect(placed(doc)).toContain('other 2026-11-11 PAN')
    expect(placed(doc).some((e) => e.startsWith('donation'))).toBe(false)
  })
  test('a station built with another state\'s funds stays a donation', () => {
    const doc = pipeline(lines('PUERTO OBALDÍA, Panama – The National Aeronaval Service on Wednesday inaugurated a new aeronaval station in Puerto Obaldía, built with United States funds.'))
    expect(placed(doc)).toContain('donation 2026-11-11 PAN')
  })
  test('"an exercise … next week", then "planned for November 16 to 20": the days, not the week', () => {
    const doc = pipeline(
      lines(
        'A regional coast guard exercise that was to bring boats from four island states to Grenada next week has been postponed, the coast guard said on Tuesday.',
        'Exercise Spice Shield, planned for November 16 to 20 at the coast guard base in Prickly Bay, will now take place in March.',
      ),
    )
    expect(placed(doc).some((e) => e.startsWith('exercise 2026-11-16/2026-11-20 '))).toBe(true)
    expect(placed(doc).some((e) => e.startsWith('exercise 2026-11-16/2026-11-22'))).toBe(false)
  })
  test('a later day\'s movement to a place of its own is a stop: a visit within the trip', () => {
    const doc = pipeline(
      lines(
        'SANTO DOMINGO, Dominican Republic – The commander of U.S. Southern Command concluded a three-day visit to the Dominican Republic on Wednesday, November 11.',
        'On Monday, the commander met with the Minister of Defense at the ministry in Santo Domingo.',
        'The following day, the commander traveled to Las Calderas Naval Base in Baní, where the commander of the Dominican Navy briefed her on patrols south of Isla Saona.',
      ),
    )
    expect(placed(doc)).toContain('visit 2026-11-10 DOM')
  })
})

describe('event dates, twenty-sixth round', () => {
  test('a report whose event sentence gives no day takes the day its lead names, not the publication date', () => {
    const doc = pipeline(
      lines(
        'Basseterre, St. Kitts (SKNIS): The disaster management agency has a permanent home again, after it formally moved into a new emergency operations centre in Basseterre on November 10.',
        'The two-storey building was paid for by the United States at a cost of US$1.2 million and was handed over by U.S. Ambassador Caroline J. Everard-Pike to Prime Minister Terrance V. Mills-Hendrickson.',
        'Speaking at the ceremony, the Minister of National Security said the federation had waited a long time for a building that matched the risks it faces from hurricanes and earthquakes.',
      ),
    )
    const handover = doc.events.find((e) => e.type === 'donation')
    expect(handover?.start).toBe('2026-11-10')
    expect(handover?.attestations[0]?.evidence.find((x) => x.field === 'date')?.rule).toBe('date:lead-day')
  })
})

describe('merging across reports, twenty-sixth round', () => {
  const report = (path: string, ...body: string[]) => run(path, lines(...body))
  const mergedCount = (...docs: ReturnType<typeof pipeline>[]) => mergeEvents(docs.flatMap((d) => [...d.events])).length
  test('one course on the same days for two different trainee states is two courses', () => {
    const course = (who: string) => `Twelve ${who} sailors who will crew the boats completed a riverine operations course at the Naval Small Craft Instruction and Technical Training School (NAVSCIATTS) at Stennis Space Center, Mississippi, from September 14 to October 23.`
    const a = report('a.txt', course('Paraguayan'))
    const b = report('b.txt', course('Guatemalan'))
    const trainings = [...a.events, ...b.events].filter((e) => e.type === 'training')
    expect(trainings).toHaveLength(2)
    expect(mergeEvents(trainings)).toHaveLength(2)
  })
  test('two courses on the same days in one country whose institutions all differ are two courses', () => {
    const a = report('a.txt', 'A Homeland Security Investigations team taught a financial investigations course to 24 officers of the Chilean Army in Santiago from October 5 to 23.')
    const b = report('b.txt', 'A U.S. Coast Guard mobile training team taught a drone operator course to 16 officers of the Chilean Navy in Iquique from October 5 to 23.')
    const trainings = [...a.events, ...b.events].filter((e) => e.type === 'training')
    expect(trainings).toHaveLength(2)
    expect(mergeEvents(trainings)).toHaveLength(2)
  })
  test('the same report told twice still merges', () => {
    const text = 'Twelve officers of the Paraguayan Navy trained at the Naval Small Craft Instruction and Technical Training School (NAVSCIATTS) at Stennis Space Center, Mississippi, from September 14 to October 23.'
    expect(mergedCount(report('a.txt', text), report('b.txt', `${text} They were the first Paraguayan class this year.`))).toBe(1)
  })
})

describe('printed statements and their furniture, twenty-sixth round', () => {
  const statement = [
    'mns.gov.gy/wp-content/uploads/2026/11/Statement-Border-Operation.pdf',
    'MINISTRY OF HOME AFFAIRS',
    'Ref: MOHA/PR/2026/131',
    'STATEMENT BY THE MINISTER OF HOME AFFAIRS ON THE JOINT OPERATION IN THE UPPER MAZARUNI',
    'For Immediate Use',
    'November 10, 2026',
    'The Ministry of Home Affairs wishes to inform the public that a joint operation by the police and the army in the upper Mazaruni ended on Monday, after eight days in the field.',
    'Ranks searched 96 boats and 40 mining camps and seized three unlicensed firearms and a quantity of mercury brought into the country without a permit.',
    '--- Page 2 of 2 ---',
    'Nine persons were arrested and are expected to appear before the Bartica Magistrate\'s Court next week, the Ministry said.',
    '-END-',
  ].join('\n\n')
  test('a bare address of the page, the label between the headline and its date, and a dashed page number are furniture', () => {
    const doc = run('statement.txt', statement)
    expect(doc.meta.title).toBe('STATEMENT BY THE MINISTER OF HOME AFFAIRS ON THE JOINT OPERATION IN THE UPPER MAZARUNI')
    expect(doc.meta.published).toBe('2026-11-10')
    expect(doc.text.startsWith('The Ministry of Home Affairs wishes')).toBe(true)
    expect(doc.text).not.toContain('Page 2 of 2')
    expect(doc.text).not.toContain('wp-content')
    expect(doc.text).toContain('Bartica Magistrate')
  })
  test('"Issued by: …" over a statement and "For more information, contact …" under a fact sheet are chrome', () => {
    const html = `<!DOCTYPE html><html><head><title>Governor commissions coastal radar | Government of the Turks and Caicos Islands</title></head><body>
<article><h1>Governor commissions coastal radar</h1><time datetime="2026-11-11">November 11, 2026</time>
<p class="issued-by">Issued by: Her Excellency Governor Eleanor M. Pryce-Whitaker</p>
${story.map((p) => `<p>${p}</p>`).join('\n')}
<p>For more information, contact the Governor's Office communications unit.</p></article></body></html>`
    const doc = run('page.html', html)
    expect(doc.text).not.toContain('Issued by')
    expect(doc.text).not.toContain('For more information')
    expect(doc.text).toContain('Rodney Bay')
  })
})

describe('a news dump\'s head, twenty-sixth round', () => {
  test('"Author – Place" under the headline is a byline; the caption under "Photo: …" and a "Listen | A A A | Print" bar are not the story', () => {
    const dump = [
      'NORTHERN COAST HERALD',
      'Home » Region » Security',
      'Marine police and customs officers complete boarding course',
      'Ana Laura Bentancor – Castries',
      '13/11/2026 08:15 · Updated 13/11/2026 10:40',
      'Photo: Ministry of Home Affairs',
      'Officers climb aboard a fishing boat during the final exercise off Pigeon Island.',
      'Listen | A A A | Print',
      ...story,
    ].join('\n')
    const doc = run('page.txt', dump)
    expect(doc.meta.title).toBe('Marine police and customs officers complete boarding course')
    expect(doc.text.startsWith('CASTRIES, Saint Lucia – Officers of the Marine Police Unit')).toBe(true)
    expect(doc.text).not.toContain('Officers climb aboard')
    expect(doc.text).not.toContain('A A A')
  })
})

describe('visits and whom they meet, twenty-sixth round', () => {
  test('"visited X, where he met officers …" is the visit; "where he met the Minister …" is a meeting too', () => {
    const visit = pipeline(lines('On Tuesday, the Deputy Assistant Secretary visited the Joint Peace Operations Training Center in Santiago, where he met Chilean officers preparing for deployment to United Nations missions.'))
    expect(placed(visit).filter((e) => e.startsWith('meeting'))).toEqual([])
    expect(placed(visit).some((e) => e.startsWith('visit 2026-11-10'))).toBe(true)
    const minister = pipeline(lines('On Tuesday, the Deputy Assistant Secretary traveled to Santiago, where he met the Minister of National Defense to discuss peacekeeping training.'))
    expect(placed(minister).some((e) => e.startsWith('meeting 2026-11-10'))).toBe(true)
  })
})

describe('tallies, twenty-sixth round', () => {
  test('"has rescued 14 people since January" counts, it reports no event; relief flown "since Saturday" is under way', () => {
    const tally = pipeline(lines('The Commissioner said the Coast Guard had rescued 14 people and seized three boats in the Grenadines since January.'))
    expect(tally.events).toEqual([])
    const relief = pipeline(lines('SOTO CANO AIR BASE, Honduras – Joint Task Force-Bravo helicopters have flown more than 60 tons of food and water to communities cut off by flooding in northern Honduras since Saturday.'))
    expect(relief.events.map((e) => e.type)).toContain('disaster_response')
  })
})

describe('ceremonies, twenty-sixth round', () => {
  test('certificates presented at the closing ceremony the report tells are that ceremony', () => {
    const doc = pipeline(
      lines(
        'Twenty-two Salvadoran army medics completed a two-week combat casualty care course taught by U.S. Army South instructors at the Military Hospital in San Salvador.',
        'Vice Minister of National Defense Óscar R. Menjívar presided over Thursday\'s closing ceremony alongside Col. Dariela M. Fonseca and presented certificates to the 22 Salvadoran graduates.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'other' && e.start === '2026-11-12')).toHaveLength(1)
  })
})

describe('parties of a handover, twenty-sixth round', () => {
  test('the receiving institution of a handover stands alone; the giving state is added beside its embassy', () => {
    const doc = pipeline(lines('PORT OF SPAIN, Trinidad – The United States Embassy on Tuesday handed over six patrol vehicles to the Trinidad and Tobago Police Service at a ceremony at police headquarters.'))
    const ids = doc.events.find((e) => e.type === 'donation')?.participants.map((p) => `${p.id}:${p.roles.join('+')}`)
    expect(ids).toContain('org:ttps:recipient')
    expect(ids).toContain('USA:donor')
    expect(ids).not.toContain('TTO:recipient')
  })
})

describe('who takes part in a course, twenty-sixth round', () => {
  test('a body named in another sentence around a course is not its participant', () => {
    const doc = run(
      'release.txt',
      [
        'Coast guards train together',
        'Press Release | November 14, 2026',
        '',
        'Twenty officers of the Royal Saint Lucia Police Force completed a two-week maritime interdiction course at Rodney Bay from November 2 to 13.',
        '',
        'The Caribbean Basin Security Initiative paid for the boats, and the Saint Lucia Air and Sea Ports Authority will host the next class.',
        '',
        '###',
      ].join('\n'),
    )
    const ids = doc.events.find((e) => e.type === 'training')?.participants.map((p) => p.id)
    expect(ids).toContain('org:rslpf')
    expect(ids).not.toContain('org:lca-slaspa')
  })
})
