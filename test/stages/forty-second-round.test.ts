/**
 * Forty-second round (issue 6: events, where they happen, and merging). Sentences are written for
 * the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')

describe('places after a date', () => {
  test('"set for March 9 in Laguna Seca": the date before "in" is no title-case name, so the town is a place', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Border committee agrees on patrols', 'Press Release | February 2, 2027'],
        'The committee of the two border towns met on Monday and agreed to share radio reports every day.',
        'Its next meeting is set for March 9 in Laguna Seca, where the delegations will review the first month of patrols.',
      ),
    )
    expect(doc.places.map((p) => p.name)).toContain('Laguna Seca')
    expect(doc.events.find((e) => e.start === '2027-03-09')?.status).toBe('scheduled')
  })
})

describe('an act named by its month', () => {
  test('"builds on the delivery in May of two patrol boats": a delivery of its own, not the handover reported', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Embassy hands over interceptors', 'Press Release | December 3, 2026'],
        'The U.S. Embassy today handed over three interceptor boats to the Belize Coast Guard at a ceremony in Belize City.',
        'The handover builds on the delivery in May of two riverine patrol boats to the Coast Guard station at Punta Gorda.',
      ),
    )
    const donations = doc.events.filter((e) => e.type === 'donation').map((e) => e.start)
    expect(donations).toContain('2026-12-03')
    expect(donations).toContain('2026-05')
  })
})

describe('needs assessment teams', () => {
  test('a disaster agency\'s needs assessment team sent after floods responds to the disaster', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Regional support after the floods', 'Statement | March 4, 2027'],
        'Heavy rain on Saturday cut roads in the south of the island and left hundreds of families without water.',
        'The Caribbean Disaster Emergency Management Agency deployed a rapid needs assessment team to Saint Lucia on Monday to work with the National Emergency Management Organisation.',
      ),
    )
    const sent = doc.events.find((e) => e.start === '2027-03-01')
    expect(sent?.type).toBe('disaster_response')
  })
})

describe('dates, forty-second round', () => {
  test('Portuguese dates read as Spanish ones do: "19 de fevereiro", "de 1º a 19 de fevereiro", "setembro de 2026", "10 e 11 de março"', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Marinha conclui curso de abordagem', 'Notícia | 22 de fevereiro de 2027'],
        'Uma equipe da Marinha do Brasil concluiu, em 19 de fevereiro, o curso de abordagem realizado de 1º a 19 de fevereiro no Suriname.',
        'O curso foi acertado durante a visita do comandante a Belém, em setembro de 2026, e a próxima etapa será em 10 e 11 de março.',
      ),
    )
    const values = doc.dates.map((d) => `${d.text}=${d.value.start}${d.value.end ? '..' + d.value.end : ''}`)
    expect(values).toContain('19 de fevereiro=2027-02-19')
    expect(values).toContain('1º a 19 de fevereiro=2027-02-01..2027-02-19')
    expect(values).toContain('setembro de 2026=2026-09')
    expect(values).toContain('10 e 11 de março=2027-03-10..2027-03-11')
  })

  test('"en el marco de" is no month: the Portuguese "março" is read with its cedilla only', () => {
    const doc = run(
      'release.txt',
      lines(['Reunión binacional', 'Comunicado | 2 de febrero de 2027'], 'Las delegaciones se reunieron el lunes en el marco de la cooperación entre los dos países para revisar los patrullajes.'),
    )
    expect(doc.dates.map((d) => d.text)).not.toContain('marco')
  })

  test('"On March 5, 25 Sailors painted …": the number after the day counts the Sailors, it is no year', () => {
    const doc = run(
      'release.txt',
      lines(['Ship visits Puntarenas', 'News | March 9, 2027'], 'On March 5, 25 Sailors painted classrooms and repaired desks at a primary school near the port.'),
    )
    const march = doc.dates.find((d) => d.text.startsWith('March 5'))
    expect(march?.text).toBe('March 5')
    expect(march?.value.start).toBe('2027-03-05')
  })

  test('a page printed to text: "the night of 6 to / 7 February." is one sentence, not a date line', () => {
    const text = [
      'REGIONAL SECURITY SYSTEM',
      '',
      'PRESS RELEASE',
      '',
      'Date: 10 February 2027',
      '',
      'RSS SENDS ENGINEERS AFTER FLASH FLOODS',
      '',
      'The Regional Security System (RSS) has deployed an engineering team and flown relief',
      'supplies to Saint Lucia after the flash floods that struck the east coast on the night of 6 to',
      '7 February.',
      '',
      'The engineers will clear the East Coast Road and repair two bridges over the coming weeks,',
      'working with the Ministry of Infrastructure and the National Emergency Management Organisation.',
      '',
      '– END –',
    ].join('\n')
    const doc = run('release.txt', text)
    expect(doc.text).toContain('on the night of 6 to 7 February.')
    const range = doc.dates.find((d) => d.text === '6 to 7 February')
    expect(range?.value).toMatchObject({ start: '2027-02-06', end: '2027-02-07' })
  })
})

describe('pages, forty-second round', () => {
  test('a release told in two table cells of one class, a photo row between them: both cells are the body', () => {
    const cell = (ps: string[]) => `<tr><td class="prbody">${ps.map((p) => `<p>${p}</p>`).join('')}</td></tr>`
    const html = `<html><head><title>Police Force</title></head><body><table><tr><td class="nav"><a href="/">Home</a> <a href="/news">News</a></td>
<td class="maincol"><table class="prtable">
<tr><td class="prdate">Date: Wednesday 3rd March, 2027</td></tr>
<tr><td class="prtitle"><h3>OFFICERS COMPLETE RESCUE COURSE</h3></td></tr>
${cell(['Fourteen officers of the Special Service Unit received certificates on Friday at the end of a two-week mountain rescue course taught by French instructors.', 'The course ran from February 15 to 26 and was taught by seven instructors from Martinique, who trained the officers in rope rescue, casualty evacuation and navigation in cloud forest.'])}
<tr><td class="prphoto"><img src="x.jpg" alt=""><br><span>Officers carry a stretcher on the trail. (Photo: Police)</span></td></tr>
${cell(['The course ended with a twenty-hour exercise in which teams found a simulated injured hiker in the valley and carried her out along the trail to the road, working through the night in heavy rain and cloud.', 'The training was requested after a long search for two missing hikers last year, which involved the police, the fire service, forestry officers and many volunteers from the villages around the park.', 'A second phase of the training, on river and canyon rescue, is planned for June in Martinique, where four officers and two firefighters will train alongside French units.'])}
</table></td></tr></table></body></html>`
    const doc = run('page.html', html)
    expect(doc.text).toContain('Fourteen officers of the Special Service Unit')
    expect(doc.text).toContain('A second phase of the training')
  })

  test('a letterhead\'s address in parts ("Paragon, Christ Church, Barbados, W.I.") over its contact line is no headline', () => {
    const text = [
      'REGIONAL SECURITY SYSTEM',
      'Central Liaison Office',
      'Paragon, Christ Church, Barbados, W.I.',
      'Tel: (246) 555-0100 | Email: info@example.org',
      '',
      'PRESS RELEASE',
      '',
      'Ref: RSS/PR/004/27                         Date: 10 February 2027',
      '',
      'RSS SENDS ENGINEERS TO SAINT LUCIA AFTER FLOODS',
      '',
      'The Regional Security System has deployed an engineering team to Saint Lucia after the flash floods that struck the east coast at the weekend.',
      '',
      'The engineers will clear the East Coast Road and repair two bridges over the coming weeks with the Ministry of Infrastructure.',
      '',
      '– END –',
    ].join('\n')
    const doc = run('release.txt', text)
    expect(doc.meta.title).toBe('RSS SENDS ENGINEERS TO SAINT LUCIA AFTER FLOODS')
    expect(doc.text.startsWith('The Regional Security System has deployed')).toBe(true)
  })
})

describe('places of one name, forty-second round', () => {
  test('a town far from the one mention of its country takes the name when the country of its first sense is never named', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Police open marine sub-station', 'Press Release | February 12, 2027'],
        'The Ministry of Home Affairs of Belize today opened a marine sub-station for the police on the north of the reef, with two boats, a radio room and quarters for twelve officers.',
        'Officers from the new post will patrol the waters between the reef and the mainland at night, working with the Coast Guard and with the Fisheries Department, which has asked for more help against illegal nets.',
        'The sub-station was built in eight months by a local contractor and paid for by the British High Commission, which also gave the radios, the solar panels and the two outboard engines of the smaller boat.',
        'The station will work closely with the police base at San Pedro, which covers the southern half of the caye.',
      ),
    )
    expect(doc.places.find((p) => p.name === 'San Pedro')?.country).toBe('BLZ')
  })
})

describe('a port visit dated by its departure', () => {
  test('"departed Golfito March 6 after a five-day port visit" spans March 2 to 6; the date the visit "was authorized" is not its own', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navy ship completes port visit', 'News | March 9, 2027'],
        'GOLFITO, Costa Rica – The expeditionary fast transport USNS Carson City departed Golfito, Costa Rica, March 6 after a five-day port visit that included training with the National Coast Guard Service.',
        'The visit was authorized by the Legislative Assembly in December 2026.',
      ),
    )
    const visit = doc.events.find((e) => e.type === 'visit')
    expect(visit?.start).toBe('2027-03-02')
    expect(visit?.end).toBe('2027-03-06')
  })
})

describe('a statement printed in quotation marks', () => {
  test('"The following statement was issued …:" then the statement in quotes: its events are the release\'s, not speech', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard statement on seizure', 'Statement | February 2, 2027'],
        'The following statement was issued today by the Commanding Officer of the Coast Guard:',
        '“On 9 January our crews seized some 600 pounds of ganja from a go-fast vessel abandoned off Little Cayman, which remains under investigation.',
        'I thank our crews and our partners in the region for their work at sea.”',
      ),
    )
    expect(doc.events.find((e) => e.start === '2027-01-09')?.type).toBe('other')
  })

  test('"received a distress call" is no delivery', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard rescues fishermen', 'News | February 2, 2027'],
        'On Monday the Coast Guard operations centre received a distress call from a canoe taking on water near the bank, and a patrol boat reached it within an hour.',
      ),
    )
    expect(doc.events.filter((e) => e.type === 'donation')).toEqual([])
  })
})

describe('a visit for a meeting', () => {
  test('"hosted Dominican Navy officials … for the latest meeting of the Liaison Board" is the meeting', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard hosts liaison board', 'News | March 19, 2027'],
        'AGUADILLA, Puerto Rico — Coast Guard Sector San Juan hosted Dominican Navy officials Wednesday and Thursday at Air Station Borinquen for the latest meeting of the Mona Passage Liaison Board.',
      ),
    )
    const hosted = doc.events.find((e) => e.start === '2027-03-17')
    expect(hosted?.type).toBe('meeting')
  })
})

describe('relief flown in by the ton', () => {
  test('"flew 14 tons of relief supplies to Portoviejo on February 12" is a disaster response', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Readout of the Deputy Secretary\'s meeting', 'Readout | February 20, 2027'],
        'The Deputy Secretary noted the support of U.S. Southern Command, which flew 14 tons of relief supplies to Portoviejo, Ecuador, on February 12 after the floods.',
      ),
    )
    const relief = doc.events.find((e) => e.start === '2027-02-12')
    expect(relief?.type).toBe('disaster_response')
    expect(relief?.location?.country).toBe('ECU')
  })
})

describe('a storm told in a readout of a meeting in Washington', () => {
  test('floods that "struck the coast", placed nowhere, struck the one partner state at the meeting, not the United States', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Readout of the Deputy Secretary\'s meeting with Ecuador\'s Interior Minister', 'Readout | February 20, 2027'],
        'WASHINGTON – Deputy Secretary of Homeland Security Adaeze Okafor met Ecuador\'s Minister of the Interior, María Yánez, in Washington on February 18.',
        'The Minister briefed the Deputy Secretary on recovery efforts after the floods that struck the coast in early February.',
      ),
    )
    const floods = doc.events.find((e) => e.type === 'other' && e.start === '2027-02')
    expect(floods?.location?.country).toBe('ECU')
  })
})
