/**
 * Watch latency: the real watcher (src/watch) on a temp inbox with the given processor; files are
 * dropped one at a time (written beside the inbox, then renamed in, as `fetch` does) and each is
 * timed until its document is in out/documents.jsonl. This includes the watcher's own waits (a
 * file counts as written once its size is stable for `stabilityMs`; out/ is re-projected after
 * `debounceMs` of quiet), which are the defaults unless given.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ProcessFn } from '../ingest/processor.js'
import { startWatch } from '../watch/watch.js'

export interface WatchLatency {
  /** Milliseconds from the rename into the inbox to the document's line in documents.jsonl, per file. */
  readonly ms: readonly number[]
}

export async function measureWatchLatency(
  files: ReadonlyArray<{ readonly name: string; readonly bytes: Uint8Array }>,
  process: ProcessFn,
  version: string,
  options: { readonly timeoutMs?: number; readonly stabilityMs?: number; readonly debounceMs?: number } = {},
): Promise<WatchLatency> {
  const dir = mkdtempSync(join(tmpdir(), 'pressroom-watch-bench-'))
  const inbox = join(dir, 'inbox')
  const out = join(dir, 'out')
  mkdirSync(inbox)
  const errors: unknown[] = []
  const watch = startWatch({
    input: inbox,
    out,
    version,
    process,
    onError: (e) => errors.push(e),
    ...(options.stabilityMs !== undefined ? { stabilityMs: options.stabilityMs } : {}),
    ...(options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {}),
  })
  const ms: number[] = []
  try {
    await watch.ready
    for (const f of files) {
      const staged = join(dir, f.name)
      writeFileSync(staged, f.bytes)
      const t0 = performance.now()
      renameSync(staged, join(inbox, f.name))
      const needle = `"path":${JSON.stringify(f.name)}`
      const deadline = t0 + (options.timeoutMs ?? 60_000)
      for (;;) {
        let text = ''
        try {
          text = readFileSync(join(out, 'documents.jsonl'), 'utf8')
        } catch {
          // not projected yet
        }
        if (text.includes(needle)) break
        if (performance.now() > deadline) throw new Error(`watch: ${f.name} did not appear in documents.jsonl within ${options.timeoutMs ?? 60_000} ms (${errors.map(String).join('; ')})`)
        await new Promise((r) => setTimeout(r, 5))
      }
      ms.push(performance.now() - t0)
    }
  } finally {
    await watch.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return { ms }
}
