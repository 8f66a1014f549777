/**
 * A country's service named in ways no alias spells: "Guatemala's Navy" and "the Dutch navy" are
 * the gazetteer's Guatemalan Navy and Royal Netherlands Navy, found under the names the loader
 * made for them ("Guatemala Navy", "Netherlands Navy"; see gazetteers/national.ts).
 */
import { aliasTokens } from '../../gazetteers/build.js'
import type { GazetteerEntry, Gazetteers } from '../../gazetteers/types.js'
import { sortFound, type Found, type Work } from './work.js'

/**
 * The organization a country and a service name together, as "<country> <service>" or
 * "<country>'s <service>"; undefined when no single organization of that country goes by it.
 */
export function nationalEntry(g: Gazetteers, country: GazetteerEntry, service: string): GazetteerEntry | undefined {
  const forms = [country.name, ...country.aliases]
  for (const form of forms) {
    const key = aliasTokens(`${form} ${service}`)
      .map((t) => t.norm)
      .join(' ')
    const hits = g.trie.hits.get(key)?.filter((h) => g.entries.get(h.id)?.type === 'organization' && g.entries.get(h.id)?.country === country.id)
    const ids = new Set(hits?.map((h) => h.id))
    if (ids.size === 1) return g.entries.get([...ids][0] as string)
  }
  return undefined
}

/** Services a country's name or demonym may precede in lower case ("the Dutch navy"). */
const SERVICES: readonly string[][] = [['coast', 'guard'], ['air', 'force'], ['marine', 'corps'], ['national', 'guard'], ['navy'], ['army'], ['marines']]

/**
 * "the Dutch navy", "Colombian coast guard": a country and a service in lower case name the
 * country's service when the gazetteer holds it; a lower-case service of a country it does not
 * hold names nothing (it is no name).
 */
export function lowerCaseServices(w: Work): void {
  const t = w.tokens
  const add: Found[] = []
  const drop = new Set<Found>()
  for (const c of w.found) {
    if (c.kind !== 'country' || !c.entry) continue
    let k = c.to
    if (t[k]?.norm === "'" && t[k + 1]?.norm === 's' && t[k]?.glued) k += 2
    const service = SERVICES.find((words) => words.every((word, n) => t[k + n]?.text === word && !t[k + n]?.breakBefore))
    if (!service) continue
    const end = k + service.length
    if (w.found.some((f) => f !== c && f.from < end && f.to > c.to)) continue
    const entry = nationalEntry(w.g, c.entry, service.map((x) => x[0]?.toUpperCase() + x.slice(1)).join(' '))
    if (!entry) continue
    drop.add(c)
    add.push({ from: c.from, to: end, kind: 'org', id: entry.id, ids: [entry.id], entry, form: 'alias', rule: 'org:country+service' })
  }
  if (add.length > 0) w.found = sortFound([...w.found.filter((f) => !drop.has(f)), ...add])
}
