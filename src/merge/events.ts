/**
 * Cross-document event merging. Events with the same id (a hash of normalized values, see
 * src/stages/events/ids.ts) are one event. Events with different ids are also one event when
 * the evidence says so — same series and edition, or same kind of event on the same dates in the
 * same country with a party, a name or nothing contradicting in common — and nothing says
 * otherwise (different dates, countries, editions, or two events of one document). The merged
 * event keeps one attestation per reporting document; ids that a merge retires are kept in
 * `mergedFrom` so consumers can redirect.
 */
import { parseOrdinal, parseRoman, spanishOrdinalWords } from '../text/ordinals.js'
import type { EventRecord, Evidence, ParticipantRecord, TopicRecord } from '../schema/records.js'
import { dayRange, overlaps, precisionRank, spanRange } from '../stages/events/calendar.js'
import { eventId, isSeriesKeyed, onlyMentioned, principalIds, typeGroup } from '../stages/events/ids.js'
import { isSpanishSittingId } from '../stages/events/series.js'

const statusRank: Record<EventRecord['status'], number> = {
  cancelled: 5,
  postponed: 4,
  occurred: 3,
  scheduled: 2,
  unknown: 1,
}

export function mergeEvents(events: readonly EventRecord[]): EventRecord[] {
  return planMerge(events).map((plan) => buildMerged(plan, (i) => events[i]!))
}

/**
 * One output event of a merge: the indices (into the merged input) of its reports, as the
 * groups of equal ids that were joined first, each in input order. `eventId` is the id the
 * merged event gets.
 */
export interface MergePlan {
  readonly eventId: string
  readonly groups: readonly (readonly number[])[]
}

/**
 * Which events are one, without building the merged records: sorted by the merged event's id.
 * It reads only the fields that identify an event and its attestations' document ids, so the
 * events may be skeletons (`mergeSkeleton`): `buildMerged` over the full records then gives
 * exactly what `mergeEvents` gives. This lets the projection merge an archive's events holding
 * only their skeletons in memory.
 */
export function planMerge(events: readonly EventRecord[]): MergePlan[] {
  const byId = new Map<string, number[]>()
  events.forEach((e, i) => {
    const list = byId.get(e.eventId)
    if (list) list.push(i)
    else byId.set(e.eventId, [i])
  })
  const groups = [...byId.entries()].sort((a, b) => compare(a[0], b[0])).map(([, group]) => group)
  const exact = groups.map((group) => (group.length === 1 ? events[group[0]!]! : mergeGroup(group.map((i) => events[i]!))))
  return clusterSameEvents(exact)
    .map((cluster) => ({
      eventId: cluster.length === 1 ? exact[cluster[0]!]!.eventId : mergeGroup(cluster.map((k) => exact[k]!)).eventId,
      groups: cluster.map((k) => groups[k]!),
    }))
    .sort((a, b) => compare(a.eventId, b.eventId))
}

/** The merged event of one plan, from the full records (`get` maps an input index to its record). */
export function buildMerged(plan: MergePlan, get: (index: number) => EventRecord): EventRecord {
  const exact = plan.groups.map((group) => (group.length === 1 ? get(group[0]!) : mergeGroup(group.map(get))))
  return exact.length === 1 ? exact[0]! : mergeGroup(exact)
}

/**
 * What `planMerge` needs of an event: no topics, labels or CAMEO code, one attestation per
 * reporting document with its id and only the evidence that places it: its venue's town (see
 * inTown) and the places its report cites (see citedApart). Much smaller than the record.
 */
export function mergeSkeleton(e: EventRecord, intern: (s: string) => string = (s) => s): EventRecord {
  return {
    eventId: e.eventId,
    type: e.type,
    name: e.name,
    status: e.status,
    start: e.start,
    end: e.end,
    precision: e.precision,
    location: e.location ? { name: e.location.name === null ? null : intern(e.location.name), country: e.location.country === null ? null : intern(e.location.country) } : null,
    participants: e.participants.map((p) => ({
      kind: p.kind,
      id: intern(p.id),
      name: '',
      roles: p.roles.map(intern) as typeof p.roles,
      ...(p.country ? { country: intern(p.country) } : {}),
    })),
    topics: [],
    attestations: e.attestations.map((a) => ({ docId: intern(a.docId), evidence: a.evidence.filter((v) => v.field === 'location').map((v) => ({ ...v, text: intern(v.text) })) })),
    series: e.series ? { id: intern(e.series.id), edition: e.series.edition } : e.series,
    plover: e.plover ? { type: intern(e.plover.type), mode: e.plover.mode === null ? null : intern(e.plover.mode) } : e.plover,
    ...(e.amounts ? { amounts: e.amounts.map((a) => ({ text: '', value: a.value, currency: intern(a.currency) })) } : {}),
    ...(e.confidence !== undefined ? { confidence: e.confidence } : {}),
    ...(e.mergedFrom ? { mergedFrom: e.mergedFrom } : {}),
  }
}

