import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { execFileSync, spawn } from 'node:child_process'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { loadedSlide, settle } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { PRESENT_PORT } from '../../playwright.config'
import { watchPage } from '../e2e/support/harness'

// the dev server compiles a page on its first visit: give that time
const FIRST_LOAD = { timeout: 60_000 }

/** the first slide that reveals in two clicks or more: the tests step through it */
const CLICKED = (await loadDeck()).slides.findIndex(slide => (slide.source.raw.match(/\bv-click\b/g)?.length ?? 0) >= 2) + 1

// A cold dev server bundles dependencies as pages first ask for them and may
// reload a page half-way (Vite's optimizer). Visit the views once before the
// tests watch for errors: an error that is real comes back on the next load.
test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage()
  for (const [path, ready] of [
    [
      '1',
      loadedSlide(page, 1),
    ],
    [
      `presenter/${CLICKED}`,
      page.locator('.slidev-presenter'),
    ],
    [
      String(CLICKED),
      loadedSlide(page, CLICKED),
    ],
  ] as const) {
    await page.goto(`${baseURL}${path}`)
    await ready.waitFor({ timeout: 90_000 })
  }
  await page.close()
})

test('npm run present serves slide 1 and the presenter view, with notes, timer and click count', async ({ page }) => {
  const watch = await watchPage(page, { intercept: false })
  await page.goto('1')
  await expect(loadedSlide(page, 1)).toBeVisible(FIRST_LOAD)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(`presenter/${CLICKED}`)
  await expect(page.locator('.slidev-presenter')).toBeVisible(FIRST_LOAD)
  await expect(page.locator('.slidev-note').first()).not.toBeEmpty()
  // countdown from the headmatter's duration, and the click counter
  await expect(page.locator('.slidev-presenter')).toContainText(/\d{1,2}:\d{2}/)
  await expect(page.locator('.slidev-presenter')).toContainText(/0\s*\/\s*[1-9]/)
  await settle(page)
  expect(watch.problems).toEqual([])
})

test('advancing in the presenter view moves the audience’s tab, clicks included', async ({ browser, baseURL }) => {
  const presenterContext = await browser.newContext()
  const audienceContext = await browser.newContext()
  try {
    const presenter = await presenterContext.newPage()
    const audience = await audienceContext.newPage()
    // The audience screen set to receive only, as the README advises: Slidev
    // syncs both ways by default, and an audience tab that echoes a step back
    // while the presenter is already a click further moves the presenter back
    // (seen once in CI: the presenter at clicks=0 where it had pressed to 2)
    await audience.addInitScript(() => localStorage.setItem('slidev-sync-directions', JSON.stringify({ viewerSend: false })))
    const before = CLICKED - 1
    await audience.goto(`${baseURL}${before}`)
    await presenter.goto(`${baseURL}presenter/${before}`)
    await expect(presenter.locator('.slidev-presenter')).toBeVisible(FIRST_LOAD)
    await expect(loadedSlide(audience, before)).toBeVisible(FIRST_LOAD)

    await settle(presenter)
    await settle(audience)

    // each step: the presenter moves first (↓ next slide, → next click), then the audience's tab follows
    const clicksAfter = [0, 1, 2, 1]
    for (const [i, key] of [
      'ArrowDown',
      'ArrowRight',
      'ArrowRight',
      'ArrowLeft',
    ].entries()) {
      const query = clicksAfter[i]
        ? `\\?clicks=${clicksAfter[i]}`
        : '(\\?clicks=0)?'
      await presenter.keyboard.press(key)
      await expect(presenter).toHaveURL(new RegExp(`presenter/${CLICKED}${query}$`))
      await expect(audience).toHaveURL(new RegExp(`/${CLICKED}${query}$`), { timeout: 15_000 })
    }
  }
  finally {
    // an open tab keeps syncing with the dev server and would steer later tests
    await presenterContext.close()
    await audienceContext.close()
  }
})

test('the pen’s strokes reach the server: the guard lets Slidev’s own drawings sync through', async ({ browser, baseURL }) => {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(() => localStorage.setItem('slidev-drawing-enabled', 'true'))
    const last = (await loadDeck()).slides.length
    await page.goto(`${baseURL}presenter/${last}`)
    const slide = loadedSlide(page, last, '.slidev-presenter #slide-content')
    await expect(slide).toBeVisible(FIRST_LOAD)
    await settle(page)
    const synced = page.waitForResponse(response => response.url().endsWith('/@server-reactive/drawings'))
    const box = (await slide.boundingBox())!
    await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 })
    await page.mouse.up()
    expect((await synced).status()).toBe(200)
  }
  finally {
    await context.close()
  }
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

