/**
 * Thirty-second round (issue 6: events). Sentences and pages are written for the rules; none is
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
const release = (...body: string[]) => run('release.txt', lines(['Border committee meets again', 'Press Release | November 20, 2026'], ...body))
const opening =
  'TULCÁN, Ecuador – Police and military commanders of Ecuador and Colombia met in Tulcán on Wednesday for the seventh meeting of their binational border committee.'

describe('operations under way, thirty-second round', () => {
  test('"X said coordinated patrols … had been running since October 1" is a patrol since that day ("said" is no determiner)', () => {
    const doc = release(
      opening,
      'Colonel Andrés Viteri said coordinated patrols agreed at the sixth meeting, held in Ipiales in July, had been running on both sides of the line since October 1.',
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.start).toBe('2026-10-01')
    expect(patrol?.location).toBeNull()
  })
  test('"the coordinated patrols that the two forces have carried out since May" are patrols since May, not a habit', () => {
    const doc = release(opening, 'The committee reviewed the results of the coordinated patrols that Ecuadorian and Colombian units have carried out along the San Miguel River since May.')
    expect(doc.events.filter((e) => e.type === 'deployment').map((e) => e.start)).toEqual(['2026-05'])
  })
  test('a count kept "since 2019" stays no event', () => {
    const doc = release(opening, 'The coast guard has carried out more than 400 patrols with partner navies since 2019.')
    expect(doc.events.map((e) => e.type)).not.toContain('deployment')
  })
  test('"received its first report on the patrols" is no handover', () => {
    const doc = release(opening, 'The committee received its first report on the coordinated patrols that the two navies have run since March 2.')
    expect(doc.events.map((e) => e.type)).not.toContain('donation')
    expect(doc.events.find((e) => e.type === 'deployment')?.start).toBe('2026-03-02')
  })
})

describe('joint checks and inspections, thirty-second round', () => {
  test('"coordinated controls at the crossing, which took place from October 19 to 30" are an operation of both states, in neither', () => {
    const doc = release(
      opening,
      'At the sixth meeting, the two police forces had agreed on coordinated controls at the Rumichaca crossing, which took place from October 19 to 30.',
    )
    const checks = doc.events.find((e) => e.type === 'deployment')
    expect(checks?.start).toBe('2026-10-19')
    expect(checks?.end).toBe('2026-10-30')
  })
  test('"joint checkpoints during the week of November 23" with the services of two states are placed in neither', () => {
    const doc = release(
      opening,
      'The two sides agreed to set up joint checkpoints during the week of November 23, with officers of the Ecuadorian National Police and the Colombian National Police.',
    )
    const checks = doc.events.find((e) => e.type === 'deployment')
    expect(checks?.start).toBe('2026-11-23')
    expect(checks?.location?.country ?? null).toBeNull()
  })
  test('"joint inspections at both ferry landings from November 16" are an event with no one country', () => {
    const doc = release(opening, 'The delegates agreed to run joint inspections at both ferry landings from November 16.')
    const checks = doc.events.find((e) => e.type === 'other')
    expect(checks?.start).toBe('2026-11-16')
    expect(checks?.location?.country ?? null).toBeNull()
  })
  test('a joint control action of one territory\'s services, placed by its own clause, keeps its place', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Police hold joint control action', 'Press Release | September 14, 2026'],
        'PHILIPSBURG – The Police Force of Sint Maarten held a joint control action with the French Gendarmerie in Simpson Bay on Friday, September 11.',
      ),
    )
    const action = doc.events.find((e) => e.type === 'other')
    expect(action?.location?.country).toBe('SXM')
  })
})

describe('closing ceremonies, thirty-second round', () => {
  const course = (...more: string[]) =>
    run(
      'release.txt',
      lines(
        ['Regional officers complete peacekeeping course', 'Press Release | November 14, 2026'],
        'CUMUTO, Trinidad – Thirty officers from eight Caribbean states completed a two-week peace support operations course at the Defence Force Training Centre from November 2 to 13.',
        ...more,
      ),
    )
  test('"The closing ceremony was addressed by …", with no date of its own, is on the course\'s last day', () => {
    const doc = course('The closing ceremony was addressed by the Chief of Defence Staff, Air Commodore Dana Ramcharan.')
    expect(doc.events.filter((e) => e.type === 'other').map((e) => e.start)).toEqual(['2026-11-13'])
  })
  test('"Speaking at the closing ceremony, X said that ports handle more containers each year": the habit is what X says, not the ceremony\'s', () => {
    const doc = course('Speaking at the closing ceremony yesterday, Colonel Dana Ramcharan said that the region’s ports handle more containers each year than officers can inspect.')
    expect(doc.events.filter((e) => e.type === 'other').map((e) => e.start)).toEqual(['2026-11-13'])
  })
  test('"X said Canada has provided $12 million since 2019" after a course stays a record, not a date of the course', () => {
    const doc = course('Ms. Lévesque said Canada has provided more than CAD 12 million to Caribbean security agencies since 2019.')
    expect(doc.events.map((e) => e.start)).not.toContain('2019')
  })
})

describe('blog pages, thirty-second round (issue 3)', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Information Office of Bequia: Coast guard opens radio room</title></head><body>
<div class="header-outer"><div class="titlewrapper"><h1 class="title"><a href="https://info.example.vc/">Information Office of Bequia</a></h1></div></div>
<div class="main-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Friday, December 11, 2026</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">Coast guard opens radio room</h3>
<div class="post-body entry-content"><p>PORT ELIZABETH – The coast guard opened a new radio room at its Bequia station on Wednesday, giving its crews a direct link to the base at Calliaqua.</p>
<p>The room was built by local contractors and equipped with radios supplied by the Regional Security System earlier this year.</p></div>
<div class="post-footer">Posted by Info Office at <abbr class="published" title="2026-12-11T10:00:00-04:00">10:00 AM</abbr></div>
</div></div></div></div></div></div>
<div class="widget PopularPosts"><h2>Popular Posts</h2><ul><li><a href="#">Ferry schedule for the holidays</a></li></ul></div></div>
</body></html>`
  test('the site name in a home-linked <h1> is not the headline; the post\'s date in the main "widget Blog" is the publication date', () => {
    const doc = run('page.html', page)
    expect(doc.meta.title).toBe('Coast guard opens radio room')
    expect(doc.meta.published).toBe('2026-12-11')
    expect(doc.meta.publisher).toBe('Information Office of Bequia')
  })
})

describe('interdictions and handovers of people, thirty-second round', () => {
  const statement = (...body: string[]) => run('statement.txt', lines(['Statement on a maritime interdiction', 'Statement | December 15, 2026'], ...body))
  test('"Sunday\'s interdiction of a semi-submersible" and "a record interdiction off Usulután in May" are events', () => {
    const doc = statement(
      'The United States congratulates the Salvadoran Navy on Sunday’s interdiction of a semi-submersible vessel carrying more than two tons of cocaine in the Pacific Ocean.',
      'It is the largest seizure since a record interdiction off Usulután in May 2026.',
    )
    expect(doc.events.filter((e) => e.type === 'other').map((e) => e.start).sort()).toEqual(['2026-05', '2026-12-13'])
  })
  test('"a course on the interdiction of chemical precursors" is no interdiction', () => {
    const doc = statement('Forty officers received their certificates on Thursday at the close of a two-week course on the interdiction of chemical precursors in Pucallpa.')
    const rules = doc.events.flatMap((e) => e.attestations.flatMap((a) => a.evidence.filter((x) => x.field === 'trigger').map((x) => x.rule)))
    expect(rules).not.toContain('trigger:interdiction')
  })
  test('detainees "handed over to the Attorney General" are a handover of people, not a donation', () => {
    const doc = statement('The detainees and the drugs were brought ashore at Acajutla on Monday and handed over to the Office of the Attorney General.')
    expect(doc.events.map((e) => [e.type, e.start])).toEqual([['other', '2026-12-14']])
  })
})

describe('two events in one clause, thirty-second round', () => {
  test('"In February, a team will deliver a course …, and we look forward to the Dialogue, which will take place in March 2027": both, each on its date', () => {
    const doc = run(
      'statement.txt',
      lines(
        ['Statement on maritime cooperation', 'Statement | December 15, 2026'],
        'In February, a U.S. Coast Guard mobile training team will deliver an advanced boarding officer course at the naval base in La Unión, and we look forward to the third U.S.-El Salvador Maritime Security Dialogue, which will take place in San Salvador in March 2027.',
      ),
    )
    expect(doc.events.map((e) => `${e.type} ${e.start}`).sort()).toEqual(['meeting 2027-03', 'training 2027-02'])
  })
})

describe('border rivers, thirty-second round', () => {
  test('"mirror patrols on the Suchiate River from December 1 to 15" are joint patrols on both banks, in neither country', () => {
    const doc = release(
      'TAPACHULA, Mexico – Guatemalan and Mexican security officials met in Tapachula on Thursday for the third meeting of their border committee.',
      'The delegations agreed to carry out mirror patrols on the Suchiate River from December 1 to 15.',
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.start).toBe('2026-12-01')
    expect(patrol?.location?.country ?? null).toBeNull()
  })
  test('"the joint riverine operation carried out from September 14 to October 9 along the Putumayo River" is an operation of both states', () => {
    const doc = release(opening, 'The delegations reviewed the joint riverine operation carried out from September 14 to October 9 along the Putumayo River.')
    const operation = doc.events.find((e) => e.type === 'deployment')
    expect(operation?.start).toBe('2026-09-14')
    expect(operation?.location?.country ?? null).toBeNull()
  })
})

describe('document viewer pages, thirty-second round (issue 3)', () => {
  const wrapped = (s: string): string => s.replace(/(.{60,76}) /g, '$1\n')
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>PR 26-118 Coast Guard Course.pdf - Document Viewer</title></head><body>
<div class="toolbar"><span>PR 26-118 Coast Guard Course.pdf</span> | <span>Page 1 / 2</span> | <a href="#">Download</a> <a href="#">Print</a></div>
<div class="page"><pre>
                     UNITED STATES SOUTHERN COMMAND
                          PUBLIC AFFAIRS OFFICE

PRESS RELEASE                                        Release No. 26-118
FOR IMMEDIATE RELEASE                                December 3, 2026

           Coast Guard Team Trains Boarding Officers in Belize

${wrapped('BELIZE CITY, Belize &ndash; A U.S. Coast Guard mobile training team completed a two-week boarding officer course for 24 members of the Belize Coast Guard at Newtown Barracks on Wednesday, the last of three courses this year.')}

${wrapped('The instructors covered vessel boarding, evidence handling and the use of force, and the course ended with a night boarding of a fishing vessel off Caye Caulker.')}

                                                                Page 1 of 2

SOUTHCOM Release No. 26-118 (continued)

${wrapped('A follow-on course in engine maintenance is planned at the same base in March 2027, the Belize Coast Guard commandant said.')}

-30-
</pre></div></body></html>`
  test('the text of a viewer\'s <pre> is read as a dump: its headline, date and dateline, wrapped lines joined, page furniture gone', () => {
    const doc = run('page.html', page)
    expect(doc.meta.title).toBe('Coast Guard Team Trains Boarding Officers in Belize')
    expect(doc.meta.published).toBe('2026-12-03')
    expect(doc.meta.dateline).toBe('BELIZE CITY, Belize')
    expect(doc.text.startsWith('BELIZE CITY, Belize – A U.S. Coast Guard mobile training team completed a two-week boarding officer course for 24 members')).toBe(true)
    expect(doc.text).not.toMatch(/continued|Page 1 of 2|Release No\./)
    expect(doc.text.endsWith('the Belize Coast Guard commandant said.')).toBe(true)
  })
})

describe('verbs used as nouns, thirty-second round', () => {
  test('"the launch of a riverine operations training program … in the first quarter of 2027" is a training, not a founding', () => {
    const doc = release(opening, 'They discussed the launch of a riverine operations training program for border police units in the first quarter of 2027.')
    expect(doc.events.filter((e) => e.start === '2027-01').map((e) => e.type)).toEqual(['training'])
  })
})

describe('courses delivered, thirty-second round', () => {
  test('"will deliver a two-week boat operations and maintenance course there" is a course, not a delivery of goods', () => {
    const doc = release(
      'PORTSMOUTH, Dominica – The United States handed over a new coast guard base in Portsmouth on Thursday.',
      'It will be put to use in January, when a U.S. Coast Guard mobile training team will deliver a two-week boat operations and maintenance course there for 14 officers.',
    )
    const january = doc.events.filter((e) => e.start === '2027-01').map((e) => e.type)
    expect(january).toEqual(['training'])
  })
})

describe('relative clauses, thirty-second round', () => {
  test('"home to the boats that the United States delivered to the coast guard in June": the United States gave them', () => {
    const doc = release('PORTSMOUTH, Dominica – The base will be home to the two interceptor boats that the United States delivered to the CDPF Coast Guard in June.')
    const delivery = doc.events.find((e) => e.type === 'donation')
    expect(delivery?.participants.find((p) => p.id === 'USA')?.roles).toEqual(['donor'])
  })
})

describe('editions, thirty-second round', () => {
  const exercise = (...more: string[]) =>
    run(
      'release.txt',
      lines(
        ['Coast guard leads multinational exercise', 'News item | December 7, 2026'],
        'WILLEMSTAD – From November 30 to December 4, the Dutch Caribbean Coast Guard led Exercise Caribbean Guardian 2026, a multinational search-and-rescue exercise in the waters around Aruba and Curaçao.',
        ...more,
      ),
    )
  test('"will host the next edition in November 2027" is the next exercise, not a meeting', () => {
    const doc = exercise('Sint Maarten will host the next edition in November 2027.')
    expect(doc.events.filter((e) => e.start === '2027-11').map((e) => e.type)).toEqual(['exercise'])
  })
  test('"The previous edition … took place in November 2025" is the exercise of 2025', () => {
    const doc = exercise('The previous edition of Caribbean Guardian took place in November 2025.')
    expect(doc.events.filter((e) => e.start === '2025-11').map((e) => e.type)).toEqual(['exercise'])
  })
})

describe('dates of infinitives, thirty-second round', () => {
  test('"agreed in August to convene the working group in the first quarter of 2027": the group meets in 2027, not in August', () => {
    const doc = release(opening, 'The two governments agreed in August to convene the working group in the first quarter of 2027.')
    const meetings = doc.events.filter((e) => e.type === 'meeting').map((e) => e.start)
    expect(meetings).toContain('2027-01')
    expect(meetings).not.toContain('2026-08')
  })
})

describe('visitors days, thirty-second round', () => {
  test('"hosted a distinguished visitors day on board the ship on December 3" is a visit, not a meeting', () => {
    const doc = release('WILLEMSTAD – On December 3, the Coast Guard and the Royal Netherlands Navy hosted a distinguished visitors day on board HNLMS Groningen off Willemstad.')
    expect(doc.events.map((e) => e.type)).toEqual(['visit'])
  })
})

describe('places in Britain, thirty-second round', () => {
  test('"trained with the Royal Navy at HMS Raleigh in Torpoint, Cornwall" is a course in the United Kingdom', () => {
    const doc = release('PROVIDENCIALES – The regiment’s first 24 crew members trained with the Royal Navy at HMS Raleigh in Torpoint, Cornwall, from July 6 to August 14.')
    expect(doc.places.map((p) => p.name)).toEqual(expect.arrayContaining(['HMS Raleigh', 'Torpoint', 'Cornwall']))
    expect(doc.events.find((e) => e.type === 'training')?.location?.country).toBe('GBR')
  })
})

describe('printed heads in two columns, thirty-second round (issue 3)', () => {
  test('"FOR IMMEDIATE RELEASE          Ref: IMPACS/PR/2026/047" is two head lines, not the headline', () => {
    const dump = [
      'CARICOM IMPLEMENTATION AGENCY FOR CRIME AND SECURITY',
      '(CARICOM IMPACS)',
      'Headquarters: Port of Spain, Trinidad and Tobago',
      'Tel: +1 (868) 555-0100 | Email: press@impacs.example',
      '',
      '',
      'PRESS RELEASE',
      'FOR IMMEDIATE RELEASE                                               Ref: IMPACS/PR/2026/047',
      'December 18, 2026',
      '',
      'IMPACS TRAINS BORDER OFFICERS IN CAP-HAÏTIEN',
      '',
      'PORT OF SPAIN, Trinidad and Tobago – The Agency has completed the second phase of its border and port security training for officials, delivering a five-day course in Cap-Haïtien from December 7 to 11.',
      '',
    ].join('\n')
    const doc = run('release.txt', dump)
    expect(doc.meta.title).toBe('IMPACS TRAINS BORDER OFFICERS IN CAP-HAÏTIEN')
    expect(doc.meta.published).toBe('2026-12-18')
  })
})
