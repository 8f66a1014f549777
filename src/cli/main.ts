/** The command line. Only src/cli/ touches process, console and exit codes. */
import { Command, CommanderError } from 'commander'
import { ExitError } from './errors.js'
import { registerIngest } from './commands/ingest.js'
import { registerCheck } from './commands/check.js'
import { registerEval } from './commands/eval.js'
import { registerBench } from './commands/bench.js'
import { registerWatch } from './commands/watch.js'
import { registerFetch } from './commands/fetch.js'

export function buildProgram(): Command {
  const program = new Command()
    .name('pressroom')
    .description('Turn government press releases and meeting readouts into validated structured data.')
    .showHelpAfterError()
    .exitOverride()
  registerIngest(program)
  registerCheck(program)
  registerWatch(program)
  registerFetch(program)
  registerEval(program)
  registerBench(program)
  return program
}

/** Runs the CLI and returns the exit code (0 ok, 1 some input failed, 2 usage error). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram()
  // Commands report failure through process.exitCode; start each run from a clean slate so an
  // earlier run in the same process (tests, the bench child) does not leak its code.
  process.exitCode = undefined
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (error instanceof ExitError) {
      if (error.message) console.error(`pressroom: ${error.message}`)
      return error.code
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0
      return 2
    }
    console.error('pressroom: internal error (please report it):', error)
    return 1
  }
}
