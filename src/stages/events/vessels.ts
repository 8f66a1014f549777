/**
 * Ships stand for the service that sails them: "The Coast Guard Cutter Thetis returned …", then
 * "Thetis conducted boarding exercises", "the cutter hosted eight officers", "the crew rescued
 * 124 migrants". Every event whose clause refers to the ship has the ship's service among its
 * participants, though the clause never names the service.
 */
import type { EntityMention } from './mentions.js'

export interface Vessel {
  /** The operating service, as mentioned where the ship is introduced. */
  readonly operator: EntityMention
  /** The ship's own name ("Thetis", "Medway"). */
  readonly name: string
}

const vesselNoun = String.raw`(?:(?:offshore\s+|coastal\s+)?patrol\s+(?:vessel|ship|boat)|hospital\s+ship|[Cc]utter|[Ss]hip|[Ff]rigate|[Cc]orvette|[Dd]estroyer|[Vv]essel)`
const hullPrefix = String.raw`(?:USCGC|USNS|USS|HMS|HMCS|HNLMS|HMBS|RFA|FS|ARC|ARA|BAP)`
/** After the service's mention: "’s offshore patrol vessel HMS Medway", " Cutter Thetis". */
const introduction = new RegExp(String.raw`^(?:[’']s)?\s+${vesselNoun}\s+(?:${hullPrefix}\s+)?([A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?)`)

/** Before "the U.S. Coast Guard fleet": "The national security cutter USCGC Stone (WMSL 758), one of … in the". */
const fleetIntroduction = new RegExp(String.raw`${vesselNoun}\s+(?:${hullPrefix}\s+)?([A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?)\b[^.;]*\b(?:in|of)\s+the\s+$`)

/** The ships a document introduces with their service; none when two services sail ships (who is "the crew"?). */
export function findVessels(text: string, mentions: readonly EntityMention[]): Vessel[] {
  const found = new Map<string, Vessel>()
  for (const m of mentions) {
    if (m.kind !== 'organization') continue
    const intro = introduction.exec(text.slice(m.end, m.end + 80))
    // The service may come after the ship, as the fleet it belongs to.
    const fleet = intro ? null : /^\s+fleet\b/.test(text.slice(m.end, m.end + 12)) ? fleetIntroduction.exec(text.slice(Math.max(0, m.start - 200), m.start)) : null
    const name = intro?.[1] ?? fleet?.[1]
    if (!name || found.has(name)) continue
    found.set(name, { operator: m, name })
  }
  const vessels = [...found.values()]
  return new Set(vessels.map((v) => v.operator.id)).size === 1 ? vessels : []
}

const definiteRef = new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts)\s+(?:\d+-foot\s+)?(?:${vesselNoun}|crew)(?:[’']s)?\b`)

/** Whether `clause` refers to one of the vessels: by its name or as "the cutter", "the crew". */
export function refersToVessel(clause: string, vessels: readonly Vessel[]): boolean {
  if (vessels.length === 0) return false
  if (definiteRef.test(clause)) return true
  return vessels.some((v) => namePattern(v.name).test(clause))
}

/** The whole-word pattern of a ship's name, compiled once per name (a few names per process). */
const namePatterns = new Map<string, RegExp>()
function namePattern(name: string): RegExp {
  let re = namePatterns.get(name)
  if (re === undefined) {
    re = new RegExp(String.raw`(?<![\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\w-])`)
    if (namePatterns.size >= 512) namePatterns.clear()
    namePatterns.set(name, re)
  }
  return re
}
