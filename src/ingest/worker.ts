/**
 * The worker-thread side of `createDocumentPool`: the context is built while the module loads,
 * so the thread only reports ready once it can work; each task signals its start first, so the
 * time limit covers the document alone. Results go back as JSON lines (`encodeResult`).
 */
import { workerData } from 'piscina'
import { createContext, type ContextOptions } from '../context.js'
import { signalStart, type PoolTask } from './pool.js'
import { encodeResult, processInput, type EncodedResult, type ProcessResult } from './process.js'

const ctx = createContext((workerData as { contextOptions?: ContextOptions } | undefined)?.contextOptions ?? {})

export default function processTask(task: PoolTask): ProcessResult | EncodedResult {
  signalStart(task)
  return encodeResult(processInput(task.input, ctx))
}
