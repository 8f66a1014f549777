/**
 * Frames: what one clause says about events — its triggers, series names, own dates, role
 * arguments, places, topics, amounts and tense cues. Clustering (cluster.ts) then decides which
 * frames report the same event.
 */
import type { DateRecord, Precision } from '../../schema/records.js'
import type { Document, Span } from '../../types.js'
import { dayRange, dropTime } from './calendar.js'
import { inside, segment, type Clause } from './clauses.js'
import { itineraryStops } from './itinerary.js'
import { cues, topics as topicList } from './lexicon.js'
import { collectMentions, overlapping, within, type EntityMention } from './mentions.js'
import { attachArguments, type LocationArg, type RoleArg } from './roles.js'
import { findSeries, type SeriesMention } from './series.js'
import { findHits, type Hit } from './triggers.js'
import { anyIn, isWordOrHyphen, literalPrefix, sharedIndex, sharedStarts, type WordStarts } from './word-starts.js'
import { topLevelAlternatives } from '../../text/regex-source.js'

export interface DateArg extends Span {
  readonly text: string
  readonly value: string
  readonly end_: string | null
  readonly precision: Precision
  /** start: "began March 1"; end: "concludes Friday"; point otherwise. */
  readonly cue: 'start' | 'end' | 'point'
  readonly rule: string
  /** The trigger the date goes with (null when the clause has none that can open an event). */
  readonly owner: Hit | null
}

export interface TopicArg extends Span {
  readonly id: string
  readonly label: string
  readonly text: string
}

export interface AmountArg extends Span {
  readonly text: string
  readonly value: number
  readonly currency: string
}

export interface StatusCue extends Span {
  readonly text: string
  readonly cue: 'future' | 'past' | 'postponed' | 'cancelled'
  readonly rule: string
}

export interface Frame {
  readonly index: number
  readonly clause: Clause
  /** The clause's text. */
  readonly text: string
  /** Entity mentions inside the clause. */
  readonly mentions: readonly EntityMention[]
  readonly hits: readonly Hit[]
  /** The strongest trigger that can open an event and is not an anaphor. */
  readonly primary: Hit | null
  readonly series: readonly SeriesMention[]
  readonly dates: readonly DateArg[]
  readonly roles: readonly RoleArg[]
  readonly locations: readonly LocationArg[]
  readonly topics: readonly TopicArg[]
  readonly amounts: readonly AmountArg[]
  readonly status: readonly StatusCue[]
  /** "for more than two decades", "such as": a habit or a category, not one event. */
  readonly habitual: boolean
  /** Hits after a purpose verb ("visit … to observe a course delivered by …"): what the visit is for, ranked below it. */
  readonly purposes: ReadonlySet<Hit>
}

/** A hit's weight when choosing a clause's event: a purpose yields to the verb it serves. */
export function rankWeight(f: Pick<Frame, 'purposes'>, h: Hit): number {
  return h.trigger.weight - (f.purposes.has(h) ? 30 : 0)
}

export interface Analysis {
  readonly frames: readonly Frame[]
  readonly sentences: readonly Span[]
  readonly mentions: readonly EntityMention[]
}

const amountPattern =
  /(?<cur>US\$|U\.S\.\s?\$|EC\$|J\$|TT\$|BDS\$|BZ\$|G\$|CA\$|C\$|\$|€|£|\b(?:USD|XCD|JMD|TTD|BBD|GYD|BZD|CAD|EUR|GBP|HTG)\s?)(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?:\s|-)?(?<mult>million|billion|thousand|mn|bn|m|k)\b)?/gi
