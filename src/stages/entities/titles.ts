/**
 * The phrase around a person's name: honorific and rank before it, the office phrase ("U.S.
 * Ambassador to Guyana", "Commander of the Belize Defence Force") before it, set off by a comma
 * or after it, and the organization or country that is the person's affiliation.
 */
import { has, isCapWord, spanOf, type Found, type Work, startsAt, endsAt, coversAt, SPANISH_ARTICLES } from './work.js'

export interface Context {
  rank?: Found | undefined
  office?: Found | undefined
  honorific?: Found | undefined
  affiliation?: Found | undefined
  /** Token range of the written title ("acting director"), when there is one. */
  titleFrom?: number | undefined
  titleTo?: number | undefined
  /** The office stands before "the Hon." ("Senator the Hon. X"): an appositive office after the name wins. */
  officeBeforeThe?: boolean | undefined
}

/** Walks left from a name: honorific and rank, then an office phrase ending there (maybe before a comma). */
export function leftContext(w: Work, from: number): Context {
  // Every field present from the start: one object shape, no property added on the way.
  const ctx: Context = { rank: undefined, office: undefined, honorific: undefined, affiliation: undefined, titleFrom: undefined, titleTo: undefined, officeBeforeThe: undefined }
  const t = w.tokens
  let k = from
  // "Senior Superintendent of Police (SSP) Dwight Mc Kenzie": a rank's acronym between it and the
  // name (an office read through one would outrank the title the name's apposition gives).
  const acronymBefore = t[k - 1]?.norm === ')' && t[k - 2]?.upper && t[k - 3]?.norm === '(' && t[k - 4]?.isWord
  if (acronymBefore && titleEndingAt(w, k - 3)?.entry?.type === 'rank') k -= 3
  let throughThe = false
  for (let guard = 0; guard < 6; guard++) {
    k = skipRetired(w, k)
    const f = titleEndingAt(w, k)
    const type = f?.entry?.type
    // "Hon. Dr. Paul A. Brissett", "His Excellency Dr. …": honorifics stack; the nearest is kept.
    if (f && type === 'honorific') ctx.honorific ??= f
    else if (f && type === 'rank' && !ctx.rank) ctx.rank = f
    else break
    k = f.from
    // ", the Hon. Dorian L. Flowers"; "Prime Minister the Most Hon. Desmond Whitfield"
    if (t[k - 1]?.norm === 'the' && t[k - 2]?.norm === ',') k--
    // "Dr. the Hon. Celeste M. Pinder": an honorific before "the" stacks too.
    else if (t[k - 1]?.norm === 'the' && titleEndingAt(w, k - 1)?.entry?.type === 'honorific') k--
    else if (t[k - 1]?.norm === 'the' && endsAt(w, k - 1).some((x) => x.kind === 'title' && x.entry?.type === 'office')) {
      k--
      throughThe = true
    }
  }
  // "Commander Tobias E. Fairweather": an office that is also a rank, alone right before the name.
  if (!ctx.rank) {
    const f = titleEndingAt(w, k)
    const rankId = f?.entry ? OFFICE_AS_RANK[f.entry.id] : undefined
    const rankEntry = rankId ? w.g.entries.get(rankId) : undefined
    const prev = f ? t[f.from - 1] : undefined
    const qualified = f !== undefined && (endsAt(w, f.from).length > 0 || isCapWord(prev) || has(w, 'title-modifier', prev?.norm ?? '') || prev?.norm === "'" || prev?.norm === 's')
    if (f && rankEntry && f.to - f.from === 1 && t[f.from]?.cap && !qualified && !t[f.to - 1]?.breakBefore) {
      ctx.rank = { ...f, id: rankEntry.id, ids: [rankEntry.id], entry: rankEntry, rule: `rank-from-office:${f.id}` }
      k = f.from
    }
  }
  const rankStart = k
  // "SOUTHCOM spokesman Navy Cmdr. Brian R. Tolliver": a service between the office and the rank.
  const service = ctx.rank ? endsAt(w, k).find((f) => f.kind === 'org') : undefined
  // "The commander of U.S. Southern Command (SOUTHCOM), Air Force Gen. Corinne A. Hallett": after a comma too.
  if (service && (officePhraseEndingAt(w, service.from, false) || t[service.from - 1]?.norm === ',')) k = service.from
  let comma = false
  if (t[k - 1]?.norm === ',') {
    comma = true
    k--
  }
  const rankFollows = Boolean(ctx.rank)
  let phrase = officePhraseEndingAt(w, k, comma, rankFollows)
  // "the OAS Secretary for Multidimensional Security, Ambassador Ignacio M. Lascano": the office
  // set off by the comma is the title; the one before the name serves as an honorific.
  if (phrase && !comma && t[phrase.from - 1]?.norm === ',') {
    const before = officePhraseEndingAt(w, phrase.from - 1, true, false)
    if (before) phrase = before
  }
  if (phrase) {
    if (throughThe && phrase.to === k) ctx.officeBeforeThe = true
    ctx.office = phrase.office
    ctx.titleFrom = phrase.from
    ctx.titleTo = phrase.to
    const aff = phrase.premodOrg ?? phrase.premodCountry ?? phrase.org ?? phrase.country ?? possessiveBefore(w, phrase.start)
    if (aff) ctx.affiliation = aff
  } else if (!comma) {
    // "U.S. Navy Adm. Craig Faller": the organization before a rank.
    const aff = affiliationEndingAt(w, rankStart)
    if (aff && (ctx.rank || ctx.honorific)) ctx.affiliation = aff
  }
  return ctx
}

