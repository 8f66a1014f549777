/**
 * clean: the decoded input (HTML or a text dump) to the article body (`doc.text`, paragraphs
 * joined by a blank line, with their spans) and the document metadata (`doc.meta`).
 * A page with no usable body gets a `clean/empty-body` error.
 */
import { report } from '../../document.js'
import type { Diagnostic, Document, DocumentMeta, Stage } from '../../types.js'
import { bylineIn, datePhraseOf, dateAfterEnd, ownSegmentDate, readHead, readTail, UPDATE_LINE, type HeadResult } from './head.js'
import { cleanHtml, isSiteTitle, parseHtml, preformattedDump } from './html.js'
import { estimateDepth, MAX_DEPTH, stripTags } from './html-guard.js'
import { bannerOf, buildMeta, type Sourced } from './meta.js'
import { joinParagraphs } from './normalize.js'
import { dateHabitIn, hostOf } from './site-rules.js'
import { cleanTextDump, type DumpResult } from './text-dump.js'
import { copyrightHolder, isNewsAgency, publisherByName, publisherClass } from './publisher.js'
import { kindFromLabel } from './kind.js'
import { dateOrderIn, withDateOrder } from './parse-date.js'
import { chooseTitle, titleSegments } from './title.js'

/** A body shorter than this (in words) is not a release: a cut-off file or a chrome-only page. */
export const MIN_BODY_WORDS = 15

export interface CleanResult {
  readonly paragraphs: readonly string[]
  readonly meta: DocumentMeta
  /** Problems with the input that still left a result. */
  readonly diagnostics: readonly Diagnostic[]
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null
  try {
    return new URL(href, base ?? undefined).href
  } catch {
    return /^https?:\/\//i.test(href) ? href : null
  }
}

/**
 * The lines right above the headline that are all head (a label, a date): menu items further
 * up ("Member States", "Newsroom") would otherwise stop the reading before the label.
 */
function readAboveTitle(lines: readonly string[], knownTitle: string | null): HeadResult {
  for (let k = 0; k < lines.length; k++) {
    const tail = lines.slice(k)
    const head = readHead(tail, { findTitle: false, knownTitle, maxLines: 4 })
    if (head.bodyStart >= tail.length) return head
  }
  return readHead([], { findTitle: false, knownTitle, maxLines: 4 })
}

/** Cleans an HTML page. Pure: also used by `eval clean`. */
export function cleanHtmlDocument(input: string, url: string | null): CleanResult {
  const depth = estimateDepth(input)
  if (depth > MAX_DEPTH) {
    const degraded = cleanTextDocument(stripTags(input), url)
    const note: Diagnostic = {
      severity: 'warning',
      code: 'clean/too-deep',
      message: `the page nests elements about ${depth} levels deep (no real page nests over ${MAX_DEPTH}); its tags were stripped and it was read as text`,
    }
    return { ...degraded, diagnostics: [note, ...degraded.diagnostics] }
  }
  // Parsed once: a page with <pre> blocks may be a document viewer's.
  const $ = parseHtml(input)
  const dump = /<pre[\s>]/i.test(input) ? preformattedDump($) : null
  if (dump !== null) return cleanTextDocument(dump, url)
  const res = cleanHtml(input, url, $)
  const { page } = res
  const site = { urls: [url, page.canonical, page.ogUrl], siteName: page.siteName, lang: page.lang }
  // The page's dates are read from here on, in the order its numeric dates are written.
  return withDateOrder(dateOrderIn(input, dateHabitIn(input, site)), () => readCleanedHtml(input, url, res))
}

