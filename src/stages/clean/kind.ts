/**
 * The document kind (readout, press release, media note, …), from cues kept in
 * data/kind-cues.json: the headline, page labels, the body's opening words, the page's class
 * names and its URL path, the site's usual kind and the publisher's nature. The evidence names
 * the cues that decided.
 */
import { z } from 'zod'
import type { DocumentKind } from '../../schema/records.js'
import { DocumentKind as DocumentKindSchema } from '../../schema/records.js'
import cueData from './data/kind-cues.json' with { type: 'json' }
import { straightQuotes } from './chrome.js'

type Where = 'label' | 'title' | 'head' | 'class' | 'url'

const CueFile = z.object({
  cues: z.array(
    z.object({
      id: z.string(),
      kind: DocumentKindSchema,
      where: z.enum(['label', 'title', 'head', 'class', 'url']),
      pattern: z.string(),
      weak: z.boolean().optional(),
      strength: z.number().positive().optional(),
    }),
  ),
})

interface Cue {
  readonly kind: DocumentKind
  readonly where: Where
  readonly weak: boolean
  readonly strength: number
  readonly id: string
  readonly re: RegExp
}

const cues: readonly Cue[] = CueFile.parse(cueData).cues.map((c) => ({
  kind: c.kind,
  where: c.where,
  weak: c.weak ?? false,
  strength: c.strength ?? 1,
  id: c.id,
  re: new RegExp(c.pattern, 'i'),
}))

function matchCue(where: Where, text: string): Cue | null {
  const probe = straightQuotes(text).trim()
  for (const c of cues) if (c.where === where && c.re.test(probe)) return c
  return null
}

/** The kind a page label names ("Press Release", "Media Note", "News"), or null. */
export function kindFromLabel(label: string): DocumentKind | null {
  return matchCue('label', label)?.kind ?? null
}

// The more specific a kind, the more it says: a media note listed under "Press Releases" is a media note.
const SPECIFICITY: Readonly<Record<DocumentKind, number>> = {
  readout: 4,
  media_note: 4,
  fact_sheet: 4,
  statement: 4,
  press_release: 3,
  // A speech or a transcript is named as such by its title or label ("Remarks by …", "Speeches"):
  // that says as much as "Press Releases" over it, and the title is read first.
  other: 3,
  news: 2,
}

export type PublisherClass = 'organization' | 'news' | null

export interface KindInput {
  readonly title: string | null
  readonly labels: readonly string[]
  readonly head: string
  /** Class names of the page's `<body>` and `<article>`. */
  readonly classTokens?: readonly string[]
  /** The byline above the body, if any. */
  readonly byline?: string | null
  /** The page's URL (or canonical URL). */
  readonly url?: string | null
  /** The kind a site rule gives its pages when they name none. */
  readonly siteKind: DocumentKind | null
  /** Whether the publisher is an organization (which issues releases) or a news outlet. */
  readonly publisher: PublisherClass
  /** The publisher's name, if any ("GIS Dominica"). */
  readonly publisherName?: string | null
}

// Words that make a byline's author an office, not a person.
const OFFICE_WORDS = /\b(?:public affairs|public relations|relaciones p[uú]blicas|prensa|comunicaci[oó]n(?:es)?|office|embassy|consulate|command|staff(?!\s+sgt)|press|communications?|desk|team|service|unit|department|ministry|news|media|secretariat|agency|bureau|headquarters|force|forces|navy|army|guard|government|division|branch|section|wire|reports?)\b/i

// A military rank before a capitalized name ("Sgt. Alyssa K. Moreno", "Petty Officer 2nd Class Jo Lee",
// "Sgt. 1st Class Dalton R. Pruitt", "Lt. j.g. Hannah R. Whitcombe").
const RANK_PREFIX =
  /^(?:(?:staff|master|tech\.?|technical|first|senior|chief|command|lance|gunnery|1st|2nd|sgt\.?|sergeant)\s+)*(?:sgt\.?|sergeant|cpl\.?|corporal|spc\.?|specialist|pfc\.?|pvt\.?|private|airman|lt\.?|lieutenant|capt\.?|captain|maj\.?|major|col\.?|colonel|cmdr\.?|lt\.? cmdr\.?|ensign|seaman|petty officer|mass communication specialist)(?: (?:1st|2nd|3rd|first|second|third) class| \(?j\.\s?g\.\)?)?\s+/i
