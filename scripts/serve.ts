/**
 * npm run preview [-- --port 4173 --gzip --github-pages]: dist/ on 127.0.0.1 as node/static-server.ts serves it, under
 * the base path it was built under (`--base` checks it is the one expected).
 */
import { fail, integerOption, parseOptions, requireBuild } from '../node/cli.ts'
import { startStaticServer } from '../node/static-server.ts'

const options = parseOptions('preview', {
  'root': { type: 'string', default: 'dist' },
  'base': { type: 'string' },
  'port': { type: 'string', default: '4173' },
  'gzip': { type: 'boolean', default: false },
  // answer unknown paths with 404.html and status 404, as GitHub Pages does
  'github-pages': { type: 'boolean', default: false },
})
const builtUnder = requireBuild('preview', options.root)
if (options.base && options.base !== builtUnder)
  fail(`preview: ${options.root} was built under ${builtUnder}, not ${options.base}: build it with “npm run build -- --base ${options.base}”`)
const port = integerOption('preview', 'port', options.port, 0, 65535)

const fallback = options['github-pages'] ? 'github-pages' : 'spa'
const server = await startStaticServer({ root: options.root, base: builtUnder, port, gzip: options.gzip, fallback })
  .catch((error: NodeJS.ErrnoException) => error.code === 'EADDRINUSE'
    ? fail(`preview: port ${port} on 127.0.0.1 is already in use (another preview?); choose another with --port`)
    : Promise.reject(error))
console.log(`preview: ${server.url} (Ctrl-C to stop)`)
