/**
 * The vague references of TimeML: "now", "currently" (PRESENT_REF), "recently", "in the past"
 * (PAST_REF), "the future" (FUTURE_REF). Their word list is data (lexicon.json `refs`).
 */
import { alternation, lastWordTrigger, lexicon, lookup } from './lexicon.js'
import { textBefore, type Rule } from './rule.js'

const REF_WORDS = Object.entries(lexicon.refs)
const ADJECTIVAL = new Set(['current', 'recent', 'future', 'ongoing', 'present-day'])
const refWord: Rule = {
  name: 'ref',
  trigger: lastWordTrigger(REF_WORDS.map(([k]) => k)),
  re: new RegExp(`(?<![\\w-])(?:${alternation(REF_WORDS.map(([k]) => k))})(?![\\w-])`, 'gi'),
  build(m, s, options) {
    // "now", "recently", "to date" name no calendar date: a document's dates leave them out (the
    // annotation guide of fixtures/ counts calendar expressions only); TimeML annotates them.
    if (!options.timeml) return null
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ')
    const token = lookup(lexicon.refs, phrase)
    if (!token) return null
    const next = s.slice(m.index + m[0].length, m.index + m[0].length + 30)
    if (ADJECTIVAL.has(phrase)) {
      // Adjectives date a noun, not an event; only TimeML annotates them.
      if (!options.timeml) return null
      if (phrase === 'future' && !/^\s+[a-z]/.test(next)) return null
      if (phrase === 'current' && /^\s+(?:account|accounts|affairs|events|assets|liabilities)\b/i.test(next)) return null
    }
    if (phrase === 'earlier' || phrase === 'later') {
      // Only as a sentence adverb: "Earlier, ..."; "later" alone is too often comparative.
      if (!/^\s*,/.test(next) || !/(?:^|[.!?]\s+)$/.test(textBefore(s, m.index))) return null
    }
    if (phrase === 'the past' && /^\s+(?:few|several|\d|two|three|four|five|six|seven|eight|nine|ten|week|month|year|decade|day)/i.test(next)) return null
    if (phrase === 'the future' && /^\s+of\b/i.test(next)) return null
    if (phrase === 'one day' && !/^\s*(?:[,.]|soon|we|i|they|you|he|she)/i.test(next)) return null
    if (phrase === 'now' && /^-/.test(next)) return null
    // "in the past", "at the time", "until recently" lose the preposition: extents start at the noun phrase.
    const lead = /^(?:in|at|until)\s+/i.exec(m[0])
    const start = lead ? m.index + lead[0].length : m.index
    return { start, end: m.index + m[0].length, spec: { kind: 'ref', token }, type: 'date' }
  },
}

export const refRules: readonly Rule[] = [refWord]
