/** Known chrome lines (site banners, share bars, link-list headings), kept as data in data/chrome-lines.json. */
import { z } from 'zod'
import chromeData from './data/chrome-lines.json' with { type: 'json' }
import { topLevelAlternatives } from '../../text/regex-source.js'

const ChromeFile = z.object({
  lines: z.array(z.object({ id: z.string(), pattern: z.string(), end: z.boolean().optional() })),
})

interface ChromeRule {
  readonly id: string
  readonly re: RegExp
  readonly end: boolean
}

// Validated and compiled once, at module load.
const rules: readonly ChromeRule[] = ChromeFile.parse(chromeData).lines.map((l) => ({
  id: l.id,
  re: new RegExp(l.pattern, 'i'),
  end: l.end ?? false,
}))

/**
 * Every rule at once, as a cheap first test: most lines match none, and one alternation of the
 * rules costs one call instead of one per rule. The rules use no numbered back-references or
 * named groups, which joining them would renumber. The alternatives that begin with `^` are
 * joined under one leading `^`, which lets the engine try them at the start of the line only
 * (one unanchored alternative among them made it try all of them at every position); the
 * others (`(related|external) resources` of one rule) are a second alternation.
 */
const anyRule: { anchored: RegExp; loose: RegExp | null } | null = rules.every((r) => !/\\[1-9]|\(\?<[A-Za-z]|\\k</.test(r.re.source))
  ? (() => {
      const alternatives = rules.flatMap((r) => topLevelAlternatives(r.re.source))
      const anchored = alternatives.filter((a) => a.startsWith('^')).map((a) => `(?:${a.slice(1)})`)
      const loose = alternatives.filter((a) => !a.startsWith('^')).map((a) => `(?:${a})`)
      return {
        anchored: new RegExp(`^(?:${anchored.join('|')})`, 'i'),
        loose: loose.length > 0 ? new RegExp(loose.join('|'), 'i') : null,
      }
    })()
  : null

const curly = /[\u2018\u2019\u02bc\u201c\u201d]/
// Pictographs before a line's words ("🔔 Follow GIS on WhatsApp"); not ©, ® or ™, which Unicode
// counts as pictographs too and which open copyright lines.
const LEADING_PICTOGRAPHS = /^(?:(?![\u00A9\u00AE\u2122])[\p{Extended_Pictographic}\uFE0F\u200D])+\s*/u

/** Curly quotes to straight ones so patterns need only one spelling. */
export function straightQuotes(text: string): string {
  if (!curly.test(text)) return text
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
}

/** A line as the rules read it: quotes straight, trimmed, without a pictograph before the words ("🔔 Follow GIS on WhatsApp …"). */
export function chromeProbe(line: string): string {
  const probe = straightQuotes(line).trim()
  // Most lines open with an ASCII character, which is no pictograph: the pattern is tried on the rest.
  return probe.charCodeAt(0) > 0x7f ? probe.replace(LEADING_PICTOGRAPHS, '') : probe
}

/** The id of the chrome rule matching this whole line, or null. */
export function chromeRuleOf(line: string): { id: string; end: boolean } | null {
  if (line.length > 300) return null
  const probe = chromeProbe(line)
  if (anyRule && !anyRule.anchored.test(probe) && !(anyRule.loose?.test(probe) ?? false)) return null
  for (const r of rules) if (r.re.test(probe)) return { id: r.id, end: r.end }
  return null
}

export function isChromeLine(line: string): boolean {
  return chromeRuleOf(line) !== null
}
