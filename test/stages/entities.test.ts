import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { loadGazetteers } from '../../src/gazetteers/load.js'
import { entitiesStage, extractEntities } from '../../src/stages/entities/index.js'
import type { Context, Document } from '../../src/types.js'

const gazetteers = loadGazetteers()
const ctx: Context = { gazetteers, fallbackReference: null, pipelineVersion: 'test' }

function run(text: string): Document {
  const doc = { ...createDocument({ path: 'test.txt', bytes: new TextEncoder().encode(text) }), text }
  return entitiesStage(doc, ctx)
}

const countries = (doc: Document) => doc.places.filter((p) => p.kind === 'country').map((p) => p.id)
const places = (doc: Document) => doc.places.filter((p) => p.kind !== 'country').map((p) => `${p.kind}:${p.name}`)
const orgs = (doc: Document) => doc.organizations.map((o) => o.id)
const people = (doc: Document) =>
  doc.people.map((p) => ({ name: p.name, title: p.title, rank: p.rank, affiliation: p.affiliation, affiliationId: p.affiliationId ?? null }))

describe('places and countries', () => {
  test('a comma list is five countries, not one place', () => {
    const doc = run('Defense leaders from the United States, Canada, France, the Netherlands, and the United Kingdom will co-host the meeting.')
    expect(countries(doc)).toEqual(['USA', 'CAN', 'FRA', 'NLD', 'GBR'])
    expect(doc.places.map((p) => p.mentions.map((m) => m.text))).toEqual([
      ['United States'],
      ['Canada'],
      ['France'],
      ['Netherlands'],
      ['United Kingdom'],
    ])
  })

  test('Port of Spain is a city in Trinidad and Tobago, not Spain', () => {
    const doc = run('Ministers met in Port of Spain on Monday.')
    expect(doc.places).toEqual([
      {
        id: 'geo:3573890',
        name: 'Port of Spain',
        kind: 'city',
        country: 'TTO',
        lat: 10.6667,
        lon: -61.5189,
        mentions: [{ start: 17, end: 30, text: 'Port of Spain', rule: 'gazetteer:geo:3573890' }],
      },
    ])
  })

  test('country names that are also first names need a place context', () => {
    expect(countries(run('Chad Smith and Jordan Lee spoke with reporters.'))).toEqual([])
    expect(countries(run('Troops deployed to Chad and Mali last year.'))).toEqual(['TCD', 'MLI'])
    expect(people(run('Chad Smith and Jordan Lee spoke with reporters.')).map((p) => p.name)).toEqual(['Chad Smith', 'Jordan Lee'])
  })

  test('demonyms and hyphenated adjectives are mentions of their country', () => {
    const doc = run('Jamaican and Haitian officials discussed U.S.-Caribbean ties with Bajan police.')
    expect(countries(doc)).toEqual(['JAM', 'HTI', 'USA', 'BRB'])
    expect(places(doc)).toEqual(['region:Caribbean'])
    expect(countries(run('The Inter-American Dialogue and Latin American experts met.'))).toEqual([])
  })

  test('"Dominican" is the Dominican Republic unless only Dominica is named', () => {
    expect(countries(run('Dominican officials met in Santo Domingo.'))).toEqual(['DOM'])
    expect(countries(run('Dominica welcomed Dominican and Barbadian volunteers.'))).toEqual(['DMA', 'BRB'])
  })

  test('small places count only where the document is about their country', () => {
    expect(places(run('The team visited Couva.'))).toEqual([])
    expect(places(run('The Trinidad and Tobago team trained in Couva.'))).toEqual(['city:Couva'])
  })

  test('a place that is part of a longer name is not a place ("Ronald Jackson", "Kendrick A. Pereira")', () => {
    const doc = run('Ronald Jackson met Air Vice Marshal Kendrick A. Pereira. Pereira said little.')
    expect(doc.places).toEqual([])
    expect(doc.people.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Ronald Jackson', 1],
      ['Kendrick A. Pereira', 2],
    ])
  })

  test('metonyms are flagged; the Pentagon standing for the Department of Defense mentions it too', () => {
    const doc = run('Washington said the talks went well. The Pentagon announced new aid. Flights left Washington, D.C. at noon.')
    expect(doc.places.map((p) => [p.name, p.kind, p.metonym ?? false, p.mentions.length])).toEqual([
      ['Washington, D.C.', 'city', true, 2],
      ['The Pentagon', 'facility', true, 1],
    ])
    expect(orgs(doc)).toEqual(['org:us-dod'])
  })

  test('islands, states and geographic features are regions; an island names its country', () => {
    const doc = run('CHAGUARAMAS, Trinidad – Ships patrolled the Gulf of Paria, the Mona Passage and waters off Key West, Fla.')
    expect(places(doc)).toEqual([
      'region:Chaguaramas',
      'region:Trinidad',
      'region:Gulf of Paria',
      'region:Mona Passage',
      'city:Key West',
      'region:Florida',
    ])
    expect(countries(doc)).toEqual(['TTO', 'USA'])
  })
})

