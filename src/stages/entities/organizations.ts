/**
 * Organization rules beyond the gazetteer: bare forms qualified by a country ("Barbados Coast
 * Guard"), acronyms defined in the text ("... Agency (CDEMA)"), names built on a head word
 * ("Ministry of National Security"), and definite references back ("the agency").
 */
import type { AliasHit, GazetteerEntry, HeadType } from '../../gazetteers/types.js'
import type { Token } from '../../gazetteers/tokens.js'
import { ordinalWords, parseOrdinal } from '../../text/ordinals.js'
import { matchTrie } from './match.js'
import { aliasTokens } from '../../gazetteers/build.js'
import { nationalEntry } from './national.js'
import { lexicon } from '../dates/lexicon.js'
import {
  afterVesselPrefix,
  CONNECTORS,
  SPANISH_ARTICLES,
  coversAt,
  NAME_MEMO_MAX,
  endsAt,
  startsAt,
  has,
  isCapWord,
  isInitialAt,
  placeWordAt,
  slug,
  sortFound,
  spanOf,
  type Found,
  type Work,
} from './work.js'

/** Made names' trie keys, kept per process (a pure function's memo, bounded like work.ts's slugs). */
const ALIAS_KEYS = new Map<string, string>()

/** The token trie's key for a name, as the gazetteer builds keys from aliases ("the" first dropped, hyphens skipped). */
function aliasKey(name: string): string {
  let out = ALIAS_KEYS.get(name)
  if (out === undefined) {
    out = aliasTokens(name)
      .map((x) => x.norm)
      .join(' ')
    if (ALIAS_KEYS.size >= NAME_MEMO_MAX) ALIAS_KEYS.clear()
    ALIAS_KEYS.set(name, out)
  }
  return out
}

/** A country or a town: what a pair joined by a dash names in a bilateral body's name. */
function isLandOrTown(f: Found): boolean {
  return f.kind === 'country' || (f.kind === 'place' && f.entry?.type === 'city')
}

// A hyphen or an en dash between two countries' names ("Jamaica–Colombia Joint Security Committee").
const DASHES: ReadonlySet<string> = new Set(['-', '–'])
/** Lower-case words hyphenated between two parts of a place's name ("Val-de-Cans"). */
const HYPHEN_LINKS: ReadonlySet<string> = new Set(['de', 'des', 'del', 'du', 'la', 'le', 'les', 'do', 'da', 'dos', 'das'])
/** Plural nouns whose "of" opens a list of places: "the communities of Bois Jolie and Millet Road". */
const LIST_OF_PLACES: ReadonlySet<string> = new Set(['communities', 'villages', 'towns', 'settlements', 'areas', 'neighbourhoods', 'neighborhoods', 'districts', 'islands', 'cays'])
// Words that open a body's remit after its name ("Committee on ...", "Committee against ...").
const REMIT: ReadonlySet<string> = new Set(['on', 'against'])
/** Bodies whose name may go on with their remit. */
const REMIT_HEADS: ReadonlySet<string> = new Set(['Committee', 'Commission', 'Group', 'Council', 'Board', 'Task Force', 'Subcommittee', 'Panel', 'Working Group'])

/** Whether [from, to) holds a body's head word ("Committee", "Group"). */
/** Head words of facilities and organizations that are also surnames or given names. */
const NAME_LIKE_HEADS: ReadonlySet<string> = new Set(['Field', 'Camp', 'Fort', 'Bridge', 'Marina', 'Wing', 'Court', 'Bank', 'Plaza', 'Port', 'Pier', 'Wharf', 'Team', 'Group', 'Fund', 'Guard', 'Element', 'Unit', 'Resort', 'Hotel', 'Canal', 'Society', 'Community', 'Foundation', 'Police', 'Army', 'Navy', 'Service', 'Services'])

/** "… Air Base", "… International Airport", "… Ministry": a name ending so names a place or body, not a person. */
export function endsInInstitutionHead(w: Work, last: string): boolean {
  if (NAME_LIKE_HEADS.has(last)) return false
  return w.g.heads.get(last)?.some((h) => h.position === 'last' && (h.type === 'facility' || h.type === 'organization')) ?? false
}

/** True when tokens[from, to) hold a remit word inside a name ("Task Force Against Trafficking"). */
function tookRemit(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (REMIT.has(t[k]?.norm ?? '')) return true
  return false
}

function hasBodyHead(w: Work, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (REMIT_HEADS.has(w.tokens[k]?.text ?? '')) return true
  return false
}
// Month and weekday names, as the dates stage's lexicon spells them.
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...Object.keys(lexicon.months), ...Object.keys(lexicon.weekdays)])

/** A month or weekday at `j` followed by a day's number ("June 8", "Sept. 14"): a date. */
function dateOpensAt(t: readonly Token[], j: number): boolean {
  return CALENDAR_WORDS.has(t[j]?.norm ?? '') && /^\d/.test(t[t[j + 1]?.norm === '.' ? j + 2 : j + 1]?.text ?? '')
}

