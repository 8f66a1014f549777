/**
 * Cleans text dumps (a page saved as text: banner lines, a label and date, the headline, the
 * release, a trailer of links). Chrome lines go; an end marker such as `###` ends the release;
 * the head (see head.ts) gives the title and date; the rest is the body. Dumps of whole pages
 * (menus, a breadcrumb trail, share buttons, then tags, related links and a footer) are read the
 * same way: head.ts anchors the header below the menus, a link-list heading with no prose after
 * it ends the body, and the footer's copyright line names the publisher (index.ts).
 */
import { isPageNumber, printedFurniture } from './printed.js'
import { findDateline } from './byline.js'
import { chromeRuleOf, straightQuotes } from './chrome.js'
import { datePhraseOf, dateAndLabel, monthDayLine, ownSegmentDate, readHead } from './head.js'
import { parseDateLine } from './parse-date.js'
import { normalizeLine } from './normalize.js'
import { readBrowserDump } from './text-browser.js'

/**
 * A short line in parts ("Press Release – Port Inspection Equipment – Haina", "U.S. Embassy Santo
 * Domingo | Press Release"), as a printed page's running head is set; a section heading at the top
 * of a sheet ("TRAFFIC ARRANGEMENTS") has no parts.
 */
const RUNNING_HEAD = /^\p{Lu}(?=[^\n]{2,98}$)[^\n]*?\s[–—|-]\s/u

export interface DumpResult {
  readonly paragraphs: readonly string[]
  readonly title: string | null
  readonly published: string | null
  readonly publishedRule: string | null
  /** A date the head gives only as the page's update, for when nothing else dates it. */
  readonly updated: { readonly date: string; readonly rule: string } | null
  readonly labels: readonly string[]
  /** The name after a "From:" line. */
  readonly from: string | null
  /** The byline in the head ("By Jane Doe"), for the kind. */
  readonly byline: string | null
  /** Chrome lines dropped, for debugging. */
  readonly dropped: readonly string[]
  /** Lines after the end marker (links, "About …"): not body, but they name the publisher. */
  readonly trailer: readonly string[]
  /** The first lines after the release's end marker ("-END-", then the release date). */
  readonly afterEnd: readonly string[]
  /** The head's day without its year ("15 July | Communiqué"), MM-DD. */
  readonly monthDay: string | null
  /** The lines above the article's header (the site's name, its menus). */
  readonly above: readonly string[]
}

// ` date 2023-11-20 ` at the very start: metadata written by the crawler, not article text.
const DATE_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/
const BULLET = /^\s*(?:[•●▪◦·*–-]|\d{1,2}[.)])\s+/

// "Tags: Canada, CONSLE, Security": the tag list under an article.
const TAG_LINE = /^tags?\s*:\s*\S/i
// A paragraph of prose: long, ending a sentence.
const PROSE = /[.!?]["'”’)\]]?$/

/**
 * Where the page's link lists start in a dump of a whole page: the first "Related Articles",
 * "Tags" or "Read more" heading after some body, with no paragraph of prose after it (only
 * linked headlines, dates and footer lines). Returns the body's length when there is none.
 */
function linkListStart(body: readonly string[], headingBefore: (index: number) => boolean): number {
  const prose = (p: string): boolean => p.length >= 100 && PROSE.test(p)
  for (let i = 1; i < body.length; i++) {
    const line = body[i] ?? ''
    const tags = line.length < 200 && TAG_LINE.test(line)
    if (!(headingBefore(i) || tags)) continue
    if (!body.slice(0, i).some(prose)) continue
    if (!body.slice(tags ? i + 1 : i).some(prose)) return i
  }
  return body.length
}

/**
 * "MOST READ / 1. Heavy rains close road … / 2. … / 3. …" between two paragraphs of the story: the
 * short lines right under a dropped list heading, up to the story's next paragraph, are the list's
 * headlines. Removed from `body` in place (the list at the end is linkListStart's).
 */
function dropInlineLists(body: string[], headingBefore: (index: number) => boolean, dropped: string[]): void {
  // Indexes shift as items go: walk from the end.
  for (let i = body.length - 1; i >= 1; i--) {
    if (!headingBefore(i)) continue
    let end = i
    while (end < body.length && end - i < 10 && LIST_ITEM.test(body[end] ?? '')) end++
    if (end > i && end < body.length) dropped.push(...body.splice(i, end - i))
  }
}

/** A list's item: a short line with no sentence's end, numbered or not ("1. Heavy rains close road …"). */
const LIST_ITEM = /^(?:\d{1,2}[.)]\s+|[•·▪-]\s+)?[^.!?]{6,110}$/

