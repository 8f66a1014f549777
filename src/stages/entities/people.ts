/**
 * People: capitalized runs nothing else explained, accepted when a rank, honorific or office
 * stands before them, an appositive title follows them, compromise knows the name, or they
 * repeat a name already found ("Faller", "Ms. Dalton"). Titles, ranks and affiliations come
 * from the phrase around the name; later mentions join the first.
 */
import nlp from 'compromise'
import type { GazetteerEntry } from '../../gazetteers/types.js'
import { leftContext, officePhraseEndingAt, rightContext, titleEndingAt, type Context } from './titles.js'
import { afterVesselPrefix, has, isCapWord, isInitialAt, spanOf, startsAt, type Found, type Work, endsAt } from './work.js'
import { endsInInstitutionHead } from './organizations.js'

export interface Person {
  /** Name tokens of the fullest mention. */
  nameFrom: number
  nameTo: number
  name: string
  first: string
  last: string
  /** Words a later mention may use alone: the last name, and in a Spanish-style name of three or
   * more words the first surname too ("Cárdenas" for "Andrés Felipe Cárdenas Villamizar"). */
  surnames: string[]
  /** Name words without particles and initials' periods (see nameWords). */
  words: string[]
  title: string | null
  titleIds: Set<string>
  rank: string | null
  rankId: string | null
  affiliation: string | null
  affiliationId: string | null
  mentions: { from: number; to: number; rule: string }[]
}


const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
// A quoted nickname inside a name ("Andrea 'Andy' Baptiste"): found on tokens here, taken out of
// the record's name by splitNickname.
const OPENING_QUOTES = `'‘“"`
const CLOSING_QUOTES = `'’”"`
const OPEN_QUOTE = new Set(OPENING_QUOTES)
const CLOSE_QUOTE = new Set(CLOSING_QUOTES)
const NICKNAME = new RegExp(`\\s[${OPENING_QUOTES}](\\p{Lu}[\\p{L}’'.-]*)[${CLOSING_QUOTES}]\\s`, 'u')

/** "Marcus “Sharkie” Thompson" → name "Marcus Thompson", nickname "Sharkie" (the mention keeps it). */
export function splitNickname(name: string): { name: string; nickname: string | null } {
  const quoted = NICKNAME.exec(name)
  if (!quoted) return { name, nickname: null }
  return { name: `${name.slice(0, quoted.index)} ${name.slice(quoted.index + quoted[0].length)}`, nickname: quoted[1]! }
}

