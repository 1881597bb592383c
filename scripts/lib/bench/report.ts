/**
 * The report: one Markdown table with both decks side by side, their ratio,
 * and the targets next to our values; then slide 1's fonts, the PWA precache,
 * what failed, and how each number was taken. Printed and written alike.
 */
import type { PaintTimes, WireResult } from './browser'
import type { DistStats, Precache } from './build-output'
import type { Environment } from './environment'
import type { FormFactor, Scores } from './lighthouse'
import type { ExportRun } from './slidev'
import type { Outcome } from './steps'
import { OFFLINE_ARG, VIEWPORT } from './browser'
import { CATEGORIES } from './lighthouse'
import { EXPORT_ARGS } from './slidev'

export interface BuildResult { runs: number[], median: number, dist: DistStats }
export interface PaintResult { runs: PaintTimes[], text: number, fcp: number, lcp: number }
export interface ExportResult { runs: ExportRun[], median: number, perSlide: number, bytes: number, pages: number }

/** undefined anywhere below means “not measured in this run” (skipped by an option, or after a failed build). */
export interface DeckResults {
  deck: string
  build?: Outcome<BuildResult>
  wire?: Outcome<WireResult>
  paint?: Outcome<PaintResult>
  export?: Outcome<ExportResult>
  lighthouse: Partial<Record<FormFactor, Outcome<Scores>>>
  precache?: Precache | null
  server?: 'project' | 'stand-in'
  /** why the whole deck is missing, e.g. the starter's install failed */
  missing?: string
}

export interface ReportInput {
  env: Environment
  runs: number
  ours: DeckResults
  starter: DeckResults
  /** where ours was built: the bench never writes to the project's dist/ */
  ourOutDir: string
  starterVersions?: Record<string, string>
}

type Cell = { kind: 'value', n: number } | { kind: 'failed', step: string } | { kind: 'skipped' }

interface Target {
  text: string
  met: (ours: number, starter: number | undefined) => boolean | undefined
}

interface Row {
  label: string
  get: (deck: DeckResults) => Cell
  format: (n: number) => string
  target?: Target
  /** each run's value, shown after the median */
  runs?: (deck: DeckResults) => number[] | undefined
}

/** 1 kB = 1000 B and 1 MB = 10⁶ B, as Chrome DevTools and Lighthouse count. */
const KB = 1000
const MB = 1000 * KB

function pick<T>(outcome: Outcome<T> | undefined, value: (t: T) => number): Cell {
  if (!outcome)
    return { kind: 'skipped' }
  if (!outcome.ok)
    return { kind: 'failed', step: outcome.step }
  const n = value(outcome.value)
  return Number.isFinite(n)
    ? { kind: 'value', n }
    : { kind: 'skipped' }
}

export function formatBytes(n: number): string {
  return `${Math.round(n).toLocaleString('en-US')} B (${(n / KB).toFixed(1)} kB)`
}
const formatCount = (n: number) => Math.round(n).toLocaleString('en-US')
const formatSeconds = (n: number) => `${(n / 1000).toFixed(2)} s`
const formatMs = (n: number) => `${Math.round(n)} ms`
const formatScore = (n: number) => String(Math.round(n))

function atMost(limit: number, shown: string): Target {
  return {
    text: `≤ ${shown}`,
    met: ours => ours <= limit,
  }
}
function atLeast(limit: number): Target {
  return {
    text: limit === 100
      ? '100'
      : `≥ ${limit}`,
    met: ours => ours >= limit,
  }
}
function ratioAtMost(limit: number): Target {
  return {
    text: `≤ ${limit}× starter`,
    met: (ours, starter) => starter === undefined
      ? undefined
      : ours <= limit * starter,
  }
}

function lighthouseRows(formFactor: FormFactor): Row[] {
  return CATEGORIES.map(category => ({
    label: `Lighthouse ${formFactor}: ${category}`,
    get: deck => pick(deck.lighthouse[formFactor], scores => scores[category]),
    format: formatScore,
    target: category === 'performance'
      ? atLeast(formFactor === 'desktop'
          ? 95
          : 90)
      : atLeast(100),
  }))
}

