/**
 * Pages saved by a text browser (`lynx -dump` and its kind): each link's text follows its number
 * in brackets ("[14]Home » [15]News"), images are "[IMG]", form fields are drawn with underscores,
 * rules with dashes, and the page ends with a "References" list of the links' addresses. Read
 * through that markup, such a dump is an ordinary text dump (text-dump.ts).
 */

/** One line of the closing list: "  12. https://abdf.gov.ag/careers/", "22. mailto:?subject=…". */
const REFERENCE = /^\s*\d{1,4}\.\s+[a-z][a-z0-9+.-]*:\S*\s*$/i
const REFERENCES_HEADING = /^\s*References\s*$/
/** "[14]" before a link's text; "[IMG] " or "[BUTTON] " for an element, with the space after it. */
const MARKER = /\[\d{1,4}\]|\[(?:IMG|INLINE|BUTTON|LINK|EMBED|IFRAME)\] ?/g
/** "Search ____________________", "Name * ____": a form's text field. */
const FIELD = /_{6,}/
/** "------------------------------------": a rule between the page's parts. */
const RULE = /^\s*[-=_*]{10,}\s*$/

export interface BrowserDump {
  /** The page's lines without the browser's markup; dropped lines are left empty, so line numbers hold. */
  readonly lines: readonly string[]
  /** Lines dropped (form fields, rules, the references), for debugging. */
  readonly dropped: readonly string[]
}

/**
 * The dump read through the browser's markup, or null when the text is no such dump: it must end
 * with a "References" heading over nothing but numbered addresses, and number at least three links
 * above it.
 */
export function readBrowserDump(lines: readonly string[]): BrowserDump | null {
  let heading = -1
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k] ?? ''
    if (REFERENCES_HEADING.test(line)) {
      heading = k
      break
    }
    if (line.trim() !== '' && !REFERENCE.test(line)) return null
  }
  if (heading < 0) return null
  const references = lines.slice(heading + 1).filter((l) => l.trim() !== '').length
  const numbered = lines.slice(0, heading).reduce((n, l) => n + (l.match(/\[\d{1,4}\]/g)?.length ?? 0), 0)
  if (references < 3 || numbered < 3) return null
  const dropped: string[] = []
  const out = lines.slice(0, heading).map((line) => {
    if (FIELD.test(line) || RULE.test(line)) {
      dropped.push(line)
      return ''
    }
    const text = line.replace(MARKER, '').trimEnd()
    return text.trim() === '' ? '' : text
  })
  dropped.push(...lines.slice(heading).filter((l) => l.trim() !== ''))
  return { lines: out, dropped }
}
