/**
 * npm run bench [-- --runs 3 --skip-starter --skip-export --skip-lighthouse --keep --out docs/benchmarks.md]
 *
 * Builds, serves, walks, exports and Lighthouses this deck and, in the same
 * run, the official Slidev starter (create-slidev's template/, installed into
 * a temporary folder with our @slidev/cli version), then prints one table with
 * both side by side and writes it to docs/benchmarks.md.
 * Everything runs one step at a time, so that 2 cores time one thing at once.
 */
import type { Browser } from 'playwright-chromium'
import type { DeckResults, PaintResult } from './lib/bench/report'
import type { Deck } from './lib/bench/slidev'
import type { Outcome } from './lib/bench/steps'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { launchBrowser, measurePaint, measureWire } from './lib/bench/browser'
import { distStats, precache } from './lib/bench/build-output'
import { environment } from './lib/bench/environment'
import { runLighthouse } from './lib/bench/lighthouse'
import { renderReport } from './lib/bench/report'
import { serveDist } from './lib/bench/serve'
import { build, exportPdf } from './lib/bench/slidev'
import { installedVersion, prepareStarter } from './lib/bench/starter'
import { attempt, median } from './lib/bench/steps'

const options = parseOptions('bench', {
  'runs': { type: 'string', default: '3' },
  'skip-starter': { type: 'boolean', default: false },
  'skip-export': { type: 'boolean', default: false },
  'skip-lighthouse': { type: 'boolean', default: false },
  'keep': { type: 'boolean', default: false },
  'out': { type: 'string', default: 'docs/benchmarks.md' },
})
const runs = Number(options.runs)
if (!Number.isInteger(runs) || runs < 1 || runs > 20)
  fail(`bench: --runs must be a whole number from 1 to 20 (got “${options.runs}”)`)

const chromiumPath = requireChromium('bench')

const projectRoot = process.cwd()
const work = mkdtempSync(join(tmpdir(), 'slidev-bench-'))
const logs = join(work, 'logs')
mkdirSync(logs)
const started = performance.now()

function cleanUp() {
  if (options.keep)
    console.log(`bench: kept ${work} (builds, PDFs, logs)`)
  else
    rmSync(work, { recursive: true, force: true })
}
// on every way out, even a crash; Ctrl-C too (the children die with their group)
process.once('exit', cleanUp)
process.once('SIGINT', () => process.exit(130))
// Lighthouse 12 can reject a protocol timer after its run has already
// returned; that stray rejection must not end the bench (the step's own
// outcome already says whether the run worked)
process.on('unhandledRejection', (reason) => {
  console.warn(`bench: ignored a rejection outside any step: ${reason instanceof Error
    ? reason.message
    : String(reason)}`)
})

const ours: Deck = { name: 'this deck', root: projectRoot }
const starter: Deck = {
  name: 'starter',
  root: join(work, 'starter'),
}
const results = new Map<Deck, DeckResults>([
  [
    ours,
    { deck: ours.name, lighthouse: {} },
  ],
  [
    starter,
    { deck: starter.name, lighthouse: {} },
  ],
])
const result = (deck: Deck) => results.get(deck)!
/** the deck's name in file names: 'ours' or 'starter' */
function slug(deck: Deck) {
  return deck === ours
    ? 'ours'
    : 'starter'
}
const outDir = (deck: Deck) => join(work, `dist-${slug(deck)}`)

/** Installs the starter; false (and the reason in its results) if it could not be. */
async function setUpStarter(): Promise<boolean> {
  if (options['skip-starter']) {
    result(starter).missing = 'skipped with --skip-starter'
    return false
  }
  const installed = await attempt('starter: npm install in a temporary folder', () => prepareStarter(starter.root, join(logs, 'starter-install.log'), {
    cli: installedVersion('@slidev/cli'),
    themeDefault: installedVersion('@slidev/theme-default'),
    playwright: installedVersion('playwright-chromium'),
  }))
  if (!installed.ok)
    result(starter).missing = `install failed: ${installed.error.split('\n')[0]}`
  return installed.ok
}

/**
 * Runs `step` `runs` times for each deck, alternating the decks run by run so
 * that a slow spell of the machine hits both. A deck whose step fails once is
 * not run again; its first failure is kept.
 */
async function alternateRuns<T>(decks: Deck[], label: string, step: (deck: Deck) => Promise<T>) {
  const values = new Map<Deck, T[]>(decks.map(deck => [deck, []]))
  const failed = new Map<Deck, Outcome<never>>()
  for (let run = 1; run <= runs; run++) {
    for (const deck of decks.filter(deck => !failed.has(deck))) {
      const outcome = await attempt(`${deck.name}: ${label} (run ${run}/${runs})`, () => step(deck))
      if (outcome.ok)
        values.get(deck)!.push(outcome.value)
      else
        failed.set(deck, outcome)
    }
  }
  return { values, failed }
}