/** "Barbados Coast Guard" is not the U.S. Coast Guard; "U.S. Navy" is the U.S. Navy. */
export function qualifyBareOrgs(w: Work): void {
  /**
   * "the Navy" after "the Colombian Navy": the last organization named before whose name ends in
   * the bare form. Only a definite "the Navy" refers back ("Navy Capt. X" names the person's U.S.
   * service), and not once the document has named the bare form's own entry or a unit of it
   * ("U.S. Army South ... the Army service component").
   */
  const namedBefore = (f: Found, bare: string): Found | undefined => {
    // "the Coast Guard", or "Coast Guard vessels" (a common noun after it); not "Navy Capt. X".
    const next = w.tokens[f.to]
    const definite = w.tokens[f.from - 1]?.norm === 'the'
    if (!definite && !(next && next.isWord && !next.cap && !next.breakBefore)) return undefined
    // "the Navy General Command in Montevideo" after "the Uruguayan Navy and the Argentine Navy": a
    // capitalized name goes on past the bare form, and which navy it names the text does not say.
    const goesOn = next?.cap === true && next.isWord && !next.breakBefore
    const candidates = new Set<string>()
    let withHead: Found | undefined
    const suffix = ` ${bare.toLowerCase()}`
    const own = (f.entry?.name ?? '').toLowerCase()
    let best: Found | undefined
    for (const o of w.found) {
      if (o.from >= f.from) break
      if (o.kind !== 'org' || o.form === 'bare') continue
      const names = namesOf(o)
      if (o.id === f.id || (own !== '' && names.some((n) => n.toLowerCase().startsWith(own)))) return undefined
      if (names.some((n) => n.toLowerCase().endsWith(suffix))) {
        best = o
        candidates.add(o.id)
      }
      // "the Coast Guard Service" after "the St. Vincent and the Grenadines Coast Guard Service".
      if (goesOn && names.some((n) => n.toLowerCase().endsWith(`${suffix} ${next.norm}`))) withHead = o
    }
    if (goesOn && candidates.size > 1) return withHead
    return best
  }
  const drop = new Set<Found>()
  const add: Found[] = []
  const qualified = new Map<string, Found>()
  let home: GazetteerEntry | null | undefined
  const t = w.tokens
  for (const f of w.found) {
    if (f.kind !== 'org' || f.form !== 'bare' || !f.entry) continue
    // "Army-to-Army Staff Talks", "Navy-to-Navy talks": a kind of talks, not a service.
    if ((t[f.to]?.norm === '-' && t[f.to]?.glued && t[f.to + 1]?.norm === 'to') || (t[f.from - 1]?.norm === '-' && t[f.from]?.glued && t[f.from - 2]?.norm === 'to')) {
      drop.add(f)
      continue
    }
    // "Guatemala's Navy": a country's possessive qualifies the bare form too.
    const adjacent = endsAt(w, f.from).find((c) => (c.kind === 'country' || c.kind === 'org'))
    const possessive = adjacent ? undefined : possessiveCountry(w, f.from)
    const bareText = spanOf(w, f.from, f.to).text
    if (possessive) {
      const national = possessive.entry ? nationalEntry(w.g, possessive.entry, bareText) : undefined
      drop.add(f)
      // Known: the entry. Unknown: "Jamaica's Coast Guard" was never one name, and it is not the U.S. one.
      if (national) {
        const known: Found = { from: possessive.from, to: f.to, kind: 'org', id: national.id, ids: [national.id], entry: national, form: 'alias', rule: 'org:country+bare' }
        drop.add(possessive)
        add.push(known)
        qualified.set(bareText.toLowerCase(), known)
      }
      continue
    }
    // "the Commander in Chief of the National Navy": a country's own service under the name it
    // gives itself, never the U.S. one. The gazetteer's entry for the one country the document
    // names, when it holds one; a name of its own otherwise.
    const before = w.tokens[f.from - 1]
    if (!adjacent && before?.text === 'National' && !w.tokens[f.from]?.breakBefore && coversAt(w, f.from - 1).length === 0) {
      drop.add(f)
      const made = ownService(w, f.from - 1, f.to, [bareText], 'org:national+bare')
      add.push(made)
      qualified.set(bareText.toLowerCase(), made)
      continue
    }
    const q = adjacent
    // "Jamaica Defence Force (JDF) Coast Guard": the organization before its acronym owns the bare form.
    const owner = q ? undefined : ownerBeforeAcronym(w, f.from)
    if (owner) {
      // Named the way texts write it ("GDF Coast Guard"), so later mentions of that form join it.
      const acronymText = w.tokens[f.from - 2]?.text ?? ''
      const name = `${/^\p{Lu}{2,}$/u.test(acronymText) ? acronymText : (owner.entry?.name ?? owner.local?.name ?? '')} ${bareText}`
      const lookup = (n: string) => w.g.trie.hits.get(aliasKey(n))?.find((h) => w.g.entries.get(h.id)?.type === 'organization')
      const known = lookup(name) ?? lookup(`${owner.entry?.name ?? owner.local?.name ?? ''} ${bareText}`)
      const entry = known ? w.g.entries.get(known.id) : undefined
      drop.add(f)
      if (entry) add.push({ from: f.from, to: f.to, kind: 'org', id: entry.id, ids: [entry.id], entry, form: 'alias', rule: 'org:owner+bare' })
      else {
        const country = owner.entry?.country ?? owner.local?.country ?? null
        add.push({ from: f.from, to: f.to, kind: 'org', id: `local:${slug(name)}`, ids: [], entry: null, form: 'rule', rule: 'org:owner+bare', local: { name, type: 'organization', country, acronym: null } })
      }
      continue
    }
    if (q) {
      drop.add(q)
      drop.add(f)
      if (q.id === f.entry.country || q.id === f.id) {
        add.push({ ...f, from: q.from, form: 'alias', rule: `gazetteer:${f.id}` })
        continue
      }
      // "St. Vincent and the Grenadines Coast Guard Service": a head word after the bare form.
      let to = f.to
      const next = w.tokens[to]
      if (next?.cap && !next.breakBefore && w.g.heads.get(next.text)?.some((h) => h.position === 'last' && h.type === 'organization')) to++
      const { text } = spanOf(w, q.from, to)
      // "the Ecuador Navy", "Belizean Coast Guard": the gazetteer's entry for that country's service.
      const national = q.kind === 'country' && q.entry ? nationalEntry(w.g, q.entry, spanOf(w, f.from, to).text) : undefined
      if (national) {
        const known: Found = { from: q.from, to, kind: 'org', id: national.id, ids: [national.id], entry: national, form: 'alias', rule: 'org:country+bare' }
        add.push(known)
        qualified.set(bareText.toLowerCase(), known)
        continue
      }
      // "the Royal Danish Navy", "Royal Australian Navy": the service's own "Royal" opens its name.
      const royal = q.kind === 'country' && w.tokens[q.from - 1]?.text === 'Royal' && !w.tokens[q.from]?.breakBefore && coversAt(w, q.from - 1).length === 0
      const start = royal ? q.from - 1 : q.from
      const name = royal ? spanOf(w, start, to).text : text
      const local: Found = {
        from: start,
        to,
        kind: 'org',
        id: `local:${slug(name)}`,
        ids: [],
        entry: null,
        form: 'rule',
        rule: 'org:country+bare',
        local: { name, type: 'organization', country: q.kind === 'country' ? q.id : (q.entry?.country ?? q.local?.country ?? null), acronym: null },
      }
      add.push(local)
      qualified.set(bareText.toLowerCase(), local)
      continue
    }
    // "its Coast Guard": some other organization's, not the U.S. one.
    if (['its', 'their', 'his', 'her', 'our'].includes(w.tokens[f.from - 1]?.norm ?? '')) {
      drop.add(f)
      continue
    }
    // "Marines of the 32nd Raiding Squadron", "Coast Guard of Suriname", "Marines from the
    // Guatemalan Navy": what follows says whose.
    const of = w.tokens[f.to]
    const named = w.tokens[f.to + 1]?.norm === 'the' ? w.tokens[f.to + 2] : w.tokens[f.to + 1]
    const whose = of?.norm === 'of' || (of?.norm === 'from' && startsAt(w, f.to + 1 + (w.tokens[f.to + 1]?.norm === 'the' ? 1 : 0)).some((c) => c.kind === 'org' || c.kind === 'country'))
    if (whose && !of?.breakBefore && isCapWord(named)) {
      drop.add(f)
      continue
    }
    // "Red Cross Aruba": a country right after the bare form names a local one too.
    const after = startsAt(w, f.to).find((c) => c.kind === 'country')
    const next = w.tokens[f.to]
    if (after && next && !next.breakBefore && !isCapWord(w.tokens[after.to])) {
      const { text } = spanOf(w, f.from, after.to)
      const local: Found = {
        from: f.from,
        to: after.to,
        kind: 'org',
        id: `local:${slug(text)}`,
        ids: [],
        entry: null,
        form: 'rule',
        rule: 'org:bare+country',
        local: { name: text, type: 'organization', country: after.id, acronym: null },
      }
      drop.add(f)
      drop.add(after)
      add.push(local)
      qualified.set(bareText.toLowerCase(), local)
      continue
    }
    // A later bare "the Coast Guard" means the qualified one the document named before.
    const earlier = qualified.get(bareText.toLowerCase()) ?? namedBefore(f, bareText)
    if (earlier) {
      drop.add(f)
      // "the Coast Guard Service" after "St Vincent and the Grenadines Coast Guard Service": the head
      // word after the bare form belongs to the reference when the earlier name ends with both.
      const next = w.tokens[f.to]
      const names = namesOf(earlier)
      const withHead = next?.cap && !next.breakBefore && names.some((n) => n.endsWith(` ${bareText} ${next.text}`))
      add.push({ ...earlier, from: f.from, to: withHead ? f.to + 1 : f.to, form: 'reference', rule: 'org:bare-coref' })
      continue
    }
    // "… to a new operations room at the Coast Guard base", before the report names the Dominica
    // Coast Guard and while it has not yet named the U.S. one: the one service of that name the
    // document names, when it names one.
    if (f.entry.country === 'USA' && !isCapWord(w.tokens[f.to])) {
      const later = namedLater(w, f, bareText)
      if (later) {
        drop.add(f)
        add.push({ ...later, from: f.from, to: f.to, form: 'reference', rule: 'org:bare-coref' })
        continue
      }
    }
    // "TEGUCIGALPA, Honduras – ... The Army and the Air Force also attended": in a document that
    // names nothing of the United States, a bare U.S. service is the home country's, when the
    // gazetteer holds it, and no organization otherwise.
    // Not before a capitalized word ("Coast Guard Cutter Stone" names the U.S. service's ship).
    if (f.entry.country === 'USA' && !isCapWord(w.tokens[f.to])) {
      home ??= homeCountry(w)
      if (home === null) continue
      drop.add(f)
      const national = nationalEntry(w.g, home, bareText)
      if (national) add.push({ ...f, id: national.id, ids: [national.id], entry: national, form: 'reference', rule: 'org:bare-home-country' })
    }
  }
  if (drop.size > 0 || add.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}

/** An organization's names: its entry's name and aliases, or its own name. */
function namesOf(o: Found): string[] {
  return o.entry ? [o.entry.name, ...o.entry.aliases] : [o.local?.name ?? '']
}

/**
 * The one organization other than the bare form's own entry whose name ends in the bare form
 * ("Dominica Coast Guard" for "the Coast Guard"), when the document names exactly one and has not
 * named the bare form's entry in full before `f`.
 */
function namedLater(w: Work, f: Found, bare: string): Found | undefined {
  const suffix = ` ${bare.toLowerCase()}`
  let only: Found | undefined
  for (const o of w.found) {
    if (o.kind !== 'org' || o.form === 'bare') continue
    if (o.id === f.id) {
      if (o.from < f.from) return undefined
      continue
    }
    const names = namesOf(o)
    if (!names.some((n) => n.toLowerCase().endsWith(suffix))) continue
    if (only && only.id !== o.id) return undefined
    only ??= o
  }
  return only
}

/**
 * "the National Police", "the National Police's Directorate": a country's police under the name it
 * gives itself. "National" opens no name on its own (it is a not-name word) and "Police" alone is
 * no name, so no other rule reads it. It is the police the document named in full, else the
 * gazetteer's police of the one country the document names, else an organization of its own name.
 */
/**
 * "the Gendarmerie had seized …" after "the Gendarmerie of Martinique": a definite bare form that
 * no country qualified refers to the last name made before it that opens with the bare form and
 * "of" (such names come from head words, read after the bare forms).
 */
export function bareToNamesOf(w: Work): void {
  let changed = false
  const found = w.found.map((f) => {
    if (f.kind !== 'org' || f.form !== 'bare' || !f.entry || w.tokens[f.from - 1]?.norm !== 'the') return f
    const prefix = `${spanOf(w, f.from, f.to).text.toLowerCase()} of `
    let earlier: Found | undefined
    for (const o of w.found) {
      if (o.from >= f.from) break
      if (o.kind === 'org' && o.local && o.local.name.toLowerCase().startsWith(prefix)) earlier = o
    }
    if (!earlier) return f
    changed = true
    return { ...earlier, from: f.from, to: f.to, form: 'reference' as const, rule: 'org:bare-coref' }
  })
  if (changed) w.found = found
}

export function nationalPolice(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  for (let i = 0; i + 1 < t.length; i++) {
    if (t[i]?.text !== 'National' || t[i + 1]?.text !== 'Police' || t[i + 1]?.breakBefore) continue
    // Part of a longer name ("Haitian National Police", "National Police Corps"); "The National
    // Police" opening a sentence is not.
    if (coversAt(w, i).length > 0 || coversAt(w, i + 1).length > 0 || isCapWord(t[i + 2]) || (isCapWord(t[i - 1]) && t[i - 1]?.norm !== 'the')) continue
    // "the National Police of Paraguay … Subcomisario Andrea Paniagua, of the National Police": the
    // one the document named in full.
    const named = w.found.find((f) => f.kind === 'org' && /^National Police\b/.test(f.entry?.name ?? f.local?.name ?? spanOf(w, f.from, f.to).text))
    if (named) {
      add.push({ ...named, from: i, to: i + 2, form: 'reference', rule: 'org:national-police' })
      continue
    }
    add.push(ownService(w, i, i + 2, ['National Police', 'Police'], 'org:national-police'))
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

/**
 * "National <service>" over tokens [from, to): the gazetteer's entry for that service of the one
 * country the document names (the first of `services` it holds), else an organization of that
 * name. Only a document about one country says whose: a Uruguayan page about a Brazilian navy's
 * agreement names Brazil more often than Uruguay.
 */
function ownService(w: Work, from: number, to: number, services: readonly string[], rule: string): Found {
  const sole = soleCountry(w)
  let entry: GazetteerEntry | undefined
  for (const service of services) entry ??= sole ? nationalEntry(w.g, sole, service) : undefined
  if (entry) return { from, to, kind: 'org', id: entry.id, ids: [entry.id], entry, form: 'alias', rule }
  const name = spanOf(w, from, to).text
  return { from, to, kind: 'org', id: `local:${slug(name)}`, ids: [], entry: null, form: 'rule', rule, local: { name, type: 'organization', country: sole?.id ?? null, acronym: null } }
}

/** The one country a document names, when it names one and no other (the United States included). */
function soleCountry(w: Work): GazetteerEntry | null {
  let only: string | null = null
  for (const f of w.found) {
    if (f.kind !== 'country') continue
    if (only !== null && f.id !== only) return null
    only = f.id
  }
  return only === null ? null : (w.g.entries.get(only) ?? null)
}

/**
 * The country a document is about when it names nothing of the United States: the country it
 * names most often (first named on a tie); null when it names the United States, a U.S. body, or
 * no country at all.
 */
function homeCountry(w: Work): GazetteerEntry | null {
  const counts = new Map<string, number>()
  for (const f of w.found) {
    if (f.kind === 'country') {
      if (f.id === 'USA') return null
      counts.set(f.id, (counts.get(f.id) ?? 0) + 1)
    } else if (f.kind === 'org' && f.form !== 'bare' && (f.entry?.country ?? f.local?.country) === 'USA') return null
  }
  let best: string | null = null
  let most = 0
  for (const [id, n] of counts) if (n > most) [best, most] = [id, n]
  return best === null ? null : (w.g.entries.get(best) ?? null)
}

const ACRONYM_TOKEN = /^[A-Z][A-Za-z0-9]*$/
/** An acronym that keeps a small letter of a word ("NaDMA", "SEMARNaT"): three capitals or more, no two small letters side by side. */
const MIXED_ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){3})[A-Z](?:[A-Z]|[a-z](?=[A-Z]))*[A-Z]?$/

/** "Caribbean Disaster Emergency Management Agency (CDEMA)": learn CDEMA for this document. */
export function learnAcronyms(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  const spelledOther = new Set<string>()
  for (const i of w.opens) {
    let j = i + 1
    let words = 0
    while (j < t.length && t[j]?.norm !== ')' && j - i <= 6) {
      const tok = t[j]
      if (!tok) break
      if (tok.isWord) {
        // "NaDMA": capitals with a small letter between them are an acronym too.
        if (!ACRONYM_TOKEN.test(tok.text) || !(tok.upper || tok.text.length <= 1 || /\d/.test(tok.text) || MIXED_ACRONYM.test(tok.text))) break
        words++
      } else if (!['-', '&', "'", '.'].includes(tok.norm)) break
      j++
    }
    if (t[j]?.norm !== ')' || words === 0 || j === i + 1) continue
    const acronym = spanOf(w, i + 1, j).text
    if (acronym.replace(/[^A-Z]/g, '').length < 2) continue
    const long = endsAt(w, i)[0]
    // "... at USSOUTHCOM (VIDEO)": an acronym after an acronym, or one whose letters the name
    // before it does not start, defines nothing.
    if (long && long.form === 'acronym') continue
    const fits =
      long !== undefined && (initialsFit(spanOf(w, long.from, long.to).text, acronym) || (long.entry?.acronyms.includes(acronym) ?? false))
    if (long && fits && (long.kind === 'org' || long.kind === 'place' || long.kind === 'event')) {
      w.learned.set(acronym, { id: long.id, kind: long.kind })
      if (long.kind === 'org') {
        if (long.local) long.local.acronym = long.local.acronym ?? acronym
        add.push({ ...long, from: i + 1, to: j, form: 'acronym', rule: `acronym:${long.id}` })
      }
      continue
    }
    if (long && fits) continue
    // "District of Columbia National Guard (DCNG)": the name runs past the gazetteer's match.
    const run = capitalRunBefore(w, i, true)
    if (!run) continue
    let from = alignToAcronym(w, run.from, i, acronym)
    // "Division of Ports, Airports and Border Posts (DIPAFRONT)", "Department of Integration,
    // Management and Admission of Foreigners (DIMAS)": a name that lists its parts with commas and
    // "and" starts at the first part, where its head word is.
    let k = run.from
    // Back over the words the run trimmed as no name's opener ("Management and").
    while (k > 0 && !t[k]?.breakBefore && (CONNECTORS.has(t[k - 1]?.norm ?? '') || isCapWord(t[k - 1])) && coversAt(w, k - 1).length === 0) k--
    if (!headOf(w, from, i) && hasAnd(w, k, i)) {
      for (let n = 0; n < 3 && t[k - 1]?.norm === ',' && !t[k]?.breakBefore; n++) {
        const part = capitalRunBefore(w, k - 1, true)
        if (!part) break
        k = part.from
        if (headOf(w, k, i)) {
          from = k
          break
        }
      }
    }
    // "National Emergency Management Organisation (NEMO)": a word the run trimmed as no name's
    // opener ("National", "The") belongs to the name when the acronym spells it.
    let wide = run.from
    while (wide > 0 && !t[wide]?.breakBefore && isCapWord(t[wide - 1]) && !CONNECTORS.has(t[wide - 1]?.norm ?? '') && has(w, 'not-name', t[wide - 1]?.text ?? '') && coversAt(w, wide - 1).length === 0) wide--
    if (wide < run.from && initialsOf(w, wide, i) === acronym.replace(/[^A-Z]/g, '')) from = wide
    // "U.S. Coast Guard Law Enforcement Detachment (LEDET)": the organization before the spelled-out
    // words is part of the name.
    // Not when the words spell the acronym by themselves: "U.S. Coast Guard Law Enforcement
    // Detachment (LEDET)" names the detachment and, apart, the service.
    const qualifier = endsAt(w, from).find((f) => (f.kind === 'org' || f.kind === 'country') && f.from >= run.from)
    if (qualifier && !spelledBy(w, from, i, acronym)) from = qualifier.from
    const head = headOf(w, from, i)
    const { text } = spanOf(w, from, i)
    if (!head) {
      // "the Atlantic Rally for Cruisers (ARC)": the letters stand for a name that is no body here,
      // not for the gazetteer's organization of the same letters (the Colombian Navy).
      if (initialsOf(w, from, i) === acronym.replace(/[^A-Z]/g, '')) spelledOther.add(acronym)
      continue
    }
    // "CARICOM Implementation Agency for Crime and Security (IMPACS)": an acronym the gazetteer
    // knows after a name it does not is that organization under another spelling.
    const knownAcronym = head === 'organization' ? startsAt(w, i + 1).find((f) => f.kind === 'org' && f.form === 'acronym' && f.to === j && f.entry !== null) : undefined
    if (knownAcronym?.entry) {
      // "National Migration Institute (INM)": the Spanish order of the letters spells no English
      // opener, but the gazetteer's own name for the body holds it.
      const entry = knownAcronym.entry
      if (wide < from && [entry.name, ...entry.aliases].some((n) => n.includes(spanOf(w, wide, i).text))) from = wide
      add.push({ from, to: i, kind: 'org', id: knownAcronym.id, ids: [knownAcronym.id], entry: knownAcronym.entry, form: 'rule', rule: `acronym:${knownAcronym.id}` })
      continue
    }
    const made = makeLocal(w, from, i, head, text, acronym, 'acronym:defined')
    add.push(made)
    w.learned.set(acronym, { id: made.id, kind: made.kind })
    add.push({ ...made, from: i + 1, to: j, form: 'acronym' })
  }
  if (spelledOther.size > 0) {
    const other = (f: Found) => f.kind === 'org' && f.form === 'acronym' && f.entry !== null && !w.learned.has(spanOf(w, f.from, f.to).text) && spelledOther.has(spanOf(w, f.from, f.to).text)
    if (w.found.some(other)) w.found = w.found.filter((f) => !other(f))
  }
  if (add.length === 0 && w.learned.size === 0) return
  const covered = (k: number) => (coversAt(w, k).length > 0) || add.some((f) => f.from <= k && k < f.to)
  // Absorb pieces a local name swallowed (a country inside "Guyana Coast Guard Service").
  const made = add.filter((a) => a.form === 'rule')
  if (made.length > 0) {
    const absorbed = (f: Found) => made.some((a) => a.from <= f.from && f.to <= a.to && a !== f)
    const kept = w.found.filter((f) => !absorbed(f) || f.kind === 'title')
    if (kept.length !== w.found.length) w.found = kept
  }
  // Later (and earlier) uses of a learned acronym.
  const learned = [...w.learned.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([acr, target]) => ({ target, parts: acr.split(/(?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9])/).filter((p) => p.trim() !== '') }))
  // The first mention of an id among what was added so far, then the document's (looked up
  // when an acronym is met, from the lists as they stand now: the loop below only appends).
  const addedBefore = add.length
  const templates = new Map<string, Found | null>()
  const templateOf = (id: string): Found | undefined => {
    let found = templates.get(id)
    if (found === undefined) {
      found = null
      for (let n = 0; n < addedBefore && !found; n++) if ((add[n] as Found).id === id) found = add[n] as Found
      if (!found) found = w.found.find((f) => f.id === id) ?? null
      templates.set(id, found)
    }
    return found ?? undefined
  }
  for (const k of w.uppers) {
    for (const { target, parts } of learned) {
      if (t[k]?.text !== parts[0] || !parts.every((p, n) => t[k + n]?.text === p)) continue
      if (covered(k)) break
      const template = templateOf(target.id)
      if (!template) break
      add.push({ ...template, from: k, to: k + parts.length, form: 'acronym', rule: `acronym:${target.id}` })
      break
    }
  }
  // An acronym the gazetteer gives another entry means the defined one in this document.
  const firstById = new Map<string, Found>()
  for (const x of add) if (!firstById.has(x.id)) firstById.set(x.id, x)
  for (const x of w.found) if (!firstById.has(x.id)) firstById.set(x.id, x)
  for (const f of w.found) {
    if (f.form !== 'acronym') continue
    const text = spanOf(w, f.from, f.to).text
    const target = w.learned.get(text)
    const template = target && firstById.get(target.id)
    if (template && template.id !== f.id) Object.assign(f, { ...template, from: f.from, to: f.to, form: 'acronym' })
  }
  // An acronym the text defines is that, not a place of the same letters ("TEMA", not Tema, Ghana).
  const definedPlace = (f: Found) => f.kind === 'place' && w.learned.size > 0 && w.learned.has(spanOf(w, f.from, f.to).text)
  if (add.length > 0 || w.found.some(definedPlace)) w.found = sortFound([...w.found.filter((f) => !definedPlace(f)), ...add])
}

