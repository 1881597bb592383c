/**
 * `slidev build` and `slidev export` for either deck, each with its own
 * node_modules/.bin/slidev (the same CLI version in both).
 */
import { rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { countPdfPages } from '../../../lib/exported-file'
import { runCommand } from './steps'

export interface Deck {
  /** 'this deck' or 'starter' */
  name: string
  root: string
}

function slidevBin(deck: Deck): string {
  return join(deck.root, 'node_modules', '.bin', 'slidev')
}

/**
 * One build into `outDir` (emptied first: Vite only empties an outDir inside
 * the project). The Chromium path is for a deck with `download: true`, whose
 * build also exports the PDF it offers; a deck without it ignores the option.
 * Returns ms.
 */
export function build(deck: Deck, outDir: string, chromium: string, log: string): Promise<number> {
  rmSync(outDir, { recursive: true, force: true })
  return runCommand(slidevBin(deck), [
    'build',
    '--out',
    outDir,
    '--executable-path',
    chromium,
  ], { cwd: deck.root, log, timeoutMs: 10 * 60_000 })
}

export interface ExportRun {
  ms: number
  bytes: number
  pages: number
}

/**
 * The time limit for one page render is raised from 30 s to 3 min, for both
 * decks alike: the export runs Vite's dev server, and the starter's Monaco
 * slides load hundreds of unbundled modules, more than 30 s on 2 cores.
 */
export const EXPORT_ARGS = ['--timeout', '180000'] as const

export async function exportPdf(deck: Deck, output: string, chromium: string, log: string): Promise<ExportRun> {
  rmSync(output, { force: true })
  const ms = await runCommand(slidevBin(deck), [
    'export',
    '--executable-path',
    chromium,
    '--output',
    output,
    ...EXPORT_ARGS,
  ], {
    cwd: deck.root,
    log,
    timeoutMs: 15 * 60_000,
  })
  return { ms, bytes: statSync(output).size, pages: await countPdfPages(output) }
}
