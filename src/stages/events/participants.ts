/**
 * The parties of an event: who takes part in which role, from the role arguments of its frames,
 * the people "the two leaders" stand for, and the roles a visit gives the meetings inside it.
 */
import type { EventType, Evidence, OrganizationRecord, ParticipantRecord, ParticipantRole } from '../../schema/records.js'
import { contains, precisionRank, type DayRange } from './calendar.js'
import type { Draft } from './draft.js'
import { nounNameSpan } from './name.js'
import { meetingBody } from './roles.js'
import { refersToVessel, type Vessel } from './vessels.js'

export interface Built {
  readonly draft: Draft
  readonly type: EventType
  readonly range: DayRange | null
  participants: Map<string, { record: ParticipantRecord; evidence: Evidence[]; country: string | null }>
  country: string | null
  parentVisit: Built | null
}

/** A party named at one span of the text: an entity mention, or a state at one of its names. */
export interface NamedParty {
  readonly kind: ParticipantRecord['kind']
  readonly id: string
  readonly name: string
  readonly country: string | null
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Adds `m` to b's parties in `roles`, with the span that names it as evidence, unless b has it already. */
export function addNamedParty(b: Built, m: NamedParty, roles: readonly ParticipantRole[], rule: string, sentenceOf: (o: number) => number): void {
  const key = `${m.kind}:${m.id}`
  if (b.participants.has(key)) return
  b.participants.set(key, {
    record: { kind: m.kind, id: m.id, name: m.name, roles: [...roles] },
    evidence: [{ start: m.start, end: m.end, text: m.text, field: `participant:${m.id}`, sentence: sentenceOf(m.start), rule }],
    country: m.country,
  })
}

const roleTypes: Partial<Record<ParticipantRole, readonly EventType[]>> = {
  donor: ['donation', 'deployment', 'disaster_response'],
  recipient: ['donation', 'deployment', 'disaster_response'],
  trainer: ['training', 'exercise'],
  trainee: ['training', 'exercise'],
  signatory: ['agreement'],
  visitor: ['visit', 'meeting', 'conference'],
}

export const kindOrder = { country: 0, organization: 1, person: 2 } as const

const talksAbout: ReadonlySet<string> = new Set(['discuss', 'welcome', 'review'])

/** Events a speaker can tell of without taking part in them. */
const SPOKEN_OF: ReadonlySet<EventType> = new Set(['training', 'exercise', 'donation'])

export function participantsOf(d: Draft, type: EventType, sentenceOf: (o: number) => number): Built['participants'] {
  const out: Built['participants'] = new Map()
  const createdWithRef = d.parent !== null ? d.frames[0] : null
  for (const { frame, relativeOnly, topicsOnly } of d.roleFrames) {
    const opening = frame.hits.some((h) => h.trigger.creates && !h.anaphoric)
    // "X and Y agreed to hold talks between A and B": A and B take part, X and Y arranged it.
    const between = frame.roles.some((r) => r.rule.endsWith(':between'))
    for (const r of frame.roles) {
      if (between && !r.hit.trigger.creates && r.rule.endsWith(':agent')) continue
      // "visit … to observe a course delivered by X": X takes part in the course, not in the visit.
      if (frame.purposes.has(r.hit) && !frame.purposes.has(d.opening)) continue
      // From a clause about habits only the people who speak or attend count.
      if (topicsOnly && (r.mention.kind !== 'person' || (r.role !== 'speaker' && r.role !== 'attendee'))) continue
      if (relativeOnly ? !r.relative : r.relative && frame === createdWithRef) continue
      if (r.hit.trigger.flags.includes('sameClause') && !(opening && frame.hits.some((h) => h.trigger.type === r.hit.trigger.type && h.trigger.creates))) continue
      // "Castellano and Usher discussed PANAMAX 2024", "Castellano welcomed the BDF's planned
      // participation in the exercise": who talks about an event named after the verb takes no part in it.
      if (r.mention.kind === 'person' && r.hit !== d.opening && talksAbout.has(r.hit.trigger.id) && r.role !== 'speaker' && d.opening.start > r.hit.end && frame.hits.includes(d.opening)) continue
      // "Descartes said two coxswains would join the course from October 5 to 16": a person who tells
      // of a course, an exercise or a handover named after the verb of speech takes no part in it by
      // saying so (the body a speaker is of, "UNODC's coordinator said …", may still run it; at
      // meetings and visits the speaker is more often one of those present).
      if (r.mention.kind === 'person' && SPOKEN_OF.has(type) && r.hit !== d.opening && r.hit.trigger.flags.includes('speech') && r.role === 'speaker' && d.opening.start > r.hit.end && frame.hits.includes(d.opening)) continue
      // "discussed security along the border with Haiti", "cooperation with Brazil": a state after
      // "with" in what is discussed is part of the topic, not a party to the talks.
      if ((r.mention.kind === 'country' || r.mention.kind === 'place') && r.hit.trigger.id === 'discuss' && r.rule.endsWith(':with')) continue
      const allowed = roleTypes[r.role]
      const role: ParticipantRole = allowed && !allowed.includes(type) ? 'participant' : r.role
      const m = r.mention
      const key = `${m.kind}:${m.id}`
      const kind = m.kind === 'place' ? 'country' : m.kind
      const seen = out.get(key) ?? { record: { kind, id: m.id, name: m.name, roles: [] }, evidence: [], country: m.kind === 'country' ? m.id : m.country }
      if (!seen.record.roles.includes(role)) seen.record.roles.push(role)
      seen.evidence.push({ start: m.start, end: m.end, text: m.text, field: `participant:${m.id}`, sentence: sentenceOf(m.start), rule: r.rule })
      out.set(key, seen)
    }
  }
  for (const p of out.values()) {
    // "participant" adds nothing next to a specific role.
    if (p.record.roles.length > 1) p.record.roles = p.record.roles.filter((r) => r !== 'participant')
    p.record.roles.sort()
  }
  return out
}

const theTwoPeople = /^(?:[A-Z][a-z]+(?:\s+\d+)?,\s+)?(?:the two|both)\s+(?:leaders|ministers|officials|commanders|chiefs|secretaries|men|women|counterparts|principals)\b|^They\b/i

const theTwoParties = /^(?:[A-Z][a-z]+(?:\s+\d+)?,\s+)?(?:the two|both)\s+(navies|armies|forces|militaries|sides|countries|nations|governments|services|institutions|agencies|partners|delegations|coast guards)\b|^the partners\b/i

/** What may stand between "the two leaders" and their own event's word: adverbs, auxiliaries, "their". */
const theirOwn = /^(?:\s+(?:also|last|first|previously|already|again|jointly|formally|officially|have|had|will|would|then|[a-z]+ly))*(?:\s+(?:a|an|the)(?:\s+[a-z]+){0,2})?\s*$|\btheir(?:\s+[a-z]+){0,2}\s*$/i

/**
 * "The two leaders last met in May", "They signed a letter of intent", "The two navies signed
 * their first memorandum": the people, or the institutions, of the event just reported, when the
 * clause names no one itself.
 */
export function resolveTheTwo(text: string, b: Built, built: readonly Built[], sentenceOf: (o: number) => number): void {
  const f = b.draft.frames[0]!
  const before = text.slice(f.clause.start, b.draft.opening.start).trim()
  const person = theTwoPeople.exec(before)
  const party = person ? null : theTwoParties.exec(before)
  if (!person && !party) return
  const people = person !== null
  // "Both leaders looked forward to Tradewinds 2027", "The two leaders discussed the delivery of the
  // second aircraft": the leaders talk about an exercise, a course or a handover; they meet, visit
  // or sign only in their own talks.
  if (people && b.type !== 'meeting' && b.type !== 'visit' && b.type !== 'agreement') return
  // "The two leaders last met in May", "They signed a letter of intent", "… since their first
  // meeting": the leaders are the event's own subject. "Both officials reviewed preparations for the
  // next meeting", "The two officials agreed that the first meeting … will take place": a meeting
  // they talk of, whose delegations the text does not give.
  if (people && !theirOwn.test(before.slice(person[0].length))) return
  // "The two governments expect to hold …" are the states; "the two navies" their services.
  const word = party?.[1]?.toLowerCase() ?? ''
  const kinds: ReadonlySet<string> = people
    ? new Set(['person'])
    : /^(?:countries|nations|governments)$/.test(word)
      ? new Set(['country'])
      : /^(?:navies|armies|forces|militaries|services|agencies|institutions|coast guards)$/.test(word)
        ? new Set(['organization'])
        : new Set(['organization', 'country'])
  const wanted = (p: { record: ParticipantRecord }): boolean => kinds.has(p.record.kind)
  if ([...b.participants.values()].some(wanted)) return
  const i = built.indexOf(b)
  for (let j = i - 1; j >= 0; j--) {
    const found = [...built[j]!.participants.values()].filter(wanted)
    if (found.length < (people ? 1 : 2)) continue
    if (found.length > (people ? 3 : 4)) return
    for (const p of found) {
      const key = `${p.record.kind}:${p.record.id}`
      if (b.participants.has(key)) continue
      const ev = p.evidence[0]
      b.participants.set(key, {
        record: { ...p.record, roles: ['participant'] },
        evidence: ev ? [{ ...ev, sentence: sentenceOf(ev.start), rule: 'role:the-two' }] : [],
        country: p.country,
      })
    }
    return
  }
}

/** "both coast guards", "the two navies", "ambas armadas": services of one kind, counted back. */
const bothServices =
  /\b(?:both|the two|two|ambas|las dos|los dos)\s+(coast guards|navies|armies|air forces|police forces|police services|defence forces|defense forces|guardacostas|armadas|marinas|ejércitos|policías)\b/gi
const serviceHead: Readonly<Record<string, RegExp>> = {
  'coast guards': /\b(?:Coast Guard|Guardacostas|Kustwacht)\b/,
  guardacostas: /\b(?:Coast Guard|Guardacostas)\b/,
  navies: /\b(?:Navy|Armada|Marina|Marinha)\b/,
  armadas: /\b(?:Navy|Armada)\b/,
  marinas: /\b(?:Navy|Marina|Marinha)\b/,
  armies: /\b(?:Army|Ejército|Exército)\b/,
  'ejércitos': /\b(?:Army|Ejército|Exército)\b/,
  'air forces': /\b(?:Air Force|Fuerza Aérea|Força Aérea)\b/,
  'police forces': /\b(?:Police|Policía|Polícia)\b/,
  'police services': /\b(?:Police|Policía)\b/,
  'policías': /\b(?:Police|Policía)\b/,
  'defence forces': /\bDefen[cs]e Force\b/,
  'defense forces': /\bDefen[cs]e Force\b/,
}

/**
 * "crews from both coast guards located a simulated capsized vessel": when the report names
 * exactly two services of that kind, of two states, both take part in the event the words are in.
 */
export function addBothServices(text: string, built: readonly Built[], organizations: readonly OrganizationRecord[], sentenceOf: (o: number) => number): void {
  for (const m of text.matchAll(bothServices)) {
    const head = serviceHead[m[1]!.toLowerCase()]
    if (!head) continue
    const services = organizations.filter((o) => o.country !== null && o.mentions.length > 0 && head.test(o.name))
    if (services.length !== 2 || services[0]!.country === services[1]!.country) continue
    const at = m.index
    const owner = built.filter((b) => b.draft.frames.some((f) => f.clause.start <= at && at < f.clause.end && f.hits.includes(b.draft.opening)))
    if (owner.length !== 1) continue
    const b = owner[0]!
    for (const o of services) {
      addNamedParty(b, { kind: 'organization', id: o.id, name: o.name, country: o.country ?? null, start: at, end: at + m[0].length, text: m[0] }, ['participant'], 'role:both-services', sentenceOf)
    }
  }
}

/** Meetings inside a visit: the visiting side are visitors, the others their hosts. */
export function applyVisitContext(b: Built, visits: readonly Built[]): void {
  // A visit known only to its month ("Puerto Barrios – late August") contains nothing by its dates.
  const dated = (x: Built): boolean => x.draft.date !== null && precisionRank(x.draft.date.precision) <= precisionRank('week')
  const v = visits.find((x) => x !== b && (b.draft.parent === x.draft || (b.range && x.range && dated(x) && contains(x.range, b.range))))
  if (!v) return
  // Whatever happens during a visit happens where the visit is; roles change only in its meetings.
  b.parentVisit = v
  if (b.type !== 'meeting' && b.type !== 'visit') return
  const visitors = new Set([...v.participants.values()].filter((p) => p.record.roles.includes('visitor')).map((p) => p.record.id))
  let hasVisitor = false
  for (const p of b.participants.values()) {
    // "Whitby, accompanied by Ambassador Pettigrew, paid a call on …": the visitor's company visits.
    const company = p.evidence.length > 0 && p.evidence.every((e) => e.rule?.startsWith('role:include-delegation'))
    if (visitors.has(p.record.id) || company) p.record.roles = ['visitor']
    else if (p.record.roles.every((r) => r === 'participant' || r === 'attendee')) p.record.roles = ['host']
    if (p.record.roles.includes('visitor') && p.record.kind !== 'country' && !company) hasVisitor = true
  }
  if (!hasVisitor) {
    // "…briefed them": the visit's principal visitor is there even when not named again (a
    // visiting country or the company named beside is not that person).
    const lead = [...v.participants.values()].find((p) => p.record.kind === 'person' && p.record.roles.includes('visitor'))
    if (lead) b.participants.set(`person:${lead.record.id}`, { ...lead, record: { ...lead.record, roles: ['visitor'] } })
  }
  b.parentVisit = v
}

/** "Thetis conducted boarding exercises", "the cutter hosted …": the ship's service takes part. */
export function addVesselOperator(
  text: string,
  sentences: readonly { start: number; end: number }[],
  b: Built,
  vessels: readonly Vessel[],
  sentenceOf: (o: number) => number,
): void {
  const v = vessels[0]
  // The sentence, not just the clause: "the crew rescued 124 migrants …, and repatriated them".
  const sentence = (i: number): string => {
    const s = sentences[i]
    return s ? text.slice(s.start, s.end) : ''
  }
  if (!v || !b.draft.frames.some((f) => refersToVessel(sentence(f.clause.sentence), vessels))) return
  // A ship's port visit is its service's visit.
  addNamedParty(b, { ...v.operator, kind: 'organization' }, [b.type === 'visit' ? 'visitor' : 'participant'], 'role:vessel-operator', sentenceOf)
}

const saidAfter = /^[^.;“”"]{0,80}?\b(?:said|says|noted|added|remarked|stated|told|explained|emphasi[sz]ed|stressed|(?:delivered|gave) (?:the )?(?:(?:feature|keynote|opening|closing|welcome|welcoming) )?(?:address|remarks|keynote))\b/
const saidBefore = /\b(?:said|says|noted|added|remarked|stated|explained|emphasi[sz]ed|stressed)\s*,?\s*$/

/**
 * People quoted in the report who take part in no event it reads ("…,” said Cmdr. X): in a
 * release about one event they speak at that event, so they join the main (first) event.
 */
export function addQuotedSpeakers(
  text: string,
  built: readonly Built[],
  mentions: readonly { kind: string; id: string; name: string; start: number; end: number; text: string }[],
  sentenceOf: (o: number) => number,
): void {
  const main = built.find((b) => b.draft.date !== null)
  if (!main) return
  const taken = new Set<string>()
  // Only events that become records count: an undated one ("Addressing the graduates, …") is dropped.
  for (const b of built) if (b.draft.date !== null) for (const p of b.participants.values()) if (p.record.kind === 'person') taken.add(p.record.id)
  for (const m of mentions) {
    if (m.kind !== 'person' || taken.has(m.id)) continue
    const after = text.slice(m.end, m.end + 120)
    const before = text.slice(Math.max(0, m.start - 30), m.start)
    if (!saidAfter.test(after) && !saidBefore.test(before)) continue
    taken.add(m.id)
    main.participants.set(`person:${m.id}`, {
      record: { kind: 'person', id: m.id, name: m.name, roles: ['speaker'] },
      evidence: [{ start: m.start, end: m.end, text: m.text, field: `participant:${m.id}`, sentence: sentenceOf(m.start), rule: 'role:quoted-speaker' }],
      country: null,
    })
  }
}

const duringWhichBegan = /\bduring (?:the|its|this|her|his) (?:[a-z-]+ ){0,2}(?:visit|port call|stop|deployment|patrol)\s*,\s*which (?:began|started|opened)\b[^,]{0,40},[^,.;]{0,80}$/i

/**
 * "During the visit, which began Sept. 30, the boarding teams trained …": the date belongs to
 * the visit, not to the training, which takes the visit's whole span.
 */
export function spanOfEnclosingVisit(text: string, b: Built, sentenceStart: number): void {
  const v = b.parentVisit
  const own = b.draft.date
  if (!v?.draft.date?.end || !own || (own.source !== 'own' && own.source !== 'sentence') || own.end !== null || own.start !== v.draft.date.start) return
  if (b.type === 'visit' || b.type === 'meeting') return
  const before = text.slice(sentenceStart, b.draft.opening.start)
  if (!duringWhichBegan.test(before)) return
  b.draft.date = { ...v.draft.date, source: 'parent' }
}

/**
 * "the third U.S.-Ecuador Bilateral Defense Working Group", "the CARICOM–Canada Security Dialogue":
 * the states a bilateral name joins with a dash take part in the event it names, whether the name
 * is read as a series, an organization or words.
 */
export function addNamedCountries(text: string, b: Built, countries: readonly Country[], sentenceOf: (o: number) => number): void {
  for (const h of b.draft.hits) {
    if (h.series === null && h !== b.draft.opening) continue
    // "the next round of the U.S.-Paraguay Bilateral Defense Working Group": the name after "of".
    const of = /\bof$/i.test(text.slice(h.start, h.end)) ? (text.slice(h.end, h.end + 100).split(/\s+(?:will|would|is|was|in|at|on)\s|[,;]|\.(?=\s|$)/)[0] ?? '') : ''
    const found = joinedCountries(text.slice(h.start, h.end) + of, h.start, countries)
    if (found) addStates(b, found, 'role:named-parties', sentenceOf)
  }
  // "the next U.S.-Peru Counternarcotics Dialogue": the states of the event's own name.
  const span = b.draft.series === null ? nounNameSpan(text, b.draft) : null
  if (span && span.start < b.draft.opening.start) {
    const found = joinedCountries(text.slice(span.start, b.draft.opening.start), span.start, countries)
    if (found) addStates(b, found, 'role:named-parties', sentenceOf)
  }
}

type Country = { id: string; name: string; forms: readonly string[] }
type Joined = { c: Country; form: string; start: number }

/**
 * The states a name joins with a dash ("U.S.-Ecuador"), each where it is written (`offset` is where
 * the name starts), when there are two or more; "Caribbean-U.S." joins a region, whose parties the
 * text names elsewhere.
 */
function joinedCountries(name: string, offset: number, countries: readonly Country[]): Joined[] | null {
  if (!/[-‐‑–—]/.test(name)) return null
  const found: Joined[] = []
  for (const c of countries) {
    for (const form of c.forms) {
      const at = joinedAt(name, form)
      if (at < 0) continue
      found.push({ c, form, start: offset + at })
      break
    }
  }
  return found.length >= 2 ? found : null
}

function addStates(b: Built, found: readonly Joined[], rule: string, sentenceOf: (o: number) => number): void {
  for (const { c, form, start } of found) {
    addNamedParty(b, { kind: 'country', id: c.id, name: c.name, country: c.id, start, end: start + form.length, text: form }, ['participant'], rule, sentenceOf)
  }
}

/**
 * "Barbados and Trinidad and Tobago have agreed …, following the fourth meeting of the Barbados–
 * Trinidad and Tobago Joint Maritime Security Committee": when a report names a meeting body after
 * two states, its meetings that name no state of their own are held by those two (every edition
 * the report tells of, the one it reports and those before and after).
 */
export function addBodyCountries(text: string, built: readonly Built[], countries: readonly Country[], sentenceOf: (o: number) => number): void {
  const meetings = built.filter((b) => (b.type === 'meeting' || b.type === 'conference') && ![...b.participants.values()].some((p) => p.record.kind === 'country'))
  if (meetings.length === 0) return
  const pair = bodyPair(text, countries)
  if (!pair) return
  // "… will meet the Minister of Home Affairs in Belmopan": a meeting the text places in a third
  // state is not one of the pair's.
  const ids = new Set(pair.map((x) => x.c.id))
  for (const b of meetings) {
    if (b.draft.locationFrames.some((f) => f.locations.some((l) => l.country !== null && !ids.has(l.country)))) continue
    addStates(b, pair, 'role:body-parties', sentenceOf)
  }
}

/** The words of a name after a pair of states: capitalized ones, up to the body's head word. */
const NAME_AFTER = /^\s+((?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)/

/** The first two states joined by a dash before a meeting body's name, each where it is written. */
function bodyPair(text: string, countries: readonly Country[]): Joined[] | null {
  for (const dash of text.matchAll(/\s?[-‐‑–—]\s?/g)) {
    const at = dash.index
    const end = at + dash[0].length
    let left: Joined | null = null
    let right: Joined | null = null
    for (const c of countries) {
      for (const form of c.forms) {
        if (!left && text.endsWith(form, at) && !/[\p{L}\p{N}]/u.test(text[at - form.length - 1] ?? ' ')) left = { c, start: at - form.length, form }
        if (!right && text.startsWith(form, end) && !/[\p{L}\p{N}]/u.test(text[end + form.length] ?? ' ') && meetingBody.test(NAME_AFTER.exec(text.slice(end + form.length, end + form.length + 90))?.[1] ?? '')) right = { c, start: end, form }
      }
    }
    if (left && right && left.c.id !== right.c.id) return [left, right]
  }
  return null
}

/** Where `form` stands in `name` as a whole word joined to another by a dash ("U.S.-Ecuador"), or -1. */
function joinedAt(name: string, form: string): number {
  for (let at = name.indexOf(form); at >= 0; at = name.indexOf(form, at + 1)) {
    const before = name[at - 1] ?? ' '
    const after = name[at + form.length] ?? ' '
    const wordBefore = /[\p{L}\p{N}]/u.test(before)
    const wordAfter = /[\p{L}\p{N}]/u.test(after)
    if (wordBefore || wordAfter) continue
    if (/[-‐‑–—]/.test(before) || /[-‐‑–—]/.test(after)) return at
  }
  return -1
}

/**
 * "The Eighth Meeting" of a series whose Ninth Meeting Mexico and Guatemala hold as equal sides:
 * the editions of one series a report names are held by the same states. An edition the text gives no state
 * takes the states of the edition that has two or more, with its evidence.
 */
const EQUAL_SIDES: ReadonlySet<ParticipantRole> = new Set(['participant', 'co_host', 'co_chair', 'signatory'])

export function shareSeriesParties(built: readonly Built[]): void {
  const bySeries = new Map<string, Built[]>()
  for (const b of built) {
    const id = b.draft.series?.id
    if (!id) continue
    const list = bySeries.get(id) ?? []
    list.push(b)
    bySeries.set(id, list)
  }
  for (const editions of bySeries.values()) {
    if (editions.length < 2) continue
    const states = (b: Built) => [...b.participants.values()].filter((x) => x.record.kind === 'country')
    // Only states on equal sides ("The United Mexican States and the Republic of Guatemala held
    // …"), not a chair and its guests (a committee's session chaired by one member).
    const equal = (b: Built) => states(b).every((x) => x.record.roles.every((r) => EQUAL_SIDES.has(r)))
    const source = editions.find((b) => states(b).length >= 2 && equal(b))
    if (!source) continue
    for (const b of editions) {
      if (b === source || states(b).length > 0) continue
      for (const [key, x] of source.participants) {
        if (x.record.kind !== 'country') continue
        b.participants.set(key, {
          record: { ...x.record, roles: ['participant'] },
          evidence: x.evidence.slice(0, 1).map((e) => ({ ...e, rule: 'role:series-parties' })),
          country: x.country,
        })
      }
    }
  }
}
