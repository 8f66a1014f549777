// Copies data files (gazetteers) next to the compiled code so dist/ runs on its own.
import { cpSync, existsSync, chmodSync } from 'node:fs'

const pairs = [['src/gazetteers/data', 'dist/gazetteers/data']]
for (const [from, to] of pairs) if (existsSync(from)) cpSync(from, to, { recursive: true })
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755)
