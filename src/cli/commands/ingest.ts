import type { Command } from 'commander'
import { ingest } from '../../ingest/ingest.js'
import { ExitError } from '../errors.js'
import { openProcessing, processingOptions, type ProcessingCliOptions } from '../processing.js'
import { createProgress } from '../progress.js'

export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description(
      'process files or folders (recursively) into <out>/documents.jsonl, events.jsonl, errors.jsonl and schema/; ' +
        'results are kept in <out>/.store/, so only new or changed inputs are processed and a killed run resumes',
    )
    .argument('<paths...>', 'input files or folders')
  processingOptions(command)
    .option('--force', 'reprocess every input, even those whose stored result is current')
    .option('--retry-errors', 'reprocess the inputs whose stored result is an error (e.g. internal/timeout)')
    .action(async (paths: string[], opts: ProcessingCliOptions & { force?: boolean; retryErrors?: boolean }) => {
      const { ctx, threads, pool } = openProcessing(opts)
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
