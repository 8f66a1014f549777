/**
 * In-document coreference: frames, read in order, either open a new event or add to one already
 * reported — the one a series name or a definite noun ("the Dialogue", "the visit") points back
 * to, the trip or mission a movement belongs to, an identical report of the same event, or, for a
 * clause that only adds roles or topics ("X will attend"), the event being talked about.
 */
import type { EventType } from '../../schema/records.js'
import { overlaps, precisionRank, spanRange, type DayRange } from './calendar.js'
import { coop, draftRange, group, has, primaryHit, type Draft, type DraftDate } from './draft.js'
import {
  backFrom,
  closeTrips,
  compatible,
  datePartsOfTrips,
  datesOf,
  ownDate,
  ownRange,
  owns,
  paragraphDate,
  announcedAtDate,
  parentDate,
  refineDate,
  sentenceDate,
  statedLength,
  tripDates,
} from './draft-dates.js'
import { rankWeight, type Frame } from './frames.js'
import type { SeriesMention } from './series.js'
import { seriesTrigger, type Hit } from './triggers.js'

export { primaryHit, draftRange, type Draft, type DraftDate } from './draft.js'

interface State {
  readonly drafts: Draft[]
  current: Draft | null
  lastOfSentence: { sentence: number; draft: Draft } | null
  /** Paragraphs that report a dated event: a thread of role-only clauses does not run across them. */
  readonly eventful: ReadonlySet<number>
}

export function cluster(frames: readonly Frame[]): Draft[] {
  const eventful = new Set(frames.filter((f) => f.dates.length > 0 && f.hits.some((h) => h.trigger.creates && !h.anaphoric)).map((f) => f.clause.paragraph))
  const state: State = { drafts: [], current: null, lastOfSentence: null, eventful }
  for (const f of frames) {
    // "The course, | which ran from May 8 to 19, …": a relative clause may only give dates.
    if (f.hits.length > 0 || (f.clause.relative && f.dates.length > 0)) step(state, f, frames)
  }
  datePartsOfTrips(state.drafts)
  closeTrips(state.drafts)
  return state.drafts
}

// "will meet again in Encarnación": the series' next sitting.
const meetAgain = /^\s+again\b/

