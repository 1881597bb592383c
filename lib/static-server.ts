/**
 * A static server for the built deck: files under a base path; an unknown
 * path gets the SPA fallback (Slidev's build writes 404.html), with status 200
 * the way Netlify and Vercel rewrite, or 404 the way GitHub Pages serves it.
 * Optional gzip, for measuring the wire.
 */
import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve } from 'node:path'
import { createGzip } from 'node:zlib'
import sirv from 'sirv'

export interface StaticServerOptions {
  root: string
  /** '/' or a sub-path such as '/talk/' */
  base?: string
  host?: string
  port?: number
  gzip?: boolean
  /** extra response headers, e.g. a Content-Security-Policy under test */
  headers?: Record<string, string>
  /** 'spa': fallback with 200 (Netlify, Vercel); 'github-pages': with 404 */
  fallback?: 'spa' | 'github-pages'
}

/** text types worth compressing, with their content types */
const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
}

/** Streams a text file gzipped, as a CDN would; false when sirv should answer instead. */
function serveGzipped(root: string, requestUrl: string, res: ServerResponse): boolean {
  const path = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname)
  const file = resolve(root, `.${path.endsWith('/')
    ? `${path}index.html`
    : path}`)
  const type = COMPRESSIBLE[extname(file)]
  if (!type || !file.startsWith(resolve(root)) || !existsSync(file) || !statSync(file).isFile())
    return false
  res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' })
  createReadStream(file).pipe(createGzip()).pipe(res)
  return true
}

export async function startStaticServer({ root, base = '/', host = '127.0.0.1', port = 0, gzip = false, headers = {}, fallback = 'spa' }: StaticServerOptions) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`static server: base must start and end with “/” (got “${base}”)`)
  const notFound = readFileSync(join(root, '404.html'))
  const files = sirv(root, { dev: false, etag: true, dotfiles: false })

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers))
      res.setHeader(name, value)
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
      res.statusCode = 404
      res.end(`not under ${base}`)
      return
    }
    req.url = `/${url.pathname.slice(base.length)}${url.search}`
    if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'])) && serveGzipped(root, req.url, res))
      return
    files(req, res, () => {
      res.statusCode = fallback === 'github-pages'
        ? 404
        : 200
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(notFound)
    })
  })
  await new Promise<void>(resolve => server.listen(port, host, resolve))
  const { port: actualPort } = server.address() as AddressInfo
  return {
    url: `http://${host}:${actualPort}${base}`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}
