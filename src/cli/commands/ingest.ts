import type { Command } from 'commander'
import { availableParallelism } from 'node:os'
import { createContext } from '../../context.js'
import { ingest } from '../../ingest/ingest.js'
import { parseDuration } from '../../watch/duration.js'
import { documentProcessor } from '../../ingest/pool.js'
import { ExitError, positiveInt } from '../errors.js'
import { createProgress } from '../progress.js'

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'process files or folders (recursively) into <out>/documents.jsonl, events.jsonl, errors.jsonl and schema/; ' +
        'results are kept in <out>/.store/, so only new or changed inputs are processed and a killed run resumes',
    )
    .argument('<paths...>', 'input files or folders')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-c, --concurrency <n>', 'documents processed at once (default: number of cores)', positiveInt('--concurrency'))
    .option('--reference <date>', 'reference date (YYYY-MM-DD) for documents with no publication date')
    .option('--force', 'reprocess every input, even those whose stored result is current')
    .option('--retry-errors', 'reprocess the inputs whose stored result is an error (e.g. internal/timeout)')
    .option('--timeout <duration>', 'time limit per document, e.g. 30s or 500ms; a document past it becomes internal/timeout', '30s')
    .action(async (paths: string[], opts: { out: string; concurrency?: number; reference?: string; force?: boolean; retryErrors?: boolean; timeout: string }) => {
      if (opts.reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.reference)) {
        throw new ExitError(2, `Expected --reference to be a date like 2024-05-01, got ${JSON.stringify(opts.reference)}`)
      }
      const timeoutMs = parseDuration(opts.timeout)
      if (timeoutMs === null) throw new ExitError(2, `Expected --timeout to be a duration like 30s or 500ms, got ${JSON.stringify(opts.timeout)}`)
      const fallbackReference = opts.reference ?? null
      const ctx = createContext({ fallbackReference })
      const threads = opts.concurrency ?? availableParallelism()
      const pool = documentProcessor(ctx, { threads, timeoutMs, contextOptions: { fallbackReference } })
      const progress = createProgress('ingest')
      try {
        const summary = await ingest(paths, ctx, {
          out: opts.out,
          // Twice the threads, so reading and hashing overlap with processing.
          concurrency: threads * 2,
          force: opts.force ?? false,
          retryErrors: opts.retryErrors ?? false,
          process: (input) => pool.process(input),
          onStart: (total) => progress.start(total),
          onDocument: (file) => progress.tick(file.rel),
        }).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT' && error.syscall === 'stat') throw new ExitError(2, `no such file or folder: ${error.path ?? ''}`)
          throw error
        })
        progress.stop()
        console.log(
          `pressroom: ${summary.documents} documents, ${summary.events} events, ${summary.errors} errors ` +
            `(${summary.processed} processed, ${summary.reused} reused) in ${summary.seconds.toFixed(2)} s → ${opts.out}/`,
        )
        if (summary.errors > 0) process.exitCode = 1
      } finally {
        progress.stop()
        await pool.close()
      }
    })
}
