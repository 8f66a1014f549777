/** Reading regular-expression sources (the rule data's patterns) without compiling them. */

/** The alternatives of a regular-expression source at its top level (outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = []
  let depth = 0
  let escaped = false
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!
    if (escaped) escaped = false
    else if (ch === '\\') escaped = true
    else if (inClass) inClass = ch !== ']'
    else if (ch === '[') inClass = true
    else if (ch === '(') depth++
    else if (ch === ')') depth--
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(from, i))
      from = i + 1
    }
  }
  out.push(source.slice(from))
  return out
}
