/** Mentions -> output records (PersonRecord, OrganizationRecord, PlaceRecord), sorted by first mention. */
import type { Mention, OrganizationRecord, PersonRecord, PlaceRecord, PlaceKind } from '../../schema/records.js'
import { splitNickname, type Person } from './people.js'
import { has, spanOf, type Found, type Work } from './work.js'

function mention(w: Work, from: number, to: number, rule: string): Mention {
  const { start, end, text } = spanOf(w, from, to)
  return { start, end, text, rule }
}

const byStart = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end

/** Sorted by offsets, the first of each span kept: the sort is stable and brings equal spans together. */
function dedupeMentions(list: Mention[]): Mention[] {
  list.sort(byStart)
  const out: Mention[] = []
  let last: Mention | undefined
  for (const m of list) {
    if (last !== undefined && last.start === m.start && last.end === m.end) continue
    out.push(m)
    last = m
  }
  return out
}

function byFirstMention<T extends { mentions: Mention[] }>(records: T[], key: (r: T) => string): T[] {
  return records.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || (key(a) < key(b) ? -1 : 1))
}

export function peopleRecords(w: Work, people: readonly Person[]): PersonRecord[] {
  const out = people.map((p): PersonRecord => {
    const { name, nickname } = splitNickname(p.name)
    return {
      name,
      title: p.title,
      rank: p.rank,
      affiliation: p.affiliation,
      affiliationId: p.affiliationId,
      mentions: dedupeMentions(p.mentions.map((m) => mention(w, m.from, m.to, m.rule))),
      ...(nickname ? { nickname } : {}),
    }
  })
  return byFirstMention(out, (r) => r.name)
}

export function organizationRecords(w: Work): OrganizationRecord[] {
  const groups = new Map<string, { f: Found; mentions: Mention[] }>()
  for (const f of w.found) {
    let target: Found | null = null
    if (f.kind === 'org') target = f
    // "The Pentagon said": the metonym also mentions the organization it stands for.
    else if (f.metonym && f.entry?.affiliation) {
      const e = w.g.entries.get(f.entry.affiliation)
      if (e) target = { ...f, kind: 'org', id: e.id, entry: e, rule: `metonym:${f.id}` }
    }
    if (!target) continue
    const g = groups.get(target.id) ?? { f: target, mentions: [] }
    g.mentions.push(mention(w, f.from, f.to, target.rule))
    groups.set(target.id, g)
  }
  const learnedFor = new Map<string, string>()
  for (const [acr, v] of [...w.learned.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (!learnedFor.has(v.id)) learnedFor.set(v.id, acr)
  const out: OrganizationRecord[] = []
  for (const [id, { f, mentions }] of groups) {
    const e = f.entry
    const record: OrganizationRecord = {
      id,
      name: e?.name ?? f.local?.name ?? spanOf(w, f.from, f.to).text,
      acronym: e?.acronyms[0] ?? f.local?.acronym ?? learnedFor.get(id) ?? null,
      mentions: dedupeMentions(mentions),
      type: e?.type ?? f.local?.type ?? 'organization',
      country: e?.country ?? f.local?.country ?? null,
      wikidata: e?.wikidata ?? null,
    }
    out.push(record)
  }
  return byFirstMention(out, (r) => r.id)
}

export function placeRecords(w: Work): PlaceRecord[] {
  const named = new Set<string>()
  for (const f of w.found) if (f.kind === 'country' && f.form !== 'demonym') named.add(f.id)
  const groups = new Map<string, { f: Found; id: string; mentions: Mention[]; metonym: boolean }>()
  for (const f of w.found) {
    if (f.kind !== 'country' && f.kind !== 'place') continue
    // An ambiguous demonym ("Dominican") names the country the document otherwise names.
    const id = f.form === 'demonym' ? (f.ids.find((x) => named.has(x)) ?? f.id) : f.id
    const g = groups.get(id) ?? { f, id, mentions: [], metonym: false }
    g.mentions.push(mention(w, f.from, f.to, f.form === 'demonym' ? `demonym:${id}` : f.rule))
    if (f.metonym) g.metonym = true
    groups.set(id, g)
  }
  const out: PlaceRecord[] = []
  for (const { f, id, mentions, metonym } of groups.values()) {
    const e = id === f.id ? f.entry : (w.g.entries.get(id) ?? f.entry)
    const kind: PlaceKind =
      f.kind === 'country'
        ? 'country'
        : e?.type === 'city'
          ? 'city'
          : e?.type === 'region'
            ? 'region'
            : e?.type === 'facility' || f.local?.placeKind === 'facility'
              ? 'facility'
              : f.local?.placeKind === 'region'
                ? 'region'
                : f.local?.placeKind === 'city'
                  ? 'city'
                  : 'other'
    const record: PlaceRecord = {
      id,
      name: e?.name ?? f.local?.name ?? spanOf(w, f.from, f.to).text,
      kind,
      country: e?.country ?? f.local?.country ?? null,
      mentions: dedupeMentions(mentions),
      lat: e?.lat ?? null,
      lon: e?.lon ?? null,
    }
    if (metonym) record.metonym = true
    out.push(record)
  }
  return byFirstMention(out, (r) => r.id)
}

/** "Washington said", "the Pentagon announced": a place standing for its government. */
export function markMetonyms(w: Work): void {
  for (const f of w.found) {
    if (f.kind !== 'place' || !f.entry) continue
    const standsFor = f.entry.affiliation !== null || (f.entry.type === 'city' && f.entry.capital) || f.entry.type === 'facility'
    if (!standsFor) continue
    let k = f.to
    if (w.tokens[k]?.norm === "'" && w.tokens[k + 1]?.norm === 's') k += 2
    const next = w.tokens[k]
    if (next && has(w, 'metonym-verb', next.norm) && k === f.to) f.metonym = true
  }
}