describe('organizations', () => {
  test('gazetteer names, acronyms and canonical ids', () => {
    const doc = run('U.S. Southern Command (SOUTHCOM) hosted CARICOM, the RSS and the State Department in Doral.')
    expect(doc.organizations.map((o) => [o.id, o.name, o.acronym, o.mentions.map((m) => m.text)])).toEqual([
      ['org:us-southcom', 'U.S. Southern Command', 'SOUTHCOM', ['U.S. Southern Command', 'SOUTHCOM']],
      ['org:caricom', 'Caribbean Community', 'CARICOM', ['CARICOM']],
      ['org:rss', 'Regional Security System', 'RSS', ['RSS']],
      ['org:us-state', 'Department of State', null, ['State Department']],
    ])
    // A country named inside an organization's name counts as mentioned (annotators list it).
    expect(countries(doc)).toEqual(['USA'])
  })

  test('acronyms defined in the text resolve later mentions; unknown organizations get local ids', () => {
    const doc = run(
      'The Nevis Fire and Rescue Department (NFRD) and the Kenyan Coast Guard trained together. NFRD thanked the department staff.',
    )
    expect(doc.organizations.map((o) => [o.id, o.name, o.acronym, o.country, o.mentions.map((m) => m.text)])).toEqual([
      ['local:nevis-fire-and-rescue-department', 'Nevis Fire and Rescue Department', 'NFRD', 'KNA', ['Nevis Fire and Rescue Department', 'NFRD', 'NFRD', 'department']],
      ['local:kenyan-coast-guard', 'Kenyan Coast Guard', null, 'KEN', ['Kenyan Coast Guard']],
    ])
  })

  test('"Coast Guard" alone is the U.S. Coast Guard; after a qualified one it is that one', () => {
    expect(orgs(run('The Coast Guard seized the boat.'))).toEqual(['org:us-coast-guard'])
    expect(orgs(run('The Kenya Coast Guard patrolled. Later the Coast Guard returned.'))).toEqual(['local:kenya-coast-guard'])
    // A qualified one the gazetteer holds: that entry, and the later bare form too.
    expect(orgs(run('The Guyana Coast Guard patrolled. Later the Coast Guard returned.'))).toEqual(['org:gdf-cg'])
  })

  test('an organization inside an office is an attribute of the person, not a mention', () => {
    const doc = run('The Deputy Assistant Secretary of Defense for Western Hemisphere Affairs, Mr. Daniel Erikson, spoke.')
    expect(doc.organizations).toEqual([])
    expect(people(doc)).toEqual([
      {
        name: 'Daniel Erikson',
        title: 'Deputy Assistant Secretary of Defense for Western Hemisphere Affairs',
        rank: null,
        affiliation: 'Department of Defense',
        affiliationId: 'org:us-dod',
      },
    ])
  })

  test('events and programmes named like organizations are told apart', () => {
    const doc = run('The Caribbean Nations Security Conference (CANSEC) reviewed the Caribbean Basin Security Initiative. CANSEC ends Friday.')
    expect(doc.organizations.map((o) => [o.id, o.type])).toEqual([['org:us-cbsi', 'programme']])
    expect(doc.people).toEqual([])
  })
})

