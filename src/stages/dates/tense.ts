/**
 * Which way an underspecified date points, read from the verbs of its clause. A word list
 * instead of a tagger: it is fast, deterministic, and good enough for press prose, where the
 * verb that governs "Tuesday" is almost always the nearest finite verb.
 */
import { alternation, lexicon } from './lexicon.js'
import type { Direction } from './types.js'

interface Cue {
  readonly start: number
  readonly end: number
  readonly direction: Exclude<Direction, 'none'>
  /** Present tense ("concludes Friday", "is visiting"): schedules point forward for weekdays. */
  readonly present?: boolean
  /** A reporting verb ("…, the Defence Force announced today"): it dates the report, not what it reports. */
  readonly reporting?: boolean
  /** Governs only the dates after it ("following talks on Thursday"). */
  readonly onlyAhead?: boolean
  /** Governs only the dates before it ("officials meeting on Thursday agreed to …": the agreeing is past). */
  readonly onlyBehind?: boolean
  /** A scheduling verb ("begins", "opens"): right before a date of any kind it points ahead. */
  readonly schedule?: boolean
  /** A bare infinitive ("to meet"): after a date and a past verb, the purpose of what was done. */
  readonly infinitive?: boolean
  /**
   * Read by its ending alone (a Spanish or Portuguese verb): governs a date after it only within
   * its own phrase ("firmaron un acta con once compromisos, entre ellos un ejercicio … en agosto":
   * the exercise is one of the commitments, still ahead).
   */
  readonly phrase?: boolean
}


const PAST_WORDS = new Set(lexicon.pastVerbs)
const NOT_PAST_ED = new Set(lexicon.notPastEd)
const REPORTING = new Set(lexicon.reportingVerbs)

// Irregular past forms and -ed words; the checks in `pastCues` weed out adjectives and passives.
const PAST_CANDIDATE = new RegExp(`(?<![\\w'-])(?:${alternation(lexicon.pastVerbs)}|[A-Za-z]{3,}ed)(?![\\w'-])`, 'gi')
// Modal and periphrastic futures ("will", "is set to", "agreed to hold", "to be held").
const FUTURE = new RegExp(
  `\\b(?:${alternation(lexicon.futureWords)}|(?:${alternation(lexicon.futureBeforeTo)})\\s+to|to\\s+(?:${alternation(lexicon.eventVerbs)}))\\b`,
  'gi',
)
// Spanish and Portuguese finite verbs by their endings: "impartirá", "viajarán" ahead; "finalizó",
// "realizaron", "realizaram" behind; lower case, as verbs are inside a sentence ("Chocó" is a
// place). No English word ends so.
const IBERIAN_FUTURE = /(?<![\p{L}])\p{Ll}\p{L}+(?:ará|erá|irá|arán|erán|irán|aremos|eremos|iremos|arão|erão|irão)(?![\p{L}])/gu
const IBERIAN_PAST = /(?<![\p{L}])\p{Ll}\p{L}{2,}(?:ó|aron|ieron|aram|eram)(?![\p{L}])/gu
const PRESENT = new RegExp(`\\b(?:${alternation(lexicon.presentVerbs)})\\b`, 'gi')
const PERFECT = /\b(?:has|have)\s+(?:been\s+|also\s+|already\s+|now\s+)?\w+(?:ed|en|wn|t)\b/gi
// "agreed to begin patrols in May, following two days of talks … on Thursday": what a report says
// followed is behind it ("the following day" is a relative date, not this cue).
const FOLLOWING = /(?<!\b(?:the|a)\s)\bfollowing(?=\s+(?:two|three|four|several|\d+|days?|weeks?|talks|meetings?|a|an|the|his|her|their|its)\b)/gi
// "The handover builds on the delivery in May of two boats", "follows the donation in March of …":
// what a present act builds on or follows is behind it.
const BUILDS_ON = /\b(?:builds\s+on|follows|comes\s+after|adds\s+to)(?=\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}(?:delivery|deliveries|donation|handover|arrival|transfer|visit|course|training|meeting|exercise)\s+(?:in|on|last)\s+[A-Z])/g
const AUXILIARY_BEFORE = /\b(?:is|are|am|be|being|will|to)\s+$/
const PARTICIPLES: ReadonlySet<string> = new Set(['assigned', 'based', 'stationed', 'posted', 'attached', 'seconded', 'located', 'drawn', 'involved', 'affected', 'displaced', 'embarked', 'housed', 'registered', 'responsible'])
const MODAL_VERB_BEFORE = /\b(?:will|would|shall|should|can|could|may|might|must|to)\s+(?:not\s+|also\s+|jointly\s+)?(?!be\b|have\b|been\b|get\b)[a-z]+\s+$/i
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|your|this|these|those|than|newly|recently|jointly|first|second|third|fourth|fifth|next|latest|new)|\d)\s+$/