interface Phrase {
  office: Found
  /** Where the phrase starts, qualifiers included. */
  start: number
  /** Where the written title starts. */
  from: number
  to: number
  premodOrg?: Found
  premodCountry?: Found
  org?: Found
  country?: Found
}

/** The office phrase ("U.S. Ambassador to Guyana", "Commander of the Belize Defence Force") ending at token `end`. */
export function officePhraseEndingAt(w: Work, end: number, comma: boolean, rankFollows = false): Phrase | null {
  const t = w.tokens
  const offices: Found[] = []
  for (let k = end; k >= end - 16 && k >= 0; k--) for (const f of endsAt(w, k)) if (f.kind === 'title' && f.entry?.type === 'office') offices.push(f)
  for (const o of offices) {
    const c = complement(w, o, false, end)
    if (c.to !== end) continue
    const phrase = premodify(w, o, c, rankFollows)
    if (comma) {
      const prev = t[phrase.start - 1]
      const opener =
        phrase.start === 0 ||
        w.sentStart[phrase.start] ||
        Boolean(t[phrase.start]?.breakBefore) ||
        ['the', ',', '(', 's', "'", 'and', ';', ':'].includes(prev?.norm ?? '') ||
        // "el intendente de Pedro Juan Caballero, Rodolfo Achucarro", "la presencia del jefe de …"
        ['el', 'la', 'al', 'del', 'y'].includes(prev?.norm ?? '') ||
        PREPOSITIONS.has(prev?.norm ?? '') ||
        // "Its commanding officer, Capitaine de frégate X"; "said Chief of Defence Staff of the TTDF, Air Commodore X"
        DETERMINERS.has(prev?.norm ?? '') ||
        has(w, 'metonym-verb', prev?.norm ?? '')
      if (!opener) return null
    }
    return phrase
  }
  return null
}

/**
 * Extends an office left over the organization or country that qualifies it and words like
 * "acting" or "Deputy". The organization stays in the title ("HNP Director General", "Department
 * of Defense spokesman") except before a rank, where it reads as the person's affiliation ("JDF
 * Chief of Defence Staff Lt. Gen. X" is the Chief of Defence Staff, of the JDF).
 */
