/**
 * The known facts of the two seeds, with the text inline and the earlier stages' findings
 * (dates, people, organizations, places) given by hand, so the events stage is tested alone.
 */
import { describe, expect, test } from 'vitest'
import { documentId } from '../../src/document.js'
import { eventsStage } from '../../src/stages/events/index.js'
import type { Context } from '../../src/types.js'
import { makeDoc } from './events-helpers.js'

const ctx = {} as Context

const seed000 = `Department of Defense spokesman Lieutenant Colonel Devin T. Robinson provided the following readout:

On November 16, 2023, the Deputy Assistant Secretary of Defense for Western Hemisphere Affairs, Mr. Daniel Erikson, represented the Department of Defense at the 11th Caribbean-U.S. Security Cooperation Dialogue, the annual ministerial-level meeting under the Caribbean-United States Framework for Security Cooperation. The Dialogue was hosted by the Government of Saint Lucia as the Chair of the Caribbean Community (CARICOM)’s Council for National Security and Law Enforcement, and co-chaired by Saint Lucia, the Dominican Republic, and the United States.

The Caribbean-United States Security Cooperation Dialogue is an established forum to address our shared security challenges in the Caribbean, review progress under the Caribbean Basin Security Initiative (CBSI) and related efforts, and strengthen collaboration to overcome these challenges. The Dialogue provides a mechanism to discuss strategic-level security issues and to explore future cooperation activities in the areas of security and defense. The Department of Defense’s substantial engagement with Caribbean partners demonstrates our commitment to strengthen relationships and address shared interests and threats.

The participants from the United States and the Caribbean governments and regional institutions discussed: combatting firearms trafficking; countering transnational organized crime; maritime security; countering money laundering and financial crimes; cyber security, cyber crime, and cyber infrastructure protection; trafficking in persons and migrant smuggling; and preventing youth crime and violence. An additional session focused on the United Nations’ recent authorization of a Multinational Security Support mission in Haiti and regional efforts to address Haiti’s security challenges.

The representatives underscored the importance of continued partnership and collaboration to strengthen U.S.-Caribbean mechanisms to improve regional security.`

const seed004 = `MIAMI – Defense leaders from the United States, Canada, France, the Netherlands, and the United Kingdom will co-host military and public-security leaders from nations and territories in the Caribbean at U.S. Southern Command (SOUTHCOM) Nov. 14-15, 2019.  Discussions will focus on the effective use of regional security cooperation mechanisms to support disaster relief operations and missions countering transnational threats.

U.S. Navy Adm. Craig Faller will welcome more than 100 invited participants to the 2019 Caribbean Nations Security Conference (CANSEC) 8 a.m., Thursday. His welcoming remarks will be open to the press.

Ronald Jackson, executive director of the Caribbean Disaster Emergency Management Agency (CDEMA) and Lt. Col. Michael Jones, acting director of the Caribbean Community’s Implementing Agency for Crime and Security (CARICOM IMPACS) will attend representing their regional institutions.

CDEMA will update participants on the agency’s integration efforts in support of a comprehensive disaster management strategy during the first day of the conference, which will explore improving regional coordination and operational capacity to plan and conduct humanitarian assistance and disaster relief operations.

Day two of CANSEC will focus on regional efforts to counter transnational threats. CARICOM IMPACS will update participants on its work to implement a regional architecture supporting CARICOM-led actions that strengthen security and reduce crime.

This year’s CANSEC discussions will add to ongoing U.S. dialogue with Caribbean partners on security. In April, the U.S. State Department hosted a ministerial meeting with Caribbean leaders on disaster resilience. In May, the State Department hosted its eighth security cooperation dialogue with Caribbean leaders. And in October, Barbados hosted Caribbean delegations during the inaugural meeting of the U.S.-Caribbean Resilience Partnership working group.`

const country = (id: string, name: string, forms: string[] = []) => ({ id, name, kind: 'country' as const, country: id, forms })

const doc000 = () =>
  makeDoc(seed000, {
    path: 'seeds/000.txt',
    published: '2023-11-20',
    kind: 'readout',
    dates: [{ text: 'November 16, 2023', start: '2023-11-16' }],
    people: [{ name: 'Devin T. Robinson' }, { name: 'Daniel Erikson' }],
    organizations: [
      { id: 'org:dod', name: 'Department of Defense', country: 'USA' },
      { id: 'org:caricom', name: 'Caribbean Community', acronym: 'CARICOM' },
      { id: 'org:consle', name: 'Council for National Security and Law Enforcement' },
      { id: 'org:un', name: 'United Nations' },
    ],
    places: [
      country('USA', 'United States', ['U.S.']),
      country('LCA', 'Saint Lucia'),
      country('DOM', 'Dominican Republic'),
      country('HTI', 'Haiti'),
      { id: 'region:caribbean', name: 'Caribbean', kind: 'region', country: null },
    ],
  })