/**
 * Greedy clustering: pairs that are the same event, best evidence first, joined only when every
 * member of the two clusters is compatible with every other (no chains A~B~C with A≁C). Returns
 * the clusters as sorted indices into `events`.
 */
function clusterSameEvents(events: readonly EventRecord[]): number[][] {
  const pairs: { i: number; j: number; score: number }[] = []
  // Candidates share a date bucket (year of the start) and a kind of event, and are in the same
  // country or one of them names none: `compatible` rejects every other pair, so leaving them out
  // changes nothing but the time (the pair scan is quadratic in a bucket).
  const buckets = new Map<string, { byCountry: Map<string, number[]>; open: number[] }>()
  events.forEach((e, i) => {
    const key = `${e.start?.slice(0, 4) ?? 'none'}|${kindGroup(e)}`
    let bucket = buckets.get(key)
    if (!bucket) buckets.set(key, (bucket = { byCountry: new Map(), open: [] }))
    const country = e.location?.country || null // as `compatible` reads it: '' names none
    if (country === null) bucket.open.push(i)
    else {
      const list = bucket.byCountry.get(country)
      if (list) list.push(i)
      else bucket.byCountry.set(country, [i])
    }
  })
  const consider = (x: number, y: number): void => {
    const i = Math.min(x, y)
    const j = Math.max(x, y)
    const score = sameEvent(events[i]!, events[j]!)
    if (score > 0) pairs.push({ i, j, score })
  }
  for (const { byCountry, open } of buckets.values()) {
    for (const list of [...byCountry.values(), open]) {
      for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) consider(list[a]!, list[b]!)
    }
    for (const list of byCountry.values()) for (const x of open) for (const y of list) consider(x, y)
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j)
  const clusterOf = events.map((_, i) => i)
  const members = new Map<number, number[]>(events.map((_, i) => [i, [i]]))
  const join = (i: number, j: number): void => {
    const ci = clusterOf[i]!
    const cj = clusterOf[j]!
    if (ci === cj) return
    const a = members.get(ci)!
    const b = members.get(cj)!
    if (!a.every((x) => b.every((y) => compatible(events[x]!, events[y]!)))) return
    for (const y of b) clusterOf[y] = ci
    members.set(ci, [...a, ...b])
    members.delete(cj)
  }
  for (const { i, j } of pairs) join(i, j)
  // Second round: two reports already found telling one event (an embassy release and a newspaper
  // on the same handover) tell its background alike: "a course in March 2026" that no party
  // identifies, in both, with the same kind, start and country, is one course. Two unrelated
  // reports' "next meeting, in Washington in February" stay apart. Reports are linked through
  // the clusters (a union-find over their documents), and the party-less events grouped by
  // story and linked reports: both linear in the events, as an archive's merge must be.
  const root = new Map<string, string>()
  const find = (d: string): string => {
    let r = d
    for (let up = root.get(r); up !== undefined && up !== r; up = root.get(r)) r = up
    root.set(d, r)
    return r
  }
  for (const idx of members.values()) {
    if (idx.length < 2) continue
    const docs = idx.flatMap((k) => events[k]!.attestations.map((x) => x.docId))
    const first = find(docs[0]!)
    for (const d of docs) {
      const r = find(d)
      if (r !== first) root.set(r, first)
    }
  }
  if (root.size > 0) {
    const stories = new Map<string, number>()
    events.forEach((e, k) => {
      if (e.start === null || principalIds(e.participants).length > 0) return
      const doc = e.attestations[0]?.docId
      if (doc === undefined || !root.has(doc)) return
      const key = `${find(doc)}|${typeGroup(e.type)}|${e.start}|${e.end ?? ''}|${e.location?.country ?? ''}`
      const seen = stories.get(key)
      if (seen === undefined) stories.set(key, k)
      else join(seen, k)
    })
  }
  return [...members.values()].map((idx) => idx.sort((x, y) => x - y))
}

/**
 * Two meetings or visits told apart by who led them: each names people in leading roles and none
 * in common (those merely accompanying or attending vary between reports).
 */
function leadersDiffer(a: EventRecord, b: EventRecord): boolean {
  if (!(typeGroup(a.type) === 'consult' || a.type === 'visit')) return false
  const people = (e: EventRecord): string[] =>
    counted(e).filter((p) => p.kind === 'person' && p.roles.some((r) => !accompanying.has(r))).map((p) => personKey(p.id))
  const pa = people(a)
  const pb = people(b)
  return pa.length > 0 && pb.length > 0 && !pa.some((id) => pb.includes(id))
}