function premodify(w: Work, o: Found, c: Complement, rankFollows: boolean): Phrase {
  const t = w.tokens
  let from = o.from
  let titleFrom = o.from
  let premodOrg: Found | undefined
  let premodCountry: Found | undefined
  const capitalized = t[o.from]?.cap === true
  for (let guard = 0; guard < 5; guard++) {
    if (t[from]?.breakBefore) break
    const prev = t[from - 1]
    if (prev && has(w, 'title-modifier', prev.norm)) {
      from--
      titleFrom = from
      continue
    }
    // "RSS contingent commander", "CDEMA team leader": the group the office leads, named by a
    // lower-case noun, and the body before it.
    if (prev && prev.isWord && !prev.cap && UNIT_NOUNS.has(prev.norm) && from === o.from) {
      from--
      titleFrom = from
      continue
    }
    const office = endsAt(w, from).find((x) => x.kind === 'title' && x.entry?.type === 'office')
    if (office && !premodOrg && !premodCountry) {
      from = office.from
      titleFrom = from
      continue
    }
    // "Jamaica Defence Force (JDF) Chief of Defence Staff"
    let end = from
    if (prev?.norm === ')') {
      let open = from - 1
      while (open > 0 && t[open]?.norm !== '(' && from - open < 8) open--
      if (t[open]?.norm === '(') end = open
    }
    const f = endsAt(w, end).find((x) => (x.kind === 'org' || x.kind === 'country'))
    if (f) {
      if (f.kind === 'org') premodOrg = premodOrg ?? f
      else premodCountry = premodCountry ?? f
      from = f.from
      // "U.S. Chargé d'Affaires" keeps its adjective; "Dominican Republic Vice Minister" is the Vice Minister.
      const adjective = f.kind === 'country' && (f.form === 'demonym' || spanOf(w, f.from, f.to).text.includes('.'))
      if (adjective || (f.kind === 'org' && (!capitalized || !rankFollows))) titleFrom = from
      continue
    }
    break
  }
  const phrase: Phrase = { office: o, start: from, from: titleFrom, to: c.titleTo ?? c.to }
  if (premodOrg) phrase.premodOrg = premodOrg
  if (premodCountry) phrase.premodCountry = premodCountry
  if (c.org) phrase.org = c.org
  if (c.country) phrase.country = c.country
  return phrase
}

interface Complement {
  /** Where the phrase ends (what must meet the name or comma). */
  to: number
  /** Where the written title ends, when shorter ("executive director" of "... Agency (CDEMA)"). */
  titleTo?: number
  org?: Found
  country?: Found
}

/** Lower-case nouns for the group an office before a name leads ("contingent commander", "team leader"). */
const UNIT_NOUNS: ReadonlySet<string> = new Set(['contingent', 'team', 'delegation', 'detachment', 'mission', 'unit', 'squad', 'section', 'branch', 'task-force', 'base', 'station', 'post', 'outpost', 'camp'])

/** Offices whose "of" names a portfolio ("Minister of National Security"). */
const MINISTER_WORDS: ReadonlySet<string> = new Set(['minister', 'secretary', 'undersecretary', 'under-secretary'])

// Spanish-language releases link an office to its body with de, del and en.
const LINKS = new Set(['of', 'to', 'at', 'for', 'in', 'aboard', 'de', 'del', 'en'])

/**
 * What follows an office and belongs to the title: "of the Belize Defence Force", "to Guyana",
 * "at the U.S. Embassy in Bridgetown", "for Multidimensional Security". "of <country>" is left
 * out: the country is the affiliation ("Minister for National Security of Grenada").
 */
