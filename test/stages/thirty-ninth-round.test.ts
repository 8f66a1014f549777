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
