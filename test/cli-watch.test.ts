/** `pressroom watch` and `pressroom fetch` as commands: log lines, summary, signals, exit codes. */
import { spawn } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { pageName } from '../src/fetch/fetch.js'
import { buildCli, ROOT, type BuiltCli } from './cli-build.js'

let dir: string
let built: BuiltCli

beforeAll(async () => {
  built = await buildCli()
  dir = mkdtempSync(join(tmpdir(), 'pressroom-cli-watch-'))
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'hostile-corpus.mjs'), join(dir, 'releases'), '--count', '2', '--good-only'], { stdio: 'ignore' })
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const t0 = performance.now()
  while (!check()) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

describe('pressroom watch', () => {
  test('logs each document, keeps out/ current, and stops cleanly on SIGTERM', async () => {
    const inbox = join(dir, 'inbox')
    const out = join(dir, 'out')
    mkdirSync(inbox)
    copyFileSync(join(dir, 'releases', 'good-0000.html'), join(inbox, 'first.html'))
    const child = spawn(process.execPath, built.args(['watch', inbox, '--out', out, '-c', '1']), { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)))
    try {
      await until(() => stdout.includes('watching'), 'the start summary')
      copyFileSync(join(dir, 'releases', 'good-0001.html'), join(inbox, 'second.html'))
      const docs = (): number => (existsSync(join(out, 'documents.jsonl')) ? readFileSync(join(out, 'documents.jsonl'), 'utf8').split('\n').filter(Boolean).length : 0)
      await until(() => docs() === 2, 'the second document in out/')
      child.kill('SIGTERM')
      expect(await exited).toBe(0)
    } finally {
      child.kill('SIGKILL')
    }
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^\\+ ${inbox}/first\\.html {2}doc-[0-9a-f]{16} {2}\\d+ events?$`))
    expect(lines[1]).toBe(`watch: 1 documents, ${lines[1]!.match(/(\d+) events/)![1]} events, 0 errors (1 processed, 0 reused) → ${out}/; watching ${inbox}`)
    expect(lines[2]).toMatch(new RegExp(`^\\+ ${inbox}/second\\.html {2}doc-[0-9a-f]{16} {2}\\d+ events?$`))
    expect(lines.at(-1)).toBe('pressroom: stopping (finishing the documents in flight)…')
    expect(stderr).toBe('')
    expect((readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })
})

describe('pressroom fetch', () => {
  let server: Server
  let base: string

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' })
        return void res.end(`<rss version="2.0"><channel><item><link>/ok</link></item><item><link>/down</link></item></channel></rss>`)
      }
      if (req.url === '/ok') {
        res.writeHead(200, { 'content-type': 'text/html' })
        return void res.end('<html><body><p>ok</p></body></html>')
      }
      res.writeHead(500, { 'content-type': 'text/plain' })
      res.end('down')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })

  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })

  test('one line per new page and per failure, a summary, exit 1 when something failed', async () => {
    const into = join(dir, 'fetched')
    const child = spawn(process.execPath, built.args(['fetch', `${base}/feed.xml`, '--into', into, '--interval', '0', '--retries', '1']), { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)))
    expect(code).toBe(1)
    expect(stdout.trim().split('\n').sort()).toEqual(
      [
        `+ ${pageName(`${base}/ok`)}.html  ${base}/ok`,
        `! ${base}/down  fetch/http-500: the server answered 500 Internal Server Error (after 2 attempts)`,
        'fetch: 1 feeds (0 not modified), 1 new pages, 1 errors',
      ].sort(),
    )
    expect(readdirSync(into).sort()).toEqual([`${pageName(`${base}/ok`)}.html`, `${pageName(`${base}/ok`)}.meta.json`, '.fetch-state.json'].sort())
  })
})
