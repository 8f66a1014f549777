/**
 * Gazetteer matching over tokens: at each token, walk the trie as far as it goes and keep the
 * longest alias whose case rules the text satisfies. Hyphens glued between words are optional.
 */
import { isSkippable, type Token } from '../../gazetteers/tokens.js'
import type { AliasHit, AliasIndex } from '../../gazetteers/types.js'

export interface TrieMatch {
  /** Token indexes, half-open. */
  readonly from: number
  readonly to: number
  /** Every alias ending here whose case rules the text meets. */
  readonly hits: readonly AliasHit[]
}

export function matchTrie(tokens: readonly Token[], trie: AliasIndex, keep?: (hit: AliasHit) => boolean): TrieMatch[] {
  const out: TrieMatch[] = []
  const used: Token[] = []
  let i = 0
  while (i < tokens.length) {
    const first = tokens[i] as Token
    if (!trie.prefixes.has(first.norm)) {
      i++
      continue
    }
    let key = ''
    let best: TrieMatch | null = null
    used.length = 0
    for (let j = i; j < tokens.length; j++) {
      const t = tokens[j] as Token
      if (j > i && t.breakBefore) break
      if (isSkippable(t) && t.glued && tokens[j + 1]?.glued && j > i) continue
      key = j === i ? t.norm : `${key} ${t.norm}`
      if (!trie.prefixes.has(key)) break
      used.push(t)
      const hits = trie.hits.get(key)
      if (hits) {
        const ok = hits.filter((h) => (!keep || keep(h)) && caseFits(h, used))
        if (ok.length > 0) best = { from: i, to: j + 1, hits: ok }
      }
    }
    if (best) {
      out.push(best)
      i = best.to
    } else i++
  }
  return out
}

/**
 * Acronyms and all-capital or single-capital alias tokens ("SOUTHCOM", the U of "U.S.") must be
 * written exactly so; a capitalized alias token needs a capital in the text ("Port of Spain", not
 * "port of spain"); lower-case alias tokens ("of", "executive director") match any case.
 */
export function caseFits(hit: AliasHit, text: readonly Token[]): boolean {
  for (let k = 0; k < hit.form.length; k++) {
    const f = hit.form[k] as string
    const t = text[k]
    if (!t) return false
    const mode = modeOf(f, hit.kind === 'acronym')
    if (mode === 'exact') {
      if (t.text !== f && stripMarks(t.text) !== stripMarks(f)) return false
    } else if (mode === 'cap' && !t.cap) return false
  }
  return true
}

const modes = new Map<string, 'exact' | 'cap' | 'any'>()

function modeOf(form: string, acronym: boolean): 'exact' | 'cap' | 'any' {
  const key = acronym ? `A${form}` : form
  let mode = modes.get(key)
  if (mode) return mode
  const upperCount = form.replace(/[^\p{Lu}]/gu, '').length
  const lowerCount = form.replace(/[^\p{Ll}]/gu, '').length
  if (acronym && /\p{L}/u.test(form)) mode = 'exact'
  // "CARICOM", the "U" of "U.S.", "DoD", "USAID": exactly as written.
  else if (upperCount >= 2 || (upperCount === 1 && form.length === 1)) mode = 'exact'
  else if (upperCount === 1 && lowerCount > 0 && /^\p{Lu}/u.test(form)) mode = 'cap'
  else mode = 'any'
  modes.set(key, mode)
  return mode
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
}
