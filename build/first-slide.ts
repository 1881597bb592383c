/**
 * Slide 1 drawn into the built index.html, so a phone shows the cover once the page and its stylesheet have arrived,
 * not after Slidev's JavaScript has run. The snapshot is the slide's own markup in copies of Slidev's slide frame and
 * canvas (classes, not ids), scaled as Slidev scales the slide where CSS can divide lengths; its text is set in the
 * deck's faces cut to the characters slide 1 shows, written into the page, under names of their own and with
 * font-display: block (drawn first in a fallback face, the app's title would later count as the largest paint).
 * public/first-slide.js shows it only at slide 1's address, starts the app (its scripts and the deck's fonts, held in a
 * <template>) only once the snapshot has painted, so that nothing the app fetches delays that paint, and swaps the two
 * once the app's slide 1, drawn hidden under the snapshot, has its fonts: any shift meanwhile is neither seen nor counted.
 */
import type { BuiltSite, ShownText } from '../node/chromium.ts'
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { loadedSlide, settle, shownText } from '../node/chromium.ts'
import { cutFont, parseUnicodeRange, unicodeRange, weightBucket } from '../node/fonts.ts'
import { APP_ROOT, SLIDE_CANVAS, SLIDE_FRAME, SLIDE_NUMBER, SLIDE_SCALE } from '../node/slidev.ts'

/** The snapshot's element; public/first-slide.js names these three too */
export const SNAPSHOT_ID = 'first-slide-snapshot'
/** the class public/first-slide.js gives <html> at slide 1's address, where the snapshot shows */
export const AT_SLIDE_ONE = 'first-slide'
/** the <template> holding the app's scripts and fonts until public/first-slide.js starts them */
export const APP_TEMPLATE_ID = 'deck-app'

/** The slide's markup with its font stacks renamed, the deck's font faces, the canvas's size, and the text it shows. */
async function snapshotOfSlideOne(site: BuiltSite) {
  const page = await site.browser.newPage()
  try {
    await page.goto(site.url)
    await loadedSlide(page, 1).waitFor()
    await settle(page)
    const shown = await shownText(page, `${SLIDE_CANVAS} [${SLIDE_NUMBER}="1"]`)
    // no named functions inside: tsx would wrap them in a helper the page lacks
    const drawn = await page.evaluate(({ snapshotId, frame, canvas, slideNumber }) => {
      const container = document.querySelector(frame)!.cloneNode() as HTMLElement
      const original = document.querySelector(canvas) as HTMLElement
      const { offsetWidth: width, offsetHeight: height } = original
      const canvasCopy = original.cloneNode() as HTMLElement
      container.id = snapshotId
      canvasCopy.removeAttribute('id')
      canvasCopy.setAttribute('style', `width: ${width}px; height: ${height}px`)
      const slide = original.querySelector(`[${slideNumber}="1"]`)!
      const slideCopy = slide.cloneNode(true) as HTMLElement
      canvasCopy.append(slideCopy)
      container.append(canvasCopy)

      // the deck's font stacks under the snapshot's names, on every element that has one: a rule that sets the stack on
      // each element it matches (`:lang(en)`, the whole English slide) would otherwise win over the one inherited
      const faces = [...document.styleSheets].flatMap(sheet => [...sheet.cssRules]).filter(rule => rule instanceof CSSFontFaceRule).map(face => ({
        family: face.style.getPropertyValue('font-family').trim().replace(/^["']|["']$/g, ''),
        src: /url\("?([^")]+)"?\)/.exec(face.style.getPropertyValue('src'))![1]!,
        weight: face.style.getPropertyValue('font-weight'),
        range: face.style.getPropertyValue('unicode-range'),
      }))
      const family = new RegExp(`(^|,\\s*)["']?(${Array.from(new Set(faces.map(face => face.family))).join('|')})["']?(?=\\s*(?:,|$))`, 'g')
      const originals = [slide, ...slide.querySelectorAll('*')]
      const copies = [slideCopy, ...slideCopy.querySelectorAll('*')] as (HTMLElement | SVGElement)[]
      for (const [i, element] of originals.entries()) {
        const stack = getComputedStyle(element).fontFamily
        const renamed = stack.replace(family, '$1"$2 snapshot"')
        if (renamed !== stack)
          copies[i]!.style.fontFamily = renamed
      }
      return { html: container.outerHTML.replace(/<!--.*?-->/gs, ''), faces, width, height }
    }, { snapshotId: SNAPSHOT_ID, frame: SLIDE_FRAME, canvas: SLIDE_CANVAS, slideNumber: SLIDE_NUMBER })
    return { ...drawn, shown }
  }
  finally {
    await page.close()
  }
}