function step(state: State, frame: Frame, frames: readonly Frame[]): void {
  const { drafts } = state
  // "During the visit, | which began Sept. 30, the teams trained …": the dates right after the
  // relative pronoun are the antecedent's.
  let f = frame
  const antecedent = frame.clause.relative && frame.clause.part > 0 && state.lastOfSentence?.sentence === frame.clause.sentence ? state.lastOfSentence.draft : null
  const firstHit = frame.hits[0]?.start ?? frame.clause.end
  const leading = antecedent ? frame.dates.filter((x) => x.end <= firstHit && x.cue !== 'point') : []
  if (antecedent && leading.length > 0 && frame.hits.some((h) => h.trigger.creates)) {
    refineDate(antecedent, { ...frame, dates: leading, hits: [...antecedent.hits.slice(0, 1), ...frame.hits] })
    f = { ...frame, dates: frame.dates.filter((x) => !leading.includes(x)) }
  }
  f = elliptical(f, state.lastOfSentence, drafts)
  const touch = (d: Draft): void => {
    d.lastParagraph = Math.max(d.lastParagraph, f.clause.paragraph)
    state.current = d
    state.lastOfSentence = { sentence: f.clause.sentence, draft: d }
  }
  const resolved = new Map<Hit, Draft>()
  const seriesOf = new Map<Hit, SeriesMention>()
  const modifiers = new Set<Hit>()
  const editionHits = new Map<Hit, Hit>()
  for (const h of f.hits) {
    if (!h.series) continue
    const s = adoptSeries(drafts, h.series, f)
    if (!s) continue // a bare "Third Dialogue" in a document that names no such series
    seriesOf.set(h, s)
    const target = resolveSeries(drafts, s, f)
    if (target) resolved.set(h, target)
    // "a Continuing Promise 2022 mission stop": the series names the mission the stop belongs to.
    const next = f.hits.find((x) => x.start >= h.end && x.start - h.end <= 3 && !x.series)
    if (next && next.trigger.creates && group(next.trigger.type) !== group(s.type)) modifiers.add(h)
  }
  // "On the eve of the conference, Monday 23 February, … a working dinner": an anaphor whose event
  // is known (on other dates) still only refers to it.
  const referring = new Set(f.hits.filter((h) => h.anaphoric && !h.series && resolveAnaphor(drafts, h, state.current, null) !== null))
  // `h` names another edition of `known`: the edition told before, or a new event of the series.
  const takeEdition = (h: Hit, known: SeriesMention, edition: string, yearHint: string | null): void => {
    const s: SeriesMention = { ...known, start: h.start, end: h.end, text: h.text, coreStart: h.start, coreEnd: h.end, edition, yearHint }
    seriesOf.set(h, s)
    const target = resolveSeries(drafts, s, f)
    if (target) resolved.set(h, target)
    else editionHits.set(h, { ...h, trigger: seriesTrigger(s), series: s, anaphoric: false })
  }
  for (const h of f.hits) {
    if (h.series) continue
    const edition = has(h, 'edition')
    // "Last year's edition" (an edition word), "last year's meeting" (an event noun right after "'s").
    const year = edition ? (possessiveYear(f, h) ?? relativeEditionYear(f, h)) : h.trigger.pos === 'noun' && h.trigger.creates ? possessiveYear(f, h, true) : null
    const possessed = !edition && year !== null
    // "The two delegations will meet again in Encarnación in early January": the series' next sitting.
    const again = h.trigger.type === 'meeting' && !h.anaphoric && meetAgain.test(f.text.slice(h.end - f.clause.start, h.end - f.clause.start + 8)) ? drafts.find((d) => d.series?.style === 'ordinal' && d.series.edition !== null)?.series : undefined
    if (again && Number.isInteger(Number(again.edition))) {
      takeEdition(h, again, String(Number(again.edition) + 1), null)
      continue
    }
    if (!h.anaphoric && !edition && !possessed) continue
    if (edition || possessed) {
      // "Last year's edition was hosted by Barbados", "last year's meeting was held in Hamilton":
      // another edition of the series in hand.
      const latest = latestSeries(drafts, null)
      const known = latest?.series && (edition || group(latest.series.type) === group(h.trigger.type)) ? latest.series : undefined
      const other = known ? otherEdition(known, latest!, year) : null
      if (known && other && other !== known.edition) {
        takeEdition(h, known, other, year)
        continue
      }
    }
    // "Following the session, Whitlock will travel to Bogotá April 27-28": what comes after or before
    // an event, on dates of its own, is not part of it. ("After the ceremony, they held a working
    // meeting" has none: it takes the ceremony's day.)
    if (!edition && f.dates.length > 0 && sequence.test(f.text.slice(0, h.start - f.clause.start))) continue
    const target = edition ? latestSeries(drafts, f) : resolveAnaphor(drafts, h, state.current, f)
    if (target) resolved.set(h, target)
  }
  // "…CANSEC, which Jamaica will co-host in Kingston": the relative clause continues that event.
  const previous = f.clause.part > 0 && (f.clause.relative || f.clause.where) ? state.lastOfSentence : null
  const refs = [...new Set(resolved.values())]
  const ref = refs[0] ?? (previous && f.clause.relative && previous.sentence === f.clause.sentence ? previous.draft : null)
  const hitsHere = f.hits.map((h) => editionHits.get(h) ?? h)
  for (const [h, e] of editionHits) seriesOf.set(e, seriesOf.get(h)!)
  const candidates = hitsHere.filter(
    (h) =>
      h.trigger.creates &&
      !resolved.has(h) &&
      !modifiers.has(h) &&
      // "Speaking at the closing ceremony on Friday, … said the course would help": a ceremony
      // never told before is an event of its own, whatever else the clause refers to.
      !(h.anaphoric && (has(h, 'sub') || (ref !== null && !(h.trigger.id === 'ceremony-noun' && !has(primaryHit(ref), 'ceremonial'))) || referring.has(h))) &&
      !(has(h, 'needsDate') && !datesOf(f, h).some((x) => x.cue !== 'end') && !openingOfRef(f, h, ref)) &&
      !(has(h, 'needsAmount') && f.amounts.length === 0) &&
      !(has(h, 'activeOnly') && h.passive),
  )
  // What people discussed ("… support through training, equipment and information sharing") is a topic.
  const talkAt = f.hits.find((h) => has(h, 'discussion') && !h.anaphoric)?.start ?? Infinity
  const main = candidates.filter(
    (h) => !f.roles.some((r) => r.relative && r.hit === h) && !(h.start > talkAt && h.trigger.pos === 'noun' && !h.series && !owns(f, h)),
  )
  const pool = main.length > 0 ? main : candidates
  // A movement ("traveled to Santo Domingo and met with …") yields to the event it leads to.
  const substantive = pool.filter((h) => !has(h, 'movement'))
  // "traveled to Panama March 12-14 to discuss …", "will travel to Miami on Thursday to meet with
  // …": a dated trip made for what follows "to" is the event; its purpose is not a second one.
  const trip = pool.find((h) => has(h, 'movement') && h.trigger.type === 'visit' && owns(f, h))
  // "traveled to Mexico City Sept. 21-23 for talks with …": a purpose named by a noun after "for".
  const purpose = (h: Hit): boolean => {
    const before = f.text.slice(0, h.start - f.clause.start)
    return h.trigger.pos === 'verb' ? purposeTo.test(before) : purposeFor.test(before)
  }
  // "arrived at Port Zante on Monday for a five-day visit … that combines training with the SKNDF":
  // what a relative clause says the purpose holds is part of it.
  const firstPurpose = trip ? substantive.find((h) => h.start > trip.end && purpose(h)) : undefined
  const withinPurpose = (h: Hit): boolean =>
    firstPurpose !== undefined && h.start > firstPurpose.end && /\b(?:that|which)\b/.test(f.text.slice(firstPurpose.end - f.clause.start, h.start - f.clause.start))
  const forPurpose = trip !== undefined && substantive.length > 0 && substantive.every((h) => (h.start > trip.end && purpose(h)) || withinPurpose(h))
  const ranked = forPurpose ? [trip] : (substantive.length > 0 ? substantive : pool).sort((a, b) => rankWeight(f, b) - rankWeight(f, a) || a.start - b.start)
  // "the opening ceremony of Exercise Tradewinds 2025" reports the ceremony first.
  const opening = ranked.find((h) => has(h, 'ceremonial') && !has(h, 'needsDate')) ?? ranked.find((h) => has(h, 'ceremonial') && datesOf(f, h).length > 0) ?? ranked[0]

  // "visited CECOPAC, where he met officers preparing for UN missions", "travelled to Fort-Liberté,
  // where she met the departmental delegate": whom a visitor meets at the place visited is part of
  // that visit. A minister or a head of state met there is a meeting of its own.
  const visited = previous && previous.sentence === f.clause.sentence && /^where\b/i.test(f.text.trimStart()) ? previous.draft : null
  if (opening && visited && opening.trigger.type === 'meeting' && !opening.series && primaryHit(visited).trigger.type === 'visit' && !SENIOR.test(f.text)) {
    touch(attach(visited, f, resolved, seriesOf))
    return
  }
  if (f.habitual && !(opening?.series && seriesOf.get(opening)?.edition)) {
    // A habit or a category ("exercises such as Tradewinds for two decades") is no event; its
    // topics may still describe the event referred to, and the people speaking about it are there.
    const target = ref ?? state.current
    if (target && (ref || attachable(f, target, state.eventful))) target.roleFrames.push({ frame: f, relativeOnly: false, topicsOnly: true })
    return
  }

  if (opening && has(opening, 'ceremonial')) {
    // "Trinidad and Tobago formally opened Exercise Tradewinds 2025": the ceremony, and the
    // exercise it opens (dated by other sentences).
    const ceremony = create(drafts, f, frames, opening, null, ref)
    // "completed Fuerzas Comando 2026 on July 22 with a closing ceremony": the one day the clause
    // gives is the ceremony's too.
    const day = f.dates.length === 1 ? f.dates[0]! : null
    if (!ceremony.date && day && day.cue === 'point' && day.precision === 'day' && day.end_ === null) {
      ceremony.date = { start: day.value, end: null, precision: day.precision, args: [day], source: 'sentence' }
    }
    // "The course was opened by Commissioner …": an undated opening of an event reported with its
    // first day happens that day.
    if (!ceremony.date && ref?.date && openingOfRef(f, opening, ref)) {
      ceremony.date = { start: ref.date.start.slice(0, 10), end: null, precision: 'day', args: ref.date.args, source: 'parent' }
    }
    // "The closing ceremony was addressed by …", "En la ceremonia de clausura, …": an undated closing
    // (or opening) ceremony of the course or exercise of several days just told is on its last (or
    // first) day.
    const around = ref ?? state.current
    const edge = /\b(?:closing|clausura)\b/i.test(opening.text) ? 'end' : /\b(?:opening|inauguración)\b/i.test(opening.text) ? 'start' : null
    if (!ceremony.date && edge && around?.date?.precision === 'day' && around.date.end !== null && coop(around.opening.trigger.type) === 'cooperate' && !has(primaryHit(around), 'ceremonial')) {
      const day = edge === 'end' ? around.date.end : around.date.start
      ceremony.date = { start: day.slice(0, 10), end: null, precision: 'day', args: around.date.args, source: 'parent' }
    }
    touch(ceremony)
    // "the Canine Branch on Monday opened a four-week Regional … Handlers Course": what was opened
    // is an event of its own, which starts on the day of its opening.
    const opened = opening.trigger.id === 'ceremony-open' ? openedEvent(f, opening, seriesOf) : null
    if (opened) {
      const d = create(drafts, f, frames, opened, null, null)
      d.date = ceremony.date ? { ...ceremony.date, end: null, source: 'parts' } : null
      d.scene = ceremony
      touch(d)
    }
    for (const h of f.hits) {
      if (h === opened) continue
      const s = seriesOf.get(h)
      // "the graduation of 45 officers from a six-week investigations course": the course too.
      const between = f.text.slice(opening.end - f.clause.start, h.start - f.clause.start)
      const partOf =
        !s &&
        h !== opening &&
        h.start > opening.end &&
        h.trigger.creates &&
        !h.anaphoric &&
        h.trigger.pos === 'noun' &&
        !has(h, 'ceremonial') &&
        /\b(?:of|from)\b/.test(between) &&
        !/[,;]/.test(between)
      // "began Exercise Rupununi Guardian on Sunday with an opening ceremony": the event the
      // ceremony opens, named before it, is one of its own too.
      const openedWith =
        !s &&
        h !== opening &&
        h.end <= opening.start &&
        h.trigger.creates &&
        !h.anaphoric &&
        h.trigger.pos === 'noun' &&
        !has(h, 'ceremonial') &&
        /\bwith\s+(?:an?|the|its)\s+$/i.test(f.text.slice(0, opening.start - f.clause.start)) &&
        /\b(?:opening|inaugural)\b/i.test(opening.text)
      if (!partOf && !openedWith && (!s || resolved.has(h) || resolveSeries(drafts, s, f))) continue
      const d = create(drafts, f, frames, h, s ?? null, null)
      // "graduated on 14 August from the course given from 3 to 14 August": a date of its own first.
      const own = f.dates.some((x) => x.owner === h && x.cue !== 'end') ? ownDate(f, h) : null
      d.date = own ?? (partOf ? courseBeforeCeremony(ceremony.date, between) : null)
      // What an opening ceremony opens starts on its day.
      if (!d.date && (s || openedWith) && ceremony.date && /\b(?:opening|inaugural|inauguración|apertura)\b/i.test(opening.text)) d.date = { ...ceremony.date, end: null, source: 'parts' }
      d.locationFrames.length = 0
      d.scene = ceremony
      // "graduated on Friday from the fourth Junior Command and Staff Course, | which ran from
      // September 7 to November 13": a relative clause after the course's name is the course's.
      if (partOf && f.hits.every((x) => x.start <= h.start)) state.lastOfSentence = { sentence: f.clause.sentence, draft: d }
    }
    return
  }

  const lightBefore = f.clause.where && previous && previous.sentence === f.clause.sentence && has(previous.draft.opening, 'light') ? previous.draft : null
  if (opening && lightBefore && !has(opening, 'light') && coop(lightBefore.opening.trigger.type) !== coop(opening.trigger.type) && lightBefore.frames.length === 1) {
    // "Barbados last hosted a regional gathering in 2024, when the island co-hosted Exercise
    // Tradewinds": the when-clause names what the light verb hosted.
    touch(attach(lightBefore, f, resolved, seriesOf))
    return
  }
  // "last visited Guyana in May 2025, when he toured Base Camp Stephenson": what a visit's
  // when-clause says was toured, undated, is that visit.
  const visitBefore = f.clause.where && /^when\b/i.test(f.text) && previous && previous.sentence === f.clause.sentence ? previous.draft : null
  if (opening && visitBefore && opening.trigger.type === 'visit' && visitBefore.opening.trigger.type === 'visit' && f.dates.length === 0) {
    touch(attach(visitBefore, f, resolved, seriesOf))
    return
  }
  if (opening) {
    const target = ref ?? state.current
    const light = has(opening, 'light')
    const partOfRef =
      ref !== null &&
      opening.trigger.pos === 'noun' &&
      !opening.series &&
      coop(opening.trigger.type) === coop(ref.opening.trigger.type) &&
      compatible(f, ref, opening) &&
      !datedPart(f, ref)
    if (ref && (light || partOfRef) && attachable(f, ref, state.eventful)) {
      // "The Dialogue was hosted by …", "the course culminated in a practical exercise".
      touch(attach(ref, f, resolved, seriesOf))
      return
    }
    if (opening.trigger.weight < 10 && target && attachable(f, target, state.eventful)) {
      touch(attach(target, f, resolved, seriesOf))
      return
    }
    if (has(opening, 'movement')) {
      // "contingents … had been due to arrive on Saturday … to evaluate the exercise": the arrival
      // belongs to it, even on the days before.
      const named = refs[0] ?? null
      const trip = (named && attachable({ ...f, dates: [] }, named, state.eventful) ? named : null) ?? enclosingTrip(drafts, f, opening)
      if (trip) {
        // "The following day, Hallett traveled to Las Calderas Naval Base, where …": a stop on a
        // later day of a trip, at a place of its own, is a visit of its own within the trip.
        const stop = stopOfTrip(f, opening, trip, frames)
        if (stop) {
          const d = create(drafts, f, frames, opening, null, trip)
          d.date = stop
          touch(d)
          return
        }
        touch(attach(trip, f, resolved, seriesOf, false))
        const moved = ownDate(f, opening)
        if (!trip.date && moved) trip.date = { ...moved, source: 'movement' }
        return
      }
    }
    const duplicate = findDuplicate(
      drafts,
      f,
      opening,
      seriesOf.get(opening) ?? null,
      f.clause.part > 0 && !opening.series ? sentenceDate(f, frames) : null,
    )
    if (duplicate && !(duplicate === ref && !opening.anaphoric && datedPart(f, ref))) {
      touch(attach(duplicate, f, resolved, seriesOf))
      createSecondary(drafts, f, frames, ranked, opening, seriesOf)
      return
    }
    const ownForOpening = datesOf(f, opening).some((x) => x.cue !== 'end')
    const retold = ownForOpening ? null : opening.series ? sittingNamed(drafts, f, frames, seriesOf.get(opening), state.eventful) : recentOfGroup(drafts, f, opening, frames, state.eventful)
    if (retold) {
      // "Whitfield handed the keys to Braithwaite": the same handover, told again.
      touch(attach(retold, f, resolved, seriesOf))
      createSecondary(drafts, f, frames, ranked, opening, seriesOf)
      return
    }
    const created = create(drafts, f, frames, opening, seriesOf.get(opening) ?? null, ref)
    createSecondary(drafts, f, frames, ranked, opening, seriesOf)
    if (ref) {
      // "Ostrander, who traveled with X, began the visit Monday with a call on …": X joins the visit.
      ref.roleFrames.push({ frame: f, relativeOnly: true })
      for (const [h, d] of resolved) if (d === ref) ref.hits.push(h)
    }
    touch(created)
    return
  }
  if (ref) {
    touch(attach(ref, f, resolved, seriesOf))
    return
  }
  const roleOnly = f.hits.some(
    (h) =>
      (!h.trigger.creates || !candidates.includes(h)) &&
      !has(h, 'sameClause') &&
      !has(h, 'edition') &&
      (Object.keys(h.trigger.roles).length > 0 || h.trigger.flags.length > 0),
  )
  const c = state.current
  // "Quist will lead the U.S. delegation", "The Jamaican delegation will include …": a delegation
  // goes to a meeting or a visit, the one being talked about or else the first the report tells,
  // however many paragraphs and other events lie between.
  const delegated = roleOnly && delegationClause.test(f.text) && !(c && meets(c) && attachable(f, c, state.eventful)) ? drafts.find(meets) : undefined
  if (delegated && compatible(f, delegated) && !tenseClash(f, delegated)) {
    touch(attach(delegated, f, resolved, seriesOf))
    return
  }
  // "The trainees came from the JCF, the TTPS …": those trained are in the course, the one being
  // talked about or else the first the report tells, not in the graduation that opened the story.
  const trained = roleOnly && traineeClause.test(f.text) && !(c && c.opening.trigger.type === 'training') ? drafts.find((d) => d.opening.trigger.type === 'training') : undefined
  if (trained && compatible(f, trained) && !tenseClash(f, trained)) {
    touch(attach(trained, f, resolved, seriesOf))
    return
  }
  if ((roleOnly || f.hits.some((h) => has(h, 'discussion'))) && c && attachable(f, c, state.eventful)) touch(attach(c, f, resolved, seriesOf))
}

