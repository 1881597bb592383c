/**
 * npm run bench [-- --runs 3 --skip-starter --skip-export --out docs/benchmarks.md]: this deck against create-slidev's
 * starter, build and export times and Lighthouse on PAGES; one step at a time, so that two cores time one thing.
 */
import type { Result } from 'lighthouse'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { PDFDocument } from 'pdf-lib'
import { CHROMIUM_ARGS, findChromium, LOOPBACK_ONLY } from '../node/chromium.ts'
import { fail, integerOption, parseOptions } from '../node/cli.ts'
import { startStaticServer } from '../node/static-server.ts'

/**
 * The pages Lighthouse loads, with this deck's targets (desktop, mobile: the performance score; on mobile, the largest
 * paint and the blocking time in ms); a deck without the page shows “—”.
 */
const PAGES = [
  { name: 'Slide 1', path: '', kB: 386, requests: 18, desktop: 100, mobile: 95, lcp: 1500, tbt: 200 },
  { name: 'Reading edition', path: 'read/', kB: 150, requests: 10, desktop: 95, mobile: 90, lcp: 2500, tbt: 200 },
  // the English edition (data/editions.ts): its slide 1 fetches no Chinese font
  { name: 'English slide 1', path: 'en/', kB: 150, requests: 18, desktop: 100, mobile: 95, lcp: 1500, tbt: 200 },
  { name: 'English reading edition', path: 'en/read/', kB: 150, requests: 10, desktop: 95, mobile: 90, lcp: 2500, tbt: 200 },
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const FORM_FACTORS = ['desktop', 'mobile'] as const
const EXPORT_TIMEOUT = ['--timeout', '180000']

const options = parseOptions('bench', {
  'runs': { type: 'string', default: '3' },
  'skip-starter': { type: 'boolean', default: false },
  'skip-export': { type: 'boolean', default: false },
  'out': { type: 'string', default: 'docs/benchmarks.md' },
})
const runs = integerOption('bench', 'runs', options.runs, 1, 20)
const chromium = findChromium({ browser: true })
const work = mkdtempSync(join(os.tmpdir(), 'slidev-bench-'))
process.on('exit', () => rmSync(work, { recursive: true, force: true }))
const loadAtStart = os.loadavg()[0]!

class Deck {
  builds: number[] = []
  /** the builds without what this deck's adds to the site */
  bundles: number[] = []
  fullBuilds: number[] = []
  exports: number[] = []
  size?: { bytes: number, files: number }
  /** every run's result, by “page, form factor” */
  lighthouse = new Map<string, Result[]>()
  pdf?: { pages: number, bytes: number }
  /** `dist`: `slidev build`'s output; `site`: what Lighthouse loads, this deck's `npm run build`, the starter's `slidev build` */
  constructor(readonly name: string, readonly root: string, readonly dist: string, readonly site = dist) {}
}
const ours = new Deck('this deck', process.cwd(), join(work, 'ours-dist'), join(work, 'ours-site'))
const starter = new Deck('starter', join(work, 'starter'), join(work, 'starter-dist'))

/** what the command timed last printed */
let printed = ''

function time(command: string, args: string[], cwd: string): number {
  const started = performance.now()
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 2 ** 28, timeout: 15 * 60_000 })
  printed = `${result.stdout}${result.stderr}`
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} in ${cwd}: ${result.error?.message ?? `exit ${result.status ?? result.signal}`}\n${printed.trimEnd().split('\n').slice(-15).join('\n')}`)
  return performance.now() - started
}
const slidev = (d: Deck, ...args: string[]): number => time(join(d.root, 'node_modules/.bin/slidev'), args, d.root)
const version = (name: string, root = process.cwd()): string => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version

/** create-slidev's template, pinned to this project's Slidev, installed from the registry */
function installStarter(): void {
  console.log('bench: starter: npm install in a temporary folder')
  cpSync('node_modules/create-slidev/template', starter.root, { recursive: true })
  const file = join(starter.root, 'package.json')
  const pkg = JSON.parse(readFileSync(file, 'utf8'))
  for (const name of ['@slidev/cli', '@slidev/theme-default', 'playwright-chromium'])
    pkg.dependencies[name] = version(name)
  writeFileSync(file, JSON.stringify(pkg, null, 2))
  time('npm', 'install --no-audit --no-fund --ignore-scripts --prefer-offline --loglevel=error'.split(' '), starter.root)
}

async function measure(decks: Deck[]): Promise<void> {
  for (let run = 1; run <= runs; run++) {
    for (const d of decks) {
      console.log(`bench: ${d.name}: slidev build (${run}/${runs})`)
      rmSync(d.dist, { recursive: true, force: true })
      d.builds.push(slidev(d, 'build', '--out', d.dist))
      // like for like: without the step this deck's build adds to the site, which it times itself (build/site.ts)
      const completing = Number(/^site: .* in ([\d.]+) s$/m.exec(printed)?.[1] ?? 0) * 1000
      d.bundles.push(d.builds.at(-1)! - completing)
      const files = readdirSync(d.dist, { recursive: true, encoding: 'utf8' }).map(file => statSync(join(d.dist, file))).filter(file => file.isFile())
      d.size = { bytes: files.reduce((sum, file) => sum + file.size, 0), files: files.length }
    }
    console.log(`bench: this deck: npm run build (${run}/${runs})`)
    ours.fullBuilds.push(time('npm', ['run', 'build', '--', `--out=${ours.site}`], ours.root))
  }
  for (let run = 1; run <= runs; run++) {
    for (const d of decks) {
      await using server = await startStaticServer({ root: d.site, gzip: true })
      for (const page of PAGES.filter(page => existsSync(join(d.site, page.path, 'index.html')))) {
        for (const formFactor of FORM_FACTORS) {
          console.log(`bench: ${d.name}: Lighthouse ${formFactor}, ${page.name} (${run}/${runs})`)
          // a fresh browser per run: nothing cached from the run before; only loopback resolves, so that the starter's
          // CDN requests fail alike on every machine
          const chrome = await launch({ chromePath: chromium, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, LOOPBACK_ONLY], logLevel: 'silent' })
          const flags = { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES } as const
          // mobile is Lighthouse's default config
          const lhr = (await lighthouse(`${server.url}${page.path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined).finally(() => chrome.kill()))?.lhr
          if (!lhr || lhr.runtimeError)
            throw new Error(`Lighthouse ${formFactor} ${server.url}${page.path}: ${lhr?.runtimeError?.message ?? 'no result'}`)
          const key = `${page.name}, ${formFactor}`
          d.lighthouse.set(key, [...d.lighthouse.get(key) ?? [], lhr])
        }
      }
    }
  }
  for (let run = 1; run <= runs && !options['skip-export']; run++) {
    for (const d of decks) {
      console.log(`bench: ${d.name}: slidev export (${run}/${runs})`)
      const pdf = `${d.dist}.pdf`
      d.exports.push(slidev(d, 'export', '--executable-path', chromium, `--output=${pdf}`, ...EXPORT_TIMEOUT))
      d.pdf = { pages: (await PDFDocument.load(readFileSync(pdf))).getPageCount(), bytes: statSync(pdf).size }
    }
  }
}

