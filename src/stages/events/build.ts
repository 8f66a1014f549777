/**
 * Drafts (clustered frames) → EventRecords: type and codes, status, dates, place, participants
 * with roles, topics, amounts, name, series, evidence for every field, confidence, and the
 * stable id.
 */
import type { EventRecord, EventType, Evidence, ParticipantRecord, ParticipantRole, TopicRecord } from '../../schema/records.js'
import type { Document, Span } from '../../types.js'
import { addDays, formatYmd, parseYmd } from '../dates/calendar.js'
import { daysBetween, precisionOf, spanRange, type DayRange } from './calendar.js'
import { draftRange, primaryHit, type Draft } from './cluster.js'
import type { Analysis, Frame } from './frames.js'
import { eventId, onlyMentioned, type KeyFields } from './ids.js'
import { cues } from './lexicon.js'
import { datelineApplies, explicitPlace, findDateline, type Dateline, type Place } from './location.js'
import { eventName } from './name.js'
import { addAffiliations } from './affiliations.js'
import { addPartyCountries } from './party-countries.js'
import { addPresentOrganizations, addSentenceOrganizations } from './presence.js'
import { addListedAttendees } from './lists.js'
import { addBodyCountries, addBothServices, addNamedCountries, addQuotedSpeakers, addVesselOperator, applyVisitContext, kindOrder, participantsOf, resolveTheTwo, shareSeriesParties, spanOfEnclosingVisit, type Built } from './participants.js'
import { findVessels } from './vessels.js'
import type { EntityMention } from './mentions.js'
import { codeFor, confidenceOf, finalStatus, tenseStatus } from './status.js'

export function buildEvents(doc: Document, docId: string, analysis: Analysis, drafts: readonly Draft[]): EventRecord[] {
  const dateline = findDateline(doc, analysis.mentions)
  const published = doc.meta.published
  const sentenceOf = sentenceIndexer(analysis.sentences)
  // What the release is about: its headline, or its first paragraphs when it has none.
  const lead = doc.meta.title ?? (doc.paragraphs.length > 0 ? doc.text.slice(0, doc.paragraphs[Math.min(1, doc.paragraphs.length - 1)]!.end) : doc.text.slice(0, 600))
  const built: Built[] = []
  // Programmes and initiatives (CBSI, a relief programme) take no part in events: "funded through
  // CBSI" names the money's channel, not a party.
  const programmes = new Set(doc.organizations.filter((o) => o.type === 'programme').map((o) => `organization:${o.id}`))
  for (const d of drafts) {
    const p = primaryHit(d)
    if (!p) continue
    const type = eventType(d, doc.text, lead)
    const participants = participantsOf(d, type, sentenceOf)
    for (const key of programmes) participants.delete(key)
    built.push({ draft: d, type, range: draftRange(d), participants, country: null, parentVisit: null })
  }
  for (const b of built) resolveTheTwo(doc.text, b, built, sentenceOf)
  const countries = doc.places
    .filter((p) => p.kind === 'country')
    .map((p) => ({ id: p.id, name: p.name, forms: [...new Set([p.name, ...p.mentions.map((m) => m.text)])].filter((f) => f.length >= 2) }))
  for (const b of built) addNamedCountries(doc.text, b, countries, sentenceOf)
  addBodyCountries(doc.text, built, countries, sentenceOf)
  addBothServices(doc.text, built, doc.organizations, sentenceOf)
  addListedAttendees(doc.text, doc.paragraphs, built, analysis.frames, analysis.mentions, sentenceOf)
  const vessels = findVessels(doc.text, analysis.mentions)
  for (const b of built) addVesselOperator(doc.text, analysis.sentences, b, vessels, sentenceOf)
  addQuotedSpeakers(doc.text, built, analysis.mentions, sentenceOf)
  const visits = built.filter((b) => b.type === 'visit' && b.range)
  for (const b of built) applyVisitContext(b, visits)
  for (const b of built) spanOfEnclosingVisit(doc.text, b, analysis.sentences[sentenceOf(b.draft.opening.start)]?.start ?? 0)
  // The report's main event: the people's institutions and states are its parties too.
  if (built[0]) addAffiliations(built[0], doc.people, analysis.mentions, sentenceOf)
  addPresentOrganizations(doc.text, built, doc.organizations, analysis.mentions, sentenceOf)
  addSentenceOrganizations(doc.text, built, doc.organizations, analysis.mentions, sentenceOf)
  shareSeriesParties(built)
  for (const b of built.slice(1)) dropSpeakersElsewhere(b, sentenceOf)
  const events: EventRecord[] = []
  const recordOf = new Map<Built, EventRecord>()
  built.forEach((b, i) => {
    const e = toRecord(doc, docId, b, i === 0, built, dateline, published, sentenceOf, analysis)
    if (e) {
      events.push(e)
      recordOf.set(b, e)
    }
  })
  placeVisitsByParts(doc, built, recordOf, sentenceOf)
  placeBySameVenue(doc, built, recordOf, sentenceOf)
  placeStormsByMainEvent(doc, built, recordOf, sentenceOf)
  placeOperationsByMainEvent(doc, built, recordOf)
  events.push(...tripLegs(doc, built, recordOf, sentenceOf))
  placeByDocumentEvents(doc, events)
  partiesOfTheMainMeeting(doc, events)
  partiesOfTheMainHandover(doc, events)
  return dedupe(withoutCeremonyParts(events.filter((e) => !yearlyTally(e))))
}

const triggerRule = (e: EventRecord): string | undefined => e.attestations[0]?.evidence.find((x) => x.field === 'trigger')?.rule

/**
 * "presided over Thursday's closing ceremony … and presented certificates to the 22 graduates":
 * certificates presented on the day of a ceremony the report tells are that ceremony's, not an
 * event of their own.
 */
function withoutCeremonyParts(events: readonly EventRecord[]): EventRecord[] {
  const ceremonyDays = new Set(events.filter((e) => e.type === 'other' && /^trigger:ceremony/.test(triggerRule(e) ?? '')).map((e) => e.start))
  return events.filter((e) => !(e.type === 'other' && triggerRule(e) === 'trigger:certificates' && ceremonyDays.has(e.start)))
}

/**
 * "the Navy seized more than 9.4 tons of drugs in 2025", "firearms seized this year": seizures
 * counted over a year are a tally, not an event (a seizure known to its month or day is one).
 */
function yearlyTally(e: EventRecord): boolean {
  if (e.type !== 'other' || e.start === null || e.start.length > 4) return false
  return e.attestations[0]?.evidence.some((x) => x.field === 'trigger' && x.rule === 'trigger:seize') ?? false
}

/** "the second meeting", "the next round", "the 12th session", "the sixth round of staff talks": another edition of the event just named. */
const EDITION_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[1-9]\d?(?:st|nd|rd|th)|next|previous|last|preceding|following|inaugural)\s+(?:(?:round|edition|session)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}|[a-z-]+\s+)?$/i
const JOINT_WORDS = '(?:joint|combined|coordinated|binational|bilateral|trilateral)'
/** Joint patrols of the parties ("combined patrol", "coordinated patrols"). */
const JOINT = new RegExp(`\\b${JOINT_WORDS}\\b`, 'i')
/** Words of a page about two forces' patrols ("combined maritime patrols", "joint night patrols"). */
const JOINT_PATROL = new RegExp(`\\b${JOINT_WORDS}\\s+(?:[\\w-]+\\s+){0,2}patrols?\\b`, 'i')

/**
 * "The second meeting was held in Nassau in October", "the two forces will conduct coordinated
 * patrols in May", "the memorandum signed in 2025": in a report of a meeting between two states,
 * another edition of that meeting, a joint patrol, an exercise or an agreement that names no party
 * of its own is held by the same two states (cited where the main event names them). A third
 * state named with a meeting is as often a topic or a guest as a side, and a multilateral body's
 * other sessions are not held by every state it names: only a bilateral meeting lends its states.
 */