describe('people', () => {
  test('rank, title and affiliation from the phrase around the name', () => {
    const doc = run(
      [
        'Department of Defense spokesman Lieutenant Colonel Devin T. Robinson provided the readout.',
        'U.S. Navy Adm. Craig Faller will welcome participants.',
        'Ronald Jackson, executive director of the Caribbean Disaster Emergency Management Agency (CDEMA) and Lt. Col. Michael Jones, acting director of the Caribbean Community’s Implementing Agency for Crime and Security (CARICOM IMPACS) will attend.',
        'Bahamas Ambassador Wendall Jones and Grenada’s Minister for National Security, Kendall A. Charles, met the Commander of the Belize Defence Force, Brigadier General Azir A. Ramclam.',
      ].join('\n\n'),
    )
    expect(people(doc)).toEqual([
      { name: 'Devin T. Robinson', title: 'Department of Defense spokesman', rank: 'Lieutenant Colonel', affiliation: 'Department of Defense', affiliationId: 'org:us-dod' },
      { name: 'Craig Faller', title: null, rank: 'Adm.', affiliation: 'U.S. Navy', affiliationId: 'org:us-navy' },
      { name: 'Ronald Jackson', title: 'executive director', rank: null, affiliation: 'Caribbean Disaster Emergency Management Agency', affiliationId: 'org:cdema' },
      {
        name: 'Michael Jones',
        title: 'acting director',
        rank: 'Lt. Col.',
        affiliation: 'CARICOM Implementing Agency for Crime and Security',
        affiliationId: 'org:caricom-impacs',
      },
      { name: 'Wendall Jones', title: 'Ambassador', rank: null, affiliation: 'The Bahamas', affiliationId: 'BHS' },
      { name: 'Kendall A. Charles', title: 'Minister for National Security', rank: null, affiliation: 'Grenada', affiliationId: 'GRD' },
      { name: 'Azir A. Ramclam', title: 'Commander of the Belize Defence Force', rank: 'Brigadier General', affiliation: 'Belize Defence Force', affiliationId: 'org:belize-df' },
    ])
  })

  test('later mentions join the first: surname, honorific + surname, "the Secretary"', () => {
    const doc = run(
      'Secretary of Defense Lloyd J. Austin met Ms. Heather Dalton. Austin thanked Ms. Dalton. The meeting ended when the Secretary left.',
    )
    expect(doc.people.map((p) => [p.name, p.title, p.mentions.map((m) => m.text)])).toEqual([
      ['Lloyd J. Austin', 'Secretary of Defense', ['Lloyd J. Austin', 'Austin', 'Secretary']],
      ['Heather Dalton', null, ['Heather Dalton', 'Dalton']],
    ])
  })

  test('an office running into a name is split off ("... Human Rights Marisol Vance")', () => {
    const doc = run('Under Secretary of State for Civilian Security, Democracy, and Human Rights Marisol Vance will co-chair.')
    expect(people(doc)).toEqual([
      {
        name: 'Marisol Vance',
        title: 'Under Secretary of State for Civilian Security, Democracy, and Human Rights',
        rank: null,
        affiliation: null,
        affiliationId: null,
      },
    ])
  })
})

