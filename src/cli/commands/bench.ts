import type { Command } from 'commander'
import { availableParallelism } from 'node:os'
import { runBench } from '../../bench/run.js'
import { ExitError, positiveInt } from '../errors.js'

export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('measure throughput (docs/s, MB/s, per-stage ms), peak memory, and ratios against baselines run in the same process')
    .option('--docs <n>', 'documents in the corpus', positiveInt('--docs'), 400)
    .option('--threads <n>', 'worker threads for the all-cores pass (default: number of cores)', positiveInt('--threads'))
    .option('--rss-sizes <list>', 'archive sizes for the peak-RSS ingests, comma-separated; "none" to skip', '1000,20000')
    .option('--watch-files <n>', 'files dropped one at a time into a watched inbox for the watch latency (0 to skip)', (v: string) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < 0) throw new ExitError(2, `Expected --watch-files to be a whole number from 0 up, got ${JSON.stringify(v)}`)
      return n
    }, 5)
    .option('--warmup <n>', 'documents each pass and each worker runs before the clock starts', (v: string) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < 0) throw new ExitError(2, `Expected --warmup to be a whole number from 0 up, got ${JSON.stringify(v)}`)
      return n
    }, 1000)
    .option('--root <dir>', 'project folder whose raw/ and fixtures/ seed the corpus', '.')
    .action(async (opts: { docs: number; threads?: number; rssSizes: string; root: string; watchFiles: number; warmup: number }) => {
      const rssSizes =
        opts.rssSizes === 'none'
          ? []
          : opts.rssSizes.split(',').map((s) => {
              const n = Number(s.trim())
              if (!Number.isInteger(n) || n < 1) throw new ExitError(2, `Expected --rss-sizes to be whole numbers like 1000,20000, got ${JSON.stringify(opts.rssSizes)}`)
              return n
            })
      await runBench({ docs: opts.docs, threads: opts.threads ?? availableParallelism(), rssSizes, root: opts.root, watchFiles: opts.watchFiles, warmup: opts.warmup }, (l) => console.log(l))
    })
}
