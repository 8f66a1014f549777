/**
 * Lists of those present: "Present at the ceremony were:" followed by one name per line, "The
 * participating nations are:" or "The graduates came from:" followed by a list. The people,
 * institutions and countries of the list items attend the event the introducing clause belongs to
 * (it names "the ceremony" or opens one), or the report's main event when that clause reports none.
 */
import type { Span } from '../../types.js'
import type { Frame } from './frames.js'
import type { EntityMention } from './mentions.js'
import { addNamedParty, type Built } from './participants.js'

/** A clause that introduces a list of those taking part, ending in a colon. */
const introducer =
  /\b(?:present|attend(?:ed|ing|ees)?|in attendance|participants?|participating|taking part|took part|delegations?|guests|representatives|joined by|included|graduates|trainees|students|came from|drawn from|from the following)\b[^:]{0,80}:\s*$/i

/** A list item (a line, a bullet, a table row) is short. */
const maxItem = 160

/**
 * Gives each event the lists its own clauses introduce; a list introduced by a clause that reports
 * no event ("Participating nations are:") belongs to the report's main event.
 */
export function addListedAttendees(
  text: string,
  paragraphs: readonly Span[],
  built: readonly Built[],
  frames: readonly Frame[],
  mentions: readonly EntityMention[],
  sentenceOf: (o: number) => number,
): void {
  const owned = new Set(built.flatMap((b) => b.draft.frames))
  for (const b of built) addLists(text, paragraphs, b, b.draft.frames, mentions, sentenceOf)
  const main = built[0]
  if (main) addLists(text, paragraphs, main, frames.filter((f) => !owned.has(f) && f.hits.length === 0), mentions, sentenceOf)
}

function addLists(
  text: string,
  paragraphs: readonly Span[],
  b: Built,
  frames: readonly Frame[],
  mentions: readonly EntityMention[],
  sentenceOf: (o: number) => number,
): void {
  for (const f of frames) {
    if (!introducer.test(f.text)) continue
    // The items are the paragraphs after the introducer's, while they stay short.
    let i = paragraphs.findIndex((p) => p.start <= f.clause.start && f.clause.end <= p.end)
    if (i < 0 || paragraphs[i]!.end !== f.clause.end) continue
    for (i++; i < paragraphs.length; i++) {
      const p = paragraphs[i]!
      if (p.end - p.start > maxItem) break
      for (const m of mentions) {
        if (m.start < p.start || m.end > p.end || m.kind === 'place') continue
        addNamedParty(b, { ...m, kind: m.kind, country: m.kind === 'country' ? m.id : m.country }, ['attendee'], 'role:listed-attendee', sentenceOf)
      }
      // A list ends with its last item: "…;", "…," or a bare table row continues, "." closes it.
      if (/\.\s*$/.test(text.slice(p.start, p.end))) break
    }
  }
}
