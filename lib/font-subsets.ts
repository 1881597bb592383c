/**
 * Which characters go to which font file. The deck sets Latin in Inter and
 * Chinese in Noto Sans SC, each in a regular (400) and a bold (700) file,
 * subset to exactly the characters shown in that weight.
 */
import type { Buffer } from 'node:buffer'
import type { ShownText } from './browser'
import { readFileSync } from 'node:fs'
import subsetFont from 'subset-font'

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
 * Inter's files under a second name, for text marked `lang="en"`: there the
 * characters below are Inter's too (DALL·E, Tom’s), which the first name
 * leaves to Noto Sans SC.
 */
export const ENGLISH_FAMILY = 'Inter en'

/**
 * Characters Chinese text sets in Noto Sans SC although the code point is
 * Latin-range: curly quotes, dashes, the ellipsis and the middle dot are
 * full-width or centred in Chinese type (约翰·马尔科夫), narrow in Inter; and
 * digits, which stand in Chinese text far more often than in Latin words
 * (“2024 年 3 月”), so a slide with no Latin word never fetches Inter.
 */
const CHINESE_FACE = new Set('“”‘’—…·0123456789')

/** every printable ASCII character: Slidev's own UI (presenter view, menus) is English */
const ASCII = Array.from({ length: 0x7F - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i))

function isLatin(char: string): boolean {
  const code = char.codePointAt(0)!
  return code < 0x0250 || (code >= 0x2000 && code <= 0x206F) || (code >= 0x20A0 && code <= 0x20CF) || (code >= 0x2100 && code <= 0x218F)
}

/** the family that sets `char` in text of language `lang` */
export function familyFor(char: string, lang: string): FontFace['family'] {
  const english = /^en\b/i.test(lang)
  return isLatin(char) && (english || !CHINESE_FACE.has(char))
    ? 'Inter'
    : 'Noto Sans SC'
}

export function weightBucket(cssWeight: number): Weight {
  return cssWeight >= 600
    ? 700
    : 400
}

const byCodePoint = (a: string, b: string): number => a.codePointAt(0)! - b.codePointAt(0)!

/**
 * The characters of each file: those shown in its family and weight, with
 * the rest of ASCII in Inter for Slidev's English UI and every digit in Noto.
 */
export function charactersByFace(shown: readonly Pick<ShownText, 'text' | 'weight' | 'lang'>[]): Map<FontFace, string[]> {
  return new Map(FONT_FACES.map((face) => {
    const chars = new Set(face.family === 'Inter'
      ? ASCII.filter(c => familyFor(c, '') === 'Inter')
      : [...'0123456789'])
    for (const { text, lang } of shown.filter(piece => weightBucket(piece.weight) === face.weight)) {
      for (const char of text.replace(/\s/g, '')) {
        if (familyFor(char, lang) === face.family)
          chars.add(char)
      }
    }
    return [
      face,
      [...chars].sort(byCodePoint),
    ]
  }))
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

function fontFaceRule(family: string, face: FontFace, chars: readonly string[]): string {
  return `@font-face {
  font-family: '${family}';
  font-style: normal;
  font-weight: ${face.weight};
  font-display: swap;
  src: url('/fonts/${face.file}') format('woff2');
  unicode-range: ${unicodeRange(chars)};
}`
}

/**
 * The font files for what the deck shows, cut with harfbuzz from the full
 * fonts, and the stylesheet that serves them from /fonts/ with an exact
 * unicode-range each.
 */
export async function subsetFonts(shown: readonly Pick<ShownText, 'text' | 'weight' | 'lang'>[]): Promise<{ files: Map<string, Buffer>, css: string }> {
  const files = new Map<string, Buffer>()
  const rules: string[] = []
  for (const [face, chars] of charactersByFace(shown)) {
    files.set(face.file, await subsetFont(readFileSync(face.source), chars.join(''), {
      targetFormat: 'woff2',
      // only the features running text uses: keeping them all (subset-font's
      // default) drags in every stylistic alternate and doubles Inter's files
      keepFeatures: [
        'kern',
        'liga',
        'calt',
        'ccmp',
        'locl',
        'mark',
        'mkmk',
        // text-spacing-trim sets a line-opening “ half-width with these
        'halt',
        'chws',
      ],
      noHinting: true,
    }))
    rules.push(fontFaceRule(face.family, face, chars.filter(c => familyFor(c, '') === face.family)))
    if (face.family === 'Inter')
      rules.push(fontFaceRule(ENGLISH_FAMILY, face, chars))
  }
  const css = `/* Generated by \`npm run fonts\` from the built deck: do not edit. Each file holds
   exactly the characters the deck shows in that face and weight. */
${rules.join('\n\n')}

:lang(en) {
  font-family: '${ENGLISH_FAMILY}', 'Noto Sans SC';
}
`
  return { files, css }
}
