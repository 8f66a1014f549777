/**
 * Forty-first round (issue 6: events, where they happen, and merging). Sentences are written for
 * the rules; none is copied from a fixture.
 */
import { describe, expect, test } from 'vitest'
import { createContext } from '../../src/context.js'
import { createDocument } from '../../src/document.js'
import { runPipeline } from '../../src/pipeline.js'
import { stages } from '../../src/stages/index.js'
import { expandForm, triggers } from '../../src/stages/events/lexicon.js'
import { chromeRuleOf } from '../../src/stages/clean/chrome.js'
import { dateAndLabel } from '../../src/stages/clean/head.js'

const context = createContext()
const run = (path: string, text: string) => runPipeline(createDocument({ path, bytes: new TextEncoder().encode(text) }), stages, context)
const lines = (head: string[], ...body: string[]): string => [...head, '', ...body.flatMap((p) => [p, '']), '###'].join('\n')

describe('trigger forms with choices', () => {
  test('"{a,b} {c,d} e" stands for every form the choices make, in order', () => {
    expect(expandForm('{joint,combined} {river,boat} patrols')).toEqual([
      'joint river patrols',
      'joint boat patrols',
      'combined river patrols',
      'combined boat patrols',
    ])
    expect(expandForm('joint patrol')).toEqual(['joint patrol'])
    expect(() => expandForm('{joint patrol')).toThrow(/unclosed brace/)
  })

  test('the lexicon holds the expanded forms, once each', () => {
    const patrol = triggers.find((t) => t.id === 'joint-patrol')!
    expect(patrol.forms).toContain('coordinated river patrol')
    expect(patrol.forms).toContain('combined fisheries patrols')
    expect(patrol.forms.some((f) => f.includes('{'))).toBe(false)
    expect(new Set(patrol.forms).size).toBe(patrol.forms.length)
  })
})

describe('joint patrols, forty-first round', () => {
  test('"a second coordinated river patrol" of two states\' forces is a joint patrol, in neither state', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Border commission meets in Iquitos', 'Press Release | October 2, 2026'],
        'IQUITOS, Peru – The Peruvian Navy and the Colombian Navy agreed on Thursday to hold a second coordinated river patrol in November.',
      ),
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.start).toBe('2026-11')
    expect(patrol?.attestations[0]?.evidence.find((v) => v.field === 'trigger')?.rule).toBe('trigger:joint-patrol')
    expect(patrol?.location?.country ?? null).toBeNull()
  })

  test('"unidades de ambos países" carried out the patrol: in neither, though the sentence names a town in one', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Comité marítimo evalúa resultados', 'Comunicado | 2 de diciembre de 2026'],
        'Las delegaciones evaluaron el patrullaje coordinado que unidades de ambos países ejecutaron en noviembre de 2026, acordado en la reunión celebrada en Puntarenas en octubre.',
      ),
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.start).toBe('2026-11')
    expect(patrol?.location?.country ?? null).toBeNull()
  })

  test('guard: a patrol of one service in its own waters keeps its country', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard patrols the Grenadines', 'Press Release | December 2, 2026'],
        'KINGSTOWN, St. Vincent – The St. Vincent and the Grenadines Coast Guard Service carried out night patrols in the Grenadines on November 20 and 21.',
      ),
    )
    const patrol = doc.events.find((e) => e.type === 'deployment')
    expect(patrol?.location?.country).toBe('VCT')
  })
})

describe('seizures, forty-first round', () => {
  test('"found 42 kilograms of cocaine hidden in two suitcases": a seizure, dated and placed', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Customs receive scanners', 'News | November 2, 2026'],
        'CASTRIES, Saint Lucia – The Comptroller of Customs recalled that in July 2025 his officers found 42 kilograms of cocaine hidden in two suitcases at the cruise terminal.',
      ),
    )
    const seizure = doc.events.find((e) => e.type === 'other')
    expect(seizure?.start).toBe('2025-07')
    expect(seizure?.attestations[0]?.evidence.find((v) => v.field === 'trigger')?.rule).toBe('trigger:drugs-found')
  })

  test('"1.1 tonnes found in a shipment of rice bound for Antwerp": a seizure, not a shipment given', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Conference on maritime crime', 'News | December 2, 2026'],
        'MONTEVIDEO, Uruguay – Customs officers seized 2.3 tonnes of cocaine at the port this year, including 1.1 tonnes found in a shipment of rice bound for Antwerp in August.',
      ),
    )
    expect(doc.events.some((e) => e.type === 'donation')).toBe(false)
    expect(doc.events.some((e) => e.type === 'other' && e.start === '2026-08')).toBe(true)
  })

  test('drugs found "on a flight to Madrid" were found where the flight left, not in Madrid', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Airport unit receives scanners', 'News | October 16, 2026'],
        'SANTA CRUZ, Bolivia – The head of the airport unit said her officers had found 38 kilograms of cocaine in the linings of four suitcases checked on a flight to Madrid on August 29.',
      ),
    )
    const seizure = doc.events.find((e) => e.type === 'other' && e.start === '2026-08-29')
    expect(seizure).toBeDefined()
    expect(seizure?.location?.country).not.toBe('ESP')
  })

  test('guard: "found a new home", "found that the boats" are no seizure', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Coast Guard moves', 'News | October 16, 2026'],
        'The Coast Guard found a new home at the old customs pier on October 2, and an audit found that the boats were well kept.',
      ),
    )
    expect(doc.events.some((e) => e.attestations.some((a) => a.evidence.some((v) => v.rule === 'trigger:drugs-found')))).toBe(false)
  })
})