describe('rules learned from annotated releases', () => {
  test('ship names after a vessel prefix are not people', () => {
    const doc = run('The frigate Zr.Ms. Groningen left Willemstad while USNS Comfort arrived.')
    expect(doc.people).toEqual([])
  })

  test("a unit named after its owner's possessive resolves to the gazetteer entry", () => {
    const doc = run('Officers of the U.S. Coast Guard’s Seventh District met the Colombian Navy (ARC).')
    expect(doc.organizations.map((o) => [o.id, o.mentions.map((m) => m.text)])).toEqual([
      ['org:us-cg-d7', ['U.S. Coast Guard’s Seventh District']],
      ['org:us-coast-guard', ['U.S. Coast Guard']],
      ['org:colombian-navy', ['Colombian Navy', 'ARC']],
    ])
  })

  test('"… Agency (NEMA) of St. Kitts and Nevis": the country after the acronym picks the gazetteer entry', () => {
    const doc = run('The centre was handed over to the National Emergency Management Agency (NEMA) of St. Kitts and Nevis on Tuesday.')
    expect(doc.organizations.map((o) => [o.id, o.mentions.map((m) => m.text)])).toEqual([['org:kna-nema', ['National Emergency Management Agency', 'NEMA']]])
  })

  test('"Savannah, Georgia" is the U.S. state; "in Spanish" is a language', () => {
    const doc = run('The cutter returned to Savannah, Georgia. The guide is available in Spanish.')
    expect(doc.places.map((p) => `${p.kind}:${p.id}`)).toEqual(['city:geo:4221552', 'country:USA', 'region:region:us-georgia'])
  })

  test('Title Case headlines and bare two-word names are not organizations', () => {
    expect(run('Climate Change Projected To Increase Cost of the Federal Crop Insurance Program').organizations).toEqual([])
    expect(run('The JDF plans to expand its Coast Guard and Air Wing.').organizations.map((o) => o.id)).toEqual(['org:jdf'])
  })

  test('titles without a preposition, and offices whose words run into the name', () => {
    const doc = run('Minister of Justice and Police Anjali S. Ramkisoen attended, as did the Commander Defence Force, Commodore Lionel A. Ferguson.')
    expect(people(doc)).toEqual([
      { name: 'Anjali S. Ramkisoen', title: 'Minister of Justice and Police', rank: null, affiliation: null, affiliationId: null },
      { name: 'Lionel A. Ferguson', title: 'Commander Defence Force', rank: 'Commodore', affiliation: null, affiliationId: null },
    ])
  })
})

describe('output contract', () => {
  const text = readFileSync(fileURLToPath(new URL('./entities.test.ts', import.meta.url)), 'utf8').slice(0, 6000)

  test('every mention slices out of the text exactly; records and mentions are sorted', () => {
    const doc = run(text)
    const all = [...doc.people, ...doc.organizations, ...doc.places]
    for (const r of all) {
      for (const m of r.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text)
      expect(r.mentions.map((m) => m.start)).toEqual([...r.mentions.map((m) => m.start)].sort((a, b) => a - b))
    }
    for (const list of [doc.people, doc.organizations, doc.places]) {
      const firsts = list.map((r) => r.mentions[0]?.start ?? 0)
      expect(firsts).toEqual([...firsts].sort((a, b) => a - b))
    }
  })

  test('deterministic: the same text gives the same records', () => {
    expect(extractEntities(text, gazetteers)).toEqual(extractEntities(text, gazetteers))
  })

  test('an empty document passes through untouched', () => {
    const doc = { ...createDocument({ path: 'empty.txt', bytes: new Uint8Array() }), text: '' }
    expect(entitiesStage(doc, ctx)).toBe(doc)
  })
})

const seeds = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url))

