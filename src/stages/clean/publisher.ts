/** Publishers: who put the page out, from the URL's host, the page's own name for itself, or the text. */
import { z } from 'zod'
import publisherData from './data/publishers.json' with { type: 'json' }
import { straightQuotes } from './chrome.js'

const PublisherFile = z.object({
  orgWords: z.string(),
  patterns: z.array(z.object({ pattern: z.string(), name: z.string(), type: z.enum(['mil', 'gov', 'embassy', 'regional', 'news']) })),
  newsWords: z.string(),
  publishers: z.array(
    z.object({
      name: z.string(),
      type: z.enum(['mil', 'gov', 'embassy', 'regional', 'news']),
      hosts: z.array(z.string()),
      aliases: z.array(z.string()),
      secondaryName: z.object({ name: z.string(), marks: z.array(z.string()).min(1), primaryMarks: z.array(z.string()).min(1) }).optional(),
    }),
  ),
})

export type PublisherType = 'mil' | 'gov' | 'embassy' | 'regional' | 'news'

export interface Publisher {
  readonly name: string
  readonly type: PublisherType
  readonly hosts: readonly string[]
  readonly aliases: readonly string[]
  readonly secondaryName?: { readonly name: string; readonly marks: readonly string[]; readonly primaryMarks: readonly string[] } | undefined
}

const file = PublisherFile.parse(publisherData)
const publishers: readonly Publisher[] = file.publishers
const ORG_WORDS = new RegExp(`\\b(?:${file.orgWords})\\b`, 'i')
const NEWS_WORDS = new RegExp(`\\b(?:${file.newsWords})\\b`, 'i')

const unitPatterns = file.patterns.map((p) => ({ re: new RegExp(p.pattern), name: p.name, type: p.type }))

function countOf(text: string, needles: readonly string[]): number {
  let n = 0
  for (const needle of needles) for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) n++
  return n
}

/**
 * The name a known publisher goes by on this page: its secondary name ("U.S. Department of War")
 * when the page (`source`, the raw page) names it by that name's marks more often than by the
 * primary name's; else its canonical name.
 */
export function publisherNameOn(publisher: Publisher, source: string): string {
  const second = publisher.secondaryName
  if (!second) return publisher.name
  return countOf(source, second.marks) > countOf(source, second.primaryMarks) ? second.name : publisher.name
}

/** A publishing unit named in a release header ("U.S. Coast Guard 7th District Southeast"). */
export function publisherFromHeader(text: string): Publisher | null {
  for (const p of unitPatterns) {
    const m = p.re.exec(text)
    if (m) return { name: p.name.replace('$1', m[1] ?? ''), type: p.type, hosts: [], aliases: [] }
  }
  return null
}

// A government's information service or news agency (Jamaica Information Service, Department of
// Public Information, Government Information Agency) writes news stories about the government.
const NEWS_AGENCY = /\b(?:information services?|public information|information agency|news agency|press agency)\b/i

/** True when the publisher is a government's information service or a news agency: it reports, it does not issue releases. */
export function isNewsAgency(name: string | null): boolean {
  return name !== null && NEWS_AGENCY.test(name)
}

/** Whether a publisher issues releases (an organization) or reports (a news outlet), or null when unknown. */
export function publisherClass(name: string | null): 'organization' | 'news' | null {
  if (!name) return null
  const known = publisherByName(name)
  if (known) return known.type === 'news' ? 'news' : 'organization'
  if (NEWS_WORDS.test(name)) return 'news'
  if (ORG_WORDS.test(name)) return 'organization'
  return null
}

function key(name: string): string {
  return straightQuotes(name).toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

const byName = new Map<string, Publisher>()
for (const p of publishers) {
  for (const n of [p.name, ...p.aliases]) if (!byName.has(key(n))) byName.set(key(n), p)
}

/** The known publisher whose host suffix matches (the most specific suffix wins). */
export function publisherByHost(host: string | null): Publisher | null {
  if (!host) return null
  let best: Publisher | null = null
  let bestLength = -1
  for (const p of publishers) {
    for (const h of p.hosts) {
      if ((host === h || host.endsWith(`.${h}`)) && h.length > bestLength) {
        best = p
        bestLength = h.length
      }
    }
  }
  return best
}

/** The known publisher going by this name, if any. */
export function publisherByName(name: string): Publisher | null {
  return byName.get(key(name)) ?? null
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// One pattern per publisher, matching its name and aliases as whole words (aliases of two
// letters or fewer are too ambiguous to count in running text).
const mentionPatterns = publishers.map((p) => {
  const names = [p.name, ...p.aliases, ...p.hosts].filter((n) => n.length > 3 || /^[A-Z]{3,}$/.test(n))
  return { publisher: p, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu') }
})

/** Known publishers of `type` named in `text`, most mentioned first (ties: first named first). */
export function mentionedPublishers(text: string, type: PublisherType): Publisher[] {
  const found: { p: Publisher; count: number; first: number }[] = []
  for (const { publisher, re } of mentionPatterns) {
    if (publisher.type !== type) continue
    re.lastIndex = 0
    let count = 0
    let first = -1
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (first < 0) first = m.index
      count++
    }
    if (count > 0) found.push({ p: publisher, count, first })
  }
  found.sort((a, b) => b.count - a.count || a.first - b.first)
  return found.map((f) => f.p)
}

// "© 2026 Jamaica Information Service. All rights reserved.", "Copyright © 2019-2025 CARICOM
// Secretariat | Privacy", "(c) 2024 Regional Security System, Paragon Base, …".
const COPYRIGHT = /^(?:(?:©|\(c\))\s*copyright\b|copyright\s*(?:©|\(c\))|©|\(c\)|copyright(?=\s+(?:19|20)\d{2}))\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?,?\s*(?:by\s+)?([\p{Lu}][^.,|©]{2,80}?)\s*(?:[.,|]|all rights reserved|$)/iu

/**
 * The owner a footer's copyright line names, when that reads as a publisher (a known one, or a
 * name with an organization's or a news outlet's word in it); otherwise null.
 */
export function copyrightHolder(line: string): string | null {
  if (line.length > 200) return null
  // "Windward Gazette Ltd.", "Punda Post N.V.": the company's legal form is no part of the outlet's name.
  const m = COPYRIGHT.exec(straightQuotes(line).trim().replace(/,?\s+(?:N\.V\.|B\.V\.|S\.A\.|S\.R\.L\.|Ltd\.?|Limited|Inc\.?|LLC|plc)(?=[\s,.|]|$)/g, '.'))
  const name = m?.[1]?.trim()
  if (!name) return null
  const known = publisherByName(name)
  if (known) return known.name
  return publisherClass(name) !== null ? name : null
}
