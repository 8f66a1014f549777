/**
 * Gazetteer matching over tokens: at each token, walk the token trie (built once per process) as
 * far as it goes and keep the longest alias whose case rules the text satisfies. Hyphens glued
 * between words are optional.
 */
import { isSkippable, type Token } from '../../gazetteers/tokens.js'
import type { AliasHit, AliasIndex, TrieNode } from '../../gazetteers/types.js'

export interface TrieMatch {
  /** Token indexes, half-open, relative to `from`. */
  readonly from: number
  readonly to: number
  /** Every alias ending here whose case rules the text meets. */
  readonly hits: readonly AliasHit[]
}

/** Matches over tokens[from, to); the indexes returned count from `from`. */
export function matchTrie(
  tokens: readonly Token[],
  trie: AliasIndex,
  keep?: (hit: AliasHit) => boolean,
  from = 0,
  to = tokens.length,
): TrieMatch[] {
  const out: TrieMatch[] = []
  const first = trie.root.next
  if (!first) return out
  // Token indexes of the words walked so far (a glued hyphen is skipped, so they are not contiguous).
  const used: number[] = []
  let i = from
  while (i < to) {
    const tok = tokens[i] as Token
    const lex = tok.lex
    let node: TrieNode | undefined
    if (lex.firstOf === first) node = lex.first as TrieNode | undefined
    else {
      node = first.get(tok.norm)
      lex.firstOf = first
      lex.first = node
    }
    if (!node) {
      i++
      continue
    }
    let best: TrieMatch | null = null
    used.length = 0
    for (let j = i; node; ) {
      used.push(j)
      const hits = node.hits
      if (hits) {
        let ok: AliasHit[] | null = null
        for (const h of hits) if ((!keep || keep(h)) && caseFitsAt(h, tokens, used)) (ok ??= []).push(h)
        if (ok) best = { from: i - from, to: j + 1 - from, hits: ok }
      }
      j++
      // A glued hyphen between two words is skipped ("JTF-Bravo" = "JTF Bravo").
      while (j < to && isSkippable(tokens[j] as Token) && (tokens[j] as Token).glued && tokens[j + 1]?.glued) j++
      const next = tokens[j]
      if (j >= to || !next || next.breakBefore || !node.next) break
      node = node.next.get(next.norm)
    }
    if (best) {
      out.push(best)
      i = best.to + from
    } else i++
  }
  return out
}

/**
 * Acronyms and all-capital or single-capital alias tokens ("SOUTHCOM", the U of "U.S.") must be
 * written exactly so; a capitalized alias token needs a capital in the text ("Port of Spain", not
 * "port of spain"); lower-case alias tokens ("of", "executive director") match any case. The
 * alias's k-th token is tokens[at[k]].
 */
function caseFitsAt(hit: AliasHit, tokens: readonly Token[], at: readonly number[]): boolean {
  if (at.length < hit.form.length) return false
  let modes = MODES.get(hit)
  if (!modes) MODES.set(hit, (modes = hit.form.map((f) => modeOf(f, hit.kind === 'acronym'))))
  for (let k = 0; k < hit.form.length; k++) {
    const mode = modes[k]
    if (mode === 'any') continue
    const f = hit.form[k] as string
    const t = tokens[at[k] as number] as Token
    if (mode === 'exact') {
      if (t.text !== f && stripMarks(t.text) !== stripMarks(f)) return false
    } else if (mode === 'cap' && !t.cap && !(k === 0 && hit.form.length > 1 && COMPASS.has(f))) return false
  }
  return true
}

/** A compass word opening a longer place name may be written in lower case: "eastern Pacific", "northern Haiti". */
const COMPASS: ReadonlySet<string> = new Set(['Eastern', 'Western', 'Northern', 'Southern', 'Central', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern'])

type Mode = 'exact' | 'cap' | 'any'

/** Each alias's case modes, computed the first time it is met (the gazetteers live for the process). */
const MODES = new WeakMap<AliasHit, Mode[]>()
const modes = new Map<string, Mode>()

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