/** the page's http(s) requests in Lighthouse's network-requests (a service worker's precache left out), or those that failed */
function requests(lhr: Result, failed = false): number {
  const items = (lhr.audits['network-requests']!.details as unknown as { items: { url: string, statusCode: number, sessionTargetType: string }[] }).items
  return items.filter(item => /^https?:/.test(item.url) && item.sessionTargetType !== 'worker' && (!failed || item.statusCode < 200 || item.statusCode >= 400)).length
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`
const seconds = (n: number): string => `${(n / 1000).toFixed(2)} s`
const ms = (n: number): string => `${Math.round(n)} ms`
const count = (n: number): string => String(Math.round(n))
/** the middle value, the lower of two; undefined for none */
const median = (values: number[]): number | undefined => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

/** `met`: undefined when it cannot be told (no starter measured) */
interface Target { text: string, met: (mine: number, theirs?: number) => boolean | undefined }
/** `value`: every run's (shown as their median, each in brackets), one value, or none */
interface Row { label: string, value: (d: Deck) => number[], show: (n: number) => string, target?: Target }
const row = (label: string, value: Row['value'], show: Row['show'], target?: Target): Row => ({ label, value, show, target })
const atMost = (max: number, show: Row['show']): Target => ({ text: `≤ ${show(max)}`, met: mine => mine <= max })
const atLeast = (min: number): Target => ({ text: `≥ ${min}`, met: mine => mine >= min })
const ofStarter = (ratio: number): Target => ({ text: `≤ ${ratio}× starter`, met: (mine, theirs) => theirs === undefined ? undefined : mine <= ratio * theirs })
/** a number from each Lighthouse result of one page and form factor */
const lh = (key: string, pick: (lhr: Result) => number) => (d: Deck) => (d.lighthouse.get(key) ?? []).map(pick)
const audit = (id: string) => (lhr: Result): number => lhr.audits[id]!.numericValue!

const ROWS: Row[] = [
  row('Build time, like for like (`slidev build` without what this deck’s adds: the reading edition, slide 1 in index.html, the PDF and the preview image)', d => d.bundles, seconds, ofStarter(0.5)),
  row('Build time, `slidev build` (this deck’s with its reading edition, slide 1 in index.html, the PDF and the preview image)', d => d.builds, seconds),
  row('Build time, `npm run build` (both editions, each as above)', d => d.fullBuilds, seconds),
  row('dist/ size (like for like)', d => d.size ? [d.size.bytes] : [], kB),
  row('dist/ files (like for like)', d => d.size ? [d.size.files] : [], count),
  ...PAGES.flatMap(page => [
    row(`${page.name}: bytes on the wire (\`total-byte-weight\`, mobile runs)`, lh(`${page.name}, mobile`, audit('total-byte-weight')), kB, atMost(page.kB * 1000, kB)),
    row(`${page.name}: requests (\`network-requests\`, mobile runs)`, lh(`${page.name}, mobile`, lhr => requests(lhr)), count, atMost(page.requests, count)),
    row(`${page.name}: of these, failed (other hosts, offline)`, lh(`${page.name}, mobile`, lhr => requests(lhr, true)), count),
    ...FORM_FACTORS.flatMap((formFactor) => {
      const key = `${page.name}, ${formFactor}`
      return [
        row(`${key}: first contentful paint`, lh(key, audit('first-contentful-paint')), ms),
        row(`${key}: largest contentful paint`, lh(key, audit('largest-contentful-paint')), ms, formFactor === 'mobile' ? atMost(page.lcp, ms) : undefined),
        row(`${key}: total blocking time`, lh(key, audit('total-blocking-time')), ms, formFactor === 'mobile' ? atMost(page.tbt, ms) : undefined),
        ...CATEGORIES.map(id => row(`${key}: Lighthouse ${id}`, lh(key, lhr => lhr.categories[id]!.score! * 100), count, atLeast(id === 'performance' ? page[formFactor] : 100))),
      ]
    }),
  ]),
  row('PDF export time (`slidev export`)', d => d.exports, seconds),
  row('PDF export time per slide', d => d.pdf ? [median(d.exports)! / d.pdf.pages] : [], seconds, ofStarter(0.6)),
  row('PDF pages', d => d.pdf ? [d.pdf.pages] : [], count),
  row('PDF size', d => d.pdf ? [d.pdf.bytes] : [], kB, atMost(2e6, kB)),
]