export function findPeople(w: Work): Person[] {
  const people: Person[] = []
  const vessels = new Set<string>()
  const t = w.tokens
  const coveredAt = coverIndex(w)
  /** A capitalized word nothing covers, in the same run as the word before it. */
  const plainCap = (j: number): boolean => Boolean(t[j]?.isWord && t[j]?.cap && !t[j]?.upper && !coveredAt[j] && !t[j]?.breakBefore)
  const isNameToken = (k: number): boolean => {
    const tok = t[k]
    if (!tok || !tok.isWord || !tok.cap) return false
    // "Pereira said" after "Kendrick A. Pereira": a surname the gazetteer also knows as a city.
    const cover = coveredAt[k]
    // "Rolando Mendoza Arosemena": a one-word place between two unexplained capitalized words is a name's middle.
    // "Ambrose K. Leon": so is one after a first name and a middle initial.
    const afterInitial = isInitialAt(w, k - 2) && plainCap(k - 3)
    // "Rodrigo E. Salcedo Ibarra": and a second surname after a first name, an initial and a surname.
    const secondSurname = plainCap(k - 1) && isInitialAt(w, k - 3) && plainCap(k - 4)
    if (cover && !(cover.kind === 'place' && cover.to - cover.from === 1 && ((plainCap(k - 1) && plainCap(k + 1)) || afterInitial || secondSurname || isSurname(people, tok.text)))) return false
    if (tok.upper && tok.text.length > 1) return false
    return true
  }
  let i = 0
  while (i < t.length) {
    if (!isNameToken(i) || has(w, 'not-name', t[i]?.text ?? '') || has(w, 'title-modifier', t[i]?.norm ?? '')) {
      i++
      continue
    }
    // Extend over name tokens, initials ("T."), particles ("de") and glued hyphens/apostrophes.
    let j = i + 1
    while (j < t.length) {
      const tok = t[j]
      if (!tok || tok.breakBefore) break
      if (tok.norm === '.' && tok.glued && t[j - 1]?.text.length === 1) {
        j++
        continue
      }
      // "Jean-Robert St. Fleur": "St." inside a name.
      if (tok.norm === '.' && tok.glued && (t[j - 1]?.norm === 'st' || t[j - 1]?.norm === 'ste') && j - 1 > i && isNameToken(j + 1)) {
        j++
        continue
      }
      // "Yolande C. St. Hill": a surname the gazetteer reads as a place ("St. Hill"), after a first
      // name and an initial.
      if ((tok.norm === 'st' || tok.norm === 'ste') && tok.cap && t[j + 1]?.norm === '.' && t[j + 1]?.glued && isInitialAt(w, j - 2) && plainCap(j - 3) && t[j + 2]?.cap && !t[j + 2]?.breakBefore) {
        j += 3
        continue
      }
      if ((tok.norm === '-' || tok.norm === "'") && tok.glued && t[j + 1]?.glued && isNameToken(j + 1)) {
        j += 2
        continue
      }
      // "Lin Cheng-hao", "Chen Yu-ting": a romanized given name's second syllable, glued after a
      // hyphen in lower case (consonants, vowels and a final n, ng or h: not "-based", "-led" or "-era").
      const syllable = t[j + 1]
      if (tok.norm === '-' && tok.glued && j - i >= 2 && syllable?.glued && syllable.isWord && !syllable.cap && ROMANIZED_SYLLABLE.test(syllable.text) && !(t[j + 2]?.glued && t[j + 2]?.isWord) && !isCommonWord(syllable.text)) {
        j += 2
        continue
      }
      // Particles, one or several ("de", "de la", "van der"), before a name word; after them a
      // one-word place is a surname ("Peña de los Santos").
      if (has(w, 'name-particle', tok.norm) && !tok.cap) {
        let m = j
        while (m < t.length && m - j < 3 && !t[m]?.breakBefore && !t[m]?.cap && has(w, 'name-particle', t[m]?.norm ?? '')) m++
        if (isNameToken(m) || placeSurname(m)) {
          j = m + 1
          continue
        }
      }
      // "Felipe I. Correa Bulnes": "I." before a surname is an initial, not the pronoun.
      if (isNameToken(j) && (!has(w, 'not-name', tok.text) || (isInitialAt(w, j) && isNameToken(j + 2) && !t[j + 2]?.breakBefore))) {
        j++
        continue
      }
      // "Edwin Alexander Portillo y Portillo": two Spanish surnames joined by "y", after a name of two
      // words or more ("Pérez y Gómez" alone, or "Juan Pérez y María López", are two people).
      if (tok.norm === 'y' && !tok.cap && j - i >= 2 && isNameToken(j + 1) && !t[j + 1]?.breakBefore && !(isNameToken(j + 2) && !t[j + 2]?.breakBefore)) {
        j += 2
        continue
      }
      // "Andrea 'Andy' Baptiste", "Marcus “Sharkie” Thompson": a quoted nickname between a first
      // name and a surname belongs to the name.
      if (OPEN_QUOTE.has(tok.text) && !tok.glued && t[j + 1]?.glued && t[j + 1]?.isWord && t[j + 1]?.cap && CLOSE_QUOTE.has(t[j + 2]?.text ?? '') && t[j + 2]?.glued && !t[j + 3]?.glued && isNameToken(j + 3)) {
        j += 3
        continue
      }
      break
    }
    // Trim not-name words and lone initials off the end.
    while (j > i + 1 && (has(w, 'not-name', t[j - 1]?.text ?? '') || t[j - 1]?.norm === '.')) {
      if (t[j - 1]?.norm === '.' && (t[j - 2]?.text.length ?? 0) === 1 && j - 2 > i) break
      j--
    }
    // "the cutter Charles Sexton", "Coast Guard Cutter Charles Sexton's crew": a ship's name.
    const prefixed = has(w, 'vessel-prefix', t[i]?.norm ?? '') && j > i + 1
    if (afterVesselPrefix(w, i) || prefixed) vessels.add(spanOf(w, prefixed ? i + 1 : i, j).text)
    else consider(w, people, i, j)
    i = j
  }
  // A name the text gives a ship elsewhere ("diverted the Charles Sexton") names that ship.
  if (vessels.size > 0) {
    for (let k = people.length - 1; k >= 0; k--) if (vessels.has(people[k]!.name)) people.splice(k, 1)
  }
  definiteDescriptions(w, people)
  return people

  function placeSurname(k: number): boolean {
    const tok = t[k]
    const cover = coveredAt[k]
    return Boolean(tok && tok.isWord && tok.cap && !tok.upper && cover && cover.kind === 'place' && cover.from === k && cover.to === k + 1)
  }
}

