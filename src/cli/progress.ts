/** A progress bar on a TTY (stderr), nothing otherwise, so logs and pipes stay clean. */
import cliProgress from 'cli-progress'

export interface Progress {
  start(total: number): void
  tick(label: string): void
  stop(): void
}

export function createProgress(name: string): Progress {
  if (!process.stderr.isTTY) return { start() {}, tick() {}, stop() {} }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${name} [{bar}] {value}/{total} {percentage}% | {rate} docs/s | eta {eta_formatted} | {label}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  )
  const t0 = performance.now()
  let done = 0
  let started = false
  return {
    start(total) {
      bar.start(total, 0, { label: '', rate: '0.0' })
      started = true
    },
    tick(label) {
      done++
      const rate = done / Math.max(0.001, (performance.now() - t0) / 1000)
      bar.increment(1, { label: label.slice(-40), rate: rate.toFixed(1) })
    },
    stop() {
      if (started) bar.stop()
      started = false
    },
  }
}