const families = (stack: string): string[] => stack.split(',').map(name => name.trim().replace(/^["']|["']$/g, ''))

/**
 * Each of the deck's faces that slide 1 draws with, cut to the characters it draws there and written into the page
 * (data: URIs, some 15 kB in all: no request of their own): the snapshot's faces, each a unicode-range within the deck's,
 * so that each character falls to the same family as in the app.
 */
async function snapshotFaces(outDir: string, faces: Awaited<ReturnType<typeof snapshotOfSlideOne>>['faces'], shown: ShownText[]): Promise<string[]> {
  const rules: string[] = []
  for (const { family, src, weight, range } of faces) {
    const inRange = parseUnicodeRange(range)
    const drawn = shown.filter(piece => weightBucket(piece.weight) === weightBucket(Number(weight)) && families(piece.fontFamily).includes(family))
    const chars = [...new Set(drawn.flatMap(piece => [...piece.text]))].filter(char => inRange.has(char.codePointAt(0)!))
    if (!chars.length)
      continue
    const font = await cutFont(readFileSync(join(outDir, 'fonts', basename(src))), chars)
    rules.push(`@font-face { font-family: "${family} snapshot"; src: url(data:font/woff2;base64,${font.toString('base64')}) format("woff2"); font-weight: ${weight}; unicode-range: ${unicodeRange(chars)}; font-display: block; }`)
  }
  return rules
}

/** Writes slide 1's snapshot into `outDir`/index.html (built under `base`), with its styles, its fonts and the app held back. */
export async function prerenderSlideOne(site: BuiltSite, outDir: string, base: string): Promise<void> {
  const snapshot = await snapshotOfSlideOne(site)
  const rules = await snapshotFaces(outDir, snapshot.faces, snapshot.shown)
  const canDivide = '@supports (scale: calc(1px / 1px))'
  const head = `<style>#${SNAPSHOT_ID} { display: none; position: fixed; inset: 0; z-index: 100 }
#${SNAPSHOT_ID} > * { ${SLIDE_SCALE}: min(100vw / ${snapshot.width}px, 100dvh / ${snapshot.height}px) }
${canDivide} { :root.${AT_SLIDE_ONE} #${SNAPSHOT_ID} { display: block } :root.${AT_SLIDE_ONE} ${APP_ROOT} { visibility: hidden } }
${rules.join('\n')}</style>
<noscript><style>${canDivide} { #${SNAPSHOT_ID} { display: block } }</style></noscript>
<script src="${base}first-slide.js"></script>`
  const file = join(outDir, 'index.html')
  const held: string[] = []
  const page = readFileSync(file, 'utf8')
    // the app's scripts and fonts wait in a template (public/first-slide.js)
    .replace(/<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>|<link rel="preload"[^>]*as="font"[^>]*>/g, (tag) => {
      held.push(tag)
      return ''
    })
    .replace('</head>', () => `${head}\n<template id="${APP_TEMPLATE_ID}">\n${held.join('\n')}\n</template>\n</head>`)
    // links the app made absolute point to the build's own server
    .replace('</body>', () => `${snapshot.html.replaceAll(site.url, base)}\n</body>`)
  writeFileSync(file, page)
}
