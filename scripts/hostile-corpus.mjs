#!/usr/bin/env node
// Generates a hostile input corpus for `pressroom ingest`: broken, binary, huge, mis-encoded and
// regex-hostile files among many ordinary releases (a few templates, varied). Deterministic: the
// same arguments write the same bytes. A hidden `.manifest.json` (skipped by ingest) says what
// each file should become:
//   good    a document
//   bad     an error record (with `code`, the expected error code)
//   either  a document or an error record with a clear message, but no crash and no hang
//
// usage: node scripts/hostile-corpus.mjs <dir> [--count 1000] [--huge-mb 50] [--no-huge] [--good-only]
//   --count      total number of inputs (at least the number of hostile cases; the rest are good)
//   --huge-mb    size of the file past the 16 MB input limit (written in chunks, never held in memory)
//   --good-only  only the ordinary releases (a quick, well-behaved corpus, e.g. for resume tests)
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a))
if (!dir) {
  console.error('usage: node scripts/hostile-corpus.mjs <dir> [--count 1000] [--huge-mb 50] [--no-huge] [--good-only]')
  process.exit(2)
}
const option = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback
}
const count = option('--count', 1000)
const goodOnly = args.includes('--good-only')
const hugeMb = args.includes('--no-huge') || goodOnly ? 0 : option('--huge-mb', 50)

// A small deterministic PRNG (mulberry32), so the corpus is the same on every machine.
let seed = 0x5eed
function random() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (list) => list[Math.floor(random() * list.length)]

const countries = ['Guyana', 'Jamaica', 'Barbados', 'Trinidad and Tobago', 'Belize', 'the Dominican Republic', 'Saint Lucia', 'Haiti', 'the Bahamas', 'Grenada', 'Suriname', 'Antigua and Barbuda']
const capitals = ['Georgetown', 'Kingston', 'Bridgetown', 'Port of Spain', 'Belmopan', 'Santo Domingo', 'Castries', 'Port-au-Prince', 'Nassau', "St. George's", 'Paramaribo', "St. John's"]
const orgs = ['U.S. Southern Command', 'the Caribbean Community (CARICOM)', 'the Regional Security System', 'the U.S. Coast Guard', 'the Department of State', 'the Jamaica Defence Force', 'the Guyana Defence Force', 'the Barbados Defence Force']
const people = [
  ['Adm.', 'Alvin Holsey', 'Commander of U.S. Southern Command'],
  ['Gen.', 'Laura Richardson', 'Commander of U.S. Southern Command'],
  ['Ambassador', 'Nicole Theriot', 'U.S. Ambassador to Guyana'],
  ['Brig. Gen.', 'Omar Khan', 'Chief of Staff of the Guyana Defence Force'],
  ['Lt. Gen.', 'Rocky Meade', 'Chief of Defence Staff of the Jamaica Defence Force'],
  ['Secretary', 'Antony Blinken', 'Secretary of State'],
]
const events = [
  ['met with', 'to discuss maritime security, disaster preparedness and countering transnational organized crime'],
  ['hosted', 'for the annual security cooperation dialogue'],
  ['visited', 'to observe the opening of exercise Tradewinds'],
  ['signed an agreement with', 'on information sharing and humanitarian assistance'],
  ['delivered two interceptor boats to', 'to strengthen coastal patrols'],
]
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const filler = [
  'The visit underscored the enduring partnership between the United States and Caribbean nations.',
  'Officials reviewed progress under the Caribbean Basin Security Initiative and agreed on next steps.',
  'Participants discussed training opportunities, logistics support and the protection of critical infrastructure.',
  'Both delegations reaffirmed their commitment to a secure, prosperous and democratic hemisphere.',
  'The meeting also addressed climate resilience and the response to recent hurricanes in the region.',
  'Further engagements are planned with regional partners to sustain the momentum of this cooperation.',
]

