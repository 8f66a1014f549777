/**
 * Puts the document metadata together from what the cleaners found, each value with the
 * source it came from (DocumentMeta.evidence).
 */
import type { DocumentMeta } from '../../types.js'
import { findDateline, findSpokesperson, issuedByPerson, spokespersonOrganization } from './byline.js'
import type { DocumentKind } from '../../schema/records.js'
import { isStatementLine } from './head.js'
import { detectKind } from './kind.js'
import { siteRuleOfHost } from './site-rules.js'
import { findDate, parseDateText, toIsoDay } from './parse-date.js'
import { isNewsAgency, mentionedPublishers, publisherByHost, publisherByName, publisherClass, publisherFromHeader, publisherNameOn } from './publisher.js'

export interface Sourced {
  readonly value: string
  readonly source: string
}

export interface MetaInput {
  readonly title: Sourced | null
  /** Publication date candidates, most trusted first; values are date strings of any form. */
  readonly dates: readonly Sourced[]
  /** Dates the page gives only as its last update or modification: read when nothing else, not even the dateline or the URL, dates it. */
  readonly updated?: readonly Sourced[]
  readonly labels: readonly string[]
  readonly paragraphs: readonly string[]
  readonly host: string | null
  /** Names of the publisher the page gives, most trusted first ("From:" line, og:site_name, JSON-LD publisher). */
  readonly siteNames: readonly Sourced[]
  /** Who the page footer's copyright line names (HTML pages): the site's owner, a last resort for the publisher. */
  readonly footerHolder?: string | null
  /** Other strings that may name a known publisher (the parts of `<title>`). */
  readonly publisherHints: readonly string[]
  /** The site's name as its logo or masthead shows it. */
  readonly brands?: readonly string[]
  /** The byline above the body ("By Staff Sgt. Jane Doe, …"), for the kind. */
  readonly byline?: string | null
  /** Class names of the page's `<body>` and `<article>`, for the kind. */
  readonly classTokens?: readonly string[]
  /** The lines before the body (labels, release header, byline), which may name the issuing unit. */
  readonly headText: string
  /** 'mil' or 'gov' when the page carries the official-site banner for that domain. */
  readonly banner: 'mil' | 'gov' | null
  /** Text outside the body that may name the publisher (a dump's trailer of links). */
  readonly extraText: string
  readonly canonicalUrl: string | null
  /** True when the site is a news outlet (site rule, JSON-LD NewsMediaOrganization). */
  readonly newsSite: boolean
  /** The kind a site rule gives its pages when they name none. */
  readonly siteKind: DocumentKind | null
  /** The URL the page came from, whose path may hold a date (/2019/11/12/). */
  readonly url: string | null
  /** Days the head gives without their year ("15 July | Communiqué"), MM-DD, most trusted first. */
  readonly days?: readonly Sourced[]
  /** The page as it arrived: its copyright line may give the year a dateline's day lacks. */
  readonly source?: string
}

/** Which kind of official-site banner a page carries. */
export function bannerOf(input: string): 'mil' | 'gov' | null {
  // Each phrase holds "website": only the text around its occurrences is tested (a
  // case-insensitive expression over the whole page was a cost of its own).
  for (const word of ['ebsite', 'EBSITE']) {
    for (let at = input.indexOf(word); at >= 0; at = input.indexOf(word, at + 6)) {
      const m = BANNER.exec(input.slice(Math.max(0, at - 40), at + 40))
      const tld = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase()
      if (tld === 'mil' || tld === 'gov') return tld
    }
  }
  return null
}

const BANNER = /\.(mil|gov) website belongs|official websites use \.(mil|gov)|connected to the \.(mil|gov) website/i