function rows(runs: number): Row[] {
  const medianOf = runs > 1
    ? `median of ${runs}`
    : '1 run'
  return [
    {
      label: `Build time (\`slidev build\`, ${medianOf})`,
      get: d => pick(d.build, b => b.median),
      format: formatSeconds,
      target: ratioAtMost(0.5),
      runs: d => d.build?.ok ? d.build.value.runs : undefined,
    },
    {
      label: 'dist/ size',
      get: d => pick(d.build, b => b.dist.bytes),
      format: formatBytes,
    },
    {
      label: 'dist/ files',
      get: d => pick(d.build, b => b.dist.files),
      format: formatCount,
    },
    {
      label: 'Slide 1: bytes on the wire (gzip, incl. fonts)',
      get: d => pick(d.wire, w => w.slide1.bytes),
      format: formatBytes,
      target: atMost(400 * KB, '400 kB'),
    },
    {
      label: 'Slide 1: requests',
      get: d => pick(d.wire, w => w.slide1.requests),
      format: formatCount,
      target: atMost(25, '25'),
    },
    {
      label: 'All slides walked: bytes on the wire',
      get: d => pick(d.wire, w => w.walk.bytes),
      format: formatBytes,
      target: atMost(700 * KB, '700 kB'),
    },
    {
      label: 'All slides walked: requests',
      get: d => pick(d.wire, w => w.walk.requests),
      format: formatCount,
    },
    {
      label: 'Slides walked (key presses)',
      get: d => pick(d.wire, w => w.slides),
      format: formatCount,
    },
    {
      label: `Slide 1 text visible, fonts ready (${medianOf})`,
      get: d => pick(d.paint, p => p.text),
      format: formatMs,
      runs: d => d.paint?.ok
        ? d.paint.value.runs.map(p => p.text)
        : undefined,
    },
    {
      label: `First contentful paint (${medianOf})`,
      get: d => pick(d.paint, p => p.fcp),
      format: formatMs,
    },
    {
      label: `Largest contentful paint (${medianOf})`,
      get: d => pick(d.paint, p => p.lcp),
      format: formatMs,
    },
    {
      label: `PDF export time (\`slidev export\`, ${medianOf})`,
      get: d => pick(d.export, e => e.median),
      format: formatSeconds,
      runs: d => d.export?.ok
        ? d.export.value.runs.map(e => e.ms)
        : undefined,
    },
    {
      label: 'PDF export time per slide',
      get: d => pick(d.export, e => e.perSlide),
      format: formatSeconds,
      target: ratioAtMost(0.6),
    },
    {
      label: 'PDF pages',
      get: d => pick(d.export, e => e.pages),
      format: formatCount,
    },
    {
      label: 'PDF size',
      get: d => pick(d.export, e => e.bytes),
      format: formatBytes,
      target: atMost(2 * MB, '2 MB'),
    },
    ...lighthouseRows('desktop'),
    ...lighthouseRows('mobile'),
  ]
}

function showCell(cell: Cell, format: (n: number) => string, deck: DeckResults): string {
  if (deck.missing)
    return `not measured (${deck.missing})`
  if (cell.kind === 'value')
    return format(cell.n)
  return cell.kind === 'failed'
    ? `**failed** (${cell.step})`
    : '—'
}

function showRuns(row: Row, deck: DeckResults): string {
  const values = row.runs?.(deck)
  return values && values.length > 1
    ? ` [${values.map(row.format).join(', ')}]`
    : ''
}

function verdict(met: boolean | undefined): string {
  if (met === undefined)
    return 'not measured'
  return met ? '✅ met' : '❌ not met'
}

