/**
 * The head of an article: the lines before the body proper. Pages put a label and a date
 * ("Press Release | Nov. 12, 2019"), the headline, a bureau, a date line, a byline, a standfirst
 * or a photo caption there. `readHead` consumes them, keeps what they say as metadata, and
 * returns where the body starts; a dateline ("MIAMI –") marks the start of the body.
 */
import { findDateline } from './byline.js'
import { chromeRuleOf, straightQuotes } from './chrome.js'
import { kindFromLabel } from './kind.js'
import { isNewsAgency } from './publisher.js'
import { findDate, parseDateLine, parseMonthDayLine } from './parse-date.js'

export interface HeadResult {
  /** Index of the first body paragraph. */
  readonly bodyStart: number
  readonly title: string | null
  readonly published: string | null
  readonly publishedRule: string | null
  /** A date the head gives only as the page's update ("Updated August 15, 2026"), for when nothing else dates the page. */
  readonly updated: { readonly date: string; readonly rule: string } | null
  /** Labels found ("Press Release", "Media Note"), for the kind. */
  readonly labels: readonly string[]
  /** Names after "From:" ("From: National Defence"), for the publisher. */
  readonly from: string | null
  /** The byline ("By Staff Sgt. Jane Doe, Army South Public Affairs"), for the kind. */
  readonly byline: string | null
  /** A head line's day without its year ("15 July | Communiqué"), MM-DD, for when nothing else dates the page. */
  readonly monthDay: string | null
}

