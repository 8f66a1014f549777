/** The word lists of the dates stage, validated once at module load. */
import { z } from 'zod'
import raw from './data/lexicon.json' with { type: 'json' }

const NumberMap = z.record(z.string(), z.number())
const StringMap = z.record(z.string(), z.string())

const LexiconSchema = z.object({
  source: z.string(),
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  /** Spanish and Portuguese month names, lower case (rules-spanish.ts; "abril" and "agosto" are both). */
  monthsEs: z.record(z.string(), z.number().int().min(1).max(12)),
  /** Spanish weekday names, with and without accents (rules-spanish.ts). */
  weekdaysEs: z.record(z.string(), z.number().int().min(1).max(7)),
  weekdays: z.record(z.string(), z.number().int().min(1).max(7)),
  numbers: NumberMap,
  vagueNumbers: z.array(z.string()),
  ordinals: NumberMap,
  units: StringMap,
  seasons: StringMap,
  partsOfDay: StringMap,
  refs: z.record(z.string(), z.enum(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF'])),
  holidays: StringMap,
  eventNouns: z.array(z.string()),
  quantityNouns: z.array(z.string()),
  yearNouns: z.array(z.string()),
  /** Past forms that report speech or an announcement: they date the report, not what it reports. */
  reportingVerbs: z.array(z.string()),
  pastVerbs: z.array(z.string()),
  notPastEd: z.array(z.string()),
  futureWords: z.array(z.string()),
  futureBeforeTo: z.array(z.string()),
  eventVerbs: z.array(z.string()),
  presentVerbs: z.array(z.string()),
})

export type Lexicon = z.infer<typeof LexiconSchema>

// A malformed data file is a build defect, not bad input: fail at load like a missing module.
export const lexicon: Lexicon = LexiconSchema.parse(raw)

/** Regex alternation of the keys, longest first so "a few" wins over "a". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
}

/**
 * A cheap trigger for a rule that matches one of `phrases`: every match holds its phrase's last
 * word, so a sentence without any of them cannot match (case-insensitive, like the rules).
 */
export function lastWordTrigger(phrases: Iterable<string>): RegExp {
  return new RegExp(alternation([...phrases].map((p) => p.split(' ').pop() ?? p)), 'i')
}

/** Looks a phrase up in a map with case and inner whitespace normalized. */
export function lookup<T>(map: Readonly<Record<string, T>>, phrase: string): T | undefined {
  return map[phrase.toLowerCase().replace(/\s+/g, ' ')]
}
