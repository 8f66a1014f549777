import { describe, expect, test } from 'vitest'
import { extractDates, scanDates } from '../../src/stages/dates/index.js'
import { chronoParserNames } from '../../src/stages/dates/chrono-engine.js'
import type { DateRecord } from '../../src/schema/records.js'

/** [text, value.start, value.end] of every record. */
const values = (text: string, ref: string | null, timeml = false): [string, string, string | null][] =>
  extractDates(text, ref, { timeml }).map((d) => [d.text, d.value.start, d.value.end])

const find = (records: readonly DateRecord[], text: string): DateRecord => {
  const found = records.find((d) => d.text === text)
  if (!found) throw new Error(`no record "${text}" in ${JSON.stringify(records.map((d) => d.text))}`)
  return found
}

describe('explicit dates', () => {
  test('every common press style, with offsets into the text', () => {
    const text = 'Talks on 16 November 2023, Monday 28th October 2024 and Nov. 14, 2019 followed 2019-11-14 and 11/14/2019.'
    const records = extractDates(text, '2023-11-20')
    for (const d of records) expect(text.slice(d.start, d.end)).toBe(d.text)
    expect(records.map((d) => [d.text, d.value.start, d.precision, d.resolution])).toEqual([
      ['16 November 2023', '2023-11-16', 'day', 'explicit'],
      ['Monday 28th October 2024', '2024-10-28', 'day', 'explicit'],
      ['Nov. 14, 2019', '2019-11-14', 'day', 'explicit'],
      ['2019-11-14', '2019-11-14', 'day', 'explicit'],
      ['11/14/2019', '2019-11-14', 'day', 'explicit'],
    ])
  })

  test('bare years, month-year and months without a year', () => {
    expect(values('It began in 2019, grew in March 2022 and peaked in April.', '2023-11-20')).toEqual([
      ['2019', '2019', null],
      ['March 2022', '2022-03', null],
      ['April', '2023-04', null],
    ])
  })
})

describe('ranges', () => {
  test('day ranges, en dashes, and ranges across months', () => {
    expect(
      values('It ran Nov. 14-15, 2019, June 6–8, Nov. 29 - Dec. 2, 2022, April 26 to May 8 and 25 to 28 September.', '2022-12-10'),
    ).toEqual([
      ['Nov. 14-15, 2019', '2019-11-14', '2019-11-15'],
      ['June 6–8', '2022-06-06', '2022-06-08'],
      ['Nov. 29 - Dec. 2, 2022', '2022-11-29', '2022-12-02'],
      ['April 26 to May 8', '2022-04-26', '2022-05-08'],
      ['25 to 28 September', '2022-09-25', '2022-09-28'],
    ])
  })

  test('"the week of" a day is that Monday-to-Sunday week', () => {
    const records = extractDates('The first joint patrol will take place in the week of November 16, 2026.', '2026-11-10')
    const week = find(records, 'the week of November 16, 2026')
    expect([week.value.start, week.value.end, week.precision, week.timex]).toEqual(['2026-11-16', '2026-11-22', 'week', '2026-W47'])
    expect(values('Talks open the week of Nov. 18.', '2026-11-10')).toEqual([['the week of Nov. 18', '2026-11-16', '2026-11-22']])
  })

  test('an ordinal participle is no past verb; a relative clause keeps its own tense', () => {
    expect(values('They have agreed to conduct their first coordinated patrol in October.', '2026-07-09')).toEqual([['October', '2026-10', null]])
    expect(values('The ARC Independiente, which arrived in Kingston on Monday, is scheduled to depart on Friday.', '2026-07-09')).toEqual([
      ['Monday', '2026-07-06', null],
      ['Friday', '2026-07-10', null],
    ])
  })

  test('year ranges and coordinated days and months', () => {
    expect(values('In 2009-2010 they met Wednesday and Thursday, and again in May and July.', '2024-06-14')).toEqual([
      ['2009-2010', '2009', '2010'],
      ['Wednesday and Thursday', '2024-06-12', '2024-06-13'],
      ['May and July', '2024-05', '2024-07'],
    ])
  })

  test('a typo range keeps its start and is flagged, never dropped', () => {
    const [d] = extractDates('Inaugural meeting Oct. 23-34, 2019, in Barbados', '2019-11-12')
    expect(d).toMatchObject({ text: 'Oct. 23-34, 2019', value: { start: '2019-10-23', end: null }, flags: ['range-end-invalid'] })
  })
})

