/**
 * npm run present [-- --lang en]: the deck for a live talk on http://localhost:3030, the Chinese edition or the English
 * one (data/editions.ts). present:remote: reachable from a phone on the one
 * interface named ($DECK_BIND or --bind), the presenter password from $DECK_REMOTE_PASSWORD; Slidev checks it in the
 * browser only and takes it as an argument only: present on a network you trust (README, “Security”).
 */
import { spawn } from 'node:child_process'
import { connect, createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { createInterface } from 'node:readline'
import { editions } from '../data/editions.ts'
import { fail, integerOption, parseOptions } from '../node/cli.ts'

const options = parseOptions('present', {
  remote: { type: 'boolean', default: false },
  port: { type: 'string', default: '3030' },
  bind: { type: 'string', default: process.env.DECK_BIND },
  lang: { type: 'string', default: 'zh' },
})
const port = integerOption('present', 'port', options.port, 1, 65535)
const edition = editions.find(({ lang }) => lang === options.lang)
  ?? fail(`present: --lang ${options.lang} is no edition of this deck (it has ${editions.map(({ lang }) => lang).join(', ')})`)

const password = process.env.DECK_REMOTE_PASSWORD
const host = options.remote ? options.bind ?? '' : 'localhost'
const addresses = Object.entries(networkInterfaces()).flatMap(([name, list]) => (list ?? []).map(({ address }) => ({ name, address })))
if (options.remote) {
  if (!password)
    fail('present:remote: set DECK_REMOTE_PASSWORD to the presenter password, e.g.\n  DECK_REMOTE_PASSWORD=… DECK_BIND=192.168.1.20 npm run present:remote\nIt is never read from a file in the repository.')
  const known = addresses.map(({ name, address }) => `${address} (${name})`).join(', ')
  if (!host)
    fail(`present:remote: name the one interface to listen on, e.g. DECK_BIND=192.168.1.20 npm run present:remote (this machine has ${known})`)
  if (!addresses.some(({ address }) => address === host))
    fail(`present:remote: ${host} is not an address of one of this machine's interfaces (it has ${known})`)
}
await new Promise<void>((resolve) => {
  const probe = createServer()
  probe.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE'
    ? `present: port ${port} on ${host} is already in use (is the deck running already?); choose another with --port`
    : `present: cannot listen on ${host}:${port} (${error.code})`))
  probe.listen(port, host, () => probe.close(() => resolve()))
})

const args = [edition.entry, '--port', String(port), ...process.env.CI ? [] : ['--open']]
// each value joined to its option: a password that reads like one (`--bind=0.0.0.0`) stays the password
if (options.remote)
  args.push(`--remote=${password}`, `--bind=${host}`)
// remote: Slidev's banner and its `c` key (a QR code) give the password in addresses it does not listen on
// (localhost, every interface, the public IP): its output is passed on without them, and its keys are off
const child = spawn('node_modules/.bin/slidev', args, { stdio: options.remote ? ['ignore', 'pipe', 'inherit'] : 'inherit', shell: process.platform === 'win32' })
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => child.kill(signal))
child.on('exit', code => process.exit(code ?? 0))

if (options.remote) {
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!/https?:\/\//.test(line) || line.includes(`${origin}/`))
      console.log(line.replaceAll(password!, '…'))
  })
  const answers = (address: string): Promise<boolean> => new Promise((resolve) => {
    const socket = connect(port, address, () => resolve(true)).once('error', () => resolve(false))
    socket.once('connect', () => socket.destroy())
  })
  // what is printed is what the server does: it answers on the named address, and on no other of this machine's
  while (!(await answers(host)))
    await new Promise(resolve => setTimeout(resolve, 250))
  const others = addresses.map(({ address }) => address).filter(address => address !== host && !address.startsWith('fe80'))
  const alsoOn = (await Promise.all(others.map(async address => await answers(address) ? [address] : []))).flat()
  if (alsoOn.length) {
    child.kill()
    fail(`present:remote: Slidev listens on ${alsoOn.join(', ')} too, not on ${host} only: stopped`)
  }
  console.log(`present:remote: listening on ${host} only. On the phone, open ${origin}/presenter/ (it asks for the password).
Anyone on this network who can reach ${host}:${port} can read the password (Slidev checks it in the browser), move and draw on the slides and read the notes.`)
}
