/** Reads an input file and its fetch sidecar (`<name>.meta.json`, written by `pressroom fetch`). */
import { readFile, stat } from 'node:fs/promises'
import { sha256Hex } from '../document.js'
import { MAX_INPUT_BYTES } from '../stages/load/index.js'
import type { ErrorRecord } from '../schema/records.js'
import type { InputFile } from './discover.js'
import type { RawInput } from './process.js'

/**
 * `fingerprint` names everything the result depends on besides the pipeline: the content hash
 * and the sidecar URL, or the size of a file refused unread. `null` means "never reuse" (the
 * file could not be read); `gone` means the file vanished before it could be read.
 */
export type ReadResult =
  | { readonly ok: true; readonly input: RawInput; readonly fingerprint: string }
  | { readonly ok: false; readonly error: ErrorRecord; readonly fingerprint: string | null; readonly gone: boolean }

export async function readInput(file: InputFile): Promise<ReadResult> {
  try {
    const st = await stat(file.abs)
    if (st.size > MAX_INPUT_BYTES) {
      return {
        ok: false,
        gone: false,
        fingerprint: `size:${st.size}`,
        error: {
          path: file.rel,
          code: 'load/too-large',
          message: `the file is ${(st.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit for one release`,
        },
      }
    }
    const bytes = await readFile(file.abs)
    const url = await sidecarUrl(file.abs)
    return { ok: true, input: { path: file.rel, bytes, url }, fingerprint: `sha256:${sha256Hex(bytes)}|url:${url ?? '-'}` }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    return {
      ok: false,
      gone: code === 'ENOENT',
      fingerprint: null,
      error: { path: file.rel, code: 'read/failed', message: `could not read the file (${code})` },
    }
  }
}

/** The sidecar of `x.html` is `x.meta.json`. */
export function sidecarPath(abs: string): string | null {
  const sidecar = abs.replace(/\.[^./]+$/, '') + '.meta.json'
  return sidecar === abs ? null : sidecar
}

async function sidecarUrl(abs: string): Promise<string | null> {
  const sidecar = sidecarPath(abs)
  if (!sidecar) return null
  try {
    const meta = JSON.parse(await readFile(sidecar, 'utf8')) as { url?: unknown }
    return typeof meta.url === 'string' ? meta.url : null
  } catch {
    return null
  }
}
