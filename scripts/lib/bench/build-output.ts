/**
 * What a build leaves in dist/: its size, and what a PWA service worker
 * would precache in the background after the first visit.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface DistStats {
  bytes: number
  files: number
  /** a deck with `download: true` builds its PDF into dist/ */
  pdfs: string[]
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name))
    .filter(path => statSync(path).isFile())
}

export function distStats(dir: string): DistStats {
  const files = listFiles(dir)
  return {
    bytes: files.reduce((sum, file) => sum + statSync(file).size, 0),
    files: files.length,
    pdfs: files.filter(file => file.endsWith('.pdf')).map(file => relative(dir, file)),
  }
}

export interface Precache {
  /** the file that lists the entries: sw.js, or a workbox-*.js it imports */
  source: string
  entries: number
  /** entries found in dist/ (a URL such as "/" maps to index.html) */
  found: number
  bytes: number
  /** what the same files weigh gzipped, as the bench server sends them */
  gzipBytes: number
}

/** Workbox writes entries as {url:"…",revision:…} in the service worker (or in an injected manifest). */
export function precacheUrls(source: string): string[] {
  const urls = Array.from(source.matchAll(/\{\s*"?url"?\s*:\s*"([^"]+)"/g), match => match[1]!)
  return [
    ...new Set(urls),
  ]
}

const COMPRESSIBLE = /\.(?:html|js|mjs|css|svg|json|txt|xml|webmanifest)$/

/** Reads dist/sw.js (vite-plugin-pwa's generateSW or injectManifest); null when the deck has no service worker. */
export function precache(dir: string): Precache | null {
  const candidates = ['sw.js', 'service-worker.js'].map(name => join(dir, name)).filter(existsSync)
  if (candidates.length === 0)
    return null
  const source = candidates[0]!
  const urls = precacheUrls(readFileSync(source, 'utf8'))
  let bytes = 0
  let gzipBytes = 0
  let found = 0
  for (const url of urls) {
    const path = join(dir, decodeURIComponent(url.replace(/^\//, '').split(/[?#]/)[0] || 'index.html'))
    if (!existsSync(path) || !statSync(path).isFile())
      continue
    const content = readFileSync(path)
    found++
    bytes += content.length
    gzipBytes += COMPRESSIBLE.test(path)
      ? gzipSync(content).length
      : content.length
  }
  return {
    source: relative(dir, source),
    entries: urls.length,
    found,
    bytes,
    gzipBytes,
  }
}