/** Capitalized names no rule explained, ending in a head word: "Ministry of National Security", "Barbados Coast Guard". */
export function headWordNames(w: Work): void {
  titledOffices(w)
  const t = w.tokens
  const add: Found[] = []
  const drop = new Set<Found>()
  const retarget = new Map<string, Found>()
  let i = 0
  while (i < t.length) {
    // Most tokens are no capitalized word: nothing opens there.
    if (!isCapWord(t[i])) {
      i++
      continue
    }
    // "14 Airmen of the 429th Expeditionary Operations Squadron": a count of people of a unit opens
    // no name; the unit's own name starts after "of".
    if (/^\d+$/.test(t[i]?.text ?? '') && isCapWord(t[i + 1]) && t[i + 2]?.norm === 'of') {
      i += 3
      continue
    }
    // "L/Cpl. Shamar O. Isaac of the Service Corps", "Captain Thomas H. Ridley of the Royal Anglian
    // Regiment": the surname after a middle initial ends a person; the organization starts after "of".
    if (t[i + 1]?.norm === 'of' && isInitialAt(w, i - 2) && isCapWord(t[i - 3]) && !w.g.heads.has(t[i]?.text ?? '')) {
      i++
      continue
    }
    // The same with a saint's name for a surname ("Kendall P. St. Rose of the Fire Service").
    if ((t[i]?.norm === 'st' || t[i]?.norm === 'ste') && t[i + 1]?.norm === '.' && isCapWord(t[i + 2]) && t[i + 3]?.norm === 'of' && isInitialAt(w, i - 2) && isCapWord(t[i - 3])) {
      i += 3
      continue
    }
    // "Sept. 14" after a known town ("in Vieux Fort Sept. 14") opens no name the town would lead, and
    // the day opens none either ("On February 11 the Embassy delivered …"): both are passed.
    if (dateOpensAt(t, i)) {
      i += t[i + 1]?.norm === '.' ? 3 : 2
      continue
    }
    // A bare form opens a name too ("Coast Guard Authority of Suriname").
    const bareAt = startsAt(w, i).find(isBareOrg)
    if (blocked(w, i) && !bareAt) {
      i++
      continue
    }
    // Most runs are one capitalized word that nothing extends or qualifies ("The", "He", a
    // surname): the same test as after the walk below, made before it.
    if (!bareAt && loneCapWord(w, i)) {
      i++
      continue
    }
    let j = bareAt ? bareAt.to : i
    // Where the run went through a possessive ("Nelson's Dockyard"): only a place's name may.
    let possessiveAt = -1
    while (j < t.length) {
      if (j > i && t[j]?.breakBefore) break
      // "the Port of Acajutla June 8-11", "in Vieux Fort Sept. 14": a date ends a name.
      if (j > i && dateOpensAt(t, j)) break
      if (isCapWord(t[j]) && !blocked(w, j)) {
        j++
        continue
      }
      // "Nelson's Dockyard", "St. Ann's Fort", "Needham's Point"
      if (j > i && t[j]?.norm === "'" && t[j]?.glued && t[j + 1]?.norm === 's' && t[j + 1]?.glued && freeCapAt(w, j + 2)) {
        if (possessiveAt < 0) possessiveAt = j
        j += 2
        continue
      }
      // "St. Ann's Fort", "Sir Vere Cornwall Bird Sr. International Airport": an abbreviation's period.
      if (j > i && t[j]?.norm === '.' && t[j]?.glued && has(w, 'name-abbrev', t[j - 1]?.norm ?? '') && isCapWord(t[j - 1]) && freeCapAt(w, j + 1)) {
        j++
        continue
      }
      // "Vance W. Amory International Airport", "Jack D. Gordon Institute": a namesake's middle
      // initial, when more of the name follows the surname ("Lorraine V. Castellanos of the
      // Embassy" is a person).
      if (j > i + 1 && isInitialAt(w, j - 1) && isCapWord(t[j - 2]) && isCapWord(t[j + 1]) && isCapWord(t[j + 2]) && !t[j + 2]?.breakBefore) {
        j++
        continue
      }
      // "Bay of Chetumal", "Gulf of Paria", "Barra del Colorado": a place word opening the name takes
      // the place after "of" (or the Spanish "de", "del").
      const placeOf = (t[j - 1]?.norm === 'of' || t[j - 1]?.norm === 'del' || t[j - 1]?.norm === 'de') && j - 2 === i && w.g.heads.get(t[i]?.text ?? '')?.some((h) => h.position === 'first' && (h.type === 'region' || h.type === 'facility'))
      // "the Ministry of National Security Dr. Carla S. Whyte-Hamilton": an honorific starts a person, not more of the name.
      const c = startsAt(w, j).find(
        (f) =>
          f.kind === 'country' ||
          (f.kind === 'title' && f.entry?.type !== 'honorific') ||
          (f.kind === 'org' && f.form === 'bare') ||
          (placeOf && f.kind === 'place') ||
          // "the Joint Command of the Armed Forces (CCFFAA)": a Spanish acronym's definition cut
          // the name short at "Armed Forces"; the name goes on through it.
          // (Not a sitting's: "the Twenty-Third Meeting of the Technical Advisory Committee (TAC)".)
          (f.kind === 'org' && f.rule === 'acronym:defined' && t[j - 1]?.norm === 'the' && t[j - 2]?.norm === 'of' && !t.slice(i, j).some((x) => SITTING.has(x.norm))),
      )
      // "Jamaica's Ministry of National Security and Guatemala's …": a country after "and" starts
      // another name.
      if (c && !(c.kind === 'country' && t[j - 1]?.norm === 'and')) {
        j = c.to
        continue
      }
      const suffix = startsAt(w, j).find((f) => f.to === j + 1 && f.kind === 'place' && has(w, 'unit-suffix', t[j]?.norm ?? ''))
      if (suffix && j > i && w.g.heads.get(t[j - 1]?.text ?? '')?.some((h) => h.position === 'last' && h.type === 'organization')) {
        j = suffix.to
        continue
      }
      // "Airport Road and Welfare Road", "Cole Bay and Cay Hill": a place's name ends at its head word; "and" starts the next.
      if (t[j]?.norm === 'and' && j > i && placeWordAt(w, j - 1)) break
      if ((CONNECTORS.has(t[j]?.norm ?? '') || (t[j]?.norm === '-' && t[j]?.glued)) && isCapWord(t[j + 1])) {
        j++
        continue
      }
      // "Val-de-Cans Naval Base", "Dégrad-des-Cannes": a hyphenated connector inside the name.
      if (j > i && t[j]?.norm === '-' && t[j]?.glued && HYPHEN_LINKS.has(t[j + 1]?.norm ?? '') && t[j + 1]?.glued && t[j + 2]?.norm === '-' && t[j + 2]?.glued && isCapWord(t[j + 3]) && t[j + 3]?.glued) {
        j += 3
        continue
      }
      // "Comité Binacional de Seguridad Fronteriza Chile–Bolivia", "… Paso de los Libres–Uruguaiana":
      // a dash before a land or town that closes the name joins a pair, and the name ends with it.
      // (A pair that opens the rest of a name, "the Paraguay–Bolivia Joint Border Security
      // Commission", is read from the dash below.)
      if (j > i && DASHES.has(t[j]?.norm ?? '') && t[j]?.glued && t[j + 1]?.glued) {
        const second = startsAt(w, j + 1).find(isLandOrTown)
        if (second && !isCapWord(t[second.to])) {
          j = second.to
          break
        }
      }
      // "Dirección General de Pesca y Acuicultura": the Spanish "and" inside a Spanish name.
      if (t[j]?.norm === 'y' && !t[j]?.cap && isCapWord(t[j + 1]) && t.slice(i, j).some((x) => x.norm === 'de' || x.norm === 'del')) {
        j++
        continue
      }
      // "National Task Force Against Trafficking in Persons": "in" goes on with a remit.
      if (t[j]?.norm === 'in' && isCapWord(t[j + 1]) && tookRemit(t, i, j) && !t[j + 1]?.breakBefore && !CALENDAR_WORDS.has(t[j + 1]?.norm ?? '') && !blocked(w, j + 1)) {
        j++
        continue
      }
      // "Group of Experts on Maritime Narcotrafficking", "Inter-American Committee against
      // Terrorism": a body's remit after its head word.
      if (
        j > i &&
        REMIT.has(t[j]?.norm ?? '') &&
        isCapWord(t[j + 1]) &&
        !t[j + 1]?.breakBefore &&
        !CALENDAR_WORDS.has(t[j + 1]?.norm ?? '') &&
        !blocked(w, j + 1) &&
        hasBodyHead(w, i, j)
      ) {
        j++
        continue
      }
      // "Hospital Central de las Fuerzas Armadas"
      if (CONNECTORS.has(t[j]?.norm ?? '') && CONNECTORS.has(t[j + 1]?.norm ?? '') && t[j + 1]?.norm !== 'the' && isCapWord(t[j + 2]) && !blocked(w, j + 2)) {
        j += 2
        continue
      }
      // "Embassy of the United States of America": "of the" before a capital. "Naval Command of the
      // Caribbean": a region after an organization's head word.
      const region = startsAt(w, j + 2).find((f) => f.kind === 'place' && f.entry?.type === 'region')
      if (
        region &&
        t[j]?.norm === 'of' &&
        t[j + 1]?.norm === 'the' &&
        !t[j + 2]?.breakBefore &&
        !isCapWord(t[region.to]) &&
        w.g.heads.get(t[j - 1]?.text ?? '')?.some((h) => h.position === 'last' && h.type === 'organization')
      ) {
        j = region.to
        break
      }
      // "Office of the Prime Minister", "Office of the Director of Public Prosecutions": an office
      // after "of the" names the body of a head word that opens the name.
      if (
        t[j]?.norm === 'of' &&
        t[j + 1]?.norm === 'the' &&
        !t[j + 2]?.breakBefore &&
        w.g.heads.get(t[i]?.text ?? '')?.some((h) => h.position === 'first' && h.type === 'organization') &&
        startsAt(w, j + 2).some((f) => f.kind === 'title' && f.entry?.type === 'office')
      ) {
        // The office ends the name: "the Office of the Prime Minister Senator Kerri-Ann …" goes on
        // with a person.
        const office = startsAt(w, j + 2).filter((f) => f.kind === 'title' && f.entry?.type === 'office').reduce((a, b) => (b.to > a.to ? b : a))
        j = office.to
        if (!(CONNECTORS.has(t[j]?.norm ?? '') && isCapWord(t[j + 1]) && !blocked(w, j + 1))) break
        continue
      }
      // "Embajada de los Estados Unidos": the Spanish "de los" too.
      if (
        ((t[j]?.norm === 'of' && t[j + 1]?.norm === 'the') || (t[j]?.norm === 'de' && SPANISH_ARTICLES.has(t[j + 1]?.norm ?? ''))) &&
        !t[j + 2]?.breakBefore &&
        ((isCapWord(t[j + 2]) && !blocked(w, j + 2)) || startsAt(w, j + 2).some((f) => f.kind === 'country' || (f.kind === 'org' && (f.form === 'bare' || (f.rule === 'acronym:defined' && !t.slice(i, j).some((x) => SITTING.has(x.norm)))) && t[j]?.norm === 'of')))
      ) {
        j += 2
        continue
      }
      break
    }
    // "the Ministry of Defence and Jamaica Defence Force": a connector before a name the run
    // could not take ends nothing.
    while (j > i + 1 && (CONNECTORS.has(t[j - 1]?.norm ?? '') || DASHES.has(t[j - 1]?.norm ?? ''))) j--
    // "the Southern Division and Eastern Division": two names with one head word, not one name.
    for (let k = i + 2; k < j - 2; k++) {
      if (t[k]?.norm !== 'and' || t[k - 1]?.text !== t[j - 1]?.text || !w.g.heads.get(t[j - 1]?.text ?? '')?.some((h) => h.position === 'last' && h.type === 'organization')) continue
      j = k
      break
    }
    // "the Ministry of Home Affairs Conference Room": a room of the body is where a meeting sits, not
    // part of the body's name.
    const room = t[j - 1]?.text === 'Room' && ['Conference', 'Board', 'Briefing', 'Situation'].includes(t[j - 2]?.text ?? '') ? 2 : ['Boardroom', 'Auditorium'].includes(t[j - 1]?.text ?? '') ? 1 : 0
    if (room > 0 && j - room - i >= 2 && headOf(w, i, j - room) === 'organization') j -= room
    // "Aviation Brigade No. 15": the name's head word comes before its number sign, which is read after it.
    if (j - 1 > i && t[j - 1]?.text === 'No' && t[j]?.norm === '.' && t[j]?.glued && /^\d+$/.test(t[j + 1]?.text ?? '')) j--
    // One capitalized word with no head word and nothing before it to qualify it ("The", "He",
    // a surname) names nothing: most runs end here.
    if (j === i + 1 && !bareAt && !w.g.heads.has(t[i]?.text ?? '') && endsAt(w, i).length === 0 && t[i - 1]?.norm !== '-' && t[i - 1]?.norm !== 's') {
      i++
      continue
    }
    // A country or an organization's acronym just before the run qualifies it ("Barbados Coast
    // Guard", "RSS Air Wing"); so does "U.S.-" ("U.S.-Caribbean Resilience Partnership").
    let from = i
    // "Royal Saint Lucia Police Force Marine Police Unit": a unit named after the whole organization.
    // "U.S. Army Medical Center of Excellence": the head word may come before the name's remit.
    const remitAt = t.slice(i, j).findIndex((x) => x.norm === 'of')
    const headEnd = remitAt > 0 ? i + remitAt : j
    const subunit = has(w, 'subunit-head', t[headEnd - 1]?.norm ?? '') && wordsIn(w, i, headEnd) >= 2
    const q = endsAt(w, i).find(
      (f) =>
        f.kind === 'country' ||
        (f.kind === 'org' && (f.form === 'acronym' || (subunit && f.form !== 'bare' && f.entry !== null))) ||
        (f.kind === 'place' && (f.entry?.type === 'region' || f.entry?.type === 'city')),
    )
    if (q && !t[i]?.breakBefore) from = q.from
    else if (DASHES.has(t[i - 1]?.norm ?? '') && t[i]?.glued && t[i - 1]?.glued) {
      const c = endsAt(w, i - 1).find((f) => f.kind === 'country')
      if (c) from = c.from
    }
    // "U.S.-Dominican Bilateral Defense Working Group": a country pair opens the name; so does a pair
    // of towns ("Paso de los Libres–Uruguaiana Binational Border Security Committee").
    if (q && isLandOrTown(q) && from === q.from && DASHES.has(t[from - 1]?.norm ?? '') && t[from]?.glued && t[from - 1]?.glued) {
      const c = endsAt(w, from - 1).find((f) => (q.kind === 'country' ? f.kind === 'country' : isLandOrTown(f)))
      if (c) from = c.from
    }
    // "San Javier–Porto Xavier Border Security Committee", "El Ceibo–Tenosique Local Border Security
    // Committee": towns no list holds, joined by an en dash glued to both, open the name too.
    if ((from === i || from === q?.from) && t[from - 1]?.norm === '–' && t[from]?.glued && t[from - 1]?.glued && (q === undefined || q.kind !== 'country')) {
      const run = capitalRunBefore(w, from - 1)
      // The town's own capitalized article stays with it ("El Ceibo").
      const article = run && SPANISH_ARTICLES.has(t[run.from - 1]?.norm ?? '') && t[run.from - 1]?.cap === true && !t[run.from]?.breakBefore ? 1 : 0
      // "Paso de los Libres–Uruguaiana": a Spanish town's "de (los)" between its words.
      let start = run ? run.from - article : from
      for (let n = 0; run && !article && n < 2; n++) {
        const k = SPANISH_ARTICLES.has(t[start - 1]?.norm ?? '') && !t[start - 1]?.cap ? start - 2 : start - 1
        if (!['de', 'del'].includes(t[k]?.norm ?? '') || t[k]?.cap || !isCapWord(t[k - 1]) || t[k]?.breakBefore || t[start]?.breakBefore) break
        start = k - 1
      }
      if (run && from - 1 - start <= 5 && !t[from - 1]?.breakBefore) from = start
    }
    // "in March the Naval Force seized …": a month or a weekday opens no name.
    // A capitalized Spanish article inside a sentence opens the name ("the El Alto International
    // Airport", "at La Unión Naval Base").
    const ownArticle = (k: number): boolean => SPANISH_ARTICLES.has(t[k]?.norm ?? '') && t[k]?.cap === true && !w.sentStart[k] && isCapWord(t[k + 1])
    while (from < j && !ownArticle(from) && (CONNECTORS.has(t[from]?.norm ?? '') || DETERMINERS.has(t[from]?.norm ?? '') || CALENDAR_WORDS.has(t[from]?.norm ?? ''))) from++
    // "Later the Group of Experts": no name goes on with "the" after its first word.
    if (from === i && w.sentStart[from] && t[from + 1]?.norm === 'the' && from + 2 < j && isCapWord(t[from + 2])) from += 2
    let head = from < j ? headOf(w, from, j) : null
    // "Officials of the Chilean Ministry of Foreign Affairs ...": a sentence's first word and "of
    // (the)" before a name open none; the name starts after them.
    if (!head && from === i && w.sentStart[from] && t[from + 1]?.norm === 'of') {
      const after = t[from + 2]?.norm === 'the' ? from + 3 : from + 2
      const inner = after < j - 1 ? headOf(w, after, j) : null
      if (inner === 'organization') {
        from = after
        head = inner
      }
    }
    // "for 14 Coast Guard officers", "Twelve Marine Branch ranks": a count of a body's members opens
    // no name; a numbered unit keeps its number ("31 Special Forces Squadron soldiers").
    if (from + 1 < j && isCount(t[from]) && has(w, 'member-noun', t[j]?.norm ?? '') && !t[j]?.cap && !NUMBERED_UNITS.has(t[j - 1]?.norm ?? '')) {
      from++
      head = headOf(w, from, j)
    }
    // "2019 MediaNews Group": a year opens an event's name, not an organization's.
    if (head === 'organization' && /^(?:19|20)\d\d$/.test(t[from]?.text ?? '') && wordsIn(w, from + 1, j) >= 2) from++
    if (possessiveAt >= 0 && head !== 'facility' && head !== 'region') {
      // "Jamaica's Coast Guard" was never one name: the run ends at the possessive.
      j = possessiveAt
      head = from < j ? headOf(w, from, j) : null
    }
    // "Sir Vere Cornwall Bird Sr. International Airport": a facility named after a titled person.
    // "Capitán Curbelo Air Base": after a rank too, when the name has words of its own besides its
    // head and the head is no surname ("Lt. Col. Anne Field" is a person).
    const honorific = endsAt(w, from).find(
      (f) => f.kind === 'title' && (f.entry?.type === 'honorific' || (f.entry?.type === 'rank' && wordsIn(w, from, j) >= 3 && endsInInstitutionHead(w, t[j - 1]?.text ?? ''))),
    )
    // "Base Naval ARC Bolívar": a name opened by a place word that runs on into another mention is
    // not read to its end; taking its first words would name nothing.
    if ((head === 'facility' || head === 'region') && isCapWord(t[j]) && !t[j]?.breakBefore && blocked(w, j) && !w.g.heads.get(t[j - 1]?.text ?? '')?.some((h) => h.position === 'last')) head = null
    const namedAfter = head === 'facility' && honorific !== undefined && from === i && !t[from]?.breakBefore ? honorific : undefined
    if (namedAfter) from = namedAfter.from
    // "J.F. Mitchell Airport", "E.T. Joshua Airport": a facility named after a person keeps the
    // person's initials.
    if (head === 'facility' && from === i && !t[from]?.breakBefore) {
      let k = from
      while (k >= 2 && t[k - 1]?.norm === '.' && t[k - 1]?.glued && isInitialAt(w, k - 2) && !t[k - 1]?.breakBefore) k -= 2
      if (k < from && coversAt(w, k).length === 0) from = k
    }
    // "Marines of the 32nd Raiding Squadron": a plural noun and "of the" before a name that has its
    // own head word; the name starts after "of the" unless the first word heads names with "of"
    // ("Ministry of ...", "Embassy of the ...").
    if (head && !w.g.heads.get(t[from]?.text ?? '')?.some((h) => h.position === 'first')) {
      // "60 Soldiers of the 926th Engineer Brigade": a count may come before the plural noun.
      const noun = /^\d+$/.test(t[from]?.text ?? '') ? from + 1 : from
      for (let k = from + 1; k < j - 2; k++) {
        if (t[k]?.norm !== 'of' || t[k + 1]?.norm !== 'the') continue
        if (headOf(w, k + 2, j) === head && wordsIn(w, k + 2, j) >= 2 && /s$/.test(t[noun]?.text ?? '') && k === noun + 1) from = k + 2
        break
      }
    }
    // "the U.S. Coast Guard's Seventh District": a unit of the possessor, named after it.
    let possessor: Found | undefined
    // "Brazil’s Federal Police", "Costa Rica’s Border Police": a state's own body, in its country.
    let statePossessor: Found | undefined
    if (from === i && t[i - 1]?.norm === 's' && t[i - 2]?.norm === "'") {
      possessor = endsAt(w, i - 2).find((f) => f.kind === 'org')
      if (!possessor) statePossessor = endsAt(w, i - 2).find((f) => f.kind === 'country')
    }
    if (possessor && head === 'region') head = 'organization'
    // "Destroyer Squadron 40"
    if (head === 'organization' && /^\d+$/.test(t[j]?.text ?? '') && !t[j]?.breakBefore) j++
    // "Regional Division #6", "Police Division #1"
    else if (head === 'organization' && t[j]?.text === '#' && /^\d+$/.test(t[j + 1]?.text ?? '') && t[j + 1]?.glued && !t[j]?.breakBefore) j += 2
    // "Aviation Brigade No. 15 “Paquisha”", "19th Jungle Brigade “Napo”": a unit's number and the
    // quoted name Latin American units carry belong to its name.
    if (head === 'organization' || head === 'facility') j = unitNumberAndNickname(w, j)
    // "Ministry of Foreign Affairs, Foreign Trade and Immigration": a list inside a ministry's name.
    if (head === 'organization' && t[j]?.norm === ',' && w.g.heads.get(t[from]?.text ?? '')?.some((h) => h.position === 'first')) {
      let e = j + 1
      let sawAnd = false
      while (e < t.length && !t[e]?.breakBefore && (isCapWord(t[e]) || (t[e]?.norm === 'and' && isCapWord(t[e + 1])) || (t[e]?.norm === ',' && isCapWord(t[e + 1])))) {
        // "…, Foreign Trade and Immigration, Kenrick D. Tillett": the list ends at its last item.
        if (t[e]?.norm === ',' && sawAnd) break
        if (t[e]?.norm === 'and') sawAnd = true
        if (blocked(w, e)) break
        e++
      }
      if (sawAnd && e > j + 1 && isCapWord(t[e - 1]) && !isCapWord(t[e]) && t[e]?.norm !== 'of') j = e
    }
    // "U.S. Embassy in Bridgetown", "OAS Office in the Adjacency Zone"
    const keep = new Set<Found>()
    if (head === 'organization' && (t[j]?.norm === 'in' || t[j]?.norm === 'to') && (IN_HEADS.has(lastWordBefore(w, j)) || IN_HEADS.has(t[from]?.text ?? '') || IN_HEADS.has(t[from + 1]?.text ?? ''))) {
      let k = j + 1
      if (t[k]?.norm === 'the') k++
      const city = startsAt(w, k).find((f) => ((f.kind === 'place' && f.entry?.type === 'city') || f.kind === 'org'))
      if (city) {
        j = city.to
        // "U.S. Embassy in Bridgetown" still mentions Bridgetown; "French Embassy to the OECS" is one name.
        if (city.kind === 'place') keep.add(city)
      }
      else {
        let e = k
        while (isCapWord(t[e]) && !blocked(w, e) && !t[e]?.breakBefore) e++
        if (e > k && e - k <= 3) j = e
      }
    } else if (head === 'organization' && (t[j]?.norm === 'de' || t[j]?.norm === 'en') && w.g.heads.get(t[from]?.text ?? '')?.some((h) => h.position === 'first' && h.type === 'organization') && !t[j + 1]?.breakBefore) {
      // "Estación de Guardacostas de Tumaco", "Embajada de los Estados Unidos en Bogotá": a Spanish
      // body, named by its first word (org-heads.tsv), takes its seat into its name.
      const city = startsAt(w, j + 1).find((f) => f.kind === 'place' && f.entry?.type === 'city')
      if (city && !isCapWord(t[city.to])) {
        j = city.to
        keep.add(city)
      }
    } else if (head === 'organization' && IN_HEADS.has(lastWordBefore(w, j)) && !t[j]?.breakBefore) {
      // "U.S. Embassy Nassau", "British High Commission Bridgetown": the city right after is the seat.
      const city = startsAt(w, j).find((f) => f.kind === 'place' && f.entry?.type === 'city')
      if (city && !isCapWord(t[city.to])) {
        j = city.to
        keep.add(city)
      }
    }
    // "General Directorate of Customs", "General Secretariat of the …": "General" before a head word
    // that opens names with "of" is the name's first word, not a rank.
    const generalRank =
      head === 'organization' && from === i && t[from + 1]?.norm === 'of' && w.g.heads.get(t[from]?.text ?? '')?.some((h) => h.position === 'first' && h.type === 'organization')
        ? endsAt(w, from).find((f) => f.kind === 'title' && f.entry?.type === 'rank' && f.to - f.from === 1 && t[f.from]?.norm === 'general' && !t[from]?.breakBefore)
        : undefined
    if (generalRank) from = generalRank.from
    // "Brig. Gen. John Smith of the Joint Command": after a rank or an honorific the run opens with
    // a person's name; the organization, if any, starts after "of (the)".
    // "the commander of Regional Police Division Seven", "Officers of Police Division 1": an office
    // or a plural noun that opens the run before "of" is no part of the name after it.
    // ("Divisional Commander of …": an office may follow one qualifying word.)
    const leadOffice = [...startsAt(w, from), ...startsAt(w, from + 1)].find((f) => f.kind === 'title' && f.entry?.type === 'office' && t[f.to]?.norm === 'of')
    const plural = /^\p{Lu}\p{Ll}+s$/u.test(t[from]?.text ?? '') && !w.g.heads.has(t[from]?.text ?? '') && t[from + 1]?.norm === 'of'
    const ofAt = leadOffice ? leadOffice.to : plural ? from + 1 : -1
    if (ofAt > 0 && ofAt < j) {
      const start = t[ofAt + 1]?.norm === 'the' ? ofAt + 2 : ofAt + 1
      const inner = start < j ? headOf(w, start, j) : null
      if (inner === 'organization' && wordsIn(w, start, j) >= 2) {
        from = start
        head = inner
      }
    }
    if (head && endsAt(w, from).some((f) => f.kind === 'title' && (f.entry?.type === 'rank' || f.entry?.type === 'honorific'))) {
      let k = from + 1
      while (k < j && t[k]?.norm !== 'of') k++
      if (k < j) {
        from = t[k + 1]?.norm === 'the' ? k + 2 : k + 1
        head = from < j ? headOf(w, from, j) : null
      } else head = null
    }
    // "the Seventh Meeting of the Belize–Mexico High-Level Border Security Group", "the Second
    // Meeting of the Joint Commission": a meeting of a body is an event; the body starts after "of (the)".
    // "the Sixty-second Ordinary Meeting of the Superior Council": a kind of sitting may come between.
    let sitting = parseOrdinal(t[from]?.norm ?? '') !== null ? from + 1 : from
    if (SITTING_KINDS.has(t[sitting]?.norm ?? '') && SITTING.has(t[sitting + 1]?.norm ?? '')) sitting++
    if (head && SITTING.has(t[sitting]?.norm ?? '') && t[sitting + 1]?.norm === 'of') {
      from = t[sitting + 2]?.norm === 'the' ? sitting + 3 : sitting + 2
      head = from < j ? headOf(w, from, j) : null
    }
    // "wrapped up the Tenth Binational Border Commission": the ordinal before a body that meets in
    // editions is the edition's; the body's name starts after it.
    if (head === 'organization' && from + 2 < j && isOrdinalWord(t[from]) && SESSION_BODIES.has(t[j - 1]?.text ?? '')) from++
    // "Commander of the Netherlands Forces" is an office, not an organization; "its Coast Guard
    // and Air Wing" are some organization's parts.
    // A numbered unit is a name even after a possessive ("its 1st Battalion, 228th Aviation Regiment"),
    // and so is a geographic name ("its Rodney Bay station").
    const ownName = ORDINAL.test(t[from]?.text ?? '') || head === 'region'
    const opensWithOffice =
      startsAt(w, from).some((f) => f.kind === 'title' && f !== namedAfter && f !== generalRank) ||
      // "Acting Commissioner of Police": an office after "Acting", "Deputy", "Interim".
      (has(w, 'title-modifier', t[from]?.norm ?? '') && startsAt(w, from + 1).some((f) => f.kind === 'title' && f.entry?.type === 'office')) || (['its', 'their', 'his', 'her', 'our'].includes(t[from - 1]?.norm ?? '') && !ownName)
    // "Royal Virgin Islands Police Force (RVIPF) Marine Unit": a unit named after the organization
    // whose acronym stands just before it, named as texts write it ("RVIPF Marine Unit").
    const acronymOwner =
      head === 'organization' && !possessor && from === i && has(w, 'subunit-head', t[j - 1]?.norm ?? '') ? ownerBeforeAcronym(w, from) : undefined
    const ownerAcronym = acronymOwner ? (t[from - 2]?.upper ? (t[from - 2]?.text ?? '') : '') : ''
    // "the Police Training School", "the Police Training Academy": a force's school named by what it
    // is, not by whose, is the place where courses are held.
    if (head === 'organization' && j - from === 3 && t[from]?.text === 'Police' && t[from + 1]?.text === 'Training' && POLICE_SCHOOLS.has(t[from + 2]?.text ?? '')) head = 'facility'
    // "RFA Mounts Bay", "HMS Trent Point": a ship's name, not a bay or a base.
    if ((head === 'region' || head === 'facility') && (has(w, 'vessel-prefix', t[from]?.norm ?? '') || afterVesselPrefix(w, from))) head = null
    // "Sandy Point, Dieppe Bay, Tabernacle and Old Road", "the villages of Seine Bight and Maya
    // Beach": in a list of places, "and" joins two of them; the place word names the last only.
    if ((head === 'region' || head === 'facility') && (t[from - 1]?.norm === ',' || (t[from - 1]?.norm === 'of' && LIST_OF_PLACES.has(t[from - 2]?.norm ?? '')))) {
      const and = t.slice(from, j).findIndex((x) => x.norm === 'and')
      if (and > 0 && from + and + 1 < j) from = from + and + 1
    }
    if (head && wordsIn(w, from, j) >= 2 && !headline(w, from, j) && !opensWithOffice) {
      const text = possessor
        ? `${possessor.entry?.name ?? possessor.local?.name ?? ''} ${spanOf(w, from, j).text}`
        : ownerAcronym
          ? `${ownerAcronym} ${spanOf(w, from, j).text}`
          : spanOf(w, from, j).text
      // A unit named after its parent is no venue ("at the Regional Security System Training Centre").
      const ofParent = q !== undefined && q.kind === 'org' && q.form !== 'acronym' && from === q.from
      let made = makeLocal(w, from, j, head, text, null, ofParent ? 'org:subunit' : `head:${head}`)
      // "la Oficina de Asuntos Antinarcóticos y Aplicación de la Ley (INL)": a name in another
      // language than the gazetteer's is the organization whose known acronym follows it.
      // Not a unit of another body named inside it ("Guardia Costera de la Fuerza de Defensa de
      // Jamaica (JDF)": the acronym may be the inner body's).
      const innerBody = (): boolean => {
        const of = t.slice(from, j).findIndex((x) => OF_WORDS.has(x.norm))
        return of >= 0 && t.slice(from + of + 1, j).some((x) => x.cap && w.g.heads.get(x.text)?.some((h) => h.type === 'organization'))
      }
      const translated =
        made.local && made.kind === 'org' && t[j]?.norm === '(' && !innerBody() ? startsAt(w, j + 1).find((f) => f.kind === 'org' && f.form === 'acronym' && f.entry !== null && t[f.to]?.norm === ')') : undefined
      if (translated?.entry && [null, translated.entry.country].includes(made.local?.country ?? null)) made = { from, to: j, kind: 'org', id: translated.id, ids: [translated.id], entry: translated.entry, form: 'alias', rule: `acronym:${translated.id}` }
      // A unit of the possessor the gazetteer knows spans both; one it does not know keeps the name
      // as written ("the Guatemalan Navy's Naval Command of the Caribbean"), in the possessor's country.
      if (possessor && made.local && made.kind === 'org') {
        made = makeLocal(w, from, j, head, spanOf(w, from, j).text, null, `head:${head}`)
        if (made.local) made.local = { ...made.local, country: made.local.country ?? possessor.entry?.country ?? possessor.local?.country ?? null }
      } else if (ownerAcronym && made.local && acronymOwner) {
        made.local = { ...made.local, country: made.local.country ?? acronymOwner.entry?.country ?? acronymOwner.local?.country ?? null }
      } else if (possessor) {
        made = { ...made, from: possessor.from }
        if (made.local) made.local = { ...made.local, country: possessor.entry?.country ?? possessor.local?.country ?? null }
      } else if (statePossessor && made.local && made.kind === 'org') {
        made.local = { ...made.local, country: made.local.country ?? statePossessor.id }
      }
      // "the Medical Corps" after "JDF Medical Corps": the same organization.
      const suffix = ` ${made.local?.name ?? ''}`
      // "the Group of Experts" after "Group of Experts on Maritime Narcotrafficking": the same body.
      // "the U.S. Embassy" after "the U.S. Embassy in Port of Spain": the same mission.
      const remitOf = made.local ? [`${made.local.name} on `, `${made.local.name} against `, `${made.local.name} in `] : []
      // "the 19th Jungle Brigade" after "19th Jungle Brigade “Napo”": the unit without its quoted name.
      const unquoted = (name: string): string => name.replace(/\s+[“"][^”"]+[”"]$/, '')
      // "the Marine Police Division" after "JCF Marine Police Division", a name the gazetteer holds:
      // that organization. ("Commander Defence Force" is an office's name, not the force's.)
      const afterOffice = endsAt(w, from).some((f) => f.kind === 'title')
      const isFuller = (f: Found) =>
        f.kind === made.kind &&
        f.from < from &&
        (f.local !== undefined
          ? f.local.name.endsWith(suffix) || remitOf.some((p) => f.local?.name.startsWith(p)) || (unquoted(f.local.name) !== f.local.name && unquoted(f.local.name) === made.local?.name)
          : f.entry !== null && made.local !== undefined && f.form !== 'bare' && f.form !== 'acronym' && ` ${spanOf(w, f.from, f.to).text}`.endsWith(suffix) && !afterOffice)
      const fuller = made.local ? (add.find(isFuller) ?? w.found.find(isFuller)) : undefined
      if (fuller) made = { ...fuller, from, to: j, rule: 'org:suffix-coref' }
      // A bare two-word name ("Air Wing", "Coast Guard") with nothing to say whose it is names nothing.
      // A unit of the body the text is about keeps its name ("the Marine Unit", "the Canine Unit").
      else if (made.kind === 'org' && j - from === 2 && !q && !possessor && !statePossessor && !ownerAcronym && !/^\d/.test(t[from]?.text ?? '') && !OWN_UNITS.has(t[j - 1]?.norm ?? '')) {
        i = Math.max(j, i + 1)
        continue
      }
      add.push(made)
      // The acronym defined for a name this one holds is this one's ("the Joint Command of the Armed Forces (CCFFAA)").
      if (made.kind === 'org') for (let k = from; k < j; k++) for (const f of startsAt(w, k)) if (f.to <= j && f.rule === 'acronym:defined' && f.local) retarget.set(f.id, made)
      // What the name holds goes; titles inside it too ("Office of the Prime Minister" holds no title).
      for (let k = from; k < j; k++) for (const f of startsAt(w, k)) if (f.to <= j && (f.kind === 'title' || !keep.has(f))) drop.add(f)
    }
    i = Math.max(j, i + 1)
  }
  // "delivered by a U.S. Coast Guard Mobile Training Team", "CDEMA will send a Rapid Needs
  // Assessment Team": a team some body sends is a common noun, however capitalized; "the Mobile
  // Training Team" later is the same team.
  const indefinite = (f: Found): boolean => {
    const owner = endsAt(w, f.from).find((o) => o.kind === 'org')
    const before = t[(owner ? owner.from : f.from) - 1]?.norm ?? ''
    return before === 'a' || before === 'an'
  }
  const teams = new Set(add.filter((f) => f.kind === 'org' && f.local && /\sTeams?$/.test(f.local.name) && indefinite(f)).map((f) => f.id))
  const kept = teams.size > 0 ? add.filter((f) => !teams.has(f.id)) : add
  const pointed = (f: Found): Found => {
    const to = f.form === 'acronym' ? retarget.get(f.id) : undefined
    if (!to) return f
    return to.local ? { ...to, from: f.from, to: f.to, form: 'acronym', local: { ...to.local, acronym: to.local.acronym ?? spanOf(w, f.from, f.to).text } } : { ...to, from: f.from, to: f.to, form: 'acronym' }
  }
  if (drop.size > 0 || kept.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)).map(pointed), ...kept])
  numberedNamesakes(w)
  unitChains(w)
}

