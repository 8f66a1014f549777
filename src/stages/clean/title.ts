/** The page title: the headline, without the site name pages append to `<title>`. */
import { straightQuotes } from './chrome.js'

const SEPARATORS = /\s+(?:[|>»«›‹·•~:]|::|[-–—]|\/\/)\s+/

function norm(s: string): string {
  return straightQuotes(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The headline part of a `<title>` such as "Headline > U.S. Southern Command > Press Release View". */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0)
  if (parts.length <= 1) return title.trim()
  const site = siteName ? norm(siteName) : null
  const useful = parts.filter((p) => !site || (norm(p) !== site && !site.includes(norm(p))))
  const pool = useful.length > 0 ? useful : parts
  // The headline is the longest part (site and section names are short).
  return pool.reduce((best, p) => (p.length > best.length ? p : best))
}

export interface TitleSources {
  readonly h1: string | null
  /** Where the headline element came from (`h1`, `heading`, `article-heading`). */
  readonly h1Source?: string | null
  /** True for a declared title that only names the site ("Belize Coast Guard | Home"). */
  readonly isSiteTitle?: (title: string) => boolean
  readonly ogTitle: string | null
  readonly ldHeadline: string | null
  readonly docTitle: string | null
  readonly siteName: string | null
}

/** True when `a` and `b` are the same headline, one possibly carrying a site name. */
function agrees(a: string, b: string): boolean {
  const x = norm(a)
  const y = norm(b)
  return x.length > 0 && y.length > 0 && (x === y || x.includes(y) || y.includes(x))
}

/** Picks the title: an `<h1>` confirmed by the declared title, else the declared title cleaned. */
export function chooseTitle(s: TitleSources): { title: string | null; source: string } {
  const declared = [
    { v: s.ogTitle, source: 'og:title' },
    { v: s.ldHeadline, source: 'json-ld' },
    { v: s.docTitle, source: 'title' },
  ].filter((d): d is { v: string; source: string } => d.v !== null && d.v.length > 0)
  const h1Name = s.h1Source && s.h1Source !== 'h1' ? s.h1Source : 'h1'
  if (s.h1 && s.h1.length >= 8) {
    for (const d of declared) if (agrees(s.h1, d.v)) return { title: s.h1, source: `${h1Name}+${d.source}` }
    // Declared titles that only name the site say nothing against the page's own headline.
    if (s.isSiteTitle && s.h1.split(' ').length >= 4 && declared.every((d) => s.isSiteTitle?.(stripSiteSuffix(d.v, s.siteName)))) return { title: s.h1, source: h1Name }
  }
  // A page declaring only a <title> that does not name its <h1> uses one generic title for
  // every page (a site slogan): the <h1> is the headline.
  if (s.h1 && !s.ogTitle && !s.ldHeadline && s.h1.split(' ').length >= 4) return { title: s.h1, source: 'h1' }
  const h1Words = s.h1 ? s.h1.split(' ').length : 0
  for (const d of declared) {
    const clean = stripSiteSuffix(d.v, s.siteName)
    // A short declared title beside a longer, different <h1> is the site's name ("Department of State").
    if (h1Words >= 4 && clean.split(' ').length <= 4 && h1Words > clean.split(' ').length) continue
    if (clean.length >= 8 && (!s.siteName || norm(clean) !== norm(s.siteName))) return { title: clean, source: d.source }
  }
  if (s.h1) return { title: s.h1, source: 'h1' }
  return { title: declared[0] ? stripSiteSuffix(declared[0].v, s.siteName) : null, source: declared[0]?.source ?? 'none' }
}

/** The parts of a `<title>` other than the headline (site name, section): "Press Releases", "U.S. Southern Command". */
export function titleSegments(docTitle: string | null, headline: string | null): string[] {
  if (!docTitle) return []
  const parts = docTitle.split(SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 0)
  if (parts.length <= 1) return []
  const h = headline ? norm(headline) : ''
  return parts.filter((p) => norm(p) !== h && !(h.length > 0 && h.includes(norm(p)) && norm(p).length > 20))
}
