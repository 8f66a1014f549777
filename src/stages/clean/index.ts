// PLACEHOLDER, replaced by the cleaning work: text passes through unchanged.
import type { Stage } from '../../types.js'

export const cleanStage: Stage = (doc) => ({ ...doc, text: doc.input, paragraphs: [{ start: 0, end: doc.input.length }] })