/**
 * "the Colombian Air Force's Sixth Air Combat Command", "Air Combat Command No. 3": a numbered
 * unit that shares its words with a gazetteer entry (the U.S. Air Combat Command) is a unit of
 * its own, named with its number, in the country of the force whose it is.
 */
function numberedNamesakes(w: Work): void {
  const t = w.tokens
  let changed = false
  const found = w.found.map((f) => {
    if (f.kind !== 'org' || !f.entry || f.form === 'acronym' || f.form === 'bare' || t[f.from]?.breakBefore) return f
    const before = t[f.from - 1]
    const ordinal = isOrdinalWord(before) && coversAt(w, f.from - 1).length === 0
    const to = unitNumberAndNickname(w, f.to)
    const numbered = to > f.to && t[f.to]?.text === 'No'
    // A unit's name ("… Command", "… Squadron"), not "the Second Caribbean Community–Canada Dialogue".
    const unit = NUMBERED_UNITS.has(t[f.to - 1]?.norm ?? '') || t[f.to - 1]?.norm === 'command'
    if ((!ordinal && !numbered) || !unit) return f
    const from = ordinal ? f.from - 1 : f.from
    const owner = t[from - 1]?.norm === 's' && t[from - 2]?.norm === "'" ? endsAt(w, from - 2).find((o) => o.kind === 'org' || o.kind === 'country') : undefined
    const country = owner ? (owner.kind === 'country' ? owner.id : (owner.entry?.country ?? owner.local?.country ?? null)) : null
    const { text } = spanOf(w, from, to)
    changed = true
    return { from, to, kind: 'org' as const, id: `local:${slug(text)}`, ids: [], entry: null, form: 'rule' as const, rule: 'org:numbered-unit', local: { name: text, type: 'organization' as const, country, acronym: null } }
  })
  if (changed) w.found = sortFound(found)
}

