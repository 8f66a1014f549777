/** Known chrome lines (site banners, share bars, link-list headings), kept as data in data/chrome-lines.json. */
import { z } from 'zod'
import chromeData from './data/chrome-lines.json' with { type: 'json' }

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
 * rules (each anchored at the start of the line) costs one call instead of one per rule. The
 * rules use no numbered back-references or named groups, which joining them would renumber.
 */
const anyRule: RegExp | null = rules.every((r) => !/\\[1-9]|\(\?<[A-Za-z]|\\k</.test(r.re.source))
  ? new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|'), 'i')
  : null

/** Curly quotes to straight ones so patterns need only one spelling. */
export function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
}

/** The id of the chrome rule matching this whole line, or null. */
export function chromeRuleOf(line: string): { id: string; end: boolean } | null {
  if (line.length > 300) return null
  const probe = straightQuotes(line).trim()
  if (anyRule && !anyRule.test(probe)) return null
  for (const r of rules) if (r.re.test(probe)) return { id: r.id, end: r.end }
  return null
}

export function isChromeLine(line: string): boolean {
  return chromeRuleOf(line) !== null
}