describe('fiscal years, quarters, weeks, seasons, decades', () => {
  test('U.S. federal fiscal year', () => {
    const records = extractDates('The FY2024 budget and fiscal year 2025 request.', '2024-05-01')
    expect(records.map((d) => [d.text, d.value.start, d.value.end, d.timex, d.flags])).toEqual([
      ['FY2024', '2023-10-01', '2024-09-30', '2024', ['fiscal-year']],
      ['fiscal year 2025', '2024-10-01', '2025-09-30', '2025', ['fiscal-year']],
    ])
  })

  test('a relative fiscal year counts from the reference: October starts the next one', () => {
    const records = extractDates('The agency spent more this fiscal year than last fiscal year.', '2024-11-05')
    expect(records.map((d) => [d.text, d.value.start, d.value.end, d.timex])).toEqual([
      ['this fiscal year', '2024-10-01', '2025-09-30', '2025'],
      ['last fiscal year', '2023-10-01', '2024-09-30', '2024'],
    ])
  })

  test('quarters: named, coded, and the one under discussion in earnings prose', () => {
    const records = extractDates('Sales fell in the fourth quarter. In the latest quarter, profit rose 5% from a year earlier. Q2 2023 was flat.', '1998-01-08')
    expect(records.map((d) => [d.text, d.value.start, d.value.end, d.timex, d.precision])).toEqual([
      ['the fourth quarter', '1997-10', '1997-12', '1997-Q4', 'quarter'],
      ['the latest quarter', '1997-10', '1997-12', '1997-Q4', 'quarter'],
      ['a year earlier', '1996-10', '1996-12', '1996-Q4', 'quarter'],
      ['Q2 2023', '2023-04', '2023-06', '2023-Q2', 'quarter'],
    ])
  })

  test('weeks are Monday-Sunday ranges with ISO week values', () => {
    const records = extractDates('The index rose this week after falling last week; next week looks better.', '1998-01-08')
    expect(records.map((d) => [d.text, d.value.start, d.value.end, d.timex])).toEqual([
      ['this week', '1998-01-05', '1998-01-11', '1998-W02'],
      ['last week', '1997-12-29', '1998-01-04', '1998-W01'],
      ['next week', '1998-01-12', '1998-01-18', '1998-W03'],
    ])
  })

  test('seasons', () => {
    const records = extractDates('Rains came in the summer of 2019 and last winter; this spring is dry.', '2023-11-20')
    expect(records.map((d) => [d.text, d.value.start, d.value.end, d.timex])).toEqual([
      ['the summer of 2019', '2019-06', '2019-08', '2019-SU'],
      ['last winter', '2022-12', '2023-02', '2023-WI'],
      ['this spring', '2023-03', '2023-05', '2023-SP'],
    ])
  })

  test('decades and centuries, with modifiers as attributes', () => {
    const records = extractDates('In the 1990s and the early 1980s, and in the 20th century.', '2023-11-20')
    expect(records.map((d) => [d.text, d.value.start, d.value.end, d.timex, d.mod])).toEqual([
      ['the 1990s', '1990', '1999', '199X', undefined],
      ['the early 1980s', '1980', '1989', '198X', 'START'],
      ['the 20th century', '1900', '1999', '19', undefined],
    ])
  })
})