const isBareOrg = (f: Found): boolean => f.kind === 'org' && f.form === 'bare'

/**
 * "the Attorney General’s Office", "the Governor’s Office", "the Public Prosecutor’s Office of
 * Aruba", "the Special Prosecutor’s Office against Impunity": an office holder's office is a body,
 * named as written, with the country or remit that follows it.
 */
function titledOffices(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  const drop = new Set<Found>()
  for (const f of w.found) {
    if (f.kind !== 'title' || f.entry?.type !== 'office') continue
    const k = f.to
    if (t[k]?.norm !== "'" || !t[k]?.glued || t[k + 1]?.norm !== 's' || !t[k + 1]?.glued || !OFFICE_NOUNS.has(t[k + 2]?.text ?? '') || t[k + 2]?.breakBefore) continue
    let to = k + 3
    let country: string | null = null
    const place = t[to]?.norm === 'of' ? startsAt(w, to + 1).find((x) => x.kind === 'country') : undefined
    if (place) {
      country = place.id
      to = place.to
    } else if (REMIT.has(t[to]?.norm ?? '') && isCapWord(t[to + 1])) {
      to++
      while (isCapWord(t[to]) && !t[to]?.breakBefore && !blocked(w, to)) to++
    }
    const { text } = spanOf(w, f.from, to)
    drop.add(f)
    if (place) drop.add(place)
    add.push({ from: f.from, to, kind: 'org', id: `local:${slug(text)}`, ids: [], entry: null, form: 'rule', rule: 'org:titled-office', local: { name: text, type: 'organization', country, acronym: null } })
  }
  if (add.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}

const OFFICE_NOUNS: ReadonlySet<string> = new Set(['Office', 'Chambers'])

/** A cardinal number, in figures or in words ("14", "Twelve"), not an ordinal. */
function isCount(x: Token | undefined): boolean {
  if (!x) return false
  if (/^\d+$/.test(x.text)) return true
  const n = lexicon.numbers[x.norm]
  return n !== undefined && n > 1 && x.norm !== 'a' && x.norm !== 'an'
}

const POLICE_SCHOOLS: ReadonlySet<string> = new Set(['School', 'Academy', 'College'])

const ORDINAL = /^\d+(?:st|nd|rd|th)$/

/** A capitalized ordinal, in figures or in words ("10th", "Tenth", "Sixth"). */
function isOrdinalWord(x: Token | undefined): boolean {
  return x !== undefined && x.cap && (ORDINAL.test(x.text) || ordinalWords.has(x.norm))
}

/** The end of "No. 15" and of a quoted name of one to three capitalized words (“Napo”) right after a unit's name ending at j. */
function unitNumberAndNickname(w: Work, j: number): number {
  const t = w.tokens
  if (t[j]?.text === 'No' && t[j + 1]?.norm === '.' && t[j + 1]?.glued && /^\d+$/.test(t[j + 2]?.text ?? '') && !t[j]?.breakBefore) j += 3
  const open = t[j]
  if (!open || open.breakBefore || !(open.text === '“' || open.text === '"')) return j
  let k = j + 1
  while (k < j + 4 && isCapWord(t[k])) k++
  const close = t[k]
  return k > j + 1 && close?.glued && (close.text === '”' || close.text === '"') ? k + 1 : j
}

/**
 * Whether the run headWordNames would walk from the free capitalized word at i ends right after it
 * and names nothing: the next token can extend no run (another line, or no capitalized word, no
 * connector, remit word, possessive, period or hyphen, and no mention starting there), and the
 * word is no head word with nothing qualifying it. Exactly the walk's own outcome for such a word,
 * without the walk.
 */
export function loneCapWord(w: Work, i: number): boolean {
  const t = w.tokens
  const next = t[i + 1]
  if (next !== undefined && !next.breakBefore) {
    if (isCapWord(next)) return false
    const norm = next.norm
    if (norm === "'" || norm === '.' || norm === '-' || CONNECTORS.has(norm) || REMIT.has(norm)) return false
    if (startsAt(w, i + 1).length > 0) return false
  }
  const prev = t[i - 1]?.norm
  return !w.g.heads.has(t[i]?.text ?? '') && endsAt(w, i).length === 0 && prev !== '-' && prev !== 's'
}

/**
 * "1st Battalion, 228th Aviation Regiment", "4th Squadron, 2nd Cavalry Regiment": a numbered
 * unit and, after a comma, the numbered unit it belongs to are one name. So are a numbered unit
 * and the named unit the gazetteer knows after it ("1st Battalion, Trinidad and Tobago
 * Regiment"), which keeps its own mention: the text names the regiment too.
 */
function unitChains(w: Work): void {
  const t = w.tokens
  let changed = false
  const out: Found[] = []
  for (const f of w.found) {
    const prev = out[out.length - 1]
    const chained =
      prev &&
      f.kind === 'org' &&
      prev.kind === 'org' &&
      prev.local &&
      prev.to + 1 === f.from &&
      t[prev.to]?.norm === ',' &&
      !t[f.from]?.breakBefore &&
      ORDINAL.test(t[prev.from]?.text ?? '')
    if (chained && prev.local && f.local && ORDINAL.test(t[f.from]?.text ?? '')) {
      const { text } = spanOf(w, prev.from, f.to)
      out[out.length - 1] = { ...prev, to: f.to, id: `local:${slug(text)}`, local: { ...prev.local, name: text } }
      changed = true
      continue
    }
    // The parent must be a unit, not any organization a list goes on to ("1st Battalion, the JDF").
    // "1st Battalion, The Jamaica Regiment", "1st Battalion The Royal Anglian Regiment": a battalion
    // of a Commonwealth regiment is named with the regiment's "The"; the regiment is its name's part.
    const theAt = prev && t[prev.to]?.norm === ',' ? prev.to + 1 : (prev?.to ?? -1)
    const ofRegiment =
      prev !== undefined &&
      f.kind === 'org' &&
      prev.kind === 'org' &&
      prev.local !== undefined &&
      ORDINAL.test(t[prev.from]?.text ?? '') &&
      t[prev.to - 1]?.norm === 'battalion' &&
      t[theAt]?.text === 'The' &&
      theAt + 1 === f.from &&
      !t[f.from]?.breakBefore &&
      !t[theAt]?.breakBefore &&
      lastWordOf(f.entry?.name ?? f.local?.name ?? '') === 'regiment'
    if (ofRegiment && prev.local) {
      const { text } = spanOf(w, prev.from, f.to)
      out[out.length - 1] = { ...prev, to: f.to, id: `local:${slug(text)}`, local: { ...prev.local, name: text, country: f.entry?.country ?? f.local?.country ?? prev.local.country } }
      changed = true
      continue
    }
    if (chained && prev.local && f.entry && f.form !== 'acronym' && f.form !== 'bare' && UNIT_NOUNS.has(lastWordOf(f.entry.name))) {
      const { text } = spanOf(w, prev.from, f.to)
      out[out.length - 1] = { ...prev, to: f.to, id: `local:${slug(text)}`, local: { ...prev.local, name: text, country: f.entry.country } }
      out.push(f)
      changed = true
      continue
    }
    out.push(f)
  }
  if (changed) w.found = sortFound(out)
}

/** Nouns that end the name of a military unit a numbered subunit belongs to. */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['regiment', 'brigade', 'battalion', 'division', 'group', 'wing', 'squadron', 'corps', 'fleet'])

