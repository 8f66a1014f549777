/** Dates written in Spanish (rules-spanish.ts), weeks of a month, and bare months a report puts ahead of it. */
import { expect, test } from 'vitest'
import { extractDates } from '../../src/stages/dates/index.js'

const values = (text: string, ref: string | null): [string, string, string | null][] =>
  extractDates(text, ref).map((d) => [d.text, d.value.start, d.value.end])

test('days, day ranges and months, with and without a year', () => {
  const text =
    'La Secretaría de Marina realizó el 10 y 11 de noviembre un ejercicio de búsqueda y rescate. En octubre de 2025 se llevó a cabo la edición anterior. ' +
    'El 3 de marzo de 2026 se firmó el acuerdo, y del 4 al 8 de mayo se realizará el curso. Del 28 de diciembre al 3 de enero de 2027 habrá patrullajes.'
  expect(values(text, '2026-11-12')).toEqual([
    ['10 y 11 de noviembre', '2026-11-10', '2026-11-11'],
    ['octubre de 2025', '2025-10', null],
    ['3 de marzo de 2026', '2026-03-03', null],
    // "se realizará": the course is still ahead of the report of November 2026.
    ['4 al 8 de mayo', '2027-05-04', '2027-05-08'],
    ['28 de diciembre al 3 de enero de 2027', '2026-12-28', '2027-01-03'],
  ])
})

test('a capitalized month names a place, and an English sentence has no Spanish month', () => {
  expect(values('The ship docked at the 27 de Febrero Naval Base on Tuesday for the handover of the boats.', '2025-03-06').map((v) => v[0])).toEqual(['Tuesday'])
  expect(values('Officers from Mayo and Marzo Street attended the course in County Mayo.', '2025-03-06')).toEqual([])
})

test('"is due in March", "is expected in February": a bare month ahead of the report', () => {
  expect(values('A third helicopter is due in March, the Defence Board said. Another course is expected in February.', '2026-11-22')).toEqual([
    ['March', '2027-03', null],
    ['February', '2027-02', null],
  ])
})

test('a Spanish weekday with its day, a Spanish quarter, and "the first week of" a month', () => {
  expect(values('La Armada informó que el patrullaje concluyó el jueves 19 con la llegada de los buques a la base.', '2026-11-20')).toEqual([['jueves 19', '2026-11-19', null]])
  expect(values('La segunda entrega se realizará en el primer trimestre de 2027, según el ministerio.', '2026-11-20')).toEqual([['el primer trimestre de 2027', '2027-01', '2027-03']])
  expect(values('El acto se realizó el jueves 19 de noviembre de 2026 en la base naval.', '2026-11-20')).toEqual([['jueves 19 de noviembre de 2026', '2026-11-19', null]])
  expect(values('The workshop will run in the first week of February 2027, the RSS said.', '2026-11-20')).toEqual([['the first week of February 2027', '2027-02-01', '2027-02-07']])
  expect(values('The patrol ended in the last week of February 2027.', '2026-11-20')).toEqual([['the last week of February 2027', '2027-02-22', '2027-02-28']])
})
