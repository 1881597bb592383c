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

test.describe('a note that names nothing, edited while the dev server runs', () => {
  let copy = ''
  let server: ChildProcess | undefined

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

  test('shows Vite’s error overlay naming file, line and reference, and keeps every slide', async () => {
    test.setTimeout(120_000)
    copy = projectCopy()
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
    const url = `http://localhost:${port}/`
    await expect.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 90_000 }).toBe(200)

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
