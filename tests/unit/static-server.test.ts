import type { IncomingHttpHeaders } from 'node:http'
import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../../node/headers.ts'
import { startStaticServer } from '../../node/static-server.ts'

// dist/ and, beside it, a folder whose name starts with “dist”
const parent = mkdtempSync(join(tmpdir(), 'static-server-'))
const root = join(parent, 'dist')
mkdirSync(join(root, 'assets'), { recursive: true })
mkdirSync(join(parent, 'dist-secret'))
writeFileSync(join(parent, 'dist-secret', 'leak.json'), '{"secret":"leaked"}')
writeFileSync(join(root, 'index.html'), '<p>deck</p>')
writeFileSync(join(root, '404.html'), '<p>fallback</p>')
// about a megabyte of varied text: more than the socket and gzip buffers hold at once
const big = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `export const v${i} = ${(i * 7919) % 100_003}\n`).join(''))
writeFileSync(join(root, 'assets', 'big.js'), big)
const robots = 'User-agent: *\nAllow: /\n'
writeFileSync(join(root, 'robots.txt'), robots)
// links out of the site, and a loop: none may be followed, and none may stop the server
symlinkSync('/etc/passwd', join(root, 'passwd.txt'))
symlinkSync(join(parent, 'dist-secret'), join(root, 'secret'))
symlinkSync(join(root, 'loop-b'), join(root, 'loop-a'))
symlinkSync(join(root, 'loop-a'), join(root, 'loop-b'))

interface Answer { status: number, headers: IncomingHttpHeaders, body: Buffer }

/** One request with the path sent as written; `readDelay` holds the response unread that long first. */
function send(base: string, path: string, { method = 'GET', gzip = false, readDelay = 0, range = '' } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base)
  return new Promise((resolve, reject) => {
    request({
      hostname,
      port,
      path,
      method,
      headers: {
        ...gzip && { 'accept-encoding': 'gzip' },
        ...range && { range },
      },
    }, (res) => {
      res.pause()
      const chunks: Buffer[] = []
      void sleep(readDelay).then(() => res.on('data', (chunk: Buffer) => chunks.push(chunk)).resume())
      res.on('end', () => resolve({
        status: res.statusCode!,
        headers: res.headers,
        body: Buffer.concat(chunks),
      }))
    }).on('error', reject).end()
  })
}

