import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { findSpam, fingerprint } from '../../talk/spam-guard.ts'

describe('the spam guard', () => {
  it('finds a fingerprinted piece wherever it stands', () => {
    const prints = [
      fingerprint('无关广告'),
      fingerprint('广告'),
    ]
    expect(findSpam('正文无关广告正文', prints)).toEqual([2, 4])
    expect(findSpam('正文，毫无问题', prints)).toEqual([])
    // a piece of ASCII and Chinese is hashed, however few of its characters are Chinese, and wherever they stand
    expect(findSpam('xx AI广 yy', [fingerprint('AI广')])).toEqual([3])
    expect(findSpam('广AI', [fingerprint('广AI')])).toEqual([0])
  })

  it('finds nothing in any file of the repository', () => {
    const files = execFileSync('git', [
      'ls-files',
      '--cached',
      '--others',
      '--exclude-standard',
    ], { encoding: 'utf8' })
      .split('\n')
      .filter(file => file && !/\.(?:png|woff2?|ttf|pdf|ico)$/.test(file))
    expect(files.length).toBeGreaterThan(20)
    const dirty = files.filter((file) => {
      try {
        return statSync(file).isFile() && findSpam(readFileSync(file, 'utf8')).length > 0
      }
      catch {
        return false
      }
    })
    expect(dirty).toEqual([])
  })
})