describe('references and relative days', () => {
  test('now, recently, in the past, currently, the future: TimeML references, no calendar dates of a document', () => {
    const text = 'Prices are now higher than in the past; recently they fell, and currently rise. The future is unclear.'
    expect(extractDates(text, '1998-01-08')).toEqual([])
    const records = extractDates(text, '1998-01-08', { timeml: true })
    expect(records.map((d) => [d.text, d.timex, d.resolution])).toEqual([
      ['now', 'PRESENT_REF', 'inferred'],
      ['the past', 'PAST_REF', 'inferred'],
      ['recently', 'PAST_REF', 'inferred'],
      ['currently', 'PRESENT_REF', 'inferred'],
      ['The future', 'FUTURE_REF', 'inferred'],
    ])
  })

  test('deictic days, months and years against the publication date', () => {
    expect(
      values('Yesterday the ship arrived; today it unloads; tomorrow it sails. Earlier this month it was in port. Next year it returns. Ten months ago it was refitted.', '2024-07-12'),
    ).toEqual([
      ['Yesterday', '2024-07-11', null],
      ['today', '2024-07-12', null],
      ['tomorrow', '2024-07-13', null],
      ['Earlier this month', '2024-07', null],
      ['Next year', '2025', null],
      ['Ten months ago', '2023-09', null],
    ])
  })

  test('weekdays follow the tense: past before the reference, future after it', () => {
    // 2019-11-12 is a Tuesday.
    expect(
      values('The minister met his counterpart Monday. He will co-host the conference Thursday. The summit is set to open Monday. Friday\'s vote passed.', '2019-11-12'),
    ).toEqual([
      ['Monday', '2019-11-11', null],
      ['Thursday', '2019-11-14', null],
      ['Monday', '2019-11-18', null],
      ['Friday', '2019-11-08', null],
    ])
  })

  test('a month without a year follows the tense too', () => {
    expect(values('In April, the U.S. hosted a meeting. They agreed to meet again in June.', '2019-11-12')).toEqual([
      ['April', '2019-04', null],
      ['June', '2020-06', null],
    ])
  })

  test('chained anchors resolve against the previous date', () => {
    const records = extractDates('The ministers met Oct. 16. The next day they signed a pact. Two days later, they left.', '2023-10-20')
    expect(records.map((d) => [d.text, d.value.start, d.resolution])).toEqual([
      ['Oct. 16', '2023-10-16', 'relative_to_publication'],
      ['The next day', '2023-10-17', 'relative_to_previous'],
      ['Two days later', '2023-10-19', 'relative_to_previous'],
    ])
  })

  test('"today" inside a quote does not become the anchor of "the same day"', () => {
    const text = 'On Tuesday, the delegation traveled to Camp Ayanganna. “We saw a lot today,” he said. The same day, they toured the base.'
    expect(find(extractDates(text, '2021-03-11'), 'The same day').value.start).toBe('2021-03-09')
  })

  test('without a reference, relative dates are inferred and flagged, explicit ones still resolve', () => {
    const records = extractDates('The meeting was held Tuesday and in April; on Nov. 14, 2019 it ended.', null)
    expect(records.map((d) => [d.text, d.value.start, d.resolution, d.flags])).toEqual([
      ['Tuesday', 'XXXX-WXX-2', 'inferred', ['unresolved-no-reference']],
      ['April', 'XXXX-04', 'inferred', ['unresolved-no-reference']],
      ['Nov. 14, 2019', '2019-11-14', 'explicit', undefined],
    ])
  })
})

describe('extents and kinds', () => {
  test('no leading prepositions, no possessive, modifiers as attributes', () => {
    const records = extractDates("On Thursday's agenda: in late November, about two years ago, in the past.", '2023-12-01', { timeml: true })
    expect(records.map((d) => [d.text, d.mod])).toEqual([
      ['Thursday', undefined],
      ['late November', 'END'],
      ['about two years ago', 'APPROX'],
      ['the past', undefined],
    ])
  })

  test('clock times take their day; pressroom keeps the day as its own date', () => {
    const records = extractDates('Adm. Faller will welcome participants 8 a.m., Thursday, and speak at 9 a.m. EST Friday.', '2019-11-12')
    expect(records.map((d) => [d.text, d.type, d.value.start, d.timex])).toEqual([
      ['8 a.m.', 'time', '2019-11-14', '2019-11-14T08:00'],
      ['Thursday', 'date', '2019-11-14', '2019-11-14'],
      ['9 a.m. EST', 'time', '2019-11-15', '2019-11-15T09:00'],
      ['Friday', 'date', '2019-11-15', '2019-11-15'],
    ])
  })

  test('TimeML keeps time and day as one expression', () => {
    const records = extractDates('The deadline is 9 a.m. EST Tuesday.', '2000-04-03', { timeml: true })
    expect(records.map((d) => [d.text, d.type, d.timex])).toEqual([['9 a.m. EST Tuesday', 'time', '2000-04-04T09:00']])
  })

  test('durations and sets are their own kinds, not dates', () => {
    const records = extractDates('The talks lasted three months; the review runs every year at an annual meeting, held daily for 2 1/2 years.', '2024-07-12')
    expect(records.map((d) => [d.text, d.type, d.timex])).toEqual([
      ['three months', 'duration', 'P3M'],
      ['every year', 'set', 'XXXX'],
      ['annual', 'set', 'XXXX'],
      ['daily', 'set', 'XXXX-XX-XX'],
      ['2 1/2 years', 'duration', 'P2Y6M'],
    ])
  })
})