describe('the preview server (node/static-server.ts)', () => {
  let plain: Awaited<ReturnType<typeof startStaticServer>>
  let gzipped: typeof plain
  beforeAll(async () => {
    plain = await startStaticServer({ root })
    gzipped = await startStaticServer({ root, gzip: true })
  })
  afterAll(async () => {
    await plain.close()
    await gzipped.close()
    rmSync(parent, { recursive: true, force: true })
  })

  it('serves nothing from a sibling folder whose name starts like its root', async () => {
    for (const server of [plain, gzipped]) {
      for (const path of ['/..%2fdist-secret/leak.json', '/..%2Fdist-secret%2Fleak.json']) {
        const { status, body } = await send(server.url, path, { gzip: true })
        expect(status, path).toBe(404)
        expect(body.toString()).not.toContain('leaked')
      }
      // the URL parser takes %2e%2e for “..” and stays in the root: the SPA fallback, index.html
      expect((await send(server.url, '/%2e%2e/dist-secret/leak.json')).body.toString()).toBe('<p>deck</p>')
    }
  })

  it('answers an unknown path with index.html and 200 as Netlify and Vercel do, with 404.html and 404 as GitHub Pages does', async () => {
    const spa = await send(plain.url, '/7')
    expect([spa.status, spa.body.toString()]).toEqual([200, '<p>deck</p>'])
    const pages = await startStaticServer({ root, fallback: 'github-pages' })
    try {
      const answer = await send(pages.url, '/7')
      expect([answer.status, answer.body.toString()]).toEqual([404, '<p>fallback</p>'])
    }
    finally {
      await pages.close()
    }
  })

  it('answers a bad percent-encoding with 400, and keeps serving', async () => {
    for (const server of [plain, gzipped]) {
      expect((await send(server.url, '/%E0%A4%A.js', { gzip: true })).status).toBe(400)
      expect((await send(server.url, '/a%00.js', { gzip: true })).status).toBe(400)
      expect((await send(server.url, '/')).body.toString()).toBe('<p>deck</p>')
    }
  })

  it('answers byte ranges with 206, an unsatisfiable one with 416, and keeps serving', async () => {
    for (const server of [plain, gzipped]) {
      const part = await send(server.url, '/robots.txt', { range: 'bytes=0-9', gzip: true })
      expect([part.status, part.headers['content-range'], part.body.toString()]).toEqual([206, `bytes 0-9/${robots.length}`, robots.slice(0, 10)])
      const tail = await send(server.url, '/robots.txt', { range: 'bytes=-7' })
      expect([tail.status, tail.body.toString()]).toEqual([206, robots.slice(-7)])
      const past = await send(server.url, '/robots.txt', { range: 'bytes=0-99999999999999999' })
      expect([past.status, past.headers['content-range'], past.body.toString()]).toEqual([206, `bytes 0-${robots.length - 1}/${robots.length}`, robots])
      for (const range of ['bytes=10-5', `bytes=${robots.length}-`, 'bytes=99999999999999999-'])
        expect(await send(server.url, '/robots.txt', { range }).then(a => [a.status, a.headers['content-range']]), range).toEqual([416, `bytes */${robots.length}`])
      expect((await send(server.url, '/robots.txt', { range: 'lines=1-2' })).status).toBe(200)
      expect((await send(server.url, '/')).body.toString()).toBe('<p>deck</p>')
    }
  })

  it('follows no link out of its root, and reports a loop of links in one line without stopping', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    for (const server of [plain, gzipped]) {
      for (const path of ['/passwd.txt', '/secret/leak.json']) {
        const { status, body } = await send(server.url, path)
        expect([status, body.toString()], path).toEqual([404, `${path} is a link out of the site\n`])
      }
      expect((await send(server.url, '/loop-a')).status).toBe(404)
      expect((await send(server.url, '/')).body.toString()).toBe('<p>deck</p>')
    }
    expect(errors).toHaveBeenCalledWith(expect.stringMatching(/^static server: .*loop-a is a loop of symbolic links$/))
    errors.mockRestore()
  })

  it('caches the hashed assets for a year, as the hosting configs say', async () => {
    expect((await send(plain.url, '/assets/big.js', { method: 'HEAD' })).headers['cache-control']).toBe(IMMUTABLE_CACHE)
    expect((await send(plain.url, '/index.html', { method: 'HEAD' })).headers['cache-control']).toBeUndefined()
  })

  it('answers methods other than GET and HEAD with 405', async () => {
    for (const method of ['PUT', 'DELETE', 'POST', 'PATCH']) {
      const { status, headers } = await send(plain.url, '/index.html', { method })
      expect(status, method).toBe(405)
      expect(headers.allow).toBe('GET, HEAD')
    }
    expect((await send(gzipped.url, '/index.html', { method: 'HEAD', gzip: true })).status).toBe(200)
  })

  it('sends the hosting’s security headers, on files, the fallback, gzip and errors', async () => {
    for (const [server, path] of [
      [plain, '/index.html'],
      [plain, '/7'],
      [gzipped, '/assets/big.js'],
      [plain, '/%E0'],
    ] as const) {
      const { headers } = await send(server.url, path, { gzip: true })
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value)
    }
  })

  it('streams gzip to a slow client completely, and survives one that leaves half-way', async () => {
    const slow = await send(gzipped.url, '/assets/big.js', { gzip: true, readDelay: 500 })
    expect(slow.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(slow.body).equals(big)).toBe(true)

    await new Promise<void>((resolve) => {
      const { hostname, port } = new URL(gzipped.url)
      const req = request({
        hostname,
        port,
        path: '/assets/big.js',
        headers: { 'accept-encoding': 'gzip' },
      }, (res) => {
        res.once('data', () => req.destroy())
      })
      req.on('error', () => {}).on('close', resolve).end()
    })
    expect(gunzipSync((await send(gzipped.url, '/assets/big.js', { gzip: true })).body).equals(big)).toBe(true)
  })

  it('npm run preview says in one line that its port is taken', async () => {
    const { port } = new URL(plain.url)
    const failed = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      'scripts/serve.ts',
      '--root',
      root,
      '--port',
      port,
    ])
      .then(() => undefined, (error: { code: number, stderr: string }) => error)
    expect(failed?.code).toBe(1)
    expect(failed?.stderr.trimEnd()).toBe(`preview: port ${port} on 127.0.0.1 is already in use (another preview?); choose another with --port`)
  }, 30_000)
})
