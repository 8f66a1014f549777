/**
 * People, fourth round: names no lexicon knows, found by what surrounds them — a speech verb, an
 * appositive office, a Commonwealth rank written without a period — and names that a comma or
 * "of the" used to hand to an office or an organization.
 */
import { expect, test } from 'vitest'
import { createDocument } from '../../src/document.js'
import { loadGazetteers } from '../../src/gazetteers/load.js'
import { entitiesStage } from '../../src/stages/entities/index.js'
import type { Context, Document } from '../../src/types.js'

const ctx: Context = { gazetteers: loadGazetteers(), fallbackReference: null, pipelineVersion: 'test' }
const run = (text: string): Document => entitiesStage({ ...createDocument({ path: 'test.txt', bytes: new TextEncoder().encode(text) }), text }, ctx)
const people = (text: string) => run(text).people.map((p) => ({ name: p.name, title: p.title, rank: p.rank }))

test('a run of name words that speaks is a person; an institution that speaks is not', () => {
  expect(people('The boats arrived on Monday. Sanne Bloemendaal said the crews were ready.')).toEqual([{ name: 'Sanne Bloemendaal', title: null, rank: null }])
  expect(people('The boats arrived on Monday. The Kingston Port Authority said the berth was ready.')).toEqual([])
})

test('an appositive office makes name-shaped words a person', () => {
  expect(people('The talks were led by Patricio Andrade Villacís, Ecuador’s vice minister of national defense.')).toEqual([
    { name: 'Patricio Andrade Villacís', title: 'vice minister', rank: null },
  ])
})

test('a first name after "Minister of the Interior," starts the name', () => {
  expect(people('He met Guatemala’s Minister of the Interior, Lucía Ordóñez Rivas, on Monday.')).toEqual([
    { name: 'Lucía Ordóñez Rivas', title: 'Minister of the Interior', rank: null },
  ])
})

test('a rank before "Name of the Command" is a person, not an organization', () => {
  const doc = run('Brig. Gen. Fausto Ríos Mancheno of the Joint Command of the Armed Forces attended.')
  expect(doc.people.map((p) => [p.name, p.rank])).toEqual([['Fausto Ríos Mancheno', 'Brig. Gen.']])
  expect(doc.organizations.map((o) => o.name)).not.toContain('Fausto Ríos Mancheno of the Joint Command of the Armed Forces')
})

test('Commonwealth ranks without a period', () => {
  expect(people('Lt Col Andrew Fraser briefed the press. Col Fraser told reporters the border was calm.')).toEqual([
    { name: 'Andrew Fraser', title: null, rank: 'Lt Col' },
  ])
})

test('a name coordinated with a person just found is a person, a place-like surname included', () => {
  expect(people('The ministers of Costa Rica and Panama, Esteban Quirós Maroto and Rolando Mendoza Arosemena, chaired the meeting.').map((p) => p.name)).toEqual([
    'Esteban Quirós Maroto',
    'Rolando Mendoza Arosemena',
  ])
})

test('two countries joined by an en dash open an organization’s name', () => {
  expect(run('The Jamaica–Colombia Joint Security Committee met in Kingston.').organizations.map((o) => o.name)).toContain('Jamaica–Colombia Joint Security Committee')
})

test('a currency prefix and "Member States" are no mentions of the United States', () => {
  const countries = (text: string) => run(text).places.filter((p) => p.kind === 'country').map((p) => p.id)
  expect(countries('Equipment worth US$850,000 was handed over after consultations with Member States.')).toEqual([])
  expect(countries('Officials from the United States and Jamaica met.')).toEqual(['USA', 'JAM'])
})

test('a month opens no organization’s name', () => {
  expect(run('He recalled that in March the Naval Force seized two tons of cocaine.').organizations.map((o) => o.name)).not.toContain('March the Naval Force')
})

test('"the Naval Force" after "the Honduran Naval Force" is that organization', () => {
  const org = run('The Honduran Naval Force received two boats. The crews are members of the Naval Force who graduated.').organizations[0]
  expect(org?.mentions.map((m) => m.text)).toEqual(['Honduran Naval Force', 'Naval Force'])
})

test('a town glued to a hyphenated surname, and "the Valley of …", are no places', () => {
  const places = (text: string) => run(text).places.map((p) => p.name)
  expect(places('Minister of Justice Marlon E. Richardson-Brooks met on Tuesday.')).toEqual([])
  expect(places('Operations in the Valley of the Apurímac continue.')).not.toContain('The Valley')
  expect(places('He flew to The Valley, Anguilla.')).toContain('The Valley')
})

test('a quoted nickname between a first name and a surname is part of the mention, not of the name', () => {
  expect(people("Commissioner of Police Andrea 'Andy' Baptiste-Charles opened the lab.")).toEqual([
    { name: 'Andrea Baptiste-Charles', title: 'Commissioner of Police', rank: null },
  ])
  const doc = run('Superintendent Marcus “Sharkie” Thompson said the unit was ready.')
  expect(doc.people.map((p) => [p.name, p.nickname, p.mentions[0]?.text])).toEqual([['Marcus Thompson', 'Sharkie', 'Marcus “Sharkie” Thompson']])
  // A quoted ship's name is no nickname.
  expect(people("The 'Furor' sailed from Cartagena.")).toEqual([])
})