function lastWordOf(name: string): string {
  return (name.split(/\s+/).pop() ?? '').toLowerCase()
}

/** The country whose possessive ends right before token `at`: "Guatemala's" in "Guatemala's Navy". */
function possessiveCountry(w: Work, at: number): Found | undefined {
  const t = w.tokens
  if (t[at - 1]?.norm !== 's' || t[at - 2]?.norm !== "'" || !t[at - 1]?.glued || !t[at - 2]?.glued) return undefined
  return endsAt(w, at - 2).find((c) => c.kind === 'country' && c.form !== 'demonym')
}

/** The organization written right before "(ACRONYM)" when the acronym ends at `at`. */
function ownerBeforeAcronym(w: Work, at: number): Found | undefined {
  const t = w.tokens
  if (t[at - 1]?.norm !== ')' || !t[at - 1]?.glued) return undefined
  const acronym = endsAt(w, at - 1).find((c) => c.kind === 'org')
  if (acronym) {
    if (t[acronym.from - 1]?.norm !== '(') return undefined
    return endsAt(w, acronym.from - 1).find((c) => c.kind === 'org' && c.id === acronym.id && c.form !== 'bare')
  }
  // An acronym the text is defining right there ("Barbados Defence Force (BDF) Coast Guard").
  if (!t[at - 2]?.upper || t[at - 3]?.norm !== '(') return undefined
  return endsAt(w, at - 3).find((c) => c.kind === 'org' && c.form !== 'bare')
}

/** "the agency", "the Command": the one organization of that kind named before. */
export function definiteReferences(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  for (const i of w.afterThe) {
    const tok = t[i]
    if (!tok || !has(w, 'generic-ref', tok.norm)) continue
    if ((coversAt(w, i).length > 0)) continue
    const next = t[i + 1]
    if (next && (next.norm === 'of' || isCapWord(next))) continue
    const candidates = new Map<string, Found>()
    for (const f of w.found) {
      if (f.from >= i || f.kind !== 'org') continue
      const name = (f.local?.name ?? f.entry?.name ?? '').toLowerCase()
      if (name.split(/\s+/).includes(tok.norm)) candidates.set(f.id, f)
    }
    if (candidates.size !== 1) continue
    const [target] = [...candidates.values()]
    if (target) add.push({ ...target, from: i, to: i + 1, form: 'reference', rule: `coref:the-${tok.norm}` })
  }
  // "the Naval Force" after "the Honduran Naval Force": the name without its country word.
  const tails = new Map<string, Found | null>()
  for (const f of w.found) {
    if (f.kind !== 'org' || f.to - f.from < 3 || !(f.entry?.country ?? f.local?.country) || !isCapWord(t[f.from]) || !isCapWord(t[f.from + 1])) continue
    const key = spanOf(w, f.from + 1, f.to).text
    const seen = tails.get(key)
    tails.set(key, seen === undefined || seen?.id === f.id ? f : null)
  }
  for (const [key, target] of tails) {
    if (!target) continue
    const words = key.split(' ')
    for (const i of w.afterThe) {
      if (i < target.to) continue
      if (i + words.length > t.length) break
      if (t[i]?.text !== words[0] || coversAt(w, i).length > 0) continue
      if (!words.every((x, k) => t[i + k]?.text === x) || isCapWord(t[i + words.length])) continue
      add.push({ ...target, from: i, to: i + words.length, form: 'reference', rule: 'coref:the-short-name' })
    }
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

function initialsFit(long: string, acronym: string): boolean {
  const first = acronym.replace(/[^A-Za-z]/g, '')[0]?.toUpperCase()
  if (!first) return false
  return long.split(/[\s-]+/).some((word) => word[0]?.toUpperCase() === first)
}

/** Heads whose name goes on with the place they are in ("U.S. Embassy in Bridgetown"). */
const IN_HEADS: ReadonlySet<string> = new Set(['Embassy', 'Consulate', 'Office', 'Mission', 'Delegation'])

function lastWordBefore(w: Work, j: number): string {
  let k = j - 1
  while (k > 0 && !w.tokens[k]?.isWord) k--
  // "British High Commission in Kingston": a high commission is an embassy.
  if (w.tokens[k]?.text === 'Commission' && w.tokens[k - 1]?.text === 'High') return 'Embassy'
  return w.tokens[k]?.text ?? ''
}

/** Words a Title Case headline capitalizes and a name does not ("Projected To Increase Cost Of"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['To', 'Of', 'The', 'And', 'For', 'In', 'On', 'At', 'With', 'From', 'By', 'A', 'An', 'As', 'Is', 'Are', 'Will', 'Its'])

/** A headline or a sentence fragment in capitals, not a name: small words capitalized, or too long. */
function headline(w: Work, from: number, to: number): boolean {
  if (wordsIn(w, from, to) > 8) return true
  for (let k = from + 1; k < to; k++) if (SMALL_WORDS.has(w.tokens[k]?.text ?? '')) return true
  return false
}

const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'about', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'our', 'in', 'on', 'at', 'as', 'for', 'with', 'during', 'after', 'before', 'under', 'both', 'each', 'all'])

/** A capitalized word at k on the same line that no mention covers. */
function freeCapAt(w: Work, k: number): boolean {
  const tok = w.tokens[k]
  return isCapWord(tok) && !tok?.breakBefore && !blocked(w, k)
}