function complement(w: Work, office: Found, appositive: boolean, limit = Infinity): Complement {
  const t = w.tokens
  // "comandante de", an office written with its link: its complement is read from the link.
  const from = office.to - office.from >= 2 && LINKS.has(t[office.to - 1]?.norm ?? '') ? office.to - 1 : office.to
  const portfolioOffice = MINISTER_WORDS.has(t[office.to - 1]?.norm ?? '')
  const out: Complement = { to: from }
  // Where the written title ends; an acronym's parentheses stay out, and after a name an
  // organization introduced with its acronym stays out entirely ("executive director of the
  // Caribbean Disaster Emergency Management Agency (CDEMA)" is the executive director of CDEMA).
  let titleTo = from
  let frozen = false
  /** The last link was "to" ("Ambassador to Barbados and the Eastern Caribbean"): places after it are real places. */
  let lastTo = false
  const advance = (to: number, textEnd = to) => {
    out.to = to
    if (!frozen) titleTo = textEnd
  }
  for (let guard = 0; guard < 4; guard++) {
    const link = t[out.to]
    if (!link) break
    // "Commanding Officer of the BDF contingent, Major X": one lower-case noun after the
    // organization, right before the comma, belongs to the office.
    if (out.org && out.to + 1 === limit && link.isWord && !link.cap && !LINKS.has(link.norm) && link.norm !== 'and') {
      advance(limit)
      break
    }
    // "Deputy Commissioner of Police in charge of Crime and Security": the portfolio is the office's.
    if (link.norm === 'in' && t[out.to + 1]?.norm === 'charge' && t[out.to + 2]?.norm === 'of') {
      const run = capsRun(w, out.to + 3, limit)
      if (run > out.to + 3) {
        advance(run)
        continue
      }
    }
    if (LINKS.has(link.norm)) {
      let k = out.to + 1
      if (t[k]?.norm === 'the' || ((link.norm === 'de' || link.norm === 'en') && SPANISH_ARTICLES.has(t[k]?.norm ?? ''))) k++
      const f = startsAt(w, k).find((x) => x.kind !== 'title')
      if (f && f.to > limit) break
      // "Minister of Justice and Police", "Vice Minister of Internal Order and Police": a name the
      // head-word rule made right after a minister's "of" is the portfolio, not a body (the body is
      // the ministry); a ministry, office or department named there is one. Whichever phrase wins,
      // those words name no organization, so they are dropped even from a phrase tried and left.
      if (f?.kind === 'org' && portfolioOffice && out.to === from && link.norm === 'of' && f.entry === null && f.rule.startsWith('head:') && !w.g.heads.get(t[f.from]?.text ?? '')?.some((h) => h.position === 'first')) {
        w.swallowed.add(f)
        advance(f.to)
        continue
      }
      if (f?.kind === 'org') {
        // "commander of the Colombian Navy's Caribbean Naval Force": the unit the possessor owns.
        const owned = t[f.to]?.norm === "'" && t[f.to + 1]?.norm === 's' ? startsAt(w, f.to + 2).find((x) => x.kind === 'org' && x.to <= limit) : undefined
        const g = owned ?? f
        const after = skipParenthetical(w, g.to)
        if (appositive && after > g.to) frozen = true
        advance(after, g.to)
        out.org = out.org ?? g
        continue
      }
      if (f?.kind === 'country') {
        // "Director General of Guatemala's National Civil Police": the possessor's organization.
        const owned = t[f.to]?.norm === "'" && t[f.to + 1]?.norm === 's' ? startsAt(w, f.to + 2).find((x) => x.kind === 'org' && x.to <= limit) : undefined
        if (owned) {
          const after = skipParenthetical(w, owned.to)
          advance(after, owned.to)
          out.org = out.org ?? owned
          continue
        }
        if (link.norm === 'of' || link.norm === 'for') {
          out.country = out.country ?? f
          // "High Commissioner of Canada to Barbados": the office goes on after its country.
          if (t[f.to]?.norm === 'to' && f.to < limit) {
            frozen = true
            advance(f.to)
            continue
          }
          // "the Governor of Montserrat, Harriet A. Quayle-Dunstan": the phrase reaches the comma,
          // the written title stops before the country.
          if (f.to === limit) advance(f.to, titleTo)
          break
        }
        lastTo = link.norm === 'to'
        advance(f.to)
        continue
      }
      if (f?.kind === 'place' || f?.kind === 'event') {
        // "Minister for the Americas and Caribbean": a region in an office's name is no place mention.
        // "Ambassador to the Eastern Caribbean" is posted to a real place.
        if (f.kind === 'place' && f.entry?.type === 'region' && link.norm !== 'to') w.swallowed.add(f)
        advance(f.to)
        continue
      }
      const run = capsRun(w, k, limit)
      if (run > k) {
        advance(run)
        continue
      }
      // "director of operations"
      const word = t[k]
      if (link.norm === 'of' && word?.isWord && !word.cap && k === out.to + 1 && (!t[k + 1] || !t[k + 1]?.isWord)) {
        advance(k + 1)
        continue
      }
      break
    }
    // "the Commander Defence Force": an office run straight into its organization's name.
    if (guard === 0 && isCapWord(link) && !(coversAt(w, out.to).length > 0)) {
      const run = capsRun(w, out.to, limit)
      const lastWord = t[run - 1]?.text ?? ''
      if (run > out.to && w.g.heads.get(lastWord)?.some((h) => h.position === 'last' && h.type === 'organization')) {
        advance(run)
        continue
      }
    }
    // "Minister of Foreign Affairs and International Cooperation"
    if (link.norm === 'and' && t[out.to - 1]?.cap) {
      // "Minister for the Americas and Caribbean"; "High Commissioner to Barbados and the Eastern Caribbean"
      const at = t[out.to + 1]?.norm === 'the' ? out.to + 2 : out.to + 1
      const f = startsAt(w, at).find((x) => ((x.kind === 'place' && x.entry?.type === 'region') || (lastTo && x.kind === 'country')) && x.to <= limit)
      if (f) {
        if (!lastTo) w.swallowed.add(f)
        advance(f.to)
        continue
      }
      const run = capsRun(w, out.to + 1, limit)
      if (run > out.to + 1 && (guard === 0 || run === limit)) {
        advance(run)
        continue
      }
    }
    // "Commander, Canadian Joint Operations Command": an appositive office's organization after a comma.
    if (appositive && link.norm === ',') {
      const f = startsAt(w, out.to + 1).find((x) => x.kind === 'org')
      const end = f ? skipParenthetical(w, f.to) : 0
      const after = f ? t[end] : undefined
      if (f && (!after || after.breakBefore || [',', '.', ';', 'and'].includes(after.norm))) {
        advance(end, f.to)
        out.org = out.org ?? f
        continue
      }
    }
    break
  }
  if (titleTo !== out.to) out.titleTo = titleTo
  return out
}

