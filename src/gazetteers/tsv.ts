/**
 * A strict TSV reader: `#` lines are comments, the first other line is the header, every row has
 * exactly the header's columns. Problems come back as `file:line: reason` strings.
 */

export interface TsvRow {
  readonly line: number
  /** The line as written (for whole-line checks). */
  readonly raw: string
  /** Trimmed cells, one per header column. */
  readonly cells: readonly string[]
}

export interface TsvResult {
  readonly rows: TsvRow[]
  readonly errors: string[]
}

export function parseTsv(file: string, text: string, columns: readonly string[]): TsvResult {
  const rows: TsvRow[] = []
  const errors: string[] = []
  let header: string[] | null = null
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? ''
    const line = i + 1
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const cells = raw.split('\t')
    if (!header) {
      header = cells
      if (cells.join('\t') !== columns.join('\t'))
        errors.push(`${file}:${line}: expected header "${columns.join('\\t')}", got "${cells.join('\\t')}"`)
      continue
    }
    if (cells.length !== columns.length) {
      errors.push(`${file}:${line}: expected ${columns.length} tab-separated columns (${columns.join(', ')}), got ${cells.length}`)
      continue
    }
    for (let j = 0; j < cells.length; j++) {
      const cell = cells[j] ?? ''
      // Trim only what needs it (most cells do not; the cities file has 67,000 of them).
      if (cell !== '' && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32)) cells[j] = cell.trim()
    }
    rows.push({ line, raw, cells })
  }
  if (!header) errors.push(`${file}:1: no header line`)
  return { rows, errors }
}
