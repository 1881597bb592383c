/**
 * npm run bench [-- --runs 3 --skip-starter --skip-export --out docs/benchmarks.md]: this deck against the official
 * Slidev starter (create-slidev's template with this project's Slidev): build and export times, and Lighthouse on every
 * page in PAGES, desktop and mobile, each site served gzipped. One step at a time, so that two cores time one thing.
 */
import type { Result } from 'lighthouse'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { PDFDocument } from 'pdf-lib'
import { CHROMIUM_ARGS, findChromium } from '../lib/browser'
import { integerOption, parseOptions } from '../lib/cli'
import { startStaticServer } from '../lib/static-server'

/** The pages Lighthouse loads, with this deck's targets (lighthouse: the performance score); a deck without one shows “—”. */
const PAGES = [
  { name: 'Slide 1', path: '', kB: 400, requests: 25, desktop: 95, mobile: 90 },
  { name: 'Reading edition', path: 'read/', kB: 150, requests: 10, desktop: 95, mobile: 90 },
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']
const FORM_FACTORS = ['desktop', 'mobile'] as const
/** every host but loopback fails at once: the starter's CDN requests fail alike on every machine */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
const EXPORT_TIMEOUT = ['--timeout', '180000']

const options = parseOptions('bench', {
  'runs': { type: 'string', default: '3' },
  'skip-starter': { type: 'boolean', default: false },
  'skip-export': { type: 'boolean', default: false },
  'out': { type: 'string', default: 'docs/benchmarks.md' },
})
const runs = integerOption('bench', 'runs', options.runs, 1, 20)
const chromium = findChromium()
const work = mkdtempSync(join(os.tmpdir(), 'slidev-bench-'))
const loadAtStart = os.loadavg()[0]!

class Deck {
  builds: number[] = []
  /** `npm run build`: this deck's only */
  fullBuilds: number[] = []
  exports: number[] = []
  size?: { bytes: number, files: number }
  lighthouse = new Map<string, Result>()
  pdf?: { pages: number, bytes: number }
  /** `dist`: `slidev build`'s output; `site`: what Lighthouse loads, this deck's `npm run build`, the starter's `slidev build` */
  constructor(readonly name: string, readonly root: string, readonly dist: string, readonly site = dist) {}
}
const ours = new Deck('this deck', process.cwd(), join(work, 'ours-dist'), join(work, 'ours-site'))
const starter = new Deck('starter', join(work, 'starter'), join(work, 'starter-dist'))

/** Runs a command to its end; returns the wall-clock time in ms, or throws with the end of its output. */
function time(command: string, args: string[], cwd: string): number {
  const started = performance.now()
  const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 2 ** 28, timeout: 15 * 60_000 })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} in ${cwd}: ${result.error?.message ?? `exit ${result.status ?? result.signal}`}\n${`${result.stdout}${result.stderr}`.trimEnd().split('\n').slice(-15).join('\n')}`)
  return performance.now() - started
}
const slidev = (d: Deck, ...args: string[]): number => time(join(d.root, 'node_modules/.bin/slidev'), args, d.root)
const version = (name: string, root = process.cwd()): string => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version

/** create-slidev's template, pinned to this project's Slidev, installed from the registry */
function installStarter(): void {
  cpSync(join(dirname(createRequire(import.meta.url).resolve('create-slidev/package.json')), 'template'), starter.root, { recursive: true })
  renameSync(join(starter.root, '_gitignore'), join(starter.root, '.gitignore'))
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
      // this deck's without --download, so without its PDF: like for like
      d.builds.push(slidev(d, 'build', '--out', d.dist))
      const files = readdirSync(d.dist, { recursive: true, encoding: 'utf8' }).map(file => statSync(join(d.dist, file))).filter(file => file.isFile())
      d.size = { bytes: files.reduce((sum, file) => sum + file.size, 0), files: files.length }
    }
    console.log(`bench: this deck: npm run build (${run}/${runs})`)
    ours.fullBuilds.push(time('npm', ['run', 'build', '--', `--out=${ours.site}`], ours.root))
  }
  for (const d of decks) {
    await using server = await startStaticServer({ root: d.site, gzip: true })
    for (const page of PAGES.filter(page => existsSync(join(d.site, page.path, 'index.html')))) {
      for (const formFactor of FORM_FACTORS) {
        console.log(`bench: ${d.name}: Lighthouse ${formFactor}, ${page.name}`)
        // a fresh browser per run: nothing cached from the run before
        const chrome = await launch({ chromePath: chromium, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, OFFLINE], logLevel: 'silent' })
        const flags = { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES } as const
        // mobile is Lighthouse's default config
        const lhr = (await lighthouse(`${server.url}${page.path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined).finally(() => chrome.kill()))?.lhr
        if (!lhr || lhr.runtimeError)
          throw new Error(`Lighthouse ${formFactor} ${server.url}${page.path}: ${lhr?.runtimeError?.message ?? 'no result'}`)
        d.lighthouse.set(`${page.name}, ${formFactor}`, lhr)
      }
    }
  }
  for (let run = 1; run <= runs && !options['skip-export']; run++) {
    for (const d of decks) {
      console.log(`bench: ${d.name}: slidev export (${run}/${runs})`)
      const pdf = join(work, `${d.name}.pdf`)
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

/** a value, or every run's (shown as their median, each in brackets) */
type Value = number | number[] | undefined
interface Target { text: string, met: (mine: number, theirs?: number) => boolean }
interface Row { label: string, value: (d: Deck) => Value, show: (n: number) => string, target?: Target }
const atMost = (max: number, show: (n: number) => string): Target => ({ text: `≤ ${show(max)}`, met: mine => mine <= max })
const atLeast = (min: number): Target => ({ text: `≥ ${min}`, met: mine => mine >= min })
const ofStarter = (ratio: number): Target => ({ text: `≤ ${ratio}× starter`, met: (mine, theirs) => theirs !== undefined && mine <= ratio * theirs })
const single = (value: Value): number | undefined => Array.isArray(value) ? median(value) : value
/** a number from the Lighthouse result of one page and form factor */
const lh = (key: string, pick: (lhr: Result) => number) => (d: Deck) => d.lighthouse.has(key) ? pick(d.lighthouse.get(key)!) : undefined
const audit = (id: string) => (lhr: Result): number => lhr.audits[id]!.numericValue!

const ROWS: Row[] = [
  { label: `Build time, like for like (\`slidev build\`, no PDF; median of ${runs})`, value: d => d.builds, show: seconds, target: ofStarter(0.5) },
  { label: `Build time, \`npm run build\` (site and reading edition, accessible PDF, preview image, slide 1 in index.html; median of ${runs})`, value: d => d.fullBuilds, show: seconds },
  { label: 'dist/ size (like for like)', value: d => d.size?.bytes, show: kB },
  { label: 'dist/ files (like for like)', value: d => d.size?.files, show: count },
  ...PAGES.flatMap(page => [
    { label: `${page.name}: bytes on the wire (\`total-byte-weight\`, mobile run)`, value: lh(`${page.name}, mobile`, audit('total-byte-weight')), show: kB, target: atMost(page.kB * 1000, kB) },
    { label: `${page.name}: requests (\`network-requests\`, mobile run)`, value: lh(`${page.name}, mobile`, requests), show: count, target: atMost(page.requests, count) },
    { label: `${page.name}: of these, failed (other hosts, offline)`, value: lh(`${page.name}, mobile`, lhr => requests(lhr, true)), show: count },
    ...FORM_FACTORS.flatMap(formFactor => [
      { label: `${page.name}, ${formFactor}: first contentful paint`, value: lh(`${page.name}, ${formFactor}`, audit('first-contentful-paint')), show: ms },
      { label: `${page.name}, ${formFactor}: largest contentful paint`, value: lh(`${page.name}, ${formFactor}`, audit('largest-contentful-paint')), show: ms },
      ...CATEGORIES.map(id => ({
        label: `${page.name}, ${formFactor}: Lighthouse ${id}`,
        value: lh(`${page.name}, ${formFactor}`, lhr => lhr.categories[id]!.score! * 100),
        show: count,
        target: atLeast(id === 'performance' ? page[formFactor] : 100),
      })),
    ]),
  ]),
  { label: `PDF export time (\`slidev export\`, median of ${runs})`, value: d => d.exports, show: seconds },
  { label: 'PDF export time per slide', value: d => d.pdf && median(d.exports)! / d.pdf.pages, show: seconds, target: ofStarter(0.6) },
  { label: 'PDF pages', value: d => d.pdf?.pages, show: count },
  { label: 'PDF size', value: d => d.pdf?.bytes, show: kB, target: atMost(2e6, kB) },
]

function cell({ value, show }: Row, d: Deck): string {
  const v = value(d)
  const n = single(v)
  if (n === undefined)
    return '—'
  return Array.isArray(v) && v.length > 1 ? `${show(n)} [${v.map(show).join(', ')}]` : show(n)
}

function report(decks: Deck[]): string {
  const table = ROWS.map((row) => {
    const mine = single(row.value(ours))
    const theirs = single(row.value(starter))
    const ratio = mine !== undefined && theirs ? `${(mine / theirs).toFixed(2)}×` : '—'
    const verdict = row.target && mine !== undefined ? (row.target.met(mine, theirs) ? '✅ met' : '❌ not met') : ''
    return `| ${row.label} | ${cell(row, ours)} | ${cell(row, starter)} | ${ratio} | ${row.target?.text ?? ''} | ${verdict} |`
  })
  // the audits that cost points outside performance, so that a score below 100 says why
  const losing = decks.flatMap(d => [...d.lighthouse].map(([key, lhr]) => {
    const refs = CATEGORIES.slice(1).flatMap(id => lhr.categories[id]!.auditRefs).filter(ref => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1)
    return `- ${d.name}, ${key}: ${refs.map(ref => `\`${ref.id}\``).join(', ') || 'none'}`
  }))
  const starterVersions = decks.includes(starter)
    ? `@slidev/cli ${version('@slidev/cli', starter.root)}, @slidev/theme-seriph ${version('@slidev/theme-seriph', starter.root)}`
    : 'not measured (--skip-starter)'
  return `# Benchmarks: this deck vs. the official Slidev starter

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 16)}Z. A snapshot: the deck changes, and so do these numbers.

- Machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end
- Node ${process.version}, Slidev ${version('@slidev/cli')}, Lighthouse ${version('lighthouse')}, ${execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()}
- Starter: create-slidev ${version('create-slidev')}'s \`template/\`, ${starterVersions}
- Times: median of ${runs} runs, each run in brackets, the decks taking turns; 1 kB = 1000 B.

| Metric | This deck | Starter | Ratio (ours / starter) | Target (ours) | Met? |
| --- | ---: | ---: | ---: | --- | --- |
${table.join('\n')}

## Lighthouse audits that cost points (accessibility, best practices, SEO)

${losing.join('\n')}

## How each number is measured

- **Build**: wall-clock time of \`slidev build --out <tmp>\` in each deck's folder; this deck's without \`--download\`, so without its PDF, like the starter's. \`npm run build\` is this deck's whole build: \`slidev build --download --range=1\` (with Slidev's own one-page PDF, which the build replaces), then the tagged PDF, the preview image and slide 1's snapshot in index.html, from the built site. Its output is what Lighthouse loads for this deck.
- **Lighthouse**: its Node API, one run per page and form factor, each in a fresh headless Chromium (chrome-launcher, the resolved Chromium, \`${OFFLINE}\`); mobile is the default config, desktop \`desktop-config.js\`, both with simulated throttling. Bytes are \`total-byte-weight\` (transfer sizes), requests the http(s) entries of \`network-requests\`, both from the mobile run. Each dist/ is served on 127.0.0.1 by \`startStaticServer({ gzip: true })\` (lib/static-server.ts).
- **PDF**: \`slidev export --executable-path <chromium> --output <tmp> ${EXPORT_TIMEOUT.join(' ')}\`, the same for both decks, wall-clock time (it starts Vite's dev server and Chromium); per slide = time / pages.
`
}

try {
  const decks = [ours]
  if (!options['skip-starter']) {
    console.log('bench: starter: npm install in a temporary folder')
    installStarter()
    decks.push(starter)
  }
  await measure(decks)
  writeFileSync(options.out!, report(decks))
  console.log(`bench: wrote ${options.out}`)
}
catch (error) {
  console.error(`bench: ${(error as Error).message}`)
  process.exitCode = 1
}
finally {
  rmSync(work, { recursive: true, force: true })
}
