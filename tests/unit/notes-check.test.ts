import { execFile } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT } from '../../node/slidev.ts'
import { checkDeck, findBadReferences } from '../../vite/deck-check.ts'
import { projectCopy } from '../support/project-copy.ts'

function edit(file: string, change: (text: string) => string): void {
  const before = readFileSync(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  writeFileSync(file, after)
}

describe('note references', () => {
  const copies: string[] = []
  afterAll(() => copies.forEach(copy => rmSync(copy, { recursive: true, force: true })))

  it('all name a transcript paragraph or fact check that exists', async () => {
    expect(await findBadReferences(ROOT)).toEqual([])
  })

  // Vite tells the dev server of a file an editor saves in place as soon as it is emptied; Slidev reads it through
  // Vite's read, which waits for the words, and so must the check, or it passes an empty page and Slidev drops the slide
  it('that name nothing, saved in place while the dev server runs, are found in the words the editor writes', async () => {
    const copy = projectCopy()
    copies.push(copy)
    // the two hooks as the plugin writes them (functions), called with what they read of Vite's arguments
    const plugin = checkDeck() as unknown as { configResolved: (config: { root: string }) => void, hotUpdate: (this: unknown, update: { file: string, read: () => Promise<string> }) => Promise<void> }
    plugin.configResolved({ root: copy })
    const page = join(copy, 'pages/02-opening.md')
    const saved = readFileSync(page, 'utf8').replace('@p01\n', '@p99\n')
    writeFileSync(page, '')
    const devServer = { environment: { name: 'client', logger: { error: () => {} } } }
    const read = async (): Promise<string> => {
      writeFileSync(page, saved)
      return saved
    }
    await expect(plugin.hotUpdate.call(devServer, { file: page, read })).rejects.toThrow('unknown transcript paragraph “@p99”')
  })

  it('that name nothing stop npm run build, with file, line and reference', async () => {
    const copy = projectCopy()
    copies.push(copy)
    const page = join(copy, 'pages/02-opening.md')
    const lineOf = (ref: string): number => readFileSync(page, 'utf8').split('\n').indexOf(ref) + 1
    const [paragraphLine, checkLine] = [
      lineOf('@p01'),
      lineOf('@check:llama-licence'),
    ]
    edit(page, text => text.replace('@p01\n', '@p99\n').replace('@check:llama-licence', '@check:nope'))
    // a transcript one paragraph short: the colophon's @p24 names nothing
    edit(join(copy, 'talk/transcript.md'), text => text.replace(/\n<!-- p24 -->\n.*\n/, '\n'))
    const failed = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'scripts/build.ts',
      '--out',
      join(copy, 'dist'),
    ], { cwd: copy })
      .then(() => undefined, (error: { code: number, stdout: string, stderr: string }) => error)
    expect(failed?.code).toBe(1)
    const output = `${failed?.stdout}${failed?.stderr}`
    expect(output).toContain(`pages/02-opening.md:${paragraphLine}: notes: unknown transcript paragraph “@p99”`)
    expect(output).toContain(`pages/02-opening.md:${checkLine}: notes: unknown fact check “@check:nope”`)
    expect(output).toMatch(/pages\/19-colophon\.md:\d+: notes: unknown transcript paragraph “@p24”/)
    expect(output).toMatch(/^build: slidev build .* failed/m)
  }, 120_000)
})
