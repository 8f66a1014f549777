import type { Command } from 'commander'
import { existsSync } from 'node:fs'
import { runCheck } from '../../check/run.js'
import { countsHeader, countsRow } from '../../metrics.js'
import { createContext } from '../../context.js'
import { validateGazetteers } from '../../gazetteers/load.js'
import { ExitError } from '../errors.js'

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('run every fixture and compare with its expected.json, field by field')
    .argument('[dir]', 'fixtures folder', 'fixtures')
    .option('-u, --update', 'rewrite expected.json files from today\'s output (review the diff)')
    .option('--filter <text>', 'only cases whose name contains this text')
    .action(async (dir: string, opts: { update?: boolean; filter?: string }) => {
      if (!existsSync(dir)) throw new ExitError(2, `no such fixtures folder: ${dir}`)
      // The gazetteers first: a broken data file would otherwise stop every case the same way.
      const gazetteers = validateGazetteers()
      for (const w of gazetteers.warnings) console.log(`gazetteer warning: ${w}`)
      for (const e of gazetteers.errors) console.log(`gazetteer error: ${e}`)
      if (gazetteers.errors.length > 0) {
        process.exitCode = 1
        return
      }
      const ctx = createContext()
      const result = await runCheck(dir, ctx, { update: opts.update ?? false, ...(opts.filter ? { filter: opts.filter } : {}) })
      let failed = 0
      for (const c of result.cases) {
        if (c.status === 'match') continue
        if (c.status === 'updated') {
          console.log(`updated  ${c.name}/expected.json`)
          continue
        }
        failed++
        if (c.status === 'missing') console.log(`MISSING  ${c.name}: no expected.json (run with --update, then review it)`)
        else if (c.status === 'no-input') console.log(`NO INPUT ${c.name}: no input.* file`)
        else {
          console.log(`DIFFERS  ${c.name}`)
          for (const ch of c.changes) {
            const sign = ch.kind === 'added' ? '+' : ch.kind === 'lost' ? '-' : '~'
            console.log(`  ${sign} ${ch.field}${ch.key === ch.field ? '' : ` ${ch.key}`}: ${ch.detail}`)
          }
        }
      }
      if (!opts.update) {
        console.log('')
        console.log(countsHeader)
        for (const [field, c] of Object.entries(result.counts).sort(([a], [b]) => (a < b ? -1 : 1))) console.log(countsRow(field, c))
      }
      const n = result.cases.length
      console.log(`check: ${n - failed} of ${n} cases match${failed ? `, ${failed} differ` : ''}`)
      if (failed > 0) process.exitCode = 1
    })
}