describe('pages, forty-first round', () => {
  test('an article split into page-builder boxes of one class ("elementor-widget-container"), a callout between: every box of prose is the article', () => {
    const para = (t: string) => `<p>${t}</p>`
    const html = `<!doctype html><html><head><title>Marine Unit completes drills | Police</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1 class="entry-title">Marine Unit completes drills with the French Navy</h1>
<div class="entry-content"><div class="elementor">
<div class="elementor-widget-container">${para('<strong>VIEUX FORT, SAINT LUCIA</strong> — Officers of the Marine Unit and sailors of a French patrol vessel completed three days of joint boarding drills off the south coast on Thursday, the police said in a statement.')}${para('The drills, held from Tuesday to Thursday between the Maria Islands and the cape, were coordinated with the French forces in Martinique and involved the port authority, customs officers and an observer team.')}</div>
<div class="elementor-widget-container police-callout">${para('<strong>Crime Stoppers:</strong> Call 1-800-555-0100. You will never be asked your name.')}</div>
<div class="elementor-widget-container">${para('Teams rotated through three scenarios: a cargo vessel with a stowaway, a yacht carrying undeclared firearms, and a fishing boat believed to be bringing drugs from the south, and officers practised compliant and non-compliant boardings.')}${para('The spokesperson said the drills had sharpened the skills the officers use every week against the trafficking of guns and drugs, and the commissioner thanked the French authorities for their partnership and their time.')}${para('Two officers will attend a boarding course in Martinique in April, and a follow-up exercise in French waters is planned for June, when the vessel returns to the region for a longer deployment.')}</div>
</div></div></article></main>
<aside class="widget-area"><section class="widget"><h2>Recent</h2><ul><li><a href="/a">Police seek help</a></li><li><a href="/b">Traffic advisory</a></li></ul></section></aside>
<footer><p>Copyright 2027 Police</p></footer></body></html>`
    const doc = run('release.html', html)
    expect(doc.text).toMatch(/^VIEUX FORT, SAINT LUCIA — Officers of the Marine Unit/)
    expect(doc.text).toContain('The drills, held from Tuesday to Thursday')
    expect(doc.text).toContain('Teams rotated through three scenarios')
    expect(doc.text).not.toContain('Crime Stoppers')
    expect(doc.meta.dateline).toBe('VIEUX FORT, SAINT LUCIA')
  })

  const leadPage = (lead: string) => `<!doctype html><html><head><title>Argentina y Brasil repasaron la vigilancia aérea | Argentina.gob.ar</title></head><body>
<nav><a href="/">Inicio</a> <a href="/defensa">Ministerio de Defensa</a></nav>
<article class="container content-node"><h1>Argentina y Brasil repasaron la vigilancia del espacio aéreo fronterizo</h1>
<p class="lead">${lead}</p>
<div class="field-name-body"><p>La ciudad de Posadas fue sede el 14 y 15 de enero de la reunión del grupo binacional de coordinación de la seguridad del espacio aéreo, que reunió a las fuerzas aéreas y a los organismos de aviación civil de ambos países.</p>
<p>Las delegaciones acordaron un operativo combinado de vigilancia sobre la frontera de Misiones para el mes de febrero y un intercambio mensual de datos de radar entre los centros de control de Posadas y de Foz do Iguaçu.</p>
<p>La próxima reunión se celebrará en Foz do Iguaçu en marzo, según informó el ministerio en un comunicado difundido el viernes por la tarde.</p></div>
</article><footer><p>Ministerio de Defensa</p></footer></body></html>`

  test('a `<p class="lead">` summary under the headline is the standfirst, not the body\'s start', () => {
    const doc = run('release.html', leadPage('Las fuerzas aéreas y los organismos de aviación civil de ambos países aprobaron un operativo combinado sobre la frontera de Misiones.'))
    expect(doc.text).toMatch(/^La ciudad de Posadas fue sede/)
    expect(doc.text).not.toContain('aprobaron un operativo combinado')
  })

  test('guard: a lead paragraph that opens with the dateline is the story\'s first paragraph', () => {
    const doc = run('release.html', leadPage('POSADAS, Misiones – Las fuerzas aéreas y los organismos de aviación civil de Argentina y Brasil aprobaron ayer un operativo combinado sobre la frontera.'))
    expect(doc.text).toMatch(/^POSADAS, Misiones – Las fuerzas aéreas/)
  })

  test('a "Ministry: Home Affairs" label line (a government news page\'s field) is chrome; a sentence after "Ministry:" is not', () => {
    expect(chromeRuleOf('Ministry: Home Affairs')?.id).toBe('tags-line')
    expect(chromeRuleOf('Section: Government News')?.id).toBe('tags-line')
    expect(chromeRuleOf('Ministry: the minister said the exercise would be repeated next year.')).toBeNull()
  })

  const printed = (head: string) =>
    [
      '                 EMBASSY OF THE UNITED STATES OF AMERICA',
      '',
      'FOR IMMEDIATE RELEASE                                        February 25, 2027',
      '',
      '   United States Donates Port Inspection Equipment at Haina',
      '',
      'Bajos de Haina, Dominican Republic, February 25, 2027 – The United States today delivered',
      'US$1.9 million in inspection equipment to the port security corps and the customs',
      'service at the Port of Río Haina, one of the busiest container terminals in the region,',
      'in a ceremony attended by the',
      '',
      '______________________________________________________________________________',
      'do.usembassy.gov                                                   Page 1 of 2',
      '                 EMBASSY OF THE UNITED STATES OF AMERICA',
      head,
      '',
      'Director General of Customs and the head of the port authority on the container yard.',
      '',
      'The equipment includes two mobile X-ray vans and twenty-four handheld density meters, and',
      'eighteen operators were trained to use it during the week before the ceremony.',
      '',
      '______________________________________________________________________________',
      'do.usembassy.gov                                                   Page 2 of 2',
    ].join('\n')

  test('a printed release\'s running head in parts under a page break ("Press Release – Port Inspection Equipment – Haina") goes', () => {
    const doc = run('release.txt', printed('           Press Release – Port Inspection Equipment – Haina'))
    expect(doc.text).not.toContain('Press Release – Port Inspection')
    expect(doc.text).toContain('Director General of Customs')
  })

  test('guard: a section heading at the top of a sheet ("TRAFFIC ARRANGEMENTS") stays', () => {
    const doc = run('release.txt', printed('TRAFFIC ARRANGEMENTS'))
    expect(doc.text).toContain('TRAFFIC ARRANGEMENTS')
  })
})