function pastCues(sentence: string, offset: number): Cue[] {
  const cues: Cue[] = []
  // exec on the module's own global regex, as matchAll would without cloning it per sentence.
  PAST_CANDIDATE.lastIndex = 0
  for (let m = PAST_CANDIDATE.exec(sentence); m !== null; m = PAST_CANDIDATE.exec(sentence)) {
    const raw = m[0]
    const index = m.index
    // Capitalized words inside a sentence are names ("United"), not verbs.
    if (/^[A-Z]/.test(raw) && index > 0) continue
    const w = raw.toLowerCase()
    const irregular = PAST_WORDS.has(w)
    if (!irregular && NOT_PAST_ED.has(w)) continue
    // "is scheduled", "be held": a passive after a present or future auxiliary is not past;
    // "100 invited participants", "the proposed plan": a participle after a determiner is an adjective.
    const before = sentence.slice(Math.max(0, index - 14), index).toLowerCase()
    if (AUXILIARY_BEFORE.test(before)) continue
    if (!irregular && DETERMINER_BEFORE.test(before)) continue
    // "for officers assigned to the western ports", "units based at Camp Ayanganna": a participle
    // after its noun, before its preposition, says no tense.
    if (PARTICIPLES.has(w) && /[a-z]s\s+$/.test(before) && /^\s+(?:to|at|in|on|from|with|for|near|along|across|throughout)\b/i.test(sentence.slice(index + raw.length, index + raw.length + 12))) continue
    // "will begin coordinated patrols", "to hold combined drills": an -ed word right after a verb
    // that follows a modal or "to" is an adjective of its object.
    if (!irregular && MODAL_VERB_BEFORE.test(sentence.slice(Math.max(0, index - 32), index))) continue
    // "the exercise sponsored by SOUTHCOM", "a course led by": a participle after its noun says no tense.
    if (/^\s+by\b/i.test(sentence.slice(index + raw.length, index + raw.length + 4)) && !/\b(?:was|were|been|had)\s+(?:\w+ly\s+)?$/.test(before)) continue
    cues.push({ start: index + offset, end: index + offset + raw.length, direction: 'past', ...(REPORTING.has(w) ? { reporting: true } : {}) })
  }
  return cues
}

function regexCues(re: RegExp, sentence: string, offset: number, cue: Omit<Cue, 'start' | 'end'>): Cue[] {
  const out: Cue[] = []
  re.lastIndex = 0
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    if (m[0] === '') re.lastIndex++
    out.push({ start: m.index + offset, end: m.index + offset + m[0].length, ...cue })
  }
  return out
}

/**
 * Spanish and Portuguese past forms. One that agrees or decides on what follows ("acordaron
 * ejecutar una segunda fase en abril", "resolvió realizar", "acordaron … que la PDI imparta en
 * marzo") points ahead for the dates after it, as "agreed to hold" does.
 */
function iberianPast(sentence: string, offset: number): Cue[] {
  return regexCues(IBERIAN_PAST, sentence, offset, { direction: 'past', phrase: true }).flatMap((c) => {
    const word = sentence.slice(c.start - offset, c.end - offset)
    if (!AGREED.test(word) || !/^\s+(?:\p{Ll}+(?:ar|er|ir)(?![\p{L}])|que\b)/u.test(sentence.slice(c.end - offset, c.end - offset + 30))) return [c]
    return [{ ...c, onlyBehind: true }, { ...c, direction: 'future' as const, onlyAhead: true }]
  })
}
const AGREED = /^(?:acord|resolv|decid|aprob|aprov|convin|comprometi|program|planific|dispus|combin)/

