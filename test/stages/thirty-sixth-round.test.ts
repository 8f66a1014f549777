/**
 * Thirty-sixth round (issues 3 and 6: pages and events). Sentences and pages are written for the
 * rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')
const article = (head: string, body: string[], tail = '') =>
  run(
    'page.html',
    `<html><head><title>Navy opens river post | Ministry of Defence</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
      `<main><article><h1>Navy opens river post at Puerto Alegre</h1>${head}<div class="body">${body.map((p) => `<p>${p}</p>`).join('')}</div>${tail}</article></main>` +
      `<footer><p>Ministry of Defence</p></footer></body></html>`,
  )
const story = [
  'The Navy opened a river control post at Puerto Alegre on Tuesday, with two patrol boats and a crew of 18 sailors who will check the barges that ply the river towards the border.',
  'The post will work with the customs office at the bridge, and a second post is planned further downstream for the first half of next year, the commander of the river fleet said.',
]

describe('page chrome, thirty-sixth round', () => {
  test('"8 de enero de 2027 - 11:40 a. m." over the story is the date line, not the body', () => {
    const doc = article('<p class="publication-date">8 de enero de 2027 - 11:40 a. m.</p>', story)
    expect(doc.meta.published).toBe('2027-01-08')
    expect(doc.text.startsWith('The Navy opened')).toBe(true)
  })
  test('"Visitas: 1284", a share bar with "Email this story", a photo gallery heading and "¿Encontraste lo que buscabas?" are chrome', () => {
    const doc = run(
      'release.txt',
      lines(['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'], story[0]!, 'Visitas: 1284', 'Share on Facebook | Share on WhatsApp | Email this story', story[1]!, 'Galería de fotos', '¿Encontraste lo que buscabas?'),
    )
    expect(doc.text.startsWith('The Navy opened')).toBe(true)
    expect(doc.text).not.toMatch(/Visitas|Email this story|Galería|Encontraste/)
  })
  test('a wire story\'s credits "(Reporting by …; Editing by …)" and "This article was printed from …" are chrome', () => {
    const doc = run(
      'release.txt',
      lines(['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'], ...story, '(Reporting by Ana Quiroga in Puerto Alegre; additional reporting by Mariela Sotomayor in Asunción and Pedro Lins in Corumbá; Editing by Tomás Ferreyra)', 'This article was printed from riverwire.example.com'),
    )
    expect(doc.text.endsWith('the commander of the river fleet said.')).toBe(true)
    expect(doc.people.map((p) => p.name)).not.toContain('Ana Quiroga')
  })
  test('"-30-" printed at the end of the last paragraph ends the release there', () => {
    const doc = article('<p class="date">January 8, 2027</p>', [story[0]!, `${story[1]!} -30-`])
    expect(doc.text.endsWith('the commander of the river fleet said.')).toBe(true)
  })
  test('"-- 1 of 2 --", a printed page\'s number, is chrome in a dump', () => {
    const doc = run('release.txt', lines(['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'], story[0]!, '-- 1 of 2 --', story[1]!))
    expect(doc.text).not.toContain('1 of 2')
  })
  test('a dump\'s "Published:" line over a label and the headline dates the page', () => {
    const doc = run(
      'release.txt',
      [
        'Ministry of Defence',
        'Official Website of the Ministry of Defence',
        'Skip to content',
        'Accessibility',
        'Home',
        'Ministries',
        'Press Office',
        'Latest Press Releases',
        'Speeches',
        'Photo Gallery',
        'e-Services',
        'Contact',
        'Search defence.example',
        'You are here: Home > Press Office > Latest Press Releases',
        'Written by Press Office - Ministry of Defence',
        'Category: Latest Press Releases',
        'Published: 20 November 2026',
        'Hits: 412',
        'PRESS RELEASE',
        'Navy Opens River Post at Puerto Alegre',
        ...story,
      ].join('\n'),
    )
    expect(doc.meta.title).toBe('Navy Opens River Post at Puerto Alegre')
    expect(doc.meta.published).toBe('2026-11-20')
  })
})

describe('pull quotes, page headers and statements, thirty-sixth round', () => {
  test('a pull quote and a screen-only footer inside the article are chrome', () => {
    const doc = run(
      'page.html',
      `<html><head><title>Navy opens river post | River Wire</title></head><body><main><article><h1>Navy opens river post at Puerto Alegre</h1><p class="date">January 8, 2027</p>` +
        `<div class="story-body"><p>${story[0]!}</p><aside class="pullquote"><p>“Every barge that passes the post will be checked.”</p></aside><p>${story[1]!}</p>` +
        `<div class="noprint">© 2027 River Wire | This story was printed from riverwire.example.com | Subscribers read more</div></div></article></main></body></html>`,
    )
    expect(doc.text).not.toContain('Every barge')
    expect(doc.text).not.toContain('riverwire')
  })
  test('a printed release\'s header repeated on its second page and its "For more information: …, tel." footer are chrome', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'],
        story[0]!,
        'RIVER FLEET COMMAND | Press Release RFC/PR/2027/004 | Page 2',
        story[1]!,
        'For more information: Public Relations Office, tel. +595 21 555 0100',
      ),
    )
    expect(doc.text).not.toMatch(/RFC\/PR|Public Relations Office/)
    expect(doc.text.endsWith('the commander of the river fleet said.')).toBe(true)
  })
  test('"The following statement was issued by the Governor …:" over the dateline is the statement\'s first line; the dateline is still read', () => {
    const doc = article('<p class="date">January 8, 2027</p>', [
      'The following statement was issued by the Governor of the Territory, Miriam J. Holloway:',
      `PUERTO ALEGRE – ${story[0]!}`,
      story[1]!,
    ])
    expect(doc.text.startsWith('The following statement was issued by the Governor')).toBe(true)
    expect(doc.meta.dateline).toBe('PUERTO ALEGRE')
  })
})

describe('messaging prompts and end marks, thirty-sixth round', () => {
  test('"🔔 Follow GIS on WhatsApp … Join the channel" and "📩 Get GIS News on WhatsApp! Text JOIN to …" are chrome, a copyright line after the story still is', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'],
        story[0]!,
        '🔔 Follow the Ministry on WhatsApp for breaking news and storm updates. Join the channel',
        '📩 Get Ministry News on WhatsApp! Text JOIN to 555-0100 and never miss an update.',
        story[1]!,
        '© 2027 Ministry of Defence. All rights reserved.',
      ),
    )
    expect(doc.text).not.toMatch(/WhatsApp|All rights reserved/)
  })
  test('"* *** *" ends a release, and "--- Related: … (read more) ---" in a dump is chrome', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Navy opens river post at Puerto Alegre', 'Press Release | January 8, 2027'],
        story[0]!,
        '--- Related: Minister opens new boat ramp at Puerto Nuevo (read more) ---',
        story[1]!,
        '* *** *',
        'For further information please contact: Press Office, Mobile: (+595) 99 000 000',
      ),
    )
    expect(doc.text).not.toMatch(/boat ramp|\*|Press Office/)
  })
  test('a Spanish page\'s highlighted quote ("cita-destacada") is a pull quote', () => {
    const doc = run(
      'page.html',
      `<html><head><title>Armada abre puesto fluvial</title></head><body><main><article><h1>Armada abre puesto fluvial en Puerto Alegre</h1><p class="date">8 de enero de 2027</p>` +
        `<div class="cuerpo"><p>La Armada abrió el martes un puesto de control fluvial en Puerto Alegre, con dos lanchas y 18 marinos que revisarán las barcazas que navegan hacia la frontera.</p>` +
        `<blockquote class="cita-destacada">“Cada barcaza será revisada.”</blockquote><p>El puesto trabajará con la aduana del puente, y un segundo puesto está previsto río abajo para el primer semestre del próximo año, dijo el comandante de la flota.</p></div></article></main></body></html>`,
    )
    expect(doc.text).not.toContain('Cada barcaza')
  })
})

describe('an attribution line over a readout\'s dateline, thirty-sixth round', () => {
  test('"Attributed to SOUTHCOM spokesperson …:" over the dateline opens the readout; the dateline is still read', () => {
    const doc = article('<p class="date">January 8, 2027</p>', ['Attributed to Fleet spokesperson Cmdr. Ana B. Ruiz:', `PUERTO ALEGRE – ${story[0]!}`, story[1]!])
    expect(doc.text.startsWith('Attributed to Fleet spokesperson')).toBe(true)
    expect(doc.meta.dateline).toBe('PUERTO ALEGRE')
  })
})

describe('joint patrols of a bilateral meeting, thirty-sixth round', () => {
  test('"the coordinated patrols carried out on the Zarumilla Canal in May" are in neither country once the meeting\'s two states hold them', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Peru and Ecuador hold border committee meeting', 'Press Release | November 20, 2026'],
        'LIMA, Peru – The armies of Peru and Ecuador held the 23rd meeting of the Peru–Ecuador Binational Border Committee in Lima on November 18 and 19.',
        'The delegations reviewed the coordinated patrols carried out on the Zarumilla Canal in May, which led to the seizure of smuggled fuel.',
      ),
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.start).toBe('2026-05')
    expect(patrol?.participants.map((p) => p.id).sort()).toEqual(['ECU', 'PER'])
    expect(patrol?.location?.country ?? null).toBeNull()
  })
})

describe('a place after "on", thirty-sixth round', () => {
  test('"under the Action Plan on Regional Security Cooperation, through which Colombian instructors train …" does not place a course in Colombia', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Police detectives train in firearms tracing', 'Press Release | January 20, 2027'],
        'BASSETERRE, St. Kitts – Twenty detectives of the Royal St. Christopher and Nevis Police Force are taking part in a two-week course delivered by instructors of the Colombian National Police, which opened on Monday.',
        'The course, which runs until January 29, is being conducted under the U.S.-Colombia Action Plan on Regional Security Cooperation, through which Colombian instructors train police officers across the Caribbean.',
      ),
    )
    const course = doc.events.find((e) => e.type === 'training')
    expect(course?.location?.country).toBe('KNA')
  })
})

describe('named operations, thirty-sixth round', () => {
  test('"Operation Escudo Minero will run from January 18 to 29" is a deployment of those days; a ship that sails "under Operation CARIBBE" starts none', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Border working group sets dates for a river operation', 'Press Release | December 15, 2026'],
        'IQUITOS, Peru – Police and naval commanders from Peru and Colombia met in Iquitos on December 10 and 11 for the third meeting of their working group on illegal mining.',
        'Under the plan, Operation Escudo Minero will run from January 18 to 29 along a 300-kilometre stretch of the Putumayo River.',
        'A Canadian patrol ship that sailed in November under Operation CARIBBE will visit Iquitos in February.',
      ),
    )
    const operation = doc.events.find((e) => e.type === 'deployment')
    expect([operation?.start, operation?.end]).toEqual(['2027-01-18', '2027-01-29'])
    expect(doc.events.filter((e) => e.type === 'deployment')).toHaveLength(1)
  })
})

describe('a release printed to text, thirty-sixth round', () => {
  const printed = [
    'RIVER FLEET COMMAND',
    'Headquarters, Puerto Alegre',
    '',
    'PRESS RELEASE',
    'FOR IMMEDIATE RELEASE',
    '20 January 2027',
    '',
    'Fleet Hosts Exercise River Sentinel 2027',
    '',
    'PUERTO ALEGRE – More than 300 sailors and marines from four nations are taking',
    'part in Exercise River Sentinel 2027, a multinational riverine security exercise',
    'which the River Fleet Command (RFC) opened on Monday 18 January and which runs',
    'until Friday 29 January on the river between Puerto Alegre and Bahía Negra.',
    '',
    'The exercise is led by the River Fleet with boats and crews from the navies of',
    'Bolivia, Brazil and Argentina, and a hospital ship of the Paraguayan Navy will',
    'take part in the last week. Boarding teams will rotate through the patrol boats',
    'of the host fleet to gain experience in the shallow northern reaches of the river.',
    '',
    '###',
  ].join('\n')
  test('lines that run to the margin go on in the next, whatever its first letter, and the exercise "which the River Fleet Command (RFC) opened on Monday" takes its days', () => {
    const doc = run('release.txt', printed)
    expect(doc.text).toContain('four nations are taking part in Exercise River Sentinel 2027, a multinational riverine security exercise which the River Fleet Command')
    const exercise = doc.events.find((e) => e.type === 'exercise')
    expect([exercise?.start, exercise?.end]).toEqual(['2027-01-18', '2027-01-29'])
  })
})

describe('a call about a coming meeting, thirty-sixth round', () => {
  test('"spoke today with the Minister about preparations for the fourth meeting …, which will take place in Georgetown on March 9 and 10" is a call today and a meeting in March', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Assistant Secretary’s Call with Guyanese Minister of Home Affairs', 'Readout | January 21, 2027'],
        'Assistant Secretary of State for Western Hemisphere Affairs Marisol T. Adebayo-Grant spoke today with Guyana’s Minister of Home Affairs Rajendra Persaud-Lall about security cooperation and preparations for the fourth meeting of the U.S.-Guyana Border Security Working Group, which will take place in Georgetown on March 9 and 10.',
      ),
    )
    const call = doc.events.find((e) => e.start === '2027-01-21')
    expect(call?.status).toBe('occurred')
    expect(call?.location?.country ?? null).toBeNull()
    expect(doc.events.find((e) => e.start === '2027-03-09')?.location?.country).toBe('GUY')
  })
})

describe('a team that travels to teach, thirty-sixth round', () => {
  test('"a mobile training team will travel to Barbados from January 11 to 22 to certify BDF medics" is a course, not a visit', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Field hospital handed over to the Defence Force', 'Press Release | December 10, 2026'],
        'BRIDGETOWN, Barbados – The United States handed over a field hospital to the Barbados Defence Force (BDF) on Tuesday.',
        'A mobile training team from U.S. Army South will travel to Barbados from January 11 to 22 to certify BDF doctors, nurses and medics in setting up and running the hospital.',
      ),
    )
    const course = doc.events.find((e) => e.start === '2027-01-11')
    expect(course?.type).toBe('training')
  })
})

describe('dates, thirty-sixth round', () => {
  const doc = (text: string) => run('release.txt', lines(['Navy opens river post at Puerto Alegre', 'Press Release | December 18, 2026'], text))
  test('"On December 16, 25 sailors repainted the school" is December 16 of the publication year, not of the year 25', () => {
    const d = doc('On December 16, 25 sailors repainted the school at Puerto Alegre, and the crew hosted an open day the next morning.')
    expect(d.dates.find((x) => x.text.startsWith('December 16'))?.text).toBe('December 16')
    expect(d.dates.find((x) => x.text.startsWith('December 16'))?.value.start).toBe('2026-12-16')
  })
  test('"la primera semana de febrero de 2027" is February 1 to 7, 2027', () => {
    const d = doc('La próxima reunión del grupo se realizará en Puerto Alegre la primera semana de febrero de 2027, con la Armada como anfitriona.')
    const week = d.dates.find((x) => x.text.includes('semana'))
    expect(week?.text).toBe('la primera semana de febrero de 2027')
    expect([week?.value.start, week?.value.end]).toEqual(['2027-02-01', '2027-02-07'])
  })
})