describe('rejections', () => {
  test.each([
    ['Sun Microsystems said it would expand.'],
    ['Shares closed at $2.50 a share.'],
    ['The Council adopted Resolution 2699 unanimously.'],
    ['Version 2.1 of the software shipped.'],
    ['May we ask a question?'],
    ['Theresa May spoke to reporters.'],
    ['Protesters will March on the capital.'],
    ['Call 305-437-1000 for details.'],
    ['The team won 2-1 in extra time.'],
    ['Some 2000 troops and 1500 people arrived.'],
    ['Best viewed at 1024 x 768.'],
  ])('%s holds no date', (text) => {
    expect(extractDates(text, '2023-11-20')).toEqual([])
  })

  test('a year glued to an event or strategy name is a note, not a date', () => {
    const scan = scanDates('Leaders met at CANSEC 2023 and the 2019 Caribbean Nations Security Conference under U.S.-Caribbean 2020.', '2023-11-20')
    expect(scan.dates).toEqual([])
    expect(scan.notes.map((n) => [n.text, n.code])).toEqual([
      ['2023', 'dates/year-in-name'],
      ['2019', 'dates/year-in-name'],
      ['2020', 'dates/year-in-name'],
    ])
  })

  test('chrono keeps the parsers the rules rely on', () => {
    const names = chronoParserNames()
    expect(names).toContain('ENMonthNameMiddleEndianParser')
    expect(names).not.toContain('ENTimeUnitAgoFormatParser')
    expect(names).not.toContain('UnlikelyFormatFilter')
  })
})

test('a day-month to day-month range keeps both ends (chrono alone gives the end day twice)', () => {
  const r = extractDates('The exercise ran from 6 May to 10 May on Aruba, and from 30 December to 2 January 2026 in Curaçao.', '2026-05-13')
  expect(r.map((d) => [d.text, d.value.start, d.value.end])).toEqual([
    ['6 May to 10 May', '2026-05-06', '2026-05-10'],
    ['30 December to 2 January 2026', '2025-12-30', '2026-01-02'],
  ])
})

test('two consecutive days joined by "and" are one span; days further apart are not', () => {
  const r = extractDates('Rains fell on Oct. 24 and 25. On 3 and 4 July the sailors trained. They met on May 3 and 10.', '2026-11-05')
  expect(r.map((d) => [d.text, d.value.start, d.value.end])).toEqual([
    ['Oct. 24 and 25', '2026-10-24', '2026-10-25'],
    ['3 and 4 July', '2026-07-03', '2026-07-04'],
    ['May 3', '2026-05-03', null],
  ])
})

test('a reporting verb after the date does not set its tense; a participle with "by" says none', () => {
  const r = extractDates('Antigua will host the exercise sponsored by SOUTHCOM from May 3 to 16, the Defence Force announced today.', '2026-01-15')
  expect(r.map((d) => [d.text, d.value.start, d.value.end])).toEqual([
    ['May 3 to 16', '2026-05-03', '2026-05-16'],
    ['today', '2026-01-15', null],
  ])
})

test('"following two days of talks … on Thursday and Friday" lies behind; "from May" before it still ahead', () => {
  const r = extractDates(
    'The two governments have agreed to begin joint patrols from May, following two days of talks in Georgetown on Thursday and Friday.',
    '2025-03-17',
  )
  expect(r.filter((d) => d.type !== 'duration').map((d) => [d.text, d.value.start, d.value.end])).toEqual([
    ['May', '2025-05', null],
    ['Thursday and Friday', '2025-03-13', '2025-03-14'],
  ])
})

test('a verb across a new coordinated clause does not set the tense ("confirmed … in September, and that delegates would visit")', () => {
  const r = extractDates(
    'Commissioner of Police of the Police Service, Mr. Keston Alleyne, said the Service had been preparing since the association confirmed Trinidad and Tobago as host in September, and that delegates would visit the Command Centre during the conference.',
    '2026-04-21',
  )
  expect(r.map((d) => [d.text, d.value.start])).toEqual([['September', '2025-09']])
})