const dollarWords = /(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s(?<mult>million|billion|thousand)\s(?:U\.S\.\s)?dollars\b/gi
const possessiveAfter = /^[’']s\b/

export function analyze(doc: Document): Analysis {
  const { sentences, clauses, quotes } = segment(doc)
  const mentions = collectMentions(doc)
  const text = doc.text
  const dates = usableDates(doc)
  const dateline = datelineSpan(doc)
  const stops = itineraryStops(doc, mentions)
  const programmes = new Set(doc.organizations.filter((o) => o.type !== undefined && o.type !== 'organization').map((o) => o.id))
  const frames: Frame[] = clauses.map((clause, index) => {
    const sentence = sentences[clause.sentence]!
    const sentenceText = text.slice(sentence.start, sentence.end)
    const clauseQuotes = overlapping(quotes, clause.start, clause.end)
    const series = findSeries(text, clause.start, clause.end, sentenceText).filter(
      (s) => !inside(clauseQuotes, s.start, s.end) || s.edition !== null,
    )
    // "“When Hurricane Dorian struck Abaco in September 2019, …”": a storm a speaker names, with a
    // year written out, is that storm; the rest of what is quoted reports no event.
    const storms = clauseQuotes.length > 0 ? quotedStorms(text, clause, sentence.start, clauseQuotes, dates) : null
    const told = storms ? clauseQuotes.filter((q) => !storms.quotes.includes(q)) : clauseQuotes
    // Dates inside quoted speech ("on Tuesday night they all did") date no event of the report.
    const dateSpans = within(dates, clause.start, clause.end).filter((d) => !inside(clauseQuotes, d.start, d.end) || (storms !== null && inside(storms.quotes, d.start, d.end) && explicitYear(d)))
    // Only the mentions near the clause: searching them all per clause made long texts quadratic.
    const near = overlapping(mentions, clause.start, clause.end)
    const stopAt = stops.size > 0 ? stops.get(doc.paragraphs[clause.paragraph]?.start ?? -1) : undefined
    const stop = stopAt && stopAt.hit.start >= clause.start && stopAt.hit.end <= clause.end ? stopAt : undefined
    // "the Counter-Terrorism and Organized Crime Investigation Branch": a word inside an
    // institution's name reports nothing (programmes and events named like bodies stay).
    // Nor does one inside a building's ("the Paul H. Farquharson Conference Centre").
    const named = near.filter((m) => (m.kind === 'organization' && !programmes.has(m.id)) || (m.kind === 'place' && m.placeKind === 'facility'))
    const found = storms
      ? [...findHits(text, clause, sentence.start, series, [...clauseQuotes, ...dateSpans, ...named]), ...storms.hits].sort((a, b) => a.start - b.start)
      : findHits(text, clause, sentence.start, series, [...clauseQuotes, ...dateSpans, ...named])
    const hits = stop ? [stop.hit, ...found.filter((h) => h.end <= stop.hit.start || h.start >= stop.hit.end)].sort((a, b) => a.start - b.start) : found
    const attached = attachArguments(text, clause, hits, near, [...dateSpans, ...told, ...dateline])
    const args = stop
      ? { ...attached, roles: [...(stop.host ? [stop.host] : []), ...attached.roles], locations: [stop.location, ...attached.locations] }
      : attached
    const purposes = new Set(hits.filter((h) => purposeObject(text, clause, h, hits) || backdrop(text, clause, h, hits) || seizingPatrol(text, h, hits) || renaming(text, clause, h, hits)))
    const primary =
      hits
        .filter((h) => h.trigger.creates && !h.anaphoric && !args.relativeHits.includes(h))
        .sort((a, b) => rankWeight({ purposes }, b) - rankWeight({ purposes }, a) || a.start - b.start)[0] ??
      hits.filter((h) => h.trigger.creates && !h.anaphoric).sort((a, b) => b.trigger.weight - a.trigger.weight)[0] ??
      null
    const clauseText = text.slice(clause.start, clause.end)
    const frameDates = clauseDates(text, clause, dateSpans, series, near, hits, primary)
    return {
      index,
      clause,
      text: clauseText,
      mentions: near.filter((m) => m.start >= clause.start && m.end <= clause.end),
      hits,
      primary,
      series,
      dates: frameDates,
      roles: withoutSelfTraining(args.roles),
      locations: args.locations,
      topics: findTopics(text, clause, series, near),
      amounts: findAmounts(text, clause),
      status: statusCues(text, clause, hits, clauseQuotes),
      // "has provided $50 million since 2010" is a record; "have flown 60 tons since Saturday" an operation under way.
      // "the coordinated patrols … have carried out … since May": operations under way since a month.
      // "… was torn apart when Hurricane Dorian stalled over Grand Bahama in September 2019, forcing
      // Marines to operate out of cabins for months": a storm dated in its clause is one storm.
      habitual:
        !(primary?.trigger.id === 'storm' && frameDates.some((d) => d.owner === primary)) &&
        cues.perfectOrHabitual.test(habitText(text, clause, hits)) &&
        !frameDates.some(
          (d) => d.rule === 'date:since' && (d.precision === 'day' || d.precision === 'week' || (d.precision === 'month' && d.owner?.trigger.type === 'deployment' && d.owner.trigger.pos === 'noun')),
        ),
      purposes,
    }
  })
  return { frames: withDateBeforeWhen(frames), sentences, mentions }
}

/**
 * "Residents have not forgotten the days after September 1, 2019, when Hurricane Dorian flattened …":
 * a storm in a when-clause with no date of its own comes on the date that ends the clause before it,
 * when that clause reports no event to own it.
 */
function withDateBeforeWhen(frames: Frame[]): Frame[] {
  for (let i = 1; i < frames.length; i++) {
    const f = frames[i]!
    const before = frames[i - 1]!
    const storm = f.hits.find((h) => h.trigger.id === 'storm')
    if (!storm || f.dates.length > 0 || !/^when\b/i.test(f.text) || before.clause.sentence !== f.clause.sentence) continue
    if (before.hits.some((h) => h.trigger.creates && !h.anaphoric)) continue
    const last = before.dates.at(-1)
    if (!last || !/^[\s,]*$/.test(before.text.slice(last.end - before.clause.start))) continue
    frames[i] = { ...f, primary: storm, dates: [{ ...last, owner: storm }] }
  }
  return frames
}

const purposeVerb = /\bto\s+(?:observe|attend|tour|witness|see|inspect|view|review|join|watch|open|close|address|launch|participate\s+in|take\s+part\s+in)\b/i

/**
 * "will visit Base Camp Ayanganna to observe a jungle operations course delivered by …": what
 * follows a purpose verb is what the visit is for; the visit is the clause's event.
 */
function purposeObject(text: string, clause: Span, h: Hit, hits: readonly Hit[]): boolean {
  if (h.series) return false
  const m = purposeVerb.exec(text.slice(clause.start, h.start))
  if (!m) return false
  const at = clause.start + m.index
  return hits.some((v) => v.end <= at && v.trigger.pos === 'verb' && v.trigger.creates && v.trigger.weight >= 35)
}

const duringBefore = /\b(?:during|amid|on the (?:margins|sidelines) of)\s+(?:the|a|an|its|his|her|their|this)\s+(?:[\w’'-]+\s+){0,3}$/i

/**
 * "On Wednesday, during the port call of …, the Vice Minister handed over …": the event the
 * clause sets its scene in is the backdrop; the verb after it reports the clause's own event.
 */
function backdrop(text: string, clause: Span, h: Hit, hits: readonly Hit[]): boolean {
  if (h.series || h.trigger.pos !== 'noun' || !duringBefore.test(text.slice(clause.start, h.start))) return false
  return hits.some((v) => v.start >= h.end && v.trigger.pos === 'verb' && v.trigger.creates && v.trigger.weight >= 35)
}

// ", its first visit to", ", their second": an appositive that renames what the clause told.
const renamingBefore = /,\s+(?:its|their|his|her|the)\s+(?:(?:first|second|third|fourth|fifth|latest|last|maiden|\d+(?:st|nd|rd|th))\s+)?$/i

/**
 * "HMS Medway called at George Town from 29 January to 2 February, its first visit to the Cayman
 * Islands since May 2025": the visit the appositive names is the call the verb reported, not the
 * clause's own event.
 */
function renaming(text: string, clause: Span, h: Hit, hits: readonly Hit[]): boolean {
  if (!renamingBefore.test(text.slice(clause.start, h.start))) return false
  return hits.some((v) => v.end <= h.start && v !== h && v.trigger.creates && v.trigger.type === h.trigger.type)
}

/**
 * "a patrol from the station intercepted a fibreglass boat off Isla Costa Rica": the patrol is who
 * made the seizure the clause reports, not the event (a patrol noun right before the seizing verb,
 * no other event word between them).
 */
function seizingPatrol(text: string, h: Hit, hits: readonly Hit[]): boolean {
  if (h.trigger.pos !== 'noun' || h.trigger.type !== 'deployment') return false
  const next = hits.find((x) => x.start >= h.end)
  return next !== undefined && next.trigger.id === 'seize' && /ed$/i.test(next.text ?? '') && next.start - h.end <= 60 && !/[,;:]/.test(text.slice(h.end, next.start))
}

/** The dateline at the top of the text ("GEORGETOWN, Guyana –") names a place, not a participant. */
function datelineSpan(doc: Document): Span[] {
  const dateline = doc.meta.dateline
  if (!dateline) return []
  const at = doc.text.slice(0, 400).indexOf(dateline)
  return at < 0 ? [] : [{ start: at, end: at + dateline.length }]
}

/**
 * "NASSAU, The Bahamas, 14 November 2025 – Thirty-six responders completed a course … from 10 to
 * 13 November": the date a dateline carries is the day of the release, not of what the clause reports.
 */
function inDateline(doc: Document, d: DateRecord): boolean {
  if (d.start > 200) return false
  const after = /^\s*(?:\([^)]{1,40}\))?\s*(?:[–—:]|--?\s|\.\s)/.test(doc.text.slice(d.end, d.end + 50))
  if (!after) return false
  if (d.start === 0) return true
  const dateline = doc.meta.dateline
  const at = dateline ? doc.text.slice(0, 200).indexOf(dateline) : -1
  return at >= 0 && at + dateline!.length <= d.start && /^[,\s]*$/.test(doc.text.slice(at + dateline!.length, d.start))
}

const explicitYear = (d: DateRecord): boolean => d.resolution === 'explicit' && /^\d{4}/.test(d.value.start)

/**
 * The storms named in quotes of the clause that also write out a year, and those quotes. Only such
 * quotes are read for triggers, and only their own text.
 */
function quotedStorms(text: string, clause: Span, sentenceStart: number, quotes: readonly Span[], dates: readonly DateRecord[]): { hits: Hit[]; quotes: Span[] } | null {
  const hits: Hit[] = []
  const holding: Span[] = []
  for (const q of quotes) {
    if (!within(dates, q.start, q.end).some(explicitYear)) continue
    const inClause = { start: Math.max(q.start, clause.start), end: Math.min(q.end, clause.end) }
    const storms = findHits(text, inClause, sentenceStart, [], []).filter((h) => h.trigger.id === 'storm')
    if (storms.length === 0) continue
    hits.push(...storms)
    holding.push(q)
  }
  return hits.length > 0 ? { hits, quotes: holding } : null
}

function usableDates(doc: Document): DateRecord[] {
  return doc.dates
    .filter(
      (d) =>
        !inDateline(doc, d) &&
        d.type !== 'duration' &&
        d.type !== 'set' &&
        d.end > d.start &&
        doc.text.slice(d.start, d.end) === d.text &&
        dayRange(d.value.start) !== null,
    )
    .sort((a, b) => a.start - b.start || b.end - a.end)
}

function clauseDates(
  text: string,
  clause: Clause,
  records: readonly DateRecord[],
  series: readonly SeriesMention[],
  mentions: readonly EntityMention[],
  hits: readonly Hit[],
  primary: Hit | null,
): DateArg[] {
  const out: DateArg[] = []
  const dateOwners = hits.filter((h) => ownsDates(text, clause, h))
  const settings = new Set(dateOwners.filter((h) => setting(text, clause, h, hits)))
  for (const d of records) {
    // "signed … during a visit to Guatemala from 23 to 25 September": a span of days after the
    // setting is the setting's (a signing takes a day); a single day goes with the act.
    const span = d.value.end !== null && d.value.end !== d.value.start
    const owners = span ? dateOwners : dateOwners.filter((h) => !settings.has(h))
    if (series.some((s) => d.start < s.end && s.start < d.end)) continue
    if (mentions.some((m) => m.start <= d.start && d.end <= m.end)) continue
    // "this year's hurricane season" dates the season, but "last year's edition", "next year's
    // conference" date the event named right after.
    // Names between count for nothing: "last week’s Regional Security System (RSS) maritime interdiction exercise".
    const named = (from: number, to: number): number => mentions.reduce((n, m) => (m.start >= from && m.end <= to ? n + m.end - m.start : n), 0)
    // "cut off by last week's floods": the event named right after the possessive is the date's.
    const possessive = possessiveAfter.test(text.slice(d.end, d.end + 3))
    const possessed = possessive ? hits.find((h) => h.start >= d.end && h.start - d.end - named(d.end, h.start) <= 40) : undefined
    if (possessive && !possessed) continue
    const before = text.slice(Math.max(clause.start, d.start - 30), d.start)
    // "have flown … since Saturday", "forward deployed since 2020": what is under way began then.
    const since = /\bsince\s+$/i.test(before)
    const start = cues.startCue.test(before) || since
    const end = !start && (cues.endCue.test(before) || cues.endCueAfter.test(text.slice(d.end, Math.min(clause.end, d.end + 20))))
    if (!start && !end && /\b(?:until|till|as of)\s+$/i.test(before)) continue
    // "applied lessons from October 2026, when …": what was learned then is another event's date
    // ("lessons learned from last month's CANSEC" dates the conference named after it).
    if (!possessive && /\b(?:lessons?(?:\s+learned)?|experiences?|data|figures|statistics)\s+(?:from|of)\s+$/i.test(before)) continue
    // A deadline ("by 2027"; "must apply for accreditation to the conference by May 8th", about an
    // event already reported) is not an event's date.
    if (!start && !end && /\bby\s+$/i.test(before) && (d.precision === 'year' || !hits.some((h) => h.trigger.creates && !h.anaphoric))) continue
    // A date goes with the nearest trigger before it ("visited Guyana March 8-10 to meet …"), or
    // after it when it opens the clause ("In April, the State Department hosted a meeting").
    // A date before every trigger ("On Wednesday, he traveled to Santo Domingo and met …") sets
    // the scene for all of them.
    // "have flown … supplies to communities cut off by flooding since Saturday": a "since" date
    // goes with the perfect verb, whatever stands between.
    const perfect = since ? owners.find((h) => h.end <= d.start && h.trigger.pos === 'verb' && perfectBefore(text, h)) : undefined
    // "coordinated patrols agreed at the fifth meeting … had been running … since October 1": the
    // operations a perfect verb tells of, not the meeting between, began then.
    const operation = since && !perfect ? owners.filter((h) => h.end <= d.start && h.trigger.pos === 'noun' && h.trigger.type === 'deployment' && perfectBetween.test(text.slice(h.end, d.start))).pop() : undefined
    const ownNoun = possessed && owners.includes(possessed) && possessed.trigger.creates ? possessed : undefined
    // "spoke today with …": a date inside the trigger's own words is its date.
    const inside = owners.find((h) => h.start <= d.start && d.end <= h.end)
    const owner = inside ?? ownNoun ?? perfect ?? operation ?? owners.filter((h) => h.end <= d.start).pop() ?? null
    // "returned this week after completing a course": a subordinate clause between the date and
    // its event means the date belongs to another verb.
    const anchor = owner ?? primary
    if (anchor && separated(text, d, anchor)) continue
    // "opened by the Commissioner, who said that 83 per cent of the firearms recovered this year
    // …": a date in what someone says after the event's verb is not the event's.
    if (owner && !owner.trigger.flags.includes('speech') && hits.some((h) => h.trigger.flags.includes('speech') && h.start >= owner.end && h.end <= d.start)) continue
    const value = dropTime(d.value.start)
    const endValue = d.value.end ? dropTime(d.value.end) : null
    out.push({
      start: d.start,
      end: d.end,
      text: d.text,
      value,
      end_: endValue && endValue !== value ? endValue : null,
      precision: d.precision === 'time' ? 'day' : d.precision,
      cue: start ? 'start' : end ? 'end' : 'point',
      rule: since ? 'date:since' : start ? 'date:start-cue' : end ? 'date:end-cue' : 'date:clause',
      owner,
    })
  }
  // "agreed in August to convene the working group in the first quarter of 2027": a date right
  // before "to" and the infinitive is the agreeing's, when the infinitive's event has a date of its
  // own after it.
  const kept = out.filter((d) => {
    const verb = hits.find((x) => x.start > d.end && /^\s+to\s+$/i.test(text.slice(d.end, x.start)))
    return !(verb && out.some((o) => o.start >= verb.end))
  })
  // The date nearest the event's trigger first.
  const at = primary?.start ?? clause.start
  return kept.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || a.start - b.start)
}

/**
 * "Speaking at the closing ceremony this afternoon, X said that ports handle more containers each
 * year": a habit in what someone says after the clause's events is theirs to tell, not the events'.
 */
function habitText(text: string, clause: Span, hits: readonly Hit[]): string {
  const speech = hits.find((h) => h.trigger.flags.includes('speech'))
  const body = text.slice(clause.start, clause.end)
  const told = hits.filter((h) => h !== speech && h.trigger.creates)
  if (!speech || told.length === 0 || told.some((h) => h.end > speech.start)) return aboutWhat(text, clause, told) ?? body
  return text.slice(clause.start, speech.end)
}

/**
 * "will travel to Matthew Town to visit the crews who support OPBAT, the partnership that has helped
 * interdict cocaine for more than four decades": a relative clause after everything the clause
 * reports tells of what it names, not of the events; its habit is not theirs.
 */
function aboutWhat(text: string, clause: Span, told: readonly Hit[]): string | null {
  if (told.length === 0) return null
  const last = Math.max(...told.map((h) => h.end))
  const rest = text.slice(last, clause.end)
  const m = /\b(?:who|which|that)\s+(?:has|have|had)\b/.exec(rest)
  return m ? text.slice(clause.start, last + m.index) : null
}

const perfectBetween = /\b(?:have|has|had)\s+(?:been\s+)?\w+/i

function perfectBefore(text: string, h: Hit): boolean {
  return /^(?:have|has|had)\s/i.test(h.text) || /\b(?:have|has|had)\s+(?:been\s+|also\s+|now\s+)?$/i.test(text.slice(Math.max(0, h.start - 20), h.start))
}

const settingBefore = /\b(?:at|during|in)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$/i

/**
 * "The vessel was handed over at a ceremony … on Thursday": a noun that only sets the scene of
 * the verb before it does not take the verb's date.
 */
function setting(text: string, clause: Span, h: Hit, hits: readonly Hit[]): boolean {
  if (h.trigger.pos !== 'noun' || h.series) return false
  if (!settingBefore.test(text.slice(Math.max(clause.start, h.start - 40), h.start))) return false
  return hits.some((v) => v.end <= h.start && v.trigger.pos === 'verb' && v.trigger.creates && v.trigger.weight >= 35 && !v.anaphoric)
}

/** Triggers that own dates: they can open events themselves ("to meet …" only states a purpose). */
export function ownsDates(text: string, clause: Span, h: Hit): boolean {
  if (!h.trigger.creates || h.anaphoric || h.trigger.weight < 10) return false
  const flags = h.trigger.flags as readonly string[]
  if (flags.includes('light') || flags.includes('sub')) return false
  return !/\bto\s+$/i.test(text.slice(Math.max(clause.start, h.start - 4), h.start))
}

// "after completing a course" opens another act; "ahead of this year's hurricane season" only places in time.
const subordinator = /\b(?:once|because|when|while|since)\b|\b(?:after|before|following|ahead of)\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|next|last)\b)\w+ing\b|\b(?:after|before)\s+(?:the\s+)?\w+\s+(?:had|has|have|was|were|is|are|will)\b/i