/** Whether a word is a surname of someone found so far. */
function isSurname(people: readonly Person[], word: string): boolean {
  for (const p of people) if (p.surnames.includes(word)) return true
  return false
}

function consider(w: Work, people: Person[], from: number, to: number): void {
  const t = w.tokens
  // "... for Civilian Security, Democracy, and Human Rights Marisol Vance": an office's last words
  // run into the name; split where an office phrase ends.
  // "Minister of the Interior, Maria Lopez Rivas": a run that opens after a comma with a first
  // name is a name, not the office's last words.
  const afterComma = t[from - 1]?.norm === ',' && isFirstName(t[from]?.text ?? '')
  if (to - from >= 3 && !afterComma && !titleEndingAt(w, from) && !officePhraseEndingAt(w, from, false)) {
    const splits: number[] = []
    for (let s = from + 1; s <= to - 2; s++) {
      if (!isCapWord(t[s]) || (t[s]?.text.length ?? 0) < 2 || nameWords(w, s, to).length < 2) continue
      if (officePhraseEndingAt(w, s, false)) splits.push(s)
    }
    // Where a first name starts, else as late as leaves a two-word name.
    const first = splits.find((s) => isFirstName(t[s]?.text ?? ''))
    const chosen = first ?? splits[splits.length - 1]
    if (chosen !== undefined) from = chosen
  }
  const words = nameWords(w, from, to)
  if (words.length === 0 || words.length > 5) return
  // "Capitán Curbelo Air Base", "General Omar Torrijos Herrera International Airport": a place or
  // body named after a ranked person, not the person. Head words that are also surnames ("Field",
  // "Camp", "Fort") do not decide it.
  if (words.length >= 2 && endsInInstitutionHead(w, words[words.length - 1] ?? '')) return
  // "its Rodney Bay station": a name ending in a place's head word ("Bay", "Valley") before a
  // lower-case place noun names the place the noun stands in.
  if (words.length >= 2 && w.placeNouns.includes(to) && (w.g.heads.get(words[words.length - 1] ?? '')?.some((h) => h.position === 'last' && h.type === 'region') ?? false)) return
  // One word with no title right before it and no person it could repeat ("The", "However"):
  // nothing below could make it a person, so the context is not read (most runs end here).
  if (words.length === 1 && !endsAt(w, from).some((f) => f.kind === 'title') && !findKnown(people, words)) return
  const ctx = leftContext(w, from)
  // "comandante del Destacamento Naval de Bahía Negra": what an office's "de" leads into is its
  // complement, not the holder's name.
  if (ctx.office && !ctx.rank && !ctx.honorific && (t[from - 1]?.norm === 'de' || t[from - 1]?.norm === 'del')) return
  // "the Major Crimes Unit", "Major Investigations Team": "Major" before a common word or a body's name is an adjective.
  const lastWord = words[words.length - 1] ?? ''
  const bodyHead = w.g.heads.get(lastWord)?.some((h) => h.position === 'last' && h.type === 'organization') ?? false
  if (ctx.rank && /^major$/i.test(spanOf(w, ctx.rank.from, ctx.rank.to).text) && words.length >= 2 && !isFirstName(words[0] ?? '') && (bodyHead || isCommonWord(words[0] ?? ''))) return
  // "Military Treatment Facility": a title phrase that ends inside a run of capitals, where the
  // run does not start with a first name, cut a name in two.
  // A run that speaks ("Director of Immigration Kenrick Usher said") or carries a middle initial is
  // a name all the same.
  if (ctx.office && !ctx.rank && !ctx.honorific && isCapWord(t[from - 1]) && !(endsAt(w, from).length > 0) && !looksLikeName(w, from, to, words) && !(speaksAfter(w, to) && nameShaped(w, words)) && !middleInitial(w, from, to)) return
  // "Minister for Home Affairs, Crime Prevention and Persons with Disabilities": after an office and
  // a comma, words the lexicon knows only as common words, or a list's item that opens with no first
  // name, continue the office's name.
  if (!ctx.rank && !ctx.honorific && ((words.length >= 2 && words.every((x) => isCommonWord(x) && !/^\p{Lu}\.?$/u.test(x))) || (ctx.office && t[from - 1]?.norm === ',' && t[to]?.norm === 'and' && !isFirstName(words[0] ?? '') && !middleInitial(w, from, to)))) return
  const leftStrong = Boolean(ctx.rank || ctx.office || ctx.honorific)
  rightContext(w, to, ctx)
  // An appositive office alone ("X, the annual nationally representative survey") is weak
  // evidence: the name must look like one too.
  // A middle initial ("Keisha M. Gongora, NEMO's national emergency coordinator") marks a name too.
  const strong =
    leftStrong ||
    (Boolean(ctx.office) &&
      words.length >= 2 &&
      ((words.some(isKnownName) && !words.some(isCommonWord)) || middleInitial(w, from, to) || nameShaped(w, words)))
  let start = from
  let end = to
  let rule = strong ? 'person:title' : 'person:name'
  if (!strong) {
    const known = findKnown(people, words)
    if (known) {
      addMention(known, from, to, 'person:coref')
      return
    }
    if (words.length < 2) return
    // "Sanne Bloemendaal said …": a run of two to four name-like words that speaks is a person,
    // whatever the lexicon knows of the names (institutions that speak carry a noun that says so).
    // "Ministers Esteban Quirós Maroto and Rolando Mendoza Arosemena": a name coordinated with a
    // person just found is a person too.
    const coordinated = t[from - 1]?.norm === 'and' && people.some((p) => p.mentions.some((m) => m.to === from - 1))
    if ((speaksAfter(w, to) || coordinated) && !startsAt(w, from).some((f) => f.kind === 'title') && nameShaped(w, words)) {
      rule = coordinated ? 'person:coordinated' : 'person:speaker'
    } else if (words.length >= 3 && middleInitial(w, from, to) && nameShaped(w, words) && startsAt(w, from).length === 0) {
      // "Priya N. Dhaliwal, Parliamentary Secretary …": a first name, a middle initial and a
      // surname is the shape of a person's name, whatever the lexicon knows of the names.
      rule = 'person:initial'
    } else {
      // compromise decides whether an unexplained two-to-five-word name is a person's; its lexicon
      // first says whether any word is a known name at all, which spares most runs the full parse.
      if (!words.some(isKnownName) || words.some(isCommonWord)) return
      const runText = spanOf(w, from, to).text
      // A first name the lexicon knows and then only names and initials ("Anne-Marie S. Baptiste")
      // is a person's name as it stands: compromise would tag it from the same lexicon, so the
      // parse is skipped (it runs only on runs the lexicon leaves open).
      const span = plainName(words) ? { start: 0, end: runText.length } : personSpan(runText)
      if (!span) return
      const base = t[from]?.start ?? 0
      let a = from
      while (a < to && (t[a]?.end ?? 0) - base <= span.start) a++
      let b = a
      while (b < to && (t[b]?.start ?? 0) - base < span.end) b++
      // "del Puesto Fluvial de Leticia": a name with "de" that compromise finds only after the
      // run's first word, which is no name, is a place's or a body's ("Fluvial de Leticia").
      if (a > from && !isKnownName(words[0] ?? '') && t.slice(a, b).some((x) => x.norm === 'de' || x.norm === 'del')) return
      const found = nameWords(w, a, b)
      // Citation lists ("Feng Q, Curtis R") and words run on after an initial ("Xu X. Investigating").
      const last = found[found.length - 1] ?? ''
      if (found.length < 2 || /^\p{Lu}$/u.test(last) || /ing$/.test(last)) return
      start = a
      end = b
      rule = 'person:compromise'
    }
  }
  const nameTokens = nameWords(w, start, end)
  const known = findKnown(people, nameTokens)
  if (known) {
    addMention(known, start, end, 'person:coref')
    fill(w, known, ctx)
    if (nameTokens.length > known.name.split(' ').length) {
      known.name = spanOf(w, start, end).text
      known.nameFrom = start
      known.nameTo = end
      known.surnames = surnamesOf(nameTokens)
      known.words = nameTokens
    }
    return
  }
  // A new one-word name needs an honorific ("Ms. Dalton"); after an office or rank a lone
  // capitalized word is more often part of a longer title ("Colonel General Staff").
  if (nameTokens.length < 2 && !ctx.honorific) return
  const { text } = spanOf(w, start, end)
  const first = nameTokens[0] ?? ''
  const last = nameTokens[nameTokens.length - 1] ?? ''
  const person: Person = {
    nameFrom: start,
    nameTo: end,
    name: text,
    first,
    last,
    surnames: surnamesOf(nameTokens),
    words: nameTokens,
    title: null,
    titleIds: new Set(),
    rank: null,
    rankId: null,
    affiliation: null,
    affiliationId: null,
    mentions: [],
  }
  // A lone surname after a title ("Ms. Dalton") that matches nobody yet is still a person.
  addMention(person, start, end, rule)
  fill(w, person, ctx)
  people.push(person)
}

