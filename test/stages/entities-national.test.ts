import { describe, expect, test } from 'vitest'
import { aliasTokens, buildGazetteers } from '../../src/gazetteers/build.js'
import { countryForms, coresOf, nationalVariants } from '../../src/gazetteers/national.js'
import { loadGazetteers, readGazetteerFiles } from '../../src/gazetteers/load.js'
import { extractEntities } from '../../src/stages/entities/index.js'

const g = loadGazetteers()

const orgs = (text: string) => extractEntities(text, g).organizations.map((o) => [o.id, o.mentions.map((m) => m.text)])

describe('national variants of organization names (loader)', () => {
  test('a name with its country at one end yields its service core', () => {
    expect(coresOf(['Ecuadorian Navy', 'Navy of Ecuador', 'Armada del Ecuador'], ['Ecuador', 'Ecuadorian'])).toEqual(['Navy'])
    // The longest country form wins: "Dominican Republic Navy" is "Navy", not "Republic Navy".
    expect(coresOf(['Dominican Republic Navy'], ['Dominican', 'Dominican Republic'])).toEqual(['Navy'])
    expect(coresOf(['Coast Guard Authority of Suriname'], ['Suriname'])).toEqual(['Coast Guard Authority'])
    expect(coresOf(['Caribbean Disaster Emergency Management Agency'], ['Cuba', 'Cuban'])).toEqual([])
  })

  test('formal country names make no variants; demonyms do', () => {
    const ecu = g.entries.get('ECU')
    expect(ecu).toBeDefined()
    const forms = countryForms(ecu!, ['Ecuadorian'])
    expect(forms).toContain('Ecuador')
    expect(forms).toContain('Ecuadorian')
    expect(forms).not.toContain('Republic of Ecuador')
    expect(countryForms(g.entries.get('USA')!, ['American'])).toEqual(['United States', 'American'])
  })

  test('variants are the core with every country form, "of the" before a plural or long name', () => {
    const entry = { ...g.entries.get('org:dom-navy')!, aliases: ['Navy of the Dominican Republic'] }
    const v = nationalVariants(entry, ['Dominican Republic', 'Dominican'])
    expect(v).toContain('Dominican Republic Navy')
    expect(v).not.toContain('Dominican Navy') // the entry's own name
    expect(v).not.toContain('Navy of the Dominican Republic') // already an alias
  })

  test('the loader adds the variants no other entry claims, as aliases', () => {
    expect(g.entries.get('org:ecu-navy')?.aliases).toContain('Ecuador Navy')
    expect(g.entries.get('org:belize-cg')?.aliases).toContain('Belizean Coast Guard')
    // "Navy" alone stays the U.S. Navy's bare form, not a variant of anyone's.
    expect([...g.entries.values()].filter((e) => e.aliases.includes('Navy')).map((e) => e.id)).toEqual(['org:us-navy'])
  })

  test('a variant two entries would make goes to neither', () => {
    const files = { ...readGazetteerFiles() }
    files['organizations.tsv'] +=
      'org:test-a\tFirst Test Guard\tGuatemalan Test Guard\t\t\torganization\tmilitary\tGTM\t\tcurated\n' +
      'org:test-b\tSecond Test Guard\tTest Guard of Guatemala\t\t\torganization\tmilitary\tGTM\t\tcurated\n'
    const built = buildGazetteers(files)
    expect(built.errors).toEqual([])
    const a = built.gazetteers?.entries.get('org:test-a')?.aliases ?? []
    const b = built.gazetteers?.entries.get('org:test-b')?.aliases ?? []
    // Both make "Guatemala Test Guard": neither gets it. Each other's authored alias stays theirs.
    expect(a).not.toContain('Guatemala Test Guard')
    expect(b).not.toContain('Guatemala Test Guard')
    expect(a).not.toContain('Test Guard of Guatemala')
    expect(b).not.toContain('Guatemalan Test Guard')
    expect(built.gazetteers?.trie.hits.has('guatemala test guard')).toBe(false)
  })
})

