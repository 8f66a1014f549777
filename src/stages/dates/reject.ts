/**
 * Why a number or match that looks like a date is not one: quantities ("2000 troops"), numbers
 * ("Resolution 2699", "$2.50 a share", phone numbers), and years that are part of a name
 * ("CANSEC 2023", "2019 Caribbean Nations Security Conference"), which are flagged, not dropped.
 */
import { lexicon } from './lexicon.js'
import { monthNumber, weekdayNumber } from './patterns.js'
import { TEMPORAL_LEAD, textBefore, wordAfter, wordBefore } from './rule.js'

export type YearRejection = 'quantity' | 'number' | 'year-in-name'

const QUANTITY_NOUNS = new Set(lexicon.quantityNouns)
const YEAR_NOUNS = new Set(lexicon.yearNouns)
const EVENT_NOUNS = new Set(lexicon.eventNouns)

const NUMBER_BEFORE =
  /(?:[$#€£¥№]\s*|\b(?:No|Nos|Number|number|Resolution|Article|Art|Section|Sec|Room|Flight|Highway|Route|Model|version|Version|v|Rule|Chapter|Title|Unit|Suite|Box|Apt|ext|Ext|Code|Order|Decree|Bill|H\.R|Hull|Pier|Gate|Lot|Case|Docket|Item|Form|Annex|Exhibit|Mile|Level|Page|p|pp|ISO|Squadron|Wing|Brigade|Battalion|Division|Regiment)\.?\s+)$/
const QUANTIFIER_BEFORE =
  /\b(?:some|about|approximately|nearly|almost|more\s+than|over|fewer\s+than|less\s+than|up\s+to|at\s+least|another|additional|roughly|around|only|just|all|total\s+of|estimated|than)\s+$/i
const NUMBER_AFTER = /^\s*(?:%|percent\b|per\s*cent\b|:\d|[-–]\d{3,}|[x×]\s*\d)/i
const FUNCTION_WORDS = new Set([
  'and', 'or', 'to', 'through', 'until', 'when', 'after', 'before', 'as', 'at', 'in', 'on', 'for', 'from',
  'with', 'by', 'while', 'but', 'was', 'were', 'is', 'are', 'will', 'had', 'has', 'have', 'the', 'a', 'that',
  'which', 'it', 'he', 'she', 'they', 'we', 'there', 'this', 'his', 'her', 'its', 'their', 'saw', 'since',
  'during', 'compared', 'versus', 'vs', 'against', 'of', 'than', 'amid', 'because', 'if', 'so', 'yet',
])
/** Capitalized words that may stand right before a year without making it part of a name. */
const TEMPORAL_CAPITALIZED = new Set([
  'fiscal', 'fy', 'summer', 'spring', 'fall', 'autumn', 'winter', 'christmas', 'easter', 'thanksgiving',
  'since', 'until', 'till', 'during', 'through', 'before', 'after', 'from', 'between', 'by', 'in', 'of',
  'and', 'or', 'the', 'as', 'for', 'at', 'on', 'early', 'late', 'mid', 'circa', 'year', 'calendar',
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'beginning', 'end', 'spring/summer', 'ca', 'c',
  // Spanish and Portuguese prepositions: "Desde 2015, la Escuela …", "Em 2024, a Marinha …".
  'desde', 'hasta', 'durante', 'en', 'entre', 'hacia', 'antes', 'después', 'em', 'até', 'após', 'depois',
])

function nameBefore(s: string, start: number): boolean {
  const gap = s.slice(Math.max(0, start - 2), start)
  if (!/[A-Za-z.)]\s$/.test(gap) && !/[A-Za-z]-$/.test(gap)) return false
  const before = wordBefore(s, start)
  if (!before || !/^[A-Z]/.test(before) || /'s?$/.test(before)) return false
  const lower = before.toLowerCase().replace(/[.,]$/, '')
  if (TEMPORAL_CAPITALIZED.has(lower) || monthNumber(lower) !== null || weekdayNumber(lower) !== null) return false
  // A capitalized preposition that opens the sentence ("In 2019, ...") is not a name.
  const head = textBefore(s, start).trimEnd()
  const opensSentence = head.length === before.length || /[.!?:;"“]\s*\S+$/.test(head)
  if (opensSentence && TEMPORAL_LEAD.has(lower)) return false
  return true
}

function nameAfter(s: string, end: number, start: number): boolean {
  const next = wordAfter(s, end)
  if (!next || !/^[A-Z][a-z]/.test(next) && !/^[A-Z]{2,}/.test(next)) return false
  if (!/^\s[A-Z]/.test(s.slice(end, end + 2))) return false
  if (monthNumber(next) !== null || weekdayNumber(next) !== null) return false
  if (TEMPORAL_LEAD.has(next.toLowerCase()) && next !== 'The') return false
  const before = wordBefore(s, start).toLowerCase()
  if (TEMPORAL_LEAD.has(before) && before !== 'the') return false
  // "the 2019 Caribbean Nations Security Conference": an edition when an event noun follows.
  const tail = s.slice(end, end + 80)
  const words = /^(?:\s+(?:[A-Z][\w.&'-]*|of|and|for|on|the|de|del))+/.exec(tail)?.[0] ?? ''
  return words.split(/\s+/).some((w) => EVENT_NOUNS.has(w.toLowerCase())) || before === 'the' || start === 0
}

function quantity(s: string, start: number, end: number): boolean {
  const next = wordAfter(s, end)
  const lower = next.toLowerCase()
  if (!next || !/^\s/.test(s.slice(end, end + 1))) return false
  if (QUANTITY_NOUNS.has(lower)) return true
  const lead = TEMPORAL_LEAD.has(wordBefore(s, start).toLowerCase())
  if (QUANTIFIER_BEFORE.test(textBefore(s, start)) && /^[a-z]/.test(next) && !FUNCTION_WORDS.has(lower)) return true
  if (!lead && /^[a-z]+s$/.test(next) && !YEAR_NOUNS.has(lower) && !FUNCTION_WORDS.has(lower) && !/(?:ss|us|is)$/.test(lower)) return true
  return false
}

/** Why the 4-digit number at [start, end) is not a calendar year, or null when it is one. */
export function yearRejection(s: string, start: number, end: number): YearRejection | null {
  if (NUMBER_BEFORE.test(s.slice(Math.max(0, start - 20), start))) return 'number'
  if (NUMBER_AFTER.test(s.slice(end, end + 12))) return 'number'
  if (/\d[\s.-]$/.test(s.slice(Math.max(0, start - 2), start))) return 'number'
  if (quantity(s, start, end)) return 'quantity'
  if (nameBefore(s, start) || nameAfter(s, end, start)) return 'year-in-name'
  return null
}

/**
 * chrono reads "$2.50 a share" as 2:50 a.m. and "2.1" as a time: a clock time must show
 * a colon, a.m./p.m., or a time word.
 */
export function implausibleClock(text: string, before: string): boolean {
  if (/[$€£¥]\s*$/.test(before)) return true
  return !/:\d|\b[ap]\.?m\b\.?|\bnoon\b|\bmidnight\b|o'clock|\bhours\b|\bin the (?:morning|afternoon|evening)\b|\bat night\b/i.test(text)
}