/** Words of a name, without initials' periods, particles' case or suffixes ("Jr."). */
function nameWords(w: Work, from: number, to: number): string[] {
  const out: string[] = []
  for (let k = from; k < to; k++) {
    const tok = w.tokens[k]
    if (!tok?.isWord || SUFFIX.has(tok.norm)) continue
    if (tok.glued && (w.tokens[k - 1]?.norm === '-' || w.tokens[k - 1]?.norm === "'") && out.length > 0) {
      out[out.length - 1] += `${w.tokens[k - 1]?.text}${tok.text}`
      continue
    }
    if (has(w, 'name-particle', tok.norm) && !tok.cap) continue
    // "Van der Zwaag": a capitalized particle before another particle.
    const next = w.tokens[k + 1]
    if (has(w, 'name-particle', tok.norm) && k + 1 < to && next && !next.cap && has(w, 'name-particle', next.norm)) continue
    out.push(tok.text)
  }
  return out
}

const PLACE_TAGS: ReadonlySet<string> = new Set(['City', 'Place', 'Region', 'Country'])
const NAME_SHAPE = /^(?:\p{Lu}\.?|\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*)$/u
const SPEECH = /^\s*,?\s*(?:said|says|told|added|noted|explained|stressed|emphasi[sz]ed|remarked|stated)\b/
// Nouns of bodies that speak but head no organization name the gazetteers know (newspapers, firms).
const SPEAKING_BODIES: ReadonlySet<string> = new Set(['Company', 'Corporation', 'Government', 'News', 'Times', 'Post', 'Press', 'Report'])

