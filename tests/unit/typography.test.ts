import { describe, expect, it } from 'vitest'
import { readTranscript } from '../../talk/notes.ts'
import { typographyProblems } from '../support/typography.ts'

describe('the house style for numbers and spacing', () => {
  it('accepts the deck’s own forms', () => {
    for (const text of [
      '1 万张',
      '7\u00A0万亿美元',
      '2023 年 3–4 月',
      'GPT-3.5 可能需要',
      '云 + 端',
      'DALL·E 2、Sora',
    ])
      expect(typographyProblems(text), text).toEqual([])
  })

  it('names each kind of slip with the passage it is in', () => {
    expect(typographyProblems('7万亿 美元')).toEqual([
      'no space between a digit and a Chinese character (write “1 万张”): “7万亿 美元”',
      'a space between two Chinese characters: “7万亿 美元”',
    ])
    expect(typographyProblems('登上Cosmopolitan')[0]).toMatch(/^no space between a Latin letter and a Chinese character/)
    expect(typographyProblems('5—7 万亿')[0]).toMatch(/^a range written with a dash other than “–”/)
    expect(typographyProblems('5-7 万亿')).toHaveLength(1)
  })

  it('holds for the transcript the notes are made of', () => {
    expect(readTranscript().flatMap(p => typographyProblems(p.text).map(problem => `${p.id}: ${problem}`))).toEqual([])
  })
})
