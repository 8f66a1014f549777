/**
 * Reads the gazetteer files next to this module (src/gazetteers/data, or dist/gazetteers/data
 * after the build copies them) and builds the indexes. Call once per process.
 */
import { readFileSync } from 'node:fs'
import { buildGazetteers, type BuildResult } from './build.js'
import { FILES } from './schemas.js'
import type { Gazetteers } from './types.js'

export const DATA_DIR = new URL('./data/', import.meta.url)

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
 * editing mistake to fix before any document is processed, not a per-document problem.
 */
export function loadGazetteers(dir: URL = DATA_DIR): Gazetteers {
  const result: BuildResult = buildGazetteers(readGazetteerFiles(dir))
  if (!result.gazetteers) {
    const shown = result.errors.slice(0, 20).map((e) => `  ${e}`)
    const more = result.errors.length > 20 ? [`  ... and ${result.errors.length - 20} more`] : []
    throw new Error(`Invalid gazetteer data in ${dir.pathname}:\n${[...shown, ...more].join('\n')}`)
  }
  return result.gazetteers
}
