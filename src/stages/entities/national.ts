/**
 * A country's possessive before a service: "Guatemala's Navy" is the gazetteer's Guatemalan Navy,
 * found under the name the loader made for it ("Guatemala Navy", see gazetteers/national.ts).
 */
import { aliasTokens } from '../../gazetteers/build.js'
import type { GazetteerEntry, Gazetteers } from '../../gazetteers/types.js'

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