function partiesOfTheMainMeeting(doc: Document, events: EventRecord[]): void {
  const main = events[0]
  if (!main || (main.type !== 'meeting' && main.type !== 'conference')) return
  const states = main.participants.filter((p) => p.kind === 'country')
  if (states.length !== 2) return
  const cited = main.attestations[0]!.evidence
  for (const e of events) {
    // A party only mentioned beside it ("the 4th Naval District") does not hold it.
    if (e === main || e.participants.some((p) => !onlyMentioned(p))) continue
    const hit = e.attestations[0]!.evidence.find((x) => x.field === 'trigger' || x.field === 'series')
    const before = hit ? doc.text.slice(Math.max(0, hit.start - 40), hit.start) : ''
    // The edition may be named by its ordinal alone ("the second meeting", with no trigger of its own).
    const edition = e.type === main.type && (EDITION_BEFORE.test(before) || EDITION_BEFORE.test(`${(e.name ?? '').split(' ')[0] ?? ''} `))
    // A named operation in a report of the two states' meeting ("reviewing Operation Tridente
    // Pacífico") is theirs too.
    const named = hit?.rule === 'trigger:named-operation'
    const joint = e.type === 'agreement' || e.type === 'exercise' || (hit !== undefined && e.type === 'deployment' && (named || JOINT.test(`${before.slice(-20)}${hit.text}`)))
    if (!edition && !joint) continue
    const rule = edition ? 'role:series-parties' : 'role:joint-activity-parties'
    const evidence: Evidence[] = []
    for (const p of states) {
      const at = cited.find((x) => x.field === `participant:${p.id}`)
      if (at) evidence.push({ ...at, rule })
    }
    if (evidence.length !== states.length) continue
    e.participants = [...states.map((p) => ({ ...p, roles: ['participant' as const] })), ...e.participants].sort((x, y) => kindOrder[x.kind] - kindOrder[y.kind] || cmp(x.id, y.id))
    const attestation = e.attestations[0]!
    attestation.evidence = [...attestation.evidence, ...evidence]
    // "the coordinated patrols carried out on the Zarumilla Canal in May": once the two states of the
    // meeting are its sides, a joint patrol is in neither's waters (as build's cross-border rule has it
    // for the sides a patrol names itself).
    if (joint && e.location?.country && (hit?.rule === 'trigger:joint-patrol' || named)) {
      e.location = null
      attestation.evidence = attestation.evidence.filter((x) => x.field !== 'location')
    }
    e.eventId = eventId(keyFields(e, doc.sha256))
  }
}

/**
 * "The exercise, in October 2025, tested the same procedures, Cisneros said": someone quoted in a
 * sentence of its own about another event the report recalls or announces speaks to the reporter,
 * not at that event. (At the report's own event, those quoted mostly spoke there.)
 */
function dropSpeakersElsewhere(b: Built, sentenceOf: (o: number) => number): void {
  const own = sentenceOf(primaryHit(b.draft).start)
  for (const [key, x] of b.participants) {
    const said = x.evidence.length > 0 && x.evidence.every((e) => e.rule === 'role:say:agent' && e.sentence !== own)
    if (said && x.record.roles.every((r) => r === 'speaker')) b.participants.delete(key)
  }
}

/**
 * "The embassy had donated two smaller boats in April 2025", in a report of a handover from the
 * United States to the Belize Coast Guard: an earlier delivery the report recalls, naming no
 * recipient (or no donor state) of its own, went to the recipient institutions of the report's
 * handover (and came from its donor states). Deliveries still to come are left as they are: reports
 * of one story merge them by their date and place, which a lent party would prevent.
 */
function partiesOfTheMainHandover(doc: Document, events: EventRecord[]): void {
  const main = events.find((e) => e.type === 'donation' && e.participants.some((p) => p.kind === 'organization' && p.roles.includes('recipient')))
  if (!main?.start) return
  const cited = main.attestations[0]!.evidence
  const lent = (role: ParticipantRole, kind: 'organization' | 'country') => main.participants.filter((p) => p.kind === kind && p.roles.includes(role))
  const begins = spanRange(main.start, main.end)
  if (!begins) return
  for (const e of events) {
    if (e === main || e.type !== 'donation' || e.start === null) continue
    const ends = spanRange(e.start, e.end)
    if (!ends || ends.last >= begins.first) continue
    let changed = false
    for (const [role, kind] of [['recipient', 'organization'], ['donor', 'country']] as const) {
      if (e.participants.some((p) => p.roles.includes(role))) continue
      for (const p of lent(role, kind)) {
        const at = cited.find((x) => x.field === `participant:${p.id}`)
        if (!at || e.participants.some((q) => q.id === p.id)) continue
        e.participants = [...e.participants, { ...p, roles: [role] }]
        const attestation = e.attestations[0]!
        attestation.evidence = [...attestation.evidence, { ...at, rule: 'role:main-handover-parties' }]
        changed = true
      }
    }
    if (changed) {
      e.participants.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || cmp(a.id, b.id))
      e.eventId = eventId(keyFields(e, doc.sha256))
    }
  }
}

/**
 * Types whose place, when the text gives none, is where the report's other events happen; "other"
 * too ("the landslides of Thursday and Friday", "the schools reopen on the 21st" in a statement on
 * a storm), but not meetings, visits and patrols, which are as often abroad.
 */
const DOCUMENT_PLACED: ReadonlySet<EventType> = new Set(['donation', 'training', 'announcement', 'other'])

/**
 * "The RSS, established in 1982", "the cutter was commissioned in 1986": a body's or a ship's
 * founding a decade or more before the report, known only to its year, is background that no
 * dateline, focus or other event of the report places.
 */
function foundedLongAgo(trigger: string, precision: string | null, start: string | null, published: string | null): boolean {
  return trigger === 'founding' && precision === 'year' && start !== null && published !== null && Number(published.slice(0, 4)) - Number(start.slice(0, 4)) >= 10
}

/** The sentence of an event's trigger. */
function sentenceAround(doc: Document, e: EventRecord): string {
  const t = e.attestations[0]!.evidence.find((x) => x.field === 'trigger')
  const s = t ? doc.sentences.find((x) => x.start <= t.start && t.start < x.end) : undefined
  return s ? doc.text.slice(s.start, s.end) : ''
}

/** The states of an event's parties: the states themselves and those their services belong to. */
function partyCountries(e: EventRecord): Set<string> {
  return new Set(e.participants.map((p) => (p.kind === 'country' ? p.id : p.country)).filter((c) => c !== undefined))
}

/**
 * "A first consignment, worth US$900,000, was handed over in March last year", in a report of
 * radios handed to the Trinidad and Tobago Police: a handover, a course or an announcement the text
 * places nowhere, with no recipient or host that places it, happens where the report's other events
 * of its kind do when they agree on one country, or else where most of its events do.
 */
function placeByDocumentEvents(doc: Document, events: EventRecord[]): void {
  const placed = events.filter((e) => e.location?.country)
  for (const e of events) {
    if (e.location || !DOCUMENT_PLACED.has(e.type)) continue
    const trigger = e.attestations[0]!.evidence.find((x) => x.field === 'trigger')?.rule?.slice('trigger:'.length) ?? ''
    if (foundedLongAgo(trigger, e.precision, e.start, doc.meta.published)) continue
    // Joint checks and inspections of two states' services the text places nowhere may be on
    // either side of the border.
    if (CROSS_BORDER.has(trigger) && (partyCountries(e).size > 1 || ownSide.test(sentenceAround(doc, e)))) continue
    const sameKind = placed.filter((x) => x.type === e.type)
    const kinds = new Set(sameKind.map((x) => x.location!.country))
    let source: EventRecord | undefined
    if (kinds.size === 1) source = sameKind[0]
    else if (kinds.size === 0) {
      const counts = new Map<string, number>()
      for (const x of placed) counts.set(x.location!.country!, (counts.get(x.location!.country!) ?? 0) + 1)
      const ranked = [...counts].sort((a, b) => b[1] - a[1])
      if (ranked[0] && (ranked.length === 1 || ranked[0][1] > ranked[1]![1])) source = placed.find((x) => x.location!.country === ranked[0]![0])
    }
    if (!source) continue
    // A seizure or an incident of U.S. forces, in a report told from the United States, is at sea
    // or abroad as often as not ("On April 11, the cutter seized …"): the report's home says nothing.
    if (e.type === 'other' && source.location!.country === 'USA') continue
    const from = source.attestations[0]!.evidence
    const cite = from.find((x) => x.field === 'location') ?? from.find((x) => x.field === 'trigger')
    if (!cite) continue
    e.location = { name: null, country: source.location!.country! }
    const attestation = e.attestations[0]!
    attestation.evidence = [...attestation.evidence, { ...cite, field: 'location', rule: 'location:document-events' }]
    e.eventId = eventId(keyFields(e, doc.sha256))
  }
}

/** The report's main event: the first built into a record that is not a storm or a hazard. */
function mainEvent(built: readonly Built[], recordOf: ReadonlyMap<Built, EventRecord>): Built | undefined {
  return built.find((b) => recordOf.has(b) && !disasterHit(b.draft))
}

/**
 * "replaces the boathouse destroyed by Hurricane Beryl in 2024" on a page about Grenada: a storm
 * the text places nowhere struck the country of the report's main event.
 */