describe('relief flights, forty-first round', () => {
  test('a long cargo list between "aircraft carrying" and "landed at": a relief flight, placed where it landed', () => {
    const doc = run(
      'release.txt',
      lines(
        ['Regional relief reaches flood-hit Haiti', 'Press Release | February 15, 2027'],
        'BRIDGETOWN, Barbados – On February 12, a Jamaica Defence Force Air Wing aircraft carrying members of the regional Disaster Relief Unit and nine tonnes of food, water purification tablets, hygiene kits and tarpaulins landed at Jérémie Airport in Haiti.',
      ),
    )
    const flight = doc.events.find((e) => e.start === '2027-02-12')
    expect(flight?.type).toBe('disaster_response')
    expect(flight?.location?.country).toBe('HTI')
  })
})

describe('people, forty-first round', () => {
  test('"del Puesto Fluvial de Leticia": no person "Fluvial de Leticia"; Leticia stays a place at its later mentions', () => {
    const doc = run(
      'nota.txt',
      lines(
        ['Grupo binacional se reúne en Caballococha', 'Nota de prensa | 12 de marzo de 2027'],
        'La delegación colombiana fue presidida por el capitán de navío Andrés Quintero Rojas, comandante del Puesto Fluvial de Leticia de la Armada de Colombia.',
        'La próxima reunión se celebrará en Leticia en julio.',
      ),
    )
    expect(doc.people.some((p) => /Leticia/.test(p.name))).toBe(false)
    expect(doc.places.some((p) => p.name === 'Leticia')).toBe(true)
  })

  test('guard: "María de los Ángeles Pérez" after a known first name is still a person', () => {
    const doc = run(
      'nota.txt',
      lines(['Ministra visita la frontera', 'Nota de prensa | 12 de marzo de 2027'], 'La ministra María de los Ángeles Pérez Soto visitó el puesto de Leticia el martes.'),
    )
    expect(doc.people.some((p) => p.name.startsWith('María de los Ángeles'))).toBe(true)
  })
})