/** Hard constraints: two events that break one of them are never the same. */
export function compatible(a: EventRecord, b: EventRecord): boolean {
  const docsA = new Set(a.attestations.map((x) => x.docId))
  if (b.attestations.some((x) => docsA.has(x.docId))) return false
  if (a.series && b.series) {
    // A Spanish sitting's body is named in Spanish ("la V Reunión de la Comisión Binacional …"), an
    // English report's in English: only their editions can disagree.
    if (!sameSeries(a.series.id, b.series.id) && !isSpanishSittingId(a.series.id) && !isSpanishSittingId(b.series.id)) return false
    if (a.series.edition && b.series.edition && a.series.edition !== b.series.edition) return false
  }
  // "the twelfth meeting of the committee" and "the fifth meeting": two sittings, series or not.
  if (typeGroup(a.type) === 'consult' && typeGroup(b.type) === 'consult') {
    const na = ordinalIn(a.name)
    const nb = na === null ? null : ordinalIn(b.name)
    if (nb !== null && na !== nb) return false
  }
  const ra = spanRange(a.start, a.end)
  const rb = spanRange(b.start, b.end)
  if (!ra || !rb || !overlaps(ra, rb)) return false
  const ca = a.location?.country ?? null
  const cb = b.location?.country ?? null
  if (ca && cb && ca !== cb) return false
  // Patrols "on the Sixaola River" and "in the Mona Passage", neither placed in one state: the
  // places their reports cite differ.
  if (!ca && !cb && a.type === 'deployment' && b.type === 'deployment' && citedApart(a, b)) return false
  if (!sameKind(a, b)) return false
  if (bothRanges(a, b) && (a.start !== b.start || a.end !== b.end)) return false
  if (remoteAgainstPlaced(a, b) || remoteAgainstPlaced(b, a)) return false
  if (disjoint(partnerCountries(a), partnerCountries(b))) return false
  // "the first meeting of a U.S.–Bolivia counternarcotics working group" and "the fourth meeting of the
  // U.S.-Guyana Border Security Working Group": sittings between two different pairs of states.
  if (typeGroup(a.type) === 'consult' && typeGroup(b.type) === 'consult') {
    const sa = involvedStates(a)
    const sb = involvedStates(b)
    if (sa.size === 2 && sb.size === 2 && ![...sa].every((x) => sb.has(x))) return false
  }
  // Two sums in one currency that differ are two gifts; "BZ$4.6 million" and "US$2.3 million" say
  // nothing against each other (a report in the local currency, one in dollars).
  if (a.amounts?.length && b.amounts?.length) {
    const shared = a.amounts.filter((x) => b.amounts!.some((y) => y.currency === x.currency))
    if (shared.length > 0 && !shared.some((x) => b.amounts!.some((y) => y.currency === x.currency && y.value === x.value))) return false
  }
  return true
}

/**
 * One series under two names: "Cayman Islands–Jamaica Joint Security Working Group" and
 * "Jamaica–Cayman Islands Joint Security Working Group" (each side names itself first), "Meeting
 * of the …" or not. Compares the words of the ids, in any order, without the connecting words.
 */
function sameSeries(a: string, b: string): boolean {
  return a === b || seriesWords(a) === seriesWords(b)
}

const seriesStopWords: ReadonlySet<string> = new Set(['series', 'of', 'the', 'and', 'on', 'for', 'de', 'del', 'la', 'meeting', 'session'])
const seriesWordCache = new Map<string, string>()
function seriesWords(id: string): string {
  let words = seriesWordCache.get(id)
  if (words === undefined) {
    words = [...new Set(id.replace(/^series:/, '').split('-').filter((w) => w && !seriesStopWords.has(w)))].sort().join(' ')
    if (seriesWordCache.size >= 4096) seriesWordCache.clear()
    seriesWordCache.set(id, words)
  }
  return words
}

/**
 * Two reports that each give the event's first and last day ("June 4–8", "June 8–19") and
 * disagree on either are two events (two courses, two rotations), not one told twice.
 */
function bothRanges(a: EventRecord, b: EventRecord): boolean {
  return a.end !== null && b.end !== null && dayPrecise(a) && dayPrecise(b) && dayRange(a.end) !== null && dayRange(b.end) !== null
}

/** A call (PLOVER mode "phone") happens nowhere: it is not the meeting another report places in a country. */
function remoteAgainstPlaced(a: EventRecord, b: EventRecord): boolean {
  return a.plover?.mode === 'phone' && b.plover?.mode !== 'phone' && Boolean(b.location?.country)
}

/** The parties a merge reads: all but those only `mentioned` beside the event. */
function counted(e: EventRecord): readonly ParticipantRecord[] {
  return e.participants.filter((p) => !onlyMentioned(p))
}

/** The states behind a participant: a country itself, or an organization's country. */
function countryOf(p: ParticipantRecord): string | null {
  return p.kind === 'country' ? p.id : (p.country ?? null)
}

