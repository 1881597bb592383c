/**
 * npm run present            the deck for a live talk on http://localhost:3030,
 *                            opened in the browser (not under CI)
 * npm run present:remote     the same, reachable from a phone or a second
 *                            laptop; the presenter password comes from
 *                            $DECK_REMOTE_PASSWORD, the interface from
 *                            $DECK_BIND (default: all interfaces)
 * Slidev checks the password in the browser only: present on a network you
 * trust (README, “Presenting”).
 */
import { spawn } from 'node:child_process'
import process from 'node:process'
import { fail, parseOptions } from '../lib/cli'

const options = parseOptions('present', {
  remote: { type: 'boolean', default: false },
  port: { type: 'string', default: process.env.DECK_PORT ?? '3030' },
})
const port = Number(options.port)
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`present: --port must be a port number (got “${options.port}”)`)

const args = [
  '--port',
  String(port),
]
if (!process.env.CI)
  args.push('--open')
if (options.remote) {
  const password = process.env.DECK_REMOTE_PASSWORD
  if (!password)
    fail('present:remote: set DECK_REMOTE_PASSWORD to the presenter password, e.g.\n  DECK_REMOTE_PASSWORD=… npm run present:remote\nIt is never read from a file in the repository.')
  args.push('--remote', password, '--bind', process.env.DECK_BIND ?? '0.0.0.0')
}

const child = spawn('node_modules/.bin/slidev', args, { stdio: 'inherit', shell: process.platform === 'win32' })
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill(signal))
child.on('exit', code => process.exit(code ?? 0))
