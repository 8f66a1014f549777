/** One ordinal reader for every stage (src/text/ordinals.ts). */
import { expect, test } from 'vitest'
import { parseOrdinal, parseRoman, spanishOrdinalWords } from '../src/text/ordinals.js'
import { extractEntities } from '../src/stages/entities/index.js'
import { loadGazetteers } from '../src/gazetteers/load.js'

test('ordinals as words, compounds and figures', () => {
  expect(['11th', 'Eleventh', 'Twenty-First', 'inaugural', 'thirteenth', '3rd'].map(parseOrdinal)).toEqual([11, 11, 21, 1, 13, 3])
  expect(['meeting', 'twenty', '2026', ''].map(parseOrdinal)).toEqual([null, null, null, null])
})

test('Roman numerals and Spanish ordinals, read where the stages need them', () => {
  expect(['XII', 'IV', 'XIX', 'XL'].map(parseRoman)).toEqual([12, 4, 19, 40])
  expect(['xii', 'Reunión', 'IIV2', ''].map(parseRoman)).toEqual([null, null, null, null])
  expect(['quinta', 'cuarto', 'décima'].map((w) => spanishOrdinalWords.get(w))).toEqual([5, 4, 10])
})

test('a meeting past the twelfth is a sitting of the body named after "of"', () => {
  const names = extractEntities('Officials attended the Thirteenth Meeting of the Joint Border Commission in Belmopan.', loadGazetteers()).organizations.map((o) => o.name)
  expect(names).toContain('Joint Border Commission')
})
