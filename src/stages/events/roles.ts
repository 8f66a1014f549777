/**
 * Argument attachment: which entity mentions of a clause take part in its event, in which role,
 * and where the event happens. Roles come from the trigger that governs a mention: the nearest
 * trigger on its left whose slot (direct object, "by", "with", "to"…) it fills, else the verb on
 * its right whose subject it is. Mentions that only modify another ("Guyana's Minister …",
 * "U.S. Navy Adm. …", "as the Chair of CARICOM's Council") take no role.
 */
import type { ParticipantRole } from '../../schema/records.js'
import type { Span } from '../../types.js'
import { cues, type Slot } from './lexicon.js'
import type { EntityMention } from './mentions.js'
import type { Hit } from './triggers.js'

export interface RoleArg {
  readonly mention: EntityMention
  readonly role: ParticipantRole
  readonly rule: string
  /** Inside a relative clause (", who traveled with …,"): belongs to the event the clause refers to. */
  readonly relative: boolean
  /** The hit that gave the role. */
  readonly hit: Hit
}

export interface LocationArg extends Span {
  readonly text: string
  readonly name: string | null
  readonly country: string | null
  /** Higher is more specific: facility 4, venue organization and city 3, other place 2, country 2, region 1. */
  readonly strength: number
  readonly rule: string
  /** Introduced by "held in", "took place at": valid even from a clause that only refers back. */
  readonly heldIn: boolean
  /** Also a participant: a country that is visited ("visited Guyana"). */
  readonly hostCountry: boolean
  /** Where a departure leaves from ("departed Norfolk"). */
  readonly origin?: boolean
}

export interface Arguments {
  readonly roles: readonly RoleArg[]
  readonly locations: readonly LocationArg[]
  /** Triggers inside a relative clause (", who traveled to …,"), which govern no argument. */
  readonly relativeHits: readonly Hit[]
}

/** A service branch before a name is a rank's home ("U.S. Navy Adm. Craig Faller"), not a party. */
const serviceBranch = /^(?:(?:U\.S\.|US|United States|Royal|British|French|Canadian|Dutch)\s+)?(?:Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|Space Force|National Guard)$/

const venueHosts: ReadonlySet<string> = new Set(['meeting', 'conference', 'visit', 'training', 'exercise', 'other'])

type SlotOrList = Slot | 'list' | 'skip' | 'other' | 'as'

// Spanish-language releases: con, por, entre, desde, en, de, para, al and "a la/los/las" (not the English article "a").
const prepositions =
  /\b(by|with|to|from|at|in|for|of|between|among|on|off|under(?!\s+[Ss]ecretary)|through|including|as|via|into|about|against|during|alongside|after|before|since|like|within|across|throughout|over|representing|con|por|entre|desde|en|de|del|para|al|a(?=\s+(?:la|las|los)\s))\b/gi
// Spanish lists too: "del Servicio Nacional de Guardacostas y del Servicio de Vigilancia Aérea".
const listGap =
  /^\)?\s*(?:,\s*(?:and\s+|or\s+|y\s+|e\s+)?|and\s+|or\s+|y\s+|e\s+|&\s*|,?\s*as well as\s+|,?\s*along with\s+|,?\s*together with\s+|\/\s*)(?:the\s+)?(?:governments? of\s+)?(?:(?:del|de\s+la|de\s+los|de\s+las|de|al|a\s+la)\s+)?(?:(?:el|la|los|las)\s+)?$/i
// "the Minister’s planned visit", "the Council of Ministers at its meeting", "… during their talks".
const possessor = /^(?:\)?[’']s\s+|\)?,?\s+(?:at|during)\s+(?:its|their)\s+)(?:[a-z-]+\s+){0,2}$/
const titleRun = /(?:^|(?<=[\s,;:]))\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|the|on)\s+)*(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}+\)))*\s+$/u
const relativeClause = /,\s*(?:who|which|whose)\b[^,;]*,/g

/** "the Director of the", "Minister for": an office's words right before the body it is held in. */
const officeOf = /\b\p{Lu}\p{Ll}+\s+(?:of|for)\s+(?:the\s+)?$/u

const operationName = /\bOperation\s+\p{Lu}[^()]{0,60}?\s\(\p{Lu}{3,}\)/gu

const adjectiveUse = /^\s+(?!(?:and|or|on|in|at|to|for|from|with|by|of|the|a|an|as|is|was|were|are|will|would|has|have|had|during|before|after|until|since|via|where|which|who|that)\b)[a-z]{3,}/

const listedPeople = /^\s*,?\s*(?:and|as well as|along with|together with)\s+(?:(?:senior|other|the|their|its)\s+)?(?:representatives?|officials?|officers?|members?|delegates?|delegations?|personnel|staff)\s*$/i