describe.skipIf(!existsSync(seeds))('seeds (../shared/seeds)', () => {
  const read = (prefix: string) => {
    const file = readdirSync(seeds).find((f) => f.startsWith(prefix))
    return file ? readFileSync(`${seeds}${file}`, 'utf8') : ''
  }

  test('seed 000: Erikson, four countries, the organizations and the programme', () => {
    const doc = run(read('000_'))
    expect(people(doc).find((p) => p.name === 'Daniel Erikson')).toEqual({
      name: 'Daniel Erikson',
      title: 'Deputy Assistant Secretary of Defense for Western Hemisphere Affairs',
      rank: null,
      affiliation: 'Department of Defense',
      affiliationId: 'org:us-dod',
    })
    expect(countries(doc).sort()).toEqual(['DOM', 'HTI', 'LCA', 'USA'])
    expect(doc.organizations.map((o) => [o.name, o.type])).toEqual([
      ['Department of Defense', 'organization'],
      ['Caribbean Community', 'organization'],
      ['CARICOM Council for National Security and Law Enforcement', 'organization'],
      ['Caribbean Basin Security Initiative', 'programme'],
      ['United Nations', 'organization'],
    ])
  })

  test('seed 004: Faller, Jackson, Jones; six countries; SOUTHCOM', () => {
    const doc = run(read('004_'))
    expect(people(doc)).toEqual([
      { name: 'Craig Faller', title: null, rank: 'Adm.', affiliation: 'U.S. Navy', affiliationId: 'org:us-navy' },
      { name: 'Ronald Jackson', title: 'executive director', rank: null, affiliation: 'Caribbean Disaster Emergency Management Agency', affiliationId: 'org:cdema' },
      {
        name: 'Michael Jones',
        title: 'acting director',
        rank: 'Lt. Col.',
        affiliation: 'CARICOM Implementing Agency for Crime and Security',
        affiliationId: 'org:caricom-impacs',
      },
    ])
    expect(countries(doc).sort()).toEqual(['BRB', 'CAN', 'FRA', 'GBR', 'NLD', 'USA'])
    const southcom = doc.organizations.find((o) => o.id === 'org:us-southcom')
    expect([southcom?.name, southcom?.acronym]).toEqual(['U.S. Southern Command', 'SOUTHCOM'])
  })
})

describe('names, titles and places written in other styles', () => {
  const names = (doc: Document) => doc.people.map((p) => p.name)

  test('particles of several words and a place name as the last surname', () => {
    const doc = run('Rear Admiral José Miguel Peña de los Santos said the Navy would keep searching. Lieutenant Commander Priya van der Merwe led the boarding.')
    expect(names(doc)).toEqual(['José Miguel Peña de los Santos', 'Priya van der Merwe'])
    expect(places(doc)).toEqual([])
  })

  test('a later mention by the first of two surnames, or with a capitalized particle', () => {
    const doc = run(
      'The Commander of the Navy, Admiral Andrés Felipe Cárdenas Villamizar, opened the talks. Admiral Cárdenas said more. ' +
        'Commodore Jeroen P. van der Zwaag watched. "We are ready," Commodore Van der Zwaag said.',
    )
    expect(names(doc)).toEqual(['Andrés Felipe Cárdenas Villamizar', 'Jeroen P. van der Zwaag'])
    expect(doc.people.map((p) => p.mentions.length)).toEqual([2, 2])
  })

  test('"St." inside a name and a retired marker between rank and name', () => {
    const doc = run('The PNH Director General, Jean-Robert St. Fleur, spoke. He met Vice Admiral (ret.) Ramón E. Santana Brito on Monday.')
    expect(people(doc).map((p) => [p.name, p.rank])).toEqual([
      ['Jean-Robert St. Fleur', null],
      ['Ramón E. Santana Brito', 'Vice Admiral'],
    ])
  })

  test('"Commander" alone before a name is a rank; "Commander of ..." stays an office', () => {
    const doc = run("HMS Trent's Commanding Officer, Commander Tobias E. Fairweather, said the crew did well. The Commander of the Coast Guard, Captain Sheldon R. De Gannes, spoke.")
    expect(people(doc).map((p) => [p.name, p.title, p.rank])).toEqual([
      ['Tobias E. Fairweather', 'Commanding Officer', 'Commander'],
      ['Sheldon R. De Gannes', 'Commander of the Coast Guard', 'Captain'],
    ])
  })

  test('an office after a preposition and a comma, and "High Commissioner of X to Y and the Z"', () => {
    const doc = run(
      'The High Commissioner of Canada to Barbados and the Eastern Caribbean, Chantal D. Bourgeois, handed the keys to National Security Minister, the Honourable Peter-John Mullings.',
    )
    expect(people(doc).map((p) => [p.name, p.title])).toEqual([
      ['Chantal D. Bourgeois', 'High Commissioner'],
      ['Peter-John Mullings', 'National Security Minister'],
    ])
    expect(places(doc)).toEqual(['region:Eastern Caribbean'])
  })

  test('a bare service after a named one means that one; a country after a bare form names a local one', () => {
    const doc = run('The Colombian Navy hosted the talks. The Navy had seized 212 tonnes. The Red Cross Aruba coordinated the response.')
    expect(orgs(doc)).toEqual(['org:colombian-navy', 'local:red-cross-aruba'])
    expect(doc.organizations[0]?.mentions.map((m) => m.text)).toEqual(['Colombian Navy', 'Navy'])
  })

  test('numbered units, a plural noun before "of the", and a city before a facility head', () => {
    const doc = run('Marines of the 32nd Raiding Squadron trained with Royal Marines from 47 Commando. The ship docked at the Bridgetown Port.')
    expect(doc.organizations.map((o) => o.name)).toEqual(['32nd Raiding Squadron', 'Royal Marines', '47 Commando'])
    expect(places(doc)).toEqual(['facility:Bridgetown Port'])
  })

  test('a namesake city takes the country written after it; a town after "of" with its state', () => {
    const doc = run('The vessels were built by Austal in Henderson, Western Australia, and by Metal Shark Boats of Jeanerette, Louisiana.')
    expect(doc.places.filter((p) => p.kind === 'city').map((p) => [p.name, p.country])).toEqual([
      ['Henderson', 'AUS'],
      ['Jeanerette', 'USA'],
    ])
    expect(orgs(doc)).toEqual(['org:austal', 'org:metal-shark'])
    expect(places(run('He is Director of Operations, Jamaica Defence Force.'))).toEqual([])
  })

  test('a ship named after a place is no place; "Island" is not Iceland', () => {
    const doc = run('HMCS Moncton sailed from Halifax. Police patrolled around Tortuga Island and Port-de-Paix.')
    expect(places(doc)).toEqual(['city:Halifax', 'region:Tortuga Island', 'city:Port-de-Paix'])
    expect(countries(doc)).not.toContain('ISL')
  })
})

