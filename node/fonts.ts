/**
 * Which characters go to which font file: Latin is set in Inter, Chinese in Noto Sans SC, each in a regular
 * and a bold face cut from the full fonts their npm packages ship.
 */
import type { Buffer } from 'node:buffer'
import type { ShownText } from './chromium.ts'
import { readFileSync } from 'node:fs'
import subsetFont from 'subset-font'

type Family = 'Inter' | 'Noto Sans SC'
type Weight = 400 | 700
const FACES = ([400, 700] as const).flatMap(weight => (['Inter', 'Noto Sans SC'] as const).map(family => ({ family, weight })))

const slug = (family: Family): string => family.toLowerCase().replaceAll(' ', '-')
/** inter-400.woff2, noto-sans-sc-400-rest.woff2: the file name under public/fonts/ */
export const fileName = (family: Family, weight: Weight, part: '' | '-rest'): string => `${slug(family)}-${weight}${part}.woff2`

/** Inter under a second name for text marked `lang="en"`, where the characters below are Inter's too (DALL·E, Tom’s) */
export const ENGLISH_FAMILY = 'Inter en'

/**
 * Latin-range characters that Chinese text sets in Noto Sans SC: curly quotes, dashes, the ellipsis
 * and the middle dot are full-width or centred in Chinese type (约翰·马尔科夫); and digits, far more
 * common in Chinese text here than in Latin words (“2024 年 3 月”): a slide with no Latin word never fetches Inter.
 */
const CHINESE_FACE = new Set('“”‘’—…·0123456789')

/** the family that sets `char` in text of language `lang` */
export function familyFor(char: string, lang: string): Family {
  const code = char.codePointAt(0)!
  const latin = code < 0x0250 || (code >= 0x2000 && code <= 0x206F) || (code >= 0x20A0 && code <= 0x20CF) || (code >= 0x2100 && code <= 0x218F)
  return latin && (/^en\b/i.test(lang) || !CHINESE_FACE.has(char)) ? 'Inter' : 'Noto Sans SC'
}

export const weightBucket = (cssWeight: number): Weight => cssWeight >= 600 ? 700 : 400

/** U+4E00-4E01,U+4E09: code points folded into CSS unicode-range syntax */
export function unicodeRange(chars: readonly string[]): string {
  const codes = [...new Set(chars.map(c => c.codePointAt(0)!))].sort((a, b) => a - b)
  const parts: string[] = []
  const hex = (n: number): string => n.toString(16).toUpperCase()
  for (let i = 0; i < codes.length; i++) {
    const start = codes[i]!
    while (codes[i + 1] === codes[i]! + 1)
      i++
    parts.push(start === codes[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(codes[i]!)}`)
  }
  return parts.join(',')
}

/** unicode-range back into code points */
export function parseUnicodeRange(range: string): Set<number> {
  const codes = new Set<number>()
  for (const part of range.split(',')) {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    for (let code = Number.parseInt(from!, 16); code <= Number.parseInt(to!, 16); code++)
      codes.add(code)
  }
  return codes
}

function fontFaceRule(family: string, file: string, weight: Weight, chars: readonly string[]): string {
  const src = `url('/fonts/${file}') format('woff2')`
  return `@font-face { font-family: '${family}'; font-weight: ${weight}; font-display: swap; src: ${src}; unicode-range: ${unicodeRange(chars)}; }`
}

/**
 * only what running text uses: subset-font's default keeps every stylistic alternate and doubles Inter's files;
 * halt and chws let text-spacing-trim set a line-opening “ half-width
 */
const KEEP_FEATURES = 'kern liga calt ccmp locl mark mkmk halt chws'.split(' ')

/** `font` (TTF or WOFF2) cut to `chars`, as WOFF2; with a full stop when they are only spaces, whose empty outline table browsers refuse */
export function cutFont(font: Buffer, chars: Iterable<string>): Promise<Buffer> {
  const text = [...chars].join('')
  return subsetFont(font, /\S/.test(text) ? text : `${text}.`, { targetFormat: 'woff2', keepFeatures: KEEP_FEATURES, noHinting: true })
}

/** printable ASCII: Slidev's own UI (presenter view, menus) is English */
const ASCII = Array.from({ length: 0x5F }, (_, i) => String.fromCodePoint(0x20 + i))

type Shown = readonly Pick<ShownText, 'text' | 'weight' | 'lang'>[]

function charactersIn(shown: Shown, family: Family, weight: Weight): string[] {
  return shown
    .filter(piece => weightBucket(piece.weight) === weight)
    .flatMap(({ text, lang }) => [...text.replace(/\s/g, '')].filter(char => familyFor(char, lang) === family))
}

/**
 * The font files for what the deck shows, cut with harfbuzz, and the stylesheet serving them from
 * /fonts/. Each face is cut in two: what the slides show (plus ASCII in Inter for Slidev's English UI
 * and every digit in Noto Sans SC), and in a “-rest” file what only the notes, the presenter view and
 * the reading edition show. A browser fetches a file only for text in its unicode-range, so a slide
 * never waits for the notes' characters (about half of the regular Chinese face).
 */
export async function subsetFonts(onSlides: Shown, elsewhere: Shown = []): Promise<{ files: Map<string, Buffer>, css: string }> {
  const files = new Map<string, Buffer>()
  const rules: string[] = []
  for (const { family, weight } of FACES) {
    const always = family === 'Inter' ? ASCII.filter(c => familyFor(c, '') === 'Inter') : [...'0123456789']
    const slideChars = new Set([...always, ...charactersIn(onSlides, family, weight)])
    const rest = [...new Set(charactersIn(elsewhere, family, weight))].filter(c => !slideChars.has(c))
    const style = `${weight}${{ 400: 'Regular', 700: 'Bold' }[weight]}`
    const font = readFileSync(`node_modules/@expo-google-fonts/${slug(family)}/${style}/${family.replaceAll(' ', '')}_${style}.ttf`)
    for (const [part, chars] of [['', [...slideChars]], ['-rest', rest]] as const) {
      if (!chars.length)
        continue
      const file = fileName(family, weight, part)
      files.set(file, await cutFont(font, chars))
      const ownChars = chars.filter(c => familyFor(c, '') === family)
      if (ownChars.length)
        rules.push(fontFaceRule(family, file, weight, ownChars))
      if (family === 'Inter')
        rules.push(fontFaceRule(ENGLISH_FAMILY, file, weight, chars))
    }
  }
  const css = `/* Generated by \`npm run fonts\` (node/fonts.ts): do not edit. */
${rules.join('\n')}
:lang(en) { font-family: '${ENGLISH_FAMILY}', 'Noto Sans SC'; }
`
  return { files, css }
}
