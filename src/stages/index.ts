/** The ordered stages of the pipeline. Each is a pure `(doc, ctx) => doc`. */
import type { NamedStage } from '../types.js'
import { loadStage } from './load/index.js'
import { cleanStage } from './clean/index.js'
import { segmentStage } from './segment.js'
import { datesStage } from './dates/index.js'
import { entitiesStage } from './entities/index.js'
import { eventsStage } from './events/index.js'
import { validateStage } from './validate.js'

export const stages: readonly NamedStage[] = [
  { name: 'load', run: loadStage },
  { name: 'clean', run: cleanStage },
  { name: 'segment', run: segmentStage },
  { name: 'dates', run: datesStage },
  { name: 'entities', run: entitiesStage },
  { name: 'events', run: eventsStage },
  { name: 'validate', run: validateStage },
]
