/**
 * A temp file of lines written once, in order, and then read back by number: what the projection
 * keeps of each event while it merges, so that memory holds only offsets, not the records.
 */
import { open, rm, type FileHandle } from 'node:fs/promises'

export interface Spill {
  /** Appends one line (no newline inside); returns its number. */
  append(line: string): Promise<number>
  /** Writes out what is buffered; call once after the last append, before reading. */
  finish(): Promise<void>
  /** Line `n` without its newline (after `finish`); reads may run concurrently. */
  read(n: number): Promise<string>
  /** Closes and deletes the file. */
  close(): Promise<void>
}

const FLUSH_BYTES = 1 << 20

export async function openSpill(path: string): Promise<Spill> {
  const handle: FileHandle = await open(path, 'w+')
  // Line n spans [starts[n], starts[n + 1] - 1): the last entry is the end of the file.
  const starts: number[] = [0]
  let pending: Buffer[] = []
  let pendingBytes = 0
  let written = 0
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return
    const data = pending.length === 1 ? pending[0]! : Buffer.concat(pending)
    pending = []
    pendingBytes = 0
    let done = 0
    while (done < data.length) done += (await handle.write(data, done, data.length - done, written + done)).bytesWritten
    written += data.length
  }
  return {
    async append(line) {
      const buf = Buffer.from(`${line}\n`, 'utf8')
      pending.push(buf)
      pendingBytes += buf.length
      starts.push(starts[starts.length - 1]! + buf.length)
      if (pendingBytes >= FLUSH_BYTES) await flush()
      return starts.length - 2
    },
    finish: flush,
    async read(n) {
      if (!(n >= 0 && n < starts.length - 1)) throw new RangeError(`no line ${n} in the spill file ${path}`)
      if (pending.length > 0) throw new Error('read before finish')
      const from = starts[n]!
      const length = starts[n + 1]! - from - 1
      const buf = Buffer.allocUnsafe(length)
      let done = 0
      while (done < length) {
        const { bytesRead } = await handle.read(buf, done, length - done, from + done)
        if (bytesRead === 0) throw new Error(`the spill file ${path} is shorter than written`)
        done += bytesRead
      }
      return buf.toString('utf8')
    },
    async close() {
      pending = []
      await handle.close().catch(() => undefined)
      await rm(path, { force: true })
    },
  }
}