function separated(text: string, d: Span, anchor: Span): boolean {
  let between = d.end <= anchor.start ? text.slice(d.end, anchor.start) : text.slice(anchor.end, d.start)
  // "is expected before the end of the year": the word introduces the date itself.
  if (anchor.end <= d.start) between = between.replace(/\b(?:after|before|since|following)\s+$/i, '')
  return subordinator.test(between)
}

/** `gate`: false runs every topic's pattern on the clause (for tests: the gate must change nothing). */
export function findTopics(
  text: string,
  clause: Span,
  series: readonly SeriesMention[],
  mentions: readonly EntityMention[],
  gate = true,
): TopicArg[] {
  const body = text.slice(clause.start, clause.end)
  const out: TopicArg[] = []
  const starts = topicStarts(text)
  // The piece's own start is a word start for its pattern even after a word character.
  const gated = gate && starts !== null && (clause.start === 0 || !isWordOrHyphen(text.charCodeAt(clause.start - 1)))
  for (let i = 0; i < topicList.length; i++) {
    const t = topicList[i]!
    if (gated && topicGates[i] !== 0 && !anyIn(starts, topicGates[i]!, clause.start, clause.end)) continue
    t.pattern.lastIndex = 0
    for (let m = t.pattern.exec(body); m !== null; m = t.pattern.exec(body)) {
      const start = clause.start + m.index
      const end = start + m[0].length
      const covered =
        series.some((s) => start < s.end && s.start < end) ||
        mentions.some((x) => x.kind === 'organization' && x.start <= start && end <= x.end) ||
        inName(text, start, end, m[0])
      if (!covered) out.push({ start, end, text: m[0], id: t.id, label: t.label })
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1))
}

