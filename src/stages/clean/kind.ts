/** The document kind (readout, press release, media note, …) from wording cues kept in data/kind-cues.json. */
import { z } from 'zod'
import type { DocumentKind } from '../../schema/records.js'
import { DocumentKind as DocumentKindSchema } from '../../schema/records.js'
import cueData from './data/kind-cues.json' with { type: 'json' }
import { straightQuotes } from './chrome.js'

const CueFile = z.object({
  cues: z.array(z.object({ kind: DocumentKindSchema, where: z.enum(['label', 'title', 'head']), pattern: z.string() })),
})

type Where = 'label' | 'title' | 'head'

const cues = CueFile.parse(cueData).cues.map((c, i) => ({ ...c, id: `${c.where}-${c.kind}-${i}`, re: new RegExp(c.pattern, 'i') }))

/** The kind a page label names ("Press Release", "Media Note"), or null. */
export function kindFromLabel(label: string): DocumentKind | null {
  return matchCue('label', label.trim())?.kind ?? null
}

function matchCue(where: Where, text: string): { kind: DocumentKind; id: string } | null {
  const probe = straightQuotes(text)
  for (const c of cues) if (c.where === where && c.re.test(probe)) return { kind: c.kind, id: c.id }
  return null
}

export interface KindInput {
  readonly title: string | null
  readonly labels: readonly string[]
  readonly head: string
  /** True when the publisher is a newspaper or news agency. */
  readonly newsSite: boolean
}

/** The kind and the cue that decided it. */
export function detectKind(input: KindInput): { kind: DocumentKind; rule: string } {
  if (input.title) {
    const hit = matchCue('title', input.title)
    if (hit) return { kind: hit.kind, rule: `title:${hit.id}` }
  }
  for (const label of input.labels) {
    const hit = matchCue('label', label.trim())
    if (hit) return { kind: hit.kind, rule: `label:${hit.id}` }
  }
  const hit = matchCue('head', input.head.slice(0, 600))
  if (hit) return { kind: hit.kind, rule: `head:${hit.id}` }
  if (input.newsSite) return { kind: 'news', rule: 'site:news' }
  return { kind: 'other', rule: 'default' }
}
