import { expect, test } from 'vitest'
import { splitSentences } from '../src/text/sentences.js'

const split = (text: string) => splitSentences(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end))

test('abbreviations, initials and dates do not end sentences', () => {
  expect(
    split(
      'Department of Defense spokesman Lt. Col. Devin T. Robinson provided the readout. U.S. Navy Adm. Craig Faller will speak Nov. 14 at 8 a.m. in Miami. Was it "done"? Yes!',
    ),
  ).toEqual([
    'Department of Defense spokesman Lt. Col. Devin T. Robinson provided the readout.',
    'U.S. Navy Adm. Craig Faller will speak Nov. 14 at 8 a.m. in Miami.',
    'Was it "done"?',
    'Yes!',
  ])
})

test('sentences stay inside their paragraph and offsets are exact', () => {
  const text = 'First para ends here.\n\nSecond one. Third'
  const spans = splitSentences(text, [
    { start: 0, end: 21 },
    { start: 23, end: text.length },
  ])
  expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First para ends here.', 'Second one.', 'Third'])
})

test('a lower-case word after a period continues the sentence', () => {
  expect(split('The figure was 2.6 million. the rest followed. Then it ended.')).toEqual([
    'The figure was 2.6 million. the rest followed.',
    'Then it ended.',
  ])
})

test('an abbreviation closes a sentence when a clear sentence start follows, not inside a name or a time', () => {
  expect(
    split(
      'The Dialogue was hosted in Washington, D.C. Grenada and the United States co-chaired it. Talks with the U.S. The two sides agreed. The D.C. National Guard flew at 9 a.m. Monday. It met the U.S. Navy team.',
    ),
  ).toEqual([
    'The Dialogue was hosted in Washington, D.C.',
    'Grenada and the United States co-chaired it.',
    'Talks with the U.S.',
    'The two sides agreed.',
    'The D.C. National Guard flew at 9 a.m. Monday.',
    'It met the U.S. Navy team.',
  ])
})
