/**
 * The status of an event from its tense and its dates: a day-precise date or one wholly on one
 * side of the report settles it; a vaguer date around the report's date defers to the tense.
 */
import { expect, test } from 'vitest'
import { finalStatus } from '../../src/stages/events/status.js'
import { spanRange } from '../../src/stages/events/calendar.js'

const range = (start: string, end: string | null = null) => spanRange(start, end)

test('a date wholly after the report is scheduled whatever the tense says; wholly before, occurred', () => {
  expect(finalStatus('occurred', range('2027-03'), '2026-10-20', 'month')).toBe('scheduled')
  expect(finalStatus('scheduled', range('2025'), '2026-10-20', 'year')).toBe('occurred')
})

test('a vague date around the report defers to the tense; a day range around it is under way', () => {
  expect(finalStatus('scheduled', range('2026-10'), '2026-10-20', 'month')).toBe('scheduled')
  expect(finalStatus(null, range('2026-10'), '2026-10-20', 'month')).toBe('unknown')
  expect(finalStatus(null, range('2026-02-16', '2026-02-17'), '2026-02-17', 'day')).toBe('occurred')
  expect(finalStatus('postponed', range('2027-03'), '2026-10-20', 'month')).toBe('postponed')
})
