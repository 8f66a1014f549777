/**
 * Thirty-eighth round (issue 6: events and their parties). Sentences are written for the rules;
 * none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const ids = (e: { participants: Array<{ id: string }> } | undefined) => (e?.participants ?? []).map((p) => p.id).sort()

describe('events, thirty-eighth round', () => {
  test('"both officials reviewed preparations for the next meeting": a meeting they talk of, not one they hold', () => {
    const doc = run(
      'readout.txt',
      lines(
        ['Readout of the Under Secretary’s call with the Minister of Defence', 'Readout | January 12, 2027'],
        'Under Secretary Corwin B. Hallam spoke today with Bolivian Minister of Defence Ramiro T. Salcedo Vaca about riverine security on the Mamoré.',
        'Both officials reviewed preparations for the next meeting of the bilateral working group, to be held in La Paz in March.',
      ),
    )
    const next = doc.events.find((e) => e.type === 'meeting' && e.start === '2027-03')
    expect(next).toBeDefined()
    expect(ids(next).filter((id) => id.startsWith('person:'))).toEqual([])
  })
  test('"the two ministers last met in May": the ministers are that meeting’s own parties', () => {
    const doc = run(
      'readout.txt',
      lines(
        ['Readout of the Under Secretary’s call with the Minister of Defence', 'Readout | January 12, 2027'],
        'Under Secretary Corwin B. Hallam spoke today with Bolivian Minister of Defence Ramiro T. Salcedo Vaca about riverine security on the Mamoré.',
        'The two officials last met in May 2026 in Santa Cruz.',
      ),
    )
    const may = doc.events.find((e) => e.type === 'meeting' && e.start === '2026-05')
    expect(ids(may)).toEqual(expect.arrayContaining(['person:corwin-b-hallam', 'person:ramiro-t-salcedo-vaca']))
  })
  test('"the two governments expect to hold the second dialogue": the states, not the services named before', () => {
    const doc = run(
      'note.txt',
      lines(
        ['Inaugural U.S.–Grenada Security Dialogue', 'Media Note | January 14, 2027'],
        'The United States and Grenada held their inaugural Security Dialogue in St. George’s on January 13, with officials of the Royal Grenada Police Force and the U.S. Coast Guard.',
        'The two governments expect to hold the second dialogue in Washington in 2027.',
      ),
    )
    const second = doc.events.find((e) => e.type === 'meeting' && e.start === '2027')
    expect(second).toBeDefined()
    expect(ids(second).filter((id) => id.startsWith('org:'))).toEqual([])
  })
  test('"the next U.S.-Peru Counternarcotics Dialogue": the states of the name take part, and the name counts them as mentioned', () => {
    const doc = run(
      'readout.txt',
      lines(
        ['Assistant Secretary’s call with Peru’s Minister of the Interior', 'Readout | September 10, 2026'],
        'Assistant Secretary Gregory T. Hallorann spoke today with Minister of the Interior Rosa E. Quispe Arana about coca eradication.',
        'The two officials agreed to convene the next U.S.-Peru Counternarcotics Dialogue in Washington in November.',
      ),
    )
    expect(doc.places.filter((p) => p.kind === 'country').map((p) => p.id)).toEqual(expect.arrayContaining(['PER', 'USA']))
    const dialogue = doc.events.find((e) => e.type === 'meeting' && e.start === '2026-11')
    expect(ids(dialogue)).toEqual(expect.arrayContaining(['PER', 'USA']))
  })
  test('"the Navy General Command in Montevideo" after two navies names neither of them', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navies hold river coordination meeting', 'Press Release | May 22, 2026'],
        'Delegations of the Uruguayan Navy and the Argentine Navy met at the Navy General Command in Montevideo from May 19 to 21 for their yearly coordination meeting on the estuary.',
      ),
    )
    const navy = doc.organizations.find((o) => o.id === 'org:arg-navy')
    expect(navy?.mentions.map((m) => m.text)).toEqual(['Argentine Navy'])
    const meeting = doc.events.find((e) => e.type === 'meeting' && e.start === '2026-05-19')
    expect(meeting?.location?.country).toBe('URY')
    expect(meeting?.participants.find((p) => p.id === 'org:arg-navy')?.roles ?? []).not.toContain('host')
  })
  test('"the Coast Guard Service" after two coast guards is the one whose name goes on with "Service"', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coxswains graduate', 'Press Release | January 20, 2027'],
        'Sailors of the St. Vincent and the Grenadines Coast Guard Service and the Grenada Coast Guard completed a coxswain course at Calliaqua on January 19.',
        'The Commander of the Coast Guard Service, Lieutenant Commander Orville P. Dacres-Lynch, presented the certificates.',
      ),
    )
    const svg = doc.organizations.find((o) => o.id === 'org:svg-cg')
    expect(svg?.mentions.map((m) => m.text)).toContain('Coast Guard Service')
  })
})

describe('dates, thirty-eighth round', () => {
  const spanish = (...body: string[]) =>
    run(
      'nota.txt',
      lines(['Armada de Chile', 'VALPARAÍSO, 8 de febrero de 2027.– La Armada de Chile informa que el equipo móvil de instrucción finalizó el viernes el curso en Acajutla.'], ...body),
    )
  const value = (doc: ReturnType<typeof spanish>, text: string) => doc.dates.find((d) => d.text === text)?.value
  test('"viajarán en septiembre": a Spanish future points ahead; "realizó en agosto" behind', () => {
    const doc = spanish('Los tres alumnos con mejor rendimiento viajarán en septiembre a la Base Naval Talcahuano.', 'El curso fue acordado durante la visita que el contraalmirante realizó en octubre a Valparaíso.')
    expect(value(doc, 'septiembre')).toMatchObject({ start: '2027-09' })
    expect(value(doc, 'octubre')).toMatchObject({ start: '2026-10' })
  })
  test('"durante el segundo semestre" with no year is a date, ahead of a future verb', () => {
    const doc = spanish('Asimismo, el equipo impartirá un curso similar en Balboa durante el segundo semestre.')
    expect(value(doc, 'el segundo semestre')).toEqual({ start: '2027-07', end: '2027-12' })
  })
  test('"se realizará en Bahía Solano, Chocó, en noviembre": a capitalized place ending in -ó is no past verb', () => {
    const doc = spanish('El jefe del equipo anunció que una segunda fase se realizará en Bahía Solano, Chocó, en noviembre.')
    expect(value(doc, 'noviembre')).toMatchObject({ start: '2027-11' })
  })
  test('"acordaron ejecutar una segunda fase en abril": what is agreed on lies ahead; a list after a comma is not the signing\'s', () => {
    const doc = spanish(
      'Las delegaciones acordaron ejecutar una segunda fase en abril.',
      'Las partes firmaron un acta con once compromisos, entre ellos un ejercicio conjunto en mayo.',
      'Las patrullas zarparon en enero.',
    )
    expect(value(doc, 'abril')).toMatchObject({ start: '2027-04' })
    expect(value(doc, 'mayo')).toMatchObject({ start: '2027-05' })
    expect(value(doc, 'enero')).toMatchObject({ start: '2027-01' })
  })
})

describe('reported purposes, thirty-eighth round', () => {
  test('"said a U.S. Coast Guard training team would return to Parika in March to train …": the team trains', () => {
    const doc = run(
      'story.txt',
      lines(
        ['Coast Guard opens Parika station', 'News | January 22, 2027'],
        'Brigadier Omar K. Fredericks said a U.S. Coast Guard training team would return to Parika in March to train coxswains and engineers at the new station.',
      ),
    )
    const course = doc.events.find((e) => e.type === 'training' && e.start === '2027-03')
    expect(course?.participants.find((p) => p.id === 'org:us-coast-guard')?.roles).toEqual(['trainer'])
  })
})

describe('page chrome, thirty-eighth round', () => {
  test.each([
    ['Nota de Prensa N.º 014/2027 (continuación)', 'continued-label'],
    ['Press Release (continued)', 'continued-label'],
    ['www.armada.cl | Dirección de Comunicaciones Institucionales | Valparaíso, Chile', 'site-footer-url'],
    ['Privacy Policy | Accessibility | Copyright Information | FOIA | USA.gov | Office of the Inspector General', 'footer-links'],
    ['This is the official website of the U.S. Embassy in Panama. External links to other Internet sites should not be construed as an endorsement.', 'official-site-disclaimer'],
    ['(BIS Photos/Derek Smith-Cartwright)', 'photo-credit-slash'],
    ['Ramos Hardware – Sandbags, tarpaulins and generators in stock now', 'ad-copy'],
  ])('"%s" is chrome (%s)', (line, rule) => {
    expect(chromeRuleOf(line)?.id).toBe(rule)
  })
  test.each([
    'The coast guard keeps two boats in stock now that the station is open.',
    'The talks continued on Thursday in Kingston (continued from page one of the programme).',
    'Officials met at www.example.org.',
  ])('"%s" is article text', (line) => {
    expect(chromeRuleOf(line)).toBeNull()
  })
})
