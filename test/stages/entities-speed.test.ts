/**
 * The sixth session's speed work on the entities stage (issue 5) changed how the rules find
 * things, not what they find: the mention index lives on the Work, tokens share interned lexemes,
 * headWordNames settles lone capitalized words before walking a run, and the "(" and "the"
 * positions are listed once. These tests hold the new paths to the old answers. Sentences are
 * written for the test; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { loadGazetteers } from '../../src/gazetteers/load.js'
import { tokenize } from '../../src/gazetteers/tokens.js'
import { extractEntities } from '../../src/stages/entities/index.js'
import { loneCapWord } from '../../src/stages/entities/organizations.js'
import { recognize } from '../../src/stages/entities/recognize.js'
import { coversAt, endsAt, sortFound, startsAt, type Found, type Work } from '../../src/stages/entities/work.js'

const gazetteers = loadGazetteers()

function work(text: string): Work {
  const tokens = tokenize(text)
  const w: Work = {
    text,
    tokens,
    g: gazetteers,
    sentStart: tokens.map((t, i) => i === 0 || t.breakBefore),
    opens: [],
    afterThe: [],
    placeNouns: [],
    uppers: [],
    found: [],
    learned: new Map(),
    swallowed: new Set(),
    index: null,
  }
  w.found = recognize(w)
  return w
}

const at = (w: Work, word: string) => w.tokens.findIndex((t) => t.text === word)

describe('mention index on the Work', () => {
  test('answers for the array in w.found, rebuilt when the array is replaced or grows', () => {
    const w = work('Officials from Jamaica and Guyana met in Kingston.')
    const jamaica = at(w, 'Jamaica')
    const country = startsAt(w, jamaica)[0] as Found
    expect(country.kind).toBe('country')
    expect(endsAt(w, jamaica + 1)).toEqual([country])
    expect(coversAt(w, jamaica)).toEqual([country])
    // A rule replaces the array: the index follows it.
    w.found = w.found.filter((f) => f !== country)
    expect(startsAt(w, jamaica)).toEqual([])
    expect(coversAt(w, jamaica)).toEqual([])
    // A rule pushes onto the array: the length tells the index to rebuild.
    const made: Found = { ...country, rule: 'test' }
    w.found.push(made)
    sortFound(w.found)
    expect(startsAt(w, jamaica)).toEqual([made])
    expect(coversAt(w, jamaica)).toEqual([made])
  })

  test('two documents never share an index', () => {
    const a = work('Guyana hosted the meeting.')
    const b = work('The meeting was in Guyana.')
    expect(startsAt(a, 0)[0]?.id).toBe('GUY')
    expect(startsAt(b, 0)).toEqual([])
    expect(startsAt(b, at(b, 'Guyana'))[0]?.id).toBe('GUY')
    expect(startsAt(a, 0)[0]?.id).toBe('GUY')
  })
})

describe('loneCapWord', () => {
  test('one capitalized word before a lower-case word, at the end of a line or of the text', () => {
    expect(loneCapWord(work('Carter arrived on Monday.'), 0)).toBe(true)
    const w = work('Officials met Carter')
    expect(loneCapWord(w, at(w, 'Carter'))).toBe(true)
    const lines = work('They met Carter\nArrived later')
    expect(loneCapWord(lines, at(lines, 'Carter'))).toBe(true)
  })

  test('not when the next token could extend the run', () => {
    for (const [text, word] of [
      ['Officials of the ministry met.', 'Officials'],
      ["Carter's boat sailed.", 'Carter'],
      ['Dr. Carter sailed.', 'Dr'],
      ['Carter-Smith sailed.', 'Carter'],
      ['Carter Smith sailed.', 'Carter'],
      ['Group on Maritime Security', 'Group'],
      ['Carter Jamaica sailed.', 'Carter'],
    ] as const) {
      const w = work(text)
      expect(loneCapWord(w, at(w, word)), text).toBe(false)
    }
  })

  test('not for a head word, or a word something before it qualifies', () => {
    const head = work('The Secretariat said so.')
    expect(loneCapWord(head, at(head, 'Secretariat'))).toBe(false)
    const qualified = work('Jamaica Carter said so.')
    expect(loneCapWord(qualified, at(qualified, 'Carter'))).toBe(false)
    const possessive = work("the agency's Carter said so.")
    expect(loneCapWord(possessive, at(possessive, 'Carter'))).toBe(false)
  })
})

describe('rules that visit listed positions', () => {
  test('an acronym defined at the very end, and a definite reference as the last word', () => {
    const text = 'The minister thanked the Caribbean Disaster Emergency Management Agency (CDEMA)'
    const orgs = extractEntities(text, gazetteers).organizations
    expect(orgs.map((o) => o.acronym)).toContain('CDEMA')
    const again = extractEntities('The Guyana Defence Force trained. Officers thanked the Defence Force', gazetteers).organizations
    const gdf = again.find((o) => o.country === 'GUY')
    expect(gdf?.mentions.map((m) => m.text)).toEqual(['Guyana Defence Force', 'Defence Force'])
  })
})

describe('lexemes', () => {
  test('tokens of the same text share one text and folded form, whatever their position', () => {
    const tokens = tokenize('Navy and NAVY and Navy, navy')
    const navy = tokens.filter((t) => t.text === 'Navy')
    expect(navy).toHaveLength(2)
    expect(navy[0]?.lex).toBe(navy[1]?.lex)
    expect(tokens.map((t) => t.norm).filter((n) => n === 'navy')).toHaveLength(4)
  })

  test('texts whose hashes collide stay apart ("Aa" and "BB" hash alike)', () => {
    const tokens = tokenize('Aa BB Aa BB AaAa BBBB AaBB')
    expect(tokens.map((t) => t.text)).toEqual(['Aa', 'BB', 'Aa', 'BB', 'AaAa', 'BBBB', 'AaBB'])
    expect(tokens.map((t) => [t.norm, t.upper])).toEqual([
      ['aa', false],
      ['bb', true],
      ['aa', false],
      ['bb', true],
      ['aaaa', false],
      ['bbbb', true],
      ['aabb', false],
    ])
  })

  test('spaces and letters outside ASCII split as the regular expressions say', () => {
    const text = 'a\u2000b\u3000c\ufeffd\u1680e\u202ff\u00a0g\u200bh Ñandú\u2028ÉCOLE\u0301 ٣٤ 漢字'
    const words = tokenize(text).map((t) => t.text)
    expect(words).toEqual(text.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu))
  })
})
