import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { createContext } from '../../context.js'
import { ExitError } from '../errors.js'

const print = (line: string): void => console.log(line)

function requireDir(dir: string): void {
  if (!existsSync(dir)) throw new ExitError(2, `no such folder: ${dir}`)
}

export function registerEval(program: Command): void {
  const evalCommand = program
    .command('eval')
    .description('score pressroom against public benchmarks and the fixtures\' hand annotations')

  evalCommand
    .command('clean')
    .description('score the cleaner (and @mozilla/readability beside it) on a benchmark folder (scrapinghub or wcxb-gov layout)')
    .argument('<dir>', 'benchmark folder, e.g. ../shared/data/cleaning/scrapinghub')
    .option('--errors', 'list the worst pages')
    .action(async (dir: string, opts: { errors?: boolean }) => {
      requireDir(dir)
      const { evalClean } = await import('../../eval/clean.js')
      await evalClean(dir, { errors: opts.errors ?? false }, print)
    })

  evalCommand
    .command('timex')
    .description('score the dates stage (and chrono-node alone beside it) on TimeML files, TempEval-3 style')
    .argument('<dir>', 'folder of .tml files, searched recursively, e.g. ../shared/data/timeml')
    .option('--errors', 'list misses, spurious expressions and wrong values')
    .action(async (dir: string, opts: { errors?: boolean }) => {
      requireDir(dir)
      const { evalTimex } = await import('../../eval/timex.js')
      await evalTimex(dir, { errors: opts.errors ?? false }, print)
    })

  evalCommand
    .command('extract')
    .description('score metadata, entities, dates and events against fixtures/*/truth.json')
    .argument('[dir]', 'fixtures folder', 'fixtures')
    .option('--errors', 'list every miss')
    .option('--split <split>', 'only dev or holdout cases')
    .action(async (dir: string, opts: { errors?: boolean; split?: string }) => {
      requireDir(dir)
      if (opts.split !== undefined && opts.split !== 'dev' && opts.split !== 'holdout') {
        throw new ExitError(2, `Expected --split to be dev or holdout, got ${JSON.stringify(opts.split)}`)
      }
      const { evalExtract } = await import('../../eval/extract.js')
      await evalExtract(dir, createContext(), { errors: opts.errors ?? false, ...(opts.split ? { split: opts.split as 'dev' | 'holdout' } : {}) }, print)
    })
}
