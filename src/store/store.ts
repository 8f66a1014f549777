/**
 * The result store under <out>/.store/: one entry file per input path, replaced atomically, so
 * a crashed run leaves every finished document reusable and nothing half-written.
 *
 *   .store/FORMAT                  store layout version
 *   .store/entries/<ab>/<hash>     entry of the input whose path hashes to <ab><hash…>
 *   .store/events-spill.<pid>-<n>.tmp   the projection's full event records while it merges
 *
 * Entries are keyed by path (the inbox's view of a document); whether an entry can be reused is
 * decided by its header (content fingerprint + pipeline version), see src/store/entry.ts.
 */
import { createHash } from 'node:crypto'
import { open, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ProcessResult } from '../ingest/process.js'
import { writeAtomic } from '../ingest/sink.js'
import { decodeEntry, decodeHeader, encodeEntry, type EntryBody, type EntryHeader } from './entry.js'

export const STORE_DIR = '.store'
const LAYOUT = 'pressroom-store 1\n'

export interface Store {
  readonly dir: string
  /** The header of the complete entry stored for `path`, or null (none, torn, or another format). */
  lookup(path: string): Promise<EntryHeader | null>
  /** The whole entry for `path`, or null. */
  read(path: string): Promise<{ header: EntryHeader; body: EntryBody } | null>
  write(path: string, fields: { fingerprint: string; version: string }, result: ProcessResult): Promise<EntryHeader>
  remove(path: string): Promise<void>
  /**
   * Deletes the entries of paths not in `keep`, and temp files a crash left behind (also the
   * projection's event spill files). Returns how many entries went. Not while projecting.
   */
  prune(keep: ReadonlySet<string>): Promise<number>
}

export async function openStore(outDir: string): Promise<Store> {
  const dir = join(outDir, STORE_DIR)
  const layoutFile = join(dir, 'FORMAT')
  const layout = await readFile(layoutFile, 'utf8').catch(() => null)
  if (layout !== LAYOUT) {
    // Unknown or missing layout: start clean rather than misread old entries.
    await rm(join(dir, 'entries'), { recursive: true, force: true })
    await writeAtomic(layoutFile, LAYOUT)
  }
  const fileOf = (path: string): string => {
    const h = entryName(path)
    return join(dir, 'entries', h.slice(0, 2), h.slice(2))
  }

  return {
    dir,
    async lookup(path) {
      let handle
      try {
        handle = await open(fileOf(path), 'r')
      } catch {
        return null
      }
      try {
        const { size } = await handle.stat()
        const line = await readFirstLine(handle)
        const header = line === null ? null : decodeHeader(line, size)
        return header && header.path === path ? header : null
      } finally {
        await handle.close()
      }
    },
    async read(path) {
      const bytes = await readFile(fileOf(path)).catch(() => null)
      if (!bytes) return null
      const entry = decodeEntry(bytes)
      return entry && entry.header.path === path ? entry : null
    },
    async write(path, fields, result) {
      const bytes = encodeEntry({ path, ...fields }, result)
      await writeAtomic(fileOf(path), bytes, { sync: false })
      const header = decodeHeader(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8'), bytes.length)
      if (!header) throw new Error(`store entry for ${path} did not round-trip`)
      return header
    },
    async remove(path) {
      await rm(fileOf(path), { force: true })
    },
    async prune(keep) {
      const keepNames = new Set([...keep].map(entryName))
      let removed = 0
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        if (name.endsWith('.tmp')) await rm(join(dir, name), { force: true })
      }
      const root = join(dir, 'entries')
      for (const shard of await readdir(root).catch(() => [] as string[])) {
        for (const name of await readdir(join(root, shard)).catch(() => [] as string[])) {
          const temp = name.endsWith('.tmp')
          if (!temp && keepNames.has(shard + name)) continue
          await rm(join(root, shard, name), { force: true })
          if (!temp) removed++
        }
      }
      return removed
    },
  }
}

function entryName(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 32)
}

/** The first line of a file (without the newline), or null when there is none. */
async function readFirstLine(handle: Awaited<ReturnType<typeof open>>): Promise<string | null> {
  const chunks: Buffer[] = []
  let position = 0
  for (;;) {
    const buf = Buffer.alloc(4096)
    const { bytesRead } = await handle.read(buf, 0, buf.length, position)
    if (bytesRead === 0) return null
    const part = buf.subarray(0, bytesRead)
    const nl = part.indexOf(0x0a)
    if (nl >= 0) {
      chunks.push(part.subarray(0, nl))
      return Buffer.concat(chunks).toString('utf8')
    }
    chunks.push(part)
    position += bytesRead
    if (position > 1 << 20) return null
  }
}