function placeStormsByMainEvent(doc: Document, built: readonly Built[], recordOf: ReadonlyMap<Built, EventRecord>, sentenceOf: (o: number) => number): void {
  const main = mainEvent(built, recordOf)
  if (!main?.country) return
  const h = primaryHit(main.draft)
  // "… briefed the Deputy Secretary on recovery efforts after the floods that struck the coast" in
  // a readout of a meeting in Washington: the storm struck the one partner state at the meeting.
  const partners = main.country === 'USA' ? [...new Set(recordOf.get(main)?.participants.filter((p) => /^[A-Z]{3}$/.test(p.id) && p.id !== 'USA').map((p) => p.id))] : []
  const country = partners.length === 1 ? partners[0]! : main.country
  for (const b of built) {
    const e = recordOf.get(b)
    if (!e || b === main || e.location?.country || e.type !== 'other' || !disasterHit(b.draft)) continue
    b.country = country
    e.location = { name: e.location?.name ?? null, country }
    const attestation = e.attestations[0]!
    attestation.evidence = [...attestation.evidence, { start: h.start, end: h.end, text: h.text, field: 'location', sentence: sentenceOf(h.start), rule: 'location:main-event' }]
    e.eventId = eventId(keyFields(e, doc.sha256))
  }
}

/**
 * "The substation … was handed over on Tuesday. … the substation would begin round-the-clock
 * operations on January 4": a service that starts operating, placed nowhere or only in the main
 * event's country, operates from the place of the report's main event (the station just opened
 * or handed over). Two stations that start on the same day are then two events.
 */
function placeOperationsByMainEvent(doc: Document, built: readonly Built[], recordOf: ReadonlyMap<Built, EventRecord>): void {
  const main = mainEvent(built, recordOf)
  const mainRecord = main ? recordOf.get(main) : undefined
  const name = mainRecord?.location?.name ?? null
  if (!main || !mainRecord || name === null) return
  const cite = mainRecord.attestations[0]!.evidence.find((x) => x.field === 'location')
  if (!cite) return
  for (const b of built) {
    const e = recordOf.get(b)
    if (!e || b === main || e.location?.name || (e.location?.country && e.location.country !== mainRecord.location!.country)) continue
    if (!primaryHit(b.draft).trigger.flags.includes('home')) continue
    e.location = { name, country: mainRecord.location!.country }
    const attestation = e.attestations[0]!
    attestation.evidence = [...attestation.evidence, { ...cite, field: 'location', rule: 'location:main-event' }]
    e.eventId = eventId(keyFields(e, doc.sha256))
  }
}

/**
 * "The course … at Puerto Castilla Naval Base" when the handover there was placed in Honduras by
 * its recipients: a venue the gazetteer does not know is in the country another event of the same
 * report puts it in, when all such events agree.
 */
function placeBySameVenue(doc: Document, built: readonly Built[], recordOf: ReadonlyMap<Built, EventRecord>, sentenceOf: (o: number) => number): void {
  const placed = built.filter((b) => b.country !== null && recordOf.get(b)?.location?.name)
  for (const b of built) {
    const e = recordOf.get(b)
    const venue = e?.location?.name
    if (!e || !venue || e.location?.country) continue
    const same = placed.filter((x) => recordOf.get(x)!.location!.name!.toLowerCase() === venue.toLowerCase())
    const countries = new Set(same.map((x) => x.country))
    if (same.length === 0 || countries.size !== 1) continue
    const country = same[0]!.country!
    b.country = country
    e.location = { name: venue, country }
    const h = primaryHit(same[0]!.draft)
    const attestation = e.attestations[0]!
    attestation.evidence = [...attestation.evidence, { start: h.start, end: h.end, text: h.text, field: 'location', sentence: sentenceOf(h.start), rule: 'location:same-venue' }]
    e.eventId = eventId(keyFields(e, doc.sha256))
  }
}

/**
 * "General Hallett, on a two-day visit to the island, … held talks at Jamaica House": a visit the
 * text places nowhere happens where the events inside it do, when they agree on one country.
 */
function placeVisitsByParts(doc: Document, built: readonly Built[], recordOf: ReadonlyMap<Built, EventRecord>, sentenceOf: (o: number) => number): void {
  for (const b of built) {
    const visit = recordOf.get(b)
    if (!visit || b.type !== 'visit' || visit.location?.country) continue
    // Only a visit dated to the day, by parts inside its dates ("port visits" in a year are a tour).
    if (visit.precision !== 'day' || !b.range) continue
    // A trip to two countries is in neither, whatever part of it the text details.
    if (hostCountries(b).size > 1) continue
    const inside = (x: Built): boolean => x.range !== null && x.range.first >= b.range!.first && x.range.last <= b.range!.last
    const parts = built.filter((x) => x.parentVisit === b && x.country !== null && recordOf.has(x) && inside(x))
    const countries = new Set(parts.map((x) => x.country))
    if (parts.length === 0 || countries.size !== 1) continue
    const country = parts[0]!.country!
    b.country = country
    visit.location = { name: visit.location?.name ?? null, country }
    const h = primaryHit(parts[0]!.draft)
    const attestation = visit.attestations[0]!
    attestation.evidence = [...attestation.evidence, { start: h.start, end: h.end, text: h.text, field: 'location', sentence: sentenceOf(h.start), rule: 'location:parts' }]
    visit.eventId = eventId(keyFields(visit, doc.sha256))
  }
}

/**
 * "spoke by phone", "held their first staff talks on Tuesday by video conference": a remote cue in
 * the event's own words or right after them — not "The telephone call followed the Prime
 * Minister's meeting on November 3 with …", which tells of another event.
 */
function remoteNear(f: Frame, opening: Span): boolean {
  if (!cues.remote.test(f.text)) return false
  const from = Math.max(0, opening.start - f.clause.start - 30)
  return cues.remote.test(f.text.slice(from, Math.max(from, opening.end - f.clause.start + 80)))
}

function hostCountries(b: Built): Set<string> {
  return new Set([...b.participants.values()].filter((x) => x.record.kind === 'country' && x.record.roles.includes('host')).map((x) => x.record.id))
}

/**
 * "will travel to Montevideo, Uruguay, and Asunción, Paraguay, November 30 to December 4. In
 * Montevideo on December 1 … will travel to Asunción on December 3 …": a trip to several
 * countries is also a visit to each, from the day the first thing is done there (the trip's first
 * day for the first country) to the day before the next country's (the trip's last day for the last).
 */