function slotOf(word: string): SlotOrList {
  switch (word.toLowerCase()) {
    case 'by':
    case 'with':
    case 'to':
    case 'from':
    case 'at':
    case 'in':
    case 'for':
    case 'of':
    case 'between':
      return word.toLowerCase() as Slot
    case 'among':
    case 'entre':
      return 'between'
    case 'con':
      return 'with'
    case 'por':
      return 'by'
    case 'desde':
      return 'from'
    case 'en':
      return 'in'
    case 'de':
    case 'del':
      return 'of'
    case 'para':
      return 'for'
    case 'al':
    case 'a':
      return 'to'
    case 'alongside':
      return 'with'
    case 'including':
      return 'list'
    case 'representing':
      return 'skip'
    case 'as':
      return 'as'
    default:
      return 'other'
  }
}

/**
 * The slot of whatever follows `gap`: the last preposition in it, looking through "leaders of",
 * "Minister of", or 'patient' when there is none (a direct object).
 */
export function governingSlot(gap: string): SlotOrList | 'patient' {
  let rest = gap
  for (;;) {
    let last: RegExpExecArray | null = null
    prepositions.lastIndex = 0
    for (let m = prepositions.exec(rest); m !== null; m = prepositions.exec(rest)) last = m
    if (!last) return 'patient'
    let slot = slotOf(last[1]!)
    const before = rest.slice(0, last.index)
    // "as the Chair of …" gives a capacity; "as Trinidad and Tobago formally opened …" starts a
    // clause whose subject follows.
    if (slot === 'as') slot = /^as\s+(?:the|a|an|its|their|his|her|chair|co-chair|host|co-host|head|part|one|well)\b/i.test(rest.slice(last.index)) || /\S/.test(rest.slice(last.index + 2)) ? 'skip' : 'as'
    // "leaders of X", "the Minister for X": X belongs to whatever the people noun belongs to.
    // "… engineers from the Grenada Coast Guard": where the people come from, in the people's slot.
    // "visit the port of La Romana", "in the town of Sandy Bay": the place is the noun's.
    if (slot === 'of' && /\b(?:(?:the\s+)?(?:port|city|town|island|capital|village|harbou?r)|(?:la\s+|el\s+)?(?:ciudad|puerto|isla|localidad|municipio|poblado))\s*$/i.test(before)) {
      rest = before
      continue
    }
    // "joined by the Vice Minister and representatives of the National Police": the people of an
    // institution, added to a list, are in the list's slot.
    if ((slot === 'of' || slot === 'from') && listedPeople.test(before)) return 'list'
    if ((slot === 'of' || slot === 'for' || slot === 'from') && (cues.peopleNouns.test(before) || (slot !== 'from' && /\b[A-Z][a-z]+\s*$/.test(before)))) {
      rest = before
      continue
    }
    return slot
  }
}

const dayName = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/

/** Mentions that only modify the next one: titles before a person, possessors ("Guyana's …"). */
export function modifierIndexes(text: string, mentions: readonly EntityMention[], hits: readonly Hit[] = []): Set<number> {
  const out = new Set<number>()
  // Names followed by their own acronym: the acronym stands for them, and modifies nothing more.
  const spelled = new Set<number>()
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!
    const next = mentions[i + 1]!
    if (m.kind === 'person') continue
    const gap = text.slice(m.end, next.start)
    if (gap.length > 90) continue
    const possessive = cues.possessive.test(gap)
    // "The Group of Experts … of the Inter-American Drug Abuse Control Commission (CICAD)": the
    // commission spelled out before its acronym is no title of anyone.
    const title = next.kind === 'person' || (out.has(i + 1) && !spelled.has(i + 1))
    if (m.id === next.id && /^\s*\(?\s*$/.test(gap)) {
      out.add(i) // "Caribbean Community (CARICOM)": one entity, keep the acronym mention
      spelled.add(i)
      continue
    }
    // "the Minister’s planned visit to Washington": the possessor owns the event, not the place.
    const eventBetween = possessive && hits.some((h) => h.start >= m.end && h.end <= next.start && h.trigger.creates)
    if (possessive && !eventBetween && (next.kind !== 'country' || title)) {
      out.add(i)
      continue
    }
    // "In Guatemala City on Monday, Assistant Secretary Tillerman …": a day names no title.
    if (title && !gap.startsWith(',') && (gap.trim() === '' || (cues.titleGap.test(gap) && !dayName.test(gap)))) out.add(i)
  }
  return out
}

interface Region {
  readonly hit: Hit
  readonly end: number
}