/** Two to four capitalized name words, none a common English word or a head word of a body's name. */
function nameShaped(w: Work, words: readonly string[]): boolean {
  // A surname the lexicon knows as a place ("Mendoza") is still a name word; so is a last word the
  // lexicon knows as a common one ("Kenrick Usher", "Dwayne Baker") after a first word it does not,
  // and an initial ("K" is a common word to the lexicon).
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((x, k) => NAME_SHAPE.test(x) && !w.g.heads.has(x) && !SPEAKING_BODIES.has(x) && (/^\p{Lu}\.?$/u.test(x) || !isCommonWord(x) || PLACE_TAGS.has(lexiconTag(x) ?? '') || (k === words.length - 1 && k > 0)))
  )
}

/** Whether a speech verb follows the run ending at token `to` ("… Bloemendaal said"). */
function speaksAfter(w: Work, to: number): boolean {
  const tok = w.tokens[to]
  if (!tok) return false
  return SPEECH.test(w.text.slice(tok.start, tok.start + 40))
}

/** The last word, and the first of two surnames in a name of three or more words. */
function surnamesOf(words: readonly string[]): string[] {
  const last = words[words.length - 1] ?? ''
  const out = [last]
  const second = words[words.length - 2] ?? ''
  if (words.length >= 3 && second.length > 1 && !/\.$/.test(second) && /^\p{Lu}/u.test(second)) out.push(second)
  return out
}

