/**
 * A prebuilt gazetteer index: `npm run build` validates the TSV files once and writes the built
 * index (entries, trie, word lists) next to them with V8's structured-clone serializer, keyed by a
 * hash of the data files' bytes and the V8 version. `loadGazetteers()` deserializes it when the key
 * still matches the files it reads, which skips tokenizing, validating and inserting ~15,000
 * names at every process start (each worker thread pays the load). When the key does not match
 * (a TSV edited after the build, another Node version, running from src/ under vitest) or the file
 * is missing or unreadable, the loader builds from the TSV files as before, with full validation.
 */
import { createHash } from 'node:crypto'
import { deserialize, serialize } from 'node:v8'
import type { Gazetteers } from './types.js'

const MAGIC = 'pressroom-gazetteers/1'

/** The key a snapshot is valid for: the data files (name and bytes, in name order) and V8's version. */
export function snapshotKey(files: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256')
  hash.update(`${MAGIC}\0${process.versions.v8}\0`)
  for (const name of Object.keys(files).sort()) hash.update(`${name}\0${files[name]}\0`)
  return hash.digest('hex')
}

/** Serializes a built index under its key. */
export function encodeSnapshot(gazetteers: Gazetteers, key: string): Buffer {
  const header = Buffer.from(`${MAGIC} ${key}\n`, 'latin1')
  return Buffer.concat([header, serialize(gazetteers)])
}

/**
 * The index in `bytes` if it was written under `key`; null when the header or key differ or the
 * payload does not deserialize (never a half-read index: the caller builds from the files).
 */
export function decodeSnapshot(bytes: Buffer, key: string): Gazetteers | null {
  const header = `${MAGIC} ${key}\n`
  if (bytes.length <= header.length || bytes.toString('latin1', 0, header.length) !== header) return null
  let value: unknown
  try {
    value = deserialize(bytes.subarray(header.length))
  } catch {
    return null
  }
  if (!isGazetteers(value)) return null
  // The built index freezes its entries; the serializer does not carry that over.
  for (const e of value.entries.values()) Object.freeze(e)
  return value
}

function isGazetteers(v: unknown): v is Gazetteers {
  if (typeof v !== 'object' || v === null) return false
  const g = v as Record<string, unknown>
  const trie = g['trie'] as Record<string, unknown> | undefined
  return (
    g['entries'] instanceof Map &&
    g['heads'] instanceof Map &&
    g['words'] instanceof Map &&
    g['abbreviations'] instanceof Set &&
    typeof trie === 'object' &&
    trie !== null &&
    trie['hits'] instanceof Map &&
    typeof trie['root'] === 'object'
  )
}
