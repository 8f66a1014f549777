/**
 * Event names: the series name as written ("11th Caribbean-U.S. Security Cooperation Dialogue"),
 * else the noun phrase around the event noun ("ministerial meeting with Caribbean leaders on
 * disaster resilience"), else null (a verb alone names nothing).
 */
import type { Draft } from './cluster.js'
import { primaryHit } from './cluster.js'

const leftWord = /(?:^|\s)((?:[A-Z][\w.’'&-]*|[a-z][a-z-]*|\d{4}))\s*$/
const stopLeft = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|in|at|on|to|for|with|by|from|and|or|will|would|was|were|is|are|be|been|has|have|had|during|after|before|hosted|held|attended|represented|began|ended|co-hosted|co-host|host|hosts|next|round|also)$/i
const rightPhrase = /^\s+(?:of|with|on|between|for|to)\s+(?:the\s+)?(?:(?:[\w’'&-]|\.(?=[\w-]))+\s?){1,8}?(?=\s+(?:in|at|on|during|from|and\s+(?:to|the)|was|were|will|is|are)\b|[,;(]|\.(?![\w-])|$)/

export function eventName(text: string, d: Draft): string | null {
  const named = d.series
  // "2019 Caribbean Nations Security Conference (CANSEC)": the name without its acronym.
  if (named) return named.text.replace(/^the\s+/i, '').replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim()
  const p = primaryHit(d)
  if (!p || p.trigger.pos !== 'noun') return null
  let start = p.start
  for (let i = 0; i < 4; i++) {
    const windowStart = Math.max(0, start - 40)
    const m = leftWord.exec(text.slice(windowStart, start))
    if (!m || !m[1] || stopLeft.test(m[1])) break
    start = windowStart + m.index + m[0].indexOf(m[1])
  }
  let end = p.end
  const right = rightPhrase.exec(text.slice(end, end + 120))
  if (right) end += right[0].length
  const name = text.slice(start, end).trim()
  return name.length > 0 ? name : null
}
