import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { loadedSlide, settle } from '../../lib/browser'
import { loadDeck } from '../../lib/deck'
import { META_CONTENT_SECURITY_POLICY } from '../../lib/headers'
import { startStaticServer } from '../../lib/static-server'
import { expectInlineScriptBlocked, position, walkDeck, watchCspViolations, watchPage } from './support/harness'
import { SUB_PATH, SUB_PATH_DIST } from './support/sub-path-build'

const deck = await loadDeck()
const total = deck.slides.length

async function slideShown(page: Page, no: number): Promise<void> {
  await expect(loadedSlide(page, no)).toBeVisible()
  await settle(page)
}

test.describe('hosted under a sub-path, served the way GitHub Pages serves', () => {
  // built by the global setup (tests/e2e/support/sub-path-build.ts)
  const dist = SUB_PATH_DIST

  test('a deep link and a reload show the same slide, in the deck and in the presenter view', async ({ page }) => {
    const server = await startStaticServer({ root: dist, base: SUB_PATH, fallback: 'github-pages' })
    try {
      const watch = await watchPage(page)
      const no = Math.min(7, total)
      await page.goto(`${server.url}${no}`)
      await slideShown(page, no)
      await page.reload()
      await slideShown(page, no)
      expect(position(page).no).toBe(no)

      await page.goto(`${server.url}presenter/${no}`)
      await expect(page.locator('.slidev-presenter')).toBeVisible()
      await page.reload()
      await expect(loadedSlide(page, no, '.slidev-presenter #slide-content')).toBeVisible()
      // GitHub Pages answers a deep link with its 404 page, which is the app: that one 404 is expected
      expect(watch.problems.filter(p => !/status of 404/.test(p))).toEqual([])
      // every asset, the favicon and the PDF resolve under the sub-path
      await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', new RegExp(`^${SUB_PATH}`))
    }
    finally {
      await server.close()
    }
  })
})

test('the deck runs under its meta tag’s Content-Security-Policy alone (GitHub Pages sends no headers) without a violation', async ({ page }) => {
  for (const file of ['dist/index.html', 'dist/404.html'])
    expect(readFileSync(file, 'utf8'), file).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
  const server = await startStaticServer({ root: 'dist', headers: {} })
  try {
    const violations = await watchCspViolations(page)
    const watch = await watchPage(page)
    const response = await page.goto(`${server.url}1`)
    expect(response?.headers()['content-security-policy']).toBeUndefined()
    const visited = await walkDeck(page)
    expect(new Set(visited.map(step => step.split('.')[0])).size).toBe(total)
    await page.goto(`${server.url}presenter/1`)
    await expect(page.locator('.slidev-presenter')).toBeVisible()
    await settle(page)
    expect(violations).toEqual([])
    expect(watch.problems).toEqual([])

    await expectInlineScriptBlocked(page, violations)
  }
  finally {
    await server.close()
  }
})

test('once loaded, the deck keeps working with the network cut', async ({ page, context, baseURL }) => {
  const watch = await watchPage(page)
  await page.goto('1')
  await slideShown(page, 1)
  // the service worker has precached the site when it controls the page
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await page.reload()
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
  await context.setOffline(true)
  try {
    await page.reload()
    await slideShown(page, 1)
    const visited = await walkDeck(page)
    expect(new Set(visited.map(step => step.split('.')[0])).size).toBe(total)
    // a deep link too, not only the page that was open
    await page.goto(`${baseURL}${total}`)
    await slideShown(page, total)
  }
  finally {
    await context.setOffline(false)
  }
  expect(watch.problems).toEqual([])
})
