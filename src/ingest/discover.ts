/** Finds the input files under the given paths: recursive, sorted, hidden and temp files skipped. */
import { readdir, stat } from 'node:fs/promises'
import { basename, join, relative, resolve, sep } from 'node:path'

export interface InputFile {
  /** Absolute path. */
  readonly abs: string
  /** Path relative to the root it was found under, forward slashes. */
  readonly rel: string
}

/** Files that are never releases: hidden files, editor and download temp files, fetch sidecars. */
export function isIgnored(name: string): boolean {
  return (
    name.startsWith('.') ||
    name.startsWith('~') ||
    name.endsWith('~') ||
    /\.(tmp|temp|part|crdownload|swp|swx|download)$/i.test(name) ||
    name.endsWith('.meta.json') ||
    name === 'Thumbs.db' ||
    name === 'desktop.ini'
  )
}

export async function discoverInputs(paths: readonly string[]): Promise<InputFile[]> {
  const seen = new Set<string>()
  const out: InputFile[] = []
  for (const p of paths) {
    const root = resolve(p)
    const st = await stat(root)
    if (st.isDirectory()) {
      for (const abs of await walk(root)) add(abs, relative(root, abs))
    } else {
      add(root, basename(root))
    }
  }
  function add(abs: string, rel: string): void {
    if (seen.has(abs)) return
    seen.add(abs)
    out.push({ abs, rel: rel.split(sep).join('/') })
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : a.abs < b.abs ? -1 : 1))
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const out: string[] = []
  for (const e of entries) {
    if (isIgnored(e.name)) continue
    const full = join(dir, e.name)
    if (e.isDirectory()) out.push(...(await walk(full)))
    else if (e.isFile()) out.push(full)
  }
  return out
}