/** An advertiser's name and slogan ("Hotel Laguna Cáceres – weekend stays from Bs 450"), a call to buy, or a price ("from $129", "US$49.99"). */
const AD_COPY = /^[^.!?]{2,60}?(?:\s[–—-]\s|:\s)\S|\b(?:book|call|apply|order|shop|save|buy|get a quote)\b.*\b(?:now|today|online|local|\d)|(?:^|\s)(?:from\s+)?(?:US|EC|BZ|BDS|TT|J)?\$\s?\d[\d,]*(?:\.\d\d)?(?!\d|\s?(?:million|billion|thousand))/i
/** A line that stops at an initial or a title's abbreviation ("Rebecca H.", "Lt.", "U.S."). */
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|Lt|Col|Gen|Capt|Cmdr|Cdr|Sgt|Maj|Adm|Hon|St|Rev|Prof|Jr|Sr|U\.S|U\.K)\.$/u
/** A lower-case byline of capitalized words only ("by Gazette Reporter", "by Staff Writer"). */
const BYLINE_LINE = /^by(?:\s+\p{Lu}[\p{L}.'’-]*){1,5}$/u

/** A line that stops on a word that wants more after it: the sentence goes on in the next line. */
const HANGING_END = /\s(?:to|and|or|of|on|in|from|until|through|between|since|by|before|after|the|at|de|del|al|y|e|el|la)$/i

/** "Posted November 16, 2026 by SKNIS", "Published on 3 May 2026": a posting line's label. */
const POSTED = /^(?:posted|published|updated|last updated)\b/i

/**
 * A date line, a meta line opening with a date ("19th November 2025 | Press Releases") or a posting
 * line ("Posted November 16, 2026 by SKNIS"): never a wrapped line's continuation.
 */
function isDateLine(line: string): boolean {
  const probe = straightQuotes(line)
  return (
    monthDayLine(probe) !== null ||
    (line.length <= 60 && (parseDateLine(probe) !== null || dateAndLabel(probe) !== null)) ||
    (line.length <= 160 && / [|•·] /.test(line) && datePhraseOf(line) !== null) ||
    (line.length <= 80 && POSTED.test(line) && datePhraseOf(line) !== null)
  )
}

/**
 * The margin of a page printed to text (a PDF export): every line of it is short, and many run to
 * within a few characters of the longest. Null for a dump whose paragraphs are one line each.
 */
function wrapWidth(lines: readonly string[]): number | null {
  let longest = 0
  // A web address printed in the footer runs past the margin: it is one word.
  for (const l of lines) if (l.length > longest && !/^(?:https?:\/\/|www\.)\S+$/i.test(l)) longest = l.length
  if (longest < 60 || longest > 110) return null
  let full = 0
  for (const l of lines) if (l.length >= longest - 12) full++
  return full >= 6 ? longest : null
}

export function cleanTextDump(input: string): DumpResult {
  const dropped: string[] = []
  const trailer: string[] = []
  const afterEnd: string[] = []
  let published: string | null = null
  let publishedRule: string | null = null
  // "FOR IMMEDIATE RELEASE          Ref: IMPACS/PR/2026/047": a printed head line in two columns is two lines.
  const split = input.split(/\r\n?|\n/)
  // A page saved by a text browser is read through its link numbers and references list.
  const browser = readBrowserDump(split)
  if (browser) dropped.push(...browser.dropped)
  const raw = (browser?.lines ?? split).flatMap((line) => (/\S[ \t]{6,}\S/.test(line) ? line.trim().split(/[ \t]{6,}/) : [line]))
  const prefix = DATE_PREFIX.exec(raw[0] ?? '')
  if (prefix?.[1]) {
    published = prefix[1]
    publishedRule = 'dump-date-prefix'
    raw[0] = (raw[0] ?? '').slice(prefix[0].length)
  }

  // Paragraphs: blank lines separate them; a line continues the previous one only when that
  // one stops mid-sentence and this one starts in lower case (a hard-wrapped paragraph).
  const paragraphs: string[] = []
  const listHeads = new Set<number>()
  let current = ''
  let lastLine = ''
  let ended = false
  const lines = raw.map(normalizeLine)
  // "  Florida National Guard and Guyana Defence Force Open Jungle Medicine / Course at Base Camp
  // Stephenson": a printed headline centred over two lines. Each line is indented; the first is
  // long and stops mid-phrase, the second is shorter; neither is in capitals or holds a label's
  // colon, a bar or a number (a letterhead's lines are indented too).
  const centred = raw.map((l) => /^\s{2,}\S/.test(l))
  const headlinePart = (l: string): boolean => l.length >= 12 && l.length <= 110 && l !== l.toUpperCase() && !/[:|@\d]/.test(l)
  const centredHeadline = (k: number, prev: number): boolean => {
    const a = lines[prev] ?? ''
    const b = lines[k] ?? ''
    return prev === k - 1 && centred[k] === true && centred[prev] === true && a.length >= 40 && b.length < a.length && /^\p{Lu}/u.test(b) && headlinePart(a) && headlinePart(b)
  }
  let lastIndex = -1
  const wrap = wrapWidth(lines)
  // "Page 2 of 2" and the letterhead printed again under it: a printed release's page furniture.
  // The head keeps its own first printing (it names the publisher); what a later sheet prints
  // again goes.
  const furniture = printedFurniture(lines)
  if (furniture) {
    const printed = [...lines]
    const firstPage = lines.findIndex((line, k) => furniture[k] && isPageNumber(line))
    const seen = new Set<string>()
    lines.forEach((line, k) => {
      const again = seen.has(line.toLowerCase())
      seen.add(line.toLowerCase())
      // "Royal Saint Lucia Police Force – “To Serve and Protect”          Page 1 of 2": a line printed
      // beside a page's number is its footer, from the first sheet on.
      const footer = isPageNumber(lines[k + 1] ?? '')
      if (!furniture[k] || line.length === 0 || (!isPageNumber(line) && !footer && (k < firstPage || !again))) return
      dropped.push(line)
      lines[k] = ''
    })
    // "Page 1 of 2 / EMBASSY OF THE UNITED STATES OF AMERICA / Press Release – Port Inspection
    // Equipment – Haina": the running head a later sheet prints under the page break, in title
    // case, in parts and ending no sentence, though the first sheet did not print it.
    // (Only under a break inside the story: a sheet numbered above its letterhead and headline
    // prints those first.)
    const proseAt = printed.findIndex((l) => l.split(/\s+/).filter((w) => /^\p{Ll}[\p{L}’'-]{2,}/u.test(w)).length >= 5)
    printed.forEach((line, k) => {
      if (proseAt < 0 || k < proseAt || !isPageNumber(line)) return
      for (let n = k + 1; n < printed.length && (printed[n] ?? '').length > 0; n++) {
        const head = lines[n] ?? ''
        if (head.length === 0) continue
        if (!RUNNING_HEAD.test(head) || /[.!?,;:]["'”’]?$/u.test(head) || head.split(/\s+/).some((w) => /^\p{Ll}[\p{L}’'-]{3,}/u.test(w))) break
        dropped.push(head)
        lines[n] = ''
      }
    })
  }
  // "ADVERTISEMENT / Fresh seafood delivered daily … / ADVERTISEMENT": the line between two ad
  // markers is the ad's copy. A marker is a short line (the longest, "Story continues below
  // advertisement", has 35 characters): the chrome rules of short lines are read here, once.
  // "* Facebook", "* Email" under "Share this:": a bulleted short line is read without its bullet.
  const shortRule = lines.map((l) => (l.length > 0 && l.length <= 60 ? (chromeRuleOf(l) ?? (BULLET.test(l) ? chromeRuleOf(l.replace(BULLET, '')) : undefined)) : undefined))
  const adMarker = (k: number): boolean => shortRule[k]?.id === 'advertisement'
  // "SPONSORED / Agrocentro Chiquitano – seeds, fertilizer and credit": one short line after a
  // marker, written as an advertiser's name and slogan or a call to buy, is the ad's copy too.
  lines.forEach((line, k) => {
    if (adMarker(k - 1) && !adMarker(k) && line.length > 0 && line.length <= 100 && AD_COPY.test(line)) {
      dropped.push(line)
      lines[k] = ''
      return
    }
    if (adMarker(k - 1) && adMarker(k + 1) && !adMarker(k) && line.length > 0 && line.length <= 200) {
      dropped.push(line)
      lines[k] = ''
    }
  })
  // "Photo: Ministry of the Interior / Prefectura boats moored at the new base …": one sentence
  // under a photo's credit line, before a longer paragraph, is the photo's caption.
  let previous = -1
  lines.forEach((line, k) => {
    if (line.length === 0) return
    const above = lines[previous] ?? ''
    const credit = previous >= 0 && /^(?:photo|foto|image)/i.test(above) && (shortRule[previous] ?? chromeRuleOf(above))?.id === 'photo-line'
    previous = k
    if (!credit || line.length > 220 || !/[.!?]["'”’)]?$/.test(line) || /[.!?]["'”’)]?\s+\p{Lu}/u.test(line) || findDateline(line)) return
    let n = k + 1
    while (n < lines.length && ((lines[n] ?? '').length === 0 || chromeRuleOf(lines[n] ?? ''))) n++
    if ((lines[n] ?? '').length > line.length) {
      dropped.push(line)
      lines[k] = ''
    }
  })
  for (const [k, line] of lines.entries()) {
    if (ended) {
      if (line) trailer.push(line)
      if (line && afterEnd.length < 4) afterEnd.push(line)
      continue
    }
    let chrome = line ? (shortRule[k] !== undefined ? shortRule[k] : chromeRuleOf(line)) : null
    // "Last updated: Aug 15, 2026 | Published: Aug 14, 2026" is the head's date line (head.ts reads
    // the publication from it), not a page-review footer.
    if (chrome?.id === 'page-dates' && / [|•·] /.test(line) && ownSegmentDate(straightQuotes(line))) chrome = null
    if (line.length === 0 || chrome) {
      if (chrome) dropped.push(line)
      // The paragraph after a dropped "Related Articles" heading or tag list opens a link list.
      if (chrome?.id === 'nav-heading' || chrome?.id === 'tags-line') listHeads.add(paragraphs.length + (current ? 1 : 0))
      // An end marker ends the release only once some of it has been read: above the first
      // paragraph of prose, "Contact" is a menu item.
      // In a dump a comment section's heading ("Comments", "Leave a comment") ends it too: readers'
      // comments and the lists under them follow. (In HTML the comment box is a block of its own.)
      if ((chrome?.end || chrome?.id === 'comments') && [...paragraphs, current].some((p) => p.length >= 100 && PROSE.test(p))) ended = true
      if (current) paragraphs.push(current)
      current = ''
      continue
    }
    // A date line is whole: "August 21, 2026" then "4 min read" are two lines.
    // "by Gazette Reporter" under a headline is its byline, not the headline's last words.
    // On a page printed to text, a line that runs to the margin goes on in the next whatever its
    // first letter ("… hosted by the Royal Bahamas / Defence Force (RBDF) from January 25 …").
    const continues = /^[\p{Ll}\d(]/u.test(line) || (wrap !== null && lastLine.length >= wrap - 25 && /^[\p{Lu}"“‘'(]/u.test(line)) || (current === lastLine && centredHeadline(k, lastIndex))
    // "… said U.S. Ambassador Rebecca H. / Lindqvist at the opening": an initial or a title's
    // abbreviation at the margin ends no sentence.
    const closed = /[.!?:;"”)\]]$/.test(current) && !(wrap !== null && ABBREVIATION_END.test(current))
    // "… on the night of 6 to / 7 February.": after a line that stops on a preposition or a
    // conjunction, a date at the start of the next line finishes the sentence.
    const hanging = current.length >= 40 && HANGING_END.test(current)
    if (current && !closed && continues && !BULLET.test(line) && (hanging || !isDateLine(line)) && !isDateLine(current) && !BYLINE_LINE.test(line)) current += ` ${line}`
    else {
      if (current) paragraphs.push(current)
      current = line
    }
    lastLine = line
    lastIndex = k
  }
  if (current) paragraphs.push(current)

  const plain = readHead(paragraphs, { findTitle: true, knownTitle: null })
  const anchored = plain.title && (plain.published || published) ? null : readHead(paragraphs, { findTitle: true, knownTitle: null, dateAnchor: true })
  const head = anchored?.title && (anchored.published || anchored.monthDay || !plain.title) ? anchored : plain
  const body = paragraphs.slice(head.bodyStart)
  const cut = linkListStart(body, (i) => listHeads.has(head.bodyStart + i))
  if (cut < body.length) trailer.unshift(...body.splice(cut))
  dropInlineLists(body, (i) => listHeads.has(head.bodyStart + i), dropped)
  return {
    paragraphs: body,
    title: head.title,
    published: published ?? head.published,
    publishedRule: published ? publishedRule : head.publishedRule,
    updated: head.updated,
    labels: head.labels,
    from: head.from,
    byline: head.byline,
    dropped,
    trailer,
    afterEnd,
    monthDay: head.monthDay,
    above: paragraphs.slice(0, head.bodyStart),
  }
}