/** "the first", "the previous one", "a first iteration" before its verb or place. */
const ordinalBefore = /\b(?:the|a|its|their)\s+(?:first|second|third|fourth|fifth|sixth|previous|last|next|prior|earlier|preceding|inaugural)\s+$/i

/**
 * "It was the second such course, after the first was held in Georgetown in October 2024", "the
 * previous one took place in Tegucigalpa in August 2025", "after a first iteration at Sans Souci in
 * April 2025": an edition named by its ordinal alone is another event of the kind just reported
 * (and, like any such edition, only when the clause dates it). With no event before, or a series
 * known for an edition word (handled as the series' other edition), nothing changes.
 */
function elliptical(f: Frame, lastOfSentence: State['lastOfSentence'], drafts: readonly Draft[]): Frame {
  const before = (h: Hit): string => f.text.slice(Math.max(0, h.start - f.clause.start - 40), h.start - f.clause.start)
  const after = (h: Hit): string => f.text.slice(h.end - f.clause.start, h.end - f.clause.start + 30)
  const bare = (h: Hit): boolean =>
    has(h, 'ellipsis') || (has(h, 'edition') && ordinalBefore.test(before(h)) && !/^\s+of\s+\p{Lu}/u.test(after(h)) && !latestSeries(drafts, null))
  if (!f.hits.some(bare)) return f
  // Of the kind named before it in the clause ("the second such course, after the first …"), else
  // of the event its sentence reports, else of the report's main event.
  const kindOf = (h: Hit): Hit['trigger'] | undefined =>
    f.hits.filter((x) => x.end <= h.start && x.trigger.creates && !bare(x) && !has(x, 'movement')).pop()?.trigger ??
    (lastOfSentence?.sentence === f.clause.sentence ? lastOfSentence.draft.opening.trigger : undefined) ??
    drafts[0]?.opening.trigger
  const hits: Hit[] = []
  const now = new Map<Hit, Hit | null>()
  for (const h of f.hits) {
    if (!bare(h)) {
      hits.push(h)
      continue
    }
    const t = kindOf(h)
    const as = t ? { ...h, trigger: { ...t, creates: true, flags: [...t.flags.filter((x) => x !== 'ceremonial' && x !== 'movement'), 'needsDate' as const, 'ellipsis' as const] }, anaphoric: false } : null
    now.set(h, as)
    if (as) hits.push(as)
  }
  // The dates and roles the clause gave the ordinal, or its light verb ("the first was held in
  // October 2024"), go with the event it now names.
  const ownerOf = (owner: Hit | null, at: number): Hit | null => {
    if (owner && now.has(owner)) return now.get(owner)!
    if (owner && owner.trigger.creates) return owner
    const ordinal = [...now].filter(([h, as]) => as && h.end <= at && (!owner || h.end <= owner.start)).pop()
    if (!ordinal || f.hits.some((x) => x.trigger.creates && x.start >= ordinal[0].end && x.start < at && !now.has(x))) return owner
    return ordinal[1]
  }
  const dates = f.dates.map((d) => {
    const owner = ownerOf(d.owner, d.start)
    return owner === d.owner ? d : { ...d, owner }
  })
  const roles = f.roles.filter((r) => now.get(r.hit) !== null).map((r) => (now.has(r.hit) ? { ...r, hit: now.get(r.hit)! } : r))
  return { ...f, hits, dates, roles }
}