/**
 * Topic patterns run only on clauses holding a word start where one of their alternatives may
 * begin (word-starts.ts): most clauses name no topic. Bit i is topic i; 0 marks a topic whose
 * alternatives do not all begin with literal characters (always run).
 */
const topicWrapper = ['(?<![\\w-])(?:', ')(?![\\w-])'] as const
const topicIndex = sharedIndex
const topicGates: readonly number[] = topicList.map((t, i) => {
  const source = t.pattern.source
  if (i > 29 || !source.startsWith(topicWrapper[0]) || !source.endsWith(topicWrapper[1])) return 0
  const prefixes = topLevelAlternatives(source.slice(topicWrapper[0].length, -topicWrapper[1].length)).map(literalPrefix)
  if (prefixes.some((p) => p.length === 0)) return 0
  for (const p of prefixes) topicIndex.add(p, 1 << i)
  return 1 << i
})
const anyTopicGate = topicGates.some((g) => g !== 0)

/** The candidate positions of the text (shared with the triggers, whose bit no topic tests). */
function topicStarts(text: string): WordStarts | null {
  return anyTopicGate ? sharedStarts(text) : null
}

/** "Framework for Security Cooperation", "Maritime Security Initiative": words of a name, not a topic. */
function inName(text: string, start: number, end: number, match: string): boolean {
  if (!match.split(/\s+/).every((w) => /^[A-Z]/.test(w))) return false
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 30)
  return /[A-Z][\w’'.-]*\s+(?:(?:for|of|and|on|the)\s+)*$/.test(before) || /^\s+(?:(?:for|of|and|on)\s+)*[A-Z]/.test(after)
}