describe('territories, forty-first round', () => {
  test('"four British Overseas Territories" names no British party: the exercise the Cayman Islands Regiment hosts is in the Cayman Islands', () => {
    const doc = run(
      'story.txt',
      lines(
        ['Overseas Territory units train together on Cayman Brac', 'News | March 3, 2027'],
        'Soldiers from four British Overseas Territories are on Cayman Brac this week for a disaster response exercise hosted by the Cayman Islands Regiment.',
      ),
    )
    const exercise = doc.events.find((e) => e.type === 'exercise')
    expect(exercise?.participants.some((p) => p.id === 'GBR')).toBe(false)
    expect(exercise?.location?.country).toBe('CYM')
  })
})

describe('chrome lines, forty-first round', () => {
  test('feedback widgets in Spanish, "For more news from …, visit …", DVIDS photo bars and disclaimers, a named newsletter', () => {
    expect(chromeRuleOf('¿Te sirvió esta información?')?.id).toBe('feedback')
    expect(chromeRuleOf('¿Te resultó útil esta información?')?.id).toBe('feedback')
    expect(chromeRuleOf('For more news from U.S. Naval Forces Southern Command/U.S. 4th Fleet, visit www.fourthfleet.navy.mil.')?.id).toBe('more-news-visit')
    expect(chromeRuleOf('Photo Details | Download | Share')?.id).toBe('dvids-disclaimer')
    expect(chromeRuleOf('The appearance of U.S. Department of War visual information does not imply or constitute endorsement.')?.id).toBe('dvids-disclaimer')
    expect(chromeRuleOf('Sign up for Peru Policy Wire Daily')?.id).toBe('newsletter-signup')
    expect(chromeRuleOf('For press inquiries, contact the Office of Press Relations at press@state.gov.')?.id).toBe('contact-line')
    expect(chromeRuleOf('For updates, follow the Bureau on X at @StateINL. For press inquiries, contact INL-PressOffice@state.gov.')?.id).toBe('follow-for-updates')
  })

  test('guard: sentences of the story that start the same way are no chrome', () => {
    expect(chromeRuleOf('For more news about the exercise, the commander said, residents should listen to the radio and visit the shelters.')).toBeNull()
    expect(chromeRuleOf('Sign up for the course closes on March 3, the ministry said.')).toBeNull()
  })
})

describe('head lines, forty-first round', () => {
  test('"News item 7 December 2026": a label and then the date is a head line, as "14 August 2026 Press Release" is', () => {
    expect(dateAndLabel('News item 7 December 2026')).toEqual({ date: '2026-12-07', label: 'News item' })
    expect(dateAndLabel('Press Release 14 August 2026')).toEqual({ date: '2026-08-14', label: 'Press Release' })
    expect(dateAndLabel('14 August 2026 Press Release')).toEqual({ date: '2026-08-14', label: 'Press Release' })
    expect(dateAndLabel('News items about the 2026 season')).toBeNull()
  })

  test('a BEM "news__summary" under the headline is a standfirst, as "article-hero__standfirst" is', () => {
    const html = `<!doctype html><html><head><title>Grupo binacional se reúne en Caballococha | Gob</title></head><body>
<nav><a href="/">Inicio</a> <a href="/noticias">Noticias</a></nav>
<article class="news"><p class="news__type">Nota de prensa</p><h1 class="news__title">Grupo binacional se reúne en Caballococha</h1>
<p class="news__summary">Patrullaje fluvial combinado en el río permitió inspeccionar 214 embarcaciones durante la veda.</p>
<p class="news__date">12 de marzo de 2027 - 5:40 p. m.</p>
<div class="news__body"><p>La Marina fue anfitriona el 10 y 11 de marzo de la reunión del grupo de trabajo binacional de control fluvial y pesquero, que congregó a autoridades navales, portuarias y pesqueras de ambos países.</p>
<p>Durante la reunión se evaluaron los resultados del patrullaje combinado realizado en febrero, en el que las unidades de ambos países inspeccionaron embarcaciones y decomisaron pescado capturado en veda.</p></div>
</article><footer><p>Plataforma digital única</p></footer></body></html>`
    const doc = run('nota.html', html)
    expect(doc.text).toMatch(/^La Marina fue anfitriona/)
  })
})