/** A meeting or a visit: what a delegation goes to. */
function meets(d: Draft): boolean {
  return coop(d.opening.trigger.type) === 'consult' || d.opening.trigger.type === 'visit'
}

/** A clause about a delegation: who leads it, who is in it. */
const delegationClause = /\bdelegations?\b/i

/** A clause about who was trained: "The trainees came from …", "Students were drawn from …". */
const traineeClause = /^\s*(?:the\s+)?(?:[\w-]+\s+)?(?:trainees|students|graduates|course participants|participants|cadets)\s+(?:came from|were drawn from|were from|included|represented)\b/i

/**
 * "They signed a letter of intent to expand joint training … beginning next year": another
 * trigger of the clause that owns a date of its own reports an event of its own; so does an
 * edition named by its ordinal ("… a boarding course from November 2 to 6, after the first was
 * held in Nassau in October 2024"), though of the same kind.
 */
function createSecondary(
  drafts: Draft[],
  f: Frame,
  frames: readonly Frame[],
  ranked: readonly Hit[],
  opening: Hit,
  seriesOf: ReadonlyMap<Hit, SeriesMention>,
): void {
  // "In February, a team will deliver a course at La Unión, and we look forward to the Dialogue, which
  // will take place in March 2027": the date that opens the clause is the earlier event's when the
  // later one has a date of its own.
  const scene = f.dates.filter((x) => x.owner === null && ranked.every((r) => x.end <= r.start))
  const openingOwns = f.dates.some((x) => x.owner === opening)
  // "met yesterday for the tenth meeting of the Committee, less than two months after the ninth
  // session in Posadas on November 10": another edition of the same series is another event.
  const edition = seriesOf.get(opening)?.edition ?? null
  const otherEdition = (h: Hit): boolean => {
    const e = seriesOf.get(h)?.edition ?? null
    return edition !== null && e !== null && e !== edition && seriesOf.get(h)?.id === seriesOf.get(opening)?.id
  }
  // "spoke today with the Minister about preparations for the fourth meeting …, which will take
  // place on March 9 and 10": a call and a meeting, each with a day of its own, are two events.
  const ownDays = (x: Hit): DayRange[] => f.dates.filter((d) => d.owner === x).map((d) => spanRange(d.value, d.end_)).filter((r): r is DayRange => r !== null)
  const openingDays = ownDays(opening)
  const apart = (h: Hit): boolean => {
    const days = ownDays(h)
    return days.length > 0 && openingDays.length > 0 && days.every((x) => openingDays.every((y) => !overlaps(x, y)))
  }
  for (const h of ranked) {
    if (h === opening) continue
    // "a ground-breaking in March, on land … damaged by Hurricane Elsa in July 2021": a storm is its own event.
    const storm = h.trigger.id === 'storm' && opening.trigger.id !== 'storm'
    const other = otherEdition(h)
    const kin = coop(h.trigger.type) === coop(opening.trigger.type) && !has(h, 'ellipsis') && !other && !storm
    const split = kin && has(h, 'call') !== has(opening, 'call') && apart(h)
    if (kin && !split) continue
    const sceneOnly = !owns(f, h) && scene.length > 0 && openingOwns && h.start < opening.start && !has(h, 'movement') && !has(h, 'light')
    if (!owns(f, h) && !sceneOnly) continue
    // Another edition, or another act of the kind, has only the dates it owns.
    const mine = sceneOnly ? scene : other || split ? f.dates.filter((x) => x.owner === h) : datesOf(f, h)
    const theirs = sceneOnly || split ? f.dates.filter((x) => x.owner === opening) : other ? datesOf(f, opening).filter((x) => x.owner !== h) : datesOf(f, opening)
    // "acordaron este jueves ejecutar patrullajes conjuntos … del 8 al 19 de febrero, durante la
    // tercera reunión": the days the patrols own are theirs; the day no trigger owns is the meeting's.
    const shared = mine.filter((x) => theirs.includes(x))
    const owned = mine.filter((x) => x.owner === h && !theirs.includes(x))
    const ownOnly = shared.length > 0 && shared.every((x) => x.owner === null) && owned.length > 0
    if ((mine.some((x) => !theirs.includes(x)) && shared.length === 0) || ownOnly) {
      const second = create(drafts, f, frames, h, seriesOf.get(h) ?? null, null)
      second.hits.splice(0, second.hits.length, h)
      if (other || split) second.date = ownDate({ ...f, dates: mine }, h)
      else if (ownOnly) second.date = ownDate({ ...f, dates: owned }, h)
    }
  }
}

