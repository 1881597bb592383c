/**
 * npm run bench [-- --runs 3 --skip-starter --skip-export --out docs/benchmarks.md]
 *
 * This deck against the official Slidev starter (create-slidev's template,
 * installed into a temporary folder with this project's Slidev): build and
 * export times, then Lighthouse's own audits on every page in PAGES, desktop
 * and mobile, with its simulated throttling, the built sites served gzipped
 * by lib/static-server.ts. Writes one table to docs/benchmarks.md. One step
 * at a time, so that two cores time one thing at once.
 */
import type { Result } from 'lighthouse'
import type { StdioOptions } from 'node:child_process'
import { execFileSync, spawnSync } from 'node:child_process'
import { closeSync, cpSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { launch } from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM_ARGS, requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { countPdfPages } from '../lib/exported-file'
import { startStaticServer } from '../lib/static-server'

/** The pages Lighthouse loads, with this deck's targets; a deck without the page shows “—”. */
const PAGES = [
  {
    name: 'Slide 1',
    path: '',
    kB: 400,
    requests: 25,
    desktop: 95,
    mobile: 90,
  },
  {
    name: 'Reading edition',
    path: 'read/',
    kB: 150,
    requests: 10,
    desktop: 95,
    mobile: 90,
  },
]
const CATEGORIES = 'performance accessibility best-practices seo'.split(' ')
const FORM_FACTORS = ['desktop', 'mobile'] as const
/** mobile is Lighthouse's default config */
const CONFIGS = { desktop: desktopConfig, mobile: undefined }
/** every host but loopback fails at once: the starter's CDN requests fail alike on every machine */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
const EXPORT_TIMEOUT = ['--timeout', '180000']
const env = { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' }
const TIMEOUT = 15 * 60_000
const NPM_BUILD = 'run build --'.split(' ')

const options = parseOptions('bench', {
  'runs': { type: 'string', default: '3' },
  'skip-starter': { type: 'boolean', default: false },
  'skip-export': { type: 'boolean', default: false },
  'out': { type: 'string', default: 'docs/benchmarks.md' },
})
const runs = Number(options.runs)
if (!Number.isInteger(runs) || runs < 1 || runs > 20)
  fail(`bench: --runs must be a whole number from 1 to 20 (got “${options.runs}”)`)
const chromium = requireChromium('bench')
const work = mkdtempSync(join(os.tmpdir(), 'slidev-bench-'))
const loadAtStart = os.loadavg()[0]!

class Deck {
  builds: number[] = []
  /** `npm run build`: this deck's only */
  fullBuilds: number[] = []
  exports: number[] = []
  dist = { bytes: 0, files: 0 }
  lighthouse = new Map<string, Result>()
  pdf?: { pages: number, bytes: number }
  /** `site`: what Lighthouse loads, this deck's whole build (`npm run build`), the starter's only one */
  constructor(readonly name: string, readonly root: string, readonly id: string, readonly siteName: string) {}
  file = (name: string): string => join(work, `${this.id}-${name}`)
  site = (): string => this.file(this.siteName)
  slidev = (...args: string[]): number => time(join(this.root, 'node_modules/.bin/slidev'), args, this.root)
}
const ours = new Deck('this deck', process.cwd(), 'ours', 'site')
const starter = new Deck('starter', join(work, 'starter'), 'starter', 'dist')

/** Runs a command to its end, its output in a log; returns the wall-clock time in ms. */
function time(command: string, args: string[], cwd: string): number {
  const log = join(work, 'log.txt')
  const out = openSync(log, 'a')
  const stdio: StdioOptions = ['ignore', out, out]
  const started = performance.now()
  const result = spawnSync(command, args, { cwd, stdio, env, timeout: TIMEOUT })
  closeSync(out)
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} in ${cwd}: ${result.error?.message ?? `exit ${result.status ?? result.signal}`}\n${readFileSync(log, 'utf8').trimEnd().split('\n').slice(-15).join('\n')}`)
  return performance.now() - started
}

const version = (name: string, root = process.cwd()): string => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version
/** the middle value, the lower of two; undefined for none */
const median = (values: number[]): number | undefined => values.toSorted((a, b) => a - b)[Math.floor((values.length - 1) / 2)]

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

/** `slidev build` alone (this deck's without its PDF: like for like), and this deck's `npm run build` */
function buildAll(decks: Deck[]): void {
  for (let run = 1; run <= runs; run++) {
    for (const d of decks) {
      console.log(`bench: ${d.name}: slidev build (${run}/${runs})`)
      rmSync(d.file('dist'), { recursive: true, force: true })
      d.builds.push(d.slidev('build', '--out', d.file('dist')))
      const files = readdirSync(d.file('dist'), { recursive: true, encoding: 'utf8' }).map(file => statSync(join(d.file('dist'), file))).filter(file => file.isFile())
      const bytes = files.reduce((sum, file) => sum + file.size, 0)
      d.dist = { bytes, files: files.length }
    }
    console.log(`bench: this deck: npm run build (${run}/${runs})`)
    ours.fullBuilds.push(time('npm', [...NPM_BUILD, `--out=${ours.site()}`], ours.root))
  }
}

async function runLighthouse(url: string, formFactor: typeof FORM_FACTORS[number]): Promise<Result> {
  // a fresh browser per run: nothing cached from the run before
  const chromeFlags = ['--headless=new', ...CHROMIUM_ARGS, OFFLINE]
  const chrome = await launch({ chromePath: chromium, chromeFlags, logLevel: 'silent' })
  try {
    const flags = { port: chrome.port, logLevel: 'error', onlyCategories: CATEGORIES } as const
    const lhr = (await lighthouse(url, flags, CONFIGS[formFactor]))?.lhr
    if (!lhr || lhr.runtimeError)
      throw new Error(`Lighthouse ${formFactor} ${url}: ${lhr?.runtimeError?.message ?? 'no result'}`)
    return lhr
  }
  finally {
    chrome.kill()
  }
}

async function measurePages(d: Deck): Promise<void> {
  const root = d.site()
  const server = await startStaticServer({ root, gzip: true })
  try {
    for (const page of PAGES.filter(page => existsSync(join(d.site(), page.path, 'index.html')))) {
      for (const formFactor of FORM_FACTORS) {
        console.log(`bench: ${d.name}: Lighthouse ${formFactor}, ${page.name}`)
        d.lighthouse.set(`${page.name}, ${formFactor}`, await runLighthouse(`${server.url}${page.path}`, formFactor))
      }
    }
  }
  finally {
    await server.close()
  }
}

/** `slidev export`, the same options for both decks */
async function exportAll(decks: Deck[]): Promise<void> {
  for (let run = 1; run <= runs; run++) {
    for (const d of decks) {
      console.log(`bench: ${d.name}: slidev export (${run}/${runs})`)
      d.exports.push(d.slidev('export', '--executable-path', chromium, `--output=${d.file('deck.pdf')}`, ...EXPORT_TIMEOUT))
      d.pdf = { pages: await countPdfPages(d.file('deck.pdf')), bytes: statSync(d.file('deck.pdf')).size }
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
const VERDICTS = ['❌ not met', '✅ met']

/** a target for this deck: at most, at least, or at most a ratio of the starter's value */
interface Target { max?: number, min?: number, ratio?: number }
interface Row { label: string, value: (d: Deck) => number | undefined, show: (n: number) => string, target?: Target, runs?: (d: Deck) => number[] }
const row = (label: string, value: Row['value'], show: Row['show'], target?: Target, runs?: Row['runs']): Row => ({ label, value, show, target, runs })
const targetText = ({ max, min, ratio }: Target, show: Row['show']): string => [max && `≤ ${show(max)}`, min && `≥ ${min}`, ratio && `≤ ${ratio}× starter`].filter(Boolean).join('')
function meets({ max = Infinity, min = 0, ratio }: Target, mine: number, theirs?: number): boolean {
  return mine <= max && mine >= min && (!ratio || (theirs !== undefined && mine <= ratio * theirs))
}
/** a number from the Lighthouse result of one page and form factor */
const lh = (key: string, pick: (lhr: Result) => number) => (d: Deck) => d.lighthouse.get(key) && pick(d.lighthouse.get(key)!)
const audit = (id: string) => (lhr: Result): number => lhr.audits[id]!.numericValue!

function rows(): Row[] {
  return [
    row(`Build time, like for like (\`slidev build\`, no PDF; median of ${runs})`, d => median(d.builds), seconds, { ratio: 0.5 }, d => d.builds),
    row(`Build time, \`npm run build\` (site and reading edition, accessible PDF, preview image, slide 1 in index.html; median of ${runs})`, d => median(d.fullBuilds), seconds, undefined, d => d.fullBuilds),
    row('dist/ size (like for like)', d => d.dist.bytes || undefined, kB),
    row('dist/ files (like for like)', d => d.dist.files || undefined, count),
    ...PAGES.flatMap(page => [
      row(`${page.name}: bytes on the wire (\`total-byte-weight\`, mobile run)`, lh(`${page.name}, mobile`, audit('total-byte-weight')), kB, { max: page.kB * 1000 }),
      row(`${page.name}: requests (\`network-requests\`, mobile run)`, lh(`${page.name}, mobile`, requests), count, { max: page.requests }),
      row(`${page.name}: of these, failed (other hosts, offline)`, lh(`${page.name}, mobile`, lhr => requests(lhr, true)), count),
      ...FORM_FACTORS.flatMap(formFactor => [
        row(`${page.name}, ${formFactor}: first contentful paint`, lh(`${page.name}, ${formFactor}`, audit('first-contentful-paint')), ms),
        row(`${page.name}, ${formFactor}: largest contentful paint`, lh(`${page.name}, ${formFactor}`, audit('largest-contentful-paint')), ms),
        ...CATEGORIES.map(id => row(`${page.name}, ${formFactor}: Lighthouse ${id}`, lh(`${page.name}, ${formFactor}`, lhr => lhr.categories[id]!.score! * 100), count, { min: { performance: page[formFactor] }[id] ?? 100 })),
      ]),
    ]),
    row(`PDF export time (\`slidev export\`, median of ${runs})`, d => median(d.exports), seconds, undefined, d => d.exports),
    row('PDF export time per slide', d => d.pdf && median(d.exports)! / d.pdf.pages, seconds, { ratio: 0.6 }),
    row('PDF pages', d => d.pdf?.pages, count),
    row('PDF size', d => d.pdf?.bytes, kB, { max: 2e6 }),
  ]
}

