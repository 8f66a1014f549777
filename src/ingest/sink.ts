/** Writes output files atomically: a temp file beside the target, then rename. */
import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { publishedSchemas } from '../schema/records.js'

let counter = 0

/** A temp name beside `path`, unique within this process and across processes. */
export function tempPath(path: string, suffix = '.tmp'): string {
  return `${path}.${process.pid}-${++counter}${suffix}`
}

export interface WriteOptions {
  /**
   * fsync before the rename, so the file survives power loss. Store entries skip it: a torn
   * entry is detected on read and recomputed.
   * @default true
   */
  readonly sync?: boolean
  /** Ending of the temp file's name; both `.tmp` and `.part` are skipped by discovery and watch. @default '.tmp' */
  readonly tempSuffix?: string
}

export async function writeAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const writer = await openAtomic(path, options)
  try {
    await writer.write(content)
  } catch (error) {
    await writer.abort()
    throw error
  }
  await writer.commit()
}

/** A file written in pieces and published whole: nothing appears at `path` until `commit()`. */
export interface AtomicWriter {
  write(chunk: string | Uint8Array): Promise<void>
  /** Flushes, syncs, closes and renames onto the target. */
  commit(): Promise<void>
  /** Closes and deletes the temp file; the target is untouched. */
  abort(): Promise<void>
}

const FLUSH_BYTES = 1 << 20

export async function openAtomic(path: string, options: WriteOptions = {}): Promise<AtomicWriter> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = tempPath(path, options.tempSuffix)
  const handle: FileHandle = await open(tmp, 'w')
  let pending: Buffer[] = []
  let size = 0
  let closed = false
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const data = Buffer.concat(pending)
    pending = []
    size = 0
    await handle.write(data)
  }
  return {
    async write(chunk) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      pending.push(buf)
      size += buf.length
      if (size >= FLUSH_BYTES) await flush()
    },
    async commit() {
      try {
        await flush()
        if (options.sync ?? true) await handle.sync()
      } finally {
        closed = true
        await handle.close()
      }
      await rename(tmp, path)
    },
    async abort() {
      if (!closed) {
        closed = true
        await handle.close().catch(() => undefined)
      }
      await rm(tmp, { force: true })
    },
  }
}

/** out/schema/<name>.schema.json, generated from the zod schemas; unchanged files are not rewritten. */
export async function writeSchemas(outDir: string): Promise<void> {
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    const json = JSON.stringify(z.toJSONSchema(schema, { target: 'draft-2020-12' }), null, 2) + '\n'
    const path = join(outDir, 'schema', `${name}.schema.json`)
    const current = await readFile(path, 'utf8').catch(() => null)
    if (current !== json) await writeAtomic(path, json)
  }
}