/**
 * "The course was opened by …": the clause opens with an anaphor of a course or an exercise of
 * several days, dated to its first day, which this verb opens (a meeting "opened by" its chair is
 * the meeting itself).
 */
function openingOfRef(f: Frame, h: Hit, ref: Draft | null): boolean {
  const multiDay = ref?.date?.precision === 'day' && ref.date.end !== null && coop(ref.opening.trigger.type) === 'cooperate'
  return h.trigger.id === 'ceremony-open' && multiDay && f.hits.some((x) => x.anaphoric && x.start - f.clause.start <= 4 && x.end <= h.start)
}

/**
 * The series a mention stands for in this document: a bare "Third Dialogue" or "Eighth Meeting",
 * or a shortened "Fifth Bilateral Security Dialogue", takes the series of the fuller name reported
 * before.
 */
function adoptSeries(drafts: readonly Draft[], s: SeriesMention, f: Frame): SeriesMention | null {
  let out = s
  if (s.rule.startsWith('series:general') || s.bare) {
    const words = s.name.toLowerCase().split(/\s+/)
    const known = [...drafts].reverse().find((d) => {
      const name = d.series?.name.toLowerCase().split(/\s+/) ?? []
      if (d.series === null) return false
      // "Third Dialogue" after "11th Caribbean-U.S. Security Cooperation Dialogue"; "Eighth
      // Meeting" after "Ninth Meeting of the High-Level Security Group".
      const tail = name.length >= words.length && words.every((w, i) => name[name.length - words.length + i] === w)
      const head = name.length > words.length && words.every((w, i) => name[i] === w) && /^(?:of|de|del)$/.test(name[words.length] ?? '')
      // "la VI Reunión de la Comisión Binacional" after "la V Reunión de la Comisión Binacional Costa
      // Rica–Ecuador de Seguridad Marítima": a Spanish sitting's name cut short.
      const spanishHead = /^(?:reunión|reunion|sesión|sesion)$/.test(words[0] ?? '') && name.length > words.length && words.every((w, i) => name[i] === w)
      // "the ninth meeting" after "Tenth Technical Coordination Meeting on the Adjacency Zone";
      // "the 12th edition" of whatever series the document names.
      const inside = s.bare && words.length === 1 && (words[0] === 'edition' || words[0] === 'round' || name.includes(words[0]!))
      // "Fourth Meeting of the Joint Security Working Group" after "Third Meeting of the Cayman
      // Islands–Jamaica Joint Security Working Group": the body the meetings are of, shortened.
      const body = (w: readonly string[]): string[] => (w[1] === 'of' ? w.slice(w[2] === 'the' ? 3 : 2) : [])
      const bs = body(words)
      const bk = body(name)
      const ofBody = words[0] === name[0] && bs.length >= 2 && bk.length > bs.length && bs.every((w, i) => bk[bk.length - bs.length + i] === w)
      return tail || head || spanishHead || inside || ofBody
    })?.series
    // "the tenth meeting of the Posadas–Encarnación Border Committee, less than two months after the
    // ninth session": a bare sitting beside a numbered one of a named body in the same clause.
    const beside = known ? undefined : s.bare && /^(?:meeting|session|edition|round)$/.test(s.name) ? f.hits.find((h) => h.series && !h.series.bare && h.series.style === 'ordinal' && h.series.type === 'meeting' && h.series.edition !== null)?.series : undefined
    if (known) out = { ...s, id: known.id, name: known.name, style: known.style, type: known.type, code: known.code, bare: false }
    else if (beside) out = { ...s, id: beside.id, name: beside.name, style: beside.style, type: beside.type, code: beside.code, bare: false }
    else if (s.bare) return null
  }
  // "Last year's edition", "next year's conference": a year-numbered series takes the year.
  if (out.edition === null && out.style === 'year') {
    const year = possessiveYear(f, out)
    if (year) out = { ...out, edition: year, yearHint: year }
  }
  return out
}