export function attachArguments(
  text: string,
  clause: Span,
  hits: readonly Hit[],
  mentions: readonly EntityMention[],
  excluded: readonly Span[],
): Arguments {
  // "Operation Bahamas, Turks and Caicos (OPBAT)": the states an operation is named after are its name.
  const operations = [...text.slice(clause.start, clause.end).matchAll(operationName)].map((x) => ({ start: clause.start + x.index, end: clause.start + x.index + x[0].length }))
  const inClause = mentions.filter(
    (m) =>
      !operations.some((x) => x.start <= m.start && m.end <= x.end) &&
      // "U.S.-led operations", "SOUTHCOM-sponsored exercises", "US$850,000": a modifier, not a party.
      !/^(?:[-‐‑](?:led|based|funded|sponsored|backed|flagged|made|owned|trained|hosted|organi[sz]ed)\b|\$)/.test(text.slice(m.end, m.end + 12)) &&
      m.start >= clause.start &&
      m.end <= clause.end &&
      !excluded.some((x) => x.start <= m.start && m.end <= x.end) &&
      // A mention inside a trigger ("led the U.S. delegation") or a series name is part of it.
      !hits.some((h) => h.start <= m.start && m.end <= h.end),
  )
  const modifiers = modifierIndexes(text, inClause, hits)
  const relatives = findRelatives(text, clause)
  const inRelative = (h: Hit): boolean => relatives.some((r) => r.start <= h.start && h.end <= r.end)
  const relativeHits = hits.filter(inRelative)
  // A relative clause governs its own arguments when the main clause reports no event itself:
  // "…the MSS mission, whose first contingent arrived in Port-au-Prince in June 2024".
  const mainOpens = hits.some((h) => !inRelative(h) && h.trigger.creates && !h.anaphoric)
  // An anaphor ("During his visit, …") names an event; it governs no argument.
  const governing = (mainOpens ? hits.filter((h) => !inRelative(h)) : [...hits]).filter((h) => !h.anaphoric || h.trigger.flags.includes('sub'))
  const regions: Region[] = governing.map((hit) => ({ hit, end: regionEnd(text, hit, clause, governing) }))
  const roles: RoleArg[] = []
  const locations: LocationArg[] = []
  let prev: { end: number; slot: SlotOrList | 'patient' | 'agent'; region: Region | null; office: boolean } | null = null
  let lastPlace: { location: LocationArg | null; end: number } | null = null
  // A mention's text starts at its first modifier: "Guyana's Minister …, Kirk D. Persaud".
  let chainStart: number | null = null
  let chainOrgs: EntityMention[] = []
  inClause.forEach((m, i) => {
    if (modifiers.has(i)) {
      chainStart ??= m.start
      if (m.kind === 'organization' && !serviceBranch.test(m.name)) chainOrgs.push(m)
      return
    }
    const titleOrgs = m.kind === 'person' ? chainOrgs : []
    chainOrgs = []
    const from = chainStart ?? m.start
    chainStart = null
    const relative = mainOpens && relatives.some((r) => r.start <= m.start && m.end <= r.end)
    // "the Minister’s planned visit": the possessor of an event noun is its agent.
    const owned = m.kind === 'place' ? undefined : hits.find((h) => h.start >= m.end && h.start - m.end <= 40 && h.trigger.pos === 'noun' && h.trigger.creates)
    const ownerRole = owned && possessor.test(text.slice(m.end, owned.start)) ? (owned.trigger.roles.agent ?? 'participant') : undefined
    if (owned && ownerRole && ownerRole !== 'skip') {
      roles.push({ mention: m, role: ownerRole, rule: `role:${owned.trigger.id}:possessor`, relative, hit: owned })
      prev = { end: m.end, slot: 'agent', region: null, office: false }
      lastPlace = null
      return
    }
    let left = regions.findLast((r) => r.hit.end <= from && from < r.end)
    let slot: SlotOrList | 'patient' | 'agent'
    let gapStart = prev && (left ? prev.end >= left.hit.end : true) ? prev.end : left ? left.hit.end : clause.start
    // "… comes five months after the RBDF and the U.S. Coast Guard conducted": a subordinate
    // clause's subject is the subject of its own verb, whatever stands before it.
    const sub = subordinateStart(text, Math.max(gapStart, clause.start), from)
    if (sub !== null) {
      left = undefined
      gapStart = sub
    }
    // "Quist will lead the U.S. delegation, and Permanent Secretary … Whyte-Hamilton will lead the
    // Jamaican delegation": after ", and" a name right before a verb is that verb's subject.
    const coordinated = m.kind !== 'place' && left !== undefined && coordinateSubject(text, gapStart, from, m.end, hits)
    if (coordinated) left = undefined
    let region: Region | null = left ?? null
    // "adopted in 1997, obliges States …": a preposition before a date governs the date.
    for (const x of excluded) if (x.end <= from && x.end > gapStart) gapStart = x.end
    // "Under Secretary of War for Policy Lauren M. Castellano hosted": a title of capitalized words
    // right before a name holds prepositions that govern nothing.
    const rawGap = text.slice(gapStart, from)
    const title = m.kind === 'person' ? titleRun.exec(rawGap)?.[0] : undefined
    const gap = title && /\s(?:of|for)\s/.test(title) ? rawGap.slice(0, rawGap.length - title.length) : rawGap
    // "to the Director of the National Coast Guard Service, Commander Esteban Villalobos Mora": the
    // person after an office held in a body is the office's holder, in the slot the office was in.
    const holder = m.kind === 'person' && prev !== null && prev.region === region && prev.office && /^\s*,\s*$/.test(title ? rawGap.slice(0, rawGap.length - title.length) : rawGap)
    const listed = (prev !== null && prev.region === region && listGap.test(gap)) || holder
    // "Caribbean-United States …": a compound shares the slot of its first part.
    const compound = prev !== null && prev.region === region && /^[\s\-‐‑–/]*$/.test(gap) && gap.length <= 2
    const gapSlot = left && !((listed || compound) && prev) ? governingSlot(gap) : null
    if (coordinated) slot = 'agent'
    else if ((listed || compound) && prev) slot = prev.slot
    else if (left && gapSlot !== 'as') slot = gapSlot!
    else if (left) {
      slot = 'agent'
      region = null
    }
    else if (relative && governingSlot(gap.slice(gap.lastIndexOf(',') + 1)) === 'with') slot = 'agent' // "X, who traveled with Y, …": Y goes along with X
    // "home to the two boats that the United States delivered to …": the subject of a relative
    // clause, whatever governs the words before it.
    else if (/\b(?:that|which)\s+(?:the\s+)?$/i.test(gap)) {
      slot = 'agent'
      region = null
    } else if (m.kind !== 'place' && /\s(?:the\s+)?$/.test(gap) && hits.some((h) => h.trigger.pos === 'verb' && h.trigger.creates && !h.passive && h.start > m.end && h.start - m.end <= 12 && auxiliaries.test(` ${text.slice(m.end, h.start)}`))) {
      // "add to the two patrol vessels the US handed over in July": a name right before the verb is
      // its subject, whatever governs the words before it.
      slot = 'agent'
      region = null
    } else {
      // A subject's own title ("the Deputy Assistant Secretary of Defense for …, Mr. X") holds
      // prepositions that do not govern it: read only from the last comma.
      const pre = governingSlot(gap.slice(gap.lastIndexOf(',') + 1))
      slot = pre === 'patient' || pre === 'of' || pre === 'from' || pre === 'list' ? 'agent' : pre
      region = null
    }
    if (slot === 'list') slot = prev?.slot ?? 'patient'
    prev = { end: m.end, slot, region, office: false }
    // A quote's attribution ("said X, chief of the office at the U.S. Embassy in Bridgetown") places nothing.
    // "said the course was approved at its meeting in Basseterre": an event noun right before the
    // place is what the place belongs to, even inside what someone said.
    const talk =
      region !== null &&
      region.hit.trigger.flags.includes('speech') &&
      !hits.some((h) => h.trigger.pos === 'noun' && h.trigger.creates && h.start >= region.hit.end && /^\s+(?:in|at)\s+(?:the\s+)?$/.test(text.slice(h.end, from)))
    // "to strengthen security in Guyana and Suriname": the items of a list share the fate of its first.
    const refusedList = listed && lastPlace !== null && lastPlace.location === null && (m.kind === 'place' || m.kind === 'country')
    const found = talk ? null : refusedList ? 'rejected' : locationFrom(text, m, slot, region?.hit ?? null, gap, from, lastPlace)
    const location = found === 'rejected' ? null : found
    if (location) locations.push(location)
    // Only a place that was read as one (kept or refused) contains the next: "X in Y".
    lastPlace = found === null ? null : { location, end: m.end }
    if (m.kind === 'place') return
    if (found === 'rejected' && m.kind === 'country') return
    if (location && !location.hostCountry && m.kind === 'country') return
    const role = roleFor(m, slot, region?.hit ?? null, hits, relative)
    // Only people speak, and a spokesperson relaying a statement takes no part in the event.
    const speech = role?.hit.trigger.flags.includes('speech') ?? false
    const spokesperson = speech && /\b(?:spokes(?:man|woman|person)|press secretary|public affairs)\b/i.test(text.slice(Math.max(0, from - 60), from))
    // "said Panama would host the next meeting": what follows a speech verb is the subject of the
    // reported clause's verb.
    // "said a U.S. Coast Guard training team would return to Parika in March to train …": further
    // on, within the reported clause, the verb its subject comes to do.
    const reported =
      speech && m.kind !== 'person' && slot === 'patient'
        ? hits.find((h) => h.start >= m.end && h.trigger.pos === 'verb' && !h.trigger.flags.includes('speech') && (h.start - m.end <= 40 || (h.start - m.end <= 90 && purposeAfter.test(text.slice(m.end, h.start)))))
        : undefined
    const reportedRole = reported ? reported.trigger.roles[reported.passive ? 'patient' : 'agent'] : undefined
    if (reported && reportedRole && reportedRole !== 'skip') {
      roles.push({ mention: m, role: reportedRole, rule: `role:${reported.trigger.id}:reported-agent`, relative, hit: reported })
    } else if (role && speech && (m.kind !== 'person' || spokesperson)) {
      // no role
    } else if (role) {
      roles.push({ mention: m, role: role.role, rule: role.rule, relative, hit: role.hit })
      // "to the Director of the National Coast Guard Service": a body that takes part, named as where
      // an office is held; the office's holder may follow.
      if (m.kind === 'organization' && officeOf.test(text.slice(Math.max(gapStart, from - 60), from))) prev.office = true
      // "GDF Chief of Staff Brig. Gen. Clinton R. Abrams … briefed": the institution he heads briefed too.
      for (const o of titleOrgs) roles.push({ mention: o, role: role.role, rule: `${role.rule}:title`, relative, hit: role.hit })
    }
    else if (location?.rule === 'location:venue-at' && region && venueHosts.has(region.hit.trigger.type)) {
      // "… at U.S. Southern Command": the organization whose premises receive the event hosts it.
      roles.push({ mention: m, role: 'host', rule: 'role:venue-at', relative, hit: region.hit })
    }
  })
  return { roles, locations, relativeHits: mainOpens ? relativeHits : [] }
}

