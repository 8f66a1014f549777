// Copies data files (gazetteers) next to the compiled code so dist/ runs on its own, then writes
// the prebuilt gazetteer index (dist/gazetteers/data/index.v8; see src/gazetteers/snapshot.ts).
// Invalid gazetteer data fails here, at build time, with `file:line: reason`.
import { cpSync, existsSync, chmodSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const pairs = [['src/gazetteers/data', 'dist/gazetteers/data']]
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true })
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755)

rmSync('dist/gazetteers/data/index.v8', { force: true })
if (existsSync('dist/gazetteers/load.js')) {
  // The build in the current folder (tests build privately elsewhere), not the one beside this script.
  const { writeSnapshot } = await import(pathToFileURL(resolve('dist/gazetteers/load.js')).href)
  writeSnapshot()
}