/** "Last year's edition": the year of a date just before the noun (right before it, with "'s", when `possessive`). */
function possessiveYear(f: Frame, s: { readonly start: number }, possessive = false): string | null {
  const before = f.dates.find(
    (d) =>
      d.end <= s.start &&
      s.start - d.end <= 12 &&
      d.cue === 'point' &&
      (!possessive || /^[’']s\s+(?:[a-z-]+\s+)?$/.test(f.text.slice(d.end - f.clause.start, s.start - f.clause.start))),
  )
  return before ? before.value.slice(0, 4) : null
}

/**
 * "The previous edition … took place around Bonaire in November 2025", "will host the next edition
 * in November 2027": the year of the clause's date names the edition.
 */
function relativeEditionYear(f: Frame, h: Hit): string | null {
  if (!/\b(?:previous|last|next|following|coming|prior|earlier|upcoming)\s+$/i.test(f.text.slice(0, h.start - f.clause.start))) return null
  const date = f.dates.find((d) => d.cue !== 'end' && /^\d{4}/.test(d.value))
  return date ? date.value.slice(0, 4) : null
}

/** The edition a year names: the year itself, or for a numbered series ("39th … in 2026") the number that many years off. */
function otherEdition(known: SeriesMention, d: Draft, year: string | null): string | null {
  if (!year) return null
  if (known.style === 'year') return year
  const n = Number(known.edition)
  const at = Number((d.date?.start ?? known.yearHint ?? '').slice(0, 4))
  if (!Number.isInteger(n) || !at) return null
  const other = n - (at - Number(year))
  return other > 0 && other !== n ? String(other) : null
}

function editionOf(d: Draft): string | null {
  return d.series?.edition ?? null
}

function resolveSeries(drafts: readonly Draft[], s: SeriesMention, f: Frame): Draft | null {
  const same = drafts.filter((d) => d.series?.id === s.id)
  if (s.edition !== null) return same.find((d) => editionOf(d) === s.edition) ?? same.find((d) => editionOf(d) === null && compatible(f, d)) ?? null
  const own = ownRange(f)
  for (let i = same.length - 1; i >= 0; i--) {
    const d = same[i]!
    const range = draftRange(d)
    if (own && range && !overlaps(own, range)) continue
    return d
  }
  return null
}

function latestSeries(drafts: readonly Draft[], f: Frame | null): Draft | null {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d.series && (f === null || compatible(f, d))) return d
  }
  return null
}

const headTypes: Record<string, readonly EventType[]> = {
  meeting: ['meeting', 'conference'],
  talks: ['meeting', 'conference'],
  dialogue: ['meeting', 'conference'],
  conference: ['conference', 'meeting'],
  briefing: ['meeting'],
  visit: ['visit'],
  'visit-noun': ['visit'],
  'port-visit': ['visit'],
  stop: ['visit'],
  tour: ['visit'],
  training: ['training', 'exercise'],
  workshop: ['training', 'exercise'],
  train: ['training'],
  exercise: ['exercise', 'training'],
  exchange: ['training', 'exercise'],
  'plural-exercise': ['exercise'],
  donation: ['donation', 'disaster_response'],
  donate: ['donation'],
  'hand-over': ['donation'],
  deliver: ['donation', 'disaster_response'],
  deployment: ['deployment', 'disaster_response'],
  patrol: ['deployment'],
  signing: ['agreement'],
  sign: ['agreement'],
  relief: ['disaster_response', 'deployment', 'donation'],
  ceremony: ['donation', 'training', 'agreement', 'other', 'meeting', 'conference', 'visit', 'exercise'],
  'ceremony-noun': ['other', 'donation', 'training', 'exercise'],
}

const sequence = /\b(?:following|after|before|ahead of|prior to)\s+(?:the|this|that|its|their)\s+(?:[\w’'-]+\s+){0,2}$/i

function resolveAnaphor(drafts: readonly Draft[], h: Hit, current: Draft | null, f: Frame | null): Draft | null {
  if (has(h, 'sub')) {
    // "During the session": the event named a Session, the first such (the report's own), else the current one.
    const word = h.text.toLowerCase().split(/\s+/).pop() ?? ''
    // Not another edition of the report's series ("after the ninth session in Posadas").
    const first = drafts[0]?.series ?? null
    const otherEdition = (d: Draft): boolean => first !== null && d !== drafts[0] && d.series?.id === first.id && d.series.edition !== first.edition
    return drafts.find((d) => d.opening !== h && d.opening.text.toLowerCase().split(/\s+/).includes(word) && !otherEdition(d)) ?? current
  }
  const types = headTypes[h.trigger.id]
  if (!types) return null
  const word = h.text.toLowerCase().split(/\s+/).pop() ?? ''
  // "the symposium" prefers an event named a Symposium (even one reported before "a conference"),
  // then "the exercise" one of type exercise, and only then a related type ("the course" for a
  // training exercise).
  for (const pass of [0, 1, 2, 3]) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i]!
      const p = primaryHit(d)
      // "the closing ceremony" is a ceremony told before, not the course it closes: opening and
      // closing ceremonies are events of their own. "Also addressed the ceremony" after a course
      // told in passing is the opening told before it.
      const fits =
        h.trigger.id === 'ceremony-noun'
          ? pass > 0 && has(p, 'ceremonial')
          : pass === 0
            ? (d.series?.name.toLowerCase().includes(word) ?? false)
            : pass === 1
              ? p.trigger.type === types[0]
              : pass === 2
                ? h.trigger.id === 'ceremony' && has(p, 'ceremonial')
                : types.includes(p.trigger.type)
      // "The ceremony was also attended by …" is the handover told before, not the delivery due later.
      if (fits && (f === null || (compatible(f, d, h) && !(h.trigger.id === 'ceremony' && tenseClash(f, d))))) return reportedEvent(drafts, d, f)
    }
  }
  return null
}

/**
 * "The desk was agreed at the committee's third meeting in September. | KPC Korpschef Isenia, who
 * chaired the meeting, said …": in a later paragraph, "the meeting" is the one the report is about
 * (its first event, of the same type), not one of another time told in passing.
 */
function reportedEvent(drafts: readonly Draft[], d: Draft, f: Frame | null): Draft {
  const first = drafts[0]
  if (!f || !first || first === d || f.clause.paragraph <= d.lastParagraph) return d
  if (primaryHit(first).trigger.type !== primaryHit(d).trigger.type) return d
  if (first.series && d.series && (first.series.id !== d.series.id || first.series.edition === d.series.edition)) return d
  // Told of another time: two reports of one day are one event split, not two editions.
  const a = draftRange(first)
  const b = draftRange(d)
  if (!a || !b || overlaps(a, b)) return d
  return compatible(f, first) ? first : d
}

/** A clause that only adds roles or topics may join an event when nothing contradicts it. */
function attachable(f: Frame, d: Draft, eventful: ReadonlySet<number>): boolean {
  // Quotes and background paragraphs between do not break the thread; a paragraph that reports
  // another event does.
  const gap = f.clause.paragraph - d.lastParagraph
  if (gap > 4) return false
  for (let p = d.lastParagraph + 1; p < f.clause.paragraph; p++) if (eventful.has(p)) return false
  if (!compatible(f, d)) return false
  return !tenseClash(f, d)
}