// A copyright notice's (last) year: "© 2026", "Copyright 2019-2026" (publisher.ts reads its holder).
const COPYRIGHT_YEAR = /(?:©|&copy;|&#169;|\(c\)|copyright)\s*(?:©|&copy;)?\s*(?:(?:19|20)\d{2}\s*[-–]\s*)?((?:19|20)\d{2})(?!\d)/giu

/** The latest year a copyright notice of the page names ("© 2026", "Copyright 2019-2026"). */
function copyrightYear(source: string): number | null {
  let year: number | null = null
  // Only the text around "©", "&copy;", "&#169;" and "opyright" is tested, not the whole page.
  for (const mark of ['©', '&copy;', '&#169;', 'opyright', 'OPYRIGHT', '(c)', '(C)']) {
    for (let at = source.indexOf(mark); at >= 0; at = source.indexOf(mark, at + mark.length)) {
      COPYRIGHT_YEAR.lastIndex = 0
      const m = COPYRIGHT_YEAR.exec(source.slice(Math.max(0, at - 2), at + 40))
      if (m?.[1]) year = Math.max(year ?? 0, Number(m[1]))
    }
  }
  return year
}

/**
 * The year of a day written without one ("KINGSTON, Jamaica, Aug. 14 (JIS):", "15 July |
 * Communiqué"), from what else the page dates: its last update, a year in its URL, a full date in
 * the text within four months of that day, else its copyright notice.
 */
function yearOfDay(monthDay: string, input: MetaInput, source: string): { date: string; rule: string } | null {
  const on = (year: number): string | null => toIsoDay(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3)))
  for (const u of input.updated ?? []) {
    const iso = parseDateText(u.value)
    if (!iso) continue
    const year = Number(iso.slice(0, 4))
    const date = iso.slice(5) >= monthDay ? on(year) : on(year - 1)
    if (date) return { date, rule: `${source}+updated-year` }
  }
  const path = /\/((?:19|20)\d{2})\//.exec(input.url ?? input.canonicalUrl ?? '')
  const fromUrl = path ? on(Number(path[1])) : null
  if (fromUrl) return { date: fromUrl, rule: `${source}+url-year` }
  const days = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000
  for (const p of input.paragraphs.slice(0, 12)) {
    const iso = parseDateText(p)
    if (!iso) continue
    const year = Number(iso.slice(0, 4))
    const date = [on(year), on(year - 1), on(year + 1)].find((d) => d !== null && days(d, iso) <= 122)
    if (date) return { date, rule: `${source}+text-year` }
  }
  const year = input.source ? copyrightYear(input.source) : null
  const fromCopyright = year ? on(year) : null
  return fromCopyright ? { date: fromCopyright, rule: `${source}+copyright-year` } : null
}

/** A date the headline prints as a part of its own, before or after a dash, colon or bar, or in brackets at its end. */
function titleDate(title: string): string | null {
  const found = findDate(title)
  if (!found) return null
  const before = title.slice(0, found.index)
  const after = title.slice(found.index + found.length)
  const lead = /^\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\s*)?$/i.test(before) && /^\s*[-–—:|]\s+\S/.test(after)
  const trail = /\S\s*(?:[-–—:|]\s*|\(|\[)$/.test(before) && /^[)\]]?\s*$/.test(after) && (/[([]$/.test(before.trimEnd()) === /^[)\]]/.test(after))
  return lead || trail ? found.iso : null
}

function urlDate(url: string | null): string | null {
  if (!url) return null
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/.exec(url)
  return m ? parseDateText(`${m[1]}-${m[2]}-${m[3]}`) : null
}