const doc004 = () =>
  makeDoc(seed004, {
    path: 'seeds/004.txt',
    published: '2019-11-12',
    dateline: 'MIAMI',
    dates: [
      { text: 'Nov. 14-15, 2019', start: '2019-11-14', end: '2019-11-15' },
      { text: 'Thursday', start: '2019-11-14' },
      { text: 'This year', start: '2019' },
      { text: 'April', start: '2019-04' },
      { text: 'May', start: '2019-05' },
      { text: 'October', start: '2019-10' },
    ],
    people: [{ name: 'Craig Faller' }, { name: 'Ronald Jackson' }, { name: 'Michael Jones' }],
    organizations: [
      { id: 'org:us-southcom', name: 'U.S. Southern Command', acronym: 'SOUTHCOM', country: 'USA' },
      { id: 'org:us-navy', name: 'U.S. Navy', country: 'USA' },
      { id: 'org:cdema', name: 'Caribbean Disaster Emergency Management Agency', acronym: 'CDEMA' },
      { id: 'org:caricom-impacs', name: 'Caribbean Community’s Implementing Agency for Crime and Security', acronym: 'CARICOM IMPACS' },
      { id: 'org:us-state', name: 'U.S. State Department', forms: ['State Department'], country: 'USA' },
    ],
    places: [
      { id: 'geo:miami', name: 'Miami', kind: 'city', country: 'USA', forms: ['MIAMI'] },
      country('USA', 'United States', ['U.S.']),
      country('CAN', 'Canada'),
      country('FRA', 'France'),
      country('NLD', 'Netherlands', ['the Netherlands']),
      country('GBR', 'United Kingdom'),
      country('BRB', 'Barbados'),
      { id: 'region:caribbean', name: 'Caribbean', kind: 'region', country: null },
    ],
  })

const roles = (e: { participants: readonly { id: string; roles: readonly string[] }[] }) =>
  Object.fromEntries(e.participants.map((p) => [p.id, p.roles.join('+')]))

describe('seed 000: the 11th Caribbean-U.S. Security Cooperation Dialogue', () => {
  const out = eventsStage(doc000(), ctx)

  test('one event, with series, edition, date, status, place and parties', () => {
    expect(out.events).toHaveLength(1)
    const e = out.events[0]!
    expect({
      type: e.type,
      name: e.name,
      status: e.status,
      start: e.start,
      precision: e.precision,
      location: e.location,
      series: e.series,
      plover: e.plover,
      cameo: e.cameo,
    }).toEqual({
      type: 'meeting',
      name: '11th Caribbean-U.S. Security Cooperation Dialogue',
      status: 'occurred',
      start: '2023-11-16',
      precision: 'day',
      location: { name: null, country: 'LCA' },
      series: { id: 'series:caribbean-us-security-cooperation-dialogue', edition: '11' },
      plover: { type: 'CONSULT', mode: 'multilateral' },
      cameo: '040',
    })
    expect(roles(e)).toEqual({
      DOM: 'co_chair',
      LCA: 'co_chair+host',
      USA: 'co_chair',
      // The Council whose chair hosted: named in the reporting sentence, a party without a stated role.
      'org:consle': 'mentioned',
      'org:dod': 'attendee',
      'person:daniel-erikson': 'representative',
    })
  })

  test('topics from the "discussed:" list and the Haiti session', () => {
    expect(out.events[0]!.topics.map((t) => t.id)).toEqual([
      'topic:cyber-security',
      'topic:firearms-trafficking',
      'topic:haiti-security',
      'topic:human-trafficking-migrant-smuggling',
      'topic:maritime-security',
      'topic:money-laundering',
      'topic:transnational-organized-crime',
      'topic:youth-crime-violence',
    ])
  })

  test('one attestation, from this document, with evidence for each field', () => {
    const e = out.events[0]!
    expect(e.attestations.map((a) => a.docId)).toEqual([documentId(out)])
    const fields = new Set(e.attestations[0]!.evidence.map((x) => x.field))
    for (const f of ['series', 'date', 'location', 'participant:LCA', 'participant:person:daniel-erikson', 'topic:maritime-security']) {
      expect(fields.has(f), f).toBe(true)
    }
  })
})

describe('seed 004: CANSEC 2019 and the meetings it recalls', () => {
  const out = eventsStage(doc004(), ctx)
  const summary = out.events.map((e) => [e.type, e.status, e.start, e.end, e.location?.country ?? null, e.series?.id ?? null, e.series?.edition ?? null])

  test('four events: the scheduled conference and three past meetings', () => {
    expect(summary).toEqual([
      ['conference', 'scheduled', '2019-11-14', '2019-11-15', 'USA', 'series:cansec', '2019'],
      // "ongoing U.S. dialogue with Caribbean partners", before both, is first told of the dialogue.
      ['meeting', 'occurred', '2019-05', null, null, 'series:caribbean-us-security-cooperation-dialogue', '8'],
      ['meeting', 'occurred', '2019-04', null, null, null, null],
      ['meeting', 'occurred', '2019-10', null, 'BRB', null, null],
    ])
  })

  test('CANSEC: co-hosts, host venue and attendees', () => {
    const e = out.events[0]!
    expect(e.name).toBe('2019 Caribbean Nations Security Conference')
    expect(e.location).toEqual({ name: 'U.S. Southern Command', country: 'USA' })
    expect(roles(e)).toEqual({
      CAN: 'co_host',
      FRA: 'co_host',
      GBR: 'co_host',
      NLD: 'co_host',
      USA: 'co_host',
      'org:caricom-impacs': 'attendee',
      'org:cdema': 'attendee',
      'org:us-southcom': 'host',
      'person:craig-faller': 'host',
      'person:michael-jones': 'attendee',
      'person:ronald-jackson': 'attendee',
    })
    expect(e.cameo).toBe('036')
  })

  test('the recalled meetings: hosts and names', () => {
    expect(out.events.slice(1).map((e) => [e.name, roles(e)])).toEqual([
      ['eighth security cooperation dialogue', { 'org:us-state': 'host' }],
      ['ministerial meeting with Caribbean leaders on disaster resilience', { 'org:us-state': 'host' }],
      ['inaugural meeting of the U.S.-Caribbean Resilience Partnership working group', { BRB: 'host' }],
    ])
  })
})