const rankedAuthor = (author: string): boolean => {
  const rank = RANK_PREFIX.exec(author)
  return rank !== null && /^\p{Lu}[\p{L}'’-]*\.?\s+\p{Lu}/u.test(author.slice(rank[0].length))
}

// A government's news service: "Government Information Unit", "Jamaica Information Service", "Department of Public Information".
const INFORMATION_SERVICE = /\b(?:information (?:service|unit|office|agency)|department of public information|GIS|JIS|DPI|SKNIS|GIU)\b/i

// A government news service by name; narrower than INFORMATION_SERVICE, which also reads bylines
// ("by the Information Unit"): a publisher named "Public Information Office" issues releases.
const NEWS_SERVICE = /\b(?:government information (?:service|unit|agency)|(?:jamaica|national) information service|department of public information|GIS|JIS|DPI|SKNIS|GIU)\b/i

// A newsroom's own signature: "Staff Reporter", "Staff Writer", "Our Correspondent".
const STAFF_WRITER = /^(?:(?:story |written |posted .*)?by\s+)?(?:(?:a |our |the )?(?:staff|news) (?:reporter|writer)s?|(?:our |a )?correspondents?)$/i

/** True when a byline names a person ("By Staff Sgt. Leonel M. Arriaga, U.S. Army South Public Affairs"). */
export function bylinePerson(byline: string): boolean {
  const author = byline.replace(/^(?:story |article |written |photos? and story |words )?by[:\s]+/i, '').split(/,|\s+[|–—-]\s+/)[0]?.trim() ?? ''
  if (author.length === 0) return false
  // "Story by Sgt. Alyssa K. Moreno U.S. Army South": a ranked author is a person, whatever unit
  // the page runs on after the name.
  if (rankedAuthor(author)) return true
  if (OFFICE_WORDS.test(author)) return false
  const names = author.split(/\s+/).filter((w) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(w))
  return names.length >= 2 && names.length === author.split(/\s+/).length
}

function pathOf(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    return new URL(url).pathname.toLowerCase()
  } catch {
    return null
  }
}

/**
 * The kind and the cues that decided it. Explicit cues (title, page labels, the body's opening
 * words, class names such as "category-press-releases", URL paths such as /media-notes/) win,
 * the most specific kind first; then the site's usual kind; then the weak cues are scored: a
 * "News" label or /news/ path counts for a press release on an organization's site (its news
 * section holds its releases) and for news elsewhere, a news-story class counts for news twice,
 * the publisher's nature counts 1.5 (organization: press release) or 3 (news outlet: news).
 * A page with no cue at all is a press release.
 */
export function detectKind(input: KindInput): { kind: DocumentKind; rule: string } {
  const strong: Cue[] = []
  const weak: Cue[] = []
  const add = (hit: Cue | null): void => {
    if (hit) (hit.weak ? weak : strong).push(hit)
  }
  if (input.title) add(matchCue('title', input.title))
  for (const label of input.labels) add(matchCue('label', label))
  add(matchCue('head', input.head.slice(0, 600)))
  for (const token of input.classTokens ?? []) add(matchCue('class', token))
  const path = pathOf(input.url)
  if (path) add(matchCue('url', path))
  let best: Cue | null = null
  for (const s of strong) if (!best || SPECIFICITY[s.kind] > SPECIFICITY[best.kind]) best = s
  if (best) return { kind: best.kind, rule: best.id }
  if (input.siteKind) return { kind: input.siteKind, rule: 'site' }
  // A story signed by a person ("By Senior Airman Jane Doe, Joint Task Force-Bravo") is a news
  // story, whatever menu it sits under: an office issues its releases under its own name ("By
  // U.S. Embassy Bridgetown").
  if (input.byline && bylinePerson(input.byline)) return { kind: 'news', rule: 'byline-person' }
  // "by Government Information Unit": the government's news service wrote it, a news story.
  if (input.byline && INFORMATION_SERVICE.test(input.byline)) return { kind: 'news', rule: 'byline-information-service' }
  // "Posted … by Staff Reporter": a newsroom's signature (on an organization's site, its own writer).
  if (input.byline && input.publisher !== 'organization' && STAFF_WRITER.test(input.byline)) return { kind: 'news', rule: 'byline-staff-writer' }
  // The site of a government's news service ("GIS Dominica", "Jamaica Information Service"): its
  // stories are news, as the kind rule of fixtures/README.md says.
  if (input.publisherName && NEWS_SERVICE.test(input.publisherName)) return { kind: 'news', rule: 'publisher-information-service' }

  const org = input.publisher === 'organization'
  const score: Partial<Record<DocumentKind, { points: number; ids: string[] }>> = {}
  const credit = (kind: DocumentKind, points: number, id: string): void => {
    const s = (score[kind] ??= { points: 0, ids: [] })
    s.points += points
    if (!s.ids.includes(id)) s.ids.push(id)
  }
  // Only a class or path that says "news story" speaks for news on an organization's site; a
  // plain "News" label there speaks for news too when such a cue backs it.
  const story = weak.some((w) => w.strength > 1)
  for (const w of weak) {
    if (w.strength > 1) credit('news', w.strength, w.id)
    else credit(org && !story ? 'press_release' : 'news', w.strength, w.id)
  }
  if (org) credit('press_release', 1.5, 'organization')
  if (input.publisher === 'news') credit('news', 3, 'publisher:news')
  let winner: DocumentKind | null = null
  for (const kind of Object.keys(score) as DocumentKind[]) {
    const s = score[kind]
    const w = winner ? score[winner] : undefined
    if (!s) continue
    if (!w || s.points > w.points || (s.points === w.points && SPECIFICITY[kind] > SPECIFICITY[winner as DocumentKind])) winner = kind
  }
  // No cue at all: the pages of this domain that name no kind are, overwhelmingly, the releases
  // of the office whose site they are on.
  if (!winner) return { kind: 'press_release', rule: 'default' }
  const ids = score[winner]?.ids ?? []
  const rule = ids.length === 1 && ids[0] === 'organization' ? 'publisher:organization' : ids.join('+')
  return { kind: winner, rule }
}