export function findAmounts(text: string, clause: Span): AmountArg[] {
  const body = text.slice(clause.start, clause.end)
  const out: AmountArg[] = []
  // Both patterns need a digit.
  if (!/\d/.test(body)) return out
  for (const m of body.matchAll(amountPattern)) {
    const cur = (m.groups?.['cur'] ?? '').trim().replace(/\s+/g, ' ')
    const currency = cues.currencies.get(cur) ?? cues.currencies.get(cur.toUpperCase()) ?? null
    const value = amountValue(m.groups?.['num'], m.groups?.['mult'])
    if (!currency || value === null || m.index === undefined) continue
    let raw = m[0]
    // "$5 m" keeps its multiplier, but "$5 more" must not: the pattern's \b already stops that.
    raw = raw.replace(/\s+$/, '')
    const start = clause.start + m.index
    out.push({ start, end: start + raw.length, text: raw, value, currency })
  }
  for (const m of body.matchAll(dollarWords)) {
    const value = amountValue(m.groups?.['num'], m.groups?.['mult'])
    if (value === null || m.index === undefined) continue
    const start = clause.start + m.index
    if (out.some((o) => o.start < start + m[0].length && start < o.end)) continue
    out.push({ start, end: start + m[0].length, text: m[0], value, currency: 'USD' })
  }
  return out.sort((a, b) => a.start - b.start)
}

