/**
 * Event names: the series name as written ("11th Caribbean-U.S. Security Cooperation Dialogue"),
 * else the name of the storm it is ("Hurricane Beryl"), else the noun phrase around the event noun
 * ("ministerial meeting with Caribbean leaders on disaster resilience"), else null (a verb alone
 * names nothing).
 */
import type { Draft } from './cluster.js'
import { primaryHit } from './cluster.js'

const leftWord = /(?:^|\s)((?:[A-Z][\w.’'&-]*|[a-z][a-z-]*|\d{4}))\s*$/
const stopLeft = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|of|in|at|on|to|for|with|by|from|and|or|will|would|was|were|is|are|be|been|has|have|had|during|after|before|hosted|held|attended|represented|began|ended|co-hosted|co-host|host|hosts|next|round|also)$/i
const rightHead = /^\s+(?:of|with|on|between|for|to)\s+/
const theWord = /the\s+/y
const wordRun = /(?:[\w’'&-]|\.(?=[\w-]))+/y
const phraseEnd = /(?=\s+(?:in|at|on|during|from|and\s+(?:to|the)|was|were|will|is|are)\b|[,;(]|\.(?![\w-])|$)/y

const at = (re: RegExp, s: string, i: number): RegExpExecArray | null => {
  re.lastIndex = i
  return re.exec(s)
}

/**
 * The phrase after an event noun ("with Caribbean leaders on disaster resilience"): a
 * preposition and up to eight words, to the first comma, bracket or full stop among them, else
 * to the last word before "in", "at", "on", "during", "from", "was", …. A direct reading of the
 * former pattern `(?:(?:[\w’'&-]|\.(?=[\w-]))+\s?){1,8}?(?=…)`, which gave the same spans but
 * backtracked through every split of every word (the costliest line of the pipeline).
 */
export function rightPhraseLength(window: string): number | null {
  const head = rightHead.exec(window)
  if (!head) return null
  const base = head[0].length
  const the = at(theWord, window, base)
  if (the) {
    const withThe = phraseFrom(window, base + the[0].length)
    if (withThe !== null) return withThe
  }
  return phraseFrom(window, base)
}

function phraseFrom(s: string, start: number): number | null {
  // Forward: word by word (a word and at most one space), the first end that fits wins.
  const spaced: number[] = []
  let pos = start
  for (let level = 0; level < 8; level++) {
    const word = at(wordRun, s, pos)
    if (!word) break
    const wordEnd = pos + word[0].length
    const space = /\s/.test(s[wordEnd] ?? '')
    const next = space ? wordEnd + 1 : wordEnd
    if (at(phraseEnd, s, next)) return next
    if (space) spaced.push(wordEnd)
    pos = next
    if (!space) break
  }
  // Backward: without the space after a word, deepest first ("… leaders on disaster": before "on").
  for (let i = spaced.length - 1; i >= 0; i--) if (at(phraseEnd, s, spaced[i]!)) return spaced[i]!
  return null
}

export function eventName(text: string, d: Draft): string | null {
  const named = d.series
  // "2019 Caribbean Nations Security Conference (CANSEC)": the name without its acronym.
  if (named) return named.text.replace(/^the\s+/i, '').replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim()
  const p = primaryHit(d)
  // "hardest hit by Hurricanes Eta and Iota", "after Hurricane Beryl made landfall": a storm event
  // is named by the storm.
  const storm = p?.trigger.id === 'storm' || p?.trigger.id === 'disaster' ? d.hits.find((h) => h.trigger.id === 'storm') : undefined
  if (storm) return storm.label ?? storm.text
  const span = nounNameSpan(text, d)
  if (!span) return null
  const name = text.slice(span.start, span.end).trim()
  return name.length > 0 ? name : null
}

/** Where a noun trigger's name is written: its capitalized words to the left and its phrase to the right. */
export function nounNameSpan(text: string, d: Draft): { start: number; end: number } | null {
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
  const right = rightPhraseLength(text.slice(end, end + 120))
  if (right !== null) end += right
  return { start, end }
}
