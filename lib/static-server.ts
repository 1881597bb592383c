/**
 * A static server for the built deck: files under a base path; an unknown
 * path gets the SPA fallback (Slidev's build writes 404.html), with status 200
 * the way Netlify and Vercel rewrite, or 404 the way GitHub Pages serves it.
 * It sends the hosting's security headers (lib/headers.ts) unless given
 * others, answers only GET and HEAD, serves nothing outside its root, and
 * listens on 127.0.0.1 only. Optional gzip, for measuring the wire.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { pipeline } from 'node:stream'
import { createGzip } from 'node:zlib'
import sirv from 'sirv'
import { SECURITY_HEADERS } from './headers'

export interface StaticServerOptions {
  root: string
  /** '/' or a sub-path such as '/talk/' */
  base?: string
  port?: number
  gzip?: boolean
  /** response headers; the hosting's security headers unless given ({} for none, as GitHub Pages) */
  headers?: Record<string, string>
  /** 'spa': fallback with 200 (Netlify, Vercel); 'github-pages': with 404 */
  fallback?: 'spa' | 'github-pages'
}

/** the text types in a built deck, worth compressing */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

/** Streams a text file gzipped, as a CDN would; false when sirv should answer instead. */
function serveGzipped(path: string, req: IncomingMessage, res: ServerResponse): boolean {
  const file = statSync(path, { throwIfNoEntry: false })?.isDirectory()
    ? join(path, 'index.html')
    : path
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
  const notFound = readFileSync(join(rootDir, '404.html'))
  const files = sirv(rootDir, { dev: false, etag: true, dotfiles: false })

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers))
      res.setHeader(name, value)
    const answer = (status: number, text: string): void => {
      res.writeHead(status, {
        'content-type': 'text/plain; charset=utf-8',
        ...status === 405 && { allow: 'GET, HEAD' },
      }).end(`${text}\n`)
    }
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
      res.statusCode = fallback === 'github-pages'
        ? 404
        : 200
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(notFound)
    })
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${actualPort}${base}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
