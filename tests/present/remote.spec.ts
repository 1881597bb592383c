import type { Buffer } from 'node:buffer'
// `npm run present:remote`, its own dev server: it runs beside tests/present/present.spec.ts, whose server is another
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { CONFIGS } from '../../node/slidev.ts'

test.describe('npm run present:remote', () => {
  const PORT = 3031
  // a password that reads like an option: Slidev once took it for one and listened everywhere, without a password
  const PASSWORD = '--bind=0.0.0.0'
  let server: ChildProcess | undefined
  let printed = ''

  test.beforeAll(async () => {
    server = spawn('npm', [
      'run',
      'present:remote',
      '--',
      '--port',
      String(PORT),
    ], {
      env: {
        ...process.env,
        CI: 'true',
        DECK_REMOTE_PASSWORD: PASSWORD,
        DECK_BIND: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    })
    server.stdout!.on('data', (data: Buffer) => printed += data.toString())
  })

  test.afterAll(() => {
    if (server?.pid)
      process.kill(-server.pid, 'SIGTERM')
  })

  const url = `http://127.0.0.1:${PORT}/`
  /** the server answers, and its banner is out */
  const started = async (): Promise<void> => {
    await expect.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 90_000 }).toBe(200)
    await expect.poll(() => printed, { timeout: 30_000 }).toMatch(/Slidev[\s\S]*present:remote: listening on|present:remote: listening on[\s\S]*Slidev/)
  }

  test('hands Slidev the password whole, which its presenter routes then ask for', async () => {
    test.setTimeout(120_000)
    await started()
    const configs = await (await fetch(new URL(CONFIGS.slice(1), url))).text()
    expect(configs).toContain(`"remote":${JSON.stringify(PASSWORD)}`)
  })

  test('listens on the named interface only, says so, and prints the password nowhere', async () => {
    test.setTimeout(120_000)
    await started()
    const elsewhere = Object.values(networkInterfaces()).flat().filter(a => a && !a.internal && a.family === 'IPv4').map(a => a!.address)
    for (const address of elsewhere)
      await expect(fetch(`http://${address}:${PORT}/`), address).rejects.toThrow()
    expect(printed).toContain(`present:remote: listening on 127.0.0.1 only. On the phone, open http://127.0.0.1:${PORT}/presenter/ (it asks for the password).`)
    expect(printed).toContain('Anyone on this network who can reach 127.0.0.1:3031 can read the password')
    expect(printed).not.toContain(PASSWORD)
    expect(printed).not.toMatch(/https?:\/\/(?!127\.0\.0\.1:3031\/)/)
  })
})
