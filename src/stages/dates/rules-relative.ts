/**
 * Expressions that need an anchor: today/yesterday, weekdays, "last week", "a year ago",
 * "the next day", weekends, and the vague PRESENT_REF/PAST_REF/FUTURE_REF words.
 */
import { lexicon, lookup } from './lexicon.js'
import { NUMBER, POD, UNITS, UNIT, VAGUE, WEEKDAY, durationValue, parseNumber, unitOf, weekdayNumber } from './patterns.js'
import { MOD_WORDS, isCapitalized, modOf, span, titleCased, type Rule } from './rule.js'
import type { RefToken, Spec, TimeUnit } from './types.js'

const podCode = (word: string | undefined): string | undefined =>
  word ? lookup(lexicon.partsOfDay, word) : undefined

const DAY_WORDS: Readonly<Record<string, number>> = {
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
  yesterday: -1,
  today: 0,
  tomorrow: 1,
  tonight: 0,
}

const dayWord: Rule = {
  name: 'day-word',
  trigger: /yesterday|today|tomorrow|tonight/i,
  re: new RegExp(
    `\\b(?:(?<pos>early|late|earlier|later)\\s+)?(?<word>the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow|tonight)(?:\\s+(?<pod>${POD}))?\\b`,
    'gi',
  ),
  build(m, s, options) {
    const g = m.groups ?? {}
    if (titleCased(m[0], s, m.index)) return null
    const word = (g['word'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const n = DAY_WORDS[word] ?? 0
    // As for weekdays: pressroom dates "yesterday afternoon" as "yesterday".
    if (g['pod'] && !options.timeml) {
      const end = m.index + m[0].slice(0, m[0].length - g['pod'].length).trimEnd().length
      return { start: m.index, end, spec: { kind: 'shift', unit: 'day', n, anchor: 'reference' }, type: 'date' }
    }
    const pod = word === 'tonight' ? 'NI' : podCode(g['pod'])
    const spec: Spec = { kind: 'shift', unit: 'day', n, anchor: 'reference', ...(pod ? { pod } : {}) }
    const mod = g['pos'] && /^(?:early|late)$/i.test(g['pos']) ? modOf(g['pos']) : undefined
    return { ...span(m), spec, type: pod ? 'time' : 'date', ...(mod ? { mod } : {}) }
  },
}

const thisPod: Rule = {
  name: 'part-of-day',
  trigger: /morning|afternoon|evening|night/i,
  re: new RegExp(`\\b(?:(?<pos>early|late|earlier|later)\\s+)?(?<rel>this|last)\\s+(?<pod>${POD})\\b`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    const pod = podCode(g['pod']) ?? 'DT'
    const rel = (g['rel'] ?? '').toLowerCase()
    // "last night" is yesterday's; "last evening" too.
    const n = rel === 'last' ? -1 : 0
    return { ...span(m), spec: { kind: 'shift', unit: 'day', n, anchor: 'reference', pod }, type: 'time' }
  },
}

const WEEKDAY_SHIFT: Readonly<Record<string, -1 | 0 | 1>> = {
  last: -1,
  previous: -1,
  'the previous': -1,
  'this past': -1,
  past: -1,
  this: 0,
  next: 1,
  'this coming': 1,
  coming: 1,
}

const weekday: Rule = {
  name: 'weekday',
  trigger: new RegExp(WEEKDAY, 'i'),
  re: new RegExp(
    `\\b(?:(?<rel>this\\s+past|this\\s+coming|last|this|next|coming|past|the\\s+previous)\\s+|(?<pos>early|late|earlier|later)\\s+)?(?<wd>${WEEKDAY})(?<poss>'s?)?(?:\\s+(?<pod>${POD}))?`,
    'gi',
  ),
  build(m, _s, options) {
    const g = m.groups ?? {}
    const word = g['wd'] ?? ''
    if (!isCapitalized(word)) return null
    const wd = weekdayNumber(word)
    if (wd === null) return null
    const rel = g['rel']?.toLowerCase().replace(/\s+/g, ' ')
    const shift = rel ? (WEEKDAY_SHIFT[rel] ?? null) : null
    // TimeML keeps "Friday morning" whole (2019-11-15TMO); pressroom dates the day only, as
    // parts of days are times of day, not dates. The possessive is never part of the extent.
    const pod = g['poss'] || !options.timeml ? undefined : podCode(g['pod'])
    const end = g['poss'] || (g['pod'] && !pod) ? m.index + m[0].lastIndexOf(word) + word.length : m.index + m[0].length
    const mod = g['pos'] && /^(?:early|late)$/i.test(g['pos']) ? modOf(g['pos']) : undefined
    return {
      start: m.index,
      end,
      spec: { kind: 'weekday', weekday: wd, shift, ...(pod ? { pod } : {}), ...(g['poss'] ? { possessive: true } : {}) },
      type: 'date',
      ...(mod ? { mod } : {}),
    }
  },
}

/** "this week", "last month", "next year", "the following day", "the same day", "that week". */
const RELATIVE_UNIT = /\b(?<det>this|last|next|the\s+past|the\s+previous|the\s+following|the\s+coming|the\s+next|the\s+same|that|the\s+current|the\s+latest|the\s+last|the\s+most\s+recent|coming|past|previous|the\s+prior|this\s+past|this\s+coming)\s+(?<unit>day|week|month|year|decade|century|morning|afternoon|evening|night)\b(?!-\w)/gi

const relativeUnit: Rule = {
  name: 'relative-unit',
  trigger: /\b(?:day|week|month|year|decade|century|morning|afternoon|evening|night)\b/i,
  re: RELATIVE_UNIT,
  build(m) {
    const g = m.groups ?? {}
    const det = (g['det'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    // A capitalized unit is a title: ABC's "This Week".
    if (isCapitalized(g['unit'] ?? '')) return null
    const word = (g['unit'] ?? '').toLowerCase()
    const pod = podCode(word)
    const unit: TimeUnit = pod ? 'day' : (unitOf(word) ?? 'day')
    // "the next day" is a date; "the past year" and "the next year" mostly measure a stretch.
    if ((det === 'the past' || det === 'the last' || det === 'the next' || det === 'the coming' || det === 'past') && !pod && unit !== 'day') {
      return { ...span(m), spec: { kind: 'duration', value: durationValue(1, unit) }, type: 'duration' }
    }
    let n: number
    let anchor: 'reference' | 'previous' = 'reference'
    switch (det) {
      case 'this':
      case 'the current':
        n = 0
        break
      case 'last':
      case 'past':
      case 'previous':
      case 'this past':
      case 'the latest':
      case 'the most recent':
        n = -1
        break
      case 'next':
      case 'coming':
      case 'this coming':
        n = 1
        break
      case 'the next':
      case 'the following':
        n = 1
        anchor = 'previous'
        break
      case 'the previous':
      case 'the prior':
      case 'the past':
      case 'the last':
        n = -1
        anchor = 'previous'
        break
      default:
        // "the same day", "that week"
        n = 0
        anchor = 'previous'
    }
    // "last night" is yesterday's; "this day", "next day" alone are not expressions we resolve.
    if (unit === 'day' && !pod && anchor === 'reference') return null
    const spec: Spec = { kind: 'shift', unit, n, anchor, ...(pod ? { pod } : {}) }
    return { ...span(m), spec, type: pod ? 'time' : 'date' }
  },
}

const dayBeforeAfter: Rule = {
  name: 'day-before-after',
  trigger: /before|after/i,
  re: /\b(?:the\s+)?(?<unit>day|week|month|year|night|morning)\s+(?<dir>before|after)(?!\s+(?:yesterday|tomorrow))\b/gi,
  build(m, s) {
    const dir = (m.groups?.['dir'] ?? '').toLowerCase()
    const word = (m.groups?.['unit'] ?? '').toLowerCase()
    // Only the standalone adverbial use: "the day before," not "the day before the vote".
    const after = s.slice(m.index + m[0].length)
    if (!/^\s*(?:[,.;)]|$|and\b|when\b)/.test(after)) return null
    if (!/^the\s/i.test(m[0])) return null
    const pod = podCode(word)
    const unit: TimeUnit = pod ? 'day' : (unitOf(word) ?? 'day')
    return {
      ...span(m),
      spec: { kind: 'shift', unit, n: dir === 'before' ? -1 : 1, anchor: 'previous', ...(pod && word !== 'night' ? { pod } : {}) },
      type: 'date',
    }
  },
}

const NTH_DAY: Readonly<Record<string, number>> = {
  first: 1, opening: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: -1, final: -1, closing: -1,
}
const nthDay: Rule = {
  name: 'nth-day',
  trigger: /\bday\b/i,
  re: /\bthe\s+(?<ord>first|opening|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|closing)\s+day\b(?<of>\s+of\s+(?:the|its|their|this|his|her)\s+(?:[a-z-]+\s+){0,3}?(?:visit|course|exercise|conference|meeting|training|mission|summit|event|workshop|programme|program|deployment|session|talks|symposium|seminar|forum|tour|trip|port\s+call|operation|drills?))?/gi,
  build(m, s, options) {
    // TimeML leaves such anaphoric days unannotated; pressroom dates them by the span before.
    if (options.timeml) return null
    // "the first day of school", "the last day of the month": only an event's day, or a bare one.
    const after = s.slice(m.index + m[0].length)
    if (!m.groups?.['of'] && /^\s+of\b/i.test(after)) return null
    // A bare "the first day" dates only as an adverbial ("On the third day, crews …"), not in
    // "planned together from the first day".
    if (!m.groups?.['of'] && !/\b(?:on|by|during|(?:end|start|close|morning|evening) of)\s+$/i.test(s.slice(Math.max(0, m.index - 12), m.index))) return null
    const n = NTH_DAY[(m.groups?.['ord'] ?? '').toLowerCase()]
    if (n === undefined) return null
    return { ...span(m), spec: { kind: 'nthDay', n }, type: 'date' }
  },
}

// "From the 25th, they will see one operation": a day's number alone after a preposition, which
// only a day the text has named gives a month (resolve.ts). Not a unit ("the 25th Infantry") nor
// "the 25th of January" (chrono's).
const ordinalDay: Rule = {
  name: 'ordinal-day',
  trigger: /\d(?:st|nd|rd|th)\b/i,
  re: /(?<=\b(?:from|on|by|until|till|since|after|before|through|starting)\s+)the\s+(?<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:of\b|[A-Za-z\d-]))/gi,
  build(m, _s, options) {
    if (options.timeml) return null
    return { ...span(m), spec: { kind: 'dayOf', d: Number(m.groups?.['d']) }, type: 'date' }
  },
}

const AGO_TAIL = '(?<dir>ago|earlier|later|before|after|from\\s+now|hence|previously|back|since|prior)'
const ago: Rule = {
  name: 'ago',
  trigger: /\b(?:ago|earlier|later|before|after|from\s+now|hence|previously|back|since|prior)\b/i,
  re: new RegExp(
    `\\b(?:(?<mod>${MOD_WORDS})\\s+)?(?:(?<n>${NUMBER})|(?<vague>${VAGUE}))?[\\s-]*(?<unit>${UNIT}|${UNITS})\\s+${AGO_TAIL}\\b`,
    'gi',
  ),
  build(m, s) {
    const g = m.groups ?? {}
    const dir = (g['dir'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const unit = unitOf(g['unit'] ?? '')
    if (!unit) return null
    const raw = g['n']
    const vague = g['vague'] !== undefined || raw === undefined
    const plural = /s$/i.test(g['unit'] ?? '')
    // "before"/"after"/"since"/"prior" only end the expression when nothing follows ("two days before,").
    if (['before', 'after', 'since', 'prior'].includes(dir)) {
      if (!/^\s*(?:[,.;)]|$)/.test(s.slice(m.index + m[0].length))) return null
    }
    if (raw === undefined && !vague) return null
    if (raw === undefined && g['vague'] === undefined && !plural) return null
    const n = raw === undefined ? null : parseNumber(raw)
    const sign = dir === 'ago' || dir === 'earlier' || dir === 'before' || dir === 'previously' || dir === 'back' || dir === 'prior' || dir === 'since' ? -1 : 1
    const anchor = dir === 'ago' || dir === 'from now' || dir === 'hence' || dir === 'back' ? 'reference' : 'previous'
    const mod = modOf(g['mod'])
    if (n === null || vague || !Number.isInteger(n)) {
      const token: RefToken = sign < 0 ? 'PAST_REF' : 'FUTURE_REF'
      return { ...span(m), spec: { kind: 'ref', token }, type: 'date', ...(mod ? { mod } : {}) }
    }
    if (unit === 'hour' || unit === 'minute' || unit === 'second') return null
    let count = n
    let u: TimeUnit = unit
    if (u === 'decade') {
      count = 10 * n
      u = 'year'
    }
    const spec: Spec = { kind: 'shift', unit: u, n: sign * count, anchor, ...(u === 'year' && count === 1 ? { inherit: true } : {}) }
    return { ...span(m), spec, type: 'date', ...(mod ? { mod } : {}) }
  },
}

const POSITION = '(?<pos>earlier|later|early|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+rest\\s+of|the\\s+remainder\\s+of|the\\s+first\\s+part\\s+of|the\\s+latter\\s+part\\s+of)'
const positionedUnit: Rule = {
  name: 'positioned-unit',
  trigger: /week|month|year|quarter|decade|century/i,
  re: new RegExp(`\\b${POSITION}\\s+(?:(?<rel>this|last|next|the)\\s+|in\\s+the\\s+)(?<unit>week|month|year|quarter|decade|century)\\b|\\b(?:around\\s+)?(?<ye>year|month|quarter)(?:-end|\\s+end|'s\\s+end)\\b`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    if (g['ye']) {
      const unit = unitOf(g['ye']) ?? 'year'
      return { ...span(m), spec: { kind: 'shift', unit, n: 0, anchor: 'reference' }, type: 'date', mod: 'END' }
    }
    const pos = (g['pos'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const rel = (g['rel'] ?? '').toLowerCase()
    const unit = unitOf(g['unit'] ?? '') ?? 'year'
    const n = rel === 'last' ? -1 : rel === 'next' ? 1 : 0
    const spec: Spec = { kind: 'shift', unit, n, anchor: 'reference' }
    const mod =
      pos === 'early' || pos === 'the beginning of' || pos === 'the start of' || pos === 'the first part of'
        ? 'START'
        : pos === 'late' || pos === 'the end of' || pos === 'the latter part of'
          ? 'END'
          : pos === 'the middle of'
            ? 'MID'
            : undefined
    const narrow =
      unit === 'week' && n === 0 && pos === 'earlier'
        ? 'before-reference'
        : unit === 'week' && n === 0 && pos === 'later'
          ? 'after-reference'
          : unit === 'year' && (pos === 'the end of' || pos === 'the close of')
            ? 'last-month'
            : unit === 'year' && (pos === 'the beginning of' || pos === 'the start of')
              ? 'first-month'
              : undefined
    return { ...span(m), spec, type: 'date', ...(mod ? { mod } : {}), ...(narrow ? { narrow } : {}) }
  },
}

const weekend: Rule = {
  name: 'weekend',
  trigger: /weekend/i,
  re: /\b(?<det>this\s+past|this|last|next|the|that|this\s+coming)\s+weekend\b/gi,
  build(m) {
    const det = (m.groups?.['det'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const shift = det === 'last' || det === 'this past' ? -1 : det === 'next' || det === 'this coming' ? 1 : det === 'this' ? 0 : null
    return { ...span(m), spec: { kind: 'weekend', shift }, type: 'date' }
  },
}

const theYear: Rule = {
  name: 'the-year',
  trigger: /\byear\b/i,
  re: /\b(?<lead>for|in|during|of|through|throughout|over)\s+(?<phrase>the\s+(?:full\s+|whole\s+|entire\s+)?year)\b(?![-'’])/gi,
  build(m, s) {
    const phrase = m.groups?.['phrase'] ?? ''
    const start = m.index + m[0].length - phrase.length
    const after = s.slice(m.index + m[0].length)
    // "the year ended June 30" measures a fiscal year; "the year before" is handled elsewhere.
    if (/^\s*(?:ended|ending|to\b|through|earlier|ago|before|after|-)/i.test(after)) {
      return { start, end: m.index + m[0].length, spec: { kind: 'duration', value: 'P1Y' }, type: 'duration' }
    }
    if (/^\s*(?:of|in|when|that|since)\b/i.test(after)) return null
    return { start, end: m.index + m[0].length, spec: { kind: 'shift', unit: 'year', n: 0, anchor: 'reference' }, type: 'date' }
  },
}

export const relativeRules: readonly Rule[] = [
  dayWord,
  thisPod,
  weekday,
  relativeUnit,
  dayBeforeAfter,
  nthDay,
  ordinalDay,
  ago,
  positionedUnit,
  weekend,
  theYear,
]
