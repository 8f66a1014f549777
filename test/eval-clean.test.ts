import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, describe, expect, test } from 'vitest'
import { evalClean } from '../src/eval/clean.js'
import {
  aggregateShingles,
  aggregateWords,
  countSnippets,
  shinglePrecision,
  shingleRecall,
  shingleScores,
  tokenize,
  wordScores,
} from '../src/eval/clean-metrics.js'

describe('eval clean: the scrapinghub shingle metric', () => {
  test('tokens are runs of word characters, case kept', () => {
    expect(tokenize('U.S.-Caribbean 2020: co_op, Haïti’s')).toEqual(['U', 'S', 'Caribbean', '2020', 'co_op', 'Haïti', 's'])
  })

  test('identical texts match fully', () => {
    expect(shingleScores('a b c d e', 'a b c d e')).toEqual({ tp: 1, fp: 0, fn: 0 })
  })

  test('counts are shingle multisets, divided by their sum', () => {
    // truth shingles: [a b c d], [b c d e]; prediction: [a b c d], [b c d x]
    const c = shingleScores('a b c d x', 'a b c d e')
    expect(c).toEqual({ tp: 1 / 3, fp: 1 / 3, fn: 1 / 3 })
    expect([shinglePrecision(c), shingleRecall(c)]).toEqual([0.5, 0.5])
  })

  test('a text shorter than four tokens is one shorter shingle; an empty text has none', () => {
    expect(shingleScores('a b', 'a b')).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(shingleScores('', 'a b c d')).toEqual({ tp: 0, fp: 0, fn: 1 })
    expect(shingleScores('', '')).toEqual({ tp: 0, fp: 0, fn: 0 })
  })

  test('case matters', () => {
    expect(shingleScores('A b c d', 'a b c d')).toEqual({ tp: 0, fp: 0.5, fn: 0.5 })
  })

  test('precision averages pages with a prediction, recall pages with a truth', () => {
    const pages = [shingleScores('a b c d e', 'a b c d e'), shingleScores('a b c d x', 'a b c d e'), shingleScores('', 'a b c d')]
    const scores = aggregateShingles(pages)
    expect(scores.precision).toBeCloseTo((1 + 0.5) / 2, 10)
    expect(scores.recall).toBeCloseTo((1 + 0.5 + 0) / 3, 10)
    expect(scores.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25, 10)
  })
})

describe('eval clean: the WCXB bag-of-words metric', () => {
  test('lower-cased bags of words', () => {
    const s = wordScores('The Dialogue met the partners', 'the dialogue met')
    expect(s.precision).toBeCloseTo(3 / 5, 10)
    expect(s.recall).toBe(1)
    expect(s.f1).toBeCloseTo(0.75, 10)
  })

  test('repeated words count once per occurrence', () => {
    expect(wordScores('the the the', 'the cat')).toEqual({ precision: 1 / 3, recall: 0.5, f1: 0.4 })
  })

  test('empty texts', () => {
    expect(wordScores('', 'something here')).toEqual({ precision: 0, recall: 0, f1: 0 })
    expect(wordScores('', '')).toEqual({ precision: 1, recall: 1, f1: 1 })
  })

  test('plain means over pages; snippets found after normalizing case, quotes and spaces', () => {
    expect(aggregateWords([{ precision: 1, recall: 0.5, f1: 0.6 }, { precision: 0.5, recall: 1, f1: 0.8 }])).toEqual({ precision: 0.75, recall: 0.75, f1: 0.7 })
    expect(countSnippets('Here’s  the\nplan for 2025.', ["here's the plan", 'not there'])).toBe(1)
  })
})

describe('eval clean: the command', () => {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-eval-clean-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const article = (body: string): string =>
    `<html><head><title>Test page</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Test page</h1>${body}</article><footer>Copyright notice for the site</footer></body></html>`
  const paragraphs = [
    '<p>MIAMI – Defense leaders from the United States, Canada and France will meet, officials said on Tuesday.</p>',
    '<p>The conference, the largest of its kind in the region, will focus on disaster relief and maritime security.</p>',
    '<p>More than 100 participants from 20 nations are expected to attend the two-day event in Florida.</p>',
  ].join('')
  const truth =
    'MIAMI – Defense leaders from the United States, Canada and France will meet, officials said on Tuesday.\n\nThe conference, the largest of its kind in the region, will focus on disaster relief and maritime security.\n\nMore than 100 participants from 20 nations are expected to attend the two-day event in Florida.'

  test('scores a scrapinghub-layout folder, with readability beside it, and ends with the summary line', async () => {
    const dir = join(root, 'scrapinghub')
    mkdirSync(join(dir, 'html'), { recursive: true })
    writeFileSync(join(dir, 'html', 'p1.html.gz'), gzipSync(article(paragraphs)))
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ p1: { url: 'https://example.org/a', articleBody: truth } }))
    const lines: string[] = []
    const { rows } = await evalClean(dir, {}, (l) => lines.push(l))
    expect(rows.map((r) => [r.benchmark, r.extractor, r.metric, r.pages])).toEqual([
      ['scrapinghub', 'readability', 'shingle', 1],
      ['scrapinghub', 'pressroom', 'shingle', 1],
    ])
    expect(rows[1]?.f1).toBe(1)
    expect(lines.at(-1)).toBe('pages 1  P 1.000  R 1.000  F1 1.000')
  })

  test('scores a WCXB-layout folder with snippet shares, leaks and metadata', async () => {
    const dir = join(root, 'wcxb')
    mkdirSync(join(dir, 'html'), { recursive: true })
    mkdirSync(join(dir, 'ground-truth'), { recursive: true })
    writeFileSync(join(dir, 'html', 'dev-1.html.gz'), gzipSync(article(`<p>Share this page</p>${paragraphs}`)))
    writeFileSync(
      join(dir, 'ground-truth', 'dev-1.json'),
      JSON.stringify({
        url: 'https://example.gov/a',
        ground_truth: { title: 'Test page', publish_date: null, main_content: truth, with: ['The conference, the largest'], without: ['Copyright notice'] },
      }),
    )
    const lines: string[] = []
    const { rows } = await evalClean(dir, { errors: true }, (l) => lines.push(l))
    const ours = rows.find((r) => r.extractor === 'pressroom')
    expect(ours).toMatchObject({ benchmark: 'wcxb', metric: 'words', pages: 1, withShare: 1, withoutShare: 0, leaks: { banner: 0, share: 0, related: 0 }, titleRight: 1, publishedRight: 1 })
    expect(ours?.f1).toBe(1)
    expect(lines.at(-1)).toBe('pages 1  P 1.000  R 1.000  F1 1.000')
    expect(lines).toContain('  worst pages for pressroom (readability\'s F1 on the same page in brackets):')
  })

  test('a folder of benchmarks scores each', async () => {
    const lines: string[] = []
    const { rows } = await evalClean(root, {}, (l) => lines.push(l))
    expect(rows.map((r) => `${r.benchmark}/${r.extractor}`)).toEqual(['scrapinghub/readability', 'scrapinghub/pressroom', 'wcxb/readability', 'wcxb/pressroom'])
    expect(lines.at(-1)).toMatch(/^pages 2 {2}P \d\.\d{3} {2}R \d\.\d{3} {2}F1 \d\.\d{3}$/)
  })
})
