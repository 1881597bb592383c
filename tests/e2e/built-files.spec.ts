// What `npm run build` wrote, read as files, no browser: the PDF visitors download, the scripts, the pages' policy.
import { execFile } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { extractText, getDocumentProxy, getMeta } from 'unpdf'
import { META_CONTENT_SECURITY_POLICY } from '../../node/headers.ts'
import { loadDeck } from '../../node/slidev.ts'
import { findSpam } from '../../talk/spam-guard.ts'
import { SITE } from '../support/harness.ts'

const run = promisify(execFile)
const deck = await loadDeck()
const builtPdf = join(SITE, `${deck.headmatter.exportFilename}.pdf`)
/** PDF text comes out with line breaks and spaces where lines wrapped */
const squash = (text: string): string => text.replace(/\s+/g, '')
const openPdf = async () => getDocumentProxy(new Uint8Array(readFileSync(builtPdf)))
async function poppler(tool: string, file: string): Promise<string> {
  const { stdout } = await run(tool, [file]).catch((error) => {
    throw new Error(`${tool} could not run (install poppler-utils): ${error.message}`)
  })
  return stdout
}

test.describe('the PDF that npm run build ships', () => {
  test('has one page per slide, Chinese metadata, and the title in the window', async () => {
    const pdf = await openPdf()
    expect(pdf.numPages).toBe(deck.slides.length)
    const { info } = await getMeta(pdf) as { info: Record<string, string> }
    expect(info.Title).toBe(deck.headmatter.title)
    expect(info.Author).toBe(deck.headmatter.author)
    expect(info.Subject).toBe(deck.headmatter.info)
    expect(info.Language).toBe('zh-CN')
    expect(squash(info.Keywords ?? '')).toContain('人机关系')
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

  test('carries its text as Simplified Chinese on the right pages, and no piece of the spam line', async () => {
    const { text: pages } = await extractText(await openPdf(), { mergePages: false })
    const page = (no: number): string => squash(pages[no - 1] ?? '')
    expect(page(1)).toContain(squash(String(deck.headmatter.title)))
    for (const section of deck.slides.filter(slide => slide.frontmatter.layout === 'section'))
      expect(page(section.index + 1), `section “${section.title}”`).toContain(squash(section.title!))
    expect(page(deck.slides.length)).toContain(squash('幻灯片的代码与设计以 MIT 许可发布'))
    expect(findSpam(pages.join('\n'))).toEqual([])
  })
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
  for (const file of ['index.html', '404.html', 'read/index.html']) {
    const html = readFileSync(join(SITE, file), 'utf8')
    expect(html, file).toMatch(new RegExp(`<head>\\s*<meta charset="utf-8">\\s*<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">`, 'i'))
  }
})
