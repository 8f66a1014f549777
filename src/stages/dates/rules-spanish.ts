/**
 * Calendar dates written in Spanish, as ministries, navies and police forces of the region publish
 * them: "10 de noviembre de 2026", "el 10 y 11 de noviembre", "del 4 al 8 de mayo", "del 28 de abril
 * al 2 de mayo de 2025", "octubre de 2025", "en marzo"; and in Portuguese, whose dates read the
 * same way ("19 de fevereiro", "de 1º a 19 de fevereiro", "10 e 11 de março", "setembro de 2026").
 * Month names are lower case in both, so they never collide with the English rules (which want
 * "May", "March" capitalized); a bare month needs a Spanish or Portuguese sentence around it
 * ("mayo" could be a word of a name elsewhere). "marco" without its cedilla is left out: it is a
 * common Spanish word ("en el marco de").
 */
import { startYearOf } from './calendar.js'
import { alternation, lexicon } from './lexicon.js'
import { span, type Rule } from './rule.js'
import type { Point, Spec } from './types.js'

const MONTHS_ES: Readonly<Record<string, number>> = lexicon.monthsEs
const MES = `(?:${alternation(Object.keys(MONTHS_ES))})`
/** The end of a month name: `\b` fails after "março", whose last letter is no word character to a non-Unicode pattern. */
const MES_END = '(?![A-Za-zÀ-ÿ])'
const DIA = '(?:1[ºo°]|\\d{1,2})'
const ANIO = '(?:19|20)\\d{2}'
const DE_ANIO = `(?:,?\\s+(?:de|del)\\s+(?<year>${ANIO}))`

/** Function words that make a sentence Spanish or Portuguese (at least two different ones). */
const SPANISH_WORDS = /(?<![\p{L}])(?:del|los|las|que|para|con|una|por|fue|será|realizó|realizará|recibió|se|su|sus|entre|durante|la|el|en|al|com|uma|foi|pelo|pela|dos|das|ao|em)(?![\p{L}])/giu
function spanish(sentence: string): boolean {
  const seen = new Set<string>()
  for (const m of sentence.matchAll(SPANISH_WORDS)) {
    seen.add(m[0].toLowerCase())
    if (seen.size >= 2) return true
  }
  return false
}

const monthOf = (word: string | undefined): number | null => (word ? (MONTHS_ES[word.toLowerCase()] ?? null) : null)
const dayOf = (word: string | undefined): number => Number.parseInt(word ?? '', 10)
const abs = (point: Point, year: string | undefined): Spec =>
  year ? { kind: 'abs', point: { ...point, y: Number(year) }, yearless: false } : { kind: 'abs', point, yearless: true }

const WEEKDAYS_ES: Readonly<Record<string, number>> = lexicon.weekdaysEs
const DIA_SEMANA = `(?:${alternation(Object.keys(WEEKDAYS_ES))})`
const weekdayOf = (word: string): number | null => WEEKDAYS_ES[word.toLowerCase()] ?? null

/** "10 de noviembre (de 2026)", "10 y 11 de noviembre", "4 al 8 de mayo", "martes 10 de noviembre", "martes 17 y miércoles 18 de noviembre", "el miércoles 23 y el jueves 24 de septiembre". */
const dayOfMonth: Rule = {
  name: 'es-day',
  trigger: new RegExp(`\\bde\\s+${MES}`, 'i'),
  re: new RegExp(`\\b(?:${DIA_SEMANA},?\\s+)?(?<d1>${DIA})(?:\\s*(?:y|e|al|a|-)\\s*(?:el\\s+)?(?:${DIA_SEMANA},?\\s+)?(?<d2>\\d{1,2}))?\\s+de\\s+(?<month>${MES})${MES_END}${DE_ANIO}?`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    // "Base Naval 27 de Febrero", "Avenida 27 de Febrero": a capitalized month names a place.
    if (/^\p{Lu}/u.test(g['month'] ?? '')) return null
    const month = monthOf(g['month'])
    const d1 = dayOf(g['d1'])
    const d2 = g['d2'] ? dayOf(g['d2']) : null
    if (month === null || d1 < 1 || d1 > 31 || (d2 !== null && (d2 <= d1 || d2 > 31))) return null
    const from = abs({ gran: 'day', y: 0, m: month, d: d1 }, g['year'])
    const spec: Spec = d2 === null ? from : { kind: 'range', from, to: abs({ gran: 'day', y: 0, m: month, d: d2 }, g['year']) }
    return { ...span(m), spec, type: 'date', priority: 2 }
  },
}

