/** A copy of the project (node_modules linked, not copied) whose files a test may break. */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../node/slidev.ts'

const LEFT_OUT = /^\/(?:node_modules|dist|\.git|scratch|docs|test-results|playwright-report)$/

export function projectCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'deck-copy-'))
  cpSync(ROOT, copy, {
    recursive: true,
    filter: source => !LEFT_OUT.test(source.slice(ROOT.length)),
  })
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'))
  return copy
}