/**
 * The countries of the institutions taking part, other than the one it happens in: a meeting in
 * Washington with Ecuador's defence officials is not one with the Guyana Defence Force, a course
 * by the U.S. Coast Guard in Suriname not one by the Royal Netherlands Navy.
 */
function partnerCountries(e: EventRecord): Set<string> {
  const out = new Set<string>()
  const here = e.location?.country ?? null
  for (const p of counted(e)) {
    const c = p.kind === 'person' ? null : countryOf(p)
    if (c && c !== here) out.add(c)
  }
  return out
}

/** Every state an event involves: those of its parties and the one it happens in. */
function involvedStates(e: EventRecord): Set<string> {
  const out = partnerCountries(e)
  if (e.location?.country) out.add(e.location.country)
  return out
}

function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x))
}

function sameKind(a: EventRecord, b: EventRecord): boolean {
  return kindGroup(a) === kindGroup(b)
}

/** Kinds of event that may be one: training and exercise cooperate, donation and disaster response aid. */
function kindGroup(e: EventRecord): string {
  const t = typeGroup(e.type)
  return t === 'training' || t === 'exercise' ? 'cooperate' : t === 'donation' || t === 'disaster_response' ? 'aid' : t
}

/**
 * How strongly two events look like one (0: not the same). Series and edition settle it; else
 * the same day (or overlapping dates at equal precision) in the same country, with a shared
 * party, a matching name, or — outside meetings and visits, where two can happen the same day —
 * nothing that differs.
 */
export function sameEvent(a: EventRecord, b: EventRecord): number {
  const score = likeness(a, b)
  // Of two candidates, the one with exactly the same dates is the likelier ("Feb. 16–17" over
  // the Feb. 17 stop within it); then the one between the same two states or more ("the fourth
  // meeting of the committee will be hosted by the BDF" is the Barbados–Trinidad meeting, not a
  // ship's courtesy call on the BDF).
  if (score <= 0 || score >= 8) return score
  const exact = a.start === b.start && (a.end ?? null) === (b.end ?? null)
  return score + (exact ? 0.5 : 0) + (sameStates(a, b) ? 0.25 : 0)
}

/** Both name the same two states or more as parties. */
function sameStates(a: EventRecord, b: EventRecord): boolean {
  const states = (e: EventRecord): string => [...new Set(e.participants.filter((p) => p.kind === 'country').map((p) => p.id))].sort().join(' ')
  const sa = states(a)
  return sa.includes(' ') && sa === states(b)
}

