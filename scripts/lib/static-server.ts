import type { Buffer } from 'node:buffer'
/**
 * A static server for the built deck: files under a base path; an unknown
 * path gets the SPA fallback (Slidev's build writes 404.html), with status 200
 * the way Netlify and Vercel rewrite, or 404 the way GitHub Pages serves it.
 * Optional gzip, for measuring the wire.
 */
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
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

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest)$|\/$/

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
    if (gzip && COMPRESSIBLE.test(url.pathname) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      // compress whatever sirv writes, as a CDN would
      const stream = createGzip()
      const write = res.write.bind(res)
      const end = res.end.bind(res)
      stream.on('data', chunk => write(chunk))
      stream.on('end', () => end())
      res.setHeader('content-encoding', 'gzip')
      res.removeHeader('content-length')
      const setHeader = res.setHeader.bind(res)
      res.setHeader = (name, value) => name.toLowerCase() === 'content-length' ? res : setHeader(name, value)
      res.write = ((chunk: Buffer) => stream.write(chunk)) as typeof res.write
      res.end = ((chunk?: Buffer) => {
        if (chunk)
          stream.write(chunk)
        stream.end()
        return res
      }) as typeof res.end
    }
    files(req, res, () => {
      res.statusCode = fallback === 'github-pages' ? 404 : 200
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
