// What `npm run build` wrote, read as files, no browser: the PDF visitors download, the scripts, the pages' policy.
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { editions } from '../../data/editions.ts'
import { META_CONTENT_SECURITY_POLICY } from '../../node/headers.ts'
import { loadDeck, SERVICE_WORKER_CLEANUP, SERVICE_WORKER_DENYLIST } from '../../node/slidev.ts'
import { findSpam } from '../../talk/spam-guard.ts'
import { BASE, SITE } from '../support/harness.ts'

const run = promisify(execFile)
/** PDF text comes out with line breaks and spaces where lines wrapped */
const squash = (text: string): string => text.replace(/\s+/g, '')
async function poppler(tool: string, file: string): Promise<string> {
  const { stdout } = await run(tool, [file]).catch((error) => {
    throw new Error(`${tool} could not run (install poppler-utils): ${error.message}`)
  })
  return stdout
}

/** what each edition's PDF says in its language: a keyword, and the colophon's licence line on the last page */
const PDF_WORDS = {
  zh: { keyword: '人机关系', colophon: '幻灯片的代码与设计以 MIT 许可发布' },
  en: { keyword: 'human–machine relationship', colophon: 'MIT licence' },
}

for (const edition of editions) {
  const deck = await loadDeck(edition.entry)
  const builtPdf = join(SITE, edition.path, `${deck.headmatter.exportFilename}.pdf`)
  const openPdf = async () => getDocumentProxy(new Uint8Array(readFileSync(builtPdf)))
  const words = PDF_WORDS[edition.lang]

  test.describe(`the ${edition.lang} PDF that npm run build ships`, () => {
    test('has one page per slide, metadata in its language, and the title in the window', async () => {
      const pdf = await openPdf()
      expect(pdf.numPages).toBe(deck.slides.length)
      const { info } = await getMeta(pdf) as { info: Record<string, string> }
      expect(info.Title).toBe(deck.headmatter.title)
      expect(info.Author).toBe(deck.headmatter.author)
      expect(info.Subject).toBe(deck.headmatter.info)
      expect(info.Language).toBe(edition.htmlLang)
      expect(squash(info.Keywords ?? '')).toContain(squash(words.keyword))
      expect(await pdf.getViewerPreferences(), 'DisplayDocTitle').toMatchObject({ DisplayDocTitle: true })
    })

    test('is tagged and embeds every font it uses', async () => {
      expect(await poppler('pdfinfo', builtPdf)).toMatch(/^Tagged:\s+yes$/m)
      const rows = (await poppler('pdffonts', builtPdf)).trim().split('\n').slice(2)
      expect(rows.length).toBeGreaterThan(0)
      // columns: name type encoding emb sub uni object-id generation
      expect(rows.filter(row => row.trim().split(/\s+/).at(-4) !== 'yes')).toEqual([])
    })

    test('has bookmarks that follow the talk’s sections', async () => {
      const outline = await (await openPdf()).getOutline()
      const sections = deck.slides.filter(slide => slide.frontmatter.layout === 'section')
      expect(sections.length).toBeGreaterThan(0)
      for (const section of sections) {
        const entry = outline.find(item => item.title === section.title)
        expect(entry, `bookmark “${section.title}”`).toBeDefined()
        expect(entry!.items.length, `slides under “${section.title}”`).toBeGreaterThan(0)
      }
    })

    test('carries its text on the right pages, and no piece of the spam line', async () => {
      const { text: pages } = await extractText(await openPdf(), { mergePages: false })
      const page = (no: number): string => squash(pages[no - 1] ?? '')
      expect(page(1)).toContain(squash(String(deck.headmatter.title)))
      for (const section of deck.slides.filter(slide => slide.frontmatter.layout === 'section'))
        expect(page(section.index + 1), `section “${section.title}”`).toContain(squash(section.title!))
      expect(page(deck.slides.length)).toContain(squash(words.colophon))
      expect(findSpam(pages.join('\n'))).toEqual([])
    })
  })
}

test('each edition’s page says its language and names the other and its reading edition as its alternates', () => {
  for (const edition of editions) {
    const html = readFileSync(join(SITE, edition.path, 'index.html'), 'utf8')
    expect(html, edition.path).toMatch(new RegExp(`<html lang="${edition.htmlLang}"`))
    // the deck's way back from its reading edition (the link on its colophon: slides.spec.ts)
    expect(html, edition.path).toContain(`<link rel="alternate" type="text/html" href="${BASE}${edition.path}read/"`)
    for (const other of editions)
      expect(html, edition.path).toContain(`<link rel="alternate" hreflang="${other.htmlLang}" href="https://example.org${BASE}${other.path}">`)
  }
})

// a first visit to en/ from a browser that has the Chinese edition offline must get the English deck, not the Chinese
test('the Chinese edition’s offline worker leaves the English edition’s pages and precache to it', () => {
  const worker = readFileSync(join(SITE, 'sw.js'), 'utf8')
  expect(worker).toContain(`${SERVICE_WORKER_DENYLIST}/^${`${BASE}en/`.replaceAll('/', '\\/')}/,`)
  expect(worker, 'deleting the English edition’s precache as it activates').not.toContain(SERVICE_WORKER_CLEANUP)
  expect(readFileSync(join(SITE, 'en/sw.js'), 'utf8')).toContain(SERVICE_WORKER_DENYLIST)
})

// what social sites show for a link to the deck (seoMeta.ogImage); a visitor never needs it offline
test('each edition has its social preview, a 1200 × 675 PNG that the offline worker does not precache', async () => {
  for (const edition of editions) {
    const { ogImage } = (await loadDeck(edition.entry)).headmatter.seoMeta as { ogImage: string }
    const png = readFileSync(join(SITE, edition.path, ogImage))
    expect(png.subarray(1, 4).toString('latin1'), `${edition.path}${ogImage}`).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${edition.path}${ogImage}: width, height`).toEqual([1200, 675])
    const precached = Array.from(readFileSync(join(SITE, edition.path, 'sw.js'), 'utf8').matchAll(/\burl:"([^"]+)"/g), ([, url]) => url)
    expect(precached.length, `${edition.path}sw.js: files precached`).toBeGreaterThan(0)
    expect(precached, `${edition.path}sw.js: files precached`).not.toContain(ogImage)
  }
})

// vite.config.ts swaps Vue's full build for the runtime-only one. The full
// build's template compiler links its errors to this page, minified or not.
test('the built site ships no Vue template compiler', () => {
  const scripts = readdirSync(join(SITE, 'assets'), { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter(file => readFileSync(join(SITE, 'assets', file), 'utf8').includes('vuejs.org/error-reference/#compiler-'))).toEqual([])
})

// GitHub Pages sends no headers: the policy must be in every page (tests/e2e/deck.spec.ts runs the deck under it)
test('every page carries the security policy in a meta tag, first in its head', () => {
  for (const file of editions.flatMap(({ path }) => ['index.html', '404.html', 'read/index.html'].map(name => `${path}${name}`))) {
    const html = readFileSync(join(SITE, file), 'utf8')
    expect(html, file).toMatch(new RegExp(`<head>\\s*<meta charset="utf-8">\\s*<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`, 'i'))
  }
})
