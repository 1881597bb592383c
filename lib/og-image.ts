/**
 * Renders the cover slide of a built deck to PNG for social previews, in the
 * Chromium that lib/chromium.ts finds (Slidev's own ogImage: auto
 * launches Playwright's bundled browser, which this project never downloads).
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from './chromium'
import { startStaticServer } from './static-server'

/** 1200 × 675: the 16:9 canvas at the width social sites ask for */
export const OG_IMAGE_SIZE = { width: 1200, height: 675 } as const

export async function renderOgImage(dist: string, base: string, file = 'og-image.png'): Promise<string> {
  const server = await startStaticServer({ root: dist, base })
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  })
  try {
    const page = await browser.newPage({ viewport: OG_IMAGE_SIZE })
    await page.goto(`${server.url}1`)
    const slide = page.locator('#slide-content')
    // the offline indicator floats over the slide while the service worker caches
    await page.addStyleTag({ content: '.slidev-pwa-indicator { display: none !important }' })
    await slide.waitFor()
    await page.waitForFunction(() => document.fonts.status === 'loaded'
      && document.getAnimations().every(animation => animation.playState !== 'running'))
    const target = join(dist, file)
    writeFileSync(target, await slide.screenshot({ type: 'png' }))
    return target
  }
  finally {
    await browser.close()
    await server.close()
  }
}
