// The deck as a visitor gets it from GitHub Pages, the hardest of its hosts: under a sub-path, deep links answered by
// 404.html, no headers (the meta tag's security policy alone). One walk through every slide and click step checks what
// every step must hold, with the network cut once the service worker has the site; a walk per edition, the English one
// under en/ (whose deep links GitHub Pages answers with the site's one 404.html, the Chinese app: it hands them on).
import type { Page } from '@playwright/test'
import { expect, test } from '@playwright/test'
import { editions } from '../../data/editions.ts'
import { loadedSlide, settle } from '../../node/chromium.ts'
import { loadDeck, OVERVIEW_SLIDE, PRESENTER, SLIDE_CANVAS } from '../../node/slidev.ts'
import { startStaticServer } from '../../node/static-server.ts'
import { BASE, expectInlineScriptBlocked, findOverflow, SITE, walkDeck, watchCspViolations, watchPage } from '../support/harness.ts'

async function slideShown(page: Page, no: number, canvas?: string): Promise<void> {
  await expect(loadedSlide(page, no, canvas)).toBeVisible()
  await settle(page)
}

for (const edition of editions) {
  test(`${edition.lang} edition: every slide and click step, at a sub-path, under the meta tag’s policy alone and offline: inside the canvas, no error, no violation, no request elsewhere`, async ({ browser }) => {
    const deck = await loadDeck(edition.entry)
    const total = deck.slides.length
    test.setTimeout(60_000 + total * 4_000)
    await using site = await startStaticServer({ root: SITE, base: BASE, headers: {}, fallback: 'github-pages' })
    const server = { url: `${site.url}${edition.path}` }
    // GitHub Pages answers a deep link with its 404 page, which is the app: those 404s are expected
    const problems = (watch: { problems: string[] }): string[] => watch.problems.filter(problem => !/status of 404/.test(problem))

    // deep links, before any service worker answers for the server; each ends at its own address, so that a reload
    // asks the server what the link did (the English edition's pass through the Chinese app and back)
    const firstVisit = await browser.newContext({ serviceWorkers: 'block' })
    const deepLink = await firstVisit.newPage()
    const deepLinkWatch = watchPage(deepLink)
    await deepLink.goto(`${server.url}7`)
    await slideShown(deepLink, 7)
    await expect(deepLink).toHaveURL(`${server.url}7`)
    await deepLink.goto(`${server.url}presenter/7`)
    await slideShown(deepLink, 7, `${PRESENTER} ${SLIDE_CANVAS}`)
    await expect(deepLink).toHaveURL(`${server.url}presenter/7`)
    await deepLink.goto(`${server.url}overview`)
    await expect(deepLink.locator(OVERVIEW_SLIDE)).toHaveCount(total)
    await settle(deepLink)
    // every asset, the favicon and the PDF resolve under the sub-path
    await expect(deepLink.locator('link[rel="icon"]')).toHaveAttribute('href', new RegExp(`^${BASE}`))
    expect(problems(deepLinkWatch)).toEqual([])
    await firstVisit.close()

    // transitions off: the walk reads each step's final state, and waits for none
    const context = await browser.newContext({ reducedMotion: 'reduce' })
    const page = await context.newPage()
    const violations = await watchCspViolations(page)
    const watch = watchPage(page)
    const response = await page.goto(`${server.url}1`)
    expect(response?.headers()['content-security-policy']).toBeUndefined()
    await slideShown(page, 1)
    // the deck is the page's one main landmark (Lighthouse's landmark-one-main; axe on the print view sees only slides)
    await expect(page.getByRole('main')).toHaveCount(1)
    // the service worker has precached the site when it is active; it claims the page it was installed from
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
    await context.setOffline(true)
    await page.reload()

    const overflow: string[] = []
    const visited = await walkDeck(page, async ({ no, clicks }) => {
      const label = `slide ${no}${clicks ? ` click ${clicks}` : ''} (${deck.slides[no - 1]?.title ?? 'untitled'})`
      watch.at(label)
      overflow.push(...(await findOverflow(page, no)).map(problem => `${label}: ${problem}`))
    })
    expect(new Set(visited.map(step => step.split('.')[0])).size, 'slides visited').toBe(total)
    expect(overflow).toEqual([])

    // a deep link offline, and the reading edition, which the same worker precaches
    watch.at('offline deep link')
    await page.goto(`${server.url}${total}`)
    await slideShown(page, total)
    watch.at('offline reading edition')
    await page.goto(`${server.url}read/`)
    await expect(page.locator('h1')).toHaveText(String(deck.headmatter.title))
    // its pictures load as the reader scrolls to them: the worker holds every one
    const pictures = await page.locator('main section img').evaluateAll((images: HTMLImageElement[]) => images.flatMap(image => [image.src, ...image.srcset.split(', ').map(entry => new URL(entry.split(' ')[0]!, location.href).href)]))
    expect(pictures.length).toBeGreaterThanOrEqual(total * 2)
    expect(await page.evaluate(async urls => (await Promise.all(urls.map(async url => await caches.match(url, { ignoreSearch: true }) ? '' : url))).filter(Boolean), pictures), 'pictures the worker does not hold').toEqual([])
    await page.evaluate(() => document.fonts.ready)
    expect(violations).toEqual([])
    expect(problems(watch)).toEqual([])
    await expectInlineScriptBlocked(page, violations)
    await context.close()
  })
}
