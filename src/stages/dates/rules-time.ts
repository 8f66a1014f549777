/** Clock words chrono's strict parser leaves out: noon, midnight, military "1400 hours". */
import { WEEKDAY, weekdayNumber } from './patterns.js'
import { isCapitalized, span, textBefore, titleCased, type Rule } from './rule.js'
import type { Spec } from './types.js'

const DAY_SHIFT: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 }

const clockWord: Rule = {
  name: 'clock-word',
  trigger: /noon|midday|midnight/i,
  re: new RegExp(`\\b(?<word>noon|midday|midnight)(?:\\s+(?:on\\s+)?(?<day>${WEEKDAY}|yesterday|today|tomorrow))?\\b`, 'gi'),
  build(m, s) {
    const g = m.groups ?? {}
    if (titleCased(m[0], s, m.index) || /\bhigh\s+$/i.test(textBefore(s, m.index))) return null
    const hh = (g['word'] ?? '').toLowerCase() === 'midnight' ? 24 : 12
    const day = g['day']
    if (!day) return { ...span(m), spec: { kind: 'clock', hh, mm: 0 }, type: 'time' }
    const wd = weekdayNumber(day)
    if (wd !== null) {
      if (!isCapitalized(day)) return null
      const spec: Spec = { kind: 'weekday', weekday: wd, shift: null }
      return { ...span(m), spec, type: 'time', clock: { hh, mm: 0 } }
    }
    const n = DAY_SHIFT[day.toLowerCase()] ?? 0
    return { ...span(m), spec: { kind: 'shift', unit: 'day', n, anchor: 'reference' }, type: 'time', clock: { hh, mm: 0 } }
  },
}

const militaryTime: Rule = {
  name: 'military-time',
  trigger: /hours|hrs/i,
  re: /(?<=\b(?:at|by|until|from|since|before|after|around|about|to)\s+)(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d)\s*(?:hours|hrs)\b(?:\s+(?:local(?:\s+time)?|[A-Z]{1,4}T|Z(?:ulu)?))?/g,
  build(m) {
    const hh = Number(m.groups?.['h'])
    const mm = Number(m.groups?.['mi'])
    return { ...span(m), spec: { kind: 'clock', hh, mm }, type: 'time' }
  },
}

export const timeRules: readonly Rule[] = [clockWord, militaryTime]