function blocked(w: Work, i: number): boolean {
  return (coversAt(w, i).length > 0)
}

function wordsIn(w: Work, from: number, to: number): number {
  let n = 0
  for (let k = from; k < to; k++) if (w.tokens[k]?.isWord && !CONNECTORS.has(w.tokens[k]?.norm ?? '')) n++
  return n
}

/** An "and" between tokens from and to. */
function hasAnd(w: Work, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (w.tokens[k]?.norm === 'and') return true
  return false
}

/** The capitalized run (with connectors and countries) that ends right before token `end`. */
function capitalRunBefore(w: Work, end: number, throughOrgs = false): { from: number } | null {
  const t = w.tokens
  let k = end - 1
  if (!isCapWord(t[k])) return null
  let from = end
  while (k >= 0) {
    const tok = t[k]
    if (!tok) break
    const inside = coversAt(w, k)[0]
    if (inside && inside.kind !== 'country' && inside.kind !== 'title' && inside.kind !== 'place' && !(throughOrgs && inside.kind === 'org')) break
    if (inside) {
      from = inside.from
      k = inside.from - 1
      if (t[from]?.breakBefore) break
      continue
    }
    if (isCapWord(tok)) {
      from = k
      if (tok.breakBefore) break
      k--
      continue
    }
    // "San Javier–Porto Xavier Border Security Committee": a dash between two names, glued to both, joins them.
    if ((CONNECTORS.has(tok.norm) || (tok.norm === '-' && tok.glued) || (tok.norm === '–' && tok.glued && t[k + 1]?.glued)) && isCapWord(t[k - 1])) {
      k--
      continue
    }
    // "Oficina de Asuntos Internacionales de Narcóticos y Aplicación de la Ley": the Spanish "and"
    // inside a Spanish name (a "de" before it).
    if (tok.norm === 'y' && !tok.cap && isCapWord(t[k - 1]) && t.slice(Math.max(0, k - 6), k).some((x) => x.norm === 'de' || x.norm === 'del')) {
      k--
      continue
    }
    if (tok.norm === "'" && t[k + 1]?.norm === 's' && isCapWord(t[k - 1])) {
      k--
      continue
    }
    break
  }
  while (from < end && (has(w, 'not-name', t[from]?.text ?? '') || CONNECTORS.has(t[from]?.norm ?? ''))) from++
  return from < end ? { from } : null
}

/** Shortest start whose capitalized words' initials spell the acronym, else the whole run. */
function alignToAcronym(w: Work, from: number, end: number, acronym: string): number {
  const letters = acronym.replace(/[^A-Z]/g, '')
  const caps: number[] = []
  for (let k = from; k < end; k++) if (isCapWord(w.tokens[k]) && !CONNECTORS.has(w.tokens[k]?.norm ?? '')) caps.push(k)
  for (let n = 1; n <= caps.length; n++) {
    const start = caps[caps.length - n] as number
    const initials = caps
      .slice(caps.length - n)
      .map((k) => w.tokens[k]?.text[0] ?? '')
      .join('')
    if (initials === letters) return start
  }
  // Word beginnings ("Law Enforcement Detachment (LEDET)", "Comando Sur (COSUR)"): the shortest
  // suffix whose words, in order, each give the acronym one or more of their first letters.
  const lower = acronym.replace(/[^A-Za-z]/g, '').toLowerCase()
  for (let n = 2; n <= Math.min(caps.length, lower.length); n++) {
    const words = caps.slice(caps.length - n).map((k) => (w.tokens[k]?.text ?? '').toLowerCase())
    if (spellsByPrefixes(lower, words)) return caps[caps.length - n] as number
  }
  // Partial spelling ("Caribbean Community's Implementing Agency ... (CARICOM IMPACS)"): the
  // longest suffix starting with the acronym's first letter whose initials hold its letters in order.
  const first = letters[0]
  for (let n = Math.min(caps.length, letters.length + 2); n >= 1; n--) {
    const start = caps[caps.length - n] as number
    if (w.tokens[start]?.text[0] !== first) continue
    const initials = caps.slice(caps.length - n).map((k) => w.tokens[k]?.text[0] ?? '')
    let i = 0
    for (const c of initials) if (c === letters[i]) i++
    if (i === letters.length) return start
  }
  // A foreign-language acronym ("Emergency Operations Center (COE)"): the name after the last "and".
  for (let k = end - 1; k > from; k--) if (w.tokens[k]?.norm === 'and') return k + 1 + (w.tokens[k + 1]?.norm === 'the' ? 1 : 0)
  return from
}

/** The first letters of the capitalized words of [from, end), connectors left out. */
function initialsOf(w: Work, from: number, end: number): string {
  let out = ''
  for (let k = from; k < end; k++) if (isCapWord(w.tokens[k]) && !CONNECTORS.has(w.tokens[k]?.norm ?? '')) out += w.tokens[k]?.text[0] ?? ''
  return out
}

/** Whether the capitalized words of [from, end) spell the acronym by their beginnings. */
function spelledBy(w: Work, from: number, end: number, acronym: string): boolean {
  const words: string[] = []
  for (let k = from; k < end; k++) if (isCapWord(w.tokens[k]) && !CONNECTORS.has(w.tokens[k]?.norm ?? '')) words.push((w.tokens[k]?.text ?? '').toLowerCase())
  return spellsByPrefixes(acronym.replace(/[^A-Za-z]/g, '').toLowerCase(), words)
}

/** Whether `letters` is the words' beginnings in order, each word giving at least its first letter. */
function spellsByPrefixes(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters.length === 0
  const [word, ...rest] = words as [string, ...string[]]
  for (let k = 1; k <= Math.min(word.length, letters.length - rest.length); k++) {
    if (letters[k - 1] !== word[k - 1]) return false
    if (spellsByPrefixes(letters.slice(k), rest)) return true
  }
  return false
}

/** Kinds of a sitting ("the Ordinary Meeting", "an Extraordinary Session"). */
const SITTING_KINDS: ReadonlySet<string> = new Set(['ordinary', 'extraordinary', 'regular', 'special', 'annual', 'plenary', 'technical', 'ministerial'])
/** Head words of bodies that meet in numbered editions ("the Tenth Binational Border Commission"). */
const SESSION_BODIES: ReadonlySet<string> = new Set(['Commission', 'Committee', 'Dialogue', 'Conference', 'Council', 'Forum', 'Summit'])
const SITTING: ReadonlySet<string> = new Set(['meeting', 'session', 'round', 'edition', 'plenary', 'sitting'])

/** Number words that name a unit after its head word ("Police Division Seven"). */
const UNIT_NUMBERS: ReadonlySet<string> = new Set(['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'])

/** Head words of units named by a number before them ("31 Special Forces Squadron", "3 Infantry Battalion"). */
const NUMBERED_UNITS: ReadonlySet<string> = new Set(['squadron', 'battalion', 'regiment', 'brigade', 'company', 'division', 'wing', 'group', 'flight', 'fleet', 'platoon', 'troop', 'corps', 'detachment', 'district', 'unit'])
/** Head words of a unit that names itself in two words ("the Marine Unit", "the Tobago Division", "the Traffic Department", "the Press Office"); "Air Wing", "Coast Guard" do not. */
const OWN_UNITS: ReadonlySet<string> = new Set(['unit', 'branch', 'division', 'command', 'section', 'squadron', 'department', 'office'])

/** Adjectives that make a region's head word a force's territorial command ("Naval Zone"). */
const FORCE_ADJECTIVES: ReadonlySet<string> = new Set(['Naval', 'Military', 'Air', 'Police', 'Army'])
/** Last words of a force's territorial command that head no name by themselves. */
const TERRITORIAL_COMMANDS: ReadonlySet<string> = new Set(['Region', 'Area', 'Sector'])
/** Words before "Reserve" that make a protected area of it. */
const PROTECTED_AREAS: ReadonlySet<string> = new Set(['Marine', 'Forest', 'Nature', 'Wildlife', 'Biosphere', 'Game', 'Natural'])
/** Spanish territorial commands and the forces that name them ("Distrito Naval", "Región Militar"). */
const TERRITORIAL_ES: ReadonlySet<string> = new Set(['Distrito', 'Zona', 'Región', 'Área', 'Sector'])
const SPANISH_FORCES: ReadonlySet<string> = new Set(['Naval', 'Militar', 'Aérea', 'Aéreo', 'Policial'])
const SPANISH_ORDINAL = /^(?:Primer[oa]?|Segund[oa]|Tercer[oa]?|Cuart[oa]|Quint[oa]|Sext[oa]|S[ée]ptim[oa]|Octav[oa]|Noven[oa]|D[ée]cim[oa])$/
/** Words before "Area" that make a protected area of it ("Flora and Fauna Protection Area"). */
const PROTECTED_AREA_KINDS: ReadonlySet<string> = new Set(['Protection', 'Protected', 'Conservation', 'Management', 'Wildlife'])

function headOf(w: Work, from: number, to: number): HeadType | null {
  const t = w.tokens
  let last = to - 1
  while (last > from && !t[last]?.isWord) last--
  // "Police Division 1", "Regional Police Division Seven": a unit's number after its head word.
  if (last - 1 > from && (/^\d{1,3}$/.test(t[last]?.text ?? '') || UNIT_NUMBERS.has(t[last]?.text ?? '')) && w.g.heads.get(t[last - 1]?.text ?? '')?.some((h) => h.position === 'last' && h.type === 'organization')) last--
  const lastWord = t[last]?.text ?? ''
  // "Saint-Fort", "Belle-Vue": a head word joined to the word before it by a hyphen is part of one
  // compound name (a surname, a village), not its head.
  const compound = t[last - 1]?.norm === '-' && t[last - 1]?.glued && t[last]?.glued
  const lastHead = compound ? undefined : w.g.heads.get(lastWord)?.find((h) => h.position === 'last')
  // "Fourteenth Naval Zone", "Second Military Region", "Callao Naval District": a force's
  // territorial command is a unit, not a region.
  if (lastHead?.type === 'region' && last > from && FORCE_ADJECTIVES.has(t[last - 1]?.text ?? '')) return 'organization'
  // "Fifth Naval Region", "Southern Naval Area", "Puerto Madero Naval Sector": the same, after words
  // that head no name at the end ("Region", "Area", "Sector").
  if (!lastHead && TERRITORIAL_COMMANDS.has(lastWord) && last > from && FORCE_ADJECTIVES.has(t[last - 1]?.text ?? '')) return 'organization'
  // "Sapodilla Cayes Marine Reserve", "Chiquibul Forest Reserve": a protected area (not "the Naval Reserve").
  if (lastWord === 'Reserve' && last > from && PROTECTED_AREAS.has(t[last - 1]?.text ?? '')) return 'region'
  // "Primer Distrito Naval", "Quinta Región Naval", "Zona Naval del Pacífico": a Spanish territorial
  // command (ordinal first or not) is a unit.
  const territorialAt = TERRITORIAL_ES.has(t[from]?.text ?? '') ? from : TERRITORIAL_ES.has(t[from + 1]?.text ?? '') && (parseOrdinal(t[from]?.norm ?? '') !== null || SPANISH_ORDINAL.test(t[from]?.text ?? '')) ? from + 1 : -1
  if (territorialAt >= 0 && territorialAt < last && SPANISH_FORCES.has(t[territorialAt + 1]?.text ?? '')) return 'organization'
  // "Batallón de Infantería de Marina “Tocopilla”": a Spanish unit named by its first word is no
  // marina because its name ends in "Marina".
  if (lastHead && lastHead.type !== 'organization' && from + 2 < last && OF_WORDS.has(t[from + 1]?.norm ?? '') && t[from + 1]?.norm !== 'of' && w.g.heads.get(t[from]?.text ?? '')?.some((h) => h.position === 'first' && h.type === 'organization')) return 'organization'
  // "Yum Balam Flora and Fauna Protection Area", "Soufriere Marine Management Area": a protected area too.
  if (lastWord === 'Area' && last > from && PROTECTED_AREA_KINDS.has(t[last - 1]?.text ?? '')) return 'region'
  if (lastHead) return lastHead.type
  // "Coast Guard Authority of Suriname", "Anton de Kom University of Suriname", "Naval Command of
  // the Caribbean"
  const country = endsAt(w, to).find((f) => (f.kind === 'country' || (f.kind === 'place' && f.entry?.type === 'region')) && f.from > from)
  if (country) {
    let k = country.from - 1
    if (t[k]?.norm === 'the') k--
    if (t[k]?.norm === 'of' && k - 1 > from) {
      const head = w.g.heads.get(t[k - 1]?.text ?? '')?.find((h) => h.position === 'last' && h.type === 'organization')
      if (head) return head.type
    }
  }
  // "National Institute of Migration", "Joint Command of the Armed Forces", "Center for Hemispheric
  // Defense Studies": an organization's head word, then "of", "for", "on" or "against" and the
  // capitalized words of its remit.
  for (let k = from + 1; k < last; k++) {
    if (t[k]?.norm !== 'of' && t[k]?.norm !== 'for' && !REMIT.has(t[k]?.norm ?? '')) continue
    if (w.g.heads.get(t[k - 1]?.text ?? '')?.some((h) => h.position === 'last' && h.type === 'organization') && isCapWord(t[last])) return 'organization'
    break
  }
  // "Joint Rescue Coordination Centre Curaçao": an organization's head word, then the country or
  // city it sits in.
  // The place may have been dropped as part of this longer name: look its words up.
  for (let n = 1; n <= 3 && to - n > from + 1; n++) {
    if (!w.g.heads.get(t[to - n - 1]?.text ?? '')?.some((h) => h.position === 'last' && h.type === 'organization')) continue
    let key = ''
    for (let k = to - n; k < to; k++) key += (k > to - n ? ' ' : '') + (t[k]?.norm ?? '')
    const seat = w.g.trie.hits.get(key)?.some((h) => ['city', 'country', 'territory'].includes(w.g.entries.get(h.id)?.type ?? '') && h.kind !== 'acronym' && h.kind !== 'demonym')
    if (seat && isCapWord(t[to - n])) return 'organization'
  }
  // "Maritime Forces Atlantic", "Marine Forces South"
  if (has(w, 'unit-suffix', lastWord.toLowerCase()) && last - 1 > from) {
    const head = w.g.heads.get(t[last - 1]?.text ?? '')?.find((h) => h.position === 'last' && h.type === 'organization')
    if (head) return head.type
  }
  const firstWord = t[from]?.text ?? ''
  // "Fort-Liberté", "Port-Salut": joined by a hyphen, the first word is part of a town's name.
  const joined = t[from + 1]?.norm === '-' && t[from + 1]?.glued && t[from + 2]?.glued
  const firstHead = joined ? undefined : w.g.heads.get(firstWord)?.find((h) => h.position === 'first')
  // A region word that also ends names opens one only with "of": "Bay of Chetumal", not "Bay Street".
  const needsOf = firstHead?.type === 'organization' || (firstHead?.type === 'region' && w.g.heads.get(firstWord)?.some((h) => h.position === 'last'))
  // "Directorate General of the Merchant Marine", "Inspectorate General of Police": "General" may
  // come between the head word and "of".
  const ofAt = t[from + 1]?.norm === 'general' && t[from + 2]?.norm === 'of' ? from + 2 : from + 1
  // "Ministerio de la Defensa Nacional", "Ministère des Armées": a head word of another language
  // opens its name with that language's "of".
  // "Comando Naval del Caribe", "Servicio Nacional Aeronaval de Panamá": adjectives may come between.
  const ofAfterAdjectives = [from + 2, from + 3].some((k) => k < to && OF_WORDS.has(t[k]?.norm ?? '') && t[k]?.norm !== 'of' && t.slice(from + 1, k).every(isCapWord))
  if (firstHead && (OF_WORDS.has(t[ofAt]?.norm ?? '') || ofAfterAdjectives || !needsOf) && to - from >= 2) return firstHead.type
  // "Coast Guard Base Ruimveldt", "Naval Base Norfolk": a facility word, then the one word naming it.
  const before = t[last - 1]
  if (last - 1 > from && before?.isWord && /^\p{Lu}\p{Ll}+$/u.test(lastWord) && w.g.heads.get(before.text)?.some((h) => h.position === 'last' && h.type === 'facility') && !w.g.heads.has(lastWord))
    return 'facility'
  return null
}

