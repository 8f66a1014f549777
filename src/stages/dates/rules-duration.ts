/**
 * Durations ("three months" P3M, "five-year" P5Y, "several weeks" PXW) and sets ("every year",
 * "annual", "twice a week"): their own kinds with TimeML values, never calendar dates.
 */
import { MONTH, NUMBER, SEASON, UNIT, UNITS, VAGUE, WEEKDAY, durationValue, monthNumber, parseNumber, unitOf, weekdayNumber } from './patterns.js'
import { lexicon, lookup } from './lexicon.js'
import { MOD_WORDS, isCapitalized, modOf, span, textBefore, type Rule, type RuleOptions } from './rule.js'
import type { TimeUnit } from './types.js'
import { pad } from './calendar.js'

/**
 * Set values: pressroom writes every year XXXX, every month XXXX-XX, every day XXXX-XX-XX;
 * TimeML writes the period (P1Y, P1M, P1D).
 */
function setValue(unit: TimeUnit, n: number | null, options: RuleOptions): string {
  if ((n !== null && n !== 1) || options.timeml) return durationValue(n, unit)
  switch (unit) {
    case 'year':
      return 'XXXX'
    case 'month':
      return 'XXXX-XX'
    case 'week':
      return 'XXXX-WXX'
    case 'day':
      return 'XXXX-XX-XX'
    case 'quarter':
      return 'XXXX-QX'
    default:
      return durationValue(1, unit)
  }
}

const FREQUENCY_UNITS: Readonly<Record<string, TimeUnit>> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
}

const FREQUENCY_WORDS: Readonly<Record<string, string>> = {
  nightly: 'XXXX-XX-XXTNI',
  hourly: 'PT1H',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  bimonthly: 'P2M',
  biannual: 'P6M',
  biannually: 'P6M',
  semiannual: 'P6M',
  semiannually: 'P6M',
  'semi-annual': 'P6M',
  'semi-annually': 'P6M',
  biennial: 'P2Y',
  biennially: 'P2Y',
}

const DET =
  '(?<det>each\\s+of\\s+the\\s+(?:past|last|next)|the\\s+past|the\\s+last|the\\s+next|the\\s+first|the\\s+previous|the\\s+final|the\\s+remaining|the\\s+coming|the\\s+following|the\\s+latest|the\\s+full|the\\s+initial|the|another|an\\s+additional|an?\\s+extra|past|last|next|first|final|recent|only|just)'

