/** npm run preview [-- --port 4173 --base /talk/ --gzip --github-pages]: dist/ on 127.0.0.1 as lib/static-server.ts serves it. */
import process from 'node:process'
import { fail, integerOption, parseOptions, requireBuild } from '../lib/cli'
import { startStaticServer } from '../lib/static-server'

const options = parseOptions('preview', {
  'root': { type: 'string', default: 'dist' },
  'base': { type: 'string', default: process.env.DECK_BASE || '/' },
  'port': { type: 'string', default: '4173' },
  'gzip': { type: 'boolean', default: false },
  // answer unknown paths with 404.html and status 404, as GitHub Pages does
  'github-pages': { type: 'boolean', default: false },
})
requireBuild('preview', options.root!)
const port = integerOption('preview', 'port', options.port, 0, 65535)

const fallback = options['github-pages'] ? 'github-pages' : 'spa'
const server = await startStaticServer({ root: options.root!, base: options.base, port, gzip: options.gzip, fallback })
  .catch((error: NodeJS.ErrnoException) => error.code === 'EADDRINUSE'
    ? fail(`preview: port ${port} on 127.0.0.1 is already in use (another preview?); choose another with --port`)
    : Promise.reject(error))
console.log(`preview: ${server.url} (Ctrl-C to stop)`)
