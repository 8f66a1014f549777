import { describe, expect, test } from 'vitest'
import { publisherByName, publisherNameOn } from '../../src/stages/clean/publisher.js'

describe('a publisher under its secondary name', () => {
  const dod = publisherByName('U.S. Department of Defense')
  test('the Department of Defense publishes as the Department of War where the page calls it so', () => {
    expect(dod).not.toBeNull()
    if (!dod) return
    expect(publisherNameOn(dod, '<a href="https://www.war.gov/News/">U.S. Department of War</a> Readout of Assistant Secretary of War')).toBe('U.S. Department of War')
    expect(publisherNameOn(dod, '<a href="https://www.defense.gov/News/">U.S. Department of Defense</a> Readout')).toBe('U.S. Department of Defense')
    // One mention of the new name in a page that otherwise names the Department of Defense.
    expect(publisherNameOn(dod, 'defense.gov Department of Defense … renamed the Department of War in 2025')).toBe('U.S. Department of Defense')
  })
  test('a publisher without one keeps its name', () => {
    const southcom = publisherByName('SOUTHCOM')
    expect(southcom && publisherNameOn(southcom, 'Department of War')).toBe('U.S. Southern Command')
  })
})

describe('chrome inside the article', async () => {
  const { cleanHtmlDocument } = await import('../../src/stages/clean/index.js')
  const p1 = '<p>SPANISH TOWN – The United States on Tuesday handed over twelve patrol vehicles valued at US$1.3 million to the Jamaica Constabulary Force for its St. Catherine divisions.</p>'
  const p2 = '<p>The Chargé d’Affaires presented the keys to the Assistant Commissioner of Police in the presence of the Minister of National Security and officers of both divisions.</p>'
  const p3 = '<p>Drivers from both divisions will attend an advanced driving and vehicle maintenance course taught by INL instructors next month at the Jamaica Police Academy.</p>'
  const page = (inside: string): string =>
    `<html><head><title>U.S. Embassy Hands Over Patrol Vehicles to JCF | U.S. Embassy in Jamaica</title></head><body><main><article><h1>U.S. Embassy Hands Over Patrol Vehicles to JCF</h1><div class="entry-content">${p1}${p2}${inside}${p3}</div></article></main></body></html>`
  test('a "Related Articles" box between paragraphs leaves no link behind', () => {
    const { paragraphs } = cleanHtmlDocument(page('<div class="related-inline"><h4>Related Articles</h4><ul><li><a href="#">U.S. Supports JCF Forensic Laboratory Upgrade</a></li><li><a href="#">Ambassador Meets New Commissioner of Police</a></li></ul></div>'), 'https://jm.usembassy.gov/patrol-vehicles/')
    expect(paragraphs.join('\n')).not.toMatch(/Forensic Laboratory|Related Articles|New Commissioner/)
    expect(paragraphs).toHaveLength(3)
  })
  test('an embedded post of a social network is not the article', () => {
    for (const url of ['https://jm.usembassy.gov/patrol-vehicles/', null]) {
      const { paragraphs } = cleanHtmlDocument(page('<div class="embedded-tweet"><blockquote class="twitter-tweet"><p>Proud of our partners in Spanish Town! #JCF</p>&mdash; U.S. Embassy Kingston (@USEmbassyJA) <a href="#">October 21, 2026</a></blockquote></div>'), url)
      expect(paragraphs.join('\n')).not.toMatch(/Proud of our partners|@USEmbassyJA/)
      expect(paragraphs).toHaveLength(3)
    }
  })
})

test('"between 2019 and 2021" and "from 2019 to 2021" are one range; "in 2019 and 2021" two years', async () => {
  const { scanDates } = await import('../../src/stages/dates/extract.js')
  const read = (t: string) => scanDates(t, '2026-11-20').dates.map((d) => [d.text, d.value.start, d.value.end])
  expect(read('The service received the vessels between 2019 and 2021.')).toEqual([['2019 and 2021', '2019', '2021']])
  expect(read('The programme ran from 2019 to 2021.')).toEqual([['2019 to 2021', '2019', '2021']])
  expect(read('In 2019 and 2021 the navy bought boats.')).toEqual([['2019', '2019', null], ['2021', '2021', null]])
})