export function buildMeta(input: MetaInput): DocumentMeta {
  const evidence: Record<string, string> = {}
  // "The following statement was issued by …: / GEORGE TOWN, Grand Cayman – …": the dateline opens
  // the statement under the line that introduces it.
  const first = (isStatementLine(input.paragraphs[0] ?? '') ? input.paragraphs[1] : input.paragraphs[0]) ?? ''
  const head = input.paragraphs.slice(0, 3).join('\n')

  const title = input.title?.value ?? null
  if (input.title) evidence['title'] = input.title.source

  const dateline = findDateline(first, { alone: true })
  if (dateline) evidence['dateline'] = 'first-paragraph'

  let published: string | null = null
  for (const d of input.dates) {
    published = parseDateText(d.value)
    if (published) {
      evidence['published'] = d.source
      break
    }
  }
  if (!published && dateline?.date) {
    published = dateline.date
    evidence['published'] = 'dateline'
  }
  // "August 14, 2026 – Coast Guard Receives …", "Coast Guard Receives … (14 August 2026)".
  const inTitle = published || !title ? null : titleDate(title)
  if (inTitle) {
    published = inTitle
    evidence['published'] = 'title-date'
  }
  if (!published) {
    published = urlDate(input.url ?? input.canonicalUrl)
    if (published) evidence['published'] = 'url'
  }
  const days = [...(dateline?.monthDay ? [{ value: dateline.monthDay, source: 'dateline-day' }] : []), ...(input.days ?? [])]
  for (const d of published ? [] : days) {
    const day = yearOfDay(d.value, input, d.source)
    if (day) {
      published = day.date
      evidence['published'] = day.rule
      break
    }
  }
  for (const d of published ? [] : (input.updated ?? [])) {
    published = parseDateText(d.value)
    if (published) {
      evidence['published'] = d.source
      break
    }
  }

  // Where the spokesperson is named, most telling first: the headline and the story's first
  // paragraphs; the head lines the page's markup set apart above the story ("The following is
  // attributable to … Spokesperson Fernanda L. Bittencourt:"); the release's "Issued by:" block.
  const named: ReadonlyArray<readonly [string, () => string | null]> = [
    ['text', () => findSpokesperson(`${title ?? ''}\n${head.slice(0, 1200)}`)],
    ['head-text', () => (input.headText ? findSpokesperson(input.headText.slice(0, 1200)) : null)],
    ['issued-by', () => issuedByPerson(input.extraText)],
  ]
  let spokesperson: string | null = null
  for (const [rule, find] of named) {
    spokesperson = find()
    if (spokesperson) {
      evidence['spokesperson'] = rule
      break
    }
  }

  const pub = choosePublisher(input, head)
  const publisher = pub ? (pub.known && pub.name === pub.known.name ? publisherNameOn(pub.known, input.source ?? '') : pub.name) : null
  if (pub) evidence['publisher'] = pub.source

  const cls = input.newsSite || isNewsAgency(publisher) ? 'news' : pub?.known ? (pub.known.type === 'news' ? 'news' : 'organization') : publisherClass(publisher)
  // A page saved without its address still has its site's usual kind when the publisher it names
  // is a known one whose site a rule describes ("DVIDS": its stories are news).
  const publisherSiteKind = input.siteKind ? null : (pub?.known?.hosts.map((h) => siteRuleOfHost(h)?.kind ?? null).find((k) => k !== null) ?? null)
  const kind = detectKind({ title, labels: input.labels, head, classTokens: input.classTokens ?? [], byline: input.byline ?? null, url: input.url ?? input.canonicalUrl, siteKind: input.siteKind ?? publisherSiteKind, publisher: cls, publisherName: publisher })
  evidence['kind'] = kind.rule === 'site' && publisherSiteKind ? 'publisher-site' : kind.rule

  if (input.canonicalUrl) evidence['canonicalUrl'] = 'canonical'

  return {
    title,
    published,
    kind: kind.kind,
    dateline: dateline?.place ?? null,
    spokesperson,
    publisher,
    canonicalUrl: input.canonicalUrl,
    evidence,
  }
}

interface PublisherChoice {
  readonly name: string
  readonly source: string
  readonly known: ReturnType<typeof publisherByName>
}

/**
 * The publisher: a unit the release header names ("U.S. Coast Guard 7th District"); the URL's host when pressroom knows it; else the name the page gives (a
 * "From:" line, og:site_name, JSON-LD), made canonical when it is a known publisher's alias
 * (unless the page's host says otherwise: "Department of State" on dos.ny.gov is New York's);
 * else a known publisher named in `<title>`; else the organization of a named spokesperson;
 * else, behind an official .mil/.gov banner, the publisher of that kind the text names most.
 */
