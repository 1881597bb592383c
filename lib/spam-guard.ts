/**
 * findSpam(text) → the offsets of any fingerprinted spam piece in `text`.
 * Used over the repository, the transcript, the built site and the PDF's text.
 */
import { createHash } from 'node:crypto'
import { SPAM_FINGERPRINTS } from './spam-fingerprints'

export interface Fingerprint { length: number, sha256: string }

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

export function fingerprint(text: string): Fingerprint {
  return {
    length: [...text].length,
    sha256: sha256(text),
  }
}

export function findSpam(text: string, fingerprints: readonly Fingerprint[] = SPAM_FINGERPRINTS): number[] {
  const byLength = new Map<number, Set<string>>()
  for (const { length, sha256: hash } of fingerprints)
    byLength.set(length, (byLength.get(length) ?? new Set()).add(hash))
  const chars = [...text]
  const hits: number[] = []
  for (const [length, hashes] of byLength) {
    for (let i = 0; i + length <= chars.length; i++) {
      const piece = chars.slice(i, i + length).join('')
      // the spam is Chinese: skip hashing pieces of plain ASCII
      if (!/\P{ASCII}/u.test(piece))
        continue
      if (hashes.has(sha256(piece)))
        hits.push(i)
    }
  }
  return hits.sort((a, b) => a - b)
}
