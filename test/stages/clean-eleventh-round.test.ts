/**
 * Cleaning, eleventh round: a short deck that quotes someone under a newspaper's headline, a
 * "Save" button in the share bar, a caption ending in its owner's credit ("(GDF photo)"), and a
 * footer's "© Copyright 2026 …" line naming the publisher.
 */
import { expect, test } from 'vitest'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { cleanTextDocument } from '../../src/stages/clean/index.js'
import { copyrightHolder } from '../../src/stages/clean/publisher.js'

const p1 = 'THE Police Service yesterday took delivery of US$1.8 million in encrypted radio equipment from the United States, a package the Commissioner says will end the dead zones.'
const p2 = 'The equipment, which includes 240 handheld radios and 60 vehicle units, was handed over at the Police Administration Building in Port of Spain.'

test('under a newspaper headline, a short deck that quotes someone is the deck, not the title', () => {
  const page = [
    'Skip to main content', 'Daily Ledger', 'News', 'Sports', 'Home / News / Local News',
    'Cops get US$1.8m radio system',
    "'Dead zones' to end, says CoP",
    'By Staff Reporter',
    'Wednesday 18th November, 2026',
    'Facebook', 'Twitter', 'WhatsApp', 'Email', 'Print', 'Save',
    p1, p2,
    '© Copyright 2026 Daily Ledger Newspapers. All rights reserved.',
  ].join('\n')
  const res = cleanTextDocument(page, null)
  expect(res.meta.title).toBe('Cops get US$1.8m radio system')
  expect(res.paragraphs).toEqual([p1, p2])
})

test('a caption that ends with its owner’s credit is chrome; a sentence naming a photo is not', () => {
  expect(chromeRuleOf('A Barbados Coast Guard vessel, left, and the GDFS Berbice off the Corentyne coast on Tuesday. (GDF photo)')?.id).toBe('photo-credit-owner-suffix')
  expect(chromeRuleOf('The suspects were shown the boat (see photo).')).toBeNull()
  expect(chromeRuleOf('Save')?.id).toBe('share-bar')
})

test('"© Copyright 2026 X" names X (here a known publisher, by its short name)', () => {
  expect(copyrightHolder('© Copyright 2026 Trinidad Express Newspapers. All rights reserved.')).toBe('Trinidad Express')
})