function choosePublisher(input: MetaInput, head: string): PublisherChoice | null {
  const unit = publisherFromHeader(input.headText)
  if (unit) return { name: unit.name, source: 'header-unit', known: unit }
  const byHost = publisherByHost(input.host)
  if (byHost) {
    // A unit of the host's publisher naming itself ("U.S. Coast Guard Atlantic Area" on the
    // Coast Guard's site): the more specific name.
    const names = [byHost.name, ...byHost.aliases].map(key).filter((n) => n.length >= 4)
    for (const named of input.siteNames) {
      const k = key(named.value)
      if (!publisherByName(named.value) && names.some((n) => k.startsWith(`${n} `) && k.split(' ').length - n.split(' ').length <= 4)) {
        return { name: named.value, source: `${named.source}+host`, known: byHost }
      }
    }
    return { name: byHost.name, source: 'host', known: byHost }
  }
  const named = input.siteNames[0]
  // A site that names itself by its address ("www.army.mil"): the publisher of that host.
  const byNamedHost = named && SITE_ADDRESS.test(named.value.trim()) ? publisherByHost(named.value.trim().toLowerCase().replace(/^www\./, '')) : null
  if (named && byNamedHost) return { name: byNamedHost.name, source: `${named.source}+host`, known: byNamedHost }
  // "gob.mx", a government portal named by its address, over "… | Secretaría de Marina | Gobierno |
  // gob.mx" in <title>: the body of two words or more the title names publishes on the portal.
  const portal = named && SITE_ADDRESS.test(named.value.trim()) ? portalBody(input.publisherHints) : null
  if (named && portal) return { name: portal, source: `${named.source}+title-part`, known: publisherByName(portal) }
  if (named) {
    // "Government of Grenada" over a logo line "Government Information Service": the service
    // publishes, under its government's portal.
    const service = /^(?:the )?government of\b/i.test(named.value) ? serviceIn(input.brands ?? []) : null
    if (service) return { name: `${service}, ${named.value}`, source: `${named.source}+logo-unit`, known: null }
    const known = publisherByName(named.value)
    // A site name that is only initials ("GIS") under a logo spelling them out ("Barbados
    // Government Information Service"): the full name.
    const spelled = known ? null : spelledOut(named.value, input.brands ?? [])
    if (spelled) return { name: spelled, source: `${named.source}+logo`, known: publisherByName(spelled) }
    if (known && !input.host) return { name: known.name, source: named.source, known }
    return { name: named.value, source: named.source, known: null }
  }
  for (const hint of input.publisherHints) {
    const known = publisherByName(hint)
    if (known) return { name: known.name, source: 'title', known }
  }
  const brands = (input.brands ?? []).map(cleanBrand).filter((b): b is string => b !== null)
  for (const b of input.brands ?? []) {
    // "Ministry of Defence - To the homepage of Defensie.nl": a logo naming the site's address.
    for (const domain of b.match(DOMAIN) ?? []) {
      const known = publisherByHost(domain.toLowerCase())
      if (known) return { name: known.name, source: 'logo-domain', known }
    }
  }
  const brand = brandName(brands, input.publisherHints)
  // The same under a logo "Government of Anguilla" and a masthead line "Government of Anguilla –
  // Government Information Service".
  const service = brand && /^(?:the )?government of\b/i.test(brand.name) ? serviceIn(input.brands ?? []) : null
  if (brand && service) return { name: `${service}, ${brand.name}`, source: `${brand.source}+logo-unit`, known: null }
  const brandPortal = brand && SITE_ADDRESS.test(brand.name.trim()) ? portalBody(input.publisherHints) : null
  if (brand && brandPortal) return { name: brandPortal, source: `${brand.source}+title-part`, known: publisherByName(brandPortal) }
  if (brand) {
    const known = publisherByName(brand.name)
    return { name: known?.name ?? brand.name, source: brand.source, known }
  }
  if (input.footerHolder) return { name: input.footerHolder, source: 'copyright-line', known: publisherByName(input.footerHolder) }
  const org = spokespersonOrganization(head.slice(0, 600))
  const byOrg = org ? publisherByName(org) : null
  if (byOrg) return { name: byOrg.name, source: 'spokesperson-organization', known: byOrg }
  if (input.banner) {
    const named = mentionedPublishers(`${input.paragraphs.join('\n')}\n${input.extraText}`, input.banner)[0]
    if (named) return { name: named.name, source: `banner-${input.banner}+mentions`, known: named }
    const dod = input.banner === 'mil' ? publisherByName('U.S. Department of Defense') : null
    if (dod) return { name: dod.name, source: 'banner-mil', known: dod }
  }
  return null
}

