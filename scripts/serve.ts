/**
 * npm run preview [-- --port 4173 --base /talk/ --gzip --github-pages]:
 * serves dist/ on 127.0.0.1 only, with the SPA fallback for deep links and
 * the hosting's security headers (lib/static-server.ts).
 */
import { existsSync } from 'node:fs'
import process from 'node:process'
import { fail, parseOptions } from '../lib/cli'
import { startStaticServer } from '../lib/static-server'

const options = parseOptions('preview', {
  'root': { type: 'string', default: 'dist' },
  'base': { type: 'string', default: process.env.DECK_BASE || '/' },
  'port': { type: 'string', default: '4173' },
  'gzip': { type: 'boolean', default: false },
  // answer unknown paths with 404.html and status 404, as GitHub Pages does
  'github-pages': { type: 'boolean', default: false },
})
if (!existsSync(`${options.root}/index.html`))
  fail(`preview: ${options.root}/index.html not found; run “npm run build” first`)
const port = Number(options.port)
if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`preview: --port must be a port number (got “${options.port}”)`)

const server = await startStaticServer({
  root: options.root!,
  base: options.base,
  port,
  gzip: options.gzip,
  fallback: options['github-pages'] ? 'github-pages' : 'spa',
}).catch((error: NodeJS.ErrnoException) => error.code === 'EADDRINUSE'
  ? fail(`preview: port ${port} on 127.0.0.1 is already in use (another preview?); choose another with --port`)
  : Promise.reject(error))
console.log(`preview: ${server.url} (Ctrl-C to stop)`)
