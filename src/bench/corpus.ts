/**
 * The benchmark corpus: the project's own releases (raw/ and fixtures/*), copied N times with
 * small deterministic changes (names, places, numbers, an added sentence) so that no copy is
 * byte-identical to another and no cache can cheat.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs'
import { join } from 'node:path'

export interface CorpusDoc {
  readonly path: string
  readonly bytes: Buffer
}

const names = ['Alicia Grant', 'Marcus Thompson', 'Keisha Baptiste', 'Andre Walcott', 'Renee Fraser', 'Colin Persaud', 'Dana Whyte']
const places = ['Bridgetown', 'Kingston', 'Georgetown', 'Castries', 'Nassau', 'Basseterre', 'Belmopan', 'Port of Spain']
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/** Seed inputs: every raw/ file and every fixtures/<case>/input.*, each distinct content once. */
export function seedInputs(root: string): CorpusDoc[] {
  const out: CorpusDoc[] = []
  const rawDir = join(root, 'raw')
  if (existsSync(rawDir)) {
    for (const f of readdirSync(rawDir).sort()) {
      const p = join(rawDir, f)
      if (f.startsWith('.') || !statSync(p).isFile()) continue
      out.push({ path: `raw/${f}`, bytes: readFileSync(p) })
    }
  }
  const fixtures = join(root, 'fixtures')
  if (existsSync(fixtures)) {
    for (const c of readdirSync(fixtures).sort()) {
      const dir = join(fixtures, c)
      if (!statSync(dir).isDirectory()) continue
      const input = readdirSync(dir).find((f) => f.startsWith('input.'))
      if (input) out.push({ path: `fixtures/${c}/${input}`, bytes: readFileSync(join(dir, input)) })
    }
  }
  // fixtures/raw-* are byte copies of raw/: keep one of each content. Inputs with no paragraph to
  // vary (the empty, binary and truncated robustness cases) would repeat byte for byte, and are
  // not what throughput is about.
  const seen = new Set<string>()
  return out.filter((d) => {
    const key = d.bytes.toString('base64')
    if (seen.has(key) || insertionPoint(d.bytes.toString('latin1')) === null) return false
    seen.add(key)
    return true
  })
}

/** Where `vary` adds its sentence: before the first paragraph end, or null when there is none. */
function insertionPoint(text: string): number | null {
  const p = text.indexOf('</p>')
  if (p >= 0) return p
  const blank = text.indexOf('\n\n')
  return blank >= 0 ? blank : null
}

/** `n` documents cycling over the seeds; copy k of a seed gets variant k. */
export function buildCorpus(seeds: readonly CorpusDoc[], n: number): CorpusDoc[] {
  if (seeds.length === 0) throw new Error('no seed documents found under raw/ or fixtures/')
  const out: CorpusDoc[] = []
  for (let i = 0; i < n; i++) {
    const seed = seeds[i % seeds.length]!
    const k = Math.floor(i / seeds.length)
    out.push({ path: `${k}/${seed.path}`, bytes: k === 0 ? seed.bytes : vary(seed.bytes, k) })
  }
  return out
}

function vary(bytes: Buffer, k: number): Buffer {
  const text = bytes.toString('latin1') // byte-preserving for any encoding
  const sentence = ` Officials met ${names[k % names.length]} in ${places[k % places.length]} on ${days[k % days.length]} to review ${k + 2} projects.`
  const point = insertionPoint(text)
  const varied = point === null ? text : `${text.slice(0, point)}${sentence}${text.slice(point)}`
  return Buffer.from(varied.replace(/\b(\d{2,3}) (participants|troops|officers|personnel)\b/g, (_m, d: string, w: string) => `${Number(d) + k} ${w}`), 'latin1')
}