function tripLegs(doc: Document, built: readonly Built[], recordOf: ReadonlyMap<Built, EventRecord>, sentenceOf: (o: number) => number): EventRecord[] {
  const out: EventRecord[] = []
  for (const b of built) {
    const trip = recordOf.get(b)
    // Only an announced itinerary: a report of a trip made tells it as one visit.
    if (!trip || b.type !== 'visit' || trip.status !== 'scheduled' || trip.location?.country || trip.precision !== 'day' || !b.range) continue
    const hosts = hostCountries(b)
    if (hosts.size < 2) continue
    const range = b.range
    const parts = built.filter((x) => x.parentVisit === b && x.country !== null && hosts.has(x.country) && x.range !== null && x.range.first >= range.first && x.range.last <= range.last && recordOf.has(x))
    // A stop is an event inside the trip, or a clause of the trip itself that names a day and a
    // place ("will travel to Asunción on December 3").
    type Stop = { day: string; dated: Span & { text: string } }
    const stops: Array<[string, Stop]> = parts.map((x) => [
      x.country!,
      { day: x.range!.first, dated: recordOf.get(x)!.attestations[0]!.evidence.find((e) => e.field === 'date') ?? primaryHit(x.draft) },
    ])
    for (const f of b.draft.frames.slice(1)) {
      const days = f.dates.filter((x) => x.precision === 'day' && !x.end_)
      const places = new Set(f.locations.map((l) => l.country).filter((c) => c !== null && hosts.has(c)))
      if (days.length !== 1 || places.size !== 1 || !f.hits.some((x) => x.trigger.type === 'visit')) continue
      const day = days[0]!.value.slice(0, 10)
      if (day >= range.first && day <= range.last) stops.push([[...places][0]!, { day, dated: days[0]! }])
    }
    const firstDay = new Map<string, Stop>()
    for (const [country, stop] of stops) {
      const seen = firstDay.get(country)
      if (!seen || stop.day < seen.day) firstDay.set(country, stop)
    }
    if (firstDay.size < 2) continue
    const legs = [...firstDay.entries()].sort((a, c) => cmp(a[1].day, c[1].day) || cmp(a[0], c[0]))
    // Stops that overlap are no sequence of legs.
    if (new Set(legs.map(([, x]) => x.day)).size !== legs.length) continue
    const visitors = [...b.participants.values()].filter((x) => x.record.roles.includes('visitor'))
    // Legs only of a trip the note gives town by town ("Montevideo, Uruguay, and Asunción,
    // Paraguay"); "will travel to Colombia and Peru" is told as one trip.
    const townIn = (country: string): boolean => b.draft.locationFrames.some((f) => f.locations.some((l) => l.country === country && l.name !== null && l.strength === 3))
    if (!legs.every(([country]) => townIn(country))) continue
    legs.forEach(([country, stop], i) => {
      const start = i === 0 ? range.first : stop.day
      const next = legs[i + 1]
      const end = next ? formatYmd(addDays(parseYmd(next[1].day)!, -1)) : range.last
      if (end < start) return
      const host = b.participants.get(`country:${country}`)!
      const d = stop.dated
      // "Montevideo, Uruguay" in the trip's own words, else the country as a party of the trip.
      const places = b.draft.locationFrames.flatMap((f) => f.locations).filter((l) => l.country === country)
      const town = places.find((l) => l.name !== null && l.strength === 3) ?? null
      const evidence: Evidence[] = [
        ...trip.attestations[0]!.evidence.filter((e) => e.field === 'trigger' || e.field === 'status' || visitors.some((v) => e.field === `participant:${v.record.id}`)),
        ...host.evidence,
        ...(places.length > 0 ? places : host.evidence).map((l) => ({ start: l.start, end: l.end, text: l.text, field: 'location', sentence: sentenceOf(l.start), rule: 'location:trip-leg' })),
        // The first leg starts when the trip does; each other leg on the day of its first stop.
        ...(i === 0
          ? trip.attestations[0]!.evidence.filter((e) => e.field === 'date').map((e) => ({ ...e, rule: 'date:trip-first-leg' }))
          : [{ start: d.start, end: d.end, text: d.text, field: 'date', sentence: sentenceOf(d.start), rule: 'date:trip-leg' }]),
      ]
      const participants = [...visitors.map((v) => v.record), { ...host.record, roles: ['host' as const] }].sort((a, c) => kindOrder[a.kind] - kindOrder[c.kind] || cmp(a.id, c.id))
      const leg: EventRecord = {
        ...trip,
        eventId: '',
        start,
        end: end !== start ? end : null,
        precision: 'day',
        location: { name: town?.name ?? null, country },
        participants,
        series: null,
        amounts: [],
        attestations: [{ ...trip.attestations[0]!, evidence: uniqueEvidence(evidence) }],
      }
      leg.eventId = eventId(keyFields(leg, doc.sha256))
      out.push(leg)
    })
  }
  return out
}

// What prepares for a disaster rather than answers one.
const practice = /\b(?:exercises?|drills?|simulat\w*|rehears\w*|train\w*|season|preparedness|readiness|pre-?position\w*|ahead of)\b/i

/** What names a storm as what an act answers, right before the storm's name. */
const ANSWERS = /\b(?:after|following|in the wake of|response to|relief (?:for|to)|recovery from)\s+(?:the\s+)?$/i
/** Acts of relief before it in the clause. */
const RELIEF = /\b(?:relief|response|aid|assistance|missions?|flights?|evacuat\w*|deploy\w*|rescue[ds]?|deliver\w*|gone|went|sent|operations?)\b/i

/** Ships, counted among the forces sent only where the clause tells of a disaster. */
const SHIPS = /\b(?:ships?|vessels?|cutters?|frigates?)\b/i

const supplies = /\bwith\b[^.;]{0,80}\b(?:supplies|aid|kits|food|water|relief|cargo|tons|tonnes|equipment|generators)\b/i

function eventType(d: Draft, text: string, lead: string): EventType {
  const p = primaryHit(d)
  let type = p.trigger.type
  // What someone says about the event ("“Hurricane Irma showed all of us …,” Ambassador Carrow
  // said") does not make it a response to the storm.
  const clauses = d.frames.filter((f) => f.hits.length > 0 && !f.hits.every((h) => h.trigger.flags.includes('speech'))).map((f) => clauseText(f, text))
  // "the first contingent … arrived in Port-au-Prince": troops arriving are deployed, not visiting.
  if (type === 'visit' && p.trigger.flags.includes('movement')) {
    const f = d.frames.find((x) => x.hits.includes(p))
    const subject = f ? text.slice(f.clause.start, p.start) : ''
    // "HNLMS Zeeland arrived in Freeport": a ship arriving makes a port call, unless it brings relief.
    if (cues.troopNouns.test(subject) || (SHIPS.test(subject) && (clauses.some((c) => cues.disasterStrong.test(c)) || cues.disasterStrong.test(lead)))) type = 'deployment'
  }
  // An aircraft or ship landing "with 20 tons of shelter kits" delivers them.
  if (p.trigger.flags.includes('movement') && clauses.some((c) => supplies.test(c))) type = 'donation'
  // Deliveries after a hurricane are disaster relief: said in the clause, or in the headline of a
  // release about the relief (not a boathouse headline whose story recalls the storm it replaces).
  // "… are delivering food to 1,900 families | after the Pilcomayo River broke its banks": the
  // clause after "after" says what the deliveries answer.
  const afterwards = d.frames.map((f) => /^,?\s+after\b[^.;]*/i.exec(text.slice(f.clause.end, f.clause.end + 160))?.[0] ?? '')
  const disaster = clauses.some((c) => cues.disasterStrong.test(c)) || cues.disasterStrong.test(lead) || afterwards.some((c) => cues.disasterStrong.test(c))
  if (type === 'donation' && disaster && !p.trigger.flags.includes('gift')) type = 'disaster_response'
  // "deployed to the Turks and Caicos Islands in September 2025, when 30 soldiers helped to clear
  // roads … after a tropical storm": troops sent after a disaster respond to it.
  if (type === 'deployment' && clauses.some((c) => cues.disasterStrong.test(c)) && !clauses.some((c) => practice.test(c))) type = 'disaster_response'
  // "the task force's relief flights after Hurricanes Eta and Iota", "the response to Hurricane
  // Beryl in July 2024": a storm named as what relief answers is the response, dated by the storm.
  if (p.trigger.id === 'storm') {
    const f = d.frames.find((x) => x.hits.includes(p))
    const before = f ? text.slice(f.clause.start, p.start) : ''
    // "two months after Hurricane Beryl made landfall": the storm's own act is the storm.
    const acts = /^\s+(?:made landfall|struck|hit|passed|swept|battered|devastated|tore)\b/i.test(text.slice(p.end, p.end + 30))
    if (ANSWERS.test(before) && RELIEF.test(before) && !practice.test(before) && !acts) type = 'disaster_response'
  }
  return type
}

function clauseText(f: Frame, text: string): string {
  return text.slice(f.clause.start, f.clause.end)
}

function sentenceIndexer(sentences: readonly Span[]): (offset: number) => number {
  return (offset) => {
    let lo = 0
    let hi = sentences.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (sentences[mid]!.start <= offset) lo = mid
      else hi = mid - 1
    }
    return Math.max(0, lo)
  }
}