function likeness(a: EventRecord, b: EventRecord): number {
  if (!compatible(a, b)) return 0
  const ca = a.location?.country ?? null
  const cb = b.location?.country ?? null
  if (a.series && b.series && sameSeries(a.series.id, b.series.id)) {
    if (a.series.edition && a.series.edition === b.series.edition) return 10
    return 8
  }
  // "other" says nothing of what happened: a party a report merely associates with it (role
  // "participant") does not make two ceremonies of one day one.
  const shared = sharedParties(a, b, a.type === 'other' && b.type === 'other')
  const names = nameMatch(a.name, b.name)
  const sameDay = dayPrecise(a) && dayPrecise(b) && a.start!.slice(0, 10) === b.start!.slice(0, 10)
  const sameCountry = ca !== null && ca === cb
  const places = namedPlaces(a, b)
  // The same name, and the same country or one report placing it nowhere ("Hurricanes Eta and Iota").
  // Two responses to one storm, both named by it, are one only with a responder in common (the
  // Barbados medical team and the Brazilian Navy's ship both answered Hurricane Beryl).
  const responses = a.type === 'disaster_response' && b.type === 'disaster_response'
  if (names && (responses ? shared > 0 : sameCountry || shared > 0 || ca === null || cb === null)) return 6 + shared
  // "a search and rescue exercise" in September in one report and "the rescue exercise" of Sept. 24
  // in the other, in one country: the same words say what it is beyond its kind (two reports that
  // both know only the month say too little).
  if (sameCountry && a.type === b.type && dayPrecise(a) !== dayPrecise(b) && describedAlike(a.name, b.name)) return 3
  // "the fifth meeting" told by one report in September and held, the other says, on Sept. 23–24,
  // in the same country: one meeting, whatever else each report names.
  if (sameCountry && a.type === b.type && (a.type === 'meeting' || a.type === 'conference')) {
    const na = ordinalIn(a.name)
    // A party in common counts as it does below: the ordinal is more than a shared party alone.
    if (na !== null && na === ordinalIn(b.name)) return 4 + shared
  }
  // Beyond a series or a name, only dates known to the month or better say two reports agree —
  // or, for the same kind of event by the same party, a month within the year the other gives.
  const coarse = precisionRank(a.precision) > precisionRank('month') || precisionRank(b.precision) > precisionRank('month')
  if (coarse) {
    const fine = precisionRank(a.precision) <= precisionRank('month') || precisionRank(b.precision) <= precisionRank('month')
    // "other" says nothing of what happened (a seizure, a commissioning): a party both reports
    // merely associate with it (role "participant") does not make them one.
    // And a state alone is no party here, unless one report names a series (an exercise a state
    // hosts once a year): Canada gives Jamaica more than one thing in a year.
    const parties = sharedParties(a, b, a.type === 'other', !a.series && !b.series)
    // A numbered edition known only to its year is not any dated meeting of that year (but "last
    // year's exercise" in the host country may well be the edition whose dates another report gives).
    const coarseSeries = (x: EventRecord, y: EventRecord): boolean =>
      x.series !== null && y.series === null && precisionRank(x.precision) > precisionRank(y.precision)
    if (coarseSeries(a, b) || coarseSeries(b, a)) return 0
    // "in Balancán in March" and "in Salina Cruz in the first half of next year": two places named, two events.
    return fine && a.type === b.type && parties > 0 && places !== 'different' && (ca === cb || ca === null || cb === null) ? 2 : 0
  }
  // Two meetings or visits led by different people (a U.S. official's trip to Brazil, another's to
  // Grenada on the same days) are two, whatever state or department both name.
  if (leadersDiffer(a, b)) return 0
  // A course "in February" and an exercise "in the first week of February" with the same partner
  // are two events: without both days, only a series or a name makes two kinds of event one.
  if ((!dayPrecise(a) || !dayPrecise(b)) && a.type !== b.type) return 0
  // A drill on Oct. 29 in one report and a course held Oct. 26–30 in the other: a day inside
  // another kind of event's span, after its first day, is something else that happened meanwhile.
  if (a.type !== b.type && (dayWithin(a, b) || dayWithin(b, a))) return 0
  // A report that places an event nowhere and knows only its month ("the working group will meet
  // in November" with the RSS) shares too little with a dated one through one party.
  const placedMonthOnly = (ca === null) !== (cb === null) && dayPrecise(a) !== dayPrecise(b) && shared < 2
  // A multinational exercise placed nowhere among seven states, and a course in Saint Lucia: a
  // report that names the states taking part, none of them where the other places its event.
  const placedElsewhere = (x: EventRecord, y: EventRecord): boolean => {
    const country = y.location?.country ?? null
    const states = new Set(counted(x).filter((p) => p.kind === 'country').map((p) => p.id))
    return (x.location?.country ?? null) === null && country !== null && states.size >= 2 && !states.has(country)
  }
  // Two courses of one month in one country with the same instructors, one "in San Lorenzo" and one
  // "in Puerto Cortés", are two: named places that differ part events known only to their month.
  // So do places their reports cite when no cited place contains another: a meeting a report files
  // from Carmelo Peralta on March 24, and one "in Pedro Juan Caballero" in March.
  const monthApart = (places === 'different' || (places === null && citedApart(a, b))) && !(dayPrecise(a) && dayPrecise(b))
  // A gift known to its month and one of a day in it, given by the same state to the same country,
  // are one only with a party beyond the state: the United States gives Jamaica more than one thing
  // in a month.
  // (Each names an institution of its own: a report naming only the donor state may be either's.)
  // Two gifts both known only to their month ("radios handed to the TTPS in March 2025", "a scanner
  // installed at Piarco in March 2025") are two when each names its recipient and none is shared.
  const institutions = (e: EventRecord, role?: string): boolean => counted(e).some((p) => p.kind === 'organization' && p.roles.some((r) => (role ? r === role : r !== 'participant')))
  const stateOnly =
    a.type === 'donation' &&
    sharedParties(a, b, false, true) === 0 &&
    ((dayPrecise(a) !== dayPrecise(b) && institutions(a) && institutions(b)) || (!dayPrecise(a) && !dayPrecise(b) && institutions(a, 'recipient') && institutions(b, 'recipient')))
  if (shared > 0 && !stateOnly && !otherSides(a, b) && !monthApart && (sameCountry || ((ca === null) !== (cb === null) && !placedMonthOnly && !placedElsewhere(a, b) && !placedElsewhere(b, a)) || (ca === null && cb === null && sameDay))) return 4 + shared
  // "The sixth round will be held in Saint Lucia in November" (its two states lent by the report's
  // main meeting) and the round reported there on Nov. 11–12 between the same states: one meeting.
  if (sameCountry && a.type === b.type && (statesOf(a, b) || statesOf(b, a))) return 3
  // "Santo Domingo – October" in a schedule and the stop reported there on Oct. 4–13: the same named
  // place in the same country, when their principal parties do not differ.
  if (sameCountry && places === 'same') {
    const pa = principalIds(a.participants)
    const pb = principalIds(b.participants)
    // Two reports naming no parties at all ("the next meeting will be held in Washington in
    // February") say too little to be one event.
    if ((pa.length > 0 || pb.length > 0) && (pa.length === 0 || pb.length === 0 || pa.some((id) => pb.includes(id)))) return 3
  }
  // "a coordinated patrol on October 10 and 11" in two reports placing it nowhere: the same days of
  // the same kind of multi-day event (unless each names a different place for it).
  if (ca === null && cb === null && a.type === b.type && a.end && a.start === b.start && a.end === b.end && dayPrecise(a) && dayPrecise(b) && places !== 'different') return 3
  if (sameDay && sameCountry) {
    // The same day in one country, and nothing that differs: not institutions that all differ (a
    // course for the investigations police in Santiago, one for the navy in Iquique), nor two named
    // places (a certificate ceremony at the Port of Río Haina, a closing ceremony in Santo Domingo).
    if (places === 'different') return 0
    // Two postings or starts of operations of one day, one placed at a named post and the other
    // only in the country, with no party in common: two posts ("crews will begin operations from
    // Chateaubelair on January 4", "a detachment will be posted to Union Island on January 4").
    if (a.type === 'deployment' && b.type === 'deployment' && places === null && (a.location?.name ?? null) !== (b.location?.name ?? null) && shared === 0) return 0
    // An "other" event no one takes part in (an interception told without its crews) beside another
    // of that day that has parties: "other" names no kind they share.
    if (a.type === 'other' && places !== 'same' && (a.participants.length === 0) !== (b.participants.length === 0)) return 0
    // Nor two ceremonies (type "other") of one day, not placed at one named place, whose parties
    // have none in common.
    if (a.type === 'other' && places !== 'same' && a.participants.length > 0 && b.participants.length > 0 && !a.participants.some((p) => b.participants.some((q) => q.id === p.id))) return 0
    const oa = counted(a).filter((p) => p.kind === 'organization').map((p) => p.id)
    const ob = counted(b).filter((p) => p.kind === 'organization').map((p) => p.id)
    // Each report must name two or more: one report's single institution is often the other's
    // unnamed partner.
    return oa.length > 1 && ob.length > 1 && !oa.some((id) => ob.includes(id)) ? 0 : 3
  }
  return 0
}