describe('organization names built from parts', () => {
  test('numbered unit chains are one name', () => {
    expect(orgs(run('Soldiers of the 2nd Battalion, 228th Aviation Regiment unloaded water.'))).toEqual(['local:2nd-battalion-228th-aviation-regiment'])
  })

  test('a unit named after its whole parent is one organization', () => {
    const doc = run('Officers of the Royal Saint Lucia Police Force Marine Police Unit trained.')
    expect(orgs(doc)).toEqual(['local:royal-saint-lucia-police-force-marine-police-unit'])
    expect(countries(doc)).toEqual(['LCA'])
  })

  test('a state before a service names that state’s service', () => {
    expect(orgs(run('The course was delivered by the Ohio National Guard.'))).toEqual(['local:ohio-national-guard'])
    expect(orgs(run('The course was delivered by the Florida National Guard.'))).toEqual(['org:us-ng-florida'])
  })

  test('a bare form after "Organization (ACRONYM)" is that organization’s', () => {
    expect(orgs(run('He commands the Jamaica Defence Force (JDF) Coast Guard.'))).toEqual(['org:jdf', 'org:jdf-cg'])
    expect(orgs(run('Officers of the Guyana Defence Force (GDF) Coast Guard met. The GDF Coast Guard said.'))).toEqual(['org:gdf', 'org:gdf-cg'])
    expect(orgs(run('Officers of the Royal Montserrat Defence Force (RMDF) Coast Guard met. The RMDF Coast Guard said.'))).toEqual(['org:montserrat-df', 'local:rmdf-coast-guard'])
  })

  test('an acronym spelled by word beginnings names only those words', () => {
    expect(orgs(run('A U.S. Coast Guard Law Enforcement Detachment (LEDET) is embarked.'))).toEqual(['org:us-coast-guard', 'local:law-enforcement-detachment'])
  })
})