/** A range's start year: its own, else the end's ("del 28 de diciembre al 3 de enero de 2026": the one before). */
function startYear(own: string | undefined, end: string | undefined, m1: number, m2: number): string | undefined {
  return own ?? (end ? String(startYearOf(Number(end), m1, m2)) : end)
}

/** "28 de abril al 2 de mayo de 2025": a range across two months. */
const dayToDay: Rule = {
  name: 'es-day-range',
  trigger: new RegExp(`\\bde\\s+${MES}`, 'i'),
  re: new RegExp(
    `\\b(?<d1>${DIA})\\s+de\\s+(?<m1>${MES})(?:\\s+(?:de|del)\\s+(?<y1>${ANIO}))?\\s+(?:al|hasta\\s+el|a)\\s+(?<d2>\\d{1,2})\\s+de\\s+(?<m2>${MES})${MES_END}${DE_ANIO}?`,
    'gi',
  ),
  build(m) {
    const g = m.groups ?? {}
    if (/^\p{Lu}/u.test(g['m1'] ?? '') || /^\p{Lu}/u.test(g['m2'] ?? '')) return null
    const m1 = monthOf(g['m1'])
    const m2 = monthOf(g['m2'])
    const d1 = dayOf(g['d1'])
    const d2 = dayOf(g['d2'])
    if (m1 === null || m2 === null || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null
    const y2 = g['year']
    const y1 = startYear(g['y1'], y2, m1, m2)
    const from = abs({ gran: 'day', y: 0, m: m1, d: d1 }, y1)
    const to = abs({ gran: 'day', y: 0, m: m2, d: d2 }, y2)
    return { ...span(m), spec: { kind: 'range', from, to }, type: 'date', priority: 2 }
  },
}

/**
 * "entre el 26 de octubre y el 6 de noviembre", "entre noviembre de 2025 y abril de 2026": a range
 * from "entre" ("between"), its extent after "entre" as an English range's is after "from".
 */
const between: Rule = {
  name: 'es-between',
  trigger: /\bentre\s/i,
  re: new RegExp(
    `(?<=\\bentre\\s+(?:el\\s+)?)(?:(?<d1>${DIA})\\s+de\\s+)?(?<m1>${MES})(?:\\s+(?:de|del)\\s+(?<y1>${ANIO}))?\\s+y\\s+(?:el\\s+)?(?:(?<d2>\\d{1,2})\\s+de\\s+)?(?<m2>${MES})${MES_END}${DE_ANIO}?`,
    'gi',
  ),
  build(m) {
    const g = m.groups ?? {}
    if (/^\p{Lu}/u.test(g['m1'] ?? '') || /^\p{Lu}/u.test(g['m2'] ?? '')) return null
    // Both ends at one precision: two days or two months.
    if ((g['d1'] === undefined) !== (g['d2'] === undefined)) return null
    const m1 = monthOf(g['m1'])
    const m2 = monthOf(g['m2'])
    if (m1 === null || m2 === null) return null
    const y2 = g['year']
    const y1 = startYear(g['y1'], y2, m1, m2)
    if (g['d1'] === undefined) {
      if (!y1 && !y2 && m1 >= m2) return null
      const spec: Spec = { kind: 'range', from: abs({ gran: 'month', y: 0, m: m1 }, y1), to: abs({ gran: 'month', y: 0, m: m2 }, y2) }
      return { ...span(m), spec, type: 'date', priority: 2 }
    }
    const d1 = dayOf(g['d1'])
    const d2 = dayOf(g['d2'])
    if (d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return null
    const spec: Spec = { kind: 'range', from: abs({ gran: 'day', y: 0, m: m1, d: d1 }, y1), to: abs({ gran: 'day', y: 0, m: m2, d: d2 }, y2) }
    return { ...span(m), spec, type: 'date', priority: 2 }
  },
}

/** "octubre de 2025", "en marzo" (in a Spanish sentence). */
const monthAlone: Rule = {
  name: 'es-month',
  trigger: new RegExp(MES, 'i'),
  re: new RegExp(`(?<![\\d]\\s+de\\s+)\\b(?<month>${MES})${MES_END}${DE_ANIO}?`, 'gi'),
  build(m, sentence) {
    const g = m.groups ?? {}
    const word = g['month'] ?? ''
    // Spanish writes months in lower case; a capital inside a sentence is a name ("Mayo").
    if (word !== word.toLowerCase() && m.index > 0) return null
    const month = monthOf(word)
    if (month === null) return null
    if (!g['year'] && !spanish(sentence)) return null
    return { ...span(m), spec: abs({ gran: 'month', y: 0, m: month }, g['year']), type: 'date', priority: 2 }
  },
}

/**
 * "el jueves 19", "el martes": a weekday, resolved by tense like an English one; a day number after
 * it stays in the extent (it is not used to pick the week).
 */
const weekday: Rule = {
  name: 'es-weekday',
  trigger: new RegExp(DIA_SEMANA, 'i'),
  re: new RegExp(`\\b(?<wd>${DIA_SEMANA})\\b(?!,?\\s+\\d{1,2}\\s+de\\s)(?:\\s+(?<d>\\d{1,2})\\b(?![:.,]?\\d))?`, 'gi'),
  build(m, sentence) {
    const g = m.groups ?? {}
    const word = g['wd'] ?? ''
    if (word !== word.toLowerCase() && m.index > 0) return null
    const n = weekdayOf(word)
    if (n === null || !spanish(sentence)) return null
    return { ...span(m), spec: { kind: 'weekday', weekday: n, shift: null }, type: 'date', priority: 2 }
  },
}

const TRIMESTRE: Readonly<Record<string, number>> = { primer: 1, primero: 1, primeiro: 1, segundo: 2, tercer: 3, tercero: 3, terceiro: 3, cuarto: 4, quarto: 4 }
/** "el primer trimestre de 2027", "el segundo semestre de 2026", Portuguese "o primeiro semestre". */
const quarterOrHalf: Rule = {
  name: 'es-quarter',
  trigger: /trimestre|semestre/i,
  re: new RegExp(`\\b(?:el\\s+)?(?<ord>primer|primero|primeiro|segundo|tercer|tercero|terceiro|cuarto|quarto)\\s+(?<unit>trimestre|semestre)\\b${DE_ANIO}?`, 'gi'),
  build(m) {
    const g = m.groups ?? {}
    const n = TRIMESTRE[(g['ord'] ?? '').toLowerCase()]
    const half = (g['unit'] ?? '').toLowerCase() === 'semestre'
    if (!n || (half && n > 2)) return null
    const point: Point = half ? { gran: 'half', y: 0, h: n } : { gran: 'quarter', y: 0, q: n }
    return { ...span(m), spec: abs(point, g['year']), type: 'date', priority: 2 }
  },
}

const SEMANA_ORD: Readonly<Record<string, number>> = { primera: 1, segunda: 2, tercera: 3, cuarta: 4 }
/** "la primera semana de febrero de 2027": days 1–7 of the month ("la última semana": its last seven), as the English rule reads "the first week of". */
const weekOfMonth: Rule = {
  name: 'es-week-of-month',
  trigger: /semana\s+de/i,
  re: new RegExp(`(?<![\\p{L}])(?:la\\s+)?(?<ord>primera|segunda|tercera|cuarta|última|ultima)\\s+semana\\s+de\\s+(?<month>${MES})(?![\\p{L}])${DE_ANIO}?`, 'giu'),
  build(m) {
    const g = m.groups ?? {}
    const month = monthOf(g['month'])
    if (month === null || /^\p{Lu}/u.test(g['month'] ?? '')) return null
    const ord = (g['ord'] ?? '').toLowerCase()
    const n = SEMANA_ORD[ord] ?? null
    const last = new Date(Date.UTC(g['year'] ? Number(g['year']) : 2001, month, 0)).getUTCDate()
    const d1 = n === null ? last - 6 : (n - 1) * 7 + 1
    const spec: Spec = { kind: 'range', from: abs({ gran: 'day', y: 0, m: month, d: d1 }, g['year']), to: abs({ gran: 'day', y: 0, m: month, d: d1 + 6 }, g['year']) }
    return { ...span(m), spec, type: 'date', priority: 3 }
  },
}

const UNIDAD: Readonly<Record<string, 'week' | 'month' | 'year'>> = { semana: 'week', mes: 'month', año: 'year' }
/** "la próxima semana", "la semana que viene", "el año pasado", "el próximo mes": a unit before or after the reference. */
const relativeUnit: Rule = {
  name: 'es-relative-unit',
  trigger: /semana|mes|año/i,
  re: /(?<![\p{L}])(?:(?<pre>próxim[oa]|pasad[oa])\s+(?<u1>semana|mes|año)|(?<u2>semana|mes|año)\s+(?<post>próxim[oa]|pasad[oa]|que\s+viene|entrante))(?![\p{L}])/giu,
  build(m) {
    const g = m.groups ?? {}
    const unit = UNIDAD[(g['u1'] ?? g['u2'] ?? '').toLowerCase()]
    const word = (g['pre'] ?? g['post'] ?? '').toLowerCase()
    if (!unit || !word) return null
    const n = word.startsWith('pasad') ? -1 : 1
    return { ...span(m), spec: { kind: 'shift', unit, n, anchor: 'reference' }, type: 'date', priority: 2 }
  },
}

const DIA_RELATIVO: Readonly<Record<string, number>> = { anteayer: -2, ayer: -1, hoy: 0, mañana: 1, 'pasado mañana': 2 }
/** "concluyó hoy", "ayer", "se realizará mañana": a day before or after the reference ("la mañana", "esta mañana" are a morning). */
const dayWord: Rule = {
  name: 'es-day-word',
  trigger: /hoy|ayer|mañana/i,
  re: /(?<![\p{L}])(?<word>pasado\s+mañana|anteayer|ayer|hoy|mañana)(?![\p{L}])/giu,
  build(m, sentence) {
    const word = (m.groups?.['word'] ?? '').toLowerCase().replace(/\s+/g, ' ')
    const n = DIA_RELATIVO[word]
    if (n === undefined || !spanish(sentence)) return null
    // "la mañana", "esta mañana", "por la mañana", "mañana por la tarde" is still tomorrow.
    if (word === 'mañana' && /(?:^|[^\p{L}])(?:la|esta|una|cada|toda|media|de|en)\s+$/iu.test(sentence.slice(Math.max(0, m.index - 12), m.index))) return null
    return { ...span(m), spec: { kind: 'shift', unit: 'day', n, anchor: 'reference' }, type: 'date', priority: 2 }
  },
}

export const spanishRules: readonly Rule[] = [between, dayToDay, dayOfMonth, weekOfMonth, monthAlone, weekday, quarterOrHalf, relativeUnit, dayWord]
