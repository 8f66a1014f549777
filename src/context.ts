/**
 * The per-process context: gazetteers loaded and frozen once before the first document, and
 * the pipeline version that keys cached results.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { loadGazetteers } from './gazetteers/load.js'
import type { Context } from './types.js'

export interface ContextOptions {
  /** Reference date (YYYY-MM-DD) for documents that state no publication date. @default null */
  readonly fallbackReference?: string | null
}

let cachedVersion: string | undefined

export function createContext(options: ContextOptions = {}): Context {
  return Object.freeze({
    gazetteers: loadGazetteers(),
    fallbackReference: options.fallbackReference ?? null,
    pipelineVersion: pipelineVersion(),
  })
}

/**
 * `<package version>+<hash of the code and data that produce output>`: any change to a rule,
 * a gazetteer or a stage changes it, so cached results are never reused across such a change.
 */
export function pipelineVersion(): string {
  if (cachedVersion) return cachedVersion
  const here = fileURLToPath(new URL('.', import.meta.url))
  const hash = createHash('sha256')
  for (const file of listFiles(here)) {
    hash.update(file.slice(here.length))
    hash.update(readFileSync(file))
  }
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  cachedVersion = `${pkg.version}+${hash.digest('hex').slice(0, 12)}`
  return cachedVersion
}

/** Folders whose code never changes what a document's output is. */
const notOutput = new Set(['cli', 'eval', 'bench', 'check', 'fetch', 'watch', 'store'])

function listFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name)
    const st = statSync(full)
    if (st.isDirectory()) {
      if (!notOutput.has(name)) out.push(...listFiles(full))
    } else if (/\.(js|ts|tsv|json|txt)$/.test(name) && !name.endsWith('.map') && !name.endsWith('.d.ts')) {
      out.push(full)
    }
  }
  return out
}