/** A clause told in the past about an event told only as ahead, or the other way round. */
function tenseClash(f: Frame, d: Draft): boolean {
  const future = f.status.some((s) => s.cue === 'future')
  // "discussed the agenda of CENTSEC, which Panama will host in May": the talk is past, not the conference.
  const tells = (h: Hit): boolean => h.past && !has(h, 'discussion') && !has(h, 'speech')
  // "The ceremony was also attended by …": a passive in the past tells of the past too.
  const past = f.hits.some(tells) || f.status.some((s) => s.cue === 'past') || (!future && /^[^,;]*\b(?:was|were)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?[a-z]+ed\b/.test(f.text))
  const dFuture = d.frames.some((x) => x.status.some((s) => s.cue === 'future'))
  const dPast = d.frames.some((x) => x.hits.some(tells) || x.status.some((s) => s.cue === 'past'))
  return (future && dPast && !dFuture) || (past && dFuture && !dPast)
}

const retellable: ReadonlySet<EventType> = new Set(['donation', 'deployment', 'disaster_response', 'training', 'exercise', 'agreement'])

function recentOfGroup(
  drafts: readonly Draft[],
  f: Frame,
  opening: Hit,
  frames: readonly Frame[],
  eventful: ReadonlySet<number>,
): Draft | null {
  const meeting = opening.trigger.type === 'meeting' && opening.trigger.pos === 'verb'
  if (!retellable.has(opening.trigger.type) && !meeting) return null
  const sentence = sentenceDate(f, frames)
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (d.opening.trigger.type !== opening.trigger.type || !d.date || !attachable(f, d, eventful)) continue
    // "The United States will host the … Working Group in Miami from September 22 to 24. Delegations
    // … will meet with U.S. officials": who meets at a named gathering just announced. Another
    // meeting told later ("He also met with …") is one of its own.
    if (!retellable.has(opening.trigger.type) && !(has(d.opening, 'light') && f.clause.paragraph === d.lastParagraph)) return null
    const range = draftRange(d)
    const other = sentence ? spanRange(sentence.start, sentence.end) : null
    if (range && other && !overlaps(range, other)) continue
    return d
  }
  return null
}

const HELD = /\b(?:was|were)\s+(?:held|convened|hosted|chaired|co-chaired|opened)\b/i

/**
 * "Officials meeting here on Thursday agreed …", then "The third session of the El Ceibo–Tenosique
 * Local Border Security Committee was held at …": a numbered sitting told with no date of its own,
 * as held, names the meeting just reported (of its kind, with no series yet).
 */
function sittingNamed(drafts: readonly Draft[], f: Frame, frames: readonly Frame[], s: SeriesMention | undefined, eventful: ReadonlySet<number>): Draft | null {
  // "The fifth meeting of the … Mechanism, | which began on Tuesday, was hosted by …": the verb may
  // stand in a later clause of the sentence.
  let held = HELD.test(f.text)
  for (let k = f.index + 1; !held && k < frames.length && frames[k]!.clause.sentence === f.clause.sentence; k++) held = HELD.test(frames[k]!.text)
  if (!s?.edition || s.style !== 'ordinal' || !held) return null
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (!d.date || d.series !== null || group(d.opening.trigger.type) !== group(s.type)) continue
    return attachable(f, d, eventful) ? d : null
  }
  return null
}

/**
 * The day of a stop on a trip to one country: a movement ("traveled to Cartagena") dated to one
 * day after the trip's first, to a named place in that country that the trip's own clauses do not name.
 */
function stopOfTrip(f: Frame, movement: Hit, trip: Draft, frames: readonly Frame[]): DraftDate | null {
  if (movement.trigger.type !== 'visit' || trip.opening.trigger.type !== 'visit') return null
  // "traveled to Ciudad del Este, where he visited the naval area's headquarters": the visit the
  // clause after reports is the stop.
  if (frames.some((x) => x !== f && x.clause.sentence === f.clause.sentence && x.clause.start >= f.clause.end && x.hits.some((h) => h.trigger.creates && !h.anaphoric && !has(h, 'movement') && h.trigger.type === 'visit'))) return null
  const own = ownDate(f, movement)
  const range = draftRange(trip)
  if (!own || own.precision !== 'day' || own.end !== null || !range) return null
  const day = own.start.slice(0, 10)
  if (day <= range.first || day > range.last) return null
  const tripLocations = trip.locationFrames.flatMap((x) => x.locations)
  const tripPlaces = new Set(tripLocations.map((l) => l.text))
  const to = f.locations.find((l) => l.start >= movement.end && !l.origin && !tripPlaces.has(l.text))
  // Within a visit to one country: a trip to two is told as one visit (a made trip) or leg by leg
  // (an itinerary, build.ts tripLegs), not stop by stop.
  const tripCountries = new Set(tripLocations.map((l) => l.country).filter((c) => c !== null))
  return to && tripCountries.size === 1 && (to.country === null || tripCountries.has(to.country)) ? own : null
}

/** Those met who make a meeting of their own, even during a visit. */
const SENIOR = /\b(?:minister|ministers|president|prime minister|premier|secretary|governor|ambassador|chief of (?:defence|defense) staff|commander-in-chief|director general|commissioner of police)\b/i

/** The trip or mission a movement belongs to: a visit or deployment reported before, on compatible dates. */
function enclosingTrip(drafts: readonly Draft[], f: Frame, movement: Hit): Draft | null {
  const r = ownRange(f)
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    const t = d.opening.trigger.type
    if (t !== 'visit' && t !== 'deployment' && t !== movement.trigger.type) continue
    const range = draftRange(d)
    if (!r || !range || overlaps(r, range)) return d
  }
  return null
}

function findDuplicate(
  drafts: readonly Draft[],
  f: Frame,
  opening: Hit,
  series: SeriesMention | null,
  sentence: DraftDate | null,
): Draft | null {
  const own = f.dates.find((x) => x.cue !== 'end')
  const r = ownRange(f) ?? (sentence ? spanRange(sentence.start, sentence.end) : null)
  if (!r) return null
  // "later this year" does not say an event is the one reported on a given day.
  const vague = precisionRank(own?.precision ?? sentence?.precision ?? null) > precisionRank('month')
  const ids = (frame: Frame): Set<string> => new Set(frame.roles.filter((x) => !x.relative).map((x) => x.mention.id))
  const fIds = ids(f)
  const fCountry = f.locations.find((l) => l.country)?.country ?? null
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!
    if (coop(primaryHit(d).trigger.type) !== coop(opening.trigger.type)) continue
    if (has(d.opening, 'ceremonial') || has(opening, 'ceremonial')) continue
    const range = draftRange(d)
    if (!range || !overlaps(range, r)) continue
    if (series && d.series && (series.id !== d.series.id || (series.edition && d.series.edition && series.edition !== d.series.edition))) continue
    const dCountry = d.locationFrames.flatMap((x) => x.locations).find((l) => l.country)?.country ?? null
    if (fCountry && dCountry && fCountry !== dCountry) continue
    if (vague && !(series && d.series)) continue
    const oneNamed = (d.series !== null) !== (series !== null)
    const dIds = new Set(d.roleFrames.filter((x) => !x.relativeOnly).flatMap((x) => [...ids(x.frame)]))
    const same = fIds.size === dIds.size && [...fIds].every((id) => dIds.has(id))
    // A report that names nobody ("will depart Halifax on Monday") repeats the deployment it follows.
    const silent = (fIds.size === 0 || dIds.size === 0) && group(opening.trigger.type) !== 'consult' && opening.trigger.type !== 'visit'
    if (oneNamed || (same && fIds.size > 0) || silent) return d
  }
  return null
}