/** A site name that is its address ("www.army.mil", "gob.mx"). */
const SITE_ADDRESS = /^(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,6}$/i

/** The body of two words or more a `<title>` part names ("Secretaría de Marina" in "… | Secretaría de Marina | Gobierno | gob.mx"). */
function portalBody(titleParts: readonly string[]): string | null {
  return titleParts.find((h) => h.split(' ').length >= 2 && publisherClass(h) === 'organization') ?? null
}

/** The shortest part of a logo or masthead line that names an information service, or null. */
function serviceIn(brands: readonly string[]): string | null {
  const parts = brands.flatMap((b) => b.split(BRAND_PARTS)).map((p) => p.trim()).filter((p) => p.length > 0 && isNewsAgency(p))
  return parts.sort((a, b) => a.length - b.length)[0] ?? null
}

/** The logo name whose initials hold the acronym `short` ("GIS" in Barbados Government Information Service). */
function spelledOut(short: string, brands: readonly string[]): string | null {
  if (!/^[A-Z]{2,6}$/.test(short)) return null
  for (const raw of brands) {
    const brand = cleanBrand(raw)
    if (!brand) continue
    const initials = brand
      .split(/\s+/)
      .filter((w) => /^[\p{Lu}]/u.test(w))
      .map((w) => w.charAt(0))
      .join('')
    if (initials.length >= short.length && initials.includes(short)) return brand
  }
  return null
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

const DOMAIN = /(?<![\p{L}\p{N}@.-])(?:[a-z0-9-]+\.)+(?:[a-z]{2,6})(?![\p{L}\p{N}-])/giu
const BRAND_PARTS = /\s+(?:[|–—-]|::)\s+/
const NOT_A_NAME = /home ?page|^home$|^logo$|\blogo\b|^go to\b|^back to\b|^return to\b/i

/** A logo's text without what it says about the link ("Ministry of Defence - To the homepage of …"). */
function cleanBrand(raw: string): string | null {
  const parts = raw.split(BRAND_PARTS).map((p) => p.trim()).filter((p) => p.length > 0 && !NOT_A_NAME.test(p))
  // "SEDENA – Secretariat of National Defense – Republic of Honduras": the name the acronym stands for.
  if (parts.length > 1 && /^[\p{Lu}]{2,8}$/u.test(parts[0]!) && publisherClass(parts[1]!) === 'organization') return parts[1]!
  return parts[0] ?? null
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'de', 'du', 'la', 'y'])

/** "BELIZE COAST GUARD" as a name is written: "Belize Coast Guard". */
function unshout(name: string): string {
  if (/\p{Ll}/u.test(name)) return name
  return name
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ')
}

/**
 * The publisher a page names in its masthead: the logo's name that a part of `<title>` repeats
 * ("… | Ministry of Home Affairs" under a "Ministry of Home Affairs" logo), else the first logo
 * name that reads as an organization's; else a part of `<title>` that does.
 */
function brandName(brands: readonly string[], segments: readonly string[]): { name: string; source: string } | null {
  for (const b of brands) {
    const seg = segments.find((s) => key(s) === key(b))
    if (seg) return { name: unshout(/\p{Ll}/u.test(seg) ? seg : b), source: 'logo+title' }
  }
  for (const b of brands) if (publisherClass(b) !== null) return { name: unshout(b), source: 'logo' }
  for (const s of segments) if (publisherClass(s) !== null && s.split(' ').length >= 2) return { name: unshout(s), source: 'title-part' }
  return null
}
