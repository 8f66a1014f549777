/**
 * Reads the gazetteer files next to this module (src/gazetteers/data, or dist/gazetteers/data
 * after the build copies them) and builds the indexes. Call once per process.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { buildGazetteers, type BuildResult } from './build.js'
import { FILES } from './schemas.js'
import { decodeSnapshot, encodeSnapshot, snapshotKey } from './snapshot.js'
import type { Gazetteers } from './types.js'

export const DATA_DIR = new URL('./data/', import.meta.url)

/** The prebuilt index inside a data folder (written by `npm run build`; see snapshot.ts). */
export const SNAPSHOT_FILE = 'index.v8'

/** Reads every gazetteer file; a missing file is left out (buildGazetteers reports it). */
export function readGazetteerFiles(dir: URL = DATA_DIR): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of Object.keys(FILES)) {
    try {
      files[name] = readFileSync(new URL(name, dir), 'utf8')
    } catch {
      // reported as "file is missing"
    }
  }
  return files
}

/** Validates the gazetteer files without throwing: `{errors, warnings}` as `file:line: reason`. */
export function validateGazetteers(dir: URL = DATA_DIR): { errors: string[]; warnings: string[] } {
  const { errors, warnings } = buildGazetteers(readGazetteerFiles(dir))
  return { errors, warnings }
}

/**
 * Loads, validates and indexes all gazetteers. Throws on a broken file: that is a packaging or
 * editing mistake to fix before any document is processed, not a per-document problem. Reads the
 * prebuilt index when `dir` holds one built from exactly these files (validated when it was
 * written), and builds from the files otherwise.
 */
export function loadGazetteers(dir: URL = DATA_DIR): Gazetteers {
  const files = readGazetteerFiles(dir)
  const prebuilt = readSnapshot(dir, files)
  if (prebuilt) return prebuilt
  return buildFrom(files, dir)
}

/** Validates and builds the index from the files, ignoring any snapshot; throws like `loadGazetteers`. */
export function buildGazetteersFrom(dir: URL = DATA_DIR): Gazetteers {
  return buildFrom(readGazetteerFiles(dir), dir)
}

/**
 * Builds the index from `dir`'s files and writes it to `dir/index.v8` for `loadGazetteers` to
 * read. Throws on invalid data, so a broken gazetteer fails the build.
 */
export function writeSnapshot(dir: URL = DATA_DIR): { bytes: number } {
  const files = readGazetteerFiles(dir)
  const bytes = encodeSnapshot(buildFrom(files, dir), snapshotKey(files))
  writeFileSync(new URL(SNAPSHOT_FILE, dir), bytes)
  return { bytes: bytes.length }
}

function readSnapshot(dir: URL, files: Readonly<Record<string, string>>): Gazetteers | null {
  let bytes: Buffer
  try {
    bytes = readFileSync(new URL(SNAPSHOT_FILE, dir))
  } catch {
    return null
  }
  return decodeSnapshot(bytes, snapshotKey(files))
}

function buildFrom(files: Readonly<Record<string, string>>, dir: URL): Gazetteers {
  const result: BuildResult = buildGazetteers(files)
  if (!result.gazetteers) {
    const shown = result.errors.slice(0, 20).map((e) => `  ${e}`)
    const more = result.errors.length > 20 ? [`  ... and ${result.errors.length - 20} more`] : []
    throw new Error(`Invalid gazetteer data in ${dir.pathname}:\n${[...shown, ...more].join('\n')}`)
  }
  return result.gazetteers
}