const coordinator = /,\s*(?:and|while|but|whereas)\s+[^,;]*$/
const auxiliaries = /^(?:\s+(?:will|would|shall|has|have|had|also|then|later|is|are|was|were|to))*\s+$/

/** Whether the mention ending at `end`, after ", and" in `text[from, to)`, is the subject of the verb right after it. */
function coordinateSubject(text: string, from: number, to: number, end: number, hits: readonly Hit[]): boolean {
  if (to <= from || !coordinator.test(text.slice(from, to))) return false
  const verb = hits.find((h) => h.start >= end)
  if (!verb || verb.trigger.pos !== 'verb' || !auxiliaries.test(text.slice(end, verb.start))) return false
  const role = verb.trigger.roles[verb.passive ? 'patient' : 'agent']
  return role !== undefined && role !== 'skip'
}

const subordinator = /\b(?:after|before|since|until|while|because|as|when)\s/i
const subordinateClauseAt = new RegExp(cues.subordinateClause.source, 'g')

/** Where the subordinate clause whose subject starts at `to` begins ("after |the RBDF … conducted"), or null. */
function subordinateStart(text: string, from: number, to: number): number | null {
  if (to <= from || !subordinator.test(text.slice(from, to))) return null
  subordinateClauseAt.lastIndex = from
  let last: number | null = null
  for (let m = subordinateClauseAt.exec(text); m !== null && m.index < to; m = subordinateClauseAt.exec(text)) last = m.index + m[0].length
  return last !== null && last <= to ? last : null
}

