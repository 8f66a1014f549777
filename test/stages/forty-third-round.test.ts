/**
 * Forty-third round (issue 6: events and merging). Sentences are written for the rules; none is
 * copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { mergeEvents } from '../../src/merge/events.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const head = ['Embassy hands over cargo scanners', 'Press Release | February 10, 2027']

describe('installations', () => {
  test('"supplied by the United States … and installed in December": an installation of a gift is a donation', () => {
    const doc = run(
      'release.txt',
      lines(
        head,
        'The U.S. Embassy today handed over two mobile cargo scanners to the Customs Division at a ceremony at the port of Lucea.',
        'The coastal radar at Negril Point was supplied by the United States and installed in December 2026.',
      ),
    )
    expect(doc.events.find((e) => e.start === '2026-12')?.type).toBe('donation')
  })
  test('"plans to install a similar scanner … in the first half of next year": a gift to come', () => {
    const doc = run(
      'release.txt',
      lines(
        head,
        'The U.S. Embassy today handed over two mobile cargo scanners to the Customs Division at a ceremony at the port of Lucea.',
        'INL plans to install a similar scanner at the Montego Bay cruise terminal in the first half of next year.',
      ),
    )
    const later = doc.events.find((e) => e.start?.startsWith('2028'))
    expect(later?.type).toBe('donation')
    expect(later?.status).toBe('scheduled')
  })
  test('"the municipality would install cameras … by the end of March": a service\'s own works, not a gift', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Border committee meets in Dajabón', 'Press Release | February 10, 2027'],
        'The border committee of the two towns met on Monday in Dajabón to review the joint patrols of the river crossing.',
        'The mayor said the municipality would install cameras at the market bridge by the end of March.',
      ),
    )
    const march = doc.events.find((e) => e.start === '2027-03')
    expect(march).toBeDefined()
    expect(march?.type).toBe('other')
  })
  test('"40 sailors … installed new guttering" at a school is the crew\'s own work, not a gift', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Frigate crew repairs village school', 'Press Release | February 22, 2027'],
        'The frigate arrived in Kingstown on Thursday for a four-day port visit.',
        'On Saturday, 40 sailors repainted six classrooms at the Layou Government School and installed new guttering and a rainwater tank.',
      ),
    )
    expect(doc.events.filter((e) => e.start === '2027-02-20').map((e) => e.type)).not.toContain('donation')
  })
  test('"installed as commander" is no installation of goods', () => {
    const doc = run(
      'release.txt',
      lines(head, 'Captain Rhys Barrow was installed as commander of the coast guard on January 12 at a parade in Port Royal.'),
    )
    expect(doc.events.filter((e) => e.start === '2027-01-12').map((e) => e.type)).not.toContain('donation')
  })
})

describe('two gifts of one month', () => {
  test('radios handed to the police in March and a scanner installed for customs in March are two gifts', () => {
    const a = run(
      'a.txt',
      lines(
        ['Police receive U.S. radios', 'Press Release | February 3, 2027'],
        'The U.S. Embassy today handed over 200 portable radios to the Jamaica Constabulary Force at its headquarters in Kingston.',
        'A first consignment of 150 radios was handed over to the Jamaica Constabulary Force by the United States in March 2026.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        ['Customs receives U.S. scanner vans', 'Press Release | February 5, 2027'],
        'The U.S. Embassy today handed over two scanner vans to Jamaica Customs Agency at the Port of Kingston.',
        'The donation follows the installation of a U.S.-funded fixed scanner for Jamaica Customs Agency at Norman Manley International Airport in March 2026.',
      ),
    )
    const march = [...a.events, ...b.events].filter((e) => e.start === '2026-03' && e.type === 'donation')
    expect(march).toHaveLength(2)
    expect(mergeEvents(march)).toHaveLength(2)
  })
  test('one gift of one month told by two reports naming the same recipient still merges', () => {
    const said = 'A first consignment of 150 radios was handed over to the Jamaica Constabulary Force by the United States in March 2026.'
    const a = run('a.txt', lines(['Police receive U.S. radios', 'Press Release | February 3, 2027'], said))
    const b = run('b.txt', lines(['Police receive U.S. radios', 'Press Release | February 4, 2027'], said))
    const march = [...a.events, ...b.events].filter((e) => e.start === '2026-03' && e.type === 'donation')
    expect(march).toHaveLength(2)
    expect(mergeEvents(march)).toHaveLength(1)
  })
})

describe('an act with days of its own inside a meeting\'s clause', () => {
  test('"acordaron este jueves ejecutar patrullajes conjuntos … del 8 al 19 de febrero, durante la tercera reunión": the patrols are an event of their own', () => {
    const doc = run(
      'comunicado.txt',
      lines(
        ['Costa Rica y Panamá acuerdan patrullajes', 'Comunicado | 15 de enero de 2027'],
        'Las autoridades de seguridad de Costa Rica y Panamá acordaron este jueves ejecutar patrullajes conjuntos en el río Changuinola del 8 al 19 de febrero, durante la tercera reunión del Comité Binacional de Seguridad Fronteriza, celebrada en el salón comunal de Guabito.',
      ),
    )
    const patrols = doc.events.find((e) => e.type === 'deployment')
    expect(patrols?.start).toBe('2027-02-08')
    expect(patrols?.end).toBe('2027-02-19')
    expect(doc.events.find((e) => e.type === 'meeting')?.start).toBe('2027-01-14')
  })
})

describe('patrols of the same days placed in no one state', () => {
  test('patrols "on the Changuinola River" and "in the Mona Passage" on the same days are two', () => {
    const a = run(
      'a.txt',
      lines(
        ['Border patrols agreed', 'Press Release | January 15, 2027'],
        'The two border police forces will run joint patrols on the Changuinola River from February 8 to 19, each on its own bank.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        ['Navies to patrol passage', 'Press Release | January 20, 2027'],
        'The two navies will conduct a combined patrol in the Mona Passage from February 8 to 19, each vessel on its own side of the line.',
      ),
    )
    const patrols = [...a.events, ...b.events].filter((e) => e.type === 'deployment' && e.start === '2027-02-08')
    expect(patrols).toHaveLength(2)
    expect(patrols.every((e) => !e.location?.country)).toBe(true)
    expect(mergeEvents(patrols)).toHaveLength(2)
  })
})

describe('Spanish clauses', () => {
  test('", y que en marzo se realizará un patrullaje coordinado": the patrol is a clause of its own, not part of the course', () => {
    const doc = run(
      'comunicado.txt',
      lines(
        ['Marina inaugura estación de guardacostas', 'Comunicado | 8 de enero de 2027'],
        'El comandante informó que el 15 de febrero se iniciará en la estación un curso de inspección pesquera a cargo de instructores de la Guardia Costera de los Estados Unidos, y que en marzo se realizará un patrullaje coordinado con la Armada del Ecuador en el golfo de Guayaquil.',
      ),
    )
    expect(doc.events.find((e) => e.type === 'deployment')?.start).toBe('2027-03')
    expect(doc.events.find((e) => e.type === 'training')?.start).toBe('2027-02-15')
  })
})

describe('meetings of one month in one country', () => {
  test('a meeting a report files from "Puerto Casado" on March 24 and one "in Pedro Juan Caballero in March" are two', () => {
    const a = run(
      'a.txt',
      lines(
        ['River port group meets', 'Press Release | March 25, 2027'],
        'PUERTO CASADO, Paraguay – Officers of the Paraguayan Navy and the Brazilian Navy met on Wednesday, March 24, for the latest meeting of the river port security working group.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        ['Border committee to meet', 'Press Release | February 20, 2027'],
        'The Paraguayan Navy and the Brazilian Navy will hold the ninth meeting of their border committee in Pedro Juan Caballero in March, the ministry said.',
      ),
    )
    const march = [...a.events, ...b.events].filter((e) => e.type === 'meeting' && e.start?.startsWith('2027-03'))
    expect(march).toHaveLength(2)
    expect(mergeEvents(march)).toHaveLength(2)
  })
})

describe('meetings of one month in one country, told twice', () => {
  test('staff talks "in Saint Lucia in November" and the talks a report files from "CASTRIES, Saint Lucia" on November 12 are one', () => {
    const a = run(
      'a.txt',
      lines(
        ['Coast guards plan staff talks', 'Press Release | October 2, 2026'],
        'The Royal Saint Lucia Police Force and the Barbados Coast Guard will hold their next staff talks in Saint Lucia in November.',
      ),
    )
    const b = run(
      'b.txt',
      lines(
        ['Staff talks held in Castries', 'Press Release | November 13, 2026'],
        'CASTRIES, Saint Lucia – Officers of the Royal Saint Lucia Police Force and the Barbados Coast Guard met on November 12 for their staff talks.',
      ),
    )
    const november = [...a.events, ...b.events].filter((e) => e.type === 'meeting' && e.start?.startsWith('2026-11'))
    expect(november).toHaveLength(2)
    expect(mergeEvents(november)).toHaveLength(1)
  })
})
