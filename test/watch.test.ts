import { createServer, type Server } from 'node:http'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { pageName } from '../src/fetch/fetch.js'
import { startWatch, type WatchHandle, type WatchOptions } from '../src/watch/watch.js'
import { parseDuration } from '../src/watch/duration.js'
import { countingProcess, FAKE_VERSION } from './ingest-fake.js'

let dir: string
let inbox: string
let out: string
let handle: WatchHandle | undefined
let logs: string[]
let projections: number

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pressroom-watch-'))
  inbox = join(dir, 'inbox')
  out = join(dir, 'out')
  mkdirSync(inbox)
  logs = []
  projections = 0
})

afterEach(async () => {
  await handle?.close()
  handle = undefined
  rmSync(dir, { recursive: true, force: true })
})

function start(extra: Partial<WatchOptions> = {}) {
  const counter = countingProcess()
  handle = startWatch({
    input: inbox,
    out,
    version: FAKE_VERSION,
    process: counter.process,
    label: 'inbox',
    onLog: (l) => logs.push(l),
    onError: (e) => logs.push(`ERROR ${String(e)}`),
    onProjected: () => projections++,
    ...extra,
  })
  return { handle, seen: counter.seen }
}

interface Doc {
  docId: string
  title: string
  text: string
  source: { path: string; url: string | null }
}