/**
 * "National Emergency Management Agency (NEMA) of St. Kitts and Nevis": the country named after
 * the acronym that follows a name, which the gazetteer may list as "… of St. Kitts and Nevis".
 */
function countryAfterAcronym(w: Work, to: number): Found | undefined {
  const t = w.tokens
  if (t[to]?.norm !== '(' || !t[to + 1]?.upper || t[to + 2]?.norm !== ')' || t[to + 3]?.norm !== 'of') return undefined
  const at = t[to + 4]?.norm === 'the' ? to + 5 : to + 4
  return startsAt(w, at).find((f) => f.kind === 'country' && f.form !== 'demonym')
}

/** "of" in the languages of the region's institutions. */
const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'des', 'du', 'da', 'do', 'van'])

function makeLocal(w: Work, from: number, to: number, head: HeadType, text: string, acronym: string | null, rule: string): Found {
  let country: string | null = null
  // A place's name does not place it by a demonym or a namesake's surname ("American Road" in
  // Antigua, "Joseph N. France General Hospital" in Nevis).
  const place = head === 'facility' || head === 'region'
  const afterInitial = (k: number): boolean => isInitialAt(w, k - 2)
  for (let k = Math.max(0, from - 1); k < to && !country; k++) {
    for (const f of startsAt(w, k)) if (f.kind === 'country' && f.to <= to && !country && !(place && (f.form === 'demonym' || afterInitial(f.from)))) country = f.id
  }
  // "Port of Paramaribo": a facility named "X of <city>" is in the city's country (a city elsewhere
  // in a name says less: "Formosa Training Field", "Unión Naval Base" have homonyms abroad).
  // So is "Port Kingstown", the port named by its city alone.
  const cityAt = w.tokens[from + 1]?.norm === 'of' ? from + 2 : w.tokens[from]?.text === 'Port' ? from + 1 : -1
  if (!country && head === 'facility' && cityAt > from) {
    const city = startsAt(w, cityAt).find((f) => f.kind === 'place' && f.entry?.type === 'city' && f.to === to)
    // The city's own mention may have been dropped as part of the longer name: ask the gazetteer.
    const listed = city ? undefined : w.g.trie.hits.get(w.tokens.slice(cityAt, to).map((x) => x.norm).join(' '))?.map((h) => w.g.entries.get(h.id)).find((e) => e?.type === 'city')
    country = city?.entry?.country ?? listed?.country ?? null
  }
  // "Tobago Emergency Management Agency": a country, island or state among the name's words.
  // Not a Spanish place named after another ("Barra del Colorado" is in Costa Rica, not Colorado).
  const namedAfter = place && (w.tokens[from + 1]?.norm === 'de' || w.tokens[from + 1]?.norm === 'del')
  if (!country && !namedAfter) {
    const inName = (h: AliasHit) => {
      const e = w.g.entries.get(h.id)
      return e !== undefined && e.country !== null && (e.type === 'country' || e.type === 'territory' || e.type === 'region') && !(place && h.kind === 'demonym')
    }
    // Not a possessive ("St. Ann's Fort" is named after a person, not the Jamaican parish).
    const m = matchTrie(w.tokens, w.g.trie, inName, from, to).find(
      (x) => w.tokens[from + x.to]?.norm !== "'" && !(place && afterInitial(from + x.from)),
    )
    const id = m?.hits[0]?.id
    if (id) country = w.g.entries.get(id)?.country ?? null
  }
  // "Anguilla Channel", "Caicos Passage": a water between two lands belongs to neither.
  if (head === 'region' && has(w, 'strait-head', w.tokens[to - 1]?.norm ?? '')) country = null
  const name = text.replace(/^the\s+/i, '')
  // A name built from its parts may be one the gazetteer knows ("U.S. Coast Guard's Seventh
  // District" -> "U.S. Coast Guard Seventh District"): then it is that entry.
  const isBody = (h: AliasHit): boolean => {
    const e = w.g.entries.get(h.id)
    return e !== undefined && (e.type === 'organization' || e.type === 'programme') && head !== 'event'
  }
  let known = w.g.trie.hits.get(aliasKey(name))?.find(isBody)
  // "Jamaica's Ministry of National Security": the country's own, if the gazetteer has it under
  // "Jamaica Ministry of National Security" or "Ministry of National Security of Jamaica".
  const owner =
    !known && head === 'organization'
      ? w.tokens[from - 1]?.norm === 's' && w.tokens[from - 2]?.norm === "'"
        ? endsAt(w, from - 2).find((f) => f.kind === 'country' && f.form !== 'demonym')
        : countryAfterAcronym(w, to)
      : undefined
  if (owner?.entry) {
    const e = owner.entry
    for (const c of [e.name, ...e.aliases]) {
      known = w.g.trie.hits.get(aliasKey(`${c} ${name}`))?.find(isBody) ?? w.g.trie.hits.get(aliasKey(`${name} of ${c}`))?.find(isBody)
      if (known) break
    }
  }
  const entry = known ? w.g.entries.get(known.id) : undefined
  if (known && entry) return { from, to, kind: 'org', id: entry.id, ids: [entry.id], entry, form: 'alias', rule: `gazetteer:${entry.id}` }
  if (head === 'event') return { from, to, kind: 'event', id: `event:${slug(name)}`, ids: [], entry: null, form: 'rule', rule }
  if (head === 'region' || head === 'facility')
    return {
      from,
      to,
      kind: 'place',
      id: `local:${slug(name)}`,
      ids: [],
      entry: null,
      form: 'rule',
      rule,
      local: { name, type: head, country, acronym, placeKind: head },
    }
  return {
    from,
    to,
    kind: 'org',
    id: `local:${slug(name)}`,
    ids: [],
    entry: null,
    form: 'rule',
    rule,
    local: { name, type: head, country, acronym },
  }
}

/** "RSS Air Wing headquarters", "HNP headquarters": the building of an organization, a facility. */
export function headquarters(w: Work): void {
  const add: Found[] = []
  for (const f of w.found) {
    if (f.kind !== 'org') continue
    const next = w.tokens[f.to]
    if (!next || next.norm !== 'headquarters' || next.breakBefore) continue
    const { text } = spanOf(w, f.from, f.to + 1)
    add.push({
      from: f.from,
      to: f.to + 1,
      kind: 'place',
      id: `local:${slug(text)}`,
      ids: [],
      entry: null,
      form: 'rule',
      rule: 'place:org-headquarters',
      local: { name: text, type: 'facility', country: f.entry?.country ?? f.local?.country ?? null, acronym: null, placeKind: 'facility' },
    })
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

/**
 * "General Directorate of Migration and Foreign Affairs", "Ministry of Health and Wellness": a
 * known "X of Y" name followed by "and" and capitalized words no rule explained is the first
 * part of a longer name, not that organization (the longer one may be a known entry too).
 */
export function longerOfNames(w: Work): void {
  const t = w.tokens
  const drop = new Set<Found>()
  const add: Found[] = []
  for (const f of w.found) {
    if (f.kind !== 'org' || f.form === 'acronym' || f.form === 'bare' || t[f.to]?.norm !== 'and' || t[f.to]?.breakBefore) continue
    let of = false
    for (let k = f.from + 1; k < f.to - 1 && !of; k++) of = t[k]?.norm === 'of'
    if (!of) continue
    let e = f.to + 1
    while (e < t.length && e - f.to <= 3 && isCapWord(t[e]) && !t[e]?.breakBefore && !t[e]?.upper && coversAt(w, e).length === 0) e++
    if (e === f.to + 1 || isCapWord(t[e]) || t[e]?.norm === 'of' || t[e]?.norm === "'" || (t[e]?.norm === '-' && t[e]?.glued)) continue
    const text = spanOf(w, f.from, e).text
    const made = makeLocal(w, f.from, e, 'organization', text, null, 'org:of-and')
    if (made.kind !== 'org') continue
    if (made.local) made.local = { ...made.local, country: made.local.country ?? f.entry?.country ?? f.local?.country ?? null }
    drop.add(f)
    add.push(made)
  }
  if (add.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}

/** Whether every mention covering token i is a country starting at or after `from`. */
function onlyCountriesFrom(w: Work, i: number, from: number): boolean {
  for (const f of coversAt(w, i)) if (f.kind !== 'country' || f.from < from) return false
  return true
}

/**
 * "Ebanks told the Cayman Current", "told The Grenada Sentinel": a capitalized name no rule
 * explained right after "told the" is the outlet spoken to, an organization (people are told
 * without an article). Two to four words, or one after a capitalized "The" in running text.
 */
export function toldOutlets(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  for (let k = 0; k + 2 < t.length; k++) {
    if (t[k]?.norm !== 'told' || t[k + 1]?.breakBefore) continue
    if (t[k + 1]?.norm !== 'the') {
      const outlet = bareOutletAfter(w, k + 1)
      if (outlet) {
        add.push(outlet)
        k = outlet.to - 1
      }
      continue
    }
    const from = k + 2
    let e = from
    // A country inside the name stays a mention of it ("The Grenada Sentinel").
    while (e < t.length && e - from < 5 && isCapWord(t[e]) && !t[e]?.breakBefore && !t[e]?.upper && onlyCountriesFrom(w, e, from)) e++
    const words = e - from
    if (words === 0 || words > 4 || isCapWord(t[e]) || (t[e]?.norm === "'" && t[e]?.glued)) continue
    if (words === 1 && t[k + 1]?.text !== 'The') continue
    const start = t[k + 1]?.text === 'The' ? k + 1 : from
    const text = spanOf(w, start, e).text
    const made = makeLocal(w, start, e, 'organization', text, null, 'org:told-outlet')
    if (made.kind === 'org') add.push(made)
    k = e - 1
  }
  if (add.length > 0) w.found = sortFound([...w.found, ...add])
}

/** Words after an outlet's name that end what "told" is told ("told Amandala that …"). */
const AFTER_OUTLET: ReadonlySet<string> = new Set(['that', 'after', 'on', 'in', ',', '.', 'last', 'this', 'yesterday', 'today', 'by'])

/**
 * "told Amandala that", "told Stabroek News after the ceremony": a news outlet named without "the",
 * one to three capitalized words no person, title or place claims, that the text does not use as a
 * person's surname ("Joan Parris … told Parris" is not it).
 */
function bareOutletAfter(w: Work, from: number): Found | undefined {
  const t = w.tokens
  let e = from
  while (e < t.length && e - from < 3 && isCapWord(t[e]) && !t[e]?.breakBefore && !t[e]?.upper) e++
  if (e === from || !AFTER_OUTLET.has(t[e]?.norm ?? '')) return undefined
  if (coversAt(w, from).some((f) => f.kind !== 'country') || has(w, 'not-name', t[from]?.text ?? '')) return undefined
  if (e - from === 1 && coversAt(w, from).length > 0) return undefined
  // A surname used before after a given name, or a person named by these words.
  const words = spanOf(w, from, e).text
  for (let k = 1; k < from; k++) {
    if (t[k]?.text !== t[from]?.text || !isCapWord(t[k - 1]) || t[k]?.breakBefore) continue
    if (spanOf(w, k, Math.min(k + (e - from), t.length)).text === words) return undefined
  }
  const made = makeLocal(w, from, e, 'organization', words, null, 'org:told-outlet')
  return made.kind === 'org' ? made : undefined
}
