/** Reads an input file and its fetch sidecar (`<name>.meta.json`, written by `pressroom fetch`). */
import { readFile, stat } from 'node:fs/promises'
import { MAX_INPUT_BYTES } from '../stages/load/index.js'
import type { ErrorRecord } from '../schema/records.js'
import type { InputFile } from './discover.js'
import type { RawInput } from './process.js'

export type ReadResult = { readonly ok: true; readonly input: RawInput } | { readonly ok: false; readonly error: ErrorRecord }

export async function readInput(file: InputFile): Promise<ReadResult> {
  try {
    const st = await stat(file.abs)
    if (st.size > MAX_INPUT_BYTES) {
      return {
        ok: false,
        error: {
          path: file.rel,
          code: 'load/too-large',
          message: `the file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit for one release`,
        },
      }
    }
    const bytes = await readFile(file.abs)
    const url = await sidecarUrl(file.abs)
    return { ok: true, input: { path: file.rel, bytes, url } }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    return { ok: false, error: { path: file.rel, code: 'read/failed', message: `could not read the file (${code})` } }
  }
}

async function sidecarUrl(abs: string): Promise<string | null> {
  const sidecar = abs.replace(/\.[^./]+$/, '') + '.meta.json'
  if (sidecar === abs) return null
  try {
    const meta = JSON.parse(await readFile(sidecar, 'utf8')) as { url?: unknown }
    return typeof meta.url === 'string' ? meta.url : null
  } catch {
    return null
  }
}