function findKnown(people: readonly Person[], words: readonly string[]): Person | undefined {
  if (words.length === 0) return undefined
  const last = words[words.length - 1] as string
  const first = words[0] as string
  if (words.length === 1) {
    const bySurname = people.filter((p) => p.surnames.includes(last))
    if (bySurname.length === 1) return bySurname[0]
    const byFirst = people.filter((p) => p.first === first && p.name.includes(' '))
    return byFirst.length === 1 ? byFirst[0] : undefined
  }
  return people.find((p) => {
    if (p.last !== last) return false
    if (p.first === first || p.first[0] === first[0]) return true
    // "Mejía Taveras" after "Luis F. Mejía Taveras": the end of a known name.
    const known = p.words
    return words.length < known.length && words.every((word, i) => known[known.length - words.length + i] === word)
  })
}

function addMention(p: Person, from: number, to: number, rule: string): void {
  if (!p.mentions.some((m) => m.from === from)) p.mentions.push({ from, to, rule })
}

function fill(w: Work, p: Person, ctx: Context): void {
  // The rank as the document writes it ("Lt. Col.", "Lieutenant Colonel", "Rear-Admiral").
  const rankEntry = ctx.rank?.entry
  if (ctx.rank && rankEntry && !p.rank) {
    p.rank = spanOf(w, ctx.rank.from, ctx.rank.to).text.replace(/\s+/g, ' ')
    p.rankId = rankEntry.id
  }
  if (ctx.office?.entry) p.titleIds.add(ctx.office.entry.id)
  if (ctx.office && ctx.titleFrom !== undefined && ctx.titleTo !== undefined) {
    const written = spanOf(w, ctx.titleFrom, ctx.titleTo).text.replace(/\s+/g, ' ')
    const entry = ctx.office.entry as GazetteerEntry
    // Abbreviations ("Amb.") are written out; everything else stays as the document wrote it.
    // The fullest title a document gives a person wins ("Assistant Secretary" < the full office).
    const title = written.endsWith('.') && ctx.titleTo - ctx.titleFrom <= 2 ? entry.name : written
    if (!p.title || title.length > p.title.length) p.title = title
  }
  if (!p.affiliationId) {
    const aff = ctx.affiliation
    if (aff) {
      p.affiliation = aff.local?.name ?? aff.entry?.name ?? spanOf(w, aff.from, aff.to).text
      p.affiliationId = aff.id
    } else if (ctx.office) {
      const implied = ctx.office.entry?.affiliation
      const entry = implied ? w.g.entries.get(implied) : undefined
      if (entry) {
        p.affiliation = entry.name
        p.affiliationId = entry.id
      }
    }
  }
}

/** "the Secretary", "the admiral": the one person the document gave that office or rank. */
function definiteDescriptions(w: Work, people: Person[]): void {
  const t = w.tokens
  for (const f of w.found) {
    if (f.kind !== 'title' || !f.entry || f.entry.type === 'honorific') continue
    if (t[f.from - 1]?.norm !== 'the') continue
    const next = t[f.to]
    if (next && (isCapWord(next) || next.norm === 'of' || next.norm === ',')) continue
    const id = f.entry.id
    const word = t[f.to - 1]?.norm ?? ''
    // "the Secretary" is the Secretary of Defense the document named; "the admiral", its admiral.
    const match = people.filter(
      (p) => p.titleIds.has(id) || p.rankId === id || (f.to - f.from === 1 && (p.title ?? '').toLowerCase().split(/\s+/).includes(word)),
    )
    if (match.length !== 1) continue
    const p = match[0] as Person
    if (p.mentions[0] && p.mentions[0].from < f.from) addMention(p, f.from, f.to, 'person:definite')
  }
}

function coverIndex(w: Work): (Found | undefined)[] {
  const out = new Array<Found | undefined>(w.tokens.length).fill(undefined)
  for (const f of w.found) for (let k = f.from; k < f.to; k++) out[k] = out[k] ?? f
  return out
}

const LEXICON = (nlp.model() as { one: { lexicon: Readonly<Record<string, string>> } }).one.lexicon
const NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'])

