/**
 * findSpam(text) → the offsets of any fingerprinted spam piece in `text`.
 * Used over the repository, the transcript, the built site and the PDF's text.
 */
import { createHash } from 'node:crypto'
import { SPAM_FINGERPRINTS } from './spam-fingerprints'

const byLength = new Map<number, Set<string>>()
for (const { length, sha256 } of SPAM_FINGERPRINTS)
  byLength.set(length, (byLength.get(length) ?? new Set()).add(sha256))

export function findSpam(text: string): number[] {
  const chars = [...text]
  const hits: number[] = []
  for (const [length, hashes] of byLength) {
    for (let i = 0; i + length <= chars.length; i++) {
      const piece = chars.slice(i, i + length).join('')
      // only pieces of non-ASCII text can match: skip the hashing for the rest
      if (!/\P{ASCII}/u.test(piece))
        continue
      if (hashes.has(createHash('sha256').update(piece).digest('hex')))
        hits.push(i)
    }
  }
  return hits.sort((a, b) => a - b)
}