// "Press Release | Nov. 12, 2019", "Press Release No. 27/2019 – Friday, 20 September 2019".
const LABEL_DATE = /^([A-Za-z][A-Za-z .'&-]{1,40}?)(?:\s+(?:No\.?|Number|#)\s*[\w/.-]+)?\s*[|•·–—:-]\s*(.{6,60})$/
// What opens a byline: "By", "Story by", "Por", or a label ("Writer:", "Author:").
const BYLINE_LEAD = String.raw`(?:(?:story |article |written |photos? and story |words )?(?:by|por)[:\s]+|(?:writer|author|reporter|autor|autora)\s*:\s*)`
// "By Sgt. Jane Doe", "Story by …", "Writer: Jane Doe": a byline.
const BYLINE = new RegExp(`^${BYLINE_LEAD}[\\p{Lu}][^.!?]{2,120}$`, 'iu')
/** A deck that quotes someone: "'Dead zones' to end, says CoP", "Talks went well, minister says". */
const DECK_ATTRIBUTION = /,\s+(?:(?:says|said|warns|insists|tells)\s+\S+(?:\s+\S+){0,3}|(?:\S+\s+){0,3}(?:says|said|warns|insists))\s*$/
// A segment of a meta line that starts a byline ("By Senior Airman Kaylee J. Montaño, …").
const BYLINE_START = new RegExp(`^${BYLINE_LEAD}[\\p{Lu}]`, 'iu')
// "Posted on February 8, 2024 by Press Office in Foreign Affairs, Press Releases".
// A line that is only the name of a press office ("BDF Public Relations Office", "U.S. Army South Public Affairs").
const OFFICE_LINE = /^[\p{L}.&' -]*\b(?:public relations(?: (?:office|unit|department|division|branch))?|public affairs(?: (?:office|section))?|press office|press section|communications (?:unit|office|department|directorate)|media (?:unit|office|relations(?: office)?)|information (?:office|unit))$/iu
const DATE_ONLY_LABEL = /^(?:first\s+|last\s+)?(?:published|posted|released|updated|issued|date|dated|publi[ée]|publicado|fecha)(?:\s+(?:on|le|el))?$/i
export const UPDATE_LINE = /^\W*(?:last\s+)?(?:updated|modified|edited|revised)\b|^\W*(?:mis\s+à\s+jour|actualizado|bijgewerkt)/i
// "Publicado: 02/10/2026 por Departamento de Relaciones Públicas" on Spanish-language pages.
// "Published 04/12/2026 16h20 Updated on 04/12/2026 17h02": the update after it is part of the line.
const POSTED = /^(?:first\s+)?(?:posted|published|released|updated|publicado|publicada|actualizado)(?:\s+(?:on|el))?\s*:?\s*(.{6,40}?)(?:\s+(?:by|por)\s+(.+?))?(?:\s+(?:in|en)\s+(.+))?(?:\s+(?:last\s+)?(?:updated|modified|atualizado|actualizado)(?:\s+(?:on|em|el))?\s*:?\s*[\d/.:h -]{6,30})?$/i
// "Submitted by editor on Mon, 03/17/2025 - 14:32" (Drupal), "Written by Press Office on 3 March 2025".
const SUBMITTED = /^(?:submitted|posted|published|written|created)\s+by\s+(.{2,60}?)\s+on\s+(.{6,60})$/i
/** The heading of a box of summary points over a story ("Story Highlights", "Key points"). */
const HIGHLIGHTS = '(?:story highlights|key points|highlights|key takeaways|at a glance|in brief)'
const HIGHLIGHTS_HEADING = new RegExp(`^${HIGHLIGHTS}$`, 'i')
// A photo's caption: it starts with its label, or ends with its credit ("… Foto: Gentileza SENAD.").
const PHOTO_OR_HIGHLIGHT = new RegExp(`^(?:(?:photo(?:\\s+credit)?|photograph|caption|image|file photo|credit|foto)\\s*:|${HIGHLIGHTS}$|»\\s)|[.)]\\s+\\(?(?:photo|foto)(?:\\s+credit)?\\s*:\\s*[^.:]{2,60}\\.?\\)?$`, 'i')
/**
 * "14 August 2026 Press Release", "News item 7 December 2026": the date and the label of a line that
 * gives both, in either order, no separator between.
 */
export function dateAndLabel(line: string): { date: string; label: string } | null {
  const first = DATE_THEN_LABEL.exec(line)
  const then = first ? null : LABEL_THEN_DATE.exec(line)
  const dateText = first?.[1] ?? then?.[2]
  const label = first?.[2] ?? then?.[1]
  const date = dateText ? parseDateLine(dateText) : null
  return label && date && kindFromLabel(label) ? { date, label } : null
}

const LABELS = '(?:press|news|media) releases?|news items?|media notes?|readouts?|fact sheets?|statements?|communiqu[eé]s?'
const DATE_THEN_LABEL = new RegExp(`^(.{6,40}?\\d{4})\\s+(${LABELS})$`, 'i')
const LABEL_THEN_DATE = new RegExp(`^(${LABELS})\\s+(\\S.{5,39}?\\d{4})$`, 'i')
const PLACE_DATE = /^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40})[,.]\s+(.{6,40})$/u
const ENTRY_POSTED = /^this (?:entry|post|article|item) was (?:posted|published)(?: on)? (.{6,60}?)(?: at [\d: .apm]+)?(?:,? and is filed under .*)?\.?$/i
// "Posted in: Communiqués", "Filed under: Press Releases", "Categories: News, Security".
const FILED_IN = /^(?:(?:posted|filed|published)\s+(?:in|under)|categor(?:y|ies)|sections?)\s*:\s*([^:]{2,100})$/i
// "From: National Defence" (Canada.ca, GOV.UK).
// "From U.S. Naval Forces Southern Command/U.S. 4th Fleet Public Affairs" (navy.mil): an office, no colon.
const FROM = /^from:\s*(.{3,120})$|^from\s+(\p{Lu}.{2,120}?\b(?:public affairs|public relations|press office|media relations|communications(?: office| unit| directorate)?))$/iu
// A line naming only the agency a story comes from ("Source: Government Information Service (GIS)").
const SOURCE_AGENCY = /^(?:source\s*:\s*)?(\p{Lu}[\p{L} &'’-]{5,60}(?:\s*\([\p{Lu}&.]{2,10}\))?)$/u
// A label alone on its line ("Press Release", "Media Note", "News story").
const LABEL_ONLY = /^[\p{L} .'&-]{4,40}$/u
// A printed release's number on a line of its own: "No. 07/27", "Press Release No. 2027-014", "PR 27/004".
const RELEASE_NUMBER = /^(?:(?:press\s+)?(?:release\s+)?(?:no\.?|number|n[º°]\.?)\s*\d[\w/.-]*|[A-Z]{2,5}\s?\d{1,4}[/-]\d{1,4})$/i
/** "Issued by: Her Excellency Governor …": the issuer's line of a statement. */
const ISSUED_BY = /^(?:issued|released) by\s*:\s*\S[^!?]{2,140}$/i
const BULLET = /^\s*(?:[•●▪◦·*–-]|\d{1,2}[.)])\s+/
// Separators between the items of a breadcrumb trail ("Home > Newsroom > Title", "You are here: Home / News / Title").
const CRUMB_SEP = /\s+(?:>|»|›|\/)\s+/
// Text dumps of whole pages (menus, search, a breadcrumb) put the article's header further down
// than a release dump does: the anchors look this far, over short lines only.
const ANCHOR_LINES = 40
const PROSE_END = /[.!?]["'”’)]?$/

/** The items of a breadcrumb trail line (three items or more), without a "You are here:" lead; otherwise null. */
export function breadcrumbItems(line: string, min = 3): string[] | null {
  if (line.length > 400) return null
  const items = line.replace(/^(?:you are here|breadcrumbs?)\s*:\s*/i, '').split(CRUMB_SEP).map((s) => s.trim())
  return items.length >= min && items.every((s) => s.length > 0 && s.length <= 200) ? items : null
}

/** Lines of page chrome above an article's header in a text dump: short, or a breadcrumb trail. */
function chromeAbove(lines: readonly string[]): boolean {
  return lines.every((p) => p.length < 120 || breadcrumbItems(p) !== null)
}

/** "By Sgt. Jane Doe", and "By: Kadian T. Brown, JIS Reporter, November 6, 2026" (an initial's period inside; no sentence's at the end). */
function isByline(line: string): boolean {
  return BYLINE.test(line) || (BYLINE_START.test(line) && !/[.!?]["'”’]?$/.test(line)) || STAFF_LINE.test(line)
}

// "Punda Post Staff Writer", "Kemar D. Lindo/Staff Reporter · kemar.lindo@…": a byline without "By".
const STAFF_LINE = /^[\p{Lu}][^!?|]{0,60}?[\s/,–-]\s*(?:senior\s+|chief\s+)?(?:staff writer|staff reporter|reporter|correspondent|news desk|newsroom|contributor)(?:\s*[·•|]\s*\S+@\S+)?$/iu

/** The byline segment of a meta line ("By Staff Sgt. Jane Doe, … / Published Nov. 5, 2026"), or null. */
export function bylineIn(line: string): string | null {
  return line.split(/\s+[|/•·]\s+/).find((seg) => seg.length < 120 && BYLINE_START.test(seg)) ?? null
}

/** True when a line reads like a headline: short, no sentence-ending punctuation. */
export function looksLikeHeadline(line: string): boolean {
  if (line.length < 12 || line.length > 220) return false
  // A headline may end with an abbreviation's period ("… scanners from U.S."), not a sentence's.
  if (/[.,;:]$/.test(line) && !/(?:^|\s)(?:\p{Lu}\.){2,}$/u.test(line)) return false
  if (BULLET.test(line) || MENU_LINE.test(line)) return false
  const words = line.split(' ')
  return words.length >= 3 && words.length <= 35
}

/**
 * A line that may be a dump's headline: reads like one, and is no label, "From:" line, byline,
 * chrome line or breadcrumb. A line in capitals only when it is long enough to say something
 * ("TTPS HOSTS REGIONAL NARCOTICS DETECTION CANINE COURSE", not "MEDIA NOTE" or "OFFICE OF THE
 * SPOKESPERSON") and names no office.
 */
function headlineCandidate(line: string): boolean {
  if (!looksLikeHeadline(line)) return false
  if (line === line.toUpperCase() && (line.split(' ').length < 5 || OFFICE_NAME.test(line))) return false
  // "Office of the Spokesperson" in title case: an office's name of a few words, every word a
  // name's word, is the issuing office, not a headline.
  if (OFFICE_LINE_NAME.test(line) && line.split(' ').length <= 5 && line.split(' ').every((x) => /^(?:\p{Lu}|of|for|the|and|in)/u.test(x))) return false
  if (UPDATED_LINE.test(line) || addressLine(line) || PRESS_OFFICE.test(line)) return false
  return !kindFromLabel(line) && !FROM.test(straightQuotes(line)) && !BYLINE.test(line) && !BYLINE_START.test(line) && !STAFF_LINE.test(line) && !chromeRuleOf(line) && !/ [|>»›] /.test(line) && !breadcrumbItems(line)
}

/** A person's name alone on its line: two to four capitalized words ("Ricardo Giménez Báez"). */
function authorName(line: string): boolean {
  const words = line.split(' ')
  return words.length >= 2 && words.length <= 4 && words.every((x) => /^\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}\.$/u.test(x))
}

/** "Ana Laura Bentancor – Bella Unión": a byline of an author's name and a place, without "By". */
function authorPlace(line: string): boolean {
  const parts = line.split(/\s+[–—-]\s+/)
  return parts.length === 2 && authorName(parts[0] ?? '') && /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:de\s+|del\s+|la\s+)?\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(parts[1] ?? '')
}

/** "Updated 7 November 2026, 11:40", "Last modified: …": the page's revision stamp, not a headline. */
const UPDATED_LINE = /^(?:last\s+)?(?:updated|modified|edited|actualizado|actualizada)\b/i
/** A street's name and number ("Lauro Muller 1776"), a building or street ("Ministerial Building", "Halifax Street") or a postcode. */
const ADDRESS_PART = /^(?:(?:\d+[A-Z]?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Building|Boulevard|Drive|Lane|Highway|House|Plaza)|(?:Calle|Avenida|Av\.)\s.+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+\d{1,5}|\d{4,6}\s+\p{Lu}.*)$/u

/**
 * A letterhead's address alone on its line ("Lauro Muller 1776, 11200 Montevideo", "Ministerial
 * Building, Halifax Street, Kingstown"): two comma-separated parts or more, one of them a street,
 * a building or a postcode.
 */
function addressLine(line: string): boolean {
  const parts = line.split(/,\s+/)
  return parts.length >= 2 && parts.length <= 5 && parts.some((p) => ADDRESS_PART.test(p.trim()))
}

// The words a government body's name opens with ("Office of …", "U.S. Embassy …").
const BODY_OPENING = '(?:the\\s+)?(?:u\\.s\\.\\s+|united states\\s+)?(?:office|ministry|department|embassy|consulate|bureau|secretariat|headquarters|government|command|mission)\\b'
/** A line in capitals that names an office ("OFFICE OF THE SPOKESPERSON"): no headline. */
const OFFICE_NAME = new RegExp(`^${BODY_OPENING}`, 'i')
/** A state's formal name alone on its line ("Government of Antigua and Barbuda", "Republic of Panama"). */
const STATE_NAME = /^(?:[Tt]he\s+)?(?:Government|Republic|Commonwealth|Kingdom|Federation) of (?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:and|&|the|of|\p{Lu}[\p{L}'’.-]*))*$/u
/** A release's reference number on a line of its own. */
// ("PR-2027-006", "CDPF/PRO/2027/003": a code with the year and a number needs no label.)
const REFERENCE_LINE = /^(?:(?:Ref(?:erence)?(?:\s+No)?\.?|Our ref\.?|Release No\.?|Press Release No\.?|No\.)\s*:?\s*[\w][\w/.-]*\d[\w/.-]*|[A-Z]{1,6}(?:[-/][A-Z]{1,6})*[-/](?:19|20)\d\d[-/]\d{1,4})$/i
/** Two to five capitalized names between commas, of four words at most: an address's parts. */
const PLACE_PARTS = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){1,4}$/u
/**
 * A letterhead's address or contact line ("P.O. Box W827, … | Tel: … | Email: …"): a post box, a
 * telephone, a web address or a street's number and name.
 */
const CONTACT_LINE = /\b(?:P\.\s?O\.\s?Box|Tel(?:ephone)?\s*[:.]|Fax\s*:|E-?mail\s*:)|\bwww\.[\w-]+\.\w|\b\d{1,5}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:Avenue|Street|Road|Drive|Boulevard|Lane|Highway)\b/i
/** A body's name alone on its line ("Office of the Prime Minister", "Ministry of National Security"). */
const OFFICE_LINE_NAME = new RegExp(`^${BODY_OPENING}(?:\\s+(?:of|for|in)\\b[^,.;:!?]*)?$`, 'i')

/** An issuing press office named alone on its line ("Public Affairs Section", "Press Office"). */
const PRESS_OFFICE = /^(?:the\s+)?(?:public affairs|press|press and (?:public )?information|media relations|public information|communications?)\s+(?:section|office|unit|department|division|directorate|branch|team)$/i

/** True when the paragraph after `i` reads like body text (long, or a sentence). */
function hasBodyAfter(paragraphs: readonly string[], i: number): boolean {
  const next = paragraphs[i + 1]
  if (next === undefined) return false
  // "Home | Local News | Politics | Grenadines | Sports | …": a menu, however long, is no story.
  // "Search...", "Loading…": a widget's prompt ends in an ellipsis, not a sentence.
  if (MENU_LINE.test(next) || (next.length < 25 && /(?:\.\.\.|…)$/.test(next)) || chromeRuleOf(next)) return false
  // A long line with no sentence's end is a headline, not a story ("NEMO, Coast Guard move 300
  // residents by sea in North Windward evacuation drill" under a section label).
  return /[.!?:]["'”’)]?$/.test(next) || next.length > 160 || (next.length > 60 && !looksLikeHeadline(next))
}

/** A line of three or more items between bars or bullets ("Home | News | Sports | …"). */
const MENU_LINE = /^[^|•·]{1,40}(?:\s[|•·]\s[^|•·]{1,40}){3,}$/

/**
 * "Key points" and three short bullets between the date line at `i` and the story: the story
 * starts within the next ten lines.
 */
function afterHighlights(paragraphs: readonly string[], i: number): boolean {
  const box = paragraphs.slice(i + 1, i + 4).findIndex((p) => HIGHLIGHTS_HEADING.test(p))
  if (box < 0) return false
  for (let d = box + 1; d < 10; d++) if (hasBodyAfter(paragraphs, i + d)) return true
  return false
}

/** Where someone stands in a photo: "(left)", "(second right)", "(centre)". */
const PHOTO_POSITION = /\((?:(?:second|third|fourth|far|front|back) )?(?:left|right|centre|center|middle)\)/i

/**
 * The index of the story's first paragraph when a highlights box opens at `at` (or just before it)
 * or under one or two caption lines: its points are short (under 160 characters, at most six) and
 * the story's first paragraph is long (160 or more); otherwise `at`.
 */
function pastHighlights(paragraphs: readonly string[], at: number): number {
  // The head may already have read the box's heading ("Story Highlights" under the byline).
  const i = at > 0 && HIGHLIGHTS_HEADING.test(paragraphs[at - 1] ?? '') ? at - 1 : at
  const box = paragraphs.slice(i, i + 3).findIndex((p) => HIGHLIGHTS_HEADING.test(p))
  // A caption that places people in the photo ("(second left)") may run long.
  if (box < 0 || paragraphs.slice(i, i + box).some((p) => p.length >= (PHOTO_POSITION.test(p) ? 480 : 240))) return at
  let j = i + box + 1
  while (j < i + box + 7 && (paragraphs[j]?.length ?? 0) > 0 && (paragraphs[j]?.length ?? 0) < 160) j++
  return j > i + box + 1 && (paragraphs[j]?.length ?? 0) >= 160 ? j : at
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => straightQuotes(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  return norm(a) === norm(b)
}

export interface HeadOptions {
  /** Look for a headline line (text dumps); HTML pages know their title from markup. */
  readonly findTitle: boolean
  /** A title known from markup: a head line equal to it is dropped. */
  readonly knownTitle: string | null
  /** At most this many leading paragraphs are examined. */
  readonly maxLines?: number
  /** Paragraphs the markup marks as head (a standfirst): skipped, never the body's start. */
  readonly headOnly?: (index: number) => boolean
  /** Text dumps whose plain reading found no title or date: anchor on a date line under a headline. */
  readonly dateAnchor?: boolean
}

type LineKind = 'meta' | 'title' | 'other'

/**
 * "The following statement was issued by the Governor …:", "Attributed to SOUTHCOM spokesperson
 * …:", "The following is attributable to …:": the line that opens a statement or a readout by
 * naming who speaks.
 */
const STATEMENT_LINE = /^(?:the (?:following|below)(?: statement)? (?:is|was) (?:issued|delivered|made|attributable|attributed)\b|attributed to\b)[^!?]{0,160}:$/i

/** Whether `line` opens a statement or a readout by naming who speaks (it may stand over the dateline). */
export function isStatementLine(line: string): boolean {
  return STATEMENT_LINE.test(straightQuotes(line))
}

/** What separates the segments of a meta line ("By Staff | August 14, 2026 | News"). */
const SEGMENT = /\s+[|•·]\s+/

/**
 * A head line whose date has no year: "15 July", "15 July | Communiqué | Regional Integration"
 * (the day, and the other segments as labels), or null.
 */
export function monthDayLine(line: string): { monthDay: string; labels: string[] } | null {
  if (line.length > 120 || UPDATE_LINE.test(line)) return null
  const segments = line.split(SEGMENT)
  if (segments.some((seg) => seg.length > 40)) return null
  for (let at = 0; at < segments.length; at++) {
    const monthDay = parseMonthDayLine(segments[at] ?? '')
    if (monthDay) return { monthDay, labels: segments.filter((_, k) => k !== at) }
  }
  return null
}

// A headline, a dash or a bar, and a date: "Coast Guard Receives Vessels - August 14, 2026".
const TITLE_DATE = /^(.{12,200}?)\s+[-–—|]\s+(.{6,40})$/

/** A headline and its date on one line, as the headline's length and the date; null otherwise. */
export function titleDateLine(line: string): { titleLength: number; date: string } | null {
  const m = TITLE_DATE.exec(line)
  if (!m?.[1] || !m[2]) return null
  const date = parseDateLine(m[2])
  if (!date || !looksLikeHeadline(m[1]) || m[1].split(' ').length < 4 || kindFromLabel(m[1]) || BYLINE_START.test(m[1]) || findDate(m[1]) !== null || UPDATE_LINE.test(m[2])) return null
  return { titleLength: m[1].length, date }
}

/** The date of a meta line's first segment that is not an update ("Published: Aug 14, 2026"). */
export function ownSegmentDate(line: string): string | null {
  for (const seg of line.split(SEGMENT)) {
    if (seg.length > 60 || UPDATE_LINE.test(seg)) continue
    const date = parseDateLine(seg)
    if (date) return date
  }
  return null
}

/** "| 17 de junio de 2026", "| Comunicado": an item of a meta row, without its bar. */
const metaProbe = (line: string): string => straightQuotes(line).replace(/^[|•·]\s+/, '')

/** Lines that are no prose: short, and no long sentence among them. */
const shortLines = (lines: readonly string[]): boolean => lines.every((p) => p.length < 240 && !(p.length >= 100 && PROSE_END.test(p)))

export function readHead(paragraphs: readonly string[], options: HeadOptions): HeadResult {
  let title: string | null = null
  let published: string | null = null
  let publishedRule: string | null = null
  let from: string | null = null
  let byline: string | null = null
  let monthDay: string | null = null
  const labels: string[] = []
  const limit = Math.min(paragraphs.length, options.maxLines ?? 12)

  // "Updated August 15, 2026" above "First published August 14, 2026": an update's date stands in
  // only when the head states no other.
  let updated: { date: string; rule: string } | null = null
  let lineIsUpdate = false
  const setDate = (date: string | null, rule: string): void => {
    if (date && lineIsUpdate) updated ??= { date, rule: `${rule}:updated` }
    else if (date && !published) {
      published = date
      publishedRule = rule
    }
  }

  /** What one head line is; metadata it carries is recorded. */
  const classify = (i: number, line: string): LineKind => {
    // "| 17 de junio de 2026", "| Comunicado": items of a meta row, each on its line.
    const probe = metaProbe(line)
    lineIsUpdate = UPDATE_LINE.test(probe)
    const chrome = chromeRuleOf(line)
    if (chrome) {
      // "Last updated: August 15, 2026" under a headline: chrome in the text, a date of last resort.
      if (chrome.id === 'page-dates') {
        // "Last updated: Aug 15, 2026 | Published: Aug 14, 2026": the publication, not the update.
        const own = / [|•·] /.test(probe) ? ownSegmentDate(probe) : null
        lineIsUpdate = own === null
        setDate(own ?? findDate(probe)?.iso ?? null, own ? 'head-meta-line' : 'head-page-date')
      }
      return 'meta'
    }
    if (options.knownTitle && sameText(line, options.knownTitle)) return 'meta'
    // "Ref: MBCL/PR/2026/088", "Release No. 45/2026": a release's reference number.
    if (REFERENCE_LINE.test(probe)) return 'meta'
    const labelDate = LABEL_DATE.exec(probe)
    if (labelDate?.[1] && labelDate[2]) {
      // "Press Release No. 27/2026 | Monday, 14 December 2026 | Printer Friendly Version": the
      // segment that is a date.
      const date = parseDateLine(labelDate[2]) ?? (lineIsUpdate ? null : ownSegmentDate(labelDate[2]))
      const labelKind = kindFromLabel(labelDate[1])
      // "READOUT: Minister Meets UK Border Force Delegation": a kind's label before a headline.
      if (!date && labelKind && options.findTitle && title === null && labelDate[2].split(' ').length >= 4 && looksLikeHeadline(labelDate[2]) && hasBodyAfter(paragraphs, i)) {
        labels.push(labelDate[1].trim())
        title = line
        return 'title'
      }
      if (date || labelKind) {
        setDate(date, 'head-label-date')
        labels.push(labelDate[1].trim())
        return 'meta'
      }
    }
    if (line.length <= 60) {
      const date = parseDateLine(probe)
      if (date) {
        setDate(date, 'head-date-line')
        return 'meta'
      }
      // "14 August 2026 Press Release", "News item 7 December 2026": a date and the page's label, with no separator.
      const labelled = dateAndLabel(probe)
      if (labelled) {
        setDate(labelled.date, 'head-date-line')
        labels.push(labelled.label)
        return 'meta'
      }
      // "Guatemala, 14 de agosto de 2026", "Kingston, 14 August 2026": a place and the date on a line
      // of their own open the story (the line stays in the body, as a dateline does).
      // "Bridgetown, Barbados. 14th August, 2026.": a place in two parts.
      const placedDate = placeDateLine(probe)
      if (placedDate) setDate(placedDate, 'head-place-date-line')
    }
    // "15 July | Communiqué | Regional Integration": a day without its year, and labels.
    const day = monthDayLine(probe)
    if (day) {
      monthDay ??= day.monthDay
      labels.push(...day.labels)
      return 'meta'
    }
    const posted = line.length <= 160 ? POSTED.exec(probe) : null
    if (posted?.[1] && !/[|•·]/.test(posted[1]) && findDate(posted[1])) {
      setDate(findDate(posted[1])?.iso ?? null, 'head-posted')
      // "Posted November 12, 2026 by Staff Reporter": who signed it says what the page is.
      if (posted[2]) byline ??= `By ${posted[2]}`
      if (posted[3]) labels.push(...posted[3].split(/\s*,\s*/))
      return 'meta'
    }
    const submitted = line.length <= 160 ? SUBMITTED.exec(probe) : null
    const submittedDate = submitted?.[2] ? findDate(submitted[2]) : null
    if (submittedDate) {
      setDate(submittedDate.iso, 'head-submitted')
      if (submitted?.[1]) byline ??= `By ${submitted[1]}`
      return 'meta'
    }
    if (options.headOnly?.(i) && line.length < 400 && !findDateline(line)) return 'meta'
    const fromLine = FROM.exec(probe)
    const fromName = fromLine?.[1] ?? fromLine?.[2]
    if (fromName) {
      from ??= fromName.split(/\s+and\s+/)[0]?.trim() ?? null
      return 'meta'
    }
    // "Government Information Service (GIS)", "Source: Jamaica Information Service" under the
    // headline: the agency that wrote the story.
    const agency = line.length <= 80 ? SOURCE_AGENCY.exec(probe) : null
    if (agency?.[1] && isNewsAgency(agency[1])) {
      from ??= agency[1].replace(/\s*\([\p{Lu}&.]{2,10}\)$/u, '')
      return 'meta'
    }
    // "By U.S. Embassy Port au Prince | 19 July, 2019 | Topics: News, Press Releases".
    if (line.length < 240 && / [|•·] /.test(probe)) {
      const segments = probe.split(SEGMENT)
      const dates = segments.map((seg) => (seg.length <= 60 ? parseDateLine(seg) : null))
      // "Updated: Aug 15, 2026 | Published: Aug 14, 2026": the publication, not the update.
      const firstOwn = dates.findIndex((d, k) => d !== null && !UPDATE_LINE.test(segments[k] ?? ''))
      lineIsUpdate = firstOwn < 0
      const date = (firstOwn >= 0 ? dates[firstOwn] : dates.find((d) => d !== null)) ?? null
      if (date && segments.every((seg, k) => dates[k] || seg.length <= 80)) {
        setDate(date, 'head-meta-line')
        byline ??= bylineIn(probe)
        for (const seg of segments) labels.push(...seg.replace(/^[\p{L} ]{2,20}:\s*/u, '').split(/\s*,\s*/))
        return 'meta'
      }
    }
    // "BDF Public Relations Office" between the date and the story: the issuing office, a byline.
    if (line.length <= 60 && OFFICE_LINE.test(probe) && line.split(' ').length <= 5) {
      byline ??= line
      return 'meta'
    }
    // "By Staff Sgt. Jane Doe, U.S. Army South Public Affairs": a rank's period inside a byline too.
    if (line.length < 160 && isByline(line)) {
      // "By: Andrea Brown, August 14, 2026"
      setDate(findDate(probe)?.iso ?? null, 'head-byline-date')
      byline ??= line
      return 'meta'
    }
    // "Posted in: Communiqués", "Filed under: News, Press Releases": the section, a label.
    const filed = line.length <= 120 ? FILED_IN.exec(probe) : null
    if (filed?.[1]) {
      labels.push(...filed[1].split(/\s*[,|]\s*/))
      return 'meta'
    }
    // "Photo: …", "Caption: …", "Story Highlights" and its "» …" points sit between a headline and its story.
    if (line.length < 600 && PHOTO_OR_HIGHLIGHT.test(line)) return 'meta'
    // "Ana Laura Bentancor – Bella Unión" under the headline: the author and where they write from.
    if (authorPlace(line)) {
      byline ??= `By ${line}`
      return 'meta'
    }
    // "Issued by: Her Excellency Governor …" over a statement: who issued it.
    if (line.length < 160 && ISSUED_BY.test(probe)) return 'meta'
    // "Public Affairs Section" under an embassy's letterhead: the issuing office, not a headline.
    if (PRESS_OFFICE.test(line)) return 'meta'
    if (LABEL_ONLY.test(line) && kindFromLabel(line)) {
      labels.push(line)
      return 'meta'
    }
    // "Local › El Oro": a trail of two short sections is no headline (a trail anywhere has three).
    const crumbs = line.length <= 80 ? breadcrumbItems(line, 2) : null
    if (crumbs?.length === 2 && crumbs.every((c) => c.split(' ').length <= 4)) {
      if (!/^home$/i.test(crumbs[0] ?? '')) labels.push(crumbs[0] ?? '')
      return 'meta'
    }
    // A ministry's name over its address, and the address, are its letterhead, not the headline.
    if (options.findTitle && (letterhead(i) || (i > 0 && letterhead(i - 1) && CONTACT_LINE.test(line)))) return 'meta'
    if (options.findTitle && title === null && looksLikeHeadline(line) && (hasBodyAfter(paragraphs, i) || bylinedHeadline(i)) && !headlineUnder(i)) {
      title = line
      return 'title'
    }
    return 'other'
  }

  let i = 0
  if (options.findTitle) {
    // A breadcrumb trail above the article names its section ("Home > Media > News > Training").
    for (let j = 0; j < Math.min(paragraphs.length, ANCHOR_LINES); j++) {
      const line = paragraphs[j] ?? ''
      if (line.length >= 120 && PROSE_END.test(line)) break
      const items = breadcrumbItems(line)
      if (items) labels.push(...items.slice(/^home$/i.test(items[0] ?? '') ? 1 : 0, -1))
    }
    i = labelDateAnchor()
    if (i === 0 && options.dateAnchor) {
      const dated = headlineDateAnchor()
      const anchor = dated ?? headlineBodyAnchor()
      if (anchor !== null && dated === null) {
        // "Published: 20 November 2026 / PRESS RELEASE / headline / story": a date line just over
        // the headline, a label between.
        for (let q = anchor - 1; q >= Math.max(0, anchor - 3) && !published; q--) {
          const line = paragraphs[q] ?? ''
          if (line.length <= 60) setDate(parseDateLine(straightQuotes(line)), 'head-date-over-title')
        }
      }
      if (anchor !== null) {
        // "FACT SHEET / November 5, 2026 / headline": a label just above the date over the headline.
        for (let q = Math.max(0, anchor - 3); q < anchor; q++) {
          const line = paragraphs[q] ?? ''
          if (LABEL_ONLY.test(line) && kindFromLabel(line)) labels.push(line)
        }
        title = paragraphs[anchor] ?? null
        // "Coast Guard Receives Vessels - August 14, 2026": the headline without its date.
        const split = title ? titleDateLine(straightQuotes(title)) : null
        if (split && title) title = title.slice(0, split.titleLength)
        i = anchor + 1
      }
    }
  }
  // An anchor found down the page moves the head's window with it.
  const headEnd = i > 0 ? Math.min(paragraphs.length, Math.max(limit, i + (options.maxLines ?? 12))) : limit
  for (; i < headEnd; i++) {
    const line = paragraphs[i] ?? ''
    if (classify(i, line) !== 'other') continue
    // A short line right before head metadata is more head ("Office of the Spokesperson",
    // then the date): look one or two lines ahead.
    if (line.length < 90 && !/[.!?]["'”’)]?$/.test(line) && !findDateline(line)) {
      const ahead = paragraphs.slice(i + 1, i + 3).findIndex((next, k) => isHeadMeta(next, i + 1 + k))
      if (ahead >= 0) continue
    }
    break
  }
  // A dateline marks the first body paragraph: standfirsts, captions and bylines before it go,
  // and so do a highlights box, a player or a text-size widget when no sentence of prose stands
  // between (up to ten short lines).
  let datelined = false
  for (let j = i + 1; j < Math.min(i + 11, paragraphs.length); j++) {
    const lead = paragraphs[j] ?? ''
    const before = paragraphs.slice(i, j)
    const boxed = before.some((p) => HIGHLIGHTS_HEADING.test(p))
    // "Las delegaciones acordaron … / Secretaría de Marina / | 30 de noviembre de 2026 / Prensa
    // Comunicado 287/2026 / Puerto Chiapas, Chiapas.- …": a one-sentence standfirst over the
    // release's meta lines, its date among them.
    const standfirst = (before[0]?.length ?? 0) < 300 && shortLines(before.slice(1)) && before.slice(1).some((p) => p.length <= 60 && parseDateLine(metaProbe(p)) !== null)
    if (j >= i + 4 && !boxed && !shortLines(before) && !standfirst) break
    if (findDateline(lead, { dashAlone: true }) && before.every((p) => p.length < (boxed ? 700 : 400))) {
      // What the dateline leaves above it is head: its dates and labels count ("Secretaría de
      // Marina / | 17 de junio de 2026 / | Comunicado" under a standfirst).
      // Not its headline: a caption or a standfirst there is no title.
      const kept = title
      for (let q = i + 1; q < j; q++) classify(q, paragraphs[q] ?? '')
      title = kept
      // "The following statement was issued by the Governor …: / GEORGE TOWN, Grand Cayman – …":
      // the line that names who issued the statement is its first line.
      const attributed = before.findIndex(isStatementLine)
      i = attributed >= 0 ? i + attributed : j
      datelined = true
      break
    }
  }
  // No dateline: a photo caption, then "Story Highlights" and its short points, then the story's
  // first long paragraph. The caption and the box are head.
  if (!datelined) i = pastHighlights(paragraphs, i)
  return { bodyStart: i, title, published, publishedRule, updated, labels, from, byline, monthDay }

  /**
   * In a text dump, a "Label | date" line ("RELEASE | March 15, 2024") opens the article's
   * header: short lines before it (skip links, the site name, a menu) are page chrome.
   */
  function labelDateAnchor(): number {
    for (let j = 1; j < Math.min(paragraphs.length, ANCHOR_LINES); j++) {
      const line = paragraphs[j] ?? ''
      const labelDate = LABEL_DATE.exec(straightQuotes(line))
      if (!labelDate?.[2] || !parseDateLine(labelDate[2])) continue
      // "Published on: 14/08/2026" under a headline labels only the date: the headline anchor reads it.
      if (DATE_ONLY_LABEL.test(labelDate[1]?.trim() ?? '')) continue
      // "By Staff Writer | August 14, 2026" is a byline under a headline, not a label over one.
      if (BYLINE_START.test(labelDate[1]?.trim() ?? '')) continue
      if (!chromeAbove(paragraphs.slice(0, j))) return 0
      // "Coast Guard Receives Interceptors / Press Release | Aug. 14, 2026 / story": the label line
      // under the headline, the story straight after it.
      const above = paragraphs[j - 1] ?? ''
      if (title === null && hasBodyAfter(paragraphs, j) && !looksLikeHeadline(paragraphs[j + 1] ?? '') && looksLikeHeadline(above) && above.split(' ').length >= 4 && above !== above.toUpperCase() && !chromeRuleOf(above) && !breadcrumbItems(above) && !/ [|>»] /.test(above))
        title = above
      return j
    }
    return 0
  }

  /**
   * In a text dump, a date line ("February 17, 2026", "Posted on 28 May 2026 by …") a few lines
   * under a headline marks the article's header: the headline is the nearest line above it that
   * reads like one (not an all-capitals label such as "MEDIA NOTE" or "OFFICE OF THE
   * SPOKESPERSON"), and the short lines before the headline (site name, tagline, menus, search)
   * are page chrome.
   */
  function headlineDateAnchor(): number | null {
    for (let j = 1; j < Math.min(paragraphs.length, ANCHOR_LINES); j++) {
      const line = paragraphs[j] ?? ''
      const probe = straightQuotes(line)
      // "Coast Guard Receives Vessels - August 14, 2026": a headline and its date on one line, over
      // the story, under chrome.
      const combined = titleDateLine(probe)
      if (combined && [0, 1, 2].some((d) => hasBodyAfter(paragraphs, j + d)) && chromeAbove(paragraphs.slice(0, j))) {
        setDate(combined.date, 'head-title-date')
        return j
      }
      // A date line, or a meta line that opens with its date ("19th November 2025 | Press Releases").
      // Or a dateline that opens with its date ("December 9, 2025 - Georgetown, Guyana - Global Affairs Canada").
      const dl = findDateline(line)
      // "Paramaribo, 20 November 2026" over a printed release's headline: a place and the date.
      const placed = line.length <= 60 ? placeDateLine(probe) : null
      const dated =
        (line.length <= 60 && (parseDateLine(probe) || dateAndLabel(probe))) ||
        (line.length <= 160 && (POSTED.test(probe) || SUBMITTED.test(probe) || (/ [|•·] /.test(probe) && datePhraseOf(line)))) ||
        // "KINGSTON, Jamaica, Aug. 14 (JIS): The Ministry …": a dateline with its date or its day
        // opens the story, however long its paragraph.
        (dl !== null && (dl.date !== null || dl.monthDay !== undefined)) ||
        monthDayLine(probe) !== null ||
        (line.length <= 160 && isByline(line) && findDate(probe) !== null)
      if (!dated) {
        // "Paramaribo, 20 November 2026 / headline / story": a place and the date over a printed
        // release's headline (a letterhead's line; the site's name may stand above it).
        const below = paragraphs[j + 1] ?? ''
        if (placed && headlineCandidate(below) && below.split(' ').length >= 4 && [1, 2, 3, 4].some((d) => hasBodyAfter(paragraphs, j + d)) && !findDateline(below) && chromeAbove(paragraphs.slice(0, j))) {
          setDate(placed, 'head-place-date-line')
          return j + 1
        }
        continue
      }
      // "News & Events / August 14, 2026 / Coast Guard Receives Interceptors From United States /
      // story": a date over the headline, with a menu line above it. The line under the date is the
      // headline when it reads like one (four words or more), the story follows it and the nearest
      // headline-like line above is a short menu or section name (a real headline above the date
      // has four words or more; a deck under it is not followed straight by the story's prose, or
      // is prose itself).
      // Only the nearest headline-like line above counts: the site's name may be further up.
      // "January 29, 2027 / No. 07/27 / headline", "February 9, 2027 / STATEMENT / headline": a
      // printed release's number or its kind may stand between the date and the headline.
      let under = j + 1
      while (under < j + 3 && (RELEASE_NUMBER.test(paragraphs[under] ?? '') || (LABEL_ONLY.test(paragraphs[under] ?? '') && kindFromLabel(paragraphs[under] ?? '') !== null))) under++
      const below = paragraphs[under] ?? ''
      if (headlineCandidate(below) && below.split(' ').length >= 4 && [1, 2, 3, 4].some((d) => hasBodyAfter(paragraphs, under - 1 + d)) && !findDateline(below)) {
        const nearest = paragraphs.slice(Math.max(0, j - 4), j).findLast((p, n) => headlineCandidate(p) && !letterhead(Math.max(0, j - 4) + n))
        if ((nearest === undefined || nearest.split(' ').length < 4) && chromeAbove(paragraphs.slice(0, j))) {
          setDate(datePhraseOf(line), 'head-date-line')
          for (let q = j + 1; q < under; q++) if (!RELEASE_NUMBER.test(paragraphs[q] ?? '')) labels.push(paragraphs[q] ?? '')
          return under
        }
      }
      for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
        const candidate = paragraphs[k] ?? ''
        // "For Immediate Use" between the headline and its date is a label, not the headline.
        if (LABEL_ONLY.test(candidate) && kindFromLabel(candidate) !== null) {
          labels.push(candidate)
          continue
        }
        if (!headlineCandidate(candidate) || letterhead(k)) continue
        // "Story by Sgt. John Smith / Joint Task Force-Bravo / date": the author's unit, not a headline.
        if (k > 0 && BYLINE_START.test(paragraphs[k - 1] ?? '') && candidate.split(' ').length < 6) continue
        // "Taiwan hands Paraguay six fire trucks … / Ricardo Giménez Báez / Published …": an
        // author's name alone under the headline (a few capitalized words, none lower-case) is a
        // byline without its "By".
        if (k > 0 && authorName(candidate) && headlineCandidate(paragraphs[k - 1] ?? '') && /\s\p{Ll}/u.test(paragraphs[k - 1] ?? '')) continue
        // "Ana Laura Bentancor – Bella Unión": an author and the place they write from.
        if (k > 0 && authorPlace(candidate) && headlineCandidate(paragraphs[k - 1] ?? '')) continue
        // Body text follows within a few lines (a photo credit or a caption may come first).
        const body = [0, 1, 2, 3].some((d) => hasBodyAfter(paragraphs, j + d)) || afterHighlights(paragraphs, j)
        // "Police seize guns / August 10, 2026 / JDF recruits graduate / August 9, 2026": a
        // headline right under another story's date is an item of a list of stories, not the
        // article's headline (the article's own date line comes further down, if any).
        const above = paragraphs[k - 1] ?? ''
        const listed = k > 0 && above.length <= 60 && parseDateLine(straightQuotes(above)) !== null
        // A dated headline with no body under it is a list of other stories ("Latest News" above
        // the article): the article's own date line comes further down.
        if (!body || listed) break
        if (!chromeAbove(paragraphs.slice(0, k))) return null
        // The dateline is body; its date is the release's.
        const dateline = line.length <= 60 && parseDateLine(probe) ? null : dl
        if (dateline?.date) setDate(dateline.date, 'head-dateline')
        return overDeck(k) ? k - 1 : k
      }
      // A date with no headline above it (the site's "Friday, August 21, 2026" over its menus):
      // the article's own date line may come further down.
    }
    return null
  }

  /**
   * "OFFICE OF NATIONAL DRUG … POLICY / Government of Antigua and Barbuda / P.O. Box …, Tel: …":
   * a state's name over an address line, and the office's name over both, are a letterhead, not
   * a headline.
   */
  function letterhead(k: number): boolean {
    // "U.S. EMBASSY MONTEVIDEO / Office of Public Affairs / Lauro Müller 1776 … | Tel. …": an
    // office's name over its address is a letterhead too.
    const headerAt = (n: number): boolean =>
      (STATE_NAME.test(paragraphs[n] ?? '') || OFFICE_LINE_NAME.test(paragraphs[n] ?? '') || OFFICE_LINE.test(straightQuotes(paragraphs[n] ?? ''))) && CONTACT_LINE.test(paragraphs[n + 1] ?? '')
    // The line over such a name (the office's over the state's) is the letterhead's first line.
    // "Paragon, Christ Church, Barbados, W.I." over "Tel: … | Email: …": a place's parts over the
    // contact line are the address.
    return headerAt(k) || headerAt(k + 1) || (PLACE_PARTS.test(paragraphs[k] ?? '') && CONTACT_LINE.test(paragraphs[k + 1] ?? ''))
  }

  /**
   * "Kustwacht gets three US-funded boats for border rivers / Albina and Nieuw Nickerie to host new
   * river stations by year's end, director says / By …": a headline right over a longer deck
   * (standfirst); the deck is the line next to the byline, the headline the one above it.
   */
  function overDeck(k: number): boolean {
    const deck = paragraphs[k] ?? ''
    const above = paragraphs[k - 1] ?? ''
    const words = deck.split(' ').length
    // A deck is a long line in sentence case; the headline over it has no label's colon or slash.
    // "Office of the Prime Minister / Statement by the Prime Minister on …": an office over a headline.
    // "Cops get US$1.8m radio system / 'Dead zones' to end, says CoP": a deck that quotes someone
    // is a deck however short.
    const quoting = DECK_ATTRIBUTION.test(deck)
    if (k < 1 || words < (quoting ? 4 : 8) || deck === deck.toUpperCase() || !headlineCandidate(above) || /[:/]/.test(above) || OFFICE_LINE_NAME.test(above)) return false
    if (above.split(' ').length < (quoting ? 3 : 4) || (!quoting && above.split(' ').length > words - 1)) return false
    // Not an item of a list of stories ("Police seize guns / August 10, 2026 / …"); a section's
    // short name over the headline ("Defence & Security") is no such item.
    const further = paragraphs[k - 2] ?? ''
    return !(further.length <= 60 && parseDateLine(straightQuotes(further)) !== null) && !(headlineCandidate(further) && further.split(' ').length >= 4)
  }

  /**
   * A dump with no date near its headline ("Ministry of National Security / Home / News / Coast
   * Guard Receives Two Interceptor Vessels / story …"): the headline is the line right over the
   * story's first paragraph (a photo credit or a byline may sit between), under short lines only.
   */
  function headlineBodyAnchor(): number | null {
    for (let j = 1; j < Math.min(paragraphs.length, ANCHOR_LINES); j++) {
      const line = paragraphs[j] ?? ''
      if (line.length < 100 || !PROSE_END.test(line)) continue
      for (let k = j - 1; k >= Math.max(1, j - 2); k--) {
        const candidate = paragraphs[k] ?? ''
        if (headlineCandidate(candidate) && candidate.split(' ').length >= 4 && candidate !== candidate.toUpperCase() && chromeAbove(paragraphs.slice(0, k))) return k
        if (!(PHOTO_OR_HIGHLIGHT.test(candidate) || BYLINE_START.test(candidate))) break
      }
      return null
    }
    return null
  }

  /**
   * "JTF-Bravo medics treat 1,900 patients / By Staff Sgt. … / Photo Details | Download | Share /
   * caption …": a headline with its byline under it, the story a few lines down. Not a deck under
   * the headline's date line ("headline / November 14, 2025 / deck / By Staff"), and read only in
   * the second, anchored reading of a dump: the first would take a listed story's headline and date
   * above the article for the article's.
   */
  function bylinedHeadline(at: number): boolean {
    if (options.dateAnchor !== true || !isByline(paragraphs[at + 1] ?? '')) return false
    if (at > 0 && parseDateLine(straightQuotes(paragraphs[at - 1] ?? ''))) return false
    return [1, 2, 3, 4].some((d) => hasBodyAfter(paragraphs, at + d))
  }

  /**
   * "Office of the Prime Minister / Statement by the Prime Minister on … / August 14, 2026": a
   * body's name over a headline and its date line is the issuing office, not the headline.
   */
  function headlineUnder(i: number): boolean {
    const line = paragraphs[i] ?? ''
    const next = paragraphs[i + 1] ?? ''
    if (!OFFICE_LINE_NAME.test(line) || line.split(' ').length > 8) return false
    return headlineCandidate(next) && next.split(' ').length >= 4 && isHeadMeta(paragraphs[i + 2] ?? '', i + 2)
  }

  function isHeadMeta(line: string, index: number): boolean {
    const probe = straightQuotes(line)
    if (line.length <= 60 && parseDateLine(probe)) return true
    if (monthDayLine(probe)) return true
    const labelDate = LABEL_DATE.exec(probe)
    if (labelDate?.[2] && (parseDateLine(labelDate[2]) ?? ownSegmentDate(labelDate[2]))) return true
    if (line.length < 160 && (BYLINE.test(line) || FROM.test(probe) || SUBMITTED.test(probe))) return true
    if (options.headOnly?.(index) && line.length < 400) return true
    return index < paragraphs.length && LABEL_ONLY.test(line) && kindFromLabel(line) !== null
  }
}

/**
 * "Kingston, 14 August 2026", "Guatemala, 14 de agosto de 2026", "Bridgetown, Barbados. 14th August,
 * 2026.": the date of a line that holds a place and a date only, as YYYY-MM-DD.
 */
function placeDateLine(probe: string): string | null {
  const placed = PLACE_DATE.exec(probe)
  if (!placed?.[2]) return null
  const inner = PLACE_DATE.exec(placed[2])
  return parseDateLine(placed[2]) ?? (inner?.[2] ? parseDateLine(inner[2]) : null)
}

/**
 * The date a short line states about the page: a date alone ("7 March 2025", "Published:
 * 12.03.2024"), "Posted on 3 March 2025 by …", "Submitted by … on Mon, 03/17/2025 - 14:32".
 */
export function datePhraseOf(line: string): string | null {
  const probe = straightQuotes(line)
  // "Last updated: Aug 15, 2026 | Published: Aug 14, 2026", "By Staff Writer | August 14, 2026"
  if (line.length <= 240 && / [|•·] /.test(probe)) {
    const own = ownSegmentDate(probe)
    if (own) return own
  }
  if (line.length <= 60) {
    const date = parseDateLine(probe)
    if (date) return date
  }
  if (line.length > 160) return null
  const posted = POSTED.exec(probe)
  if (posted?.[1]) {
    const d = findDate(posted[1])
    if (d) return d.iso
  }
  const submitted = SUBMITTED.exec(probe)
  if (submitted?.[2]) return findDate(submitted[2])?.iso ?? null
  // "… Public Affairs / Published Nov. 5, 2026", "Mis à jour le : 22/10/2026 – Auteur : …": a date label inside the line.
  const labelled = DATE_LABEL.exec(probe)
  if (labelled) {
    const d = findDate(probe.slice(labelled.index + labelled[0].length))
    if (d && d.index <= 2) return d.iso
  }
  // "January 15, 2026 · ABDF Public Relations Office", "Thursday 12th November, 2026 — Media and
  // Public Affairs": a meta line that opens with its date, or with its weekday and date.
  const first = findDate(probe)
  if (!first) return null
  if (first.index <= 2 || WEEKDAY_OPENING.test(probe.slice(0, first.index))) return first.iso
  // "Lima, 17.11.2026": a short line of a place and the date, nothing after it.
  const rest = probe.slice(first.index + first.length).trim()
  return line.length <= 60 && rest === '' && PLACE_OPENING.test(probe.slice(0, first.index)) ? first.iso : null
}

// Weekdays as capitalized or not (PLACE_OPENING cannot ignore case).
const WEEKDAY = String.raw`(?:(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|[Ll]unes|[Mm]artes|[Mm]i[eé]rcoles|[Jj]ueves|[Vv]iernes|[Ss][aá]bado|[Dd]omingo)`
const WEEKDAY_OPENING = new RegExp(String.raw`^\s*${WEEKDAY},?\s*$`, 'i')
/**
 * Capitalized words (and "of", "de", "del", "la" between them) and a comma, perhaps a weekday after
 * it: "Lima, ", "Port of Spain, ", "Panamá, lunes "; not a sentence's words.
 */
const PLACE_OPENING = new RegExp(String.raw`^\s*\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|de|del|la))*,\s*(?:${WEEKDAY},?\s*)?$`, 'u')

const DATE_LABEL = /(?:^|[\s/|•·–—-])(?:published|posted|released|updated|last updated|date|mis à jour(?: le)?|publié(?: le)?|publicado(?: el)?|actualizado(?: el)?|fecha(?: de publicaci[oó]n)?|gepubliceerd(?: op)?)(?:\s+on)?\s*:?\s*/i

// A line that ends a sentence (or a quotation, or a list item ending in ";").
const SENTENCE_END = /[.!?…:;]["'”’)\]]?$/

export interface TailResult {
  /** Paragraphs before the trailer. */
  readonly end: number
  /** A date line in the trailer ("Published 19 October 2023"). */
  readonly published: string | null
}

/**
 * The release date printed under the release's end marker ("-END-" then "August 14, 2026", or
 * "-30-", "Contact: …", "Release date: 14 August 2026"): the first short date line of `lines`.
 */
export function dateAfterEnd(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 80) continue
    const probe = straightQuotes(line)
    const date = parseDateLine(probe) ?? (POSTED.exec(probe)?.[1] ? (findDate(probe)?.iso ?? null) : null)
    if (date) return date
  }
  return null
}

/**
 * The trailer after the last sentence: signatures ("CARICOM Secretariat", "Turkeyen, Greater
 * Georgetown, Guyana"), reference numbers, date lines. Short lines that end no sentence are
 * dropped from the end, at most `max` of them; list items stay.
 */
/** A signature under a statement: "Hon. Clement R. Fordyce, M.P.", "Dr. Jane A. Smith" (its period ends no sentence). */
const SIGNATURE = /^(?:(?:[Tt]he\s+)?Hon(?:ou?rable)?\.?|Dr\.?|Senator|Sen\.)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+(?:,\s*(?:[A-Z]\.?){1,4})*\.?$/u

export function readTail(paragraphs: readonly string[], isListItem: (index: number) => boolean, max = 5): TailResult {
  let end = paragraphs.length
  let published: string | null = null
  while (end > 1 && paragraphs.length - end < max) {
    const line = paragraphs[end - 1] ?? ''
    const probe = straightQuotes(line)
    const date = line.length <= 60 ? parseDateLine(probe) : null
    const posted = !date && line.length <= 80 ? POSTED.exec(probe) : null
    // "This entry was posted on Thursday, August 14th, 2026 at 10:32 am and is filed under Press
    // Releases." (WordPress): the date, whatever the line's length.
    const entry = !date && !posted && line.length <= 240 ? ENTRY_POSTED.exec(probe) : null
    const postedDate = posted?.[1] ? (findDate(posted[1])?.iso ?? null) : entry?.[1] ? (findDate(entry[1])?.iso ?? null) : null
    // "By U.S. Consulate General Ciudad Juárez | 14 August, 2026 | Topics: News | Tags: ANAM":
    // a row of short items with its date under the story.
    const segments = !date && !postedDate && line.length < 300 && / [|•·] /.test(probe) ? probe.split(SEGMENT) : []
    const rowDate = segments.length >= 3 && segments.every((seg) => seg.length <= 120) ? (segments.map((seg) => (seg.length <= 60 ? parseDateLine(seg) : null)).find((d) => d !== null) ?? null) : null
    if (date || postedDate || rowDate) published ??= date ?? postedDate ?? rowDate
    // A list may end with short items that end no sentence; they stay.
    else if (isListItem(end - 1) || BULLET.test(line)) break
    else if (chromeRuleOf(line)) {
      // Known chrome at the end goes whatever its length.
    } else if (line.length > 80 || (SENTENCE_END.test(line) && !SIGNATURE.test(probe)) || findDateline(line)) break
    end--
  }
  // "Participants came from:" and then the short lines it introduces: a list, not a trailer.
  if (!published && end < paragraphs.length && /:$/.test(paragraphs[end - 1] ?? '')) end = paragraphs.length
  return { end, published }
}