describe('organization names in the shipped gazetteer', () => {
  test('every name an organization goes by (authored or generated) leads to it and to no other organization', () => {
    const wrong: string[] = []
    for (const e of g.entries.values()) {
      if (e.type !== 'organization' && e.type !== 'programme') continue
      for (const alias of [e.name, ...e.aliases, ...e.acronyms]) {
        const key = aliasTokens(alias).map((t) => t.norm).join(' ')
        const owners = new Set(
          (g.trie.hits.get(key) ?? []).filter((h) => ['organization', 'programme'].includes(g.entries.get(h.id)?.type ?? '')).map((h) => h.id),
        )
        if (owners.size !== 1 || !owners.has(e.id)) wrong.push(`${e.id}: ${alias} -> ${[...owners].join(',')}`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('every organization with a country names an existing country or territory', () => {
    const bad = [...g.entries.values()].filter(
      (e) => (e.type === 'organization' || e.type === 'programme') && e.country !== null && !['country', 'territory'].includes(g.entries.get(e.country)?.type ?? ''),
    )
    expect(bad.map((e) => e.id)).toEqual([])
  })
})

describe('national institutions in text', () => {
  test('a demonym, a country name or "<service> of <country>" name the same entry', () => {
    expect(orgs('The Ecuadorian Navy, the Navy of Ecuador and the Ecuador Navy sailed.')).toEqual([
      ['org:ecu-navy', ['Ecuadorian Navy', 'Navy of Ecuador', 'Ecuador Navy']],
    ])
  })

  test("a country's possessive before a bare service is that country's, not the U.S. one", () => {
    expect(orgs("Sailors from Guatemala's Navy trained in Izabal.")).toEqual([['org:gtm-navy', ["Guatemala's Navy"]]])
    // A country the gazetteer holds no such service for: no organization, and not the U.S. Navy.
    expect(orgs("Officers of Jamaica's Navy attended.")).toEqual([])
  })

  test('a country and a lower-case service name the entry only when the gazetteer holds it', () => {
    expect(orgs("It is the Dutch navy's guard ship in the region.")).toEqual([['org:royal-netherlands-navy', ['Dutch navy']]])
    expect(orgs('The Colombian coast guard seized the boat.')).toEqual([['org:col-coast-guard', ['Colombian coast guard']]])
    expect(orgs('The Haitian police and the Jamaican army responded.')).toEqual([])
  })

  test('a country with a bare service the gazetteer lacks stays a local organization', () => {
    expect(orgs('The Kenyan Navy sent observers.')).toEqual([['local:kenyan-navy', ['Kenyan Navy']]])
  })
})

describe('units', () => {
  test('a numbered unit chains onto its numbered parent, even after a possessive', () => {
    expect(orgs('Aircrews from its 2nd Battalion, 228th Aviation Regiment flew.')).toEqual([
      ['local:2nd-battalion-228th-aviation-regiment', ['2nd Battalion, 228th Aviation Regiment']],
    ])
  })

  test('a numbered unit chains onto a known unit, which keeps its own mention', () => {
    expect(orgs('Soldiers of the 1st Battalion, Trinidad and Tobago Regiment paraded.')).toEqual([
      ['local:1st-battalion-trinidad-and-tobago-regiment', ['1st Battalion, Trinidad and Tobago Regiment']],
      ['org:tt-regiment', ['Trinidad and Tobago Regiment']],
    ])
  })

  test('a numbered unit does not chain onto an organization that is not a unit', () => {
    const found = orgs('The 1st Battalion, Jamaica Defence Force and others met.').map(([id]) => id)
    expect(found).toContain('org:jdf')
    expect(found).not.toContain('local:1st-battalion-jamaica-defence-force')
  })

  test('a country pair opens a name: "U.S.-Dominican ... Working Group"', () => {
    expect(orgs('The U.S.-Dominican Bilateral Defense Working Group met in Santo Domingo.')).toEqual([
      ['local:u-s-dominican-bilateral-defense-working-group', ['U.S.-Dominican Bilateral Defense Working Group']],
    ])
  })
})

describe('names defined with an acronym', () => {
  test('a word that opens no name by itself ("National") belongs to the name when the acronym spells it', () => {
    expect(orgs('The National Emergency Management Organisation (NEMO) coordinated the response.')).toEqual([
      ['local:national-emergency-management-organisation', ['National Emergency Management Organisation', 'NEMO']],
    ])
    // Not when the acronym does not spell it: "the" and the words before stay out.
    expect(orgs('The Emergency Operations Center (EOC) opened.')).toEqual([['local:emergency-operations-center', ['Emergency Operations Center', 'EOC']]])
  })
})

describe('names with a seat or a region', () => {
  test('an embassy followed by its city is one name', () => {
    expect(orgs('Devices came from the U.S. Embassy Nassau.')).toEqual([['local:u-s-embassy-nassau', ['U.S. Embassy Nassau']]])
  })

  test('a head word, then the country it sits in', () => {
    expect(orgs('The Joint Rescue Coordination Centre Curaçao signed.')).toEqual([
      ['local:joint-rescue-coordination-centre-curacao', ['Joint Rescue Coordination Centre Curaçao']],
    ])
  })

  test('"of the" and a region after a head word belong to the name', () => {
    expect(orgs('The Naval Command of the Caribbean completed a course.')).toEqual([['local:naval-command-of-the-caribbean', ['Naval Command of the Caribbean']]])
  })

  test("a unit of a possessor the gazetteer does not know keeps its name as written; a bare form after 'from the X' is X's", () => {
    expect(orgs("Marines from the Guatemalan Navy's Naval Command of the Caribbean completed a riverine course.")).toEqual([
      ['org:gtm-navy', ['Guatemalan Navy']],
      ['local:naval-command-of-the-caribbean', ['Naval Command of the Caribbean']],
    ])
    // A unit the gazetteer knows still spans the possessor.
    expect(orgs("The U.S. Coast Guard's Seventh District hosted.")[0]).toEqual(['org:us-cg-d7', ["U.S. Coast Guard's Seventh District"]])
  })
})

describe('national guards and republics', () => {
  test('"of" or "of the" before the country as the name reads', () => {
    expect(orgs('The Coast Guard of Trinidad and Tobago and the Navy of the Netherlands met.')).toEqual([
      ['org:ttcg', ['Coast Guard of Trinidad and Tobago']],
      ['org:royal-netherlands-navy', ['Navy of the Netherlands']],
    ])
  })

  test('a state or territory before an Air or Army National Guard names its own guard', () => {
    expect(orgs('Airmen of the Puerto Rico Air National Guard trained.')).toEqual([['local:puerto-rico-air-national-guard', ['Puerto Rico Air National Guard']]])
    // Alone, the U.S. one.
    expect(orgs('The Air National Guard trained.')).toEqual([['org:us-national-guard', ['Air National Guard']]])
    expect(orgs('Soldiers of the Louisiana Army National Guard deployed.')).toEqual([['local:louisiana-army-national-guard', ['Louisiana Army National Guard']]])
  })
})

describe('city variants', () => {
  test("removing a generated place's own name drops the place; the capital carries the name readers mean", () => {
    expect(g.entries.has('geo:3702057')).toBe(false)
    const capital = g.entries.get('geo:3703443')
    expect([capital?.name, capital?.capital]).toEqual(['Panama City', true])
    expect(extractEntities('PANAMA CITY – The minister spoke.', g).places.map((p) => p.id)).toEqual(['geo:3703443'])
  })
})

describe('ranks of the region as written', () => {
  test('Spanish and Dutch ranks before a name are ranks, not part of the name', () => {
    const people = extractEntities(
      'Capitán de Navío Luis Fernando Rojas met Kapitein-luitenant ter zee Pieter de Vries and Contralmirante Juan Carlos Pérez.',
      g,
    ).people.map((p) => [p.name, p.rank])
    expect(people).toEqual([
      ['Luis Fernando Rojas', 'Capitán de Navío'],
      ['Pieter de Vries', 'Kapitein-luitenant ter zee'],
      ['Juan Carlos Pérez', 'Contralmirante'],
    ])
  })
})

describe('articles', () => {
  test('"A" or "An" opening a sentence opens no name', () => {
    expect(orgs('A Coast Guard mobile training team is scheduled to deliver a course.')).toEqual([['org:us-coast-guard', ['Coast Guard']]])
    expect(orgs('An Army Corps of Engineers team arrived.')).toEqual([['org:us-usace', ['Army Corps of Engineers']]])
  })
})

describe('years', () => {
  test('a year opens no organization name', () => {
    expect(orgs('In 2021 Caribbean Maritime Security Working Group members met.').map(([id]) => id)).toEqual(['local:caribbean-maritime-security-working-group'])
  })
})

describe('titles before a name', () => {
  const people = (text: string) => extractEntities(text, g).people.map((p) => [p.name, p.title, p.affiliation])

  test('"the Coast Guard Service" after the full name is that organization, and the office before a name says so', () => {
    expect(
      people('The St Vincent and the Grenadines Coast Guard Service led the drill.\n\nCommander of the Coast Guard Service, Lieutenant Commander Desmond A. Ballantyne, said the drill went well.'),
    ).toEqual([['Desmond A. Ballantyne', 'Commander of the Coast Guard Service', 'St. Vincent and the Grenadines Coast Guard Service']])
  })

  test('one lower-case noun after the organization, before the comma, belongs to the office', () => {
    expect(people('The commander of the JDF team, Major John Brown, spoke.')).toEqual([['John Brown', 'commander of the JDF team', 'Jamaica Defence Force']])
  })
})
