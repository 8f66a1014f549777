/** Child process of `pressroom bench`: runs one ingest and reports its peak RSS as JSON on stdout's last line. */
import { main } from './main.js'

const [dir, out] = process.argv.slice(2)
if (!dir || !out) throw new Error('usage: rss-child <inputs> <out>')
const log = console.log
console.log = () => {}
const t0 = performance.now()
const code = await main(['ingest', dir, '--out', out])
console.log = log
console.log(JSON.stringify({ code, seconds: (performance.now() - t0) / 1000, maxRssKb: process.resourceUsage().maxRSS }))