/** Tense cues of one sentence; `offset` is the sentence's start in the text. */
export function tenseCues(sentence: string, offset: number): readonly Cue[] {
  // A bare "to meet" is marked: after the date, it may be the purpose of a past trip.
  const future = regexCues(FUTURE, sentence, offset, { direction: 'future' }).map((c) =>
    /^to\s/i.test(sentence.slice(c.start - offset, c.end - offset)) ? { ...c, infinitive: true } : c,
  )
  // "planned to leave", "has scheduled": the future reading of a participle wins for what follows
  // it. A date before a past "agreed to" ("officials meeting on Thursday agreed to run patrols")
  // is the agreeing's, in the past.
  const pastTo = (f: Cue): boolean => /^[a-z]+ed\s/i.test(sentence.slice(f.start - offset, f.end - offset))
  const futureCues = [...future.map((f) => (pastTo(f) ? { ...f, onlyAhead: true } : f)), ...regexCues(IBERIAN_FUTURE, sentence, offset, { direction: 'future' })]
  const past = [
    ...pastCues(sentence, offset),
    ...iberianPast(sentence, offset),
    ...regexCues(PERFECT, sentence, offset, { direction: 'past' }),
    ...regexCues(FOLLOWING, sentence, offset, { direction: 'past', onlyAhead: true }),
    ...regexCues(BUILDS_ON, sentence, offset, { direction: 'past', onlyAhead: true }),
  ].flatMap((p) => {
    const over = future.find((f) => f.start < p.end && p.start < f.end)
    return !over ? [p] : pastTo(over) ? [{ ...p, onlyBehind: true }] : []
  })
  // "before the rainy season begins in December": a scheduling verb right before any date points ahead.
  const present = regexCues(PRESENT, sentence, offset, { direction: 'future', present: true }).map((c) =>
    /^(?:is|are|am)$/i.test(sentence.slice(c.start - offset, c.end - offset)) ? c : { ...c, schedule: true },
  )
  return [...past, ...futureCues, ...present].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  )
}

// A deadline ("by Jan. 14", "until Tuesday", "between now and the end of April") lies ahead
// unless the clause is pluperfect ("had filed by Wednesday"); "since May" lies behind.
const LEAD_FUTURE = /\b(?:by|until|till|through|as\s+(?:soon|early)\s+as|between\s+now\s+and)\s+$/i
const LEAD_PAST = /\b(?:since)\s+$/i
const PLUPERFECT = /\bhad\b/i
// "…, and that delegates would visit"; "departed on Wednesday and is expected in Roseau on Friday": a
// coordinated clause with its own verb.
const NEW_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\s|\s(?:and|but)\s+(?:is|are|was|were|will|would|has|have|had)\b/i
const RELATIVE_OPEN = /,\s+(?:which|who)\s[^,]*$/i
const RELATIVE_CLOSED = /,\s+(?:which|who)\s[^,]*,/gi
// ", D.C.,", ", Barbados,", ", in the department of Escuintla," after a place: commas around a
// place's second part close nothing.
const PLACE_COMMA = /,\s+(?:in\s+the\s+(?:department|province|state|parish|district|region|municipality)\s+of\s+)?(?:D\.C\.|\p{Lu}[\p{L}.’'-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.’'-]*){0,3}),(?!\s+(?:which|who)\b)/gu

/** "begins in December": a scheduling verb that ends right before the date, but for its preposition. */
function scheduleRightBefore(cue: Cue, start: number, before: string): boolean {
  // `before` is the text just before the date: the gap after the verb is its last start - cue.end characters.
  return cue.schedule === true && cue.end <= start && start - cue.end <= before.length && /^\s+(?:in|on|from|at)\s+$/i.test(before.slice(before.length - (start - cue.end)))
}

/**
 * "the two boats handed over by the United Kingdom in June would be moved there", "officers
 * trained together in San Ignacio in June will meet every three months": a past form, the date,
 * then at once the clause's modal. Two finite verbs do not follow each other without a conjunction,
 * so the past form is a participle after its noun, and the date is its own: behind.
 */
function reducedRelative(cues: readonly Cue[], start: number, end: number, clause: string, clauseStart: number): boolean {
  const next = cues.find((c) => c.start >= end)
  if (!next || next.direction !== 'future' || !/^(?:will|would|shall)$/i.test(clause.slice(next.start - clauseStart, next.end - clauseStart))) return false
  if (!/^\s+$/.test(clause.slice(end - clauseStart, next.start - clauseStart))) return false
  const before = cues.filter((c) => c.end <= start && c.start >= clauseStart)
  const last = before[before.length - 1]
  return last !== undefined && last.direction === 'past' && !last.reporting && !/[,;]/.test(clause.slice(last.end - clauseStart, start - clauseStart))
}

