/**
 * The deck built under a sub-path, for the hosting tests. Built once, before
 * any test runs (Playwright's globalSetup): Slidev's build exports its PDF
 * through a server on the fixed port 12445, which `slidev export` in the
 * export tests may hold at the same moment.
 */
import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'

export const SUB_PATH = '/talk/'
export const SUB_PATH_DIST = join(tmpdir(), 'shum-deck-e2e', 'dist-talk')

export default async function buildUnderSubPath(): Promise<void> {
  rmSync(SUB_PATH_DIST, { recursive: true, force: true })
  await promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    'scripts/build.ts',
    '--base',
    SUB_PATH,
    '--out',
    SUB_PATH_DIST,
  ], { maxBuffer: 32 * 1024 * 1024 })
}
