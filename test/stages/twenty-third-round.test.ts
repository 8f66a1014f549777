/**
 * Twenty-third round (issues 3 and 6: cleaning and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const pipeline = (text: string) => run('release.txt', text)
const lines = (...body: string[]): string => ['Coast guards train together', 'Press Release | November 12, 2026', '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const events = (doc: ReturnType<typeof pipeline>) => doc.events.map((e) => `${e.type} ${e.start}`)

describe('events, twenty-third round', () => {
  const main = 'Soldiers of the Barbados Defence Force and the Royal Saint Lucia Police Force held a mass casualty exercise at the airport in Vieux Fort on Tuesday, with firefighters and nurses taking part.'
  test('"the last full exercise … was held in May 2024" is another exercise, not the one reported', () => {
    const doc = pipeline(lines(main, 'The last full exercise at the airport was held in May 2024, before the new terminal opened to passengers.'))
    expect(events(doc)).toContain('exercise 2024-05')
  })
  test('"the previous edition of the course was held in 2024": an edition named before "of the course" is another one', () => {
    const doc = pipeline(lines('Instructors of the Regional Security System trained 24 officers of the Grenada coast guard in a boarding course at True Blue from November 2 to 6.', 'The previous edition of the course was held in Bridgetown in 2024 for officers from four member states.'))
    expect(events(doc)).toContain('training 2024')
  })
  test('"the exchange" is a training exchange: a bare one opens an event and a later mention refers to it', () => {
    const doc = pipeline(
      lines(
        'Ten Army medics and 40 soldiers of the Ecuadorian Army spent Nov. 2-6 in an exchange on treating casualties at the jungle brigade base in Coca.',
        'The exchange was hosted by the 19th Jungle Brigade and closed with a demonstration on the river.',
        'A third exchange, on aviation medicine, is planned for Quito in February.',
      ),
    )
    expect(events(doc)).toEqual(expect.arrayContaining(['training 2026-11-02', 'training 2027-02']))
    expect(events(doc).filter((e) => e.startsWith('training 2026'))).toHaveLength(1)
  })
  test('"agreed to exchange liaison officers" and "an exchange of information" are no training', () => {
    const doc = pipeline(lines('The two coast guards agreed in Castries on Tuesday to exchange liaison officers from January and to hold an exchange of information on suspect vessels every week.'))
    expect(doc.events.some((e) => e.type === 'training')).toBe(false)
  })
  test('"will repeat the exchange at Camp Niantic in April 2027" is the next one', () => {
    const doc = pipeline(
      lines(
        'Connecticut Guard officers and Uruguayan Army instructors held a peacekeeping exchange in Montevideo from November 2 to 6, training on convoy drills.',
        'The two armies will repeat the exchange at Camp Niantic, Connecticut, in April 2027, the school director said.',
      ),
    )
    expect(events(doc)).toContain('training 2027-04')
  })
  test('"after the first was held in Nassau in October 2024", "the next one will be held in May 2027": an edition named by its ordinal alone', () => {
    const doc = pipeline(
      lines(
        'Jamaica Defence Force instructors trained 30 Bahamian marines in a boarding course at Coral Harbour from November 2 to 6, the second such course, after the first was held in Nassau in October 2024.',
        'The next one will be held in Montego Bay in May 2027, the school commandant said.',
      ),
    )
    expect(events(doc)).toEqual(expect.arrayContaining(['training 2026-11-02', 'training 2024-10', 'training 2027-05']))
  })
  test('"the first" with no date of its own, or before no verb, names no event', () => {
    const doc = pipeline(lines('Jamaica Defence Force instructors trained 30 Bahamian marines in a boarding course at Coral Harbour from November 2 to 6, and the first of them will teach the next class.'))
    expect(doc.events).toHaveLength(1)
  })
  test('"a course delivered by UK Border Force" is a course with its trainer, not a delivery of goods', () => {
    const doc = pipeline(lines('Twelve immigration officers completed a passenger profiling course delivered by UK Border Force at the Immigration Department headquarters in St. John’s from 19 to 30 October.'))
    expect(events(doc)).toContain('training 2026-10-19')
    expect(doc.events.some((e) => e.type === 'donation')).toBe(false)
    const course = doc.events.find((e) => e.type === 'training')!
    expect(course.participants.find((p) => p.id === 'org:uk-border-force')?.roles).toContain('trainer')
  })
  test('"met here … after the previous edition in the Brazilian city of Corumbá": the dateline places the meeting, not the other edition', () => {
    const doc = run(
      'page.txt',
      [
        'Border police meet at Puerto Quijarro',
        'November 12, 2026',
        '',
        'PUERTO QUIJARRO – Police commanders from Bolivia and Brazil met here on November 10 and 11 for the 12th Binational Border Police Meeting, six months after the previous edition in the Brazilian city of Corumbá.',
        '',
        'The delegations agreed to share radio frequencies between their border stations and to hold coordinated patrols along the railway.',
      ].join('\n'),
    )
    const meeting = doc.events.find((e) => e.type === 'meeting' && e.start === '2026-11-10')
    expect(meeting?.location?.country).toBe('BOL')
  })
  test('"arrived in Montserrat on June 12 aboard a cargo ship" is the delivery of a boat, not a visit', () => {
    const doc = pipeline(lines('The police marine unit’s new patrol boat was commissioned at Little Bay on Friday. It arrived in Montserrat on June 12 aboard a cargo ship from Southampton and replaces an older boat.'))
    expect(events(doc)).toContain('other 2026-06-12')
    expect(doc.events.some((e) => e.type === 'visit')).toBe(false)
  })
  test('the meetings of a body named after two states ("the Barbados–Trinidad and Tobago Joint Maritime Security Committee") are held by both', () => {
    const doc = pipeline(
      lines(
        'Barbados and Trinidad and Tobago agreed to share radar images, following the fourth meeting of the Barbados–Trinidad and Tobago Joint Maritime Security Committee.',
        'The two-day meeting ended on Thursday at the coast guard base in Bridgetown, where the delegations were led by the two coast guard commanders.',
      ),
    )
    const meeting = doc.events.find((e) => e.type === 'meeting')!
    expect(meeting.participants.filter((p) => p.kind === 'country').map((p) => p.id).sort()).toEqual(['BRB', 'TTO'])
  })
  test('an earlier delivery the report recalls, naming no recipient, went to the recipient of the reported handover', () => {
    const doc = pipeline(
      lines(
        'The United States Embassy on Wednesday handed over two interceptor boats to the Belize Coast Guard at its base in Belize City.',
        'The embassy had donated two smaller boats in April 2025, the ambassador recalled.',
      ),
    )
    const earlier = doc.events.find((e) => e.type === 'donation' && e.start === '2025-04')!
    expect(earlier.participants.find((p) => p.id === 'org:belize-cg')?.roles).toEqual(['recipient'])
  })
  test('someone quoted in a sentence of their own about an event the report recalls is no speaker at that event', () => {
    const doc = pipeline(
      lines(
        'Commander Garvin Lestrade of the Antigua and Barbuda Coast Guard opened a regional boarding course for 20 officers at the base in St. John’s on Monday.',
        'The two coast guards held a search and rescue exercise off Portsmouth in October 2025.',
        '“We learned a great deal from that exercise,” Lestrade said.',
      ),
    )
    const earlier = doc.events.find((e) => e.start === '2025-10')!
    expect(earlier.participants.some((p) => p.roles.includes('speaker'))).toBe(false)
  })
})

describe('cleaning, twenty-third round', () => {
  test('a "Contacts" heading ends the release even when its box goes as chrome: the contact block after it is no article text', () => {
    const prose = (n: number) =>
      `<p>Paragraph ${n}: Canada confirmed the delivery of thermal imaging cameras and satellite phones to the National Border Service of Panama, to help its patrols along the rivers of the Darién region.</p>`
    const page = `<html><head><title>Canada delivers equipment to SENAFRONT - Canada.ca</title></head><body><header><nav><ol class="breadcrumb"><li><a href="#">Canada.ca</a></li><li><a href="#">News</a></li></ol></nav></header><main property="mainContentOfPage" class="container"><h1>Canada delivers border equipment to Panama</h1><p class="gc-byline"><strong>From: <a href="#">Embassy of Canada to Panama</a></strong></p><div class="mrgn-bttm-md">${prose(1)}${prose(2)}${prose(3)}<h2>Quick facts</h2><ul><li>Instructors will train 60 officers on the use of the equipment in December, at the brigade headquarters.</li></ul></div><h2>Associated links</h2><ul><li><a href="#">Canada–Panama relations</a></li></ul><h2>Contacts</h2><p>Media Relations Office<br>Department of Foreign Affairs<br>613-555-0142<br>press@foreign.example</p><div class="pagedetails"><dl><dt>Date modified:</dt><dd><time>2026-11-18</time></dd></dl><p>Report a problem or mistake on this page</p></div></main><footer><p>Terms and conditions</p></footer></body></html>`
    const doc = run('page.html', page)
    expect(doc.text).toContain('Instructors will train 60 officers')
    expect(doc.text).not.toContain('Media Relations Office')
    expect(doc.text).not.toContain('Department of Foreign Affairs')
  })
  const para = (n: number) =>
    `<p>Paragraph ${n}: the commanders of the two navies held a working meeting on maritime security in the Pacific, illegal fishing, search and rescue at sea and the training of naval cadets.</p>`
  test('a short paragraph that is all an image box holds besides its image is a caption', () => {
    const page = `<html><head><title>Navies sign letter of intent</title></head><body><article><h1>Navies sign letter of intent</h1>${para(1)}${para(2)}<div class="image-container"><img src="a.jpg" alt=""><p class="pie">The two admirals sign the letter of intent at headquarters.</p></div>${para(3)}</article></body></html>`
    const doc = run('page.html', page)
    expect(doc.text).toContain('Paragraph 3')
    expect(doc.text).not.toContain('sign the letter of intent at headquarters')
  })
  test('a photo gallery strip after the article is no article text', () => {
    const page = `<html><head><title>Coast guard outpost commissioned</title></head><body><article><h1>Coast guard outpost commissioned</h1>${para(1)}${para(2)}${para(3)}<div class="gallery-strip"><h4>Photo Gallery</h4><p>The new outpost at the bay.</p><p>The minister and the high commissioner cut the ribbon.</p></div></article></body></html>`
    const doc = run('page.html', page)
    expect(doc.text).toContain('Paragraph 3')
    expect(doc.text).not.toContain('cut the ribbon')
  })
  test('"Follow us: Facebook / X / Instagram: @Embassy" and a "… | Printed 10/02/2026" footer are chrome', () => {
    const doc = run(
      'page.txt',
      [
        'U.S. Embassy Montevideo',
        'Media Note',
        'Customs officers complete container inspection course',
        'October 2, 2026',
        'MONTEVIDEO, Uruguay – Instructors from U.S. Customs and Border Protection trained 26 Uruguayan customs officers and police in container inspection at the port of Nueva Palmira last week.',
        'The two governments work together on cargo screening, maritime patrols and the tracing of illicit money.',
        'Follow us: Facebook / X / Instagram: @USEmbassyUY',
        'uy.usembassy.gov | Media Notes | Printed 10/02/2026',
      ].join('\n'),
    )
    expect(doc.text.endsWith('the tracing of illicit money.')).toBe(true)
  })
  test('"Story Highlights" read with the byline, then its "- " points: the story starts after them; "About the author: …" is chrome', () => {
    const story =
      'Nineteen analysts from the revenue protection division have finished a two-week course in following suspicious payments, paid for by a donor government and taught by visiting financial crime specialists.'
    const doc = run(
      'page.txt',
      [
        'Information Service',
        'Home',
        'News',
        '',
        'Investigators Complete Financial Investigation Course',
        '',
        'By: Garfield Whyte, November 12, 2026',
        '',
        'Story Highlights',
        '- Nineteen analysts finished the course.',
        '- A donor government paid for it.',
        '',
        story,
        '',
        'The course ran for two weeks at the agency headquarters and ended with a ceremony attended by the minister.',
        'About the author: Garfield Whyte covers national security for the Information Service.',
      ].join('\n'),
    )
    expect(doc.text.startsWith('Nineteen analysts from the revenue protection division')).toBe(true)
    expect(doc.text).not.toContain('About the author')
  })
})