async function buildAll(decks: Deck[]) {
  const { values, failed } = await alternateRuns(decks, 'slidev build', deck =>
    build(deck, outDir(deck), chromiumPath, join(logs, `${slug(deck)}-build.log`)))
  for (const deck of decks) {
    const deckTimes = values.get(deck)!
    result(deck).build = failed.get(deck) ?? {
      ok: true,
      value: {
        runs: deckTimes,
        median: median(deckTimes),
        dist: distStats(outDir(deck)),
      },
    }
    if (result(deck).build!.ok)
      result(deck).precache = precache(outDir(deck))
  }
}

/** Serves one deck's dist/ and takes every browser measurement of it, then closes the server. */
async function measureInBrowser(deck: Deck, browser: Browser) {
  const served = await attempt(`${deck.name}: serve dist/ on 127.0.0.1`, () => serveDist(outDir(deck)))
  if (!served.ok) {
    result(deck).wire = served
    return
  }
  const server = served.value
  result(deck).server = server.server
  try {
    result(deck).wire = await attempt(`${deck.name}: bytes and requests (slide 1, all slides)`, () => measureWire(browser, server.url))
    // every request, for a look at what slide 1 pulls in (kept with --keep)
    if (result(deck).wire?.ok)
      writeFileSync(join(work, `requests-${slug(deck)}.json`), JSON.stringify(result(deck).wire, null, 2))
    result(deck).paint = await attempt(`${deck.name}: time to slide 1 text (${runs} runs)`, async (): Promise<PaintResult> => {
      const paints = []
      for (let run = 0; run < runs; run++)
        paints.push(await measurePaint(browser, server.url))
      // a run without an FCP or LCP entry (NaN) is left out of that median, not allowed to void it
      const finite = (values: number[]) => values.filter(Number.isFinite)
      const medianOrNaN = (values: number[]) => finite(values).length
        ? median(finite(values))
        : Number.NaN
      return {
        runs: paints,
        text: median(paints.map(p => p.text)),
        fcp: medianOrNaN(paints.map(p => p.fcp)),
        lcp: medianOrNaN(paints.map(p => p.lcp)),
      }
    })
    if (!options['skip-lighthouse']) {
      for (const formFactor of ['desktop', 'mobile'] as const)
        result(deck).lighthouse[formFactor] = await attempt(`${deck.name}: Lighthouse ${formFactor}`, () => runLighthouse(server.url, formFactor, chromiumPath))
    }
  }
  finally {
    await server.close()
  }
}

async function exportAll(decks: Deck[]) {
  const { values: done, failed } = await alternateRuns(decks, 'slidev export', deck =>
    exportPdf(deck, join(work, `${slug(deck)}.pdf`), chromiumPath, join(logs, `${slug(deck)}-export.log`)))
  for (const deck of decks) {
    const exports = done.get(deck)!
    const last = exports.at(-1)
    result(deck).export = failed.get(deck) ?? (last && {
      ok: true,
      value: {
        runs: exports,
        median: median(exports.map(e => e.ms)),
        perSlide: median(exports.map(e => e.ms)) / last.pages,
        bytes: last.bytes,
        pages: last.pages,
      },
    })
  }
}

async function main(): Promise<number> {
  const env = environment(chromiumPath)
  const decks = [ours]
  if (await setUpStarter())
    decks.push(starter)

  await buildAll(decks)
  const built = decks.filter(deck => result(deck).build?.ok)

  const browser = await launchBrowser(chromiumPath)
  try {
    for (const deck of built)
      await measureInBrowser(deck, browser)
  }
  finally {
    await browser.close()
  }

  if (!options['skip-export'])
    await exportAll(decks)

  env.load.end = loadavg()[0]
  const report = renderReport({
    env,
    runs,
    ours: result(ours),
    starter: result(starter),
    ourOutDir: '<tmp>/dist-ours',
    starterVersions: decks.includes(starter)
      ? Object.fromEntries([
          '@slidev/cli',
          '@slidev/theme-seriph',
          '@slidev/theme-default',
          'vue',
        ].map(name => [
          name,
          installedVersion(name, starter.root),
        ]))
      : undefined,
  })
  console.log(`\n${report}`)
  const out = resolve(projectRoot, options.out!)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, report)
  console.log(`bench: wrote ${out} in ${((performance.now() - started) / 60_000).toFixed(1)} min`)

  const failures = [
    ...results.values(),
  ].flatMap(deck => [
    deck.build,
    deck.wire,
    deck.paint,
    deck.export,
    deck.lighthouse.desktop,
    deck.lighthouse.mobile,
  ]).filter(outcome => outcome && !outcome.ok)
  return failures.length ? 1 : 0
}

try {
  process.exitCode = await main()
}
catch (error) {
  console.error(`bench: ${error instanceof Error
    ? error.stack
    : error}`)
  process.exitCode = 1
}