function findRelatives(text: string, clause: Span): Span[] {
  const body = text.slice(clause.start, clause.end)
  const out: Span[] = []
  relativeClause.lastIndex = 0
  for (let m = relativeClause.exec(body); m !== null; m = relativeClause.exec(body)) {
    out.push({ start: clause.start + m.index, end: clause.start + m.index + m[0].length })
  }
  return out
}

/** A trigger governs up to the next governing trigger or a stop word ("which", "including the"). */
function regionEnd(text: string, hit: Hit, clause: Span, hits: readonly Hit[]): number {
  const nextVerb = hits.find((h) => h.start >= hit.end && (h.trigger.pos === 'verb' || hit.trigger.pos === 'noun'))
  let end = nextVerb ? nextVerb.start : clause.end
  const stop = cues.postRegionStop.exec(text.slice(hit.end, end))
  if (stop) end = hit.end + stop.index
  // "The ceremony comes five months after the RBDF and the U.S. Coast Guard conducted …": the
  // subject of a new clause is not an argument of the trigger before it.
  const sub = cues.subordinateClause.exec(text.slice(hit.end, end))
  if (sub) end = hit.end + sub.index
  if (hit.trigger.pos === 'noun') end = Math.min(end, hit.end + 90)
  return end
}

function roleFor(
  m: EntityMention,
  slot: SlotOrList | 'patient' | 'agent',
  left: Hit | null,
  hits: readonly Hit[],
  relative: boolean,
): { role: ParticipantRole; rule: string; hit: Hit } | null {
  if (slot === 'skip' || slot === 'other' || slot === 'list') return null
  // "the meeting of the Costa Rica–Panama Binational Border Security Commission": the body whose
  // meeting it is names the meeting (its states take part: addBodyCountries), it is no party.
  if (left && slot === 'of' && m.kind === 'organization' && left.trigger.pos === 'noun' && (left.trigger.type === 'meeting' || left.trigger.type === 'conference') && meetingBody.test(m.name)) {
    return null
  }
  if (left && left.trigger.flags.includes('np')) {
    // "Defense leaders from the United States … will co-host": the people noun is the subject
    // of the verb that follows it.
    const verb = hits.find((h) => h.start >= left.end && h.trigger.pos === 'verb' && !h.trigger.flags.includes('np'))
    if (verb && !relative) {
      const role = verb.trigger.roles[verb.passive ? 'patient' : 'agent']
      if (role && role !== 'skip') return { role, rule: `role:${verb.trigger.id}:agent`, hit: verb }
    }
  }
  if (left) {
    const own = slotRole(left, slot)
    // A verb before a noun ("co-chair the Dialogue with X") keeps a specific role for its slot.
    const verb = hits.filter((h) => h.trigger.pos === 'verb' && h.end <= left.start).pop()
    const verbRole = verb && left.trigger.pos === 'noun' ? slotRole(verb, slot) : undefined
    if (verb && verbRole && verbRole !== 'skip' && verbRole !== 'participant' && (own === undefined || own === 'participant')) {
      return { role: verbRole, rule: `role:${verb.trigger.id}:${slot}`, hit: verb }
    }
    if (own === 'skip') return null
    if (own) return { role: own, rule: `role:${left.trigger.id}:${slot}`, hit: left }
    if (verb && verbRole && verbRole !== 'skip') return { role: verbRole, rule: `role:${verb.trigger.id}:${slot}`, hit: verb }
    return null
  }
  // Before every trigger: the subject of the next verb (or of a noun's possessor, rarely).
  const right = hits.find((h) => h.start >= m.end && h.trigger.pos === 'verb') ?? hits.find((h) => h.start >= m.end)
  if (!right) return null
  const key: Slot = slot === 'agent' ? (right.passive ? 'patient' : 'agent') : (slot as Slot)
  const role = right.trigger.roles[key]
  if (!role || role === 'skip') return null
  return { role, rule: `role:${right.trigger.id}:${key}`, hit: right }
}

