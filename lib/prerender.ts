/**
 * Slide 1 drawn into the built index.html, so a phone shows the cover once the page, its stylesheet
 * and fonts have arrived, not after Slidev's JavaScript has run. The snapshot is the slide's own markup
 * in copies of Slidev's slide container and canvas (classes, not ids), scaled as Slidev scales the
 * slide where CSS can divide lengths. public/first-slide.js shows it only at slide 1's address (the SPA
 * fallback and the service worker answer /7 with the same page); setup/main.ts removes it once the app
 * shows a slide. Its text waits for the fonts (font-display: block, under names of its own; index.html
 * preloads them): drawn first in a fallback face, the app's title would later count as the largest paint.
 */
import type { BuiltSite } from './browser'
import { readFileSync, writeFileSync } from 'node:fs'
import { loadedSlide, settle } from './browser'
import { AT_SLIDE_ONE, SNAPSHOT_ID } from './first-slide'

/** The slide's markup, the deck's font faces in its font stacks, the canvas's size. */
async function snapshotOfSlideOne(site: BuiltSite) {
  const page = await site.browser.newPage()
  try {
    await page.goto(site.url)
    await loadedSlide(page, 1).waitFor()
    await settle(page)
    // no named functions inside: tsx would wrap them in a helper the page lacks
    return await page.evaluate((snapshotId) => {
      const container = document.querySelector('#slide-container')!.cloneNode() as HTMLElement
      const canvas = document.querySelector('#slide-content') as HTMLElement
      const { offsetWidth: width, offsetHeight: height } = canvas
      const canvasCopy = canvas.cloneNode() as HTMLElement
      container.id = snapshotId
      canvasCopy.removeAttribute('id')
      canvasCopy.setAttribute('style', `width: ${width}px; height: ${height}px`)
      const slide = canvas.querySelector('[data-slidev-no="1"]')!
      const slideCopy = slide.cloneNode(true) as HTMLElement
      canvasCopy.append(slideCopy)
      container.append(canvasCopy)

      // the deck's font faces, and its font stacks wherever they change, under the snapshot's names
      const faces = [...document.styleSheets].flatMap(sheet => [...sheet.cssRules]).filter(rule => rule instanceof CSSFontFaceRule)
      const families = faces.map(face => face.style.getPropertyValue('font-family').trim().replace(/^["']|["']$/g, ''))
      const family = new RegExp(`(^|,\\s*)["']?(${Array.from(new Set(families)).join('|')})["']?(?=\\s*(?:,|$))`, 'g')
      const originals = [slide, ...slide.querySelectorAll('*')]
      const copies = [slideCopy, ...slideCopy.querySelectorAll('*')] as (HTMLElement | SVGElement)[]
      const stacks = new Set<string>()
      for (const [i, original] of originals.entries()) {
        const stack = getComputedStyle(original).fontFamily
        if (original === slide || stack !== getComputedStyle(original.parentElement!).fontFamily)
          copies[i]!.style.fontFamily = stack.replace(family, '$1"$2 snapshot"')
        stacks.add(stack)
      }
      const used = new Set([...stacks].flatMap(stack => stack.split(',').map(name => name.trim().replace(/^["']|["']$/g, ''))))
      return {
        html: container.outerHTML.replace(/<!--.*?-->/gs, ''),
        faces: faces.map((face, i) => ({
          family: families[i]!,
          src: face.style.getPropertyValue('src'),
          weight: face.style.getPropertyValue('font-weight'),
          range: face.style.getPropertyValue('unicode-range'),
        })).filter(face => used.has(face.family)),
        width,
        height,
      }
    }, SNAPSHOT_ID)
  }
  finally {
    await page.close()
  }
}

/** the snapshot's styles: shown at slide 1's address (or without JavaScript) where CSS can divide lengths */
function snapshotStyle({ faces, width, height }: Awaited<ReturnType<typeof snapshotOfSlideOne>>): string {
  // renamed and blocking; a browser fetches a face only for characters it draws, so the notes' files stay unfetched
  const fontFaces = faces.map(({ family, src, weight, range }) =>
    `@font-face { font-family: "${family} snapshot"; src: ${src}; font-weight: ${weight}; unicode-range: ${range}; font-display: block; }`).join('\n')
  const canDivide = '@supports (scale: calc(1px / 1px))'
  return `<style>#${SNAPSHOT_ID} { display: none; position: fixed; inset: 0; z-index: 100 }
#${SNAPSHOT_ID} > * { --slidev-slide-scale: min(100vw / ${width}px, 100dvh / ${height}px) }
${canDivide} { :root.${AT_SLIDE_ONE} #${SNAPSHOT_ID} { display: block } }
${fontFaces}</style>
<noscript><style>${canDivide} { #${SNAPSHOT_ID} { display: block } }</style></noscript>`
}

/** Writes slide 1's snapshot into `indexHtml` (built under `base`), with its styles and its script. */
export async function prerenderSlideOne(site: BuiltSite, indexHtml: string, base: string): Promise<void> {
  const snapshot = await snapshotOfSlideOne(site)
  const page = readFileSync(indexHtml, 'utf8')
    // after the font preloads, before the stylesheet
    .replace(/<link rel="icon"/, `${snapshotStyle(snapshot)}\n<script src="${base}first-slide.js"></script>\n$&`)
    // the app's code at low priority: the first paint needs the stylesheet and the fonts first
    .replaceAll('<link rel="modulepreload"', '<link rel="modulepreload" fetchpriority="low"')
    // links the app made absolute point to the build's own server
    .replace('</body>', `${snapshot.html.replaceAll(site.url, base)}\n</body>`)
  writeFileSync(indexHtml, page)
}
