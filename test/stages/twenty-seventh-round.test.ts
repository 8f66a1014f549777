/**
 * Twenty-seventh round (issues 3 and 6: pages and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { mergeEvents } from '../../src/merge/events.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const placed = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}${e.end ? `/${e.end}` : ''} ${e.location?.country ?? '-'}`)

describe('places, twenty-seventh round', () => {
  test('a place no list locates is in the dateline\'s country', () => {
    const doc = pipeline(
      lines(
        'GEORGETOWN, Guyana – Officers of the Guyana Police Force and the Suriname Police Force met on Thursday at the Corriverton Ferry Terminal to review the year’s joint checks on the river crossing.',
        'Officers from Suriname described the checks made at Nickerie in October.',
      ),
    )
    const landing = doc.places.find((p) => p.name.includes('Ferry Terminal'))
    expect(landing?.country).toBe('GUY')
  })
  test('with no dateline, the country other than the United States that the report names most, and more than half the time, locates it', () => {
    const text = [
      'Coast guard opens boat shed',
      'Press Release | November 12, 2026',
      '',
      'A new boat shed opened at the Blue Heron Ferry Terminal on Friday, built by the Antigua and Barbuda Coast Guard and paid for by the Government of Antigua and Barbuda.',
      '',
      'The Chief of Defence Staff said Antigua would add a second shed next year, and thanked the United States for the engines fitted to two of the boats.',
      '',
      'Antigua and Barbuda will also train six more coxswains in the new year.',
      '',
      '###',
    ].join('\n')
    const landing = pipeline(text).places.find((p) => p.name.includes('Blue Heron'))
    expect(landing?.country).toBe('ATG')
  })
  test('a document split between countries leaves such a place unlocated', () => {
    const text = [
      'Coast guards meet',
      'Press Release | November 12, 2026',
      '',
      'At the Blue Heron Ferry Terminal on Friday, officers of Canada, the United States and Antigua and Barbuda met to plan patrols.',
      '',
      'Canada and Antigua and Barbuda agreed to meet again.',
      '',
      '###',
    ].join('\n')
    const landing = pipeline(text).places.find((p) => p.name.includes('Blue Heron'))
    expect(landing?.country ?? null).toBe(null)
  })
})

describe('workshops and handovers that are no event, twenty-seventh round', () => {
  test('a workshop that is a building ("a workshop for interceptor boats", "a boat maintenance workshop") is no training', () => {
    const doc = pipeline(
      lines(
        'The new base has barracks for 40 officers and a workshop for interceptor boats, and was built last year.',
        'The Coast Guard will add a floating pier and a second workshop for the station in January.',
        'The Embassy also handed over a fully equipped boat maintenance workshop on Tuesday.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'training')).toEqual([])
  })
  test('a workshop for people is still training', () => {
    const doc = pipeline(lines('The Coast Guard will hold a workshop for boat captains in Castries in January.', 'Twenty captains are expected.'))
    expect(placed(doc)).toContain('training 2027-01 LCA')
  })
  test('people handed over to the police or transferred to another state are no donation', () => {
    const doc = pipeline(
      lines(
        'The three men were handed over to the Drug Squad on Monday.',
        'Eleven persons who were found to be in the country illegally were handed over to the immigration service on Tuesday.',
        'The ministers welcomed the transfer of 19 fugitives to the United States on Wednesday.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'donation')).toEqual([])
  })
  test('goods handed over or transferred still are', () => {
    const doc = pipeline(lines('The Embassy said the transfer of two patrol boats to the Saint Lucia Coast Guard took place on Tuesday.', 'The boats will patrol the south coast.'))
    expect(placed(doc)).toContain('donation 2026-11-10 LCA')
  })
})

describe('pages, twenty-seventh round', () => {
  const plone = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Readout: Second Meeting of the Border Committee — Ministério da Justiça</title>
<meta name="DC.date.created" content="2026-12-04T16:20:00-03:00"></head>
<body class="template-newsitem_view portaltype-news-item"><header><div class="portal-title">Ministry of Justice</div><nav><a href="/">Home</a> <a href="/press">Press</a></nav></header>
<div id="content"><h1 class="documentFirstHeading">Readout: Second Meeting of the Border Committee</h1>
<div class="documentDescription">Police of both countries reviewed the first month of joint checks at the river crossing.</div>
<div class="documentByLine"><span class="documentPublished">Published 04/12/2026 16h20</span> <span class="documentModified">Updated on 04/12/2026 17h02</span></div>
<div id="parent-fieldname-text">
<p class="attribution"><em>The following is attributable to Ministry of Justice Spokesperson Helena R. Tavares:</em></p>
<p>PORTO XAVIER, Rio Grande do Sul – Police of Brazil and Argentina held the second meeting of their border committee on Wednesday at the river port, and agreed to extend their joint checks of the ferry to the night crossings.</p>
<p>The Federal Police said the checks had found contraband cigarettes in eleven trucks in their first month, and that the two forces would meet again in March.</p>
</div></div><footer>Esplanada dos Ministérios, Brasília</footer></body></html>`
  test('a Plone page: the description, the "Published dd/mm/yyyy 16h20 Updated on …" line and the marked attribution are head, DC.date.created dates it', () => {
    const doc = run('page.html', plone)
    expect(doc.meta.published).toBe('2026-12-04')
    expect(doc.text.startsWith('PORTO XAVIER, Rio Grande do Sul – Police of Brazil')).toBe(true)
    expect(doc.text).not.toContain('Published 04/12/2026')
    expect(doc.text).not.toContain('reviewed the first month')
    expect(doc.text).not.toContain('attributable')
    expect(doc.meta.spokesperson).toBe('Helena R. Tavares')
  })
})

describe('event places, twenty-seventh round', () => {
  test('"in this town" is the dateline\'s place, over a place the clause names for something else', () => {
    const doc = pipeline(
      lines(
        'SAN JAVIER, Misiones — Police from Argentina and Brazil agreed on joint checks of the ferry that links San Javier with Porto Xavier, in the Brazilian state of Rio Grande do Sul, at a meeting held on Wednesday in this town on the Uruguay River.',
        'The checks will start in December.',
      ),
    )
    expect(placed(doc)).toContain('meeting 2026-11-11 ARG')
  })
  test('the Uruguay River is in no one country', () => {
    const river = pipeline(lines('SAN JAVIER, Misiones — The two navies patrolled the Uruguay River on Monday.', 'They found nothing.')).places.find((p) => p.name === 'Uruguay River')
    expect(river?.id).toBe('region:uruguay-river')
    expect(river?.country).toBe(null)
  })
})

describe('participants, twenty-seventh round', () => {
  test('a person who says that a course will be held takes no part in it by saying so', () => {
    const doc = pipeline(
      lines(
        'The Saint Lucia Marine Police received two interceptor boats from Barbados on Monday at Rodney Bay.',
        'Assistant Superintendent Marcellus J. Descartes said two Marine Police coxswains would join the Barbados Coast Guard’s small boat handling course at HMBS Pelican from December 7 to 18.',
      ),
    )
    const course = doc.events.find((e) => e.type === 'training')
    expect(course).toBeDefined()
    expect(course?.participants.some((p) => p.kind === 'person')).toBe(false)
  })
  test('the body a speaker belongs to may still run it', () => {
    const doc = pipeline(
      lines(
        'The Antigua and Barbuda customs opened a container control unit on Monday at the Deep Water Harbour.',
        'UNODC’s regional coordinator, Ana B. Lozano, said the nine officers of the unit had completed a two-week targeting course in Bridgetown, Barbados, in September.',
      ),
    )
    const course = doc.events.find((e) => e.type === 'training')
    expect(course?.participants.map((p) => p.kind)).toContain('organization')
    expect(course?.participants.some((p) => p.kind === 'person')).toBe(false)
  })
})

describe('Spanish pages, twenty-seventh round', () => {
  const nota = [
    'Armada inaugura puesto naval en la isla Saona',
    'Nota de prensa | 27 de octubre de 2026',
    '',
    'MANO JUAN, isla Saona.- La Armada de República Dominicana inauguró el lunes 26 de octubre el nuevo puesto naval de Mano Juan, en la isla Saona.',
    '',
    'El antiguo destacamento quedó destruido por el huracán Fiona en septiembre de 2022.',
    '',
    'Desde el puesto, dos lanchas vigilarán el canal de la Catalina.',
    '',
    '###',
  ].join('\n')
  test('"MANO JUAN, isla Saona.-" is a dateline, and "la isla Saona" the island the gazetteer knows', () => {
    const doc = pipeline(nota)
    expect(doc.meta.dateline).toBe('MANO JUAN, isla Saona')
    expect(doc.places.find((p) => p.id === 'region:saona-island')?.country).toBe('DOM')
  })
  test('"inauguró" opens, "el huracán Fiona" is a storm, both in the dateline\'s country', () => {
    expect(placed(pipeline(nota))).toEqual(expect.arrayContaining(['other 2026-10-26 DOM', 'other 2022-09 DOM']))
  })
  test('"el río Negro" is a river, not a town named Rio Negro', () => {
    const doc = pipeline(lines('La Armada patrulló el río Negro el lunes, en el departamento de Alto Paraguay.', 'No hubo novedades.'))
    expect(doc.places.find((p) => p.name.toLowerCase().includes('negro'))?.kind).toBe('region')
  })
})

describe('event places, twenty-seventh round (2)', () => {
  test('"Bermudian Landing" is a village of the report\'s country, not Bermuda', () => {
    const doc = pipeline(
      lines(
        'BELMOPAN, Belize – NEMO held a flood evacuation exercise at Bermudian Landing on Wednesday, with residents of the village and the Belize Defence Force.',
        'A second exercise is planned in the Cayo District in March.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'Bermudian Landing')?.country).toBe('BLZ')
    expect(placed(doc)).toContain('exercise 2026-11-11 BLZ')
  })
  test('a patrol the text places nowhere, by forces of the one country the report is about, is in that country', () => {
    const doc = pipeline(
      lines(
        'The Costa Rica Coast Guard and the Costa Rica Air Surveillance Service completed a joint patrol of the waters around the national park from November 2 to 6, the Costa Rica Ministry of Public Security said.',
        'Costa Rica will repeat the patrol in January, the Costa Rica Coast Guard said.',
      ),
    )
    expect(placed(doc)).toContain('deployment 2026-11-02/2026-11-06 CRI')
  })
  test('"here" places an exchange between two states\' forces at the dateline', () => {
    const doc = pipeline(
      lines(
        'PIARCO, Trinidad and Tobago – Airmen of the Delaware Air National Guard and members of the Trinidad and Tobago Air Guard completed a five-day loadmaster exchange here, Nov. 2-6.',
        'The Delaware Airmen flew in from New Castle Air National Guard Base.',
      ),
    )
    expect(placed(doc)).toContain('training 2026-11-02/2026-11-06 TTO')
  })
})

describe('triggers, twenty-seventh round', () => {
  test('"will graduate" and "reopened" report events', () => {
    const doc = pipeline(
      lines(
        'PORT-AU-PRINCE, Haiti – On Monday, the Director General of the police reopened the Kenscoff police sub-station, closed since March.',
        'The police also announced that 412 cadets will graduate from the National Police Academy in Frères on December 11.',
        'The police thanked the residents of Kenscoff for their cooperation.',
      ),
    )
    expect(placed(doc)).toEqual(expect.arrayContaining(['other 2026-11-09 HTI', 'other 2026-12-11 HTI']))
  })
})

describe('merging, twenty-seventh round', () => {
  const dialogue = (partner: string, city: string, day: string, extra: string) =>
    run(
      `${partner}-${day}.txt`,
      lines(
        `The United States and ${partner} held their inaugural Maritime Security Dialogue in ${city} on ${day}, with delegations from both coast guards.`,
        extra,
        `The two governments will hold the second Maritime Security Dialogue in Washington next year.`,
      ),
    )
  const dialogues = (docs: ReturnType<typeof run>[]) => mergeEvents(docs.flatMap((d) => d.events)).filter((e) => e.series?.edition === '1')
  test('a series named without its parties is another series with another partner', () => {
    const merged = dialogues([dialogue('Peru', 'Lima', 'Tuesday', 'They discussed illegal fishing.'), dialogue('El Salvador', 'San Salvador', 'Monday', 'They discussed port security.')])
    expect(merged).toHaveLength(2)
  })
  test('the same dialogue told by two reports is one event', () => {
    const merged = dialogues([dialogue('Peru', 'Lima', 'Tuesday', 'They discussed illegal fishing.'), dialogue('Peru', 'Lima', 'Tuesday', 'The Peruvian Navy hosted a reception.')])
    expect(merged).toHaveLength(1)
    expect(merged[0]?.attestations).toHaveLength(2)
  })
})

describe('merging by name, twenty-seventh round', () => {
  test('"a third course" in two reports of two programmes is no shared name', () => {
    const a = run('a.txt', lines('The RCMP and CBSA closed a migrant smuggling course for the National Guard in Tapachula on Friday.', 'Canada will fund a third course in Mexico in February.', 'The course was the second of the programme.'))
    const b = run('b.txt', lines('The RCMP closed a firearms tracing course for the National Guard in Ciudad Juárez on Thursday.', 'A third course will be held in Mexico in February.', 'Twenty officers took part.'))
    const february = mergeEvents([...a.events, ...b.events]).filter((e) => e.start === '2027-02')
    expect(february.length).toBeGreaterThan(1)
  })
})

describe('merging by a meeting\'s number, twenty-seventh round', () => {
  test('"the fifth meeting" in one report and "la Quinta Reunión" held on given days in the other are one meeting', () => {
    const a = run(
      'a.txt',
      lines(
        'ESQUIPULAS, Guatemala – The army and police of Guatemala, El Salvador and Honduras held the sixth meeting of their border committee on Tuesday in Esquipulas.',
        'The fifth meeting was held in El Salvador in September.',
        'The seventh will be held in Honduras next year.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        'METAPÁN, El Salvador – Delegaciones de los ejércitos y policías de El Salvador, Guatemala y Honduras celebraron la Quinta Reunión del comité fronterizo el 29 de septiembre en Metapán.',
        'Las delegaciones acordaron patrullas coordinadas.',
        'La próxima reunión será en Guatemala.',
      ),
    )
    const september = mergeEvents([...a.events, ...b.events]).filter((e) => e.type === 'meeting' && e.start?.startsWith('2026-09'))
    expect(september).toHaveLength(1)
    expect(september[0]?.attestations).toHaveLength(2)
  })
})

describe('merging by description, twenty-seventh round', () => {
  const a = () => run('a.txt', lines('CASTRIES, Saint Lucia – The Marine Police and the Barbados Coast Guard held staff talks on Wednesday at Rodney Bay.', 'They reviewed the search and rescue exercise held off Vieux Fort on September 24.', 'The next talks will be in Barbados.'))
  test('a day-dated exercise and the same exercise known to its month, named alike, in one country are one', () => {
    const b = run('b.txt', lines('BRIDGETOWN, Barbados – The Barbados Coast Guard will send two boats to Saint Lucia next year.', 'The two services held a search and rescue exercise in Saint Lucia in September.', 'The talks ended on Friday.'))
    const september = mergeEvents([...a().events, ...b.events]).filter((e) => e.type === 'exercise' && e.start?.startsWith('2026-09'))
    expect(september).toHaveLength(1)
  })
  test('two month-dated events named alike say too little to be one', () => {
    const one = run('c.txt', lines('The navies will hold staff talks in Miami in March.', 'They will review the year.', 'The ministers met on Monday.'))
    const two = run('d.txt', lines('The two commands will hold staff talks in Miami in March.', 'They will plan exercises.', 'The chiefs met on Tuesday.'))
    const march = mergeEvents([...one.events, ...two.events]).filter((e) => e.start === '2027-03')
    expect(march.length).not.toBe(1)
  })
})

describe('amounts, twenty-seventh round', () => {
  test('"a US$1.3-million fleet" is 1.3 million dollars', () => {
    const doc = pipeline(lines('The United States on Tuesday handed over a US$1.3-million fleet of patrol vehicles to the Jamaica Constabulary Force in Spanish Town.', 'The vehicles will patrol St. Catherine.'))
    const handover = doc.events.find((e) => e.type === 'donation')
    expect(handover?.amounts).toEqual([{ text: 'US$1.3-million', value: 1300000, currency: 'USD' }])
  })
})

describe('merging by the same days, twenty-seventh round', () => {
  test('a multi-day patrol on the same days in two reports placing it nowhere is one', () => {
    const a = run('a.txt', lines('The Argentine Naval Prefecture held its first coordinated river patrol on October 10 and 11.', 'Eleven boats were checked.', 'The committee will meet again in March.'))
    const b = run('b.txt', lines('Las delegaciones revisaron el primer patrullaje coordinado en el río, realizado el 10 y 11 de octubre.', 'No hubo incidentes.', 'La próxima reunión será en marzo.'))
    const patrols = mergeEvents([...a.events, ...b.events]).filter((e) => e.type === 'deployment')
    expect(patrols).toHaveLength(1)
  })
})

describe('page chrome, twenty-seventh round', () => {
  const story = [
    'MONTEGO BAY, St. James – More than 160 officers from eleven agencies took part on Wednesday in a port security exercise at the cruise terminal, organised by the customs agency.',
    'The scenario simulated the discovery of a suspicious package in the baggage hall while a ship was alongside, and armed men leaving the port in a small boat.',
    'Findings from the exercise will be discussed at a debrief workshop for all participating agencies in Kingston next week.',
  ]
  test('"Reading time: 3 minutes" is a chrome line', () => {
    expect(chromeRuleOf('Reading time: 3 minutes')?.id).toBe('read-time')
    expect(chromeRuleOf('Tiempo de lectura: 4 minutos')?.id).toBe('read-time')
    expect(chromeRuleOf('3 min read')?.id).toBe('read-time')
  })
  test('"Reading time: 3 minutes" under a byline is not the story', () => {
    const doc = run('page.txt', ['The Harbour Times', 'Menu', 'Home', 'News', 'Search', 'Home > News > Security', 'Port agencies test their response', 'Written by Ana Brown | 23 October 2026', 'Reading time: 3 minutes', 'Image: Officers at the terminal. Credit: Customs Agency', story[0], '', ...story.slice(1).flatMap((p) => [p, ''])].join('\n'))
    expect(doc.text).not.toContain('Reading time')
    expect(doc.text.startsWith('MONTEGO BAY')).toBe(true)
  })
  test('a right-hand column beside the story (latest news, a poll) is not the story', () => {
    const html = `<!DOCTYPE html><html><head><title>Customs Agency | News</title></head><body class="gov-cms news-page">
<nav id="mainmenu"><ul><li>Home</li><li>About Us<ul><li>Our History</li><li>Divisions</li></ul></li><li>Media Centre<ul><li>Press Releases</li><li>News</li></ul></li></ul></nav>
<div id="content"><div class="crumbs">You are here: Home &gt; Media Centre &gt; Press Releases</div><div class="left-col"><h3 class="news-headline">Port agencies test their response</h3><p class="posted">Posted: Friday, 23 October 2026</p>
<div class="news-body">${story.map((p) => `<p>${p}`).join('\n')}</div>
<div class="printshare"><a href="#">Print</a> | <a href="#">Email this page</a></div>
</div>
<div class="right-col"><h4>Latest News</h4><ul><li>Customs Seizes Undeclared Firearms Parts at the Wharves</li><li>Brokers Reminded of Licence Renewal Deadline</li></ul>
<h4>Quick Poll</h4><p>How satisfied are you with the new online declaration system?</p></div></div>
<footer><p>Copyright 2026 Customs Agency.</p></footer></body></html>`
    const doc = run('page.html', html)
    expect(doc.text).not.toContain('Licence Renewal')
    expect(doc.text).not.toContain('How satisfied')
    expect(doc.text.trim().endsWith('in Kingston next week.')).toBe(true)
  })
})

describe('trainees, twenty-seventh round', () => {
  test('"The trainees came from …" after a graduation names those in the course, not in the ceremony', () => {
    const doc = pipeline(
      lines(
        'BOGOTÁ – Twenty-eight police officers from nine Caribbean countries graduated on Friday from a four-week anti-kidnapping course taught by the Colombian National Police in Bogotá.',
        'The trainees came from the Jamaica Constabulary Force, the Trinidad and Tobago Police Service and the Guyana Police Force.',
        'The course began on October 19 with classes on negotiation.',
      ),
    )
    const course = doc.events.find((e) => e.type === 'training')
    const ceremony = doc.events.find((e) => e.type === 'other')
    expect(course?.participants.map((p) => p.name)).toContain('Jamaica Constabulary Force')
    expect(ceremony?.participants.map((p) => p.name) ?? []).not.toContain('Jamaica Constabulary Force')
  })
})