function skipParenthetical(w: Work, k: number): number {
  const t = w.tokens
  if (t[k]?.norm !== '(') return k
  let j = k + 1
  while (j < t.length && t[j]?.norm !== ')' && j - k < 8) j++
  return t[j]?.norm === ')' ? j + 1 : k
}

/** End of a run of capitalized words (with connectors) starting at k, or k. */
function capsRun(w: Work, k: number, limit = Infinity): number {
  const t = w.tokens
  let j = k
  while (j < t.length && j - k < 10 && j < limit) {
    const tok = t[j]
    if (!tok || (j > k && tok.breakBefore)) break
    const inside = coversAt(w, j).find((f) => f.kind !== 'title')
    if (inside && (inside.kind === 'place' || inside.kind === 'country') && j > k) {
      // "for Homeland Defense and Americas Security Affairs": a region inside an office's name.
      w.swallowed.add(inside)
      j = inside.to
      continue
    }
    if (inside) break
    if (isCapWord(tok)) {
      j++
      continue
    }
    if ((tok.norm === 'and' || tok.norm === 'of' || tok.norm === '&' || tok.norm === ',') && isCapWord(t[j + 1]) && j > k) {
      // "Civilian Security, Democracy, and Human Rights"
      j++
      continue
    }
    if (tok.norm === ',' && t[j + 1]?.norm === 'and' && isCapWord(t[j + 2]) && j > k) {
      j += 2
      continue
    }
    break
  }
  while (j > k && !isCapWord(t[j - 1])) j--
  return j
}

/** "..., executive director of the Caribbean Disaster Emergency Management Agency" */
// Letters after a name ("MP", "OBE", "CD", "JP"): ", Kezia St. Hill, MP, Minister of …".
const POST_NOMINALS: ReadonlySet<string> = new Set(['mp', 'obe', 'mbe', 'cbe', 'cd', 'jp', 'qc', 'kc', 'sc', 'cmg', 'kcmg', 'oj', 'od', 'cm', 'phd', 'msc', 'mba', 'esq'])

