import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { garbledRepairs } from '../../lib/garbled-repairs'
import {
  buildTranscript,
  countSourceParagraphs,
  decodeSource,
  renderTranscript,
  toSimplified,
} from '../../lib/transcript'
import { parseTranscriptFile } from '../../lib/transcript-format'
import { findSpam } from '../support/spam-guard'

const SOURCE = 'talk/source.txt'
const sourceBytes = readFileSync(SOURCE)
const sourceText = decodeSource(sourceBytes, SOURCE)
const committed = readFileSync('talk/transcript.md', 'utf8')
const paragraphs = parseTranscriptFile(committed)
const body = committed.slice(committed.indexOf('\n---\n') + 5)

describe('talk/transcript.md', () => {
  it('is exactly what the script makes from talk/source.txt', () => {
    expect(committed).toBe(renderTranscript(buildTranscript(sourceText, SOURCE), SOURCE))
  })

  it('holds no piece of the spam line, nor does the copied source', () => {
    expect(findSpam(committed)).toEqual([])
    expect(findSpam(sourceText)).toEqual([])
  })

  it('has no pinyin annotation left', () => {
    expect(committed).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u)
    expect(committed).not.toMatch(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u)
  })

  it('has no ASCII question mark and no replacement or private-use character', () => {
    expect(body).not.toMatch(/[?\uFFFD\uE000-\uF8FF]/u)
  })

  it('has no Traditional-only character: the converter changes nothing', () => {
    expect(toSimplified(committed)).toBe(committed)
  })

  it('keeps every paragraph of the source, in order, with stable ids', () => {
    expect(paragraphs).toHaveLength(countSourceParagraphs(sourceText))
    expect(paragraphs.map(p => p.id)).toEqual(paragraphs.map((_, i) => `p${String(i + 1).padStart(2, '0')}`))
  })

  it('contains each repaired span once per occurrence in the source', () => {
    for (const { garbled, repaired } of garbledRepairs) {
      expect(sourceText).toContain(garbled)
      expect(committed).toContain(repaired)
    }
  })

  it('keeps real parentheses, now full-width', () => {
    expect(committed).toContain('通用人工智能（AGI）')
    expect(committed).toContain('是不是（会有）“涌现”')
  })

  it('keeps the two section headings as headings', () => {
    expect(committed).toMatch(/^## 大模型令人震撼的三件事$/m)
    expect(committed).toMatch(/^## 对于人工智能发展的几点思考$/m)
    expect(new Set(paragraphs.map(p => p.section)).size).toBe(3)
  })

  it('applies the house typography', () => {
    expect(committed).toContain('约翰·马尔科夫')
    expect(committed).not.toContain('•')
    expect(body).not.toMatch(/ {2}/)
    // a space between Chinese and Latin letters or digits, on both sides
    expect(body).not.toMatch(/[\u4E00-\u9FFF][A-Za-z0-9]|[A-Za-z0-9][\u4E00-\u9FFF]/u)
    // no half-width punctuation glued to Chinese
    expect(body).not.toMatch(/[\u4E00-\u9FFF][,:;!()]|[,:;!()][\u4E00-\u9FFF]/u)
  })

  it('keeps the article facts as front matter and drops the page chrome', () => {
    expect(committed).toMatch(/^author: "沈向洋"$/m)
    expect(committed).toMatch(/^published: "2024-09-10 00:08:17"$/m)
    expect(committed).not.toMatch(/E-mail|打印|评论/)
  })
})

const run = promisify(execFile)
async function transcriptCli(source: Uint8Array | string): Promise<{ code: number, stderr: string, wrote: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'transcript-'))
  const src = join(dir, 'source.txt')
  const out = join(dir, 'transcript.md')
  writeFileSync(src, source)
  try {
    await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/transcript.ts',
      '--source',
      src,
      '--out',
      out,
    ])
    return {
      code: 0,
      stderr: '',
      wrote: existsSync(out),
    }
  }
  catch (error) {
    const { code, stderr } = error as { code: number, stderr: string }
    return { code, stderr, wrote: existsSync(out) || existsSync(`${out}.tmp`) }
  }
}

describe('npm run transcript on bad input', () => {
  it('stops at an unknown garbled span, naming line and column', async () => {
    const bad = sourceText.replace('近期', '近?ào)期')
    expect(bad).not.toBe(sourceText)
    const result = await transcriptCli(bad)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/source\.txt:15:\d+: garbled text/)
    expect(result.wrote).toBe(false)
  }, 30_000)

  it('stops at a stray HTML entity and at a replacement character', async () => {
    for (const junk of ['&rdquo;', '\uFFFD']) {
      const result = await transcriptCli(sourceText.replace('近期', `近${junk}期`))
      expect(result.stderr).toMatch(/source\.txt:15:\d+: garbled text/)
      expect(result.wrote).toBe(false)
    }
  }, 30_000)

  it('refuses an empty file', async () => {
    const result = await transcriptCli('')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('the file is empty')
    expect(result.wrote).toBe(false)
  }, 30_000)

  it('refuses a file in another encoding (GBK bytes)', async () => {
    // “人工智能” in GBK: valid bytes, invalid UTF-8
    const gbk = Uint8Array.from([
      0xC8,
      0xCB,
      0xB9,
      0xA4,
      0xD6,
      0xC7,
      0xC4,
      0xDC,
    ])
    const result = await transcriptCli(gbk)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('is not valid UTF-8')
    expect(result.wrote).toBe(false)
  }, 30_000)

  it('refuses an unknown option by name', async () => {
    const { stderr } = await run(process.execPath, [
      '--import',
      'tsx',
      'scripts/transcript.ts',
      '--sauce',
      'x',
    ]).catch(e => e)
    expect(stderr).toContain('--sauce')
  }, 30_000)
})
