/**
 * Resumability through the real CLI: an ingest killed with SIGKILL mid-batch, then run again,
 * writes the same bytes as an uninterrupted run and does not redo the documents it finished.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildCli, ROOT, type BuiltCli } from './cli-build.js'

const INPUTS = 60

let dir: string
let inbox: string
let built: BuiltCli

beforeAll(async () => {
  built = await buildCli()
  dir = mkdtempSync(join(tmpdir(), 'pressroom-resume-'))
  inbox = join(dir, 'inbox')
  // Short ordinary releases (HTML and text), so the batch is quick but long enough to kill mid-way.
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'hostile-corpus.mjs'), inbox, '--count', String(INPUTS), '--good-only'], { stdio: 'ignore' })
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function run(out: string, ...extra: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [built.cli, 'ingest', inbox, '--out', out, '-c', '2', ...extra], { encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function counts(stdout: string): { processed: number; reused: number } {
  const m = /\((\d+) processed, (\d+) reused\)/.exec(stdout)
  if (!m) throw new Error(`no summary line in: ${stdout}`)
  return { processed: Number(m[1]), reused: Number(m[2]) }
}

function entries(out: string): number {
  const root = join(out, '.store', 'entries')
  if (!existsSync(root)) return 0
  let n = 0
  for (const shard of readdirSync(root)) {
    try {
      n += readdirSync(join(root, shard)).filter((f) => !f.endsWith('.tmp')).length
    } catch {
      // a shard created between the two listings
    }
  }
  return n
}

const outputs = (out: string): string[] => ['documents.jsonl', 'events.jsonl', 'errors.jsonl'].map((f) => readFileSync(join(out, f), 'utf8'))

describe('ingest resumes after kill -9', () => {
  test('a killed run, run again, equals an uninterrupted run, and finished documents are reused', async () => {
    const killed = join(dir, 'killed')
    const child = spawn(process.execPath, [built.cli, 'ingest', inbox, '--out', killed, '-c', '2'], { stdio: 'ignore' })
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)))
    let atKill = 0
    for (;;) {
      atKill = entries(killed)
      if (atKill >= 15 || child.exitCode !== null) break
      await new Promise((r) => setTimeout(r, 10))
    }
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
    // Killed mid-batch: some entries stored, no outputs projected yet.
    expect(atKill).toBeGreaterThanOrEqual(15)
    expect(atKill).toBeLessThan(INPUTS)
    expect(existsSync(join(killed, 'documents.jsonl'))).toBe(false)

    const resumed = run(killed)
    expect(resumed.stderr).toBe('')
    const c = counts(resumed.stdout)
    expect(c.processed + c.reused).toBe(INPUTS)
    expect(c.reused).toBeGreaterThanOrEqual(atKill)

    const clean = join(dir, 'clean')
    const uninterrupted = run(clean)
    expect(counts(uninterrupted.stdout)).toEqual({ processed: INPUTS, reused: 0 })
    expect(outputs(killed)).toEqual(outputs(clean))
    expect(outputs(clean)[0]!.split('\n').filter(Boolean).length + outputs(clean)[2]!.split('\n').filter(Boolean).length).toBe(INPUTS)

    // No temp file survives a completed run, even after a kill.
    const stray = (readdirSync(killed, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'))
    expect(stray).toEqual([])
  })
})