export function rightContext(w: Work, to: number, ctx: Context): void {
  const t = w.tokens
  // A one-word office before the name ("Ambassador Clarissa M. Usher, Director General for Foreign
  // Affairs of Belize") says less than the office its apposition names: that one wins.
  const oneWord = ctx.titleFrom !== undefined && ctx.titleTo !== undefined && ctx.titleTo - ctx.titleFrom <= 1
  if (t[to]?.norm !== ',' || (ctx.office && !ctx.officeBeforeThe && !oneWord)) return
  // The name's letters go first.
  while (POST_NOMINALS.has(t[to + 1]?.norm ?? '') && t[to + 1]?.upper && t[to + 2]?.norm === ',') to += 2
  let k = to + 1
  if (['the', 'a', 'an'].includes(t[k]?.norm ?? '')) k++
  // "Southcom's director of operations": a possessive organization is the affiliation, not the title.
  let possessor: Found | undefined
  const pos = startsAt(w, k).find((f) => (f.kind === 'org' || f.kind === 'country'))
  if (pos && t[pos.to]?.norm === "'" && (t[pos.to + 1]?.norm === 's' || !t[pos.to + 1]?.isWord)) {
    possessor = pos
    k = t[pos.to + 1]?.norm === 's' ? pos.to + 2 : pos.to + 1
  }
  // "Thetis' commanding officer", "the ship's executive officer": an unexplained possessor is skipped.
  if (!possessor && t[k]?.isWord && t[k + 1]?.norm === "'" && t[k + 1]?.glued && !(coversAt(w, k).length > 0)) {
    k = t[k + 2]?.norm === 's' ? k + 3 : k + 2
  }
  const start = k
  let office: Found | undefined
  let premodOrg: Found | undefined
  for (let j = k; j < k + 7 && j < t.length; ) {
    const f = startsAt(w, j)[0]
    if (f?.kind === 'title' && f.entry?.type === 'office') {
      office = f
      break
    }
    if (f && (f.kind === 'org' || f.kind === 'country')) {
      premodOrg = premodOrg ?? f
      j = f.to
      continue
    }
    const tok = t[j]
    // Lower-case words before the office ("task force commander", "military deputy commander").
    if (tok?.isWord && (!tok.cap || tok.upper || has(w, 'title-modifier', tok.norm)) && !STOP.has(tok.norm) && !(/ed$/.test(tok.norm) && !has(w, 'title-modifier', tok.norm))) {
      j++
      continue
    }
    // "Executive Secretary of CEPREDENAC", "Principal Deputy Assistant Secretary": capitalized
    // words that run straight into an office are that office's first words.
    if (tok?.isWord && tok.cap && !STOP.has(tok.norm) && capitalsIntoOffice(w, j)) {
      j++
      continue
    }
    break
  }
  if (!office) return
  const c = complement(w, office, true)
  // A title followed by a rank or a name belongs to the next person ("X, the Commander of the
  // BDF, Brigadier General Y").
  // ("the airport administrator of Aeropuertos Dominicanos Siglo XXI (Aerodom), Julio César
  // Almonte": an acronym's parentheses between them.)
  const end = skipParenthetical(w, c.to)
  let n = end
  if (t[n]?.norm === ',') n++
  const nextFound = startsAt(w, n).find((f) => f.kind === 'title')
  if (nextFound && nextFound.entry?.type !== 'office') return
  if (t[end]?.norm === ',' && isCapWord(t[n]) && !(startsAt(w, n).length > 0)) return
  // "Security Minister Rogelio M. Castrellón, U.S. Ambassador Kevin Marsh and …": an office right
  // before another name is that person's.
  if (oneWord && isCapWord(t[c.to]) && !t[c.to]?.breakBefore && !(startsAt(w, c.to).length > 0)) return
  ctx.office = office
  ctx.titleFrom = start
  ctx.titleTo = c.titleTo ?? c.to
  ctx.officeBeforeThe = false
  const programme = premodOrg?.entry?.type === 'programme' || premodOrg?.local?.type === 'programme'
  const aff = possessor ?? (programme ? undefined : premodOrg) ?? c.org ?? c.country ?? premodOrg
  if (aff) ctx.affiliation = aff
}

