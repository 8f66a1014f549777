/** Writes output files atomically: a temp file beside the target, then rename. */
import { mkdir, open, rename } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { publishedSchemas } from '../schema/records.js'

export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  const handle = await open(tmp, 'w')
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(tmp, path)
}

export function jsonl(records: readonly unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length > 0 ? '\n' : '')
}

/** out/schema/<name>.schema.json, generated from the zod schemas. */
export async function writeSchemas(outDir: string): Promise<void> {
  for (const [name, schema] of Object.entries(publishedSchemas)) {
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12' })
    await writeAtomic(join(outDir, 'schema', `${name}.schema.json`), JSON.stringify(json, null, 2) + '\n')
  }
}