/** the median, then the spread (lowest–highest) and every run in brackets */
function cell({ value, show }: Row, d: Deck): string {
  const values = value(d)
  const each = values.length > 1 ? ` (${show(Math.min(...values))}–${show(Math.max(...values))}) [${values.map(show).join(', ')}]` : ''
  return values.length ? `${show(median(values)!)}${each}` : '—'
}

function report(decks: Deck[]): string {
  const table = ROWS.map((r) => {
    const mine = median(r.value(ours))
    const theirs = median(r.value(starter))
    const ratio = mine !== undefined && theirs ? `${(mine / theirs).toFixed(2)}×` : '—'
    const met = mine === undefined ? undefined : r.target?.met(mine, theirs)
    const verdict = met === undefined ? '' : (met ? '✅ met' : '❌ not met')
    return `| ${r.label} | ${cell(r, ours)} | ${cell(r, starter)} | ${ratio} | ${r.target?.text ?? ''} | ${verdict} |`
  })
  const starterVersions = decks.includes(starter)
    ? `@slidev/cli ${version('@slidev/cli', starter.root)}, @slidev/theme-seriph ${version('@slidev/theme-seriph', starter.root)}`
    : 'not measured (--skip-starter)'
  return `# Benchmarks: this deck vs. the official Slidev starter

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 16)}Z. A snapshot: the deck changes, and so do these numbers.

- Machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end
- Node ${process.version}, Slidev ${version('@slidev/cli')}, Lighthouse ${version('lighthouse')}, ${execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()}
- Starter: create-slidev ${version('create-slidev')}'s \`template/\`, ${starterVersions}
- Every figure: the median of ${runs} runs, then their spread (lowest–highest) and each run in brackets, the decks taking turns; 1 kB = 1000 B. Never the best run.

Lighthouse's mobile figure for slide 1 again, with its command-line tool on the same build as served here (\`npm run build\`, then \`npm run preview -- --gzip\`; the median of three runs should fall within 5 points of the table's):

\`\`\`sh
CHROME_PATH=${chromium} npx lighthouse http://127.0.0.1:4173/ --only-categories=performance --chrome-flags="--headless=new ${CHROMIUM_ARGS.join(' ')}"
\`\`\`

| Metric | This deck | Starter | Ratio (ours / starter) | Target (ours) | Met? |
| --- | ---: | ---: | ---: | --- | --- |
${table.join('\n')}

## How each number is measured

- **Build**: wall-clock time of \`slidev build --out <tmp>\` in each deck's folder. This deck's does more than the starter's: what its build adds to the site (build/site.ts: the reading edition, slide 1 drawn into index.html, the tagged PDF, the preview image; like for like leaves out the time that step prints). \`npm run build\` is this deck's whole build: that, for each edition. Its output is what Lighthouse loads for this deck.
- **Lighthouse**: its Node API, ${runs} runs per page and form factor, each in a fresh headless Chromium (chrome-launcher, the resolved Chromium, \`${LOOPBACK_ONLY}\`); mobile is the default config, desktop \`desktop-config.js\`, both with simulated throttling. Bytes are \`total-byte-weight\` (transfer sizes), requests the http(s) entries of \`network-requests\`, both from the mobile runs. Each dist/ is served on 127.0.0.1 by \`startStaticServer({ gzip: true })\` (node/static-server.ts).
- **PDF**: \`slidev export --executable-path <chromium> --output <tmp> ${EXPORT_TIMEOUT.join(' ')}\`, the same for both decks, wall-clock time (it starts Vite's dev server and Chromium); per slide = time / pages.
`
}

const decks = options['skip-starter'] ? [ours] : [ours, starter]
try {
  if (decks.includes(starter))
    installStarter()
  await measure(decks)
  writeFileSync(options.out, report(decks))
  console.log(`bench: wrote ${options.out}`)
}
catch (error) {
  fail(`bench: ${(error as Error).message}`)
}
