// PLACEHOLDER, replaced by the events work.
import type { Stage } from '../../types.js'

export const eventsStage: Stage = (doc) => doc
