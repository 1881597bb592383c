import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { garbledRepairs, realQuestionMarks } from '../../talk/garbled-repairs.ts'
import { parseTranscript } from '../../talk/notes.ts'
import { findSpam, fingerprint } from '../../talk/spam-guard.ts'
import { buildTranscript, decodeSource, renderTranscript, toSimplified, TranscriptError } from '../../talk/transcript.ts'

const SOURCE = 'talk/source.txt'
const sourceBytes = readFileSync(SOURCE)
const sourceText = decodeSource(sourceBytes, SOURCE)
const committed = readFileSync('talk/transcript.md', 'utf8')
const paragraphs = parseTranscript(committed)
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
    // counted the way a reader would: indented, non-blank lines
    const sourceParagraphs = sourceText.split('\n').filter(line => /^[ \u3000]+\S/u.test(line.replace(/\u00A0/g, ' ')))
    expect(paragraphs).toHaveLength(sourceParagraphs.length)
    expect(paragraphs.map(p => p.id)).toEqual(paragraphs.map((_, i) => `p${String(i + 1).padStart(2, '0')}`))
  })

  it('lists each real question mark of the source on its line', () => {
    const lines = sourceText.split('\n')
    for (const { line, around } of realQuestionMarks)
      expect(lines[line - 1], around).toContain(around)
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

/** What buildTranscript says of `source`, the line npm run transcript prints (after “transcript: ”), or '' if it takes it. */
function refusal(source: string): string {
  try {
    buildTranscript(source, SOURCE)
    return ''
  }
  catch (error) {
    if (error instanceof TranscriptError)
      return error.message
    throw error
  }
}

/** talk/source.txt with its lines changed by `change` (line n is lines[n - 1]). */
function sourceWith(change: (lines: string[]) => void): string {
  const lines = sourceText.split('\n')
  change(lines)
  return lines.join('\n')
}

describe('the transcript on bad input', () => {
  it('stops at a “?” glued to pinyin, naming line and column', () => {
    expect(refusal(sourceText.replace('近期', '近?ào)期'))).toMatch(/source\.txt:15:4: a “\?” that talk\/garbled-repairs\.ts neither repairs nor lists as a real question mark in “.*近\?ào\)期.*”$/)
  })

  it('stops at a new “?” between Chinese characters', () => {
    const bad = sourceText.replace('時(shí)代的人機', '時(shí)代?的人機')
    const column = bad.split('\n')[2]!.indexOf('?') + 1
    expect(refusal(bad)).toMatch(new RegExp(`source\\.txt:3:${column}: a “\\?” that talk/garbled-repairs\\.ts neither repairs`))
  })

  it('stops at markup, naming line and column: the notes would render it', () => {
    expect(refusal(sourceText.replace('近期', '近<img src=x onerror="document.title=1">期')))
      .toMatch(/^talk\/source\.txt:15:4: markup \(“<img src=x onerr”\): the transcript takes text only$/)
  })

  it('stops when a listed real question mark is gone', () => {
    expect(refusal(sourceText.replace('思考?未來', '思考未來'))).toMatch(/source\.txt:29:1: the real question mark “思考\?未來” that talk\/garbled-repairs\.ts lists is not there$/)
  })

  it('stops at a stray HTML entity and at a replacement character', () => {
    for (const junk of ['&rdquo;', '\uFFFD'])
      expect(refusal(sourceText.replace('近期', `近${junk}期`)), junk).toMatch(/source\.txt:15:4: garbled text/)
  })

  it('stops when a paragraph is removed, naming its section', () => {
    expect(refusal(sourceWith(lines => lines.splice(16, 2)))).toMatch(/source\.txt:11:1: 9 paragraphs under “大模型令人震撼的三件事” \(the section from this line\), the article has 10/)
  })

  it('stops when an indented line is added, naming its section', () => {
    expect(refusal(sourceWith(lines => lines.splice(17, 0, '  多出来的一段。', '')))).toMatch(/source\.txt:11:1: 11 paragraphs under “大模型令人震撼的三件事”/)
  })

  it('stops at a line that lost its indent, or an unindented line added, naming the line', () => {
    expect(refusal(sourceWith(lines => lines[16] = lines[16]!.trimStart()))).toMatch(/source\.txt:17:1: “第一件事是文生图.*” is not indented and is not the next heading \(“对于人工智能发展的几点思考”\)/)
    expect(refusal(sourceWith(lines => lines.splice(17, 0, '多出来的一行', '')))).toMatch(/source\.txt:18:1: “多出来的一行” is not indented/)
  })

  it('stops at a piece of the spam line, so it never reaches the transcript', async () => {
    vi.resetModules()
    vi.doMock('../../talk/spam-guard.ts', () => ({
      findSpam: (text: string) => findSpam(text, [fingerprint('廣告詞')]),
    }))
    try {
      const transcript: typeof import('../../talk/transcript.ts') = await import('../../talk/transcript.ts')
      expect(() => transcript.buildTranscript(sourceWith(lines => lines.splice(1, 0, '買廣告詞')), SOURCE))
        .toThrow(/^talk\/source\.txt:2:1: holds a piece of the spam line/)
      expect(() => transcript.buildTranscript(sourceText, SOURCE)).not.toThrow()
    }
    finally {
      vi.doUnmock('../../talk/spam-guard.ts')
    }
  })

  it('refuses an empty file, and one in another encoding (GBK bytes)', () => {
    expect(() => decodeSource(new Uint8Array(), SOURCE)).toThrow(/the file is empty/)
    // “人工智能” in GBK: valid bytes, invalid UTF-8
    expect(() => decodeSource(Uint8Array.from([0xC8, 0xCB, 0xB9, 0xA4, 0xD6, 0xC7, 0xC4, 0xDC]), SOURCE)).toThrow(/is not valid UTF-8/)
  })
})

describe('npm run transcript', () => {
  const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/transcript.ts', ...args])
    .then(() => ({ code: 0, stderr: '' }), (error: { code: number, stderr: string }) => error)

  it('says what stops it in one line, file, line and column, and writes nothing; an unknown option and a missing folder too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'transcript-'))
    const [src, out] = [join(dir, 'source.txt'), join(dir, 'transcript.md')]
    writeFileSync(src, sourceText.replace('近期', '近?ào)期'))
    const [refused, unknown, unwritable] = await Promise.all([
      run(['--source', src, '--out', out]),
      run(['--sauce', 'x']),
      run(['--out', '/nonexistent-folder/transcript.md']),
    ])
    expect([refused.code, refused.stderr.trimEnd().split('\n')]).toEqual([1, [expect.stringMatching(/^transcript: .*source\.txt:15:4: a “\?” that/)]])
    expect(existsSync(out) || existsSync(`${out}.tmp`), 'a file written').toBe(false)
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('--sauce')])
    expect(unwritable.stderr.trimEnd()).toBe('transcript: /nonexistent-folder/transcript.md: cannot be written (ENOENT)')
  }, 30_000)
})