/** compromise's lexicon tag of a word, diacritics folded the way compromise folds them ("José"). */
function lexiconTag(word: string): string | undefined {
  // A pure function of the word, kept per process (bounded; it never changes a result).
  const memo = TAGS.get(word)
  if (memo !== undefined) return memo === null ? undefined : memo
  const tag = readLexicon(word)
  if (TAGS.size >= 20_000) TAGS.clear()
  TAGS.set(word, tag === undefined ? null : tag)
  return tag
}

const TAGS = new Map<string, string | null>()

function readLexicon(word: string): string | undefined {
  const lower = word.toLowerCase()
  const tag = LEXICON[lower]
  if (tag !== undefined || /^[\x00-\x7f]*$/.test(lower)) return tag
  return LEXICON[lower.normalize('NFD').replace(/\p{M}/gu, '')]
}

function isKnownName(word: string): boolean {
  const tag = lexiconTag(word)
  return tag !== undefined && NAME_TAGS.has(tag)
}

/** A known first name, a middle initial ("Anjali S. Ramkisoen"), or compromise's word for it. */
function looksLikeName(w: Work, from: number, to: number, words: readonly string[]): boolean {
  if (isFirstName(words[0] ?? '')) return true
  for (let k = from + 1; k < to - 1; k++) if (w.tokens[k]?.text.length === 1 && w.tokens[k + 1]?.norm === '.') return true
  return words.length >= 2 && (plainName(words) || personSpan(spanOf(w, from, to).text) !== null)
}

/** An initial with its period between two words of the run ("Anjali S. Ramkisoen"). */
function middleInitial(w: Work, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) if (isInitialAt(w, k)) return true
  return false
}

/** A word compromise's lexicon knows as something other than a name ("Waves", "Urban", "High"). */
/** One syllable of a romanized Chinese name ("hao", "ting", "wei"). */
const ROMANIZED_SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiou]{1,3}(?:n|ng|h)?$/

export function isCommonWord(word: string): boolean {
  const tag = lexiconTag(word)
  return tag !== undefined && typeof tag === 'string' && !NAME_TAGS.has(tag)
}

const FIRST_NAME_TAGS: ReadonlySet<string> = new Set(['FirstName', 'MaleName', 'FemaleName'])

/** A first name compromise's lexicon knows: a lookup, not a parse. */
function isFirstName(word: string): boolean {
  const tag = lexiconTag(word)
  return tag !== undefined && FIRST_NAME_TAGS.has(tag)
}

/**
 * A first name the lexicon knows, then one to three words each a known name or an initial, the
 * last one possibly a word the lexicon does not know at all (a surname: "Thomas R. Ellingsworth").
 */
function plainName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4 || !isFirstName(words[0] ?? '')) return false
  for (let k = 1; k < words.length; k++) {
    const word = words[k] as string
    const last = k === words.length - 1
    if (/^\p{Lu}$/u.test(word)) {
      if (last) return false
      continue
    }
    if (isKnownName(word)) continue
    if (!last || lexiconTag(word) !== undefined || !/^\p{Lu}\p{Ll}/u.test(word)) return false
  }
  return true
}

/** compromise's person span inside a short run of text, as offsets into it. */
function personSpan(text: string): { start: number; end: number } | null {
  // A parse costs about a millisecond whatever the length; the same runs recur across documents.
  const cached = SPANS.get(text)
  if (cached !== undefined) return cached
  const span = parsePersonSpan(text)
  if (SPANS.size >= 10_000) SPANS.clear()
  SPANS.set(text, span)
  return span
}

/** personSpan's results by run text (a pure function's memo: bounded, never changes a result). */
const SPANS = new Map<string, { start: number; end: number } | null>()

function parsePersonSpan(text: string): { start: number; end: number } | null {
  const doc = nlp(text)
  const found = doc.people().json({ offset: true }) as { offset?: { start: number; length: number }; terms?: { text: string }[] }[]
  const first = found[0]
  if (!first?.offset) return null
  // compromise's offsets include trailing punctuation: end at the last term's text.
  const lastTerm = first.terms?.[first.terms.length - 1]?.text ?? ''
  const startOff = first.offset.start
  let endOff = startOff + first.offset.length
  const idx = lastTerm ? text.lastIndexOf(lastTerm, endOff) : -1
  if (idx >= startOff) endOff = idx + lastTerm.length
  return { start: startOff, end: endOff }
}
