/** `<into>/.fetch-state.json`: each feed's HTTP validators, for conditional requests on later runs. */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomic } from '../ingest/sink.js'

export interface FeedValidators {
  readonly etag: string | null
  readonly lastModified: string | null
}

export interface FetchState {
  readonly feeds: Readonly<Record<string, FeedValidators>>
}

export const STATE_FILE = '.fetch-state.json'

/** The saved state, or an empty one when the file is missing or unreadable (the next run is unconditional). */
export async function loadState(into: string): Promise<FetchState> {
  try {
    const parsed = JSON.parse(await readFile(join(into, STATE_FILE), 'utf8')) as { feeds?: unknown }
    const feeds: Record<string, FeedValidators> = {}
    if (parsed.feeds && typeof parsed.feeds === 'object') {
      for (const [url, v] of Object.entries(parsed.feeds as Record<string, Record<string, unknown>>)) {
        feeds[url] = { etag: str(v?.['etag']), lastModified: str(v?.['lastModified']) }
      }
    }
    return { feeds }
  } catch {
    return { feeds: {} }
  }
}

/** Feeds sorted by URL, so the file only changes when a validator does. */
export async function saveState(into: string, state: FetchState): Promise<void> {
  const feeds = Object.fromEntries(Object.entries(state.feeds).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  await writeAtomic(join(into, STATE_FILE), JSON.stringify({ feeds }, null, 2) + '\n')
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null
}
