/**
 * Serves a built deck gzipped on 127.0.0.1 for the browser measurements.
 *
 * It uses the project's startStaticServer({ gzip: true }). That server, as of
 * this writing, stalls on any file whose gzip stream fills up: its res.write
 * returns the gzip stream's `false` (backpressure) while the `drain` that
 * pipe() waits for only ever comes from the gzip stream, never from `res`.
 * So the bench checks the largest compressible file first and, if it stalls,
 * serves with a small stand-in here that gzips each whole file (same zlib
 * level, same bytes on the wire) and says so in the report.
 */
import type { Buffer } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import { readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import sirv from 'sirv'
import { startStaticServer } from '../../../lib/static-server'
import { listFiles } from './build-output'

export interface Served {
  url: string
  close: () => Promise<void>
  /** 'project' = scripts/lib/static-server.ts, 'stand-in' = the fallback below */
  server: 'project' | 'stand-in'
}

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest)$|\/$/

export async function serveDist(root: string): Promise<Served> {
  const project = await startStaticServer({ root, base: '/', gzip: true })
  if (await servesLargestFile(project.url, root))
    return { ...project, server: 'project' }
  await project.close().catch(() => {})
  console.warn('bench: startStaticServer({ gzip: true }) stalls on large files (backpressure); using the bench stand-in server')
  return {
    ...await startStandIn(root),
    server: 'stand-in',
  }
}

/** Fetches the largest compressible file gzipped, with a time limit. */
async function servesLargestFile(base: string, root: string): Promise<boolean> {
  const largest = listFiles(root)
    .filter(file => COMPRESSIBLE.test(file))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0]
  if (!largest)
    return true
  const path = largest.slice(root.length).replace(/^[/\\]+/, '').replace(/\\/g, '/')
  try {
    const response = await fetch(new URL(path, base), {
      headers: { 'accept-encoding': 'gzip' },
      signal: AbortSignal.timeout(10_000),
    })
    const body = new Uint8Array(await response.arrayBuffer())
    return response.ok && body.length === statSync(largest).size
  }
  catch {
    return false
  }
}

/** sirv as in the project server, gzipping whole responses instead of streaming them. */
async function startStandIn(root: string) {
  const files = sirv(root, { dev: false, etag: true, dotfiles: false })
  const notFound = readFileSync(join(root, '404.html'))
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (COMPRESSIBLE.test(url.pathname) && /\bgzip\b/.test(String(req.headers['accept-encoding'])))
      gzipWhole(res)
    files(req, res, () => {
      res.statusCode = 200
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(notFound)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  }
}

function gzipWhole(res: import('node:http').ServerResponse) {
  const chunks: Uint8Array[] = []
  const setHeader = res.setHeader.bind(res)
  const end = res.end.bind(res)
  setHeader('content-encoding', 'gzip')
  setHeader('vary', 'accept-encoding')
  // sirv announces the uncompressed length; the gzipped one is set at the end
  res.setHeader = ((name, value) => name.toLowerCase() === 'content-length'
    ? res
    : setHeader(name, value)) as typeof res.setHeader
  res.write = ((chunk: Buffer | string) => {
    chunks.push(typeof chunk === 'string'
      ? new TextEncoder().encode(chunk)
      : chunk)
    return true
  }) as typeof res.write
  res.end = ((chunk?: Buffer | string | (() => void)) => {
    if (chunk && typeof chunk !== 'function') {
      chunks.push(typeof chunk === 'string'
        ? new TextEncoder().encode(chunk)
        : chunk)
    }
    const body = gzipSync(concat(chunks))
    if (!res.headersSent)
      setHeader('content-length', body.length)
    return end(body)
  }) as typeof res.end
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.length
  }
  return all
}
