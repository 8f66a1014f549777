/** Runs every fixture case through the pipeline and compares with its expected.json. */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { processInput } from '../ingest/process.js'
import { writeAtomic } from '../ingest/sink.js'
import type { Context } from '../types.js'
import { compareGolden, type Change, type FieldCounts } from './compare.js'
import { serializeGolden, toGolden, type Golden } from './golden.js'

export interface CaseResult {
  readonly name: string
  readonly status: 'match' | 'differs' | 'missing' | 'updated' | 'no-input'
  readonly changes: readonly Change[]
}

export interface CheckResult {
  readonly cases: readonly CaseResult[]
  readonly counts: Readonly<Record<string, FieldCounts>>
}

export interface CheckOptions {
  /** Rewrite expected.json from today's output. @default false */
  readonly update?: boolean
  /** Only cases whose name contains this. */
  readonly filter?: string
}

/** The fixture cases in a folder: sub-folders holding an `input.*` file, sorted by name. */
export async function listCases(dir: string): Promise<Array<{ name: string; input: string | null }>> {
  const entries = await readdir(dir, { withFileTypes: true })
  const cases: Array<{ name: string; input: string | null }> = []
  for (const e of entries.filter((x) => x.isDirectory()).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const files = await readdir(join(dir, e.name))
    const input = files.filter((f) => f.startsWith('input.')).sort()[0] ?? null
    cases.push({ name: e.name, input })
  }
  return cases
}

/** Today's golden for one case. */
export async function runCase(dir: string, name: string, input: string, ctx: Context): Promise<Golden> {
  const bytes = await readFile(join(dir, name, input))
  return toGolden(processInput({ path: `${name}/${input}`, bytes }, ctx))
}

export async function runCheck(dir: string, ctx: Context, options: CheckOptions = {}): Promise<CheckResult> {
  const results: CaseResult[] = []
  const counts: Record<string, FieldCounts> = {}
  for (const { name, input } of await listCases(dir)) {
    if (options.filter && !name.includes(options.filter)) continue
    if (!input) {
      results.push({ name, status: 'no-input', changes: [] })
      continue
    }
    const actual = await runCase(dir, name, input, ctx)
    const expectedPath = join(dir, name, 'expected.json')
    if (options.update) {
      await writeAtomic(expectedPath, serializeGolden(actual))
      results.push({ name, status: 'updated', changes: [] })
      continue
    }
    if (!existsSync(expectedPath)) {
      results.push({ name, status: 'missing', changes: [] })
      continue
    }
    const expected = JSON.parse(await readFile(expectedPath, 'utf8')) as Golden
    const comparison = compareGolden(expected, actual)
    for (const [field, c] of Object.entries(comparison.counts)) {
      const total = (counts[field] ??= { tp: 0, fp: 0, fn: 0 })
      total.tp += c.tp
      total.fp += c.fp
      total.fn += c.fn
    }
    results.push({ name, status: comparison.changes.length === 0 ? 'match' : 'differs', changes: comparison.changes })
  }
  return { cases: results, counts }
}
