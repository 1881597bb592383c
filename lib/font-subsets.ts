/**
 * Which characters go to which font file. The deck sets Latin in Inter and
 * Chinese in Noto Sans SC, each in a regular (400) and a bold (700) file,
 * subset to exactly the characters shown in that weight.
 */

export const WEIGHTS = [400, 700] as const
export type Weight = typeof WEIGHTS[number]

export interface FontFace {
  family: 'Inter' | 'Noto Sans SC'
  weight: Weight
  /** the full font file an npm package ships */
  source: string
  /** file name under public/fonts/ */
  file: string
}

const EXPO = 'node_modules/@expo-google-fonts'
export const FONT_FACES: readonly FontFace[] = [
  {
    family: 'Inter',
    weight: 400,
    source: `${EXPO}/inter/400Regular/Inter_400Regular.ttf`,
    file: 'inter-400.woff2',
  },
  {
    family: 'Inter',
    weight: 700,
    source: `${EXPO}/inter/700Bold/Inter_700Bold.ttf`,
    file: 'inter-700.woff2',
  },
  {
    family: 'Noto Sans SC',
    weight: 400,
    source: `${EXPO}/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf`,
    file: 'noto-sans-sc-400.woff2',
  },
  {
    family: 'Noto Sans SC',
    weight: 700,
    source: `${EXPO}/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf`,
    file: 'noto-sans-sc-700.woff2',
  },
]

/**
 * Characters the Chinese face sets even where the code point is Latin-range:
 * curly quotes, dashes, the ellipsis and the middle dot are full-width or
 * centred in Chinese type, narrow in Inter; and digits, which stand in
 * Chinese text far more often than in Latin words (“2024 年 3 月”), so a
 * slide with no Latin word never has to fetch Inter at all.
 */
const CHINESE_FACE = new Set('“”‘’—…·0123456789')

/** every printable ASCII character: Slidev's own UI (presenter view, menus) is English */
export const ASCII = Array.from({ length: 0x7F - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('')

export function isLatin(char: string): boolean {
  const code = char.codePointAt(0)!
  if (CHINESE_FACE.has(char))
    return false
  return code < 0x0250 || (code >= 0x2000 && code <= 0x206F) || (code >= 0x20A0 && code <= 0x20CF) || (code >= 0x2100 && code <= 0x218F)
}

export function weightBucket(cssWeight: number): Weight {
  return cssWeight >= 600
    ? 700
    : 400
}

/**
 * The characters of one file: Latin ones to Inter, with the rest of ASCII for
 * Slidev's English UI; everything else to Noto Sans SC, with every digit.
 */
export function charactersFor(face: FontFace, shown: ReadonlySet<string>): string[] {
  const chars = [...shown].filter(c => c.trim() !== '' && (face.family === 'Inter') === isLatin(c))
  if (face.family === 'Inter')
    chars.push(...[...ASCII].filter(isLatin))
  else
    chars.push(...'0123456789')
  return [
    ...new Set(chars),
  ].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)
}

/** U+4E00-4E01,U+4E09: code points folded into CSS unicode-range syntax */
export function unicodeRange(chars: readonly string[]): string {
  const codes = [
    ...new Set(chars.map(c => c.codePointAt(0)!)),
  ].sort((a, b) => a - b)
  const parts: string[] = []
  const hex = (n: number): string => n.toString(16).toUpperCase()
  for (let i = 0; i < codes.length; i++) {
    const start = codes[i]!
    let end = start
    while (codes[i + 1] === end + 1)
      end = codes[++i]!
    parts.push(start === end
      ? `U+${hex(start)}`
      : `U+${hex(start)}-${hex(end)}`)
  }
  return parts.join(',')
}

/** parses unicode-range back into code points (for the coverage test) */
export function parseUnicodeRange(range: string): Set<number> {
  const codes = new Set<number>()
  for (const part of range.split(',')) {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    for (let code = Number.parseInt(from!, 16); code <= Number.parseInt(to!, 16); code++)
      codes.add(code)
  }
  return codes
}
