/**
 * Fortieth round (issue 6: where events happen). Sentences are written for the rules; none is
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

describe('places, fortieth round: one town, one country', () => {
  test('a town first written beside a foreign one, "in Posadas and Barracão", later "in Barracão, Paraná": Brazilian at every mention', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Border committee meets in Posadas', 'Press Release | February 3, 2027'],
        'Argentine and Brazilian police officers held joint patrols last week in Posadas and Barracão.',
        'The next meeting of the committee will be held in Barracão, Paraná, in May.',
      ),
    )
    const town = doc.places.find((p) => p.name === 'Barracão')
    expect(town?.country).toBe('BRA')
    expect(town?.mentions).toHaveLength(2)
    const next = doc.events.find((e) => e.type === 'meeting' && e.status === 'scheduled')
    expect(next?.location?.country).toBe('BRA')
  })

  test('a state settled by its context keeps that sense: "CAPANEMA, Paraná" … "the state government of Paraná"', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Police and customs review ferry controls', 'News | February 5, 2027'],
        'CAPANEMA, Paraná – Argentine and Brazilian officials met on Thursday to review controls at the ferry crossing. The Argentine delegation was led by the Argentine gendarmerie and the Argentine customs service.',
        'Two cameras at the ferry ramp will be paid for by the state government of Paraná.',
      ),
    )
    const parana = doc.places.filter((p) => p.name === 'Paraná' || p.name === 'Parana')
    expect(parana.map((p) => [p.kind, p.country])).toEqual([['region', 'BRA']])
    expect(parana[0]?.mentions).toHaveLength(2)
  })

  test('"the Paraná and Paraguay rivers": two rivers, neither a state nor a country', () => {
    const doc = run(
      'readout.txt',
      lines(
        ['Readout of a meeting with the commander of Paraguay’s armed forces', 'Readout | February 8, 2027'],
        'The two officials discussed the work of the Paraguayan Armed Forces against organized crime along the Paraná and Paraguay rivers and in the department of Amambay.',
      ),
    )
    const rivers = doc.places.filter((p) => p.mentions.some((m) => m.text === 'Paraná' || (m.text === 'Paraguay' && m.start > 100)))
    expect(rivers.map((p) => p.name).sort()).toEqual(['Paraguay River', 'Paraná River'])
    expect(rivers.every((p) => p.kind === 'region')).toBe(true)
    expect(doc.places.some((p) => p.id === 'BRA')).toBe(false)
  })
})

describe('places, fortieth round: where a handover abroad happens', () => {
  test('"the United States Embassy handed over … at the Pointe Seraphine cruise terminal": in Saint Lucia, not the United States', () => {
    const doc = run(
      'news.txt',
      lines(
        ['Customs get new scanners', 'News | October 30, 2026'],
        'Customs officers at the Pointe Seraphine cruise terminal will screen luggage with new X-ray machines, after the United States Embassy handed over US$1.3 million in scanning equipment on Thursday.',
        'The equipment was bought through the U.S. Customs and Border Protection and the U.S. Department of State, and U.S. Customs and Border Protection officers will train the operators.',
        'The Royal Saint Lucia Police Force will also use one scanner at Hewanorra International Airport.',
        'Saint Lucia expects more than 300 cruise ship calls before the end of April, the Comptroller of Customs said.',
      ),
    )
    const handover = doc.events.find((e) => e.type === 'donation' && e.start === '2026-10-29')
    expect(handover?.location?.country).toBe('LCA')
  })

  test('"a coastal radar at Portland Point" on a page about Jamaica is no place in Oregon', () => {
    const doc = run(
      'readout.txt',
      lines(
        ['Readout of the Deputy Secretary’s meeting with Jamaica’s Minister of National Security', 'Readout | December 10, 2026'],
        'The Deputy Secretary met today in Washington with Jamaica’s Minister of National Security to review security cooperation between the United States and Jamaica.',
        'They welcomed last month’s handover of a coastal radar at Portland Point to the Jamaica Defence Force Coast Guard.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'Portland Point')?.country).not.toBe('USA')
  })
})

describe('pages, fortieth round: a page saved by a text browser', () => {
  const dump = [
    '   [1]Skip to content',
    '',
    '   [2]Belize Coast Guard',
    '',
    '   [3]Search ____________________ [4]Search',
    '',
    '     * [5]Home',
    '     * [6]News',
    '     * [7]Contact',
    '',
    '   [8]Home » [9]News » Coast Guard opens a post at Sarteneja',
    '',
    '            Coast Guard opens a post at Sarteneja',
    '',
    '   Posted on [10]March 2, 2027 by [11]Press Office',
    '',
    '   [12][IMG] The new post at Sarteneja. (Photo: Belize Coast Guard)',
    '',
    '   BELIZE CITY – The Belize Coast Guard on Monday opened a post at Sarteneja',
    '   with room for twelve coastguardsmen and two interceptor boats, the',
    '   commandant said.',
    '',
    '   Patrols of Chetumal Bay from the post will begin next week.',
    '',
    '   Share this:',
    '     * [13]Facebook',
    '     * [14]Email',
    '',
    '     ----------------------------------------------------------------------',
    '',
    'References',
    '',
    '   1. https://example.gov.bz/2027/03/02/post/#content',
    '   2. https://example.gov.bz/',
    '   3. https://example.gov.bz/?s=',
    '   4. https://example.gov.bz/?s=',
    '  13. https://example.gov.bz/2027/03/02/post/?share=facebook',
    '  14. mailto:?subject=Coast%20Guard',
    '',
  ].join('\n')

  test('its link numbers, image marks, form fields and references list go; the page reads as any dump', () => {
    const doc = run('post.txt', dump)
    expect(doc.meta.title).toBe('Coast Guard opens a post at Sarteneja')
    expect(doc.meta.published).toBe('2027-03-02')
    expect(doc.text.startsWith('BELIZE CITY – The Belize Coast Guard on Monday opened a post at Sarteneja with room for twelve')).toBe(true)
    expect(doc.text.trimEnd().endsWith('Patrols of Chetumal Bay from the post will begin next week.')).toBe(true)
    expect(doc.text).not.toMatch(/\[\d+\]|\[IMG\]|References|https?:|Facebook/)
  })

  test('a plain dump that only mentions references is left as it was', () => {
    const plain = ['Coast Guard opens a post at Sarteneja', 'March 2, 2027', '', 'The post [1] opened on Monday.', '', 'References', '', 'The commandant thanked the village council.', ''].join('\n')
    const doc = run('plain.txt', plain)
    expect(doc.text).toContain('The post [1] opened on Monday.')
    expect(doc.text).toContain('The commandant thanked the village council.')
  })
})

describe('pages, fortieth round: a headline in a table cell', () => {
  test('"<td class="titulo">" above a photo caption and a "Published: … | Visits" bar is the headline when <title> only names the site', () => {
    const html = `<!DOCTYPE html><html><head><title>SENAN - Servicio Nacional Aeronaval de Panamá :: News</title></head><body>
<table width="100%"><tr><td width="190"><table><tr><td><a href="/mision.aspx">Mission and Vision</a></td></tr><tr><td><a href="/bases.aspx">Aeronaval Bases</a></td></tr></table></td>
<td width="600"><table>
<tr><td><a href="/">Home</a> &gt; <a href="/noticias.aspx">News</a> &gt; Press Releases</td></tr>
<tr><td class="titulo"><font size="4"><b>SENAN Opens a Coastal Radar Station at Punta Mala</b></font></td></tr>
<tr><td>Published: 02/03/2027 &nbsp;|&nbsp; Visits: 815 &nbsp;|&nbsp; <a href="javascript:window.print()">Print</a></td></tr>
<tr><td><i>Officers at the new radar station at Punta Mala on Tuesday. Photo: SENAN Public Relations Directorate.</i></td></tr>
<tr><td class="texto"><p><b>PEDASÍ, Los Santos.</b> The National Aeronaval Service (SENAN) on Tuesday opened a coastal radar station at Punta Mala that covers the waters between the Azuero Peninsula and Isla Iguana, the service said.</p>
<p>The station is staffed by twelve SENAN personnel and will share its picture with the search and rescue sub-centre at Pedasí.</p></td></tr>
</table></td></tr></table></body></html>`
    const doc = run('page.html', html)
    expect(doc.meta.title).toBe('SENAN Opens a Coastal Radar Station at Punta Mala')
    expect(doc.meta.publisher).toBe('Servicio Nacional Aeronaval')
    expect(doc.text.startsWith('PEDASÍ, Los Santos. The National Aeronaval Service')).toBe(true)
  })
})

describe('events, fortieth round: a session of a standing body', () => {
  test('"co-chair the latest session of the … Working Group" and "the previous session, held in Washington in June 2026": two meetings', () => {
    const doc = run(
      'note.txt',
      lines(
        ['Assistant Secretary travels to the Dominican Republic', 'Media Note | February 5, 2027'],
        'In Santo Domingo, the Assistant Secretary will co-chair the latest session of the U.S.-Dominican Republic Border Security Working Group with the Director of the Specialized Port Security Corps (CESEP) on February 10 and 11.',
        'The delegations will review the commitments made at the previous session, held in Washington in June 2026, including container inspections at the main ports.',
      ),
    )
    const meetings = doc.events.filter((e) => e.type === 'meeting').map((e) => e.start).sort()
    expect(meetings).toEqual(['2026-06', '2027-02-10'])
  })

  test('"the opening session of the conference" is still a part of the conference', () => {
    const doc = run(
      'news.txt',
      lines(
        ['Regional conference on maritime security', 'News | March 3, 2027'],
        'Delegates from twelve countries attended the Caribbean Maritime Security Conference in Bridgetown on Monday and Tuesday.',
        'The Prime Minister addressed the opening session of the conference on Monday morning.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'meeting' || e.type === 'conference')).toHaveLength(1)
  })
})

describe('events, fortieth round: "to tour"', () => {
  test('"will tour the Coast Guard base at Staubles Bay on February 9": a visit', () => {
    const doc = run(
      'note.txt',
      lines(
        ['Assistant Secretary travels to Trinidad and Tobago', 'Media Note | February 5, 2027'],
        'The Assistant Secretary will tour the Trinidad and Tobago Coast Guard base at Staubles Bay on February 9 to see its new operations centre.',
      ),
    )
    const visit = doc.events.find((e) => e.type === 'visit')
    expect(visit?.start).toBe('2027-02-09')
    expect(visit?.location?.country).toBe('TTO')
  })

  test('"tour boat captains" and "local tour operators" report no visit', () => {
    const doc = run(
      'news.txt',
      lines(
        ['Navy opens a rescue station on Holbox', 'News | November 12, 2026'],
        'Fishermen and tour boat captains on Holbox will no longer wait for a rescue boat from Cancún, the Navy said on Tuesday.',
        'A joint drill with local tour operators is planned for the first week of December.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'visit')).toHaveLength(0)
  })
})

describe('events, fortieth round: taking possession', () => {
  test('"The Coast Guard yesterday took formal possession of a new forward operating base": a handover received that day', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard takes possession of Sarteneja base', 'Press Release | February 5, 2027'],
        'The Belize Coast Guard yesterday took formal possession of a new forward operating base in Sarteneja Village, a facility financed by the Government of the United States of America.',
      ),
    )
    const handover = doc.events.find((e) => e.type === 'donation')
    expect(handover?.start).toBe('2027-02-04')
    expect(handover?.status).toBe('occurred')
  })
})

describe('events, fortieth round: a flood told in a relief report', () => {
  test('"declared a state of emergency … on February 24" is an announcement; "evacuated 260 residents from flooded areas" is the response', () => {
    const doc = run(
      'release.txt',
      lines(
        ['U.S. relief flight lands in Esmeraldas', 'Press Release | March 3, 2027'],
        'Heavy rains that began on February 21 flooded neighborhoods of Esmeraldas city. The Government of Ecuador declared a state of emergency in the province on February 24.',
        'Ecuadorian Navy helicopters have evacuated 260 residents from flooded areas of Quinindé since last Thursday.',
      ),
    )
    expect(doc.events.find((e) => e.type === 'announcement')?.start).toBe('2027-02-24')
    expect(doc.events.some((e) => e.type === 'disaster_response' && e.start === '2027-02-25')).toBe(true)
  })

  test('a rescue at sea stays a rescue', () => {
    const doc = run(
      'statement.txt',
      lines(['Coast Guard rescues fishermen', 'Statement | January 16, 2027'], 'The Coast Guard on Friday evacuated two injured fishermen from a disabled boat east of Ragged Point.'),
    )
    expect(doc.events.some((e) => e.type === 'disaster_response')).toBe(false)
  })
})

describe('events, fortieth round: a relief flight', () => {
  test('"A second flight, carrying water purification units and generators, is scheduled to land in Esmeraldas on Friday": relief, not a visit', () => {
    const doc = run(
      'release.txt',
      lines(['Relief flight lands in Esmeraldas', 'Press Release | March 3, 2027'], 'A second flight, carrying water purification units and generators, is scheduled to land in Esmeraldas on Friday.'),
    )
    const flight = doc.events.find((e) => e.start === '2027-03-05')
    expect(flight?.type).toBe('disaster_response')
    expect(flight?.status).toBe('scheduled')
  })
})

describe('events, fortieth round: "a sign that"', () => {
  test('"its first permanent post … and a sign that the fight is waged on the water" signs nothing', () => {
    const doc = run(
      'news.txt',
      lines(['Navy takes over a river base', 'News | February 11, 2027'], 'SAYAXCHÉ — The Navy on Wednesday took charge of a river base built with United States money in this town, its first permanent post in Petén and a sign that the fight against drug trafficking is moving to the water.'),
    )
    expect(doc.events.some((e) => e.type === 'agreement')).toBe(false)
  })
  test('"will sign a memorandum" still does', () => {
    const doc = run('note.txt', lines(['Ministers to sign memorandum', 'Media Note | February 11, 2027'], 'The two ministers will sign a memorandum of understanding on maritime security in Guatemala City on February 15.'))
    expect(doc.events.some((e) => e.type === 'agreement' && e.start === '2027-02-15')).toBe(true)
  })
})
