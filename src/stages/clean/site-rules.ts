/**
 * Site rules: for sites whose page structure is known (DoD/.mil article pages, DVIDS, army.mil,
 * state.gov, embassy WordPress sites, regional organizations, Caribbean newspapers), the article
 * body is taken by selector. The rules are data (data/site-rules.json); a rule whose selectors
 * find nothing usable falls back to the general scorer.
 */
import type { Document as DomDocument, Element } from 'domhandler'
import { z } from 'zod'
import { DocumentKind } from '../../schema/records.js'
import ruleData from './data/site-rules.json' with { type: 'json' }
import { collectBlocks, type Block } from './html-blocks.js'
import { filterBlocks, makeSkip } from './html-extract.js'
import { publisherByName } from './publisher.js'
import { compileSelector, selectEach } from './select.js'

const RuleFile = z.object({
  rules: z.array(
    z.object({
      id: z.string(),
      hosts: z.array(z.string()).min(1),
      content: z.array(z.string()).min(1),
      remove: z.array(z.string()),
      publisher: z.string().optional(),
      news: z.boolean().optional(),
      kind: DocumentKind.optional(),
      /** How the site writes "11.12.2026" when no date on the page decides it. */
      dottedDates: z.enum(['month-first', 'day-first']).optional(),
    }),
  ),
})

export interface SiteRule {
  readonly id: string
  readonly hosts: readonly string[]
  readonly news: boolean
  /** The kind of the site's pages when a page names none. */
  readonly kind: DocumentKind | null
  /** The article blocks (without `headline`), or null when the page does not have the expected structure. */
  extract(root: DomDocument, headline: Element | null): Block[] | null
}

/** Enough text for a selector to count as the body (shorter ones are teasers or wrappers). */
const MIN_BODY_CHARS = 120

const ruleFile = RuleFile.parse(ruleData)

// Selectors are compiled once, when the rules load; a page is walked once per rule to find them all.
const rules: readonly SiteRule[] = ruleFile.rules.map((r) => {
  const content = r.content.map(compileSelector)
  const remove = r.remove.map(compileSelector)
  return {
    id: r.id,
    hosts: r.hosts,
    news: r.news ?? false,
    kind: r.kind ?? null,
    extract(root: DomDocument, headline: Element | null): Block[] | null {
      const found = selectEach(root, [...remove, ...content])
      const removed = new Set<Element>(found.slice(0, remove.length).flat())
      const skip = makeSkip(removed)
      for (const els of found.slice(remove.length)) {
        for (const el of els) {
          const blocks = filterBlocks(collectBlocks(el, { skip }), headline)
          const chars = blocks.reduce((n, b) => n + b.chars, 0)
          if (chars >= MIN_BODY_CHARS) return blocks
        }
      }
      return null
    },
  }
})

/** The host of a URL, lower-cased, without `www.`; null when it does not parse. */
export function hostOf(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

function hostMatches(host: string, suffix: string): boolean {
  return host === suffix || host.endsWith(`.${suffix}`)
}

/** The rule for this page's host; the most specific (longest) host suffix wins. */
export function matchSiteRule(url: string | null): SiteRule | null {
  const host = hostOf(url)
  return host ? siteRuleOfHost(host) : null
}

/** The rule for a host ("www.dvidshub.net", or a known publisher's "dvidshub.net"). */
export function siteRuleOfHost(host: string): SiteRule | null {
  let best: SiteRule | null = null
  let bestLength = -1
  for (const rule of rules) {
    for (const suffix of rule.hosts) {
      if (hostMatches(host, suffix) && suffix.length > bestLength) {
        best = rule
        bestLength = suffix.length
      }
    }
  }
  return best
}

const MONTH_FIRST_HOSTS: readonly string[] = ruleFile.rules.filter((r) => r.dottedDates === 'month-first').flatMap((r) => r.hosts)

// A host under a country code other than the United States' ("bdf.gov.bb", "gdf.mil.gy").
const FOREIGN_HOST = /\.(?!us$)[a-z]{2}$/

// Menu lines of a site not in English ("Inicio", "Noticias", "Accueil", "Início", "Nieuws").
const FOREIGN_MENU_LINE = /^(?:inicio|noticias|prensa|contacto|buscar|compartir|institucional|accueil|actualit[ée]s|rechercher|in[ií]cio|not[ií]cias|imprensa|contato|nieuws|zoeken)$/i

/**
 * Whether a page that does not state its language (a text dump) shows at least two menu lines of
 * a site not in English among its first 40 lines.
 */
function foreignMenu(source: string): boolean {
  let n = 0
  for (const line of source.split('\n', 40)) if (FOREIGN_MENU_LINE.test(line.trim()) && ++n >= 2) return true
  return false
}

/** What a page says about its own site (from the page's metadata; a text dump has only its URL). */
export interface SiteFacts {
  readonly urls: readonly (string | null)[]
  readonly siteName: string | null
  readonly lang: string | null
}

/**
 * How the page's site writes numeric dates when none of the page's own dates decides it:
 * - dotted dates month first when the page names (links to) a site that writes so ("Date Posted:
 *   11.12.2026" on DVIDS);
 * - slash dates day first ("Date Posted: 12/11/2026" on the Barbados Defence Force's site) when
 *   the page is not in English (for a text dump, which states no language: when its menu is
 *   not), or its own address (URL, canonical, og:url) or the site it names for itself
 *   (og:site_name, a known publisher) is under a country code other than the U.S.'s.
 */
export function dateHabitIn(source: string, site: SiteFacts): { dottedMonthFirst: boolean; slashDayFirst: boolean } {
  const hosts = site.urls.map(hostOf)
  const known = site.siteName ? publisherByName(site.siteName) : null
  if (known) hosts.push(...known.hosts)
  const english = site.lang === null ? !foreignMenu(source) : /^en\b/.test(site.lang)
  return {
    dottedMonthFirst: MONTH_FIRST_HOSTS.some((host) => source.includes(host)),
    slashDayFirst: !english || hosts.some((h) => h !== null && FOREIGN_HOST.test(h)),
  }
}
