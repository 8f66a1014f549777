/**
 * Thirty-ninth round (issue 6: events and their parties). Sentences are written for the rules;
 * none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const ids = (e: { participants: Array<{ id: string }> } | undefined) => (e?.participants ?? []).map((p) => p.id).sort()

describe('events, thirty-ninth round', () => {
  test('"also addressed the ceremony" after a course told in passing: the opening told before', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Police open a marine post at Harbour Point', 'Press Release | January 15, 2027'],
        'The Jamaica Constabulary Force on Thursday opened a marine post at Harbour Point, Saint Elizabeth.',
        'Superintendent Delroy K. Ashbourne said twelve officers assigned to the post had completed a boat handling course at the Caribbean Maritime University in November.',
        'Deputy Superintendent Paulette N. Grierson-Watt also addressed the ceremony.',
      ),
    )
    const opening = doc.events.find((e) => e.type === 'other' && e.start === '2027-01-14')
    const course = doc.events.find((e) => e.type === 'training')
    expect(opening).toBeDefined()
    expect(ids(opening)).toContain('person:paulette-n-grierson-watt')
    expect(ids(course)).not.toContain('person:paulette-n-grierson-watt')
  })
})

describe('events, thirty-ninth round: a hosted gathering and who meets there', () => {
  test('"will host the … Working Group in Tampa … Delegations … will meet with U.S. officials": one meeting', () => {
    const doc = run(
      'note.txt',
      lines(
        ['Working Group on Maritime Domain Awareness', 'Media Note | January 20, 2027'],
        'The United States will host the Caribbean Basin Security Initiative Technical Working Group on Maritime Domain Awareness in Tampa, Florida, from February 9 to 11. Delegations from Guyana, Suriname and Barbados will meet with U.S. officials to improve the sharing of radar data.',
      ),
    )
    const meetings = doc.events.filter((e) => e.type === 'meeting')
    expect(meetings).toHaveLength(1)
    expect(ids(meetings[0])).toEqual(expect.arrayContaining(['GUY', 'SUR', 'BRB', 'USA']))
  })
})

describe('pages and entities, thirty-ninth round', () => {
  test('a page printed from a browser to text: its print header, time and "1/2" go, and the wrapped headline is whole', () => {
    const url = 'https://www.example.gc.ca/en/department-national-defence/news/2027/02/canadian-forces-airlift-water-purification-units-to-haiti.html'
    const head = '2027-02-16, 9:05 a.m.      Canadian Forces airlift water purification units to Haiti - Canada.ca'
    const wrap = (s: string): string[] => {
      const out: string[] = []
      let line = ''
      for (const word of s.split(' ')) {
        if (line && line.length + word.length + 1 > 76) {
          out.push(line)
          line = word
        } else line = line ? `${line} ${word}` : word
      }
      return [...out, line]
    }
    const para = (s: string) => [...wrap(s), '']
    const text = [
      head,
      '',
      'Government of Canada / Gouvernement du Canada',
      '',
      'News release',
      '',
      'Canadian Forces airlift water purification units to',
      'Haiti',
      '',
      'February 16, 2027 – Ottawa, Ontario – National Defence',
      '',
      ...para('The Canadian Armed Forces delivered two water purification units and a team of eight engineers to Cap-Haïtien on February 14, after floods in the Nord department cut the town’s water supply for the third time this winter.'),
      ...para('The units, flown from Trenton aboard a CC-177 Globemaster, can each produce fifty thousand litres of drinking water a day, and the engineers will train Haitian civil protection staff to run them over the next three weeks.'),
      ...para('Officials of the Haitian civil protection directorate received the equipment at the airport and will decide with the engineers where in the town the two units are to be set up.'),
      ...para('The team will stay in Cap-Haïtien until March 7, when a second rotation of engineers is due to arrive from Canada.'),
      `${url}      1/2`,
      '',
      head,
      '',
      ...para('Canada has supported disaster preparedness in northern Haiti since 2010, including the construction of two emergency shelters in Cap-Haïtien that were used again during the floods of this winter.'),
      `${url}      2/2`,
    ].join('\n')
    const doc = run('release.txt', text)
    expect(doc.meta.title).toBe('Canadian Forces airlift water purification units to Haiti')
    expect(doc.text).not.toMatch(/9:05 a\.m\.|1\/2|2\/2|Canada\.ca/)
    expect(doc.text).toContain('Canada has supported disaster preparedness')
  })
  test('"the Marine Police Division" after "Jamaica Constabulary Force (JCF) Marine Police Division": the organization the gazetteer holds', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Marine Police receive a new boat shed', 'Press Release | January 22, 2027'],
        'Members of the Jamaica Constabulary Force (JCF) Marine Police Division will operate from a new boat shed at Old Harbour Bay, handed over on Thursday.',
        'Two patrol boats delivered to the Marine Police Division in December will be kept in the shed.',
      ),
    )
    const marine = doc.organizations.filter((o) => /Marine Police/.test(o.name) || o.id.includes('marine-police'))
    expect(marine.map((o) => o.id)).toEqual(['org:jcf-marine-police'])
  })
})

describe('dates, thirty-ninth round', () => {
  test('"From the 25th" is the 25th the text named before; a unit or a day never named is none', () => {
    const doc = run(
      'news.txt',
      lines(
        ['Border police plan joint checks', 'News | January 15, 2027'],
        'The checks will run from January 25 to March 14 on both banks of the river.',
        '“From the 25th, they will see one operation,” the chief said. Soldiers of the 12th Infantry and officers who joined on the 9th will take part.',
      ),
    )
    const ordinal = doc.dates.filter((d) => /^the \d/.test(d.text))
    expect(ordinal.map((d) => [d.text, d.value.start])).toEqual([['the 25th', '2027-01-25']])
  })
})

describe('pages, thirty-ninth round', () => {
  test('a site alert line in a dump is chrome, and the headline under the breadcrumb is the title', () => {
    const doc = run(
      'embassy.txt',
      [
        'U.S. Embassy in Barbados',
        '',
        'Alert: The Consular Section in Wildey will be closed on February 15 for Presidents’ Day.',
        '',
        'Home | News & Events | Press Releases',
        '',
        'U.S. Coast Guard Trains Barbados Coast Guard Engineers at HMBS Pelican',
        '',
        'February 5, 2027 | Topics: Press Releases',
        '',
        'BRIDGETOWN, Barbados – A U.S. Coast Guard mobile training team completed a two-week engine maintenance course for twelve engineers of the Barbados Coast Guard at HMBS Pelican on Thursday.',
        '',
        'The course covered outboard engine overhauls, fuel system troubleshooting and preventive maintenance schedules for the service’s interceptor fleet.',
        '',
        '###',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('U.S. Coast Guard Trains Barbados Coast Guard Engineers at HMBS Pelican')
    expect(doc.text).not.toContain('Consular Section')
    expect(doc.text.startsWith('BRIDGETOWN, Barbados')).toBe(true)
  })
  test('a printed release: the press office and a bare reference code are head, a name wrapped after its initial is whole', () => {
    const body = [
      'GEORGETOWN – Soldiers of the Guyana Defence Force and instructors from the Florida National',
      'Guard opened a two-week jungle medicine course on Monday at Base Camp Stephenson, on the',
      'Soesdyke-Linden Highway, with thirty participants from three services of the country.',
      '',
      '“These skills save lives where no hospital is near,” said U.S. Ambassador to Guyana Nicole M.',
      'Farrington at the opening ceremony, which the Chief of Defence Staff also attended this week.',
      '',
      'The course runs until February 26 and ends with a casualty evacuation exercise on the Demerara',
      'River, in which boats of the Coast Guard will carry the patients to a field hospital.',
    ]
    const doc = run(
      'release.txt',
      [
        'U.S. EMBASSY GEORGETOWN                                        PRESS RELEASE',
        'Public Affairs Section',
        '',
        'FOR IMMEDIATE RELEASE                                   February 16, 2027',
        '                                                        PR-2027-011',
        '',
        '  Florida National Guard and Guyana Defence Force Open Jungle Medicine',
        '               Course at Base Camp Stephenson',
        '',
        ...body,
        '',
        '_____________________________________________________________________________',
        'U.S. Embassy Georgetown | Public Affairs Section                     Page 1 of 1',
        '',
        '###',
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('Florida National Guard and Guyana Defence Force Open Jungle Medicine Course at Base Camp Stephenson')
    expect(doc.people.map((p) => p.name)).toContain('Nicole M. Farrington')
  })
  test('a photo caption in a cell of class "photocaption" is not the article', () => {
    const html = `<html><head><title>Minister Commissions Coast Guard Base at Moruga</title></head><body>
<table><tr><td class="releasetitle"><b>Minister Commissions Coast Guard Base at Moruga</b></td></tr>
<tr><td class="releasetext">
<table align="right" class="photobox"><tr><td><img src="/a.jpg" alt=""></td></tr><tr><td class="photocaption">The Minister unveils the plaque. Photo courtesy the TTCG Public Affairs Unit.</td></tr></table>
<font face="Arial" size="2">The Minister of National Security commissioned the Trinidad and Tobago Coast Guard’s new forward base at Moruga on Tuesday, the third such base on the south coast.<br><br>
The base will house two interceptors and a crew of eighteen, and will watch the Columbus Channel around the clock.<br><br>
The Chief of Defence Staff said a fourth base would open at Icacos later in the year.</font>
</td></tr></table></body></html>`
    const doc = run('page.html', html)
    expect(doc.text).not.toContain('Photo courtesy')
    expect(doc.text.startsWith('The Minister of National Security commissioned')).toBe(true)
  })
})

describe('events, thirty-ninth round: an act named by its month', () => {
  test('"a report on the seizure in December of 312 kilograms": the seizure of December, not the meeting’s date', () => {
    const doc = run(
      'news.txt',
      lines(
        ['Border committee meets in Rivera', 'News | January 15, 2027'],
        'The fourth meeting of the Rivera–Livramento Border Committee was held at Rivera City Hall.',
        'The meeting also heard a report on the seizure in December of 280 kilograms of marijuana from a bus at the border crossing.',
      ),
    )
    const seizure = doc.events.find((e) => e.type === 'other' && e.start === '2026-12')
    expect(seizure).toBeDefined()
    expect(doc.events.filter((e) => e.type === 'meeting' && e.start === '2026-12')).toEqual([])
  })
})

describe('pages and entities, thirty-ninth round: a summary under the headline, a consul in a town', () => {
  test('a "Page-description" paragraph under the headline is head, not the body', () => {
    const html = `<html><head><title>Comité de Frontera evaluó el operativo | Ministerio del Interior</title></head><body>
<div class="Page-document"><h1 class="Page-title">Comité de Frontera evaluó el operativo</h1>
<div class="Page-description"><p>Autoridades de Uruguay y Brasil revisaron los resultados del operativo conjunto y acordaron nuevas capacitaciones.</p></div>
<div class="Page-body"><p>La sede de la Jefatura de Policía de Rivera recibió ayer la reunión del Comité de Frontera, en la que autoridades de los dos países evaluaron el primer mes del operativo.</p>
<p>La reunión fue copresidida por los cónsules de ambos países y contó con la presencia de los jefes de policía de las dos ciudades.</p></div></div></body></html>`
    const doc = run('page.html', html)
    expect(doc.text.startsWith('La sede de la Jefatura')).toBe(true)
  })
  test('"Uruguay’s consul in Quaraí, Silvana Techera Olid": a person holding an office in a town, not a place', () => {
    const doc = run(
      'news.txt',
      lines(
        ['Border committee meets in Quaraí', 'News | January 15, 2027'],
        'The meeting was co-chaired by Uruguay’s consul in Quaraí, Silvana Techera Olid, and Brazil’s consul in Artigas, Rodrigo Vasconcellos Pinto.',
      ),
    )
    expect(doc.places.map((p) => p.name)).not.toContain('Silvana Techera Olid')
    expect(doc.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Silvana Techera Olid', 'Rodrigo Vasconcellos Pinto']))
  })
})

describe('events, thirty-ninth round: a venue receives a meeting', () => {
  test('"La sede de la Jefatura … recibió ayer la cuarta reunión del Comité": a meeting hosted, not a gift received', () => {
    const doc = run(
      'noticia.txt',
      lines(
        ['Comité de Frontera evaluó el operativo', 'Noticias | 25 de febrero de 2027'],
        'La sede de la Jefatura de Policía de Rivera recibió ayer la cuarta reunión del Comité de Frontera Rivera–Livramento, en la que autoridades de Uruguay y Brasil evaluaron el operativo conjunto.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'donation')).toEqual([])
    expect(doc.events.some((e) => e.type === 'meeting' && e.start === '2027-02-24')).toBe(true)
  })
})

describe('events, thirty-ninth round: an exercise begun with an opening ceremony', () => {
  test('"began Exercise Savanna Shield on Sunday with an opening ceremony": the exercise starts that day and runs to the end given', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Exercise Savanna Shield opens at Lethem', 'Press Release | February 22, 2027'],
        'More than 400 troops from five countries began Exercise Savanna Shield on Sunday with an opening ceremony at the forward base at Moco Moco, near Lethem.',
        'The multinational exercise, which runs until March 5, brings together the Guyana Defence Force, the Brazilian Army and U.S. Army South.',
      ),
    )
    const exercise = doc.events.find((e) => e.type === 'exercise')
    expect(exercise?.start).toBe('2027-02-21')
    expect(exercise?.end).toBe('2027-03-05')
  })
})

describe('events, thirty-ninth round: lessons from another time', () => {
  test('"said the exercise applied lessons from October 2026": not the exercise’s date; "lessons learned from last month’s conference" still dates the conference', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navy and Coast Guard complete rescue exercise', 'Press Release | January 29, 2027'],
        'Crews of the U.S. Coast Guard and the Dominican Navy wrapped up a four-day combined search and rescue exercise off Samaná on Thursday, testing how quickly the two services can find people in the water.',
        'The exercise, which began Monday, brought together a helicopter crew from Aguadilla and two interceptors of the Navy.',
        'Vice Admiral Ramón E. Ortiz Polanco, Commander General of the Navy, said the exercise applied lessons from October 2026, when Navy and Coast Guard units rescued 31 people from a capsized vessel.',
        'The commanders reviewed lessons learned from last month’s Caribbean Nations Security Conference.',
      ),
    )
    const exercise = doc.events.find((e) => e.type === 'exercise')
    expect(exercise?.start?.startsWith('2027-01')).toBe(true)
    expect(doc.events.some((e) => e.type === 'conference' && e.start === '2026-12')).toBe(true)
  })
})

describe('events, thirty-ninth round: a visit and what it combines', () => {
  test('"arrived … on Monday for a five-day visit … that combines training with the SKNDF": the visit is the event', () => {
    const doc = run(
      'news.txt',
      lines(
        ['USNS Trenton visits St. Kitts', 'News | February 4, 2027'],
        'The United States Navy expeditionary fast transport USNS Trenton arrived at Port Zante on Monday for a five-day visit to St. Kitts and Nevis that combines training with the St. Kitts and Nevis Defence Force and community work in the north of the island.',
      ),
    )
    expect(doc.events.some((e) => e.type === 'visit' && e.start === '2027-02-01')).toBe(true)
  })
})

describe('events, thirty-ninth round: a rescue told as lives saved', () => {
  test('"an operation on Saturday that … saved the lives of seven fishermen": a rescue that day', () => {
    const doc = run(
      'statement.txt',
      lines(
        ['Statement on the Honduran Naval Force rescue', 'Statement | January 11, 2027'],
        'The United States congratulates the Honduran Naval Force on an operation on Saturday that saved the lives of seven Honduran fishermen near Cayos Cajones.',
      ),
    )
    expect(doc.events.some((e) => e.type === 'other' && e.start === '2027-01-09')).toBe(true)
  })
})