/**
 * Two reports whose only shared parties are states, each naming a state the other does not (the
 * U.S.–Uruguay working group, a U.S. call with the Dominican minister): the United States and
 * different partners, so different events.
 */
function otherSides(a: EventRecord, b: EventRecord): boolean {
  const states = (e: EventRecord): Set<string> => new Set(counted(e).filter((p) => p.kind === 'country').map((p) => p.id))
  const sa = states(a)
  const sb = states(b)
  const onlyA = [...sa].some((c) => !sb.has(c))
  const onlyB = [...sb].some((c) => !sa.has(c))
  if (!onlyA || !onlyB) return false
  const others = (e: EventRecord): Set<string> => new Set([...principalIds(counted(e).filter((p) => p.kind !== 'country')), ...counted(e).filter((p) => p.kind === 'person').map((p) => personKey(p.id))])
  const oa = others(a)
  return ![...others(b)].some((id) => oa.has(id))
}

/**
 * Whether `x` names nothing but two or more states, all of them among `y`'s parties, and falls in
 * the month `y` starts in (a month or the day itself).
 */
function statesOf(x: EventRecord, y: EventRecord): boolean {
  const xs = counted(x)
  if (xs.length < 2 || !xs.every((p) => p.kind === 'country')) return false
  if (!xs.every((p) => counted(y).some((q) => q.kind === 'country' && q.id === p.id))) return false
  return x.start !== null && y.start !== null && x.start.length <= 10 && x.start.length >= 7 && y.start.startsWith(x.start)
}

function dayPrecise(e: EventRecord): boolean {
  return e.start !== null && precisionRank(e.precision) <= precisionRank('day') && dayRange(e.start) !== null
}

function sharedParties(a: EventRecord, b: EventRecord, withRole = false, withoutStates = false): number {
  const ids = (e: EventRecord): Set<string> => {
    const parties = counted(e).filter(
      (p) => (!withRole || p.roles.some((r) => r !== 'participant')) && (!withoutStates || p.kind !== 'country'),
    )
    return new Set([...principalIds(parties), ...parties.filter((p) => p.kind === 'person').map((p) => personKey(p.id))])
  }
  const x = ids(a)
  let n = 0
  for (const id of ids(b)) if (x.has(id)) n++
  return n
}

/** Roles of those who come along or speak: reports list them differently. */
const accompanying: ReadonlySet<ParticipantRecord['roles'][number]> = new Set(['attendee', 'representative', 'speaker'])

