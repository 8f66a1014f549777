/**
 * Reads TimeML (TempEval-3 layout): the DCT is the reference date, the <TEXT> content is
 * stripped of its inline tags into plain text, and each TIMEX3 inside it becomes a gold span
 * with offsets into that plain text.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET'

export interface GoldTimex {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly type: TimexType
  readonly value: string
}

export interface TimemlDocument {
  readonly name: string
  /** YYYY-MM-DD from the DCT, or null when the file has none. */
  readonly reference: string | null
  readonly text: string
  readonly gold: readonly GoldTimex[]
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

// One pass over tags, entities and text runs.
const TOKEN = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>|&(#?[A-Za-z0-9]+);|[^<&]+|[<&]/g
const ATTRIBUTE = /([A-Za-z_]+)="([^"]*)"/g
const TIMEX_TYPES = new Set<string>(['DATE', 'TIME', 'DURATION', 'SET'])

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of source.matchAll(ATTRIBUTE)) out[m[1] ?? ''] = m[2] ?? ''
  return out
}

function decodeEntity(name: string): string {
  if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16))
  if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10))
  return ENTITIES[name] ?? `&${name};`
}

/** Parses one TimeML file's content. `name` is only carried along for reports. */
export function parseTimeml(name: string, xml: string): TimemlDocument {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="(\d{4}-\d{2}-\d{2})/.exec(xml)
  const open = xml.indexOf('<TEXT>')
  const close = xml.lastIndexOf('</TEXT>')
  const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : ''
  let text = ''
  const gold: GoldTimex[] = []
  let current: { start: number; type: string; value: string } | null = null
  for (const m of body.matchAll(TOKEN)) {
    const [whole, slash, tag, attrs, selfClose, entity] = m
    if (tag !== undefined) {
      if (tag !== 'TIMEX3' || selfClose === '/') continue
      if (slash === '/') {
        if (current && TIMEX_TYPES.has(current.type)) {
          gold.push({
            start: current.start,
            end: text.length,
            text: text.slice(current.start, text.length),
            type: current.type as TimexType,
            value: current.value,
          })
        }
        current = null
      } else {
        const a = attributes(attrs ?? '')
        current = { start: text.length, type: a['type'] ?? '', value: a['value'] ?? '' }
      }
    } else if (entity !== undefined) {
      text += decodeEntity(entity)
    } else {
      text += whole
    }
  }
  return { name, reference: dct?.[1] ?? null, text, gold }
}

/** Every *.tml file under `dir`, recursively, sorted by path for a stable report. */
export function listTimemlFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry)
      if (statSync(p).isDirectory()) walk(p)
      else if (entry.endsWith('.tml')) out.push(p)
    }
  }
  walk(dir)
  return out
}
