/**
 * The house style for numbers and spacing in Chinese text, as a rule the
 * tests apply to everything the deck shows: slides, notes, labels and data.
 */
const HAN = '\\p{Script=Han}'
/** U+00A0 counts as a space: it keeps a number with its unit on one line */
const SPACE = '[ \\u00A0]'

const RULES: readonly { pattern: RegExp, problem: string }[] = [
  {
    pattern: new RegExp(`\\d${HAN}|${HAN}\\d`, 'u'),
    problem: 'no space between a digit and a Chinese character (write “1 万张”)',
  },
  {
    pattern: new RegExp(`[A-Za-z]${HAN}|${HAN}[A-Za-z]`, 'u'),
    problem: 'no space between a Latin letter and a Chinese character',
  },
  {
    pattern: new RegExp(`${HAN}${SPACE}+${HAN}`, 'u'),
    problem: 'a space between two Chinese characters',
  },
  { pattern: /\d\s*[-—~～]\s*\d/u, problem: 'a range written with a dash other than “–” (U+2013)' },
]

/** Every way `text` breaks the house style, each with the passage it found. */
export function typographyProblems(text: string): string[] {
  return RULES.flatMap(({ pattern, problem }) => {
    const match = pattern.exec(text)
    if (!match)
      return []
    const passage = text.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8).replace(/\s+/g, ' ')
    return [`${problem}: “${passage}”`]
  })
}