function cell(r: Row, d: Deck): string {
  const value = r.value(d)
  const each = (r.runs?.(d) ?? []).map(r.show)
  if (value === undefined)
    return '—'
  return `${r.show(value)}${(each.length > 1 && ` [${each.join(', ')}]`) || ''}`
}

function report(decks: Deck[]): string {
  const table = rows().map((r) => {
    const mine = r.value(ours)
    const theirs = r.value(starter)
    const ratio = (mine !== undefined && theirs && `${(mine / theirs).toFixed(2)}×`) || '—'
    const verdict = (r.target && mine !== undefined && VERDICTS[Number(meets(r.target, mine, theirs))]) || ''
    return `| ${r.label} | ${cell(r, ours)} | ${cell(r, starter)} | ${ratio} | ${(r.target && targetText(r.target, r.show)) || ''} | ${verdict} |`
  })
  // the audits that cost points outside performance, so that a score below 100 says why
  const losing = decks.flatMap(d => [...d.lighthouse].map(([key, lhr]) => {
    const ids = CATEGORIES.slice(1).flatMap(id => lhr.categories[id]!.auditRefs).filter(ref => ref.weight > 0 && (lhr.audits[ref.id]!.score ?? 1) < 1)
    return `- ${d.name}, ${key}: ${ids.map(ref => `\`${ref.id}\``).join(', ') || 'none'}`
  }))
  const starterVersions = (): string => `@slidev/cli ${version('@slidev/cli', starter.root)}, @slidev/theme-seriph ${version('@slidev/theme-seriph', starter.root)}`
  return `# Benchmarks: this deck vs. the official Slidev starter

Written by \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 16)}Z. A snapshot: the deck changes, and so do these numbers.

- Machine: ${os.cpus()[0]?.model.trim()}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end
- Node ${process.version}, Slidev ${version('@slidev/cli')}, Lighthouse ${version('lighthouse')}, ${execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim()}
- Starter: create-slidev ${version('create-slidev')}'s \`template/\`, ${decks.includes(starter)
  ? starterVersions()
  : 'not measured (--skip-starter)'}
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
  buildAll(decks)
  for (const d of decks)
    await measurePages(d)
  if (!options['skip-export'])
    await exportAll(decks)
  writeFileSync(resolve(options.out!), report(decks))
  console.log(`bench: wrote ${options.out}`)
}
catch (error) {
  console.error(`bench: ${(error as Error).message}`)
  process.exitCode = 1
}
finally {
  rmSync(work, { recursive: true, force: true })
}
