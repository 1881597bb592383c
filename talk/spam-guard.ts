/**
 * Finds pieces of the unrelated spam line that heads the scraped source, which must appear nowhere in the project:
 * it is known only by SHA-256, of the whole line, each of its words and each two-character piece no honest text
 * about AI would use (common words are left out: the deck uses them). Run over the repository, transcript, site and PDF.
 */
import { hash } from 'node:crypto'

export interface Fingerprint { length: number, sha256: string }

const SPAM_FINGERPRINTS: readonly Fingerprint[] = [
  { length: 8, sha256: '30554cbacea3f6e5251a0a98ccd490dd818ab66671a383054ad29162b7a62eb4' },
  { length: 10, sha256: '9db3668625a2ec2a0bafb27be0625006cfac37b984a92e155091e73a2d335eaa' },
  { length: 8, sha256: 'd2e57a16a0479318329f8b965ee6f08724c87a2d017418d101596db112dbe794' },
  { length: 12, sha256: '453c2b986d9e9c32b0472ae96b3dbd9879a5507f9f108e01655dda5a049e4826' },
  { length: 41, sha256: '0a5348221d991ff2d001df5c617ebdfa18dc2997d94b31a1c81d338b43cbfb46' },
  { length: 2, sha256: '00d2df7567b05671d026de6ea85770e0a54fad59ccb96b4b3939efcd35a9842b' },
  { length: 2, sha256: '4451f1e2401609f96340fc70488267465c437ff0e60f99977dbcdedbce9de814' },
  { length: 2, sha256: '59f325c02361110c8d8d3b16c85eed18d29079a5fee65920756498e7f7044a68' },
  { length: 2, sha256: '728393d8bce267a6c457ec8e3e9b5fef6edaa65ecb2e8c697390d1d604c6f5e3' },
  { length: 2, sha256: '841ad03fe4a52a7ca7f6e396e99a9154b4cfe59ee7013e724987f86b5bf6b4f2' },
  { length: 2, sha256: '9455a33663b9c5bf92a9ab7547ce49857261e3c36dfce6a75857063691a3275e' },
  { length: 2, sha256: '9649bfe5a66adea3c3ec4e7c5096b1062a7e93b7141b5a8c93aced9de097ec35' },
  { length: 2, sha256: 'a313ac152074a197d277198e3c4051c17691e3988062abd3dc734c2e12a74276' },
  { length: 2, sha256: 'b2f1818909342368fc6af27c85003dbd495f736b14ef8046321756b7254d2ead' },
  { length: 2, sha256: 'c2040aaf378d5a1cf628be9ecd3b63cd9555b5e8b9211329a90ba347dd29bed5' },
  { length: 2, sha256: 'cd66218c8f40c34b7f86de1b53af87fc47b8e70817384b810d087a9ae5a5ddf8' },
  { length: 2, sha256: 'e0a2cb158ab0f611e073e118a37ef58add69cdf371f7651728ddd0fba2e541b5' },
  { length: 2, sha256: 'e7fcd002033f10f233e03fe49b144448128d0988e2acf9ff7edd18119038680f' },
  { length: 2, sha256: 'e84145404ef941e5bff2b1fd3c7918f7f5fd9287f159ec8f706a9fc32fe232bb' },
  { length: 2, sha256: 'f436b08505d3c79ffb99fc3a52b8ef0ecd415e1265010f73490759b0c4b27c13' },
]

const sha256 = (text: string): string => hash('sha256', text)

export const fingerprint = (text: string): Fingerprint => ({ length: [...text].length, sha256: sha256(text) })

export function findSpam(text: string, fingerprints = SPAM_FINGERPRINTS): number[] {
  const chars = [...text]
  // the spam is Chinese: a piece of plain ASCII is not hashed. nonAscii[i]: such characters before position i
  const nonAscii = [0]
  for (const char of chars)
    nonAscii.push(nonAscii.at(-1)! + (char.charCodeAt(0) > 0x7F ? 1 : 0))
  const hits: number[] = []
  const hashes = new Set(fingerprints.map(print => print.sha256))
  for (const length of new Set(fingerprints.map(print => print.length))) {
    for (let i = 0; i + length <= chars.length; i++) {
      if (nonAscii[i + length]! > nonAscii[i]! && hashes.has(sha256(chars.slice(i, i + length).join(''))))
        hits.push(i)
    }
  }
  return hits.sort((a, b) => a - b)
}