/** A person as two reports may name them: "Desmond A. Whitfield" and "Desmond Whitfield" are one. */
function personKey(id: string): string {
  return id
    .split('-')
    .filter((part, i, all) => part.length > 1 || i === all.length - 1)
    .join('-')
}

const stopWords = new Set(['the', 'of', 'and', 'a', 'an', 'in', 'on', 'for', 'with', 'to', 'at', 'annual', 'us'])

function tokens(name: string): Set<string> {
  return new Set(
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/\b(\d+)(?:st|nd|rd|th)\b/g, '$1')
      .split(/[^a-z0-9]+/)
      .map((w) => String(parseOrdinal(w) ?? w))
      .filter((w) => w.length > 0 && !stopWords.has(w)),
  )
}

/** Whether the two name the same place, two different places, or (either naming none) neither. */
function namedPlaces(a: EventRecord, b: EventRecord): 'same' | 'different' | null {
  const x = a.location?.name ?? null
  const y = b.location?.name ?? null
  if (x === null || y === null) return null
  return x === y || inTown(a, y) || inTown(b, x) ? 'same' : 'different'
}

/**
 * Places an event's own words give ("in", "at", "on the Sixaola River", the venue's town) or the
 * dateline the report is filed from, not those lent by the report's other events or a party's
 * country.
 */
const OWN_PLACE_RULES: ReadonlySet<string> = new Set(
  ['in', 'at', 'patient', 'venue-at', 'other', 'to', 'where-clause', 'of', 'for', 'struck', 'from', 'between', 'by', 'itinerary-stop', 'trip-leg', 'container', 'dateline'].map((r) => `location:${r}`),
)

/** Both reports cite where the event is (a river, a passage), and no cited place is in both. */
function citedApart(a: EventRecord, b: EventRecord): boolean {
  // "Carmelo Peralta, Alto Paraguay." in a dateline and "Carmelo Peralta" in a sentence are one
  // place; so are "CASTRIES, Saint Lucia" and "in Saint Lucia".
  const x = cited(a)
  const y = cited(b)
  return x.length > 0 && y.length > 0 && !x.some((t) => y.some((u) => t === u || t.includes(u) || u.includes(t)))
}

/** The places an event's reports cite (OWN_PLACE_RULES), normalized once per record: pairs ask again and again. */
const citedCache = new WeakMap<EventRecord, readonly string[]>()
function cited(e: EventRecord): readonly string[] {
  let out = citedCache.get(e)
  if (!out) {
    out = e.attestations.flatMap((t) =>
      t.evidence.filter((v) => v.field === 'location' && OWN_PLACE_RULES.has(v.rule ?? '')).map((v) => v.text.toLowerCase().replace(/^(?:the|el|la|los|las)\s+/, '').replace(/[.\s]+$/, '')),
    )
    citedCache.set(e, out)
  }
  return out
}

/** "at the Navy General Command in Montevideo": whether a report cites `town` as the town the event's venue is in. */
function inTown(e: EventRecord, town: string): boolean {
  return e.attestations.some((t) => t.evidence.some((v) => isContainerCite(v) && v.text === town))
}

function isContainerCite(v: Evidence): boolean {
  return v.field === 'location' && v.rule === 'location:container'
}

/** `a` is a single day after the first day of `b`'s span of days. */
function dayWithin(a: EventRecord, b: EventRecord): boolean {
  return !a.end && b.end != null && dayPrecise(a) && dayPrecise(b) && a.start! > b.start! && a.start! <= b.end
}

/** "Eleventh Dialogue" names the "11th Caribbean-U.S. Security Cooperation Dialogue": one name's words within the other's. */
function nameMatch(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const x = tokens(a)
  const y = tokens(b)
  const [small, large, smallName] = x.size <= y.size ? [x, y, a] : [y, x, b]
  if (small.size < 2 || !proper(smallName)) return false
  return [...small].every((w) => large.has(w))
}

/** Words that say only an event's kind or size ("two-week course"), not which one it is. */
const KIND_WORDS: ReadonlySet<string> = new Set(['course', 'courses', 'training', 'exercise', 'exercises', 'meeting', 'talks', 'staff', 'dialogue', 'committee', 'conference', 'working', 'group', 'visit', 'handover', 'patrol', 'patrols', 'operation', 'operations', 'joint', 'combined', 'coordinated', 'bilateral', 'regional', 'new', 'day', 'days', 'week', 'weeks', 'two', 'three', 'four', 'five', 'six', 'ten', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])

/** Two names of which the shorter, of two words or more, lies within the longer and names more than a kind. */
function describedAlike(a: string | null, b: string | null): boolean {
  if (!a || !b) return false
  const x = tokens(a)
  const y = tokens(b)
  const [small, large] = x.size <= y.size ? [x, y] : [y, x]
  if (small.size < 2 || ![...small].every((w) => large.has(w))) return false
  return [...small].some((w) => !KIND_WORDS.has(w))
}

