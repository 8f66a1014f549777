import type { Command } from 'commander'
import { availableParallelism } from 'node:os'
import { createContext } from '../../context.js'
import { ingest } from '../../ingest/ingest.js'
import { ExitError, positiveInt } from '../errors.js'
import { createProgress } from '../progress.js'

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('process files or folders (recursively) into <out>/documents.jsonl, events.jsonl, errors.jsonl and schema/')
    .argument('<paths...>', 'input files or folders')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-c, --concurrency <n>', 'documents processed at once (default: number of cores)', positiveInt('--concurrency'))
    .option('--reference <date>', 'reference date (YYYY-MM-DD) for documents with no publication date')
    .action(async (paths: string[], opts: { out: string; concurrency?: number; reference?: string }) => {
      if (opts.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reference)) {
        throw new ExitError(2, `Expected --reference to be a date like 2024-05-01, got ${JSON.stringify(opts.reference)}`)
      }
      const ctx = createContext({ fallbackReference: opts.reference ?? null })
      const progress = createProgress('ingest')
      const summary = await ingest(paths, ctx, {
        out: opts.out,
        concurrency: opts.concurrency ?? availableParallelism(),
        onStart: (total) => progress.start(total),
        onDocument: (file) => progress.tick(file.rel),
      }).catch((error: NodeJS.ErrnoException) => {
        progress.stop()
        if (error.code === 'ENOENT') throw new ExitError(2, `no such file or folder: ${error.path ?? ''}`)
        throw error
      })
      progress.stop()
      console.log(
        `pressroom: ${summary.documents} documents, ${summary.events} events, ${summary.errors} errors in ${summary.seconds.toFixed(2)} s → ${opts.out}/`,
      )
      if (summary.errors > 0) process.exitCode = 1
    })
}
