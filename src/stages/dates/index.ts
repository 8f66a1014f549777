// PLACEHOLDER, replaced by the dates work.
import type { Stage } from '../../types.js'

export const datesStage: Stage = (doc) => doc
