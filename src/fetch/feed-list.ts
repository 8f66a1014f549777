/** A feeds file: one feed URL per line; blank lines and `#` comments are skipped. */
import { readFile } from 'node:fs/promises'

export function parseFeedList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0)
}

export async function readFeedList(path: string): Promise<string[]> {
  return parseFeedList(await readFile(path, 'utf8'))
}

/** `5MB`, `512KB`, `1.5mb` or a byte count; null when not a positive size. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text)
  if (!m?.[1]) return null
  const unit = (m[2] ?? 'b').toLowerCase()[0]!
  const scale = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1
  const n = Math.round(Number(m[1]) * scale)
  return n >= 1 ? n : null
}