function mainTable(input: ReportInput): string[] {
  const lines = [
    '| Metric | This deck | Starter | Ratio (ours / starter) | Target (ours) | Met? |',
    '| --- | ---: | ---: | ---: | --- | --- |',
  ]
  for (const row of rows(input.runs)) {
    const ours = row.get(input.ours)
    const starter = row.get(input.starter)
    const oursN = ours.kind === 'value'
      ? ours.n
      : undefined
    const starterN = starter.kind === 'value' && !input.starter.missing
      ? starter.n
      : undefined
    const ratio = oursN !== undefined && starterN
      ? `${(oursN / starterN).toFixed(2)}×`
      : '—'
    let oursText = showCell(ours, row.format, input.ours) + showRuns(row, input.ours)
    if (row.label.startsWith('Slides walked') && input.ours.wire?.ok)
      oursText += ` (${input.ours.wire.value.presses})`
    let starterText = showCell(starter, row.format, input.starter) + (input.starter.missing
      ? ''
      : showRuns(row, input.starter))
    if (row.label.startsWith('Slides walked') && input.starter.wire?.ok && !input.starter.missing)
      starterText += ` (${input.starter.wire.value.presses})`
    const met = row.target && oursN !== undefined
      ? row.target.met(oursN, starterN)
      : undefined
    lines.push(`| ${row.label} | ${oursText} | ${starterText} | ${ratio} | ${row.target?.text ?? ''} | ${row.target
      ? verdict(met)
      : ''} |`)
  }
  return lines
}

type FontClass = 'Chinese regular' | 'Chinese heading' | 'Chinese (weight?)' | 'Latin/other'

/**
 * Sorts a font file by its name: fontsource names carry the weight before
 * “-normal” (noto-sans-sc-100-400-normal: subset 100, weight 400).
 */
export function classifyFont(url: string): FontClass {
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '').toLowerCase()
  const chinese = /noto-?sans-?sc|noto-?serif-?sc|cjk|hans|chinese|source-?han|[-_.]sc[-_.]|[-_.]zh[-_.]/.test(name)
  if (!chinese)
    return 'Latin/other'
  const weight = Number(name.match(/-(\d00)-(?:normal|italic)/)?.[1] ?? name.match(/[-_.](\d00)[-_.]/)?.[1] ?? Number.NaN)
  if (weight >= 600 || /bold|black|heavy|semibold/.test(name))
    return 'Chinese heading'
  if (weight === 400 || /regular/.test(name))
    return 'Chinese regular'
  return 'Chinese (weight?)'
}

function fontSection(deck: DeckResults): string[] {
  if (!deck.wire?.ok)
    return ['Fonts: not measured (the browser step did not run).']
  const fonts = deck.wire.value.slide1.fonts.map(font => ({
    ...font,
    file: new URL(font.url).pathname.split('/').pop() ?? font.url,
    kind: classifyFont(font.url),
  }))
  const total = (kind: FontClass) => fonts.filter(font => font.kind === kind).reduce((sum, font) => sum + font.bytes, 0)
  const count = (kind: FontClass) => fonts.filter(font => font.kind === kind).length
  const lines = [
    `Font files slide 1 downloads (this deck): ${fonts.length} files, ${formatBytes(fonts.reduce((sum, font) => sum + font.bytes, 0))} on the wire.`,
    '',
    '| Font class (by file name) | Files | Bytes on the wire | Target | Met? |',
    '| --- | ---: | ---: | --- | --- |',
  ]
  const targets: Partial<Record<FontClass, number>> = { 'Chinese regular': 120 * KB, 'Chinese heading': 60 * KB }
  for (const kind of [
    'Chinese regular',
    'Chinese heading',
    'Chinese (weight?)',
    'Latin/other',
  ] as const) {
    const limit = targets[kind]
    const met = limit === undefined
      ? ''
      : count(kind) === 0
        ? 'none downloaded'
        : verdict(total(kind) <= limit)
    lines.push(`| ${kind} | ${count(kind)} | ${formatBytes(total(kind))} | ${limit
      ? `≤ ${limit / KB} kB`
      : ''} | ${met} |`)
  }
  lines.push('', '| File | Class | Bytes on the wire |', '| --- | --- | ---: |')
  for (const font of [...fonts].sort((a, b) => b.bytes - a.bytes))
    lines.push(`| \`${font.file}\` | ${font.kind} | ${formatBytes(font.bytes)} |`)
  return lines
}