function release(i, { dates = true, entities = true } = {}) {
  const c = i % countries.length
  const [rank, name, role] = pick(people)
  const [verb, purpose] = pick(events)
  const year = 2015 + (i % 10)
  const month = months[i % 12]
  const day = 1 + (i % 28)
  const when = dates ? `On ${month} ${day}, ${year}, ` : ''
  const lead = entities
    ? `${when}${rank} ${name}, ${role}, ${verb} officials of ${countries[c]} in ${capitals[c]} ${purpose}, together with representatives of ${pick(orgs)}.`
    : `${when}the delegation ${verb} local officials ${purpose}. The sides talked at length and agreed to keep talking.`
  const body = [lead, ...Array.from({ length: 3 + (i % 3) }, () => (entities ? pick(filler) : 'The talks were constructive and covered many topics of shared interest for both sides.'))]
  const title = entities ? `${name} ${verb.split(' ')[0]} ${countries[c]} officials (${i})` : `Delegation holds talks (${i})`
  return { title, body, published: dates ? `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null }
}

function html(r, extraHead = '') {
  const meta = r.published ? `<meta property="article:published_time" content="${r.published}T10:00:00-05:00">` : ''
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${r.title}</title>${meta}${extraHead}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${r.title}</h1>
${r.body.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer><p>Official website of the United States government</p></footer></body></html>\n`
}

function text(r) {
  return `${r.title}\n\n${r.published ? `date ${r.published}\n\n` : ''}${r.body.join('\n\n')}\n`
}

const manifest = {}
mkdirSync(dir, { recursive: true })
const put = (name, content, expect, code) => {
  writeFileSync(join(dir, name), content)
  manifest[name] = code ? { expect, code } : { expect }
}
const enc = (s) => Buffer.from(s, 'utf8')

if (!goodOnly) hostileCases()

function hostileCases() {
  // --- bad: must be error records
  put('empty.html', '', 'bad', 'load/empty')
  put('whitespace-only.txt', ' \n\t\n   \n', 'bad', 'load/empty')
  put('binary-random.html', Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256))), 'bad', 'load/binary')
  put('binary-png.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(2048, 7)]), 'bad', 'load/binary')
  put('binary-gzip.html.gz', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3]), Buffer.from(Array.from({ length: 3000 }, (_, k) => (k * 31) % 256))]), 'bad', 'load/binary')
  put('binary-pdf-like.html', Buffer.concat([enc('%PDF-1.7\n'), Buffer.from(Array.from({ length: 3000 }, (_, k) => (k * 7) % 32))]), 'bad', 'load/binary')
  put('nul-bytes.txt', Buffer.concat([enc(text(release(1))), Buffer.alloc(64, 0)]), 'bad', 'load/binary')
  put('chrome-only.html', '<!DOCTYPE html><html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav><footer>Privacy</footer></body></html>', 'bad', 'clean/empty-body')
  put('truncated-in-head.html', html(release(2)).slice(0, 90), 'bad', 'clean/empty-body')
  if (hugeMb > 0) {
    // Past the 16 MB limit: refused by size, never read whole.
    const fd = openSync(join(dir, `huge-${hugeMb}mb.html`), 'w')
    const chunk = Buffer.from(`<p>${'All work and no play makes a long release. '.repeat(23)}</p>\n`.repeat(1000))
    writeSync(fd, enc('<!DOCTYPE html><html><body>'))
    for (let written = 0; written < hugeMb * 1024 * 1024; written += chunk.length) writeSync(fd, chunk)
    closeSync(fd)
    manifest[`huge-${hugeMb}mb.html`] = { expect: 'bad', code: 'load/too-large' }
  }

  // --- good despite the encoding or the content: must be documents
  const r3 = release(3)
  put('utf16le-bom.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html(r3), 'utf16le')]), 'good')
  const be = Buffer.from(html(release(4)), 'utf16le')
  for (let k = 0; k + 1 < be.length; k += 2) [be[k], be[k + 1]] = [be[k + 1], be[k]]
  put('utf16be-bom.html', Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'good')
  put('utf8-bom.html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), enc(html(release(5)))]), 'good')
  // Windows-1252 curly quotes and dashes (0x93 0x94 0x96), declared and undeclared.
  const cp1252 = (s) => Buffer.from(s.replace(/"/g, '\u0001').replace(/ - /g, ' \u0002 '), 'latin1').map((b) => (b === 1 ? 0x93 : b === 2 ? 0x96 : b))
  put('windows-1252-declared.html', cp1252(html(release(6), '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').replace('<meta charset="utf-8">', '')), 'good')
  put('windows-1252-undeclared.txt', cp1252(`${text(release(7))}\nHe said "we stand together" - and the talks went on.\n`), 'good')
  const invalid = enc(html(release(8)))
  put('invalid-utf8.html', Buffer.concat([invalid.subarray(0, 400), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28]), invalid.subarray(400)]), 'good')
  put('no-dates.html', html(release(9, { dates: false })), 'good')
  put('no-entities.html', html(release(10, { entities: false })), 'good')
  put('no-dates-no-entities.txt', text(release(11, { dates: false, entities: false })), 'good')
  put('crlf-line-endings.txt', text(release(12)).replace(/\n/g, '\r\n'), 'good')
  put('truncated-mid-body.html', html(release(13)).slice(0, -160), 'either')

  // --- hostile markup: a document or a clear error, within the time limit
  const r = release(14)
  put('nested-100k-divs.html', `<!DOCTYPE html><html><body>${'<div>'.repeat(100_000)}<p>${r.body.join(' ')}</p>${'</div>'.repeat(100_000)}</body></html>`, 'either')
  put('nested-100k-unclosed.html', `<!DOCTYPE html><html><body>${'<div><span>'.repeat(50_000)}<p>${r.body.join(' ')}</p></body></html>`, 'either')
  put('single-line-10mb.html', `<!DOCTYPE html><html><body><p>${'The talks covered maritime security on May 1, 2024 in Georgetown, Guyana. '.repeat(140_000)}</p></body></html>`, 'either')
  put('single-line-10mb.txt', `${'word '.repeat(2_100_000)}\n`, 'either')
  put('a-then-100k-spaces.html', `<!DOCTYPE html><html><body><p>${r.body[0]}</p><a${' '.repeat(100_000)}</body></html>`, 'either')
  put('unclosed-comment.html', `<!DOCTYPE html><html><body><p>${r.body[0]}</p><!--${' comment <p>text</p>'.repeat(20_000)}`, 'either')
  put('unclosed-attribute.html', `<!DOCTYPE html><html><body><p>${r.body[0]}</p><a href="${'x '.repeat(100_000)}`, 'either')
  put('unclosed-script.html', `<!DOCTYPE html><html><body><p>${r.body.join(' ')}</p><script>${'var a = "<p>";'.repeat(30_000)}`, 'either')
  put('lt-run-100k.html', `<!DOCTYPE html><html><body>${'<'.repeat(100_000)}<p>${r.body.join(' ')}</p></body></html>`, 'either')
  put('lt-run-100k.txt', `${'<'.repeat(100_000)}\n${r.body.join('\n\n')}\n`, 'either')
  put('many-attributes.html', `<!DOCTYPE html><html><body><div ${Array.from({ length: 50_000 }, (_, k) => `a${k}="${k}"`).join(' ')}><p>${r.body.join(' ')}</p></div></body></html>`, 'either')
  put('many-entities.html', `<!DOCTYPE html><html><body><p>${'&amp;&nbsp;&#x2014;&bogus;'.repeat(100_000)}</p><p>${r.body.join(' ')}</p></body></html>`, 'either')
  put('long-word-1mb.txt', `${r.title}\n\n${'a'.repeat(1_000_000)}\n\n${r.body.join('\n\n')}\n`, 'either')
  put('date-soup.txt', `${r.title}\n\n${Array.from({ length: 20_000 }, (_, k) => `${months[k % 12]} ${1 + (k % 28)}, ${2000 + (k % 25)} -`).join(' ')}\n`, 'either')
  put('capitalized-soup.txt', `${r.title}\n\n${Array.from({ length: 60_000 }, (_, k) => `${pick(['Minister', 'General', 'Ambassador'])} ${pick(capitals)}`).join(' ')}\n`, 'either')
  put('punctuation-run.txt', `${r.title}\n\n${'.,;:!?'.repeat(100_000)}\n\n${r.body.join('\n\n')}\n`, 'either')
  put('control-chars.txt', `${r.title}\n\n${r.body.join('\u000b\n\n')}\n`, 'either')
  put('only-markup.html', `<!DOCTYPE html><html><body>${'<div><span></span></div>'.repeat(20_000)}</body></html>`, 'bad', 'clean/empty-body')
}

const hostile = Object.keys(manifest).length
if (count < hostile) console.error(`note: --count ${count} is below the ${hostile} hostile cases; writing those only`)
for (let i = 0; hostile + i < count; i++) {
  const rel = release(100 + i)
  const variant = i % 4
  if (variant === 3) put(`good-${String(i).padStart(4, '0')}.txt`, text(rel), 'good')
  else put(`good-${String(i).padStart(4, '0')}.html`, html(rel), 'good')
}
writeFileSync(join(dir, '.manifest.json'), JSON.stringify(manifest, null, 1) + '\n')
const n = Object.keys(manifest).length
const by = (e) => Object.values(manifest).filter((m) => m.expect === e).length
console.log(`hostile corpus: ${n} inputs in ${dir} (${by('good')} good, ${by('bad')} bad, ${by('either')} either); manifest in ${join(dir, '.manifest.json')}`)