function readCleanedHtml(input: string, url: string | null, res: ReturnType<typeof cleanHtml>): CleanResult {
  const { page } = res
  const title = chooseTitle({ h1: res.h1, h1Source: res.h1Source, ogTitle: page.ogTitle, ldHeadline: page.ldHeadline, docTitle: page.docTitle, siteName: page.siteName, isSiteTitle: (t) => isSiteTitle(t, page) })
  const head = readHead(res.paragraphs, { findTitle: false, knownTitle: title.title, headOnly: (i) => res.standfirst[i] === true })
  const aboveBody = readHead(res.afterTitle, { findTitle: false, knownTitle: title.title, maxLines: 8 })
  const aboveTitle = readAboveTitle(res.beforeTitle, title.title)
  const tail = readTail(res.paragraphs.slice(head.bodyStart), (i) => {
    const kind = res.kinds[head.bodyStart + i]
    return kind === 'item' || kind === 'row'
  })
  const paragraphs = res.paragraphs.slice(head.bodyStart, head.bodyStart + tail.end)
  const dates: Sourced[] = page.dates.map((d) => ({ value: d.value, source: d.source }))
  if (head.published) dates.push({ value: head.published, source: head.publishedRule ?? 'head' })
  if (aboveBody.published) dates.push({ value: aboveBody.published, source: `above-body:${aboveBody.publishedRule ?? ''}` })
  if (aboveTitle.published) dates.push({ value: aboveTitle.published, source: `above-title:${aboveTitle.publishedRule ?? ''}` })
  if (page.timeElement) dates.push({ value: page.timeElement, source: 'time-element' })
  // "Fecha de publicación: 19/11/2026" beside "Actualizado: 20/11/2026": the publication, not the
  // update; a date element that gives only the update is a date of last resort.
  let elementUpdate: string | null = null
  for (const line of page.dateTexts) {
    const date = datePhraseOf(line)
    if (date && UPDATE_LINE.test(line)) elementUpdate ??= date
    else if (date) {
      dates.push({ value: date, source: 'date-element' })
      break
    }
  }
  if (tail.published) dates.push({ value: tail.published, source: 'tail-date-line' })
  // A table layout's title row above the article, read only when nothing else dates the page:
  // "… Press Release No. 27/2026 | Monday, 14 December 2026 | Printer Friendly Version".
  if (dates.length === 0) {
    const row = res.aboveArticle.map(ownSegmentDate).find((d) => d !== null)
    if (row) dates.push({ value: row, source: 'above-article-row' })
  }
  const afterEnd = dateAfterEnd(res.afterEnd)
  if (afterEnd) dates.push({ value: afterEnd, source: 'after-end-marker' })
  const updated: Sourced[] = [head, aboveBody, aboveTitle].flatMap((h) => (h.updated ? [{ value: h.updated.date, source: h.updated.rule }] : []))
  if (elementUpdate) updated.push({ value: elementUpdate, source: 'date-element:updated' })
  updated.push(...page.modified)
  const canonicalUrl = absolute(page.canonical ?? page.ogUrl, url)
  const siteNames: Sourced[] = []
  const from = head.from ?? aboveBody.from
  if (from) siteNames.push({ value: from, source: 'from-line' })
  if (page.publishingOrg) siteNames.push({ value: page.publishingOrg, source: 'meta-publisher' })
  if (page.ldPublisher) siteNames.push({ value: page.ldPublisher, source: 'json-ld-publisher' })
  if (page.siteName) siteNames.push({ value: page.siteName, source: 'og:site_name' })
  const segments = titleSegments(page.docTitle, title.title)
  const meta = buildMeta({
    title: title.title ? { value: title.title, source: title.source } : null,
    dates,
    updated,
    labels: [...(res.headlineLabel ? [res.headlineLabel] : []), ...head.labels, ...aboveBody.labels, ...aboveTitle.labels, ...page.sections, ...page.labels, ...segments],
    paragraphs,
    host: hostOf(url ?? canonicalUrl ?? page.siteUrl),
    siteNames,
    publisherHints: segments,
    brands: page.brands,
    footerHolder: page.footerHolder,
    byline: head.byline ?? aboveBody.byline ?? aboveTitle.byline ?? (page.dateTexts.map(bylineIn).find((b) => b !== null) ?? null),
    classTokens: page.classTokens,
    // Head lines, not prose: a unit the story's sentences name ("will visit U.S. Coast Guard Sector San
    // Juan") did not issue the page.
    headText: [...res.beforeTitle, ...res.paragraphs.slice(0, head.bodyStart), ...res.afterTitle].filter((l) => !(l.length > 100 && /[.!?]["'”’)]?$/.test(l))).join('\n'),
    banner: bannerOf(input),
    extraText: '',
    canonicalUrl,
    newsSite: (res.rule?.news ?? false) || page.newsPublisher,
    siteKind: res.rule?.kind ?? null,
    url,
    days: [head, aboveBody, aboveTitle].flatMap((h) => (h.monthDay ? [{ value: h.monthDay, source: 'head-day-line' }] : [])),
    source: input,
  })
  return { paragraphs, meta, diagnostics: [] }
}

/** The publisher a dump names for itself: a "From:" line, else the copyright line of the page's footer. */
function dumpSiteNames(res: DumpResult): Sourced[] {
  const names: Sourced[] = res.from ? [{ value: res.from, source: 'from-line' }] : []
  // "Government Information Service (GIS)" under "Government of the Commonwealth of Dominica" in
  // the site's header: the service publishes the page; the government only holds its copyright.
  const agency = res.above.slice(0, 8).find((l) => l.length <= 80 && isNewsAgency(l) && !/[.!?:]$/.test(l) && !/ [|>»] /.test(l))
  // Its acronym beside it goes: "Government Information Service (GIS)", "JIS - Jamaica Information Service".
  if (agency) names.push({ value: agency.replace(/\s*\([\p{Lu}&.]{2,10}\)$/u, '').replace(/^[\p{Lu}&.]{2,10}\s+[-–—:]\s+/u, ''), source: 'agency-line' })
  // "Trinidad and Tobago Newsday" over the menus, "© Daily News Ltd." in the footer: a known
  // outlet's masthead names the site better than the company holding its copyright.
  const masthead = res.above.slice(0, 8).find(isMasthead)
  if (masthead && publisherByName(masthead)) names.push({ value: masthead, source: 'masthead-line' })
  for (const line of [...res.trailer, ...res.dropped]) {
    const holder = copyrightHolder(line)
    if (holder) {
      names.push({ value: holder, source: 'copyright-line' })
      break
    }
  }
  // "The Chronicle", "Guianas Times" over the menus: a newspaper's masthead.
  if (masthead && !publisherByName(masthead)) names.push({ value: masthead, source: 'masthead-line' })
  // "Ministry of National Security" as the page's first line, over its menus: the site's name.
  const site = res.above.slice(0, 3).find((l) => l.length <= 70 && l.split(' ').length >= 3 && !/[.!?:|>»]/.test(l) && l.split(' ').every((w) => /^(?:of|for|and|the|de|la|del|du|[\p{Lu}][\p{L}'’&.-]*)$/u.test(w)) && publisherClass(l) === 'organization')
  if (site) names.push({ value: site, source: 'site-name-line' })
  return names
}

// Section names that carry a news word without naming an outlet.
const SECTION = /^(?:(?:local|world|regional|caribbean|international|breaking|latest|top|national|business|sports?|more|all|press|media|daily)\s+)?(?:news|stories|headlines|briefs?)$/i

/** A short line in capitals that names a news outlet ("The Chronicle"), not a menu item ("Local News"). */
function isMasthead(line: string): boolean {
  const words = line.split(' ')
  if (line.length > 50 || words.length > 6 || /\d/.test(line) || SECTION.test(line) || kindFromLabel(line)) return false
  if (!words.every((w) => /^(?:the|of|and|de|la|[\p{Lu}][\p{L}'’&.-]*)$/u.test(w))) return false
  if (words.length === 1 && line.length < 6) return false
  return publisherClass(line) === 'news'
}

/** Cleans a text dump. Pure: also used by `eval clean`. */
export function cleanTextDocument(input: string, url: string | null): CleanResult {
  return withDateOrder(dateOrderIn(input, dateHabitIn(input, { urls: [url], siteName: null, lang: null })), () => readTextDocument(input, url))
}

function readTextDocument(input: string, url: string | null): CleanResult {
  const res = cleanTextDump(input)
  const tail = readTail(res.paragraphs, () => false, 8)
  const paragraphs = res.paragraphs.slice(0, tail.end)
  const dates: Sourced[] = res.published ? [{ value: res.published, source: res.publishedRule ?? 'dump' }] : []
  if (tail.published) dates.push({ value: tail.published, source: 'tail-date-line' })
  const afterEnd = dateAfterEnd(res.afterEnd)
  if (afterEnd) dates.push({ value: afterEnd, source: 'after-end-marker' })
  const updated: Sourced[] = res.updated ? [{ value: res.updated.date, source: res.updated.rule }] : []
  const meta = buildMeta({
    title: res.title ? { value: res.title, source: 'dump-headline' } : null,
    dates,
    updated,
    labels: res.labels,
    paragraphs,
    host: hostOf(url),
    siteNames: dumpSiteNames(res),
    // "U.S. DEPARTMENT of STATE" among the page's first lines: a known publisher's masthead.
    publisherHints: res.above.slice(0, 3).filter((l) => l.length <= 60 && publisherByName(l) !== null),
    byline: res.byline,
    headText: '',
    banner: bannerOf(input),
    extraText: [...res.dropped, ...res.trailer].join('\n'),
    canonicalUrl: null,
    newsSite: false,
    siteKind: null,
    url,
    days: res.monthDay ? [{ value: res.monthDay, source: 'head-day-line' }] : [],
    source: input,
  })
  return { paragraphs, meta, diagnostics: [] }
}

function looksLikeHtml(input: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(input) || (input.match(/<(?:p|div|br|a|span)[\s>/]/gi)?.length ?? 0) >= 3
}

const letterOrNumber = /[\p{L}\p{N}]/uy
const space = /\s/y

/**
 * The whitespace-separated words of `text` holding a letter or a number, counted up to `limit`
 * (what `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length` gives, capped),
 * without building the words: only a short body needs its exact count.
 */
export function countWords(text: string, limit: number): number {
  let words = 0
  let counted = false
  for (let i = 0; i < text.length && words < limit; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (c === 32 || (c >= 9 && c <= 13)) counted = false
      else if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
        words++
        counted = true
      }
      continue
    }
    space.lastIndex = i
    if (space.test(text)) {
      counted = false
      continue
    }
    if (counted) continue
    letterOrNumber.lastIndex = i
    if (letterOrNumber.test(text)) {
      words++
      counted = true
    }
  }
  return words
}

/** The clean stage's work; it needs no context. */
export function cleanDocument(doc: Document): Document {
  const format = doc.format ?? (looksLikeHtml(doc.input) ? 'html' : 'text')
  const result = format === 'html' ? cleanHtmlDocument(doc.input, doc.url) : cleanTextDocument(doc.input, doc.url)
  const { text, spans } = joinParagraphs(result.paragraphs)
  let next: Document = { ...doc, text, paragraphs: spans, meta: result.meta }
  for (const d of result.diagnostics) next = report(next, d)
  const words = countWords(text, MIN_BODY_WORDS)
  if (words < MIN_BODY_WORDS) {
    next = report(next, {
      severity: 'error',
      code: 'clean/empty-body',
      message:
        words === 0
          ? `no article body: nothing is left of this ${format === 'html' ? 'page' : 'text'} once site chrome is removed`
          : `no usable article body: only ${words} word${words === 1 ? '' : 's'} of text once site chrome is removed (at least ${MIN_BODY_WORDS} expected; is the file cut off?)`,
    })
  }
  return next
}

export const cleanStage: Stage = (doc) => cleanDocument(doc)
