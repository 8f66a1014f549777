/**
 * `pressroom bench`: in one run, on one corpus, measures (a) the parse floor (read + cheerio
 * load + text), (b) the naive pass (cheerio text + chrono.parse + compromise people/places/
 * organizations over the whole text), (c) the full pipeline on one thread with per-stage times,
 * (d) the full pipeline on all cores, and the peak RSS of whole ingests of two archive sizes.
 * Timings on a shared machine are noisy: read the ratios, which come from the same run.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as cheerio from 'cheerio'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import { createContext } from '../context.js'
import { processInput } from '../ingest/process.js'
import { decode, detectFormat } from '../stages/load/index.js'
import { documentProcessor } from '../ingest/pool.js'
import { buildCorpus, seedInputs, type CorpusDoc } from './corpus.js'

export interface BenchOptions {
  readonly docs: number
  readonly threads: number
  /** Archive sizes whose whole-ingest peak RSS is measured in child processes; empty to skip. */
  readonly rssSizes: readonly number[]
  readonly root: string
}

interface PassResult {
  readonly name: string
  readonly seconds: number
  readonly docs: number
  readonly bytes: number
  readonly peakRssMb: number
}

export async function runBench(options: BenchOptions, print: (line: string) => void): Promise<void> {
  const seeds = seedInputs(options.root)
  const corpus = buildCorpus(seeds, options.docs)
  const totalBytes = corpus.reduce((n, d) => n + d.bytes.length, 0)
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-bench-'))
  try {
    writeCorpus(dir, corpus)
    print(`corpus: ${corpus.length} documents, ${(totalBytes / 1e6).toFixed(2)} MB, from ${seeds.length} seed files (copies varied)`)
    const files = corpus.map((d) => join(dir, d.path))
    const ctx = createContext()
    // Warm up each pass once so JIT and lazy module state do not count against the first.
    parseFloor(readFileSync(files[0]!))
    naive(readFileSync(files[0]!))
    processInput({ path: 'warmup', bytes: readFileSync(files[0]!) }, ctx)

    const floor = await measure('parse floor', files, totalBytes, async (f) => void parseFloor(readFileSync(f)))
    const naivePass = await measure('naive pass', files, totalBytes, async (f) => void naive(readFileSync(f)))
    const timing: Record<string, number> = {}
    const one = await measure('full, 1 thread', files, totalBytes, async (f, i) => {
      processInput({ path: corpus[i]!.path, bytes: readFileSync(f) }, ctx, timing)
    })
    const pool = documentProcessor(ctx, { threads: options.threads })
    // Start the threads (each builds its context) before the clock runs.
    await Promise.all(Array.from({ length: options.threads }, () => pool.process({ path: 'warmup', bytes: readFileSync(files[0]!) })))
    const all = await measure(`full, ${options.threads} threads`, files, totalBytes, async (f, i) => {
      await pool.process({ path: corpus[i]!.path, bytes: readFileSync(f) })
    }, options.threads * 2)
    await pool.close()

    print('')
    print('pass                 docs/s     MB/s   ms/doc   peak RSS')
    for (const r of [floor, naivePass, one, all]) {
      print(
        `${r.name.padEnd(18)} ${rate(r).toFixed(1).padStart(8)} ${((r.bytes / 1e6) / r.seconds).toFixed(2).padStart(8)} ${((1000 * r.seconds) / r.docs).toFixed(2).padStart(8)} ${r.peakRssMb.toFixed(0).padStart(7)} MB`,
      )
    }
    print('')
    print('per-stage ms/doc (full pipeline, 1 thread):')
    print(
      '  ' +
        Object.entries(timing)
          .map(([stage, ms]) => `${stage} ${(ms / corpus.length).toFixed(3)}`)
          .join('  '),
    )
    const cleanMs = (timing['load'] ?? 0) + (timing['clean'] ?? 0)
    if (cleanMs > 0) print(`cleaning stage alone (load + clean): ${((1000 * corpus.length) / cleanMs).toFixed(0)} pages/s on one core`)
    print('')
    print(`full pipeline vs naive ${(rate(one) / rate(naivePass)).toFixed(1)}x`)
    print(`full pipeline ${((100 * rate(one)) / rate(floor)).toFixed(1)}% of parse floor`)
    print(`scaling ${(rate(all) / rate(one)).toFixed(2)}x on ${options.threads} workers`)

    if (options.rssSizes.length > 0) {
      print('')
      const rss: Array<[number, number, number]> = []
      for (const size of options.rssSizes) {
        const r = ingestRss(options.root, seeds, size)
        rss.push([size, r.maxRssKb / 1024, r.seconds])
        print(`ingest of ${size.toLocaleString('en-US')} documents: peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB, ${r.seconds.toFixed(1)} s (${(size / r.seconds).toFixed(0)} docs/s, exit ${r.code})`)
      }
      if (rss.length >= 2) {
        const first = rss[0]!
        const last = rss[rss.length - 1]!
        print(`peak RSS ${last[0].toLocaleString('en-US')} vs ${first[0].toLocaleString('en-US')} documents: ${(last[1] / first[1]).toFixed(2)}x`)
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function rate(r: PassResult): number {
  return r.docs / r.seconds
}

function writeCorpus(dir: string, corpus: readonly CorpusDoc[]): void {
  for (const d of corpus) {
    const p = join(dir, d.path)
    mkdirSync(dirname(p), { recursive: true })
    writeFileSync(p, d.bytes)
  }
}

/** (a) read + cheerio load + text. */
function parseFloor(bytes: Buffer): string {
  const text = decode(bytes)?.text ?? ''
  if (detectFormat(text, '') !== 'html') return text
  const $ = cheerio.load(text)
  return $('body').text()
}

/** (b) what a first version does: whole-text chrono and compromise. */
function naive(bytes: Buffer): number {
  const text = parseFloor(bytes)
  const dates = chrono.parse(text, new Date(Date.UTC(2024, 0, 1)))
  const doc = nlp(text)
  return dates.length + doc.people().length + doc.places().length + doc.organizations().length
}

async function measure(
  name: string,
  files: readonly string[],
  bytes: number,
  work: (file: string, index: number) => Promise<void>,
  parallel = 1,
): Promise<PassResult> {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 25)
  const t0 = performance.now()
  let next = 0
  const lanes = Array.from({ length: parallel }, async () => {
    while (next < files.length) {
      const i = next++
      await work(files[i]!, i)
      if (parallel === 1 && i % 16 === 0) await new Promise((r) => setImmediate(r))
    }
  })
  await Promise.all(lanes)
  const seconds = (performance.now() - t0) / 1000
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { name, seconds, docs: files.length, bytes, peakRssMb: peak / 1024 / 1024 }
}

/** A whole `pressroom ingest` of `size` documents in a child process; its peak RSS. */
function ingestRss(root: string, seeds: readonly CorpusDoc[], size: number): { code: number; seconds: number; maxRssKb: number } {
  const dir = mkdtempSync(join(tmpdir(), `pressroom-rss-${size}-`))
  try {
    writeCorpus(join(dir, 'in'), buildCorpus(seeds, size))
    const child = fileURLToPath(new URL('./rss-child.js', import.meta.url))
    const r = spawnSync(process.execPath, [child, join(dir, 'in'), join(dir, 'out')], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 })
    const last = r.stdout.trim().split('\n').pop() ?? '{}'
    try {
      return JSON.parse(last) as { code: number; seconds: number; maxRssKb: number }
    } catch {
      throw new Error(`the ingest child failed (${r.status}): ${r.stderr.slice(-500)}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export const defaultThreads = availableParallelism()
