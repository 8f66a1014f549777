/** segment: sentence spans for the stages that reason sentence by sentence. */
import { splitSentences } from '../text/sentences.js'
import type { Stage } from '../types.js'

export const segmentStage: Stage = (doc) => ({ ...doc, sentences: splitSentences(doc.text, doc.paragraphs) })
