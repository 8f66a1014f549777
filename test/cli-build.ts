/**
 * A private build of the CLI for the tests that run it in child processes (kill -9, hostile
 * input, watch and fetch commands). It lives in a temp folder named after the state of src/, not
 * in dist/, so neither someone rebuilding dist/ nor another test run can change or delete it
 * under a running test: a new source state gets a new folder, built aside and renamed into place.
 *
 *   <tmp>/pressroom-test-cli-<hash>/package.json   copy (the pipeline version reads it)
 *   <tmp>/pressroom-test-cli-<hash>/node_modules   link to the project's
 *   <tmp>/pressroom-test-cli-<hash>/src            link to the project's (for scripts/copy-assets.mjs)
 *   <tmp>/pressroom-test-cli-<hash>/dist           tsc output + data files
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..')

export interface BuiltCli {
  /** dist/ of the private build. */
  readonly dist: string
  /** Its cli.js. */
  readonly cli: string
  /** Arguments for `node` that run `pressroom <args>`. */
  args(args: readonly string[]): string[]
}

/** Path, size and modification time of every file under src/ and of package.json. */
function sourceHash(): string {
  const hash = createHash('sha256')
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) visit(full)
      else {
        const st = statSync(full)
        hash.update(`${relative(ROOT, full)}\0${st.size}\0${st.mtimeMs}\n`)
      }
    }
  }
  visit(join(ROOT, 'src'))
  hash.update(String(statSync(join(ROOT, 'package.json')).mtimeMs))
  return hash.digest('hex').slice(0, 16)
}

export async function buildCli(): Promise<BuiltCli> {
  const home = join(tmpdir(), `pressroom-test-cli-${sourceHash()}`)
  if (!existsSync(join(home, 'dist', 'cli.js'))) {
    const scratch = mkdtempSync(`${home}.tmp-`)
    try {
      copyFileSync(join(ROOT, 'package.json'), join(scratch, 'package.json'))
      for (const link of ['node_modules', 'src']) symlinkSync(join(ROOT, link), join(scratch, link), 'dir')
      // tsc still emits when another engineer's file has a type error; what matters is that the CLI runs.
      spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(scratch, 'dist')], {
        cwd: ROOT,
        stdio: 'ignore',
      })
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'copy-assets.mjs')], { cwd: scratch, stdio: 'ignore' })
      const help = spawnSync(process.execPath, [join(scratch, 'dist', 'cli.js'), '--help'], { encoding: 'utf8' })
      if (help.status !== 0) throw new Error(`the built CLI does not start:\n${help.stderr}`)
      try {
        renameSync(scratch, home)
      } catch {
        // Another test file built the same sources first: use theirs.
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true })
    }
    removeOldBuilds(home)
  }
  const dist = join(home, 'dist')
  return { dist, cli: join(dist, 'cli.js'), args: (args) => wrapperArgs(dist, args) }
}

/** Builds of other source states older than 30 minutes (no test runs that long). */
function removeOldBuilds(keep: string): void {
  for (const name of readdirSync(tmpdir())) {
    const full = join(tmpdir(), name)
    if (!name.startsWith('pressroom-test-cli-') || full === keep) continue
    const age = Date.now() - (statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
    if (age > 30 * 60_000) rmSync(full, { recursive: true, force: true })
  }
}

function wrapperArgs(dist: string, args: readonly string[]): string[] {
  return [join(dist, 'cli.js'), ...args]
}
