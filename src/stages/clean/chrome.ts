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

/** Curly quotes to straight ones so patterns need only one spelling. */
export function straightQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
}

/** The id of the chrome rule matching this whole line, or null. */
export function chromeRuleOf(line: string): { id: string; end: boolean } | null {
  if (line.length > 300) return null
  const probe = straightQuotes(line).trim()
  for (const r of rules) if (r.re.test(probe)) return { id: r.id, end: r.end }
  return null
}

export function isChromeLine(line: string): boolean {
  return chromeRuleOf(line) !== null
}