/** Whether capitalized words from token `j` (two at most) lead straight into an office title. */
function capitalsIntoOffice(w: Work, j: number): boolean {
  const t = w.tokens
  for (let n = j + 1; n <= j + 2 && n < t.length; n++) {
    if (startsAt(w, n).some((f) => f.kind === 'title' && f.entry?.type === 'office')) return true
    if (!(t[n]?.isWord && t[n]?.cap) || t[n]?.breakBefore) return false
  }
  return false
}

// Spanish function words too: "X, y por el jefe del …", "X, entregó los equipos al ministro".
const STOP: ReadonlySet<string> = new Set(['and', 'or', 'who', 'which', 'that', 'said', 'says', 'as', 'was', 'is', 'will', 'has', 'had', 'were', 'are', 'the', 'a', 'an', 'to', 'over', 'of', 'in', 'at', 'on', 'by', 'with', 'from', 'for', 'into', 'after', 'before', 'during', 'also', 'then', 'y', 'e', 'o', 'u', 'por', 'el', 'la', 'los', 'las', 'al', 'del', 'de', 'que', 'con', 'en', 'para', 'un', 'una', 'su', 'sus', 'se', 'lo', 'quien', 'quienes'])

/** Prepositions that may stand before an office set off by a comma ("handed the keys to National Security Minister, the Hon. X"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'by', 'with', 'from', 'for', 'at', 'of', 'as', 'on'])
const DETERMINERS: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our'])

/** Offices that are also ranks when they stand alone before a name ("Commander Tobias Fairweather"). */
const OFFICE_AS_RANK: Readonly<Record<string, string>> = { 'office:commander': 'rank:cmdr' }

/** "Vice Admiral (ret.) Ramón E. Santana Brito": a retired marker between a rank and the name. */
function skipRetired(w: Work, k: number): number {
  const t = w.tokens
  if (t[k - 1]?.norm !== ')') return k
  let j = k - 2
  if (t[j]?.norm === '.') j--
  // "(Ret'd)"
  if (t[j]?.norm === 'd' && t[j - 1]?.norm === "'" && t[j - 2]?.norm === 'ret') j -= 2
  // "Commissioner of Police (Ag.)", "Deputy Commissioner (Operations)": an acting post or the
  // branch an office heads, set off before the name (an acronym there names an organization).
  const branch = t[j]?.cap === true && !t[j]?.upper && (t[j]?.text.length ?? 0) >= 4 && t[j + 1]?.norm === ')'
  if (!['ret', 'retd', 'retired', 'ag', 'actg', 'acting'].includes(t[j]?.norm ?? '') && !branch) return k
  return t[j - 1]?.norm === '(' ? j - 1 : k
}

export function titleEndingAt(w: Work, k: number): Found | undefined {
  return endsAt(w, k).find((f) => f.kind === 'title')
}

/** The organization or country right before `k`, allowing a possessive ("Jamaica's Minister"). */
function affiliationEndingAt(w: Work, k: number): Found | undefined {
  return endsAt(w, k).find((f) => (f.kind === 'org' || f.kind === 'country')) ?? possessiveBefore(w, k)
}

/** "Grenada's <title>": the possessor before token k. */
function possessiveBefore(w: Work, k: number): Found | undefined {
  const t = w.tokens
  let end = -1
  if (t[k - 1]?.norm === 's' && t[k - 2]?.norm === "'") end = k - 2
  else if (t[k - 1]?.norm === "'" && t[k - 2]?.norm.endsWith('s')) end = k - 1
  if (end < 0) return undefined
  return endsAt(w, end).find((f) => (f.kind === 'org' || f.kind === 'country'))
}