/** The number an event's name gives it ("fifth meeting", "la Quinta Reunión", "La IV Reunión" → 5, 5, 4), or null. */
function ordinalIn(name: string | null): number | null {
  if (!name) return null
  for (const w of name.split(/\s+/)) {
    // Roman numerals of I, V and X only: "CIVIL", "LIC" are words.
    const n = parseOrdinal(w) ?? spanishOrdinalWords.get(w.toLowerCase()) ?? (/^[IVX]+$/.test(w) ? parseRoman(w) : null)
    if (n !== null) return n
  }
  return null
}

/** Nouns an ordinal counts within one programme only ("the third course"). */
const NUMBERED_ANY = /^(?:courses?|sessions?|rounds?|editions?|workshops?|phases?)$/i

/**
 * A name that names something ("Eleventh Dialogue", "Hurricanes Eta and Iota", "CANSEC 2019",
 * "third meeting"): a capitalized word after its first, a number or an ordinal. "coordinated
 * patrols" describes any patrols; "the third course", "the first session", "a second round" are
 * counted within whatever programme each report tells of, so they name nothing across reports.
 */
function proper(name: string): boolean {
  const words = name.split(/\s+/)
  if (words.length === 2 && parseOrdinal(words[0]!) !== null && NUMBERED_ANY.test(words[1]!)) return false
  return /\d/.test(name) || words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || words.some((w) => parseOrdinal(w) !== null)
}

function mergeGroup(group: readonly EventRecord[]): EventRecord {
  // The surviving id: one derived from series and edition, else the best attested, else the first.
  const sorted = [...group].sort(
    (a, b) =>
      Number(seriesKeyed(b)) - Number(seriesKeyed(a)) ||
      b.attestations.length - a.attestations.length ||
      compare(a.eventId, b.eventId) ||
      compare(a.attestations[0]?.docId ?? '', b.attestations[0]?.docId ?? ''),
  )
  const base = sorted[0]!
  const participants = new Map<string, ParticipantRecord>()
  const topics = new Map<string, TopicRecord>()
  let status = base.status
  let confidence = base.confidence ?? 0
  const mergedFrom = new Set<string>()
  const amounts = new Map<string, NonNullable<EventRecord['amounts']>[number]>()
  for (const e of sorted) {
    for (const p of e.participants) {
      const key = `${p.kind}:${p.id}`
      const seen = participants.get(key)
      participants.set(key, seen ? { ...seen, roles: union(seen.roles, p.roles) } : { ...p, roles: [...p.roles].sort() })
    }
    for (const t of e.topics) topics.set(t.id, t)
    for (const a of e.amounts ?? []) amounts.set(`${a.currency}:${a.value}`, a)
    if (statusRank[e.status] > statusRank[status]) status = e.status
    confidence = Math.max(confidence, e.confidence ?? 0)
    if (e.eventId !== base.eventId) mergedFrom.add(e.eventId)
    for (const id of e.mergedFrom ?? []) mergedFrom.add(id)
  }
  mergedFrom.delete(base.eventId)
  // The finest date any report gives, with the end of a report that states one.
  const dated = sorted.filter((e) => e.start !== null).sort((a, b) => precisionRank(a.precision) - precisionRank(b.precision))
  const finest = dated[0] ?? base
  const withEnd = dated.find((e) => e.end !== null && precisionRank(e.precision) === precisionRank(finest.precision))
  const series = sorted.find((e) => e.series?.edition)?.series ?? sorted.find((e) => e.series)?.series ?? base.series ?? null
  const result: EventRecord = {
    ...base,
    name: base.name ?? sorted.find((e) => e.name)?.name ?? null,
    status,
    start: finest.start,
    end: withEnd?.end ?? (finest.end ?? null),
    precision: finest.precision,
    location: sorted.find((e) => e.location?.name && e.location.country)?.location ?? sorted.find((e) => e.location?.country)?.location ?? base.location,
    participants: [...participants.values()].sort((a, b) => compare(`${a.kind}:${a.id}`, `${b.kind}:${b.id}`)),
    topics: [...topics.values()].sort((a, b) => compare(a.id, b.id)),
    attestations: sorted.flatMap((e) => e.attestations).sort((a, b) => compare(a.docId, b.docId)),
    series,
  }
  if (amounts.size > 0) result.amounts = [...amounts.values()].sort((a, b) => compare(`${a.currency}:${a.value}`, `${b.currency}:${b.value}`))
  if (base.confidence !== undefined) result.confidence = confidence
  if (mergedFrom.size > 0) result.mergedFrom = [...mergedFrom].sort()
  return result
}

/** Whether the event's id is the one derived from its series and edition. */
function seriesKeyed(e: EventRecord): boolean {
  return isSeriesKeyed(e) && e.eventId === eventId(e)
}

function union<T extends string>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])].sort()
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
