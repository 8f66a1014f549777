/**
 * National variants of organization names. An organization whose name or alias holds its own
 * country at one end ("Ecuadorian Navy", "Navy of Ecuador", "Jamaica Coast Guard") also goes by
 * the same service named with the country's other forms: "Ecuador Navy", "Navy of Ecuador",
 * "Jamaican Coast Guard". Pure string work over the built entries; build.ts inserts the variants
 * that no other entry claims.
 */
import type { GazetteerEntry } from './types.js'

/**
 * How an organization's country may be written in its name: the country's name and its demonyms.
 * Aliases make no variants: formal names ("Republic of Ecuador") and native or old ones
 * ("Sarnam", "America") name no one's navy, and the abbreviations that do ("U.S.", "UK") are
 * written into the entries that use them.
 */
export function countryForms(country: GazetteerEntry, demonyms: readonly string[]): string[] {
  return [...new Set<string>([country.name, ...demonyms])]
}

/** The service part of a name that opens or closes with one of `forms`: "Navy" of "Ecuadorian Navy". */
export function coresOf(names: readonly string[], forms: readonly string[]): string[] {
  const out = new Set<string>()
  // Longest form first: "Dominican Republic Navy" is "Navy", not "Republic Navy".
  const longest = [...forms].sort((a, b) => b.length - a.length)
  const opens: string[] = []
  const closes: string[] = []
  for (const f of longest) {
    opens.push(`${f} `, `${f}'s `, `${f}’s `, `The ${f} `)
    closes.push(` of ${f}`, ` of the ${f}`, ` of The ${f}`)
  }
  for (const name of names) {
    const open = opens.find((o) => name.startsWith(o))
    if (open) {
      const core = name.slice(open.length).trim()
      if (isCore(core)) out.add(core)
    }
    const close = closes.find((c) => name.endsWith(c))
    if (close) {
      const core = name.slice(0, name.length - close.length).trim()
      if (isCore(core)) out.add(core)
    }
  }
  return [...out]
}

/** Country names read with "the": plurals ("the Netherlands") and "Republic", "Kingdom", "Union". */
const THE = /(?:s|\bRepublic|\bKingdom|\bUnion)$|\bRepublic of\b/

/** A core names a service: capitalized words ("Navy", "Ministry of National Security"), no leftovers of a longer name. */
function isCore(core: string): boolean {
  if (!/^\p{Lu}/u.test(core) || core.length < 4) return false
  // "Coast Guard of the Dutch Caribbean" opened by "Dutch" is no core: the country must be a whole word run.
  return !/^(?:and|of|the|de|del)\b/i.test(core)
}

/** Every name the entry's cores make with the country's forms, minus the names it already has. */
export function nationalVariants(entry: GazetteerEntry, forms: readonly string[]): string[] {
  const own = new Set([entry.name, ...entry.aliases].map((n) => n.toLowerCase()))
  const cores = coresOf([entry.name, ...entry.aliases], forms)
  const out = new Set<string>()
  const name = forms[0] ?? ''
  for (const core of cores) {
    for (const f of forms) out.add(`${f} ${core}`)
    // "Navy of Ecuador", "Navy of the Dominican Republic": with the country's name only ("Navy of
    // Ecuadorian" is no name), with "the" before a plural or a republic ("Coast Guard of Trinidad
    // and Tobago", "of the Netherlands").
    if (name) out.add(THE.test(name) ? `${core} of the ${name}` : `${core} of ${name}`)
  }
  return [...out].filter((v) => !own.has(v.toLowerCase()))
}
