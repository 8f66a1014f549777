import { hasErrors, report } from './document.js'
import type { Context, Document, NamedStage } from './types.js'

export interface PipelineTiming {
  readonly [stage: string]: number
}

/**
 * Runs the stages in order. A stage that throws becomes an `internal/<stage>` error on this
 * document only; the pipeline stops at the first error-severity diagnostic.
 * `timing`, when given, receives the milliseconds each stage took.
 */
export function runPipeline(
  doc: Document,
  stages: readonly NamedStage[],
  ctx: Context,
  timing?: Record<string, number>,
): Document {
  let current = doc
  for (const stage of stages) {
    if (hasErrors(current)) break
    const t0 = timing ? performance.now() : 0
    try {
      current = stage.run(current, ctx)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      current = report(current, {
        severity: 'error',
        code: `internal/${stage.name}`,
        message: `stage ${stage.name} failed: ${message}`,
      })
    }
    if (timing) timing[stage.name] = (timing[stage.name] ?? 0) + performance.now() - t0
  }
  return current
}