function toRecord(
  doc: Document,
  docId: string,
  b: Built,
  first: boolean,
  all: readonly Built[],
  dateline: Dateline | null,
  published: string | null,
  sentenceOf: (o: number) => number,
  analysis: Analysis,
): EventRecord | null {
  const d = b.draft
  const p = primaryHit(d)!
  const evidence: Evidence[] = []
  const ev = (span: { start: number; end: number; text: string }, field: string, rule: string): void => {
    evidence.push({ start: span.start, end: span.end, text: span.text, field, sentence: sentenceOf(span.start), rule })
  }
  // The words that report the event: what opened it, named it, referred back to it or changed its status.
  const changesStatus = (h: Draft['hits'][number]): boolean => h.trigger.flags.includes('postponed') || h.trigger.flags.includes('cancelled')
  for (const h of d.hits) {
    if (h.series) {
      if (h.series.id === d.series?.id) ev(h, 'series', h.series.rule)
    } else if (h === d.opening || h === p || h.anaphoric || changesStatus(h)) ev(h, 'trigger', `trigger:${h.trigger.id}`)
  }
  // Dates
  let start = d.date?.start ?? null
  let end = d.date?.end ?? null
  let precision = d.date?.precision ?? null
  let fallback = false
  for (const a of d.date?.args ?? []) ev(a, 'date', d.date?.source === 'own' ? a.rule : `date:${d.date?.source}`)
  const status0 = tenseStatus(d)
  // "are delivering food …": an act under way now is reported as much as one done.
  const underWay = (h: Draft['hits'][number]): boolean => h.trigger.pos === 'verb' && /ing$/i.test(h.text) && /\b(?:is|are)\s+(?:\w+ly\s+)?$/i.test(doc.text.slice(Math.max(0, h.start - 16), h.start))
  const reports = doc.meta.kind !== 'fact_sheet' && d.frames.some((f) => f.hits.some((h) => h.past || underWay(h)))
  if (!start && first && published && status0 !== 'scheduled' && reports) {
    // Readouts often give no date for the event they report. The day the lead names ("after the
    // United States yesterday gave …", "took possession … on November 17") stands in, else the
    // publication date; either is marked and trusted less.
    const day = leadDay(doc, published)
    start = day?.value.start ?? published
    precision = 'day'
    fallback = true
    if (day) ev({ start: day.start, end: day.end, text: day.text }, 'date', 'date:lead-day')
    else ev(p, 'date', 'date:publication-fallback')
  }
  // An event the text gives no date for cannot be placed in time or matched: it is left out.
  if (!start) return null
  // "have rescued 14 people since January", "pistols seized since August": a count kept since a day
  // is no event. Patrols, relief and training under way since then are ("have flown 60 tons since
  // Saturday", "since March, U.S. instructors have trained …").
  if (d.date?.source === 'own' && d.date.args.length > 0 && d.date.args.every((a) => a.rule === 'date:since') && !UNDER_WAY.has(b.type)) return null
  const range = start ? spanRange(start, end) : null
  const status = finalStatus(status0, range, published, precision)
  if (status === null) return null
  // Place
  // "departed Norfolk for Continuing Promise": where a deployment leaves from is not where it is;
  // "departed Paramaribo after a four-day port visit" is where the visit was.
  // "met … for the tenth meeting of the Committee, less than two months after the ninth session in
  // Posadas": a place right after another edition of the series is that edition's.
  const editions = all.filter((x) => x !== b && d.series && x.draft.series?.id === d.series.id && x.draft.series.edition !== d.series.edition).map((x) => x.draft.opening)
  const ofEdition = (l: Span): boolean => editions.some((o) => o.start > d.opening.start && o.end <= l.start && l.start - o.end <= 40)
  const located = d.locationFrames.flatMap((f) => f.locations).filter((l) => (!l.origin || b.type === 'visit') && !aboutSomeoneElse(doc.text, d.opening, l) && !ofEdition(l))
  // "hosted the Minister at the Pentagon … They discussed airstrips in Belize": the clause that
  // reports the event places it; places of the sentences attached after it do not outvote it.
  const openingFrame = d.locationFrames.find((f) => f.hits.includes(d.opening))
  const own = openingFrame ? located.filter((l) => openingFrame.locations.includes(l)) : []
  const ownCountries = new Set(own.map((l) => l.country).filter((c) => c !== null))
  let place: Place | null = explicitPlace(own.length > 0 && ownCountries.size === 1 ? own : located, d.opening.end) ?? wherePlace(doc.text, d, analysis)
  // A call or a virtual meeting happens nowhere: not where its ends are linked from ("by video
  // conference, linking the RSS Headquarters at Paragon with …"), no dateline, no neighbour's place.
  // "spoke today with Guyana's Minister": a conversation a readout reports is a call.
  const remote = d.opening.trigger.flags.includes('call') || d.frames.some((f) => f.hits.includes(d.opening) && remoteNear(f, d.opening))
  if (remote) place = null
  // "held on Wednesday and Thursday in this town on the Uruguay River": the dateline's place, over
  // any other place the clause names.
  if (!remote && dateline?.country && d.locationFrames.some((f) => f.hits.includes(d.opening) && IN_THIS_TOWN.test(f.text))) {
    place = { name: dateline.city, country: dateline.country, evidence: [{ start: dateline.start, end: dateline.end, text: dateline.text, rule: 'location:in-this-town' }] }
  }
  let country: string | null = null
  const parties = [...b.participants.values()]
  const hosts = parties.filter((x) => x.record.kind === 'country' && x.record.roles.includes('host'))
  // Goods go where their recipients are; a course is given where its trainees serve.
  const receiving: ParticipantRole | null =
    b.type === 'donation' || b.type === 'deployment' || b.type === 'disaster_response' ? 'recipient' : b.type === 'training' ? 'trainee' : null
  const recipients = receiving ? parties.filter((x) => x.country !== null && x.record.roles.includes(receiving)) : []
  // A trip to two countries, a delivery to three: the event has no one country.
  const several = new Set(hosts.map((x) => x.record.id)).size > 1 || new Set(recipients.map((x) => x.country)).size > 1
  if (several && place && !place.name) place = null
  // "handed over a centre to NEMA of St. Kitts and Nevis … The centre has a link to CDEMA in
  // Barbados": a place only a sentence attached after the report names does not move goods away
  // from their one recipient's country.
  const recipientCountry = recipients.length > 0 && !several && receiving === 'recipient' ? recipients[0]!.country : null
  if (place && own.length === 0 && recipientCountry && place.country && place.country !== recipientCountry) place = null
  country = place?.country ?? null
  // A call has no host country either ("spoke by video call with Argentine Minister …").
  if (!country && !several && !remote) {
    const host = hosts[0]
    const recipient = recipients[0]
    const source = host ?? recipient
    if (source) {
      country = host ? source.record.id : source.country
      const e = source.evidence[0]
      if (e) ev(e, 'location', host ? 'location:host-country' : 'location:recipient-country')
    }
  }
  if (!country && !several && HOME_TYPES.has(b.type)) {
    // "Tradewinds 2027, which St. Kitts and Nevis will co-host with the United States": an exercise
    // or a course the United States co-hosts with one partner, placed nowhere, is held in the
    // partner's country (a side meeting co-hosted with Jamaica can sit in Washington).
    const coHosts = parties.filter((x) => x.record.kind === 'country' && x.record.roles.includes('co_host'))
    const partner = coHosts.filter((x) => x.record.id !== 'USA')
    const e = partner[0]?.evidence[0]
    if (e && coHosts.length === 2 && partner.length === 1) {
      country = partner[0]!.record.id
      ev(e, 'location', 'location:co-host-partner')
    }
  }
  if (!country && !several && b.type === 'visit') {
    // "will visit Base Camp Ayanganna, headquarters of the Guyana Defence Force": a visit happens
    // in the country of the institution that receives it.
    const receivers = parties.filter((x) => x.record.kind === 'organization' && x.country !== null && x.record.roles.includes('host'))
    const e = receivers[0]?.evidence[0]
    if (e && new Set(receivers.map((x) => x.country)).size === 1) {
      country = receivers[0]!.country
      ev(e, 'location', 'location:host-organization')
    }
  }
  // "visited the exercise area on Tuesday": a visit to an event happens where the event does.
  const around = remote ? [] : [d.date?.source === 'parent' || b.type === 'visit' ? d.parent : null, d.scene]
  for (const other of around) {
    const o = other ? all.find((x) => x.draft === other) : undefined
    if (!country && !several && o?.country) {
      // The part of an event, or the next thing done the same day there, happens in the same place.
      country = o.country
      const h = primaryHit(o.draft)
      ev(h, 'location', other === d.parent ? 'location:parent-event' : 'location:same-scene')
    }
  }
  const parentVisit = b.parentVisit
  if (!country && parentVisit && !remote) {
    country = parentVisit.country
    if (country) ev(parentVisit.draft.hits[0] ?? p, 'location', 'location:parent-visit')
  }
  if (!country && !several && !remote) {
    // A side meeting reported without a place happens where the event beside it does.
    const near = adjacentCountry(b, all, range)
    if (near) {
      country = near.country
      ev(near.evidence, 'location', 'location:adjacent-event')
    }
  }
  // "met here Aug. 21-24", "a clinic … here": the dateline's place, whatever the date, and even when
  // the parties come from two states ("Delaware Airmen and the TTAG completed an exchange here").
  const here = d.locationFrames.some((f) => /\bhere\b(?![’'])/i.test(f.text) || IN_THIS_TOWN.test(f.text))
  // A sea or a region the text gives ("operations in the Caribbean Sea") says more than the dateline.
  const placed = d.locationFrames.some((f) => f.locations.some((l) => l.country === null && l.strength <= 1))
  if (!country && !several && (b.type === 'other' || b.type === 'disaster_response') && disasterHit(d)) {
    // "Alta Verapaz was among the departments hardest hit by Hurricanes Eta and Iota": the places it struck.
    const struck = d.frames[0]!.locations.find((l) => l.country) ?? placesOf(d, doc.text)
    if (struck && struck.country) {
      country = struck.country
      ev(struck, 'location', 'location:struck')
    }
  }
  if ((!several || here) && !remote && dateline && (here || (!placed && datelineApplies(published, range, first, precision)) || (placed && country !== null)) && (!country || country === dateline.country)) {
    if (!country && dateline.country) {
      country = dateline.country
      ev(dateline, 'location', 'location:dateline')
    }
    if (!place?.name && dateline.city && country === dateline.country) {
      place = { name: dateline.city, country, evidence: [] }
      ev(dateline, 'location', 'location:dateline-city')
    }
  }
  if (!country && !several && !remote && !placed && (b.type === 'other' || b.type === 'deployment')) {
    // "the Salvadoran Navy seized 3.2 tons of cocaine": a seizure, an arrest, an attack or a patrol
    // ("the Coast Guard and SINAC completed a joint patrol of the waters around Cocos Island") the text
    // places nowhere happens where the forces that act in it serve, when they serve one country and
    // it is the country the report is about (a cutter or an overseas gendarmerie acts far from home,
    // and U.S. forces in these reports act abroad, as publisherCountry also assumes).
    const actors = parties.filter((x) => x.record.kind === 'organization' && x.country !== null)
    const e = actors[0]?.evidence[0]
    const focus = e ? focusCountry(analysis.mentions) : null
    if (e && new Set(actors.map((x) => x.country)).size === 1 && focus?.country === actors[0]!.country && focus.country !== 'USA' && (dateline?.country ?? focus.country) === focus.country) {
      country = actors[0]!.country
      ev(e, 'location', 'location:actor-country')
    }
  }
  // "round-the-clock patrols", told with no force beside them, are the home service's patrols,
  // except on a U.S. page (a cutter's patrols are far from home) and on a page about two forces'
  // patrols ("the patrol" is theirs, in neither's waters).
  const lonePatrol = p.trigger.id === 'patrol' && !parties.some((x) => x.record.kind !== 'person') && !JOINT_PATROL.test(doc.text)
  // So does a service that starts operating ("crews will begin round-the-clock operations on
  // January 4"), with the same exception: U.S. services' operations are far from home.
  const startsOperating = p.trigger.flags.includes('home')
  const home = HOME_TYPES.has(b.type) || lonePatrol || startsOperating
  const awayFromUSA = lonePatrol || startsOperating
  if (!country && !several && !remote && !placed && dateline?.country && home && (!awayFromUSA || dateline.country !== 'USA')) {
    // An exercise, a course or a handover the release places nowhere happens in the country it is
    // written from ("ST. JOHN'S, Antigua – … an airport emergency exercise in April").
    country = dateline.country
    ev(dateline, 'location', 'location:dateline-home')
  }
  if (!country && !several && !remote && !placed && !dateline?.country && home) {
    // No dateline: the country the whole report is about ("the Coast Guard will hold a second
    // drill in July", on a page about St. Vincent and the Grenadines).
    const focus = focusCountry(analysis.mentions) ?? publisherCountry(doc, analysis.mentions)
    if (focus && (!awayFromUSA || focus.country !== 'USA')) {
      country = focus.country
      ev(focus.evidence, 'location', focus.rule)
    }
  }
  if (!country && !several && !remote && !placed && !dateline?.country && (HOME_TYPES.has(b.type) || b.type === 'donation' || b.type === 'visit')) {
    // "Fact Sheet: U.S. Support for El Salvador's Maritime Security": with no dateline, the one
    // partner country the headline names is where its handovers, visits and courses happen.
    const named = titleCountry(doc, analysis.mentions)
    // "DEM Receives Japanese Emergency Radios": the giver the headline names is not where it gives;
    // "Canadian warship's crew refurbishes school during port visit": nor is the visitor where it calls.
    const giver = named !== null && b.type === 'donation' && parties.some((x) => x.country === named.country && x.record.roles.includes('donor'))
    const visitor = named !== null && b.type === 'visit' && parties.some((x) => (x.country === named.country || x.record.id === named.country) && x.record.roles.includes('visitor'))
    if (named && !giver && !visitor) {
      country = named.country
      ev(named.evidence, 'location', 'location:title-country')
    }
  }
  if (!country && !several && !remote && place?.name && !placed) {
    // "a ceremony at the Woodbridge Bay Coast Guard Base": a named place no list locates is in the
    // country the whole report is about, counting no U.S. agency (an embassy hands over abroad).
    const focus = focusCountry(analysis.mentions, true)
    if (focus) {
      country = focus.country
      place = { ...place, country }
      ev(focus.evidence, 'location', 'location:named-place-in-focus')
    }
  }
  // "The two coast guards will conduct a combined patrol along the Grenadines chain": a patrol by
  // the forces of two states, each in its own waters, is in neither.
  // Joint checks "on the ramps at Porto Xavier and San Javier" are on both sides too.
  // So are patrols "on the Suchiate River" or an operation "in the Putumayo": a border river has two
  // banks (unless the forces that patrol it all serve one state).
  const partyStates = new Set(parties.filter((x) => x.record.kind !== 'person').map((x) => x.country).filter((c) => c !== null))
  const riverBanks =
    partyStates.size === 0 &&
    ((typeof place?.name === 'string' && BORDER_RIVER.test(place.name)) || own.some((l) => BORDER_RIVER.test(l.text) || /\b(?:r[ií]o|river)\s+$/i.test(doc.text.slice(Math.max(0, l.start - 6), l.start))))
  const bothSidesSaid = d.frames.some((f) => f.hits.includes(p) && ownSide.test(f.text))
  const twoSides = bothSidesSaid || new Set(parties.map((x) => x.country).filter((c) => c !== null)).size > 1 || ownCountries.size > 1 || riverBanks
  // (A joint control action "in Simpson Bay and at the airport" is where its own clause puts it.)
  const ownPlace = ownCountries.size === 1 && p.trigger.id !== 'joint-patrol' && !riverBanks && !bothSidesSaid
  if (country && CROSS_BORDER.has(p.trigger.id) && !ownPlace && twoSides) {
    country = null
    place = null
  }
  // A founding long ago, known to its year, is placed only by its own words (foundedLongAgo).
  if (own.length === 0 && foundedLongAgo(p.trigger.id, precision, start, published)) {
    country = null
    place = null
    for (let k = evidence.length - 1; k >= 0; k--) if (evidence[k]!.field === 'location') evidence.splice(k, 1)
  }
  for (const e of place?.evidence ?? []) ev(e, 'location', e.rule)
  // "SENAN inaugurated a new aeronaval station", "a second post is to be built next year": works a
  // state's own forces build, with no foreign party, funder or publisher, are no donation.
  const ownBuilt = b.type === 'donation' && ((p.trigger.id === 'renovate' && country !== null && ownWorks(doc, p, parties, country, analysis, sentenceOf)) || (p.trigger.id === 'install' && !installedGift(doc, p, parties, country, analysis, sentenceOf)))
  if (ownBuilt) ev(p, 'type', 'type:own-works')
  // "three new interceptor boats built by Damen Shipyards to arrive in Aruba", "two river patrol
  // boats being built at the Navy's arsenal … will be delivered": craft built to order for a
  // service are a delivery, not a gift, when no state gives them and no funder is named.
  const builtToOrder = b.type === 'donation' && !ownBuilt && builtForService(doc, p, parties, analysis, sentenceOf)
  if (builtToOrder) ev(p, 'type', 'type:built-to-order')
  const type: EventType = ownBuilt || builtToOrder ? 'other' : b.type
  b.country = country
  if (first) addPartyCountries(b, country, (id) => doc.places.find((x) => x.kind === 'country' && x.id === id)?.name ?? id)
  // A storm or a landfall has no parties: those who speak of it ("recalling Hurricane Lisa") or meet
  // about it in the same clause are not in it.
  if (type === 'other' && disasterHit(d)) b.participants.clear()
  const participants = [...b.participants.values()]
  const location = place?.name || country ? { name: place?.name ?? null, country } : null
  // Participants, topics, amounts
  for (const x of participants) evidence.push(...x.evidence)
  const topics = new Map<string, TopicRecord>()
  const amounts: NonNullable<EventRecord['amounts']> = []
  const topicFrames = [...d.frames, ...d.roleFrames.filter((x) => x.topicsOnly).map((x) => x.frame)]
  for (const f of topicFrames) {
    for (const t of f.topics) {
      topics.set(t.id, { id: t.id, label: t.label })
      ev(t, t.id, `topic-list:${t.id.slice('topic:'.length)}`)
    }
    if (!d.frames.includes(f)) continue
    for (const a of f.amounts) {
      if (amounts.some((x) => x.text === a.text)) continue
      amounts.push({ text: a.text, value: a.value, currency: a.currency })
      ev(a, 'amount', `amount:${a.currency}`)
    }
    for (const s of f.status) ev(s, 'status', s.rule)
  }
  const code = codeFor(d, doc.text, type, status, p.trigger.code)
  const series = d.series
    ? { id: d.series.id, edition: d.series.edition ?? (d.series.style === 'year' && start ? start.slice(0, 4) : null) }
    : null
  const sortedParticipants = participants
    .map((x) => (x.record.kind === 'organization' && x.country ? { ...x.record, country: x.country } : x.record))
    .sort((a, c) => kindOrder[a.kind] - kindOrder[c.kind] || cmp(a.id, c.id))
  const dedupedEvidence = uniqueEvidence(evidence)
  const confidence = confidenceOf(d, fallback, sortedParticipants, country, series)
  const record: EventRecord = {
    eventId: '',
    type,
    name: eventName(doc.text, d),
    status,
    start,
    end: end && end !== start ? end : null,
    precision: start ? (precision ?? precisionOf(start)) : null,
    location,
    participants: sortedParticipants,
    topics: [...topics.values()].sort((a, c) => cmp(a.id, c.id)),
    attestations: [{ docId, evidence: dedupedEvidence, status, confidence }],
    series,
    plover: code.plover,
    cameo: code.cameo,
    amounts,
    confidence,
  }
  record.eventId = eventId(keyFields(record, doc.sha256))
  return record
}

/**
 * "…will travel next to Bridgetown, Barbados, where she will co-host CANSEC", "She now sails for
 * Anguilla, where a similar exercise … is planned": a clause opened by "where" happens at the
 * place named right before it.
 */
function wherePlace(text: string, d: Draft, analysis: Analysis): Place | null {
  const f = d.frames[0]
  if (!f || !f.clause.where || !/^where\b/i.test(f.text) || !f.hits.includes(d.opening)) return null
  const before = analysis.mentions.filter((m) => m.end <= f.clause.start && (m.kind === 'place' || m.kind === 'country'))
  const last = before.at(-1)
  if (!last || !/^[\s,]*$/.test(text.slice(last.end, f.clause.start))) return null
  const prior = before.at(-2)
  const lastCountry = last.kind === 'country' ? last.id : last.country
  // "Bridgetown, Barbados, where": the town in its country.
  const town = last.kind === 'country' && prior && prior.kind === 'place' && prior.country === lastCountry && /^\s*,\s*$/.test(text.slice(prior.end, last.start)) ? prior : null
  const named = town ?? (last.kind === 'place' ? last : null)
  const evidence = [...(town ? [town] : []), last].map((m) => ({ start: m.start, end: m.end, text: m.text, rule: 'location:where-clause' }))
  return { name: named ? named.name : null, country: lastCountry, evidence }
}

/** Joint patrols, checkpoints, inspections and operations: the work of two states' forces, often on both sides of a border. */
const CROSS_BORDER: ReadonlySet<string> = new Set(['joint-patrol', 'joint-checks', 'joint-inspections', 'maritime-operation', 'named-operation'])
/** "the Suchiate River", "Río Paraguay": a river, which may be a border. */
const BORDER_RIVER = /^(?:the\s+)?(?:r[ií]o|river)\b|\briver$/i
/**
 * "each on its own bank", "on both sides of the border", "a cada lado de la frontera", and the
 * forces of both states at work ("units of both countries", "both navies", "ambas marinas").
 */
const ownSide = /\b(?:each (?:on|in|within) (?:its|their) own|(?:on|at) (?:both|either) (?:[a-z-]+ )?(?:sides|banks|ramps|landings|ends)|(?:a|en) (?:cada|ambos) (?:lado|margen|márgenes|lados)|en los dos (?:lados|embarcaderos|márgenes)|cada una? en su propi[oa]|(?:units|vessels|ships|crews|forces|assets) (?:of|from) both (?:countries|nations|navies|forces|services)|both (?:navies|coast guards)|(?:de|por) amb(?:os|as) (?:países|naciones|marinas|armadas|fuerzas|guardacostas)|ambas marinas|ambas armadas)\b/i

const HOME_TYPES: ReadonlySet<EventType> = new Set(['exercise', 'training'])

/** What may be under way since a day: a count since then is no event of these. */
const UNDER_WAY: ReadonlySet<EventType> = new Set(['deployment', 'disaster_response', 'training'])

/**
 * The first day the report's lead (its first two paragraphs) names, at most two weeks before the
 * publication and not after it: the day a report without a dated event sentence is about.
 */
function leadDay(doc: Document, published: string): Document['dates'][number] | null {
  const leadEnd = doc.paragraphs[Math.min(1, doc.paragraphs.length - 1)]?.end ?? 0
  let first: Document['dates'][number] | null = null
  for (const d of doc.dates) {
    if (d.start >= leadEnd || (first && d.start >= first.start)) continue
    if (d.type !== 'date' || d.precision !== 'day' || d.value.end !== null || d.value.start.length !== 10) continue
    const back = daysBetween(d.value.start, published)
    if (back >= 0 && back <= 14) first = d
  }
  return first
}

// What says a building or a refit was given: its money or a giver.
const FUNDED = /\b(?:fund(?:s|ed|ing)?|financ\w*|paid|pays?|donat\w*|grants?|gift|assistance|support|contribut\w*|sponsor\w*|provided|aid)\b/i

const BUILT_BY = /\b(?:built|being built|under construction)\s+(?:by|at|in)\s/i

/** True when the sentence of `p` says the goods are built by a yard or maker, with no state giving them and no funder. */
function builtForService(doc: Document, p: Draft['hits'][number], parties: readonly { readonly record: ParticipantRecord }[], analysis: Analysis, sentenceOf: (o: number) => number): boolean {
  if (parties.some((x) => x.record.kind === 'country' && x.record.roles.includes('donor'))) return false
  const sentence = analysis.sentences[sentenceOf(p.start)]
  if (!sentence) return false
  const text = doc.text.slice(sentence.start, sentence.end)
  return BUILT_BY.test(text) && !FUNDED.test(text)
}

/**
 * Whether the sentence of `p` names a hand from abroad in the works: a party of another state than
 * `country`, a funder or giver ("funded by", "provided"), or a unit or agency of another state
 * ("INL completed a renovation"; a neighbour named as a landmark, "near the Colombian border",
 * gives nothing). Null when `p` is in no sentence.
 */
function foreignHand(doc: Document, p: Draft['hits'][number], parties: readonly { readonly country: string | null }[], country: string, analysis: Analysis, sentenceOf: (o: number) => number): boolean | null {
  const sentence = analysis.sentences[sentenceOf(p.start)]
  if (!sentence) return null
  if (parties.some((x) => x.country !== null && x.country !== country)) return true
  if (FUNDED.test(doc.text.slice(sentence.start, sentence.end))) return true
  return analysis.mentions.some((m) => m.kind === 'organization' && m.start >= sentence.start && m.end <= sentence.end && m.country !== null && m.country !== country)
}

/** True when the works that opened `p` are a state's own: no foreign party, unit or funder named, nor a foreign publisher. */
function ownWorks(doc: Document, p: Draft['hits'][number], parties: readonly { readonly country: string | null }[], country: string, analysis: Analysis, sentenceOf: (o: number) => number): boolean {
  if (foreignHand(doc, p, parties, country, analysis, sentenceOf) !== false) return false
  const publisher = doc.meta.publisher ? doc.organizations.find((o) => o.name === doc.meta.publisher) : undefined
  return !publisher?.country || publisher.country === country
}

/** Hands at work before "installed": a ship's crew or a unit's soldiers fitting things out themselves. */
const FITTERS = /\b(?:crews?|sailors|soldiers|troops|marines|airmen|seabees|engineers|volunteers|guardsmen|students)\b/i

/**
 * "The radar was supplied by the United States … and installed in December 2026", "INL plans to
 * install a similar scanner at El Amatillo": an installation is a gift when its sentence names a
 * hand from abroad (foreignHand; placed nowhere, a funder or any state's party), and the fitters
 * are no visiting crew ("40 sailors … installed new guttering" is the ship's community work). "The
 * municipality would install cameras", "the scanners would be installed … by the end of October"
 * are a service's own works.
 */
function installedGift(doc: Document, p: Draft['hits'][number], parties: readonly { readonly country: string | null }[], country: string | null, analysis: Analysis, sentenceOf: (o: number) => number): boolean {
  const sentence = analysis.sentences[sentenceOf(p.start)]
  if (!sentence || FITTERS.test(doc.text.slice(sentence.start, p.start))) return false
  if (country === null) return FUNDED.test(doc.text.slice(sentence.start, sentence.end)) || parties.some((x) => x.country !== null)
  return foreignHand(doc, p, parties, country, analysis, sentenceOf) === true
}

/** "in this town", "in this capital": the place the dateline names. */
const IN_THIS_TOWN = /\bin this (?:town|city|capital|port|village|community)\b/i

/**
 * "The TTPS … a refresher course is planned for 2027", on the Trinidad and Tobago Police Service's
 * own page: the country of a national publisher the text names (not the United States, whose
 * agencies report on courses and handovers abroad).
 */
function publisherCountry(doc: Document, mentions: readonly EntityMention[]): { country: string; evidence: EntityMention; rule: string } | null {
  const publisher = doc.meta.publisher
  if (!publisher) return null
  const org = doc.organizations.find((o) => o.name === publisher && o.country !== null && o.country !== 'USA')
  const evidence = org ? mentions.find((m) => m.kind === 'organization' && m.id === org.id) : undefined
  return org?.country && evidence ? { country: org.country, evidence, rule: 'location:publisher-country' } : null
}

type Focus = { country: string; evidence: EntityMention; rule: string } | null

/**
 * The country a report is about: the one that countries, places and organizations name at least
 * three times and more often than all others together. Null when the report spreads wider. Asked
 * per event, counted once per document.
 */
const focusMemo = new WeakMap<readonly EntityMention[], Focus>()
const hostFocusMemo = new WeakMap<readonly EntityMention[], Focus>()
function focusCountry(mentions: readonly EntityMention[], hostsOnly = false): Focus {
  const memo = hostsOnly ? hostFocusMemo : focusMemo
  let focus = memo.get(mentions)
  if (focus === undefined) memo.set(mentions, (focus = countFocus(mentions, hostsOnly)))
  return focus
}

/** hostsOnly: U.S. organizations do not count (they act abroad). */
function countFocus(mentions: readonly EntityMention[], hostsOnly: boolean): Focus {
  const counts = new Map<string, { n: number; first: EntityMention }>()
  let total = 0
  for (const m of mentions) {
    const c = m.kind === 'country' ? m.id : m.kind === 'person' ? null : m.country
    if (!c || (hostsOnly && c === 'USA' && m.kind === 'organization')) continue
    total++
    const seen = counts.get(c)
    if (seen) seen.n++
    else counts.set(c, { n: 1, first: m })
  }
  let best: { country: string; n: number; first: EntityMention } | null = null
  for (const [country, v] of counts) if (!best || v.n > best.n) best = { country, ...v }
  if (!best || best.n < 3 || best.n * 2 <= total) return null
  return { country: best.country, evidence: best.first, rule: 'location:document-focus' }
}

/** The one country other than the United States the headline names, with its first mention in the text. */
function titleCountry(doc: Document, mentions: readonly EntityMention[]): { country: string; evidence: EntityMention } | null {
  const title = doc.meta.title
  if (!title) return null
  const named = doc.places.filter((p) => p.kind === 'country' && p.id !== 'USA' && [p.name, ...p.mentions.map((m) => m.text)].some((n) => n.length >= 4 && title.includes(n)))
  if (named.length !== 1) return null
  const country = named[0]!.id
  const evidence = mentions.find((m) => m.kind === 'country' && m.id === country)
  return evidence ? { country, evidence } : null
}

function disasterHit(d: Draft): boolean {
  const p = primaryHit(d)
  return p.trigger.id === 'storm' || p.trigger.id === 'disaster'
}

/** What the id is computed from, without copying the whole record. */
function keyFields(e: EventRecord, origin: string): KeyFields {
  return { type: e.type, start: e.start, precision: e.precision, location: e.location, participants: e.participants, series: e.series, origin }
}

/** "spoke with sailors who had completed courses in Yorktown": a who-clause after the event's word tells of those people. */
function aboutSomeoneElse(text: string, opening: { readonly end: number }, l: { readonly start: number }): boolean {
  return l.start > opening.end && l.start - opening.end < 200 && /\bwho(?:m|se)?\b/i.test(text.slice(opening.end, l.start))
}

/** A country-bearing place named in the clause of a disaster, whatever its preposition. */
function placesOf(d: Draft, text: string): { start: number; end: number; text: string; country: string } | null {
  const f = d.frames[0]!
  // "thanked France for standing with Dominica": a party of the clause is not where a storm struck.
  const parties = new Set(f.roles.map((r) => r.mention.start))
  for (const m of f.mentions) {
    if (parties.has(m.start)) continue
    // "recalled that Washington also supported Dominican teams after Hurricane Fiona": a capital
    // that acts is its government, not a place struck.
    if (m.kind === 'place' && /(?:^|\bthat|[.,;])\s*$/.test(text.slice(Math.max(0, m.start - 12), m.start)) && /^\s+(?:also\s+|has\s+|have\s+|had\s+)?[a-z]+ed\b/.test(text.slice(m.end, m.end + 30))) continue
    if ((m.kind === 'place' || m.kind === 'country') && m.country) return { start: m.start, end: m.end, text: m.text, country: m.kind === 'country' ? m.id : m.country }
  }
  return null
}

function adjacentCountry(
  b: Built,
  all: readonly Built[],
  range: DayRange | null,
): { country: string; evidence: { start: number; end: number; text: string } } | null {
  if (!range) return null
  const consult = (t: EventType): boolean => t === 'meeting' || t === 'conference'
  const ids = new Set([...b.participants.values()].map((p) => p.record.id))
  for (const other of all) {
    if (other === b || !other.country || !other.range) continue
    // "the graduation ceremony last Friday": a ceremony on the days of a course happens where the course does.
    const closes =
      b.draft.hits.some((h) => h.trigger.flags.includes('ceremonial')) &&
      (other.type === 'training' || other.type === 'exercise' || other.type === 'conference') &&
      daysBetween(other.range.first, range.first) >= 0 &&
      daysBetween(range.first, other.range.last) >= -1
    if (!closes && Math.abs(daysBetween(other.range.first, range.first)) > 3) continue
    // Two meetings days apart at one gathering; or the same people's next stop a day later.
    // A gathering is a conference or a named series; two plain meetings days apart can be a trip's two stops.
    const gathering = (x: Built): boolean => x.type === 'conference' || x.draft.series !== null
    const sameGathering = consult(b.type) && consult(other.type) && (gathering(b) || gathering(other))
    const samePeople =
      other.draft.seq < b.draft.seq &&
      Math.abs(daysBetween(other.range.first, range.first)) <= 1 &&
      [...other.participants.values()].some((p) => p.record.kind === 'person' && ids.has(p.record.id))
    if (!sameGathering && !samePeople && !closes) continue
    const p = primaryHit(other.draft)
    return { country: other.country, evidence: { start: p.start, end: p.end, text: p.text } }
  }
  return null
}

function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>()
  const out: Evidence[] = []
  for (const e of evidence) {
    const key = `${e.start}:${e.end}:${e.field}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(e)
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.field ?? '', b.field ?? '') || cmp(a.rule ?? '', b.rule ?? ''))
}

/** Two drafts of one document that came out with the same id are one event. */
function dedupe(events: readonly EventRecord[]): EventRecord[] {
  const byId = new Map<string, EventRecord>()
  for (const e of events) {
    const seen = byId.get(e.eventId)
    if (!seen) {
      byId.set(e.eventId, e)
      continue
    }
    const participants = new Map(seen.participants.map((p) => [`${p.kind}:${p.id}`, { ...p, roles: [...p.roles] }]))
    for (const p of e.participants) {
      const key = `${p.kind}:${p.id}`
      const q = participants.get(key)
      if (q) q.roles = [...new Set([...q.roles, ...p.roles])].sort()
      else participants.set(key, p)
    }
    const topics = new Map([...seen.topics, ...e.topics].map((t) => [t.id, t]))
    const a = seen.attestations[0]!
    const b = e.attestations[0]!
    byId.set(e.eventId, {
      ...seen,
      participants: [...participants.values()].sort((x, y) => kindOrder[x.kind] - kindOrder[y.kind] || cmp(x.id, y.id)),
      topics: [...topics.values()].sort((x, y) => cmp(x.id, y.id)),
      attestations: [{ ...a, evidence: uniqueEvidence([...a.evidence, ...b.evidence]) }],
    })
  }
  return [...byId.values()]
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
