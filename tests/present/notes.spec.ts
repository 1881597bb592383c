import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { projectCopy } from './project-copy'

/** A port no one listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, 'localhost', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise(resolve => probe.close(resolve))
  return port
}

// the dev server sends no Content-Security-Policy: what the transcript or a fact check holds must reach the notes as text
const MARKUP = '<img src=x onerror="document.title=\'ran\'">'

test.describe('a dev server on a copy of the deck whose words hold markup', () => {
  test.describe.configure({ mode: 'serial' })
  let copy = ''
  let server: ChildProcess | undefined
  let url = ''

  test.beforeAll(async () => {
    test.setTimeout(120_000)
    copy = projectCopy()
    // a transcript edited by hand (npm run transcript refuses markup) and a fact check
    const transcript = join(copy, 'talk/transcript.md')
    writeFileSync(transcript, readFileSync(transcript, 'utf8').replace(/(<!-- p01 -->\n)/, `$1${MARKUP}`))
    const checks = join(copy, 'data/fact-checks.ts')
    writeFileSync(checks, readFileSync(checks, 'utf8').replace('check: \'第一代 LLaMA', `check: '${MARKUP.replaceAll('\'', '\\\'')}第一代 LLaMA`))
    const port = await freePort()
    // a Vite cache of its own: the suite's dev server serves from the shared one
    server = spawn('node_modules/.bin/slidev', [
      '--port',
      String(port),
    ], {
      cwd: copy,
      env: {
        ...process.env,
        DECK_VITE_CACHE_DIR: join(copy, '.vite-cache'),
      },
      stdio: 'ignore',
      detached: true,
    })
    url = `http://localhost:${port}/`
    await expect.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 90_000 }).toBe(200)
  })

  test.afterAll(async () => {
    // the copy goes once the server has stopped writing its Vite cache into it
    if (server?.pid && server.exitCode === null) {
      const exited = new Promise(resolve => server!.once('exit', resolve))
      process.kill(-server.pid, 'SIGTERM')
      await exited
    }
    // its child processes leave with it, a moment later
    rmSync(copy, { recursive: true, force: true, maxRetries: 5 })
  })

  test('the presenter view shows the markup as text and runs none of it', async ({ page }) => {
    await page.goto(`${url}presenter/2`)
    const notes = page.locator('.slidev-note').first()
    await expect(notes).toContainText(`${MARKUP}过去几年`, { timeout: 60_000 })
    await expect(notes).toContainText(`核实：${MARKUP}第一代 LLaMA`)
    await expect(notes.locator('img')).toHaveCount(0)
    expect(await page.title()).not.toBe('ran')
  })

  test('a note that names nothing, edited while it runs, shows Vite’s error overlay naming file, line and reference, and keeps every slide', async () => {
    const port = new URL(url).port
    // Vite's HMR channel, as the browser's client listens to it
    const messages: { type: string, err?: { message: string } }[] = []
    const socket = new WebSocket(`ws://localhost:${port}/`, 'vite-hmr')
    socket.addEventListener('message', event => messages.push(JSON.parse(String(event.data))))
    await expect.poll(() => messages.some(m => m.type === 'connected')).toBe(true)

    const slide2 = async (): Promise<string> => (await fetch(`${url}__slidev/slides/2.json`)).text()
    const before = await slide2()
    const page = join(copy, 'pages/02-opening.md')
    const original = readFileSync(page, 'utf8')
    const line = original.split('\n').indexOf('@p01') + 1
    writeFileSync(page, original.replace('@p01\n', '@p99\n'))
    await expect.poll(() => messages.find(m => m.type === 'error')?.err?.message, { timeout: 30_000 })
      .toContain(`pages/02-opening.md:${line}: notes: unknown transcript paragraph “@p99”`)
    socket.close()
    // Slidev did not reload the deck without the slide
    expect(await slide2()).toBe(before)
  })
})
