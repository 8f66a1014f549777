/**
 * Where `processInput` runs. Batch and watch code only see a `ProcessFn`, so the in-thread
 * processor (tests, small runs) and the worker pool of ./pool.ts (the CLI: all cores, a
 * per-document time limit) are interchangeable.
 */
import type { Context } from '../types.js'
import { processInput, type ProcessResult, type RawInput } from './process.js'

/** Processes one input. Must not reject: a bad input is an error result. */
export type ProcessFn = (input: RawInput) => Promise<ProcessResult>

/** Runs in this thread: no time limit can interrupt a runaway stage. */
export function inlineProcess(ctx: Context): ProcessFn {
  return async (input) => processInput(input, ctx)
}