describe('titles around names', () => {
  test('an office before "the Most Hon." or before a comma and a rank, service or honorific', () => {
    expect(people(run('Prime Minister the Most Hon. Desmond Whitfield met the team.'))[0]?.title).toBe('Prime Minister')
    expect(people(run('Senator the Honourable Marguerite L. Inniss-Boyce, Minister of Home Affairs of Barbados, spoke.'))[0]?.title).toBe('Minister of Home Affairs')
    expect(people(run('The commander of U.S. Southern Command (SOUTHCOM), Air Force Gen. Corinne A. Hallett, visited.'))[0]?.title).toBe('commander of U.S. Southern Command')
    expect(people(run('Its commanding officer, Capitaine de frégate Hélène R. Marchand, welcomed them.'))[0]).toMatchObject({ title: 'commanding officer', rank: 'Capitaine de frégate' })
    expect(people(run('The talks were with the Netherlands’ State Secretary for Defence, Mr. Joost H. van der Meulen.'))[0]?.title).toBe('State Secretary for Defence')
  })

  test('an office of a unit a service owns', () => {
    expect(people(run('They met Rear Adm. Jorge E. Restrepo Villa, commander of the Colombian Navy’s Caribbean Naval Force, on board.'))[0]).toMatchObject({
      title: 'commander of the Colombian Navy’s Caribbean Naval Force',
      affiliationId: 'org:colombian-navy-caribbean-force',
    })
  })

  test('Commonwealth ratings are ranks', () => {
    expect(people(run('The award went to Leading Seaman Kerine M. Joseph.'))[0]?.rank).toBe('Leading Seaman')
  })
})

describe('people after offices of a country, retired ranks and appositives', () => {
  test('an office of a country set off by a comma', () => {
    expect(people(run('On Saturday the Governor of Montserrat, Harriet A. Quayle-Dunstan, came aboard.'))[0]).toMatchObject({ name: 'Harriet A. Quayle-Dunstan', title: 'Governor', affiliationId: 'MSR' })
  })

  test('Premier, Chief of Police and French general officers', () => {
    expect(people(run('Premier Joseph E. Tuitt-Allen came aboard.'))[0]).toMatchObject({ name: 'Joseph E. Tuitt-Allen', title: 'Premier' })
    expect(people(run('It was received by Chief of Police Dermot Alleyne.'))[0]).toMatchObject({ name: 'Dermot Alleyne', title: 'Chief of Police' })
    expect(people(run('Général de brigade Olivier M. Castaing handed over six generators.'))[0]).toMatchObject({ name: 'Olivier M. Castaing', rank: 'Général de brigade' })
  })

  test("a retired rank written (Ret'd)", () => {
    expect(people(run("The Executive Director of IMPACS, Colonel (Ret'd) Desmond K. Lovell, briefed the meeting."))[0]).toMatchObject({ name: 'Desmond K. Lovell', rank: 'Colonel' })
  })

  test('an appositive office makes a name with a middle initial a person', () => {
    expect(people(run('Keisha M. Gongora, NEMO’s national emergency coordinator, said the lessons would help.'))[0]).toMatchObject({ name: 'Keisha M. Gongora', title: 'national emergency coordinator' })
    expect(people(run('Hurricane Season, the annual report, said little.'))).toEqual([])
  })
})

describe('a bare service name after a local one', () => {
  test('"Coast Guard vessels" after the St Vincent and the Grenadines Coast Guard Service is that coast guard, not the U.S. one', () => {
    const doc = run(
      'The St Vincent and the Grenadines Coast Guard Service tested how quickly residents could be moved. Residents were carried aboard Coast Guard vessels and two ferries.',
    )
    expect(doc.organizations.map((o) => o.id)).not.toContain('org:us-coast-guard')
  })

  test('"Navy Capt. X" still names the U.S. Navy as her service', () => {
    const doc = run(
      'The hospital ship will depart Norfolk on Monday. "Continuing Promise is about partnership," said Navy Capt. Monica L. Barrett, the mission commander.',
    )
    expect(doc.people.map((p) => [p.name, p.affiliationId])).toEqual([['Monica L. Barrett', 'org:us-navy']])
  })
})
