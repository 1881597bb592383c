/**
 * The built deck under a base path ('/talk/'), on 127.0.0.1 only, GET and HEAD only, nothing outside its root (a
 * symbolic link out of it included), with the hosting's security headers and caching unless given other headers ({} as
 * GitHub Pages). An unknown path gets index.html with 200, as Netlify and Vercel rewrite, or 404.html with 404, as GitHub
 * Pages serves it. Byte ranges as a browser asks for them (a PDF); optional gzip, for measuring the wire.
 */
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { createGzip } from 'node:zlib'
import { editions } from '../data/editions.ts'
import { answerText, IMMUTABLE_CACHE, SECURITY_HEADERS } from './headers.ts'

interface StaticServerOptions {
  root: string
  base?: string
  port?: number
  gzip?: boolean
  headers?: Record<string, string>
  fallback?: 'spa' | 'github-pages'
}

/** the types in a built deck; `true`: text, worth compressing */
const TYPES: Record<string, [string, boolean]> = {
  '.html': ['text/html; charset=utf-8', true],
  '.js': ['text/javascript; charset=utf-8', true],
  '.css': ['text/css; charset=utf-8', true],
  '.svg': ['image/svg+xml', true],
  '.json': ['application/json', true],
  '.webmanifest': ['application/manifest+json', true],
  '.txt': ['text/plain; charset=utf-8', true],
  '.woff2': ['font/woff2', false],
  '.png': ['image/png', false],
  '.webp': ['image/webp', false],
  '.pdf': ['application/pdf', false],
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` within `size`: the first and last byte, null when none can be sent, undefined to send all */
function byteRange(header: string | undefined, size: number): [number, number] | null | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '')
  if (!match || (!match[1] && !match[2]))
    return undefined
  const [first, last] = match[1] ? [Number(match[1]), match[2] ? Math.min(Number(match[2]), size - 1) : size - 1] : [size - Number(match[2]), size - 1]
  return first <= last && first >= 0 && first < size ? [first, last] : null
}

function outside(root: string, path: string): boolean {
  const inRoot = relative(root, path)
  return inRoot === '..' || inRoot.startsWith(`..${sep}`) || isAbsolute(inRoot)
}

/**
 * The file a path names inside `root` (a folder's index.html), links followed; undefined for none, so the fallback
 * answers; a line saying why for a link that leads out of the site or loops.
 */
function findFile(root: string, path: string): { file: string, size: number } | { refused: string } | undefined {
  const named = resolve(root, `.${path}`)
  if (outside(root, named) || relative(root, named).split(sep).some(part => part.startsWith('.')))
    return { refused: 'not found' }
  try {
    const file = realpathSync(statSync(named).isDirectory() ? join(named, 'index.html') : named)
    if (outside(root, file))
      return { refused: `${path} is a link out of the site` }
    const stat = statSync(file)
    return stat.isFile() ? { file, size: stat.size } : undefined
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ELOOP')
      return undefined
    console.error(`static server: ${named} is a loop of symbolic links`)
    return { refused: `${path} is a loop of symbolic links` }
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number, gzip: boolean): void {
  const [type = 'application/octet-stream', text = false] = TYPES[extname(file)] ?? []
  res.setHeader('content-type', type)
  res.setHeader('accept-ranges', 'bytes')
  const range = byteRange(req.headers.range, size)
  if (range === null)
    return void res.writeHead(416, { 'content-range': `bytes */${size}` }).end()
  const zipped = gzip && text && !range && /\bgzip\b/.test(String(req.headers['accept-encoding']))
  if (zipped)
    res.writeHead(200, { 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
  else if (range)
    res.writeHead(206, { 'content-range': `bytes ${range[0]}-${range[1]}/${size}`, 'content-length': range[1] - range[0] + 1 })
  else
    res.writeHead(200, { 'content-length': size })
  if (req.method === 'HEAD')
    return void res.end()
  const stream = createReadStream(file, range ? { start: range[0], end: range[1] } : {})
  // pipeline waits for the client to take each chunk, and closes the file when the client goes away
  pipeline(zipped ? [stream, createGzip(), res] : [stream, res], () => {})
}

export async function startStaticServer({ root, base = '/', port = 0, gzip = false, headers = SECURITY_HEADERS, fallback = 'spa' }: StaticServerOptions) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`static server: base must start and end with “/” (got “${base}”)`)
  const rootDir = realpathSync(root)
  // Netlify and Vercel send each edition's deep links to its own app (data/editions.ts: the English deck under en/), as
  // their configs say; GitHub Pages has the one 404.html (setup/main.ts hands a deep link on to its edition)
  const fallbackFile = fallback === 'github-pages' ? '404.html' : 'index.html'
  const fallbackPages = editions.filter(({ path }) => !path || (fallback === 'spa' && existsSync(join(rootDir, path, fallbackFile))))
    .map(({ path }) => ({ path, page: readFileSync(join(rootDir, path, fallbackFile)) }))
  const fallbackPage = (sitePath: string): Buffer => fallbackPages.findLast(({ path }) => sitePath.startsWith(path))!.page

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers))
      res.setHeader(name, value)
    const answer = (status: number, text: string): void => answerText(res, status, text)
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return answer(405, `${req.method} not allowed: a static site answers GET and HEAD`)
    const url = new URL(req.url ?? '/', 'http://localhost')
    let path: string
    try {
      path = decodeURIComponent(url.pathname)
    }
    catch {
      return answer(400, 'bad percent-encoding in the path')
    }
    if (path.includes('\0'))
      return answer(400, 'a NUL byte in the path')
    if (!path.startsWith(base) && `${path}/` !== base)
      return answer(404, `not under ${base}`)
    const found = findFile(rootDir, path.slice(base.length - 1))
    if (!found)
      return void res.writeHead(fallback === 'github-pages' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : fallbackPage(path.slice(base.length)))
    if ('refused' in found)
      return answer(404, found.refused)
    // hashed build output never changes under its name, as the hosting configs say (node/headers.ts)
    if (path.startsWith(`${base}assets/`))
      res.setHeader('cache-control', IMMUTABLE_CACHE)
    sendFile(req, res, found.file, found.size, gzip)
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  const close = (): Promise<void> => new Promise(resolve => server.close(() => resolve()))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`, close, [Symbol.asyncDispose]: close }
}