test('"Inspector General (of Police)" is an office before a name, not the rank "General"', () => {
  expect(people('Inspector General of Police Shevon Reid-Francis led the operation.')).toEqual([
    { name: 'Shevon Reid-Francis', title: 'Inspector General of Police', rank: null },
  ])
  expect(people('Inspector General Shevon Reid-Francis led the operation.')).toEqual([{ name: 'Shevon Reid-Francis', title: 'Inspector General', rank: null }])
})

test('a mayor is an office before a name', () => {
  expect(people('Mayor of Belize City Bernard Wagner met the delegation.')).toEqual([{ name: 'Bernard Wagner', title: 'Mayor of Belize City', rank: null }])
  expect(people('Deputy Mayor Ana Ruiz spoke to the press.')).toEqual([{ name: 'Ana Ruiz', title: 'Deputy Mayor', rank: null }])
})

test('Spanish and Portuguese ranks, feminine forms included; an honorific ends an organization’s name', () => {
  expect(people('Capitana Megan R. Sorensen y el Vicealmirante Héctor A. Salcedo Ruvalcaba asistieron.').map((p) => [p.name, p.rank])).toEqual([
    ['Megan R. Sorensen', 'Capitana'],
    ['Héctor A. Salcedo Ruvalcaba', 'Vicealmirante'],
  ])
  expect(people('Capitão de Mar e Guerra João Pedro Alves attended.').map((p) => p.rank)).toEqual(['Capitão de Mar e Guerra'])
  const doc = run('The delegation was led by Permanent Secretary in the Ministry of National Security Dr. Carla S. Whyte-Hamilton.')
  expect(doc.organizations.map((o) => o.name)).toEqual(['Ministry of National Security'])
  expect(doc.people.map((p) => p.name)).toEqual(['Carla S. Whyte-Hamilton'])
})

test('countries and navies named in Spanish', () => {
  const doc = run('La Armada de República Dominicana y la Marina Nacional de Francia patrullaron al sur de Martinica. Estados Unidos y Canadá enviaron observadores.')
  expect(doc.people).toEqual([])
  expect(doc.organizations.map((o) => o.id)).toEqual(['org:dom-navy', 'org:french-navy'])
  expect(doc.places.filter((p) => p.kind === 'country').map((p) => p.id)).toEqual(['DOM', 'FRA', 'MTQ', 'USA', 'CAN'])
})

test('Spanish institutions with their head word first; a meeting of a body is not an organization', () => {
  const orgs = (text: string) => run(text).organizations.map((o) => o.name)
  expect(orgs('El Ministerio de la Defensa Nacional y el Comando Naval del Caribe (CNC) entregaron las lanchas.')).toEqual([
    'Ministerio de la Defensa Nacional',
    'Comando Naval del Caribe',
  ])
  expect(orgs('The Second Meeting of the Joint Commission was held in Kingston on Monday.')).not.toContain('Second Meeting of the Joint Commission')
  // Consejo is a village on Belize's northern coast, not the head of a council's name.
  expect(run('Police intercepted the boat off Consejo Shores on Monday.').organizations).toEqual([])
})

test('"its Spanish acronym", "French-language": a language, not a country', () => {
  const countries = (text: string) => run(text).places.filter((p) => p.kind === 'country').map((p) => p.id)
  expect(countries('The Regional Peacekeeping Operations Training Command, known by its Spanish acronym CREOMPAZ, hosted the exercise.')).toEqual([])
  expect(countries('French-language instructors taught the course.')).toEqual([])
  expect(countries('Spanish troops joined the exercise.')).toEqual(['ESP'])
})

test('"Special Agent", "Gen. de Brigada", surnames joined by "y"; "the Major Crimes Unit" is no person', () => {
  expect(people('ATF Special Agent Carla M. Ybarra-Quintero, who leads the team, said the course was a success.').map((p) => p.name)).toEqual(['Carla M. Ybarra-Quintero'])
  expect(people('CREOMPAZ commander Gen. de Brigada Otto Ramiro Xitumul-Coy told the formation.').map((p) => [p.name, p.rank])).toEqual([['Otto Ramiro Xitumul-Coy', 'Gen. de Brigada']])
  expect(people('The brigade served under Teniente Coronel Edwin Alexander Portillo y Portillo. Portillo said the officers were ready.').map((p) => p.name)).toEqual(['Edwin Alexander Portillo y Portillo'])
  expect(people('Los ministros Juan Pérez y María López firmaron el acuerdo.').map((p) => p.name)).toEqual(['Juan Pérez', 'María López'])
  expect(people('Members of the Major Crimes Unit attended the course.')).toEqual([])
  expect(people('Major Andre Wallace attended the course.').map((p) => p.name)).toEqual(['Andre Wallace'])
})
