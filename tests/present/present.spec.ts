import type { Page } from '@playwright/test'
// `npm run present` as a presenter runs it, in a copy of the project whose transcript and one fact check hold markup
// (the dev server sends no security policy): the deck, the presenter's sync, the pen, the guard, the notes as text,
// a broken note while it runs; and `npm run present:remote`.
import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { loadedSlide, settle } from '../../node/chromium.ts'
import { DRAWING_ENABLED_KEY, loadDeck, MCP, NOTES, OPEN_IN_EDITOR, PRESENTER, ROOT, SERVER_REACTIVE, SLIDE_CANVAS, SLIDE_WRITE, SYNC_DIRECTIONS_KEY } from '../../node/slidev.ts'
import { PRESENT_PORT } from '../../playwright.config.ts'
import { watchPage } from '../support/harness.ts'
import { projectCopy } from '../support/project-copy.ts'

// the dev server compiles a page on its first visit: give that time
const FIRST_LOAD = { timeout: 60_000 }
const deck = await loadDeck()
/** the first slide that reveals in two clicks or more: the tests step through it */
const CLICKED = deck.slides.findIndex(slide => (slide.source.raw.match(/\bv-click\b/g)?.length ?? 0) >= 2) + 1
const MARKUP = '<img src=x onerror="document.title=\'ran\'">'

/** Every file of the copy (its node_modules, the project's, aside) with a hash of its content. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .filter(file => !/^node_modules(?:\/|$)/.test(file))
    .flatMap((file) => {
      try {
        return [[file, createHash('sha1').update(readFileSync(join(dir, file))).digest('hex')]]
      }
      catch {
        return []
      }
    }))
}

test.describe.configure({ mode: 'serial' })
let copy = ''
let server: ChildProcess | undefined
let before: Record<string, string> = {}
/**
 * The presenter's tab, as a presenter keeps one open through a talk: the tests that follow the first go on in it (a
 * dev-server page in a new browser context costs its hundreds of module requests again)
 */
let presenter: Page | undefined

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(180_000)
  copy = projectCopy()
  // a transcript edited by hand (npm run transcript refuses markup) and a fact check
  const transcript = join(copy, 'talk/transcript.md')
  writeFileSync(transcript, readFileSync(transcript, 'utf8').replace(/(<!-- p01 -->\n)/, `$1${MARKUP}`))
  const checks = join(copy, 'data/fact-checks.ts')
  writeFileSync(checks, readFileSync(checks, 'utf8').replace('zh: \'第一代 LLaMA', `zh: '${MARKUP.replaceAll('\'', '\\\'')}第一代 LLaMA`))
  server = spawn('npm', ['run', 'present', '--', '--port', String(PRESENT_PORT)], {
    cwd: copy,
    // CI=true keeps it from opening a browser window; a Vite cache of its own (vite.config.ts), kept between runs
    env: { ...process.env, CI: 'true', DECK_VITE_CACHE_DIR: join(ROOT, 'node_modules/.vite-present') },
    stdio: 'ignore',
    detached: true,
  })
  await expect.poll(async () => (await fetch(baseURL!).catch(() => undefined))?.status, { timeout: 120_000 }).toBe(200)
  before = tree(copy)
})

test.afterAll(async () => {
  await presenter?.context().close()
  // the copy goes once the server has stopped writing its Vite cache into it
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise(resolve => server!.once('exit', resolve))
    process.kill(-server.pid, 'SIGTERM')
    await exited
  }
  rmSync(copy, { recursive: true, force: true, maxRetries: 5 })
})

test('npm run present serves slide 1 and the presenter view, with notes, timer and click count', async ({ browser, baseURL }) => {
  const page = presenter = await (await browser.newContext({ baseURL })).newPage()
  const watch = watchPage(page)
  await page.goto('1')
  await expect(loadedSlide(page, 1)).toBeVisible(FIRST_LOAD)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`presenter/${CLICKED}`)
  await expect(page.locator(PRESENTER)).toBeVisible(FIRST_LOAD)
  await expect(page.locator(NOTES).first()).not.toBeEmpty()
  // countdown from the headmatter's duration, and the click counter
  await expect(page.locator(PRESENTER)).toContainText(/\d{1,2}:\d{2}/)
  await expect(page.locator(PRESENTER)).toContainText(/0\s*\/\s*[1-9]/)
  await settle(page)
  expect(watch.problems).toEqual([])
})