/**
 * The direction of the cue nearest to [start, end): the closest verb governs the date more often
 * than the first one ("X will visit Monday, he said Tuesday"). Cues inside the span are ignored.
 */
export function directionAt(
  cues: readonly Cue[],
  start: number,
  end: number,
  options: { readonly presentAsFuture: boolean; readonly before: string; readonly clause: string; readonly clauseStart?: number },
): Direction {
  if (LEAD_FUTURE.test(options.before)) return PLUPERFECT.test(options.clause) ? 'past' : 'future'
  if (LEAD_PAST.test(options.before)) return 'past'
  let best: Cue | null = null
  let bestDistance = Number.POSITIVE_INFINITY
  const clauseStart = options.clauseStart
  // The date sits in a relative clause ("The ship, which arrived … on Monday, is scheduled to depart").
  const inRelative = clauseStart !== undefined && RELATIVE_OPEN.test(options.clause.slice(0, start - clauseStart))
  // "will begin rebuilding the outstation, which was also flattened by Beryl, in January": the
  // verb of a relative clause closed before the date does not govern it either. The comma of a
  // place ("in Washington, D.C., in December") closes nothing.
  const closed: { start: number; end: number }[] = []
  if (clauseStart !== undefined) {
    const head = options.clause.slice(0, start - clauseStart).replace(PLACE_COMMA, (m) => ' '.repeat(m.length))
    RELATIVE_CLOSED.lastIndex = 0
    for (let m = RELATIVE_CLOSED.exec(head); m !== null; m = RELATIVE_CLOSED.exec(head)) closed.push({ start: clauseStart + m.index, end: clauseStart + m.index + m[0].length })
  }
  if (clauseStart !== undefined && reducedRelative(cues, start, end, options.clause, clauseStart)) return 'past'
  for (const cue of cues) {
    if (closed.some((r) => r.start <= cue.start && cue.end <= r.end)) continue
    if (cue.present && !options.presentAsFuture && !scheduleRightBefore(cue, start, options.before)) continue
    if (cue.end > start && cue.start < end) continue
    if (cue.onlyAhead && cue.end > start) continue
    if (cue.onlyBehind && cue.start < end) continue
    if (cue.phrase && cue.end <= start && clauseStart !== undefined && /[,;:]/.test(options.clause.slice(cue.end - clauseStart, start - clauseStart))) continue
    const between = cue.end > start && clauseStart !== undefined ? options.clause.slice(end - clauseStart, cue.start - clauseStart) : null
    // The verb after the relative clause the date sits in does not govern it.
    if (inRelative && between?.includes(',')) continue
    // A following verb is a slightly weaker witness than a preceding one.
    // A reporting verb after the date ("from May 3 to 16, the Force announced today") is weaker still.
    // So is one across a new coordinated clause ("confirmed … as host in September, and that delegates would visit").
    // So is one after a comma the date's own verb stands before ("will station liaison officers …
    // from February, under a work plan adopted this week").
    // "which opened in Grenada on Monday and runs until December 4": a verb after "and" starts
    // another predicate too.
    const across = between !== null && (NEW_CLAUSE.test(options.clause.slice(end - clauseStart!, cue.end - clauseStart!)) || /^[^,]*,/.test(between) || /^\s+(?:and|or)\s+$/i.test(between))
    // "had trained 24 officers in Arica in September and would offer a second course": a date
    // whose own clause has a verb before it is that verb's; the next clause's verb governs nothing.
    if (across && cues.some((c) => c.end <= start && !c.reporting && !c.present && (clauseStart === undefined || c.start >= clauseStart))) continue
    // "traveled to Mexico City on Monday to meet …": the infinitive after the date is the trip's
    // purpose; the past verb before it governs the date.
    const purpose = cue.infinitive === true && cue.start >= end && cues.some((c) => c.direction === 'past' && c.end <= start && !c.reporting && (clauseStart === undefined || c.start >= clauseStart))
    if (purpose) continue
    const distance = cue.end <= start ? start - cue.end : (cue.start - end) * (cue.reporting || across ? 6 : 1.5)
    if (distance < bestDistance) {
      best = cue
      bestDistance = distance
    }
  }
  return best?.direction ?? 'none'
}
