/** The document kind (readout, press release, media note, …) from wording cues kept in data/kind-cues.json. */
import { z } from 'zod'
import type { DocumentKind } from '../../schema/records.js'
import { DocumentKind as DocumentKindSchema } from '../../schema/records.js'
import cueData from './data/kind-cues.json' with { type: 'json' }
import { straightQuotes } from './chrome.js'

const CueFile = z.object({
  cues: z.array(
    z.object({ id: z.string(), kind: DocumentKindSchema, where: z.enum(['label', 'title', 'head']), pattern: z.string(), weak: z.boolean().optional() }),
  ),
})

type Where = 'label' | 'title' | 'head'

const cues = CueFile.parse(cueData).cues.map((c) => ({
  kind: c.kind,
  where: c.where,
  weak: c.weak ?? false,
  id: c.id,
  re: new RegExp(c.pattern, 'i'),
}))

interface Hit {
  readonly kind: DocumentKind
  readonly id: string
  readonly weak: boolean
}

function matchCue(where: Where, text: string): Hit | null {
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
  news: 2,
  other: 0,
}

export type PublisherClass = 'organization' | 'news' | null

export interface KindInput {
  readonly title: string | null
  readonly labels: readonly string[]
  readonly head: string
  /** The kind a site rule gives its pages when they name none. */
  readonly siteKind: DocumentKind | null
  /** Whether the publisher is an organization (which issues releases) or a news outlet. */
  readonly publisher: PublisherClass
}

/**
 * The kind and the cue that decided it. Explicit cues (title, page labels, the body's opening
 * words) win, the most specific first; then the site's usual kind; then a "News" section label,
 * which on an organization's own site holds its releases; then the publisher's nature.
 */
export function detectKind(input: KindInput): { kind: DocumentKind; rule: string } {
  const strong: { hit: Hit; source: string }[] = []
  let weak: Hit | null = null
  if (input.title) {
    const hit = matchCue('title', input.title)
    if (hit) strong.push({ hit, source: 'title' })
  }
  for (const label of input.labels) {
    const hit = matchCue('label', label)
    if (!hit) continue
    if (hit.weak) weak ??= hit
    else strong.push({ hit, source: 'label' })
  }
  const head = matchCue('head', input.head.slice(0, 600))
  if (head) strong.push({ hit: head, source: 'head' })
  let best: { hit: Hit; source: string } | null = null
  for (const s of strong) if (!best || SPECIFICITY[s.hit.kind] > SPECIFICITY[best.hit.kind]) best = s
  if (best) return { kind: best.hit.kind, rule: best.hit.id }
  if (input.siteKind) return { kind: input.siteKind, rule: 'site' }
  if (weak) return input.publisher === 'organization' ? { kind: 'press_release', rule: `${weak.id}+organization` } : { kind: 'news', rule: weak.id }
  if (input.publisher === 'news') return { kind: 'news', rule: 'publisher:news' }
  if (input.publisher === 'organization') return { kind: 'press_release', rule: 'publisher:organization' }
  return { kind: 'other', rule: 'default' }
}
