/** Durations on the command line: `500ms`, `30s`, `15m`, `2h`, `1d`, or a plain number of milliseconds. */

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Milliseconds, or null when `text` is not a positive duration. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/i.exec(text)
  if (!m?.[1]) return null
  const ms = Number(m[1]) * units[(m[2] ?? 'ms').toLowerCase()]!
  return Number.isFinite(ms) && ms >= 1 ? Math.round(ms) : null
}

export function formatDuration(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) {
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`
  }
  return `${ms}ms`
}
