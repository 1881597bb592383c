import type { Page, Route } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { SNAPSHOT_ID } from '../../build/first-slide.ts'
import { loadedSlide, settle } from '../../node/chromium.ts'
import { APP_ROOT, loadDeck, SLIDE_CANVAS, SLIDE_NUMBER } from '../../node/slidev.ts'

// build/first-slide.ts: slide 1 drawn into the built index.html, shown until the app draws its own (the suite's build
// is under a sub-path: the snapshot shows at the deck's root, not the host's)
const deck = await loadDeck()
const PHONE = { width: 412, height: 823 }
test.use({ viewport: PHONE })

interface Watched {
  /** the snapshot was on screen in some frame */
  snapshotShown: boolean
  /** when the app's own slide first showed (ms since navigation) */
  appSlideAt?: number
  largestPaints: { at: number, size: number }[]
  layoutShift: number
}

/** Records, from before the page's first byte, what the snapshot and the app do in every frame. */
async function watchFirstPaints(page: Page): Promise<() => Promise<Watched>> {
  await page.addInitScript(({ id, appSlide }) => {
    const watched: Watched = { snapshotShown: false, largestPaints: [], layoutShift: 0 }
    Object.assign(window, { watched })
    const everyFrame = (): void => {
      watched.snapshotShown ||= Boolean(document.getElementById(id)?.getClientRects().length)
      if (watched.appSlideAt === undefined && document.querySelector(appSlide)?.getClientRects().length)
        watched.appSlideAt = performance.now()
      requestAnimationFrame(everyFrame)
    }
    requestAnimationFrame(everyFrame)
    new PerformanceObserver(list => list.getEntries().forEach(entry => watched.largestPaints.push({ at: entry.startTime, size: (entry as PerformanceEntry & { size: number }).size })))
      .observe({ type: 'largest-contentful-paint', buffered: true })
    new PerformanceObserver(list => list.getEntries().forEach((entry) => {
      watched.layoutShift += (entry as PerformanceEntry & { value: number }).value
    })).observe({ type: 'layout-shift', buffered: true })
  }, { id: SNAPSHOT_ID, appSlide: `${SLIDE_CANVAS} .slidev-layout` })
  return () => page.evaluate(() => (window as unknown as { watched: Watched }).watched)
}

/** Holds the app's scripts until `release` is called, so the test sees the page before the app runs (open it with HELD: `load` waits for them). */
const HELD = { waitUntil: 'commit' } as const
async function holdTheApp(page: Page): Promise<() => Promise<void>> {
  const held: Route[] = []
  let holding = true
  await page.route(/\/assets\/.*\.js$/, route => holding
    ? void held.push(route)
    : route.continue())
  return async () => {
    holding = false
    await Promise.all(held.map(route => route.continue()))
  }
}

/** every element of a drawn slide 1, in document order, as [left, top, width, height] */
function boxes(page: Page, slide: string): Promise<number[][]> {
  return page.locator(slide).evaluate(root => [
    root,
    ...root.querySelectorAll('*'),
  ].map((el) => {
    const { x, y, width, height } = el.getBoundingClientRect()
    return [x, y, width, height]
  }))
}

test('without JavaScript, / shows slide 1, element for element where the app draws it', async ({ browser, baseURL }) => {
  const noScript = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
  try {
    const page = await noScript.newPage()
    await page.goto(baseURL!)
    // the static page's own language, or `:lang(en)` would set its Chinese in the Latin face
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
    const title = page.locator(`#${SNAPSHOT_ID} h1`)
    await expect(title).toBeVisible()
    expect(await title.textContent()).toBe(deck.slides[0]!.title)
    await page.evaluate(() => document.fonts.ready)
    const snapshotBoxes = await boxes(page, `#${SNAPSHOT_ID} [${SLIDE_NUMBER}="1"]`)

    const app = await browser.newPage({ viewport: PHONE })
    await app.goto(baseURL!)
    await expect(loadedSlide(app, 1)).toBeVisible()
    await settle(app)
    const appBoxes = await boxes(app, `${SLIDE_CANVAS} [${SLIDE_NUMBER}="1"]`)
    expect(snapshotBoxes.length).toBe(appBoxes.length)
    snapshotBoxes.forEach((box, i) => box.forEach((value, j) => expect(value, `element ${i}`).toBeCloseTo(appBoxes[i]![j]!, 0)))
  }
  finally {
    await noScript.close()
  }
})

test('at / the snapshot is the first paint and the largest; the app takes over without a shift and removes it', async ({ page }) => {
  const watched = await watchFirstPaints(page)
  const release = await holdTheApp(page)
  await page.goto('', HELD)
  await expect(page.locator(`#${SNAPSHOT_ID} h1`)).toBeVisible()
  await release()
  await expect(loadedSlide(page, 1)).toBeVisible()
  await settle(page)
  await expect(page.locator(`#${SNAPSHOT_ID}`)).toHaveCount(0)
  const { snapshotShown, appSlideAt, largestPaints, layoutShift } = await watched()
  expect(snapshotShown).toBe(true)
  expect(layoutShift, 'cumulative layout shift').toBe(0)
  // the app's title, drawn later, must not count as a larger paint
  expect(largestPaints.length).toBeGreaterThan(0)
  const lastLargestPaint = Math.max(...largestPaints.map(paint => paint.at))
  expect(lastLargestPaint, 'the last largest-contentful-paint entry').toBeLessThan(appSlideAt!)
  // nothing the app needs is fetched before that paint: its scripts and the deck's fonts (the snapshot has its own)
  const appRequests = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter(entry => /\/assets\/.*\.js$|\/fonts\/(?!snapshot-)/.test(entry.name))
    .map(entry => ({ name: entry.name, at: entry.startTime })))
  expect(appRequests.length).toBeGreaterThan(1)
  expect(appRequests.filter(request => request.at < lastLargestPaint), 'requested before the snapshot’s largest paint').toEqual([])
})

test('at a deep link (/7, the presenter view, the print view), answered with the same index.html, slide 1 never shows', async ({ page }) => {
  const watched = await watchFirstPaints(page)
  const release = await holdTheApp(page)
  for (const address of ['7', 'presenter/1', 'print']) {
    const response = await page.goto(address, HELD)
    // the page has painted, fonts and all, while the app waits
    await page.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)))
    // in the page it was served (a page without it would pass the rest), never shown, and gone once the page is read
    expect(await response!.text(), address).toContain(`id="${SNAPSHOT_ID}"`)
    await expect(page.locator(`#${SNAPSHOT_ID}`)).toHaveCount(0)
    expect((await watched()).snapshotShown, address).toBe(false)
  }
  await release()
  await expect(page.locator(`${APP_ROOT} .slidev-layout`).filter({ visible: true }).first()).toBeVisible()
  expect((await watched()).snapshotShown).toBe(false)
})
