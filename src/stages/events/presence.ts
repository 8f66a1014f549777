/**
 * The institutions present at a report's main multi-party event (an exercise, a conference, a
 * relief operation): a release about one such event names the units, services and
 * agencies that took part in the sentences around it ("Marines of the 32nd Raiding Squadron and
 * the Aruba Militia practised …; the Aruba Fire Department and the Red Cross set up shelters"),
 * often without a verb that ties them to it. An organization named in a sentence that reports no
 * other event joins the main event as a participant.
 */
import type { EventType, OrganizationRecord } from '../../schema/records.js'
import { has } from './draft.js'
import { cues } from './lexicon.js'
import type { EntityMention } from './mentions.js'
import { addNamedParty, type Built } from './participants.js'
import type { Hit } from './triggers.js'

// Not a course: the bodies named around one are as often the instructors' home units, funders and
// future users as its trainees (a rough count over the development errors: 111 of the 203 this
// rule added were not in the truth).
const MULTI: ReadonlySet<EventType> = new Set(['exercise', 'conference', 'disaster_response', 'deployment'])

export function addPresentOrganizations(
  text: string,
  built: readonly Built[],
  organizations: readonly OrganizationRecord[],
  mentions: readonly EntityMention[],
  sentenceOf: (o: number) => number,
): void {
  const main = built.find((b) => b.draft.date !== null)
  if (!main || !MULTI.has(main.type)) return
  const elsewhere = new Set<number>()
  for (const b of built) {
    if (b === main || b.draft.date === null) continue
    for (const f of b.draft.frames) elsewhere.add(f.clause.sentence)
  }
  for (const m of partyMentions(text, organizations, mentions)) {
    if (!elsewhere.has(sentenceOf(m.start))) addNamedParty(main, { ...m, kind: 'organization' }, ['participant'], 'role:present', sentenceOf)
  }
}

/**
 * The organization mentions that may be an event's parties. Not: a programme (CBSI funds things
 * and takes part in nothing), a service that is part of a person's title ("U.S. Navy Adm. Craig
 * Faller"), or a venue ("at the Lloyd Erskine Sandiford Centre").
 */
function partyMentions(text: string, organizations: readonly OrganizationRecord[], mentions: readonly EntityMention[]): EntityMention[] {
  const programmes = new Set(organizations.filter((o) => o.type === 'programme').map((o) => o.id))
  // Mentions come sorted by start, none nested in another.
  return mentions.filter((m, i) => {
    if (m.kind !== 'organization' || programmes.has(m.id)) return false
    const next = mentions[i + 1]
    if (next?.kind === 'person' && next.start - m.end <= 60 && /^(?:\s+[A-Z][\w.’'-]*)*\s+$/.test(text.slice(m.end, next.start))) return false
    return !/\bat\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
  })
}

/** A hit that only reports speech, talk or funding: the bodies its clause names take no part in the event. */
const talkOnly = (h: Hit): boolean => has(h, 'speech') || has(h, 'discussion') || h.trigger.id === 'funding-from'

/**
 * Organizations named in the sentence that opens an event, when that sentence reports no other
 * event: "Officers of the Guyana Police Force, the Fire Service and the Ministry of Health took
 * part in the drill" names the drill's parties even where no verb ties each to it. They join as
 * `mentioned` parties, which stay out of the event's identity (ids.ts), so a loose mention never
 * merges two events. Besides what partyMentions leaves out, not: a body's possession ("the RSS's
 * aircraft"), a body named with its acronym before its unit's name, a body after "of" unless its
 * people are meant ("the Chair of the Council", but "officers of the BDF"), or a channel ("through
 * the INL").
 */
export function addSentenceOrganizations(
  text: string,
  built: readonly Built[],
  organizations: readonly OrganizationRecord[],
  mentions: readonly EntityMention[],
  sentenceOf: (o: number) => number,
): void {
  const owners = new Map<number, Built[]>()
  for (const b of built) {
    if (b.draft.date === null) continue
    for (const f of b.draft.frames) {
      const list = owners.get(f.clause.sentence) ?? []
      if (!list.includes(b)) list.push(b)
      owners.set(f.clause.sentence, list)
    }
  }
  for (const m of partyMentions(text, organizations, mentions)) {
    const after = text.slice(m.end, m.end + 40)
    const before = text.slice(Math.max(0, m.start - 60), m.start)
    // "the RSS's aircraft", "Caribbean Community (CARICOM)’s Council", "the United Nations’ authorization"
    if (/^\)?(?:\s*\([^)]*\))?\s*[’'](?:s\b|\s)/.test(after)) continue
    // "the Guyana Police Force (GPF) Marine Branch": the body before its unit's name.
    if (/^\s*\([^)]+\)\s+\p{Lu}\p{Ll}+/u.test(after)) continue
    // "the Chair of the Council", but not "officers of the BDF".
    const of = /\b(?:of|de|del)\s+(?:the\s+|la\s+|el\s+|los\s+)?$/i.exec(before)
    if (of && !cues.peopleNouns.test(before.slice(0, of.index))) continue
    if (/\b(?:through|via|través de|under)\s+(?:the\s+|la\s+|el\s+)?$/i.test(before)) continue
    // "told Amandala", "speaking to the Courier": an outlet told, not a party (a source "according to" may well be one).
    if (/\b(?:told|speaking to|quoted by|reported by|interview with)\s+(?:the\s+)?$/i.test(before)) continue
    const list = owners.get(sentenceOf(m.start))
    if (list?.length !== 1) continue
    // "… said the base would also support the Belize Coast Guard", "discussed … information sharing
    // through the JRCC": a body named in a clause that only reports speech, talk or funding.
    const own = list[0]!.draft.frames.find((f) => f.clause.start <= m.start && m.start < f.clause.end)
    if (own && !own.primary && own.hits.every(talkOnly)) continue
    // Another event the speaker tells of in that clause is still only told ("said the sub-station
    // would support the Coast Guard in patrols").
    if (own && own.hits.some((h) => has(h, 'speech')) && !own.hits.includes(list[0]!.draft.opening)) continue
    addNamedParty(list[0]!, { ...m, kind: 'organization' }, ['mentioned'], 'role:sentence', sentenceOf)
  }
}