// Preceding text that turns "a year" into a rate ("$1 million a year", "twice a week", "700 seats a week").
const RATE_BEFORE = /(?:\b(?:once|twice|thrice|times|each|apiece)|\d%?|\d[\d,.]*\s+(?:[a-z]+\s+){0,2}[a-z]+|\b(?:million|billion|thousand|percent|dollars|cents))\s*$/i
// Sentence-initial or quoted openings; elsewhere a capitalized "Minutes" is a title ("60 Minutes").
const OPENING = /(?:^|[.!?:;]\s+|["“'‘`(]\s*)$/

const duration: Rule = {
  name: 'duration',
  trigger: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i,
  re: new RegExp(
    `\\b(?:(?<mod>${MOD_WORDS})\\s+)?(?:${DET}\\s+)?(?:(?:(?<n>${NUMBER})(?:\\s+(?:to|or)\\s+${NUMBER}|-(?:to-)?\\d+)?|(?<vague>${VAGUE}))(?<more>\\s+more)?(?<sep>\\s+|-))?(?<unit>${UNITS}|${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?<tail>-(?:long|old)|\\s+or\\s+so)?(?![\\w-])`,
    'gi',
  ),
  build(m, s, options) {
    const g = m.groups ?? {}
    const unit = unitOf(g['unit'] ?? '')
    if (!unit) return null
    // Ages ("a 6-year-old boy", "37 years old") describe people, not stretches of time.
    if (g['tail'] === '-old' || /^-old\b|^\s+old\b/i.test(s.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null
    if (isCapitalized(g['unit'] ?? '') && !OPENING.test(textBefore(s, m.index))) return null
    const unitWord = (g['unit'] ?? '').toLowerCase()
    const plural = /s$/.test(unitWord)
    const det = g['det']?.toLowerCase().replace(/\s+/g, ' ')
    const raw = g['n']
    const rawLower = raw?.toLowerCase()
    if (raw === undefined && g['vague'] === undefined) {
      // Bare plurals need a determiner that makes them a stretch of time ("recent years").
      if (!plural || !det || !['recent', 'the past', 'the last', 'the next', 'the coming', 'the following', 'the remaining', 'the first', 'the previous'].includes(det)) return null
    }
    if (raw === undefined && g['vague'] === undefined && !det) return null
    const after = s.slice(m.index + m[0].length)
    // "a quarter of", "a second term", "one day he", "a minute's walk" are not durations.
    if ((rawLower === 'a' || rawLower === 'an') && (unit === 'quarter' || unit === 'second')) return null
    if (unit === 'quarter' && /^\s*(?:of|-)/.test(after)) return null
    // "the 1988 quarter", "1400 hours": a year or a clock time, not a count.
    if (raw && /^(?:1[5-9]|20)\d\d$/.test(raw) && !plural) return null
    if (unit === 'hour' && raw && /^\d{4}$/.test(raw)) return null
    let n = raw === undefined ? null : parseNumber(raw)
    if (n !== null && g['half']) n += 0.5
    const fortnight = /^fortnight/.test(unitWord)
    const mod = modOf(g['mod'])
    // "$1 million a year", "twice a week": a rate, so a set.
    if ((rawLower === 'a' || rawLower === 'an' || rawLower === 'per') && !det && !g['mod'] && RATE_BEFORE.test(textBefore(s, m.index))) {
      return { ...span(m), spec: { kind: 'set', value: setValue(unit, 1, options) }, type: 'set' }
    }
    if (raw !== undefined && n === null) return null
    const value = durationValue(n, unit, fortnight)
    return { ...span(m), spec: { kind: 'duration', value }, type: 'duration', ...(mod ? { mod } : {}) }
  },
}

const every: Rule = {
  name: 'set-every',
  trigger: /\b(?:every|each|per)\b/i,
  re: new RegExp(
    `\\b(?<q>every|each|per)\\s+(?:(?<other>other)\\s+)?(?:(?<n>${NUMBER})\\s+)?(?<what>${UNITS}|${UNIT}|${WEEKDAY}|${MONTH}|${SEASON})(?![\\w-])`,
    'gi',
  ),
  build(m, _s, options) {
    const g = m.groups ?? {}
    const what = g['what'] ?? ''
    const wd = weekdayNumber(what)
    if (wd !== null && isCapitalized(what)) return { ...span(m), spec: { kind: 'set', value: `XXXX-WXX-${wd}` }, type: 'set' }
    const month = monthNumber(what)
    if (month !== null && isCapitalized(what)) return { ...span(m), spec: { kind: 'set', value: `XXXX-${pad(month)}` }, type: 'set' }
    const season = lookup(lexicon.seasons, what)
    if (season) return { ...span(m), spec: { kind: 'set', value: `XXXX-${season}` }, type: 'set' }
    const unit = unitOf(what)
    if (!unit) return null
    const n = g['n'] ? parseNumber(g['n']) : g['other'] ? 2 : 1
    if (g['n'] && n === null) return null
    return { ...span(m), spec: { kind: 'set', value: setValue(unit, n, options) }, type: 'set' }
  },
}

const frequency: Rule = {
  name: 'set-frequency',
  trigger: /ly\b|annual|times|once|twice/i,
  re: new RegExp(
    `\\b(?:(?:once|twice|thrice|(?:${NUMBER})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit>${UNIT})|(?<word>${[...Object.keys(FREQUENCY_WORDS), ...Object.keys(FREQUENCY_UNITS)].join('|')}))(?![\\w-])`,
    'gi',
  ),
  build(m, s, options) {
    const g = m.groups ?? {}
    const word = g['word']?.toLowerCase()
    if (word) {
      // In TimeML an adjective ("the annual parade", "its quarterly dividend") is no expression.
      if (options.timeml && /^\s+[a-z]/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 2)) && !word.endsWith('ly')) return null
      if (options.timeml && /^\s+(?:[a-z]+\s+)?(?:dividend|payment|report|meeting|newspaper|rate|basis|average)s?\b/.test(s.slice(m.index + m[0].length))) return null
      if (/^\s+[A-Z]/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 2)) && word === 'daily') return null
      const unit = FREQUENCY_UNITS[word]
      const value = unit ? setValue(unit, 1, options) : FREQUENCY_WORDS[word]
      return value ? { ...span(m), spec: { kind: 'set', value }, type: 'set' } : null
    }
    const unit = unitOf(g['unit'] ?? '')
    return unit ? { ...span(m), spec: { kind: 'set', value: setValue(unit, 1, options) }, type: 'set' } : null
  },
}

const pluralWeekday: Rule = {
  name: 'set-weekdays',
  trigger: /days\b/i,
  re: new RegExp(`\\b(?<wd>${WEEKDAY.replace('(?![a-z])', '')})s(?:\\s+(?<pod>morning|afternoon|evening|night)s)?\\b`, 'gi'),
  build(m) {
    if (!isCapitalized(m[0])) return null
    const wd = weekdayNumber(m.groups?.['wd'] ?? '')
    if (wd === null) return null
    const pod = m.groups?.['pod'] ? lookup(lexicon.partsOfDay, m.groups['pod']) : undefined
    return { ...span(m), spec: { kind: 'set', value: `XXXX-WXX-${wd}${pod ? `T${pod}` : ''}` }, type: 'set' }
  },
}

/** "for weeks", "within months", "in years", "decades-long": a stretch of unstated length. */
const barePlural: Rule = {
  name: 'duration-vague',
  trigger: /days|weeks|months|years|decades|centuries/i,
  re: /(?:\b(?<lead>for|within|in|over|after|take|took|takes|lasted|lasting|spent)\s+(?<unit>days|weeks|months|years|decades|centuries)\b(?!\s+(?:of|ago|earlier|later|before|after|that|which|when|since|to\s+come|old)\b|-)|\b(?<unit2>days|weeks|months|years|decades|centuries)-(?<tail>long|old)\b)/gi,
  build(m) {
    const g = m.groups ?? {}
    const unit = unitOf(g['unit'] ?? g['unit2'] ?? '')
    if (!unit) return null
    const start = g['lead'] ? m.index + m[0].length - (g['unit'] ?? '').length : m.index
    return { start, end: m.index + m[0].length, spec: { kind: 'duration', value: durationValue(null, unit) }, type: 'duration' }
  },
}

export const durationRules: readonly Rule[] = [duration, every, frequency, pluralWeekday, barePlural]