/**
 * "The exercise will culminate next week with a mass-casualty drill": a part of the event the
 * clause refers to, dated apart from it, is an event of its own (undated, "the course culminated
 * in a practical exercise" is only more about the course).
 */
function datedPart(f: Frame, ref: Draft): boolean {
  const when = f.dates.filter((x) => x.cue !== 'end')
  const known = ref.date
  return when.length > 0 && known !== null && !when.some((x) => x.value === known.start && (x.end_ ?? null) === known.end)
}

/**
 * "graduated on Thursday from a three-week course": a course of a stated length ends on the day
 * its graduation is dated, and began that many days before.
 */
/**
 * The event an opening verb takes as its object ("opened a four-week course", "launched the
 * annual conference"): the first event noun after the verb, in the same clause, after only an
 * article or possessive and modifiers. Series names are handled as series.
 */
const purposeTo = /\bto\s+$/i
const purposeFor = /\bfor\s+(?:(?:a|an|the|two|three|four|five|bilateral|official|high-level|\w+-day)\s+){0,2}$/i

function openedEvent(f: Frame, opening: Hit, seriesOf: ReadonlyMap<Hit, SeriesMention>): Hit | null {
  for (const h of f.hits) {
    if (h.start <= opening.end || seriesOf.has(h)) continue
    if (h.trigger.pos !== 'noun' || !h.trigger.creates || h.anaphoric || has(h, 'ceremonial')) return null
    const between = f.text.slice(opening.end - f.clause.start, h.start - f.clause.start)
    return OPENED_OBJECT.test(between) ? h : null
  }
  return null
}

const OPENED_OBJECT = /^\s+(?:a|an|the|its|their|this|his|her)\s[^,;.()]*$/i

function courseBeforeCeremony(ceremony: DraftDate | null, between: string): DraftDate | null {
  const days = statedLength(between)
  const start = days && ceremony && ceremony.precision === 'day' && ceremony.end === null ? backFrom(ceremony.start, days) : null
  // Its evidence is the graduation's date (rule date:parts: dated by the event it contains).
  return start ? { ...ceremony!, start, end: ceremony!.start, source: 'parts' } : null
}

function create(
  drafts: Draft[],
  f: Frame,
  frames: readonly Frame[],
  opening: Hit,
  series: SeriesMention | null,
  ref: Draft | null,
): Draft {
  const d: Draft = {
    seq: drafts.length,
    frames: [f],
    hits: f.hits.filter((h) => h === opening || (!h.series && !h.anaphoric) || has(h, 'sub')),
    opening,
    series,
    date: ownDate(f, opening),
    parent: ref,
    scene: null,
    lastParagraph: f.clause.paragraph,
    locationFrames: [f],
    roleFrames: [{ frame: f, relativeOnly: false }],
  }
  tripDates(d, f)
  if (!d.date && !has(opening, 'needsDate')) {
    // Only a clause that reports an act ("The two Ministers signed …") continues the scene before it.
    // "would visit the Command Centre during the conference": the event it happens within dates it
    // before any date elsewhere in the sentence.
    d.date =
      parentDate(f, ref, has(opening, 'ceremonial')) ??
      sentenceDate(f, frames) ??
      (opening.trigger.pos === 'verb' ? (paragraphDate(f, drafts, d) ?? announcedAtDate(f, opening, drafts, d)) : null)
  }
  // A year-numbered edition happens in its year: "the host of Tradewinds 2026" on May 9, 2025 is not dated by it.
  if (series?.style === 'year' && series.edition && d.date && !d.date.start.startsWith(series.edition)) d.date = null
  if ((f.clause.where || f.clause.after) && !f.locations.some((l) => l.country || l.name)) {
    // "…toured the base at Ruimveldt, where a team is teaching a course": same place.
    const previous = frames.find((x) => x.clause.sentence === f.clause.sentence && x.clause.part === f.clause.part - 1)
    if (previous) d.locationFrames.push(previous)
  }
  drafts.push(d)
  return d
}

function attach(
  d: Draft,
  f: Frame,
  resolved: ReadonlyMap<Hit, Draft>,
  seriesOf: ReadonlyMap<Hit, SeriesMention>,
  withPlaces = true,
): Draft {
  d.frames.push(f)
  // A clause that only talks about the event ("Discussions will focus on … disaster relief
  // operations") lends it no event nouns.
  const talk = f.hits.some((h) => has(h, 'discussion'))
  for (const h of f.hits) {
    if (resolved.has(h) && resolved.get(h) !== d) continue
    if (talk && h.trigger.creates && !resolved.has(h) && !has(h, 'discussion') && h.start > (f.hits.find((x) => has(x, 'discussion'))?.start ?? Infinity)) continue
    if (has(h, 'needsDate') && !datesOf(f, h).some((x) => x.cue !== 'end')) continue
    d.hits.push(h)
  }
  for (const [h, s] of seriesOf) {
    const target = resolved.get(h)
    if (target !== undefined && target !== d) continue
    if (!d.series || (d.series.id === s.id && d.series.edition === null && s.edition !== null)) d.series = s
  }
  d.roleFrames.push({ frame: f, relativeOnly: false })
  tripDates(d, f)
  const heldIn = f.locations.some((l) => l.heldIn)
  const opens = f.hits.some((h) => h.trigger.creates && !h.anaphoric && !resolved.has(h) && !has(h, 'movement'))
  // "The United States and Honduras held the Third … Dialogue at the Department of State in
  // Washington on November 12", after a first line that only named it: the dated clause naming
  // the event again places it.
  const retold = f.dates.length > 0 && f.hits.some((h) => (h.series || (h.anaphoric && !has(h, 'sub'))) && resolved.get(h) === d)
  if (withPlaces && (heldIn || opens || retold)) d.locationFrames.push(f)
  else if (withPlaces && f.clause.relative && f.dates.length > 0 && f.hits.every((h) => !h.trigger.creates)) {
    // "the fourth Junior Command and Staff Course, | which ran at St. Ann's Fort from February 9 to
    // March 20": a relative clause that dates its antecedent places it too, with the places it
    // names before its last date ("…, which ran from 17 to 26 August, was delivered by instructors
    // from the College of Policing in the United Kingdom" names where the instructors come from).
    const lastDate = Math.max(...f.dates.map((x) => x.end))
    const before = f.locations.filter((l) => l.end <= lastDate)
    if (before.length > 0) d.locationFrames.push({ ...f, locations: before })
  }
  // A movement within a trip ("travelled to Paramaribo on Wednesday") dates a stop, not the trip.
  if (withPlaces) refineDate(d, f)
  return d
}