test('a site that names itself by its address ("www.army.mil") is that host’s known publisher', async () => {
  const { cleanHtmlDocument } = await import('../../src/stages/clean/index.js')
  const page = '<html><head><title>Army South and Colombian Army hold staff talks | Article | The United States Army</title><meta property="og:site_name" content="www.army.mil"></head><body><article><h1>Army South and Colombian Army hold staff talks</h1><p>BOGOTÁ, Colombia – Delegations of U.S. Army South and the Colombian Army met in Bogotá on Tuesday for three days of staff talks on training, doctrine and disaster response for the coming year.</p><p>The delegations agreed on twenty-two engagements for 2027, among them a combined engineer exercise and an exchange of noncommissioned officers.</p></article></body></html>'
  expect(cleanHtmlDocument(page, null).meta.publisher).toBe('U.S. Army')
})

describe('the end of the article and captions inside it', async () => {
  const { cleanHtmlDocument } = await import('../../src/stages/clean/index.js')
  const { chromeRuleOf } = await import('../../src/stages/clean/chrome.js')
  const p1 = '<p>The United States has supported the Costa Rican coast guard with patrol boats, training and maintenance since 2019, officials of the embassy said on Friday.</p>'
  const p2 = '<p>The service intercepted more than 20 metric tons of cocaine at sea in 2026, much of it in the Pacific, according to the ministry.</p>'
  const wrap = (inner: string): string => `<html><head><title>Coast guard support</title></head><body><article><h1>U.S. Support for the Coast Guard of Costa Rica</h1>${inner}</article></body></html>`
  test('a closing contact line with an address, even "on U.S. security cooperation", is not the release; nor, since the twenty-sixth session, is one without', () => {
    expect(chromeRuleOf('For more information on U.S. security cooperation with Costa Rica, contact the Embassy’s Public Affairs Section at SanJosePress@state.gov.')?.id).toBe('contact-line')
    expect(chromeRuleOf('For more information, contact the Consulate’s Public Affairs Section.')?.id).toBe('contact-sentence')
  })
  test('"End Text." ends a joint statement', () => {
    const { paragraphs } = cleanHtmlDocument(wrap(`${p1}${p2}<p>End Text.</p><p>Follow the Department on X.</p>`), null)
    expect(paragraphs.at(-1)).toMatch(/^The service intercepted/)
  })
  test('an author box under the article is not the article', () => {
    const { paragraphs } = cleanHtmlDocument(wrap(`${p1}${p2}<div class="author-bio"><strong>Keisha M. Lettsome</strong> covers police and courts for the Chronicle. Reach her at klettsome@example.vi.</div>`), null)
    expect(paragraphs.join('\n')).not.toMatch(/Lettsome|Reach her/)
  })
  test('an image and its italic caption in one paragraph: the caption is not the article', () => {
    const { paragraphs } = cleanHtmlDocument(wrap(`${p1}<p><img src="/a.jpg" alt=""><br><em>Coast guard crews clear a building during urban drills at the Puntarenas base. (SNG Public Relations)</em></p>${p2}`), null)
    expect(paragraphs.join('\n')).not.toMatch(/SNG Public Relations/)
    expect(paragraphs).toHaveLength(2)
  })
})

test('a Spanish news page: share lines, a byline with "Por", a caption ending in its "Foto:" credit and "Temas relacionados" are not the story', async () => {
  const { cleanTextDocument } = await import('../../src/stages/clean/index.js')
  const first = 'ASUNCIÓN. La Secretaría Nacional Antidrogas recibió el martes un lote de equipos de visión nocturna donados por los Estados Unidos para la frontera seca.'
  const last = 'Los equipos serán distribuidos entre las bases de la institución en la frontera, informó la secretaría.'
  const dump = ['Ir al contenido', 'DIARIO DEL NORTE', 'Portada', 'Frontera', 'FRONTERA', 'SENAD recibe equipos de visión nocturna', 'Por Redacción Asunción', 'Publicado 12 Nov 2026 - 07:45', 'Compartir en Facebook', 'Compartir en WhatsApp', 'Compartir en X', 'El ministro recibe los equipos de manos del encargado de Negocios. Foto: Gentileza SENAD.', '', first, '', last, '', 'Temas relacionados', 'SENAD', 'Narcotráfico'].join('\n')
  const { paragraphs } = cleanTextDocument(dump, null)
  expect(paragraphs[0]).toBe(first)
  expect(paragraphs.at(-1)).toBe(last)
})
