/**
 * events: who met, hosted, visited, trained or donated, with whom, when and where. Reads the
 * clauses of the text with the trigger lexicon, attaches arguments found by earlier stages
 * (dates, people, organizations, places), clusters frames that report the same event, and
 * emits EventRecords with this document's attestation. Also sets the document's topics.
 */
import { documentId } from '../../document.js'
import type { TopicRecord } from '../../schema/records.js'
import type { Stage } from '../../types.js'
import { buildEvents } from './build.js'
import { cluster } from './cluster.js'
import { analyze } from './frames.js'

export const eventsStage: Stage = (doc) => {
  if (doc.text.length === 0) return { ...doc, events: [], topics: [] }
  const analysis = analyze(doc)
  const drafts = cluster(analysis.frames)
  // In the order the text first reports them (drafts are made in text order).
  const events = buildEvents(doc, documentId(doc), analysis, drafts)
  const topics = new Map<string, TopicRecord>()
  for (const f of analysis.frames) for (const t of f.topics) topics.set(t.id, { id: t.id, label: t.label })
  return {
    ...doc,
    events,
    topics: [...topics.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  }
}
