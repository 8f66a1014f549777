// PLACEHOLDER, replaced by the entities work.
import type { Stage } from '../../types.js'

export const entitiesStage: Stage = (doc) => doc
