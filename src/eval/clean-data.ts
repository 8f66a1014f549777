/**
 * Reads the two cleaning benchmark layouts: scrapinghub (`html/<id>.html.gz` and one
 * `ground-truth.json`) and WCXB (`html/<split>-<id>.html.gz` and `ground-truth/<same>.json`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { z } from 'zod'

export type BenchmarkKind = 'scrapinghub' | 'wcxb'

export interface BenchmarkPage {
  readonly id: string
  readonly url: string | null
  readonly html: Uint8Array
  readonly body: string
  /** WCXB only: snippets that must (with) and must not (without) be in the body. */
  readonly with: readonly string[]
  readonly without: readonly string[]
  readonly title: string | null
  readonly published: string | null
}

export interface Benchmark {
  readonly name: string
  readonly kind: BenchmarkKind
  readonly pages: readonly BenchmarkPage[]
}

const ScrapinghubTruth = z.record(z.string(), z.object({ url: z.string().nullable().optional(), articleBody: z.string() }))

const WcxbTruth = z.object({
  url: z.string().nullable().optional(),
  ground_truth: z.object({
    title: z.string().nullable().optional(),
    publish_date: z.string().nullable().optional(),
    main_content: z.string(),
    with: z.array(z.string()).nullable().optional(),
    without: z.array(z.string()).nullable().optional(),
  }),
})

function gunzip(path: string): Uint8Array {
  return gunzipSync(readFileSync(path))
}

/** Which layout `dir` has, or null. */
export function benchmarkKind(dir: string): BenchmarkKind | null {
  if (existsSync(join(dir, 'ground-truth.json')) && existsSync(join(dir, 'html'))) return 'scrapinghub'
  if (existsSync(join(dir, 'ground-truth')) && existsSync(join(dir, 'html'))) return 'wcxb'
  return null
}

/** The benchmarks in `dir`: the folder itself, or each of its sub-folders that has a known layout. */
export function findBenchmarks(dir: string): string[] {
  if (benchmarkKind(dir)) return [dir]
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && benchmarkKind(join(dir, e.name)) !== null)
    .map((e) => join(dir, e.name))
    .sort()
}

export function loadBenchmark(dir: string): Benchmark {
  const kind = benchmarkKind(dir)
  const name = dir.replace(/\/+$/, '').split('/').pop() ?? dir
  if (kind === 'scrapinghub') {
    const truth = ScrapinghubTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')))
    const pages: BenchmarkPage[] = Object.keys(truth)
      .sort()
      .filter((id) => existsSync(join(dir, 'html', `${id}.html.gz`)))
      .map((id) => ({
        id,
        url: truth[id]?.url ?? null,
        html: gunzip(join(dir, 'html', `${id}.html.gz`)),
        body: truth[id]?.articleBody ?? '',
        with: [],
        without: [],
        title: null,
        published: null,
      }))
    return { name, kind, pages }
  }
  if (kind === 'wcxb') {
    const pages: BenchmarkPage[] = readdirSync(join(dir, 'ground-truth'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => f.replace(/\.json$/, ''))
      .filter((id) => existsSync(join(dir, 'html', `${id}.html.gz`)))
      .map((id) => {
        const t = WcxbTruth.parse(JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8')))
        return {
          id,
          url: t.url ?? null,
          html: gunzip(join(dir, 'html', `${id}.html.gz`)),
          body: t.ground_truth.main_content,
          with: t.ground_truth.with ?? [],
          without: t.ground_truth.without ?? [],
          title: t.ground_truth.title ?? null,
          published: t.ground_truth.publish_date ?? null,
        }
      })
    return { name, kind, pages }
  }
  throw new Error(`Expected a scrapinghub or WCXB benchmark folder, got ${dir}`)
}