function slotRole(hit: Hit, slot: SlotOrList | 'patient' | 'agent'): ParticipantRole | 'skip' | undefined {
  if (slot === 'list' || slot === 'other') return undefined
  if (slot === 'skip') return 'skip'
  // A form that ends in its preposition ("co-chaired by", "attended by", "under the chairmanship
  // of") fills that slot.
  const trailing = /\s(by|with|to|on|of)$/i.exec(hit.text)?.[1]?.toLowerCase() as Slot | undefined
  if (slot === 'patient' && trailing && hit.trigger.roles[trailing]) return hit.trigger.roles[trailing]
  const key: Slot = slot === 'patient' && hit.passive ? 'agent' : (slot as Slot)
  return hit.trigger.roles[key]
}

const toDestination: ReadonlySet<string> = new Set(['visit', 'deployment', 'donation', 'disaster_response', 'other'])
/** Triggers of seizures: drugs go to where they were bound, not where they were seized. */
const SEIZURES: ReadonlySet<string> = new Set(['seize', 'drugs-found'])
const plannedFor = /\b(?:planned|scheduled|slated|set|earmarked)\s+for\s*$/i
const containerGap = /^\s*(?:,|\bin\b|,\s*in\b)\s*$/i

const gapPreposition = /\b(in|at|to|on|off|for|near)\b/gi
/** What may stand between "on" and the island it names. */
const ON_PLACE = /^\s+(?:the\s+)?(?:(?:island|islands|isle)\s+of\s+)?$/i

// "…, Chief of Caribbean Engagement at USNORTHCOM": a capitalized post only after a comma, since
// "JDF Chief of Defence Staff Lt. Gen. X at the Pentagon" runs on into its holder's name.
const postOf = /(?:\b|,\s+(?=[A-Z]))(?:(?<=,\s+)(?:Chief|Head|Director|Deputy|Commander|Officer|Chair(?:man|woman)?|President|Coordinator|Manager)|chief|head|director|deputy|commander|officer|chair(?:man|woman)?|president|coordinator|manager)\s+of\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+(?:(?:of|for|and)\s+)?){1,7}$/

// "train … on Bonaire", "exercise on Aruba": an island country is where these happen; after a
// meeting or an agreement "on Haiti" is its subject.
const onIsland: ReadonlySet<string> = new Set(['training', 'exercise', 'visit', 'deployment', 'disaster_response'])

/** The head words of a body that meets ("… Border Security Commission", "… Working Group"). */
export const meetingBody = /\b(?:Commission|Committee|Council|Group|Board|Assembly|Forum|Experts|Ministers|Conference|Caucus|Task Force|Meeting|Talks|Dialogue|Consultations|Mechanism)\b/
/** "… training team would return to Parika in March to ": a subject's verb of motion, then the purpose it comes for. */
const purposeAfter = /^[^,;.]*?\b(?:will|would|is to|are to|is due to|are due to)\s+(?:return|travel|deploy|come|go|arrive|head|sail|fly|be sent|be deployed)\b[^,;.]*\bto\s+$/

const agentBefore = /,?\s*\b(?:\w+ed\s+)?by\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,8}$/

