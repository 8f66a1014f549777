/**
 * The worker-thread side of `createDocumentPool`: the context is built while the module loads,
 * so the thread only reports ready once it can work; each task signals its start first, so the
 * time limit covers the document alone. Results go back as JSON lines (`encodeResult`).
 */
import type { MessagePort } from 'node:worker_threads'
import { workerData } from 'piscina'
import { createContext, type ContextOptions } from '../context.js'
import { encodeResult, processInput, type EncodedResult, type ProcessResult, type RawInput } from './process.js'

const ctx = createContext((workerData as { contextOptions?: ContextOptions } | undefined)?.contextOptions ?? {})

export default function processTask(task: { input: RawInput; port: MessagePort }): ProcessResult | EncodedResult {
  task.port.postMessage('start')
  task.port.close()
  return encodeResult(processInput(task.input, ctx))
}