function precacheLine(deck: DeckResults): string {
  if (deck.precache === undefined)
    return `${deck.deck}: not checked (no build).`
  if (deck.precache === null)
    return `${deck.deck}: no service worker in dist/ (no sw.js), so nothing is precached.`
  const p = deck.precache
  return `${deck.deck}: \`${p.source}\` precaches ${p.entries} URLs (${p.found} found in dist/): ${formatBytes(p.bytes)} uncompressed, ${formatBytes(p.gzipBytes)} gzipped. `
    + 'The service worker fetches these in the background after the first visit; they do not count against slide 1 (the browser measurements block service workers).'
}

function lighthouseLines(deck: DeckResults): string[] {
  return (['desktop', 'mobile'] as const).flatMap((formFactor) => {
    const outcome = deck.lighthouse[formFactor]
    if (!outcome?.ok)
      return []
    const failing = outcome.value.failing
    return [`- ${deck.deck}, ${formFactor}: ${failing.length
      ? failing.map(id => `\`${id}\``).join(', ')
      : 'none'}`]
  })
}

function buildNote(deck: DeckResults): string {
  if (!deck.build?.ok)
    return ''
  const { pdfs } = deck.build.value.dist
  return pdfs.length
    ? ` ${deck.deck}’s build includes exporting ${pdfs.map(pdf => `\`${pdf}\``).join(', ')} (headmatter \`download: true\`), so its build time holds a PDF export and its dist/ the PDF.`
    : ''
}

function blockedLine(deck: DeckResults): string {
  if (!deck.wire?.ok)
    return `${deck.deck}: not measured.`
  const { unfinished } = deck.wire.value.walk
  const unseen = unfinished.length
    ? ` Also ${unfinished.length} requests the page saw start but not finish (worker scripts, whose responses go to the worker’s own target): counted as requests, their bytes unknown: ${[
      ...new Set(unfinished.map(url => new URL(url).pathname)),
    ].join(', ')}.`
    : ''
  return `${blockedLineCore(deck)}${unseen}`
}

function blockedLineCore(deck: DeckResults): string {
  if (!deck.wire?.ok)
    return ''
  const failed = deck.wire.value.walk.failed
  if (failed.length === 0)
    return `${deck.deck}: none.`
  const hosts = [
    ...new Set(failed.map(record => new URL(record.url).host)),
  ]
  return `${deck.deck}: ${failed.length} requests failed (${[
    ...new Set(failed.map(record => record.failed)),
  ].join(', ')}), to ${hosts.join(', ')}. Their bytes are not in the totals.`
}

function failures(input: ReportInput): string[] {
  const lines: string[] = []
  for (const deck of [input.ours, input.starter]) {
    if (deck.missing)
      lines.push(`- ${deck.deck}: ${deck.missing}`)
    const outcomes = [
      deck.build,
      deck.wire,
      deck.paint,
      deck.export,
      deck.lighthouse.desktop,
      deck.lighthouse.mobile,
    ]
    for (const outcome of outcomes) {
      if (outcome && !outcome.ok)
        lines.push(`- ${deck.deck}, step “${outcome.step}”: ${outcome.error.split('\n').slice(0, 6).join(' ⏎ ')}`)
    }
  }
  return lines
}

export function renderReport(input: ReportInput): string {
  const { env } = input
  const failed = failures(input)
  const serverNote = [input.ours, input.starter].some(deck => deck.server === 'stand-in')
    ? 'the bench’s stand-in gzip server (scripts/lib/bench/serve.ts), because `startStaticServer({ gzip: true })` stalled on the largest file in a pre-check'
    : '`startStaticServer({ gzip: true })` (scripts/lib/static-server.ts)'
  return [
    '# Benchmarks: this deck vs. the official Slidev starter',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${env.date}. A snapshot: the deck changes, and so do these numbers.`,
    '',
    `- Machine: ${env.cpu}, ${env.cores} cores, ${env.ramGiB} GiB RAM, ${env.os}`,
    `- Node ${env.node}, npm ${env.npm}, Slidev ${env.slidev}, Lighthouse ${env.lighthouse}`,
    `- Chromium: ${env.chromium}`,
    `- Starter: create-slidev's \`template/\` with ${Object.entries(input.starterVersions ?? {}).map(([name, version]) => `${name} ${version}`).join(', ') || 'not installed'}`,
    `- Times are the median of ${input.runs} run${input.runs > 1
      ? 's'
      : ''} (each run’s time in brackets); 1 kB = 1000 B, 1 MB = 10⁶ B.`,
    `- Load average (1 min) at start / end: ${env.load.start.toFixed(1)} / ${env.load.end?.toFixed(1) ?? '?'} on ${env.cores} cores${(env.load.end ?? 0) > env.cores || env.load.start > env.cores
      ? ': other work shared the CPU, so the times are noisy'
      : ''}.`,
    '',
    ...mainTable(input),
    '',
    '## Slide 1 fonts',
    '',
    ...fontSection(input.ours),
    '',
    '## PWA precache (not part of slide 1)',
    '',
    `- ${precacheLine(input.ours)}`,
    `- ${precacheLine(input.starter)}`,
    '',
    '## Requests to other hosts (kept offline), and unfinished ones',
    '',
    `- ${blockedLine(input.ours)}`,
    `- ${blockedLine(input.starter)}`,
    '',
    '## Lighthouse audits that cost points (accessibility, best practices, SEO)',
    '',
    ...[
      ...lighthouseLines(input.ours),
      ...lighthouseLines(input.starter),
    ],
    '',
    '## What failed',
    '',
    ...(failed.length
      ? failed
      : ['Nothing.']),
    '',
    '## How each number is measured',
    '',
    `- **Build**: \`slidev build --out <tmp>\` in each deck’s folder (ours: ${input.ourOutDir}, never the project’s dist/), wall-clock time of the whole command, runs alternating between the decks. \`--executable-path <chromium>\` is passed to both (a deck with \`download: true\` exports its PDF during the build). dist/ size and file count are of the last build.${buildNote(input.ours)}${buildNote(input.starter)} Slidev’s own servers during build and export (its Vite dev server, the download export’s port 12445) are Slidev’s, not the bench’s.`,
    `- **Wire**: dist/ served on 127.0.0.1 by ${serverNote}; the resolved Chromium (Playwright, ${VIEWPORT.width}×${VIEWPORT.height}, a new context = empty cache, service workers blocked) with \`${OFFLINE_ARG}\` so every other host fails at once. Bytes are the sum of \`Network.loadingFinished.encodedDataLength\` over the page’s http(s) requests (compressed body + response headers); requests are those that loaded (failed ones are listed above). Slide 1 is counted once it is settled: \`load\`, then \`document.fonts.ready\`, then no request for 500 ms. The walk then presses ArrowRight (each wait: 500 ms without requests) until \`[title="Go to next slide"]\` has the class \`disabled\`; its totals include slide 1.`,
    '- **Slide 1 text**: in a new context, navigation start (the page’s `performance.now()` origin) → the first slide’s `h1` has a box, then `document.fonts.ready`, then one more animation frame. FCP from the Paint Timing API, LCP from a buffered `largest-contentful-paint` observer. No network or CPU throttling: a local, unthrottled load.',
    `- **PDF**: \`slidev export --executable-path <chromium> --output <tmp>/deck.pdf ${EXPORT_ARGS.join(' ')}\` (same options for both decks), wall-clock time of the whole command (it starts Vite’s dev server and Chromium); per slide = median time / pages of the PDF (one page per slide: no --with-clicks).`,
    '- **Lighthouse**: the Node API, one run per deck and form factor, in a fresh headless Chromium (chrome-launcher with the resolved path and the same offline rule); mobile = the default config (simulated throttling), desktop = `lighthouse/core/config/desktop-config.js`.',
    '',
  ].join('\n')
}
