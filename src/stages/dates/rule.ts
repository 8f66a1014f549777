/** The shape of a recognizer rule and helpers the rule files share. */
import { lexicon, lookup } from './lexicon.js'
import type { Narrowing, Point, Spec, TimexKind } from './types.js'

/** What a rule found, with offsets relative to the sentence it ran on. */
export interface RuleHit {
  readonly start: number
  readonly end: number
  readonly spec: Spec
  readonly type: TimexKind
  readonly mod?: string
  readonly flags?: readonly string[]
  readonly priority?: number
  /** A clock time to apply to the resolved day ("noon Thursday"). */
  readonly clock?: { readonly hh: number; readonly mm: number }
  /** Not a date: a year that is part of a name, kept for an info diagnostic. */
  readonly note?: string
  /**
   * Narrows the record value (not the TimeML value): "earlier this week" runs from Monday to the
   * day before the reference, "the end of the year" is its last month.
   */
  readonly narrow?: Narrowing
}

export interface RuleOptions {
  /** TimeML conventions for the evaluator: adjectival refs ("recent", "current") become expressions. */
  readonly timeml: boolean
}

export interface Rule {
  readonly name: string
  /** Global regex; built once at module load. */
  readonly re: RegExp
  /** A cheap test a sentence must pass before `re` runs on it (the rule's head words). */
  readonly trigger?: RegExp
  readonly build: (m: RegExpExecArray, sentence: string, options: RuleOptions) => RuleHit | null
}

/** Offsets of the whole match. */
export function span(m: RegExpExecArray): { start: number; end: number } {
  return { start: m.index, end: m.index + m[0].length }
}

export const isCapitalized = (word: string): boolean => /^[A-Z]/.test(word)

/**
 * The text just before `index`, for `$`-anchored tests: a bounded window keeps long sentences
 * linear. A cut window starts with U+0000 so that `^` still means the start of the sentence.
 */
export function textBefore(s: string, index: number, width = 80): string {
  return index > width ? `\u0000${s.slice(index - width, index)}` : s.slice(0, index)
}

// Sentence openings and quotes, where any word may be capitalized.
const OPENING = /(?:^|[.!?:;]\s+|["“'‘`(\[]\s*|\n\s*)$/

/** A capitalized word inside a sentence is a title or a name ("This Week", "VOA Today", "High Noon"). */
export function titleCased(word: string, sentence: string, index: number): boolean {
  return /^[A-Z]/.test(word) && !OPENING.test(textBefore(sentence, index))
}

/** Text of the word before `index` (letters, dots, hyphens, apostrophes). */
export function wordBefore(sentence: string, index: number): string {
  const m = /([A-Za-z][A-Za-z.'-]*)[\s,]*$/.exec(sentence.slice(Math.max(0, index - 40), index))
  return m?.[1] ?? ''
}

/** Text of the word after `index`. */
export function wordAfter(sentence: string, index: number): string {
  const m = /^[\s]*([A-Za-z][A-Za-z.'-]*)/.exec(sentence.slice(index, index + 40))
  return m?.[1] ?? ''
}

/** Prepositions and determiners that introduce a date ("in May", "since 2019"). */
export const TEMPORAL_LEAD = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'through', 'throughout', 'during', 'of', 'from', 'to',
  'before', 'after', 'between', 'and', 'or', 'early', 'mid', 'late', 'last', 'this', 'next', 'past',
  'for', 'around', 'about', 'at', 'as', 'into', 'within', 'circa', 'that', 'every', 'each', 'than',
  'mid-', 'the', 'following', 'previous', 'coming', 'beginning', 'end', 'start', 'middle', 'versus',
])

const MODS: Readonly<Record<string, string>> = {
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  circa: 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'upwards of': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'at most': 'EQUAL_OR_LESS',
  early: 'START',
  'the early': 'START',
  'the beginning of': 'START',
  'the start of': 'START',
  'the first part of': 'START',
  mid: 'MID',
  'the mid': 'MID',
  'the middle of': 'MID',
  late: 'END',
  'the late': 'END',
  'the end of': 'END',
  'the close of': 'END',
  'the latter part of': 'END',
  'the last part of': 'END',
}

// "over" is left out: it is mostly a preposition ("over the past year").
export const MOD_WORDS =
  '(?:about|around|approximately|roughly|some|circa|nearly|almost|less\\s+than|under|fewer\\s+than|more\\s+than|upwards\\s+of|at\\s+least|no\\s+less\\s+than|up\\s+to|no\\s+more\\s+than|at\\s+most)'
export const POSITION_WORDS =
  '(?:the\\s+end\\s+of|the\\s+close\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|the\\s+first\\s+part\\s+of|the\\s+latter\\s+part\\s+of|the\\s+last\\s+part\\s+of|the\\s+early|the\\s+late|the\\s+mid|early|late|mid)'

export function modOf(words: string | undefined): string | undefined {
  if (!words) return undefined
  return MODS[words.toLowerCase().replace(/\s+/g, ' ').replace(/-$/, '').trim()]
}

/** An explicit calendar value. */
export const ABS = (point: Point): Spec => ({ kind: 'abs', point, yearless: false })

/** "third" -> 3, "4th" -> 4, "last" -> -1. */
export const ordinalValue = (word: string): number | null => lookup(lexicon.ordinals, word) ?? null