test('advancing in the presenter view moves the audience’s tab, clicks included', async ({ browser, baseURL }) => {
  // the audience's screen: another browser, so that only the dev server can carry the presenter's steps to it
  const audienceContext = await browser.newContext()
  try {
    const audience = await audienceContext.newPage()
    // The audience screen set to receive only, as the README advises: Slidev
    // syncs both ways by default, and an audience tab that echoes a step back
    // while the presenter is already a click further moves the presenter back
    // (seen once in CI: the presenter at clicks=0 where it had pressed to 2)
    await audience.addInitScript(key => localStorage.setItem(key, JSON.stringify({ viewerSend: false })), SYNC_DIRECTIONS_KEY)
    await audience.goto(`${baseURL}${CLICKED}`)
    await expect(loadedSlide(audience, CLICKED)).toBeVisible(FIRST_LOAD)
    await settle(audience)

    // each step: the presenter moves first (→ next click, ← back one, ↓ next slide), then the audience's tab follows
    for (const [key, no, clicks] of [
      ['ArrowRight', CLICKED, 1],
      ['ArrowRight', CLICKED, 2],
      ['ArrowLeft', CLICKED, 1],
      ['ArrowDown', CLICKED + 1, 0],
    ] as const) {
      const query = clicks ? `\\?clicks=${clicks}` : '(\\?clicks=0)?'
      await presenter!.keyboard.press(key)
      await expect(presenter!).toHaveURL(new RegExp(`presenter/${no}${query}$`))
      await expect(audience).toHaveURL(new RegExp(`/${no}${query}$`), { timeout: 15_000 })
    }
  }
  finally {
    // an open tab keeps syncing with the dev server and would steer later tests
    await audienceContext.close()
  }
})

test('the pen’s strokes reach the server: the guard lets Slidev’s own drawings sync through', async () => {
  const page = presenter!
  await page.evaluate(key => localStorage.setItem(key, 'true'), DRAWING_ENABLED_KEY)
  const last = deck.slides.length
  await page.goto(`presenter/${last}`)
  const slide = loadedSlide(page, last, `${PRESENTER} ${SLIDE_CANVAS}`)
  await expect(slide).toBeVisible(FIRST_LOAD)
  await settle(page)
  const synced = page.waitForResponse(response => response.url().endsWith(`${SERVER_REACTIVE}drawings`))
  const box = (await slide.boundingBox())!
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
  expect((await synced).status()).toBe(200)
})

/** Sends `head` (and `body`) as they are; resolves with the answer's status code, or 0 when none came. */
function rawRequest(head: string, body: string | Buffer = ''): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(PRESENT_PORT, 'localhost')
    let answer = ''
    socket.on('data', (data) => {
      answer += data.toString('latin1')
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(answer)
      if (status) {
        resolve(Number(status[1]))
        socket.destroy()
      }
    })
    socket.on('error', () => resolve(0)).on('close', () => resolve(0))
    const length = body.length
      ? `Content-Length: ${body.length}\r\n`
      : ''
    // neither socket.end() (Node aborts a request whose client half-closes) nor
    // Connection: close (Node would close on the unread rest of a refused body,
    // and the client could see the reset before the answer)
    socket.write(`${head.replaceAll('\n', '\r\n')}\r\n${length}\r\n`)
    socket.write(body)
  })
}

