/**
 * The built deck under a base path ('/talk/'), on 127.0.0.1 only, GET and HEAD only, nothing outside its root, with
 * the hosting's security headers unless given others ({} as GitHub Pages). An unknown path gets index.html with 200,
 * as Netlify and Vercel rewrite, or 404.html with 404, as GitHub Pages serves it. Optional gzip, for measuring the wire.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { pipeline } from 'node:stream'
import { createGzip } from 'node:zlib'
import sirv from 'sirv'
import { answerText, SECURITY_HEADERS } from './headers'

interface StaticServerOptions {
  root: string
  base?: string
  port?: number
  gzip?: boolean
  headers?: Record<string, string>
  fallback?: 'spa' | 'github-pages'
}

/** the text types in a built deck, worth compressing */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
}

/** Streams a text file gzipped, as a CDN would; false when sirv should answer instead. */
function serveGzipped(path: string, req: IncomingMessage, res: ServerResponse): boolean {
  const file = statSync(path, { throwIfNoEntry: false })?.isDirectory() ? join(path, 'index.html') : path
  const type = COMPRESSIBLE[extname(file)]
  if (!type || !statSync(file, { throwIfNoEntry: false })?.isFile())
    return false
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
  if (req.method === 'HEAD')
    res.end()
  else // pipeline waits for the client to take each chunk, and closes the file when the client goes away
    pipeline(createReadStream(file), createGzip(), res, () => {})
  return true
}

export async function startStaticServer({ root, base = '/', port = 0, gzip = false, headers = SECURITY_HEADERS, fallback = 'spa' }: StaticServerOptions) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`static server: base must start and end with “/” (got “${base}”)`)
  const rootDir = resolve(root)
  const fallbackPage = readFileSync(join(rootDir, fallback === 'github-pages' ? '404.html' : 'index.html'))
  const files = sirv(rootDir, { dev: false, etag: true, dotfiles: false })

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
    const file = resolve(rootDir, `.${path.slice(base.length - 1)}`)
    const inRoot = relative(rootDir, file)
    if (/^\.\.(?:[/\\]|$)/.test(inRoot) || isAbsolute(inRoot))
      return answer(404, 'not found')
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'])) && serveGzipped(file, req, res))
      return
    req.url = `/${url.pathname.slice(base.length)}${url.search}`
    files(req, res, () => {
      res.writeHead(fallback === 'github-pages' ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(fallbackPage)
    })
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  const close = (): Promise<void> => new Promise(resolve => server.close(() => resolve()))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`, close, [Symbol.asyncDispose]: close }
}