test('the dev server refuses every request that writes, runs or opens something, and survives malformed ones', async ({ page }) => {
  const host = `Host: localhost:${PRESENT_PORT}`
  const own = `Origin: http://localhost:${PRESENT_PORT}`
  const json = 'Content-Type: application/json'
  const git = (): string => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' })
  const before = git()
  const tried: [string, string, string | Buffer, number][] = [
    // a web page open in the presenter's browser: a "simple" cross-origin POST
    [
      'slide rewrite from another site',
      `POST /__slidev/slides/2.json HTTP/1.1\n${host}\nOrigin: https://evil.example\nContent-Type: text/plain`,
      '{"note":"x"}',
      403,
    ],
    [
      'slide rewrite from this site',
      `POST /__slidev/slides/2.json HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"note":"x","frontmatter":{"layout":"end"}}',
      405,
    ],
    [
      'slide rewrite, bad JSON',
      `POST /__slidev/slides/2.json HTTP/1.1\n${host}\nContent-Type: application/x-www-form-urlencoded`,
      'not json',
      405,
    ],
    [
      'open in editor',
      `GET /__open-in-editor?file=slides.md HTTP/1.1\n${host}`,
      '',
      403,
    ],
    [
      'open in editor, other case',
      `GET /__OPEN-IN-EDITOR?file=slides.md HTTP/1.1\n${host}`,
      '',
      403,
    ],
    [
      'open in editor, absolute target',
      `GET http://localhost:${PRESENT_PORT}/__open-in-editor?file=slides.md HTTP/1.1\n${host}`,
      '',
      400,
    ],
    [
      'MCP',
      `POST /__mcp HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
      403,
    ],
    [
      'sync, bad JSON',
      `POST /@server-reactive/nav HTTP/1.1\n${host}\n${own}\n${json}`,
      'not json',
      400,
    ],
    [
      'sync, prototype key',
      `POST /@server-reactive/nav HTTP/1.1\n${host}\n${own}\n${json}`,
      '{"patch":{"__proto__":{"polluted":1}}}',
      400,
    ],
    // the state every tab loads: a body without it blanked every page opened after it
    ...['/@server-reactive/nav', '/@server-reactive/drawings'].flatMap(path => ['{}', '[]', '{"patch":5}', '{"source":"x","timestamp":1,"data":{"page":"7"}}'].map(body => [
      `sync, ${body} to ${path}`,
      `POST ${path} HTTP/1.1\n${host}\n${own}\n${json}`,
      body,
      400,
    ] as [string, string, string, number])),
    [
      'preflight, answered before Vite’s CORS',
      `OPTIONS /__slidev/slides/2.json HTTP/1.1\n${host}\n${own}\nAccess-Control-Request-Method: POST`,
      '',
      405,
    ],
    [
      'sync, 10 MB body',
      `POST /@server-reactive/nav HTTP/1.1\n${host}\n${own}\n${json}`,
      Buffer.alloc(10 * 1024 * 1024, 32),
      413,
    ],
    [
      'sync, wrong content type',
      `POST /@server-reactive/nav HTTP/1.1\n${host}\n${own}\nContent-Type: text/plain`,
      '{}',
      415,
    ],
    [
      'sync, snapshots to disk',
      `POST /@server-reactive/snapshots HTTP/1.1\n${host}\n${own}\n${json}`,
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
      `DELETE /__slidev/slides/2.json HTTP/1.1\n${host}`,
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

  // the deck still runs, opened fresh (each page loads the shared state anew), and nothing was written
  const watch = await watchPage(page, { intercept: false })
  await page.goto('1')
  await expect(loadedSlide(page, 1)).toBeVisible(FIRST_LOAD)
  await page.goto(`presenter/${CLICKED}`)
  await expect(page.locator('.slidev-presenter')).toBeVisible(FIRST_LOAD)
  await expect(page.locator('.slidev-note').first()).not.toBeEmpty()
  expect(watch.problems).toEqual([])
  expect(git()).toBe(before)
})

test.describe('npm run present:remote', () => {
  const PORT = 3031
  // a password that reads like an option: Slidev once took it for one and listened everywhere, without a password
  const PASSWORD = '--bind=0.0.0.0'
  let server: ChildProcess | undefined
  let printed = ''

  test.beforeAll(async () => {
    server = spawn('npm', [
      'run',
      'present:remote',
      '--',
      '--port',
      String(PORT),
    ], {
      env: {
        ...process.env,
        CI: 'true',
        DECK_REMOTE_PASSWORD: PASSWORD,
        DECK_BIND: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'ignore'],
      detached: true,
    })
    server.stdout!.on('data', (data: Buffer) => printed += data.toString())
  })

  test.afterAll(() => {
    if (server?.pid)
      process.kill(-server.pid, 'SIGTERM')
  })

  const url = `http://127.0.0.1:${PORT}/`
  /** the server answers, and its banner is out */
  const started = async (): Promise<void> => {
    await expect.poll(async () => (await fetch(url).catch(() => undefined))?.status, { timeout: 90_000 }).toBe(200)
    await expect.poll(() => printed, { timeout: 30_000 }).toMatch(/Slidev[\s\S]*present:remote: listening on|present:remote: listening on[\s\S]*Slidev/)
  }

  test('asks for the password before the presenter view', async ({ page }) => {
    test.setTimeout(120_000)
    await started()

    const asked: string[] = []
    page.on('dialog', async (dialog) => {
      asked.push(`${dialog.type()}: ${dialog.message()}`)
      await dialog.dismiss()
    })
    await page.goto(`${url}presenter/1`)
    await expect.poll(() => asked).toEqual(['prompt: Enter password'])
    await expect(page.locator('.slidev-presenter')).toHaveCount(0)

    await page.goto(`${url}presenter/1?password=${encodeURIComponent(PASSWORD)}`)
    await expect(page.locator('.slidev-presenter')).toBeVisible(FIRST_LOAD)
  })

  test('listens on the named interface only, says so, and prints the password nowhere', async () => {
    test.setTimeout(120_000)
    await started()
    const elsewhere = Object.values(networkInterfaces()).flat().filter(a => a && !a.internal && a.family === 'IPv4').map(a => a!.address)
    for (const address of elsewhere)
      await expect(fetch(`http://${address}:${PORT}/`), address).rejects.toThrow()
    expect(printed).toContain(`present:remote: listening on 127.0.0.1 only. On the phone, open http://127.0.0.1:${PORT}/presenter/ (it asks for the password).`)
    expect(printed).toContain('Anyone on this network who can reach 127.0.0.1:3031 can read the password')
    expect(printed).not.toContain(PASSWORD)
    expect(printed).not.toMatch(/https?:\/\/(?!127\.0\.0\.1:3031\/)/)
  })
})
