import { execFile } from 'node:child_process'
import { createServer } from 'node:net'
import process from 'node:process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

/** Runs scripts/present.ts, which must stop by itself before it starts Slidev. */
async function present(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null, stderr: string }> {
  return promisify(execFile)(process.execPath, [
    '--import',
    'tsx',
    'scripts/present.ts',
    ...args,
  ], {
    env: {
      ...process.env,
      CI: 'true',
      DECK_BIND: undefined,
      ...env,
    },
    timeout: 20_000,
  }).then(() => ({ code: 0, stderr: '' }), (error: { code: number | null, stderr: string }) => error)
}

describe.concurrent('npm run present', () => {
  it('present:remote refuses to start without an interface named, in one line', async () => {
    const { code, stderr } = await present(['--remote', '--port', '3099'], { DECK_REMOTE_PASSWORD: 'x' })
    expect(code).toBe(1)
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^present:remote: name the one interface to listen on, e\.g\. DECK_BIND=.*127\.0\.0\.1 \(lo/),
    ])
  }, 30_000)

  it('present:remote refuses all interfaces (0.0.0.0) and an address this machine does not have', async () => {
    for (const bind of ['0.0.0.0', '198.51.100.7']) {
      const { code, stderr } = await present([
        '--remote',
        '--port',
        '3099',
        '--bind',
        bind,
      ], { DECK_REMOTE_PASSWORD: 'x' })
      expect(code, bind).toBe(1)
      expect(stderr.trimEnd().split('\n')).toEqual([
        expect.stringContaining(`present:remote: ${bind} is not an address of one of this machine's interfaces`),
      ])
    }
  }, 30_000)

  it('refuses, in one line naming the editions it has, a language it has no edition in', async () => {
    const { code, stderr } = await present(['--lang', 'fr', '--port', '3099'], {})
    expect(code).toBe(1)
    expect(stderr.trimEnd()).toBe('present: --lang fr is no edition of this deck (it has zh, en)')
  }, 30_000)

  it('says in one line that its port is taken', async () => {
    const taken = createServer()
    await new Promise<void>(resolve => taken.listen(0, 'localhost', resolve))
    const { port } = taken.address() as { port: number }
    try {
      const { code, stderr } = await present([
        '--port',
        String(port),
      ], {})
      expect(code).toBe(1)
      expect(stderr.trimEnd()).toBe(`present: port ${port} on localhost is already in use (is the deck running already?); choose another with --port`)
    }
    finally {
      taken.close()
    }
  }, 30_000)
})