function amountValue(num: string | undefined, mult: string | undefined): number | null {
  if (!num) return null
  const n = Number(num.replace(/,/g, ''))
  if (!Number.isFinite(n)) return null
  const factor = mult ? (cues.multipliers.get(mult.toLowerCase()) ?? 1) : 1
  return Math.round(n * factor * 100) / 100
}

function statusCues(text: string, clause: Span, hits: readonly Hit[], quotes: readonly Span[]): StatusCue[] {
  const out: StatusCue[] = []
  for (const h of hits) {
    if (h.trigger.flags.includes('postponed')) out.push({ start: h.start, end: h.end, text: h.text, cue: 'postponed', rule: 'status:postponed' })
    if (h.trigger.flags.includes('cancelled')) out.push({ start: h.start, end: h.end, text: h.text, cue: 'cancelled', rule: 'status:cancelled' })
  }
  // Quoted speech ("we will not have time …") says nothing of the event's tense.
  let body = text.slice(clause.start, clause.end)
  for (const q of quotes) {
    const a = Math.max(q.start, clause.start)
    const b = Math.min(q.end, clause.end)
    if (a < b) body = body.slice(0, a - clause.start) + ' '.repeat(b - a) + body.slice(b - clause.start)
  }
  const future = cues.future.exec(body)
  if (future) {
    const start = clause.start + future.index
    out.push({ start, end: start + future[0].length, text: future[0], cue: 'future', rule: 'status:future-cue' })
  }
  const past = cues.past.exec(body)
  if (past) {
    const start = clause.start + past.index
    out.push({ start, end: start + past[0].length, text: past[0], cue: 'past', rule: 'status:past-cue' })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * "instructors from the United States Coast Guard will … train officers of the Coast Guard": a body
 * that gives the training is not its own trainee (the second "Coast Guard" is the host's, read as
 * the last one named); its trainee role goes.
 */
function withoutSelfTraining(roles: readonly RoleArg[]): readonly RoleArg[] {
  if (!roles.some((r) => r.role === 'trainee')) return roles
  const trainers = new Set(roles.filter((r) => r.role === 'trainer').map((r) => `${r.hit.start}:${r.mention.id}`))
  if (trainers.size === 0) return roles
  return roles.filter((r) => r.role !== 'trainee' || !trainers.has(`${r.hit.start}:${r.mention.id}`))
}