function documents(): Doc[] {
  if (!existsSync(join(out, 'documents.jsonl'))) return []
  return readFileSync(join(out, 'documents.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc)
}

function jsonl(name: string): Array<Record<string, unknown>> {
  return readFileSync(join(out, name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

// A hang guard, not a speed claim: watch latency is measured by `pressroom bench` (see docs/performance.md).
async function waitFor(check: () => boolean, timeoutMs = 15_000): Promise<number> {
  const t0 = performance.now()
  while (!check()) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms; log:\n${logs.join('\n')}`)
    await new Promise((r) => setTimeout(r, 20))
  }
  return performance.now() - t0
}

describe('watch', () => {
  test('processes what is there, then a new file appears in out/ within about a second', async () => {
    writeFileSync(join(inbox, 'a.html'), 'Alpha\nevent ev-1\n')
    writeFileSync(join(inbox, 'bad.html'), 'fail load/binary\n')
    const { handle } = start()
    expect(await handle.ready).toEqual({ documents: 1, events: 1, errors: 1, processed: 2, reused: 0 })
    // The two files are processed concurrently: their log lines may come in either order.
    expect([...logs].sort()).toEqual([
      '! inbox/bad.html  load/binary: fake failure in bad.html',
      expect.stringMatching(/^\+ inbox\/a\.html {2}doc-[0-9a-f]{16} {2}1 event$/),
    ])
    writeFileSync(join(inbox, 'b.html'), 'Beta\nevent ev-1\n')
    await waitFor(() => documents().length === 2)
    await handle.idle()
    // The shared event re-merged with both attestations.
    expect(jsonl('events.jsonl').map((e) => [e['eventId'], (e['attestations'] as unknown[]).length])).toEqual([['ev-1', 2]])
  })

  test('a burst of files: each document appears once, and out/ is re-projected once per burst', async () => {
    const { handle } = start()
    await handle.ready
    const before = projections
    for (let i = 0; i < 40; i++) writeFileSync(join(inbox, `burst-${String(i).padStart(2, '0')}.html`), `Burst ${i}\n`)
    await waitFor(() => documents().length === 40)
    await handle.idle()
    const docs = documents()
    expect(new Set(docs.map((d) => d.source.path)).size).toBe(40)
    expect(docs.map((d) => d.docId)).toEqual(docs.map((d) => d.docId).sort())
    expect(projections - before).toBeLessThanOrEqual(3)
  })

  test('a file rewritten while watched ends as one record with the newest content', async () => {
    const { handle, seen } = start()
    await handle.ready
    const file = join(inbox, 'x.html')
    for (let i = 1; i <= 5; i++) {
      writeFileSync(file, `Version ${i}\n`)
      await new Promise((r) => setTimeout(r, i === 3 ? 400 : 30))
    }
    await waitFor(() => documents().some((d) => d.title === 'Version 5'))
    await handle.idle()
    expect(documents().map((d) => [d.source.path, d.title])).toEqual([['x.html', 'Version 5']])
    // Writes within the stability window coalesce: fewer runs than writes.
    expect(seen.filter((p) => p === 'x.html').length).toBeLessThan(5)
  })

  test('a removed file leaves out/ and its events re-merge', async () => {
    writeFileSync(join(inbox, 'a.html'), 'Alpha\nevent ev-1\n')
    writeFileSync(join(inbox, 'b.html'), 'Beta\nevent ev-1\n')
    const { handle } = start()
    await handle.ready
    rmSync(join(inbox, 'b.html'))
    await waitFor(() => documents().length === 1)
    await handle.idle()
    expect(jsonl('events.jsonl').map((e) => (e['attestations'] as unknown[]).length)).toEqual([1])
    expect(logs.at(-1)).toBe('- inbox/b.html  removed')
  })

  test('temp and hidden files are ignored until renamed into place', async () => {
    const { handle, seen } = start()
    await handle.ready
    writeFileSync(join(inbox, 'page.html.part'), 'Partial\n')
    writeFileSync(join(inbox, '.hidden.html'), 'Hidden\n')
    writeFileSync(join(inbox, 'page.meta.json'), JSON.stringify({ url: 'https://example.org/page' }))
    await new Promise((r) => setTimeout(r, 500))
    expect(seen).toEqual([])
    renameSync(join(inbox, 'page.html.part'), join(inbox, 'page.html'))
    await waitFor(() => documents().length === 1)
    expect(documents()[0]!.source).toEqual({ path: 'page.html', sha256: expect.any(String), url: 'https://example.org/page' })
  })

  test('close() leaves no temp files, and a restart reuses every stored result', async () => {
    for (let i = 0; i < 5; i++) writeFileSync(join(inbox, `d${i}.html`), `Doc ${i}\n`)
    const first = start()
    await first.handle.ready
    writeFileSync(join(inbox, 'late.html'), 'Late\n')
    await waitFor(() => documents().length === 6)
    await first.handle.close()
    const snapshot = readFileSync(join(out, 'documents.jsonl'), 'utf8')
    const stray = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'))
    expect(stray).toEqual([])
    const second = start()
    expect(await second.handle.ready).toEqual({ documents: 6, events: 0, errors: 0, processed: 0, reused: 6 })
    expect(second.seen).toEqual([])
    expect(readFileSync(join(out, 'documents.jsonl'), 'utf8')).toBe(snapshot)
  })

  test('closed during the first pass: out/ is not projected from a partial view, the work done is kept', async () => {
    for (let i = 0; i < 20; i++) writeFileSync(join(inbox, `d${String(i).padStart(2, '0')}.html`), `Doc ${i}\n`)
    const slow = countingProcess()
    handle = startWatch({
      input: inbox,
      out,
      version: FAKE_VERSION,
      concurrency: 1,
      process: async (input) => {
        await new Promise((r) => setTimeout(r, 40))
        return slow.process(input)
      },
    })
    await waitFor(() => slow.seen.length >= 3)
    await handle.close()
    await expect(handle.ready).rejects.toThrow('closed before the inbox was processed')
    expect(existsSync(join(out, 'documents.jsonl'))).toBe(false)
    const done = slow.seen.length
    expect(done).toBeLessThan(20)
    const second = start()
    expect(await second.handle.ready).toMatchObject({ documents: 20, processed: 20 - done, reused: done })
  })

  test('--feeds: pages fetched on a schedule land in the inbox and are processed with their URL', async () => {
    let served = 0
    const server: Server = createServer((req, res) => {
      served++
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' })
        return void res.end(`<rss version="2.0"><channel><item><title>One</title><link>/one</link></item></channel></rss>`)
      }
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<html><body><p>One</p></body></html>')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    const port = (server.address() as { port: number }).port
    try {
      const fetched: number[] = []
      const { handle } = start({
        feeds: {
          list: async () => [`http://127.0.0.1:${port}/feed.xml`],
          everyMs: 200,
          options: { intervalMs: 0, timeoutMs: 1000, retries: 0 },
          onFetched: (s) => fetched.push(s.newPages),
        },
      })
      await handle.ready
      await waitFor(() => documents().length === 1)
      const url = `http://127.0.0.1:${port}/one`
      expect(documents()[0]!.source).toEqual({ path: `${pageName(url)}.html`, sha256: expect.any(String), url })
      await waitFor(() => fetched.length >= 2)
      // Polls go on; the page is fetched once.
      expect(fetched.slice(0, 2)).toEqual([1, 0])
      await handle.close()
      const after = served
      await new Promise((r) => setTimeout(r, 400))
      expect(served).toBe(after)
    } finally {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
    }
  })
})

describe('parseDuration', () => {
  test('units and refusals', () => {
    expect(['500ms', '30s', '15m', '2h', '1d', '250', '1.5s', 'soon', '0s', ''].map(parseDuration)).toEqual([
      500, 30_000, 900_000, 7_200_000, 86_400_000, 250, 1500, null, null, null,
    ])
  })
})