test('the dev server refuses every request that writes, runs or opens something, and survives malformed ones', async () => {
  const host = `Host: localhost:${PRESENT_PORT}`
  const own = `Origin: http://localhost:${PRESENT_PORT}`
  const json = 'Content-Type: application/json'
  const nav = `${SERVER_REACTIVE}nav`
  const tried: [string, string, string | Buffer, number][] = [
    // a web page open in the presenter's browser: a "simple" cross-origin POST
    [
      'slide rewrite from another site',
      `POST ${SLIDE_WRITE}2.json HTTP/1.1\n${host}\nOrigin: https://evil.example\nContent-Type: text/plain`,
      '{"note":"x"}',
      403,
    ],
    [
      'slide rewrite from this site',
      `POST ${SLIDE_WRITE}2.json HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"note":"x","frontmatter":{"layout":"end"}}',
      405,
    ],
    [
      'slide rewrite, bad JSON',
      `POST ${SLIDE_WRITE}2.json HTTP/1.1\n${host}\nContent-Type: application/x-www-form-urlencoded`,
      'not json',
      405,
    ],
    [
      'open in editor',
      `GET ${OPEN_IN_EDITOR}?file=slides.md HTTP/1.1\n${host}`,
      '',
      403,
    ],
    [
      'open in editor, other case',
      `GET ${OPEN_IN_EDITOR.toUpperCase()}?file=slides.md HTTP/1.1\n${host}`,
      '',
      403,
    ],
    [
      'open in editor, absolute target',
      `GET http://localhost:${PRESENT_PORT}${OPEN_IN_EDITOR}?file=slides.md HTTP/1.1\n${host}`,
      '',
      400,
    ],
    [
      'MCP',
      `POST ${MCP} HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
      403,
    ],
    [
      'sync, bad JSON',
      `POST ${nav} HTTP/1.1\n${host}\n${own}\n${json}`,
      'not json',
      400,
    ],
    [
      'sync, prototype key',
      `POST ${nav} HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"patch":{"__proto__":{"polluted":1}}}',
      400,
    ],
    // the state every tab loads: a body without it blanked every page opened after it
    ...[nav, `${SERVER_REACTIVE}drawings`].flatMap(path => ['{}', '[]', '{"patch":5}', '{"source":"x","timestamp":1,"data":{"page":"7"}}'].map(body => [
      `sync, ${body} to ${path}`,
      `POST ${path} HTTP/1.1\n${host}\n${own}\n${json}`,
      body,
      400,
    ] as [string, string, string, number])),
    [
      'preflight, answered before Vite’s CORS',
      `OPTIONS ${SLIDE_WRITE}2.json HTTP/1.1\n${host}\n${own}\nAccess-Control-Request-Method: POST`,
      '',
      405,
    ],
    [
      'sync, 10 MB body',
      `POST ${nav} HTTP/1.1\n${host}\n${own}\n${json}`,
      Buffer.alloc(10 * 1024 * 1024, 32),
      413,
    ],
    [
      'sync, wrong content type',
      `POST ${nav} HTTP/1.1\n${host}\n${own}\nContent-Type: text/plain`,
      '{}',
      415,
    ],
    [
      'sync, snapshots to disk',
      `POST ${SERVER_REACTIVE}snapshots HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"data":{}}',
      405,
    ],
    [
      'unknown method',
      `PROPFIND / HTTP/1.1\n${host}`,
      '',
      405,
    ],
    [
      'PUT',
      `PUT /slides.md HTTP/1.1\n${host}`,
      'x',
      405,
    ],
    [
      'DELETE',
      `DELETE ${SLIDE_WRITE}2.json HTTP/1.1\n${host}`,
      '',
      405,
    ],
    [
      'bad percent-encoding',
      `GET /%E0%A4%A.js HTTP/1.1\n${host}`,
      '',
      404,
    ],
    [
      'another host name (DNS rebinding)',
      `GET / HTTP/1.1\nHost: evil.example:${PRESENT_PORT}`,
      '',
      403,
    ],
    [
      'another port in Host',
      `GET / HTTP/1.1\nHost: localhost:8080`,
      '',
      403,
    ],
    [
      'a script read by another local site',
      `GET /@vite/client HTTP/1.1\n${host}\nOrigin: http://localhost:8080`,
      '',
      403,
    ],
  ]
  const answers: string[] = []
  for (const [what, head, body] of tried)
    answers.push(`${what}: ${await rawRequest(head, body)}`)
  expect(answers).toEqual(tried.map(([what, , , status]) => `${what}: ${status}`))

  // the deck still runs, loaded anew (the page fetches the shared state again): slide and notes; and nothing was written
  const page = presenter!
  const watch = watchPage(page)
  await page.goto('presenter/2')
  await expect(loadedSlide(page, 2, `${PRESENTER} ${SLIDE_CANVAS}`)).toBeVisible(FIRST_LOAD)
  await expect(page.locator(NOTES).first()).not.toBeEmpty()
  expect(watch.problems).toEqual([])
  expect(tree(copy), 'the project’s files').toEqual(before)
})

test('the presenter view shows the markup in the talk’s words and in a fact check as text, and runs none of it', async () => {
  const notes = presenter!.locator(NOTES).first()
  await expect(notes).toContainText(`${MARKUP}过去几年`)
  await expect(notes).toContainText(`核实：${MARKUP}第一代 LLaMA`)
  await expect(notes.locator('img')).toHaveCount(0)
  expect(await presenter!.title()).not.toBe('ran')
})

test('a note that names nothing, edited while it runs, shows Vite’s error overlay naming file, line and reference, and keeps every slide', async ({ baseURL }) => {
  // Vite's HMR channel, as the browser's client listens to it
  const messages: { type: string, err?: { message: string } }[] = []
  const socket = new WebSocket(baseURL!.replace(/^http/, 'ws'), 'vite-hmr')
  socket.addEventListener('message', event => messages.push(JSON.parse(String(event.data))))
  await expect.poll(() => messages.some(m => m.type === 'connected')).toBe(true)

  const slide2 = async (): Promise<string> => (await fetch(`${baseURL}${SLIDE_WRITE.slice(1)}2.json`)).text()
  const slideBefore = await slide2()
  const file = join(copy, 'pages/02-opening.md')
  const original = readFileSync(file, 'utf8')
  const line = original.split('\n').indexOf('@p01') + 1
  try {
    writeFileSync(file, original.replace('@p01\n', '@p99\n'))
    await expect.poll(() => messages.find(m => m.type === 'error')?.err?.message, { timeout: 30_000 })
      .toContain(`pages/02-opening.md:${line}: notes: unknown transcript paragraph “@p99”`)
    // Slidev did not reload the deck without the slide
    expect(await slide2()).toBe(slideBefore)
  }
  finally {
    writeFileSync(file, original)
    socket.close()
  }
})