/** Whether `before` ends in an agent ("… by the Task Force South ") after a place of the clause's own. */
function placedBeforeAgent(before: string): boolean {
  const agent = agentBefore.exec(before)
  if (!agent) return false
  const lead = before.slice(0, agent.index)
  const sentence = lead.slice(Math.max(lead.lastIndexOf('. '), lead.lastIndexOf('\n')) + 1)
  return /\b(?:in|at|off|near)\s+(?:the\s+)?[A-Z]/.test(sentence)
}

const landmarkClause = /\b(?:that|which)\s+(?:separates?|divides?|links?|connects?|borders?|joins?|forms?)\b/i
const topicGap = /^\s+(?:on|about)\s+[\w’'\- ]{1,40}$/
const otherEditionBefore = /\b(?:after|since|following|than)\s+(?:the|its|their|a)\s+(?:previous|last|prior|preceding|earlier|first|inaugural)\s+(?:edition|meeting|round|session|one|iteration|talks|conference|exercise|course)\s*$/i

function locationFrom(
  text: string,
  m: EntityMention,
  slot: SlotOrList | 'patient' | 'agent',
  left: Hit | null,
  gap: string,
  from: number,
  previous: { readonly location: LocationArg | null; readonly end: number } | null,
): LocationArg | null | 'rejected' {
  if (m.kind === 'person') return null
  // "to visit the RBDF detachment and the U.S. helicopter crews": "U.S." before a noun qualifies it.
  if (m.kind === 'country' && /^(?:U\.S\.|US)$/.test(m.text) && adjectiveUse.test(text.slice(m.end, m.end + 20))) return null
  // "at Soto Cano Air Base in Honduras", "in Castries, Saint Lucia": the container shares the fate of what it contains.
  // A container holds what it contains: "Washington, D.C. Grenada" (a missed sentence end) is not one.
  // "at the OECS Commission headquarters at Morne Fortuné, Castries": a second "at" after a
  // place read as one names where that place is.
  const between = previous === null ? '' : text.slice(previous.end, m.start)
  const container =
    previous !== null &&
    (containerGap.test(between) || (previous.location !== null && /^\s+at\s+$/.test(between))) &&
    (previous.location === null || previous.location.country === null || (m.kind === 'country' ? m.id : m.country) === previous.location.country)
  if (container && previous.location === null) return 'rejected'
  const type = left?.trigger.type ?? ''
  const visitLike = left !== null && (type === 'visit' || left.trigger.flags.includes('movement'))
  const gapStart = from - gap.length
  let prepAt = -1
  let prep = ''
  // The last preposition of the gap (exec on one module-level regex: matchAll would clone it per call).
  gapPreposition.lastIndex = 0
  for (let p = gapPreposition.exec(gap); p !== null; p = gapPreposition.exec(gap)) {
    prepAt = p.index
    prep = (p[1] ?? '').toLowerCase()
  }
  const prepPos = prepAt >= 0 ? gapStart + prepAt : gapStart
  const beforePrep = text.slice(Math.max(0, prepPos - 40), prepPos)
  let ok = container
  if (!ok) {
    if (slot === 'in' || slot === 'at') ok = true
    // A travel verb's object is where the journey ends, a visit's or a relief flight's ("an aircraft
    // carrying … tarpaulins landed at Jérémie Airport").
    else if (slot === 'patient') ok = visitLike || left?.trigger.id === 'travel'
    // (Not for a seizure: "found 38 kilograms of cocaine in suitcases checked on a flight to Madrid"
    // were found where they left from.)
    else if (slot === 'to') ok = visitLike || (toDestination.has(type) && !SEIZURES.has(left?.trigger.id ?? ''))
    else if (slot === 'for') ok = plannedFor.test(beforePrep + 'for')
    // "off Curaçao" places a boarding exercise; "80 miles south of Isla Beata" is the open sea.
    else if (prep === 'off' || prep === 'near') ok = m.kind !== 'organization'
    // "on Nevis", "on the island of Roatán" (not "the Action Plan on Regional Security Cooperation,
    // through which Colombian instructors …": the place must follow its "on", except for a
    // deployment, "on Operation CARIBBE, … in the Caribbean Sea").
    else if (slot === 'other' && prep === 'on' && (type === 'deployment' || ON_PLACE.test(gap.slice(prepAt + prep.length))))
      ok = (m.kind === 'place' && (m.placeKind !== 'region' || m.country !== null || type === 'deployment')) || (m.kind === 'country' && onIsland.has(type))
  }
  if (!ok) return null
  // "mission in Haiti", "based in Honduras" describe something else; "Command in Kingston" is a
  // place after a name, which says where the event is.
  const afterName = /[A-Z][\w.)]*\s*$/.test(beforePrep) && !/\b(?:Embassy|Consulate|Office|Mission|Delegation)\s*$/.test(beforePrep)
  // "a workshop on border security in Bridgetown": a town after the topic of an event noun is
  // where the event is held, not part of its topic.
  const topicThenTown =
    left !== null && left.trigger.pos === 'noun' && m.kind === 'place' && (m.placeKind === 'city' || m.placeKind === 'facility') && topicGap.test(text.slice(left.end, prepPos))
  // "held the ceremony … at its headquarters in Manaus": the venue's town, not where a body sits.
  const venueTown = /\bat\s+(?:its|their|the)\s+(?:[a-z]+\s+)?(?:headquarters|base|offices?)\s*$/i.test(beforePrep)
  // "the memorandum signed by the two governments in Bogotá": the agent of the event's own verb,
  // then the place, says where the event was.
  const verbAgent = left !== null && left.trigger.pos === 'verb' && left.end <= prepPos && /^\s+by\s+[^,;()]{1,50}$/.test(text.slice(left.end, prepPos))
  if (!container && prepAt >= 0 && slot !== 'patient' && !afterName && !topicThenTown && !venueTown && !verbAgent && cues.locationStopNouns.test(beforePrep)) return 'rejected'
  // "based in Honduras", "arrived in Freeport from its base in Curaçao": where a body sits or came from.
  if (!container && prepAt >= 0 && /\b(?:based|from\s+(?:its|their|her|his|the)\s+(?:home\s+)?(?:base|port|homeport|station|headquarters))\s*$/i.test(beforePrep)) return 'rejected'
  // "met here … six months after the previous edition in the Peruvian city of Puno": the place of
  // another edition, named after it, is not where this event is (unless that edition is the
  // clause's event: "since their first meeting in Mexico City in June").
  const editionEvent = left !== null && left.trigger.creates && left.end <= prepPos && prepPos - left.end <= 2
  if (!container && prepAt >= 0 && slot !== 'patient' && !editionEvent && otherEditionBefore.test(beforePrep)) return 'rejected'
  // "will visit Sector San Juan on Thursday before returning to Basseterre": the way home is no destination.
  if (!container && prep === 'to' && /\b(?:return(?:s|ed|ing)?(?:\s+home)?|(?:head|fl[yi]|sail|travel)\w*\s+(?:back|home))\s*$/i.test(beforePrep)) return 'rejected'
  // "a patrol in the Caribbean Sea, coordinated by the Joint Interagency Task Force South in Key
  // West": once the clause has placed its event, a place after an agent is where the agent sits.
  if (!container && prepAt >= 0 && slot !== 'patient' && placedBeforeAgent(text.slice(Math.max(0, prepPos - 200), prepPos))) return 'rejected'
  // "a station … a few kilometres from the channel that separates Mexico from Ambergris Caye in
  // Belize": a place inside a clause that describes a landmark is not where the event is.
  if (left !== null && left.end <= prepPos && landmarkClause.test(text.slice(left.end, prepPos))) return 'rejected'
  // "the Chargé d'Affaires at the Embassy", "chief of the Office of Security Cooperation at the
  // U.S. Embassy": a post, not where the event is.
  // So is "the U.S. Consul General in Curaçao".
  if (!container && (prep === 'at' || prep === 'in') && (cues.postTitles.test(beforePrep) || (prep === 'at' && postOf.test(text.slice(Math.max(0, prepPos - 90), prepPos))))) return 'rejected'
  const heldIn = container ? (previous.location?.heldIn ?? false) : prepAt >= 0 ? cues.heldIn.test(beforePrep) : false
  const origin = left?.trigger.id === 'depart' && (slot === 'patient' || (container && (previous.location?.origin ?? false)))
  // One literal per shape (the keys in this order), not a spread of a base object.
  const location = (name: string | null, country: string | null, strength: number, rule: string, hostCountry: boolean): LocationArg =>
    origin
      ? { start: m.start, end: m.end, text: m.text, heldIn, origin: true, name, country, strength, rule, hostCountry }
      : { start: m.start, end: m.end, text: m.text, heldIn, name, country, strength, rule, hostCountry }
  if (m.kind === 'organization') {
    // "celebrada … en la Estación de Guardacostas de Puntarenas": Spanish "en" before a body named
    // by its premises is "at" it.
    const premises = slot === 'in' && /\ben\s+(?:la|el)\s+$/i.test(gap) && /^(?:Estación|Base|Sede|Cuartel|Comandancia|Capitanía|Escuela|Academia|Centro)\b/.test(m.name)
    if (slot !== 'at' && !premises) return null
    return location(m.name, m.country, 3, 'location:venue-at', false)
  }
  if (m.kind === 'country') {
    const hostCountry = visitLike && (slot === 'to' || slot === 'patient')
    return location(null, m.id, 2, `location:${container ? 'container' : slot}`, hostCountry)
  }
  // A region with a country (an island, "Region Nine") places the event as well as a town does.
  const strength = m.placeKind === 'facility' ? 4 : m.placeKind === 'city' ? 3 : m.placeKind === 'region' && m.country === null ? 1 : 2
  return location(m.name, m.country, strength, `location:${container ? 'container' : slot}`, false)
}
