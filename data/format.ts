/**
 * Formatters for the deck's numbers and dates: words on the slides are derived from the numbers in data/
 * through these, never typed a second time, in either edition's language. House style: a space between a digit and a
 * Chinese character (“1 万张”).
 */
import type { Lang, Localized } from './schema'

const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumFractionDigits: 1 })

const englishNumber = new Intl.NumberFormat('en', { maximumFractionDigits: 1 })
const englishLarge = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 })

/** 10_000 → “1 万” / “10,000”, 25_000 → “2.5 万” / “25,000”, 7e12 → “7 万亿” / “7 trillion”, 200 → “200” */
export function formatNumber(value: number, lang: Lang = 'zh'): string {
  if (lang === 'en')
    return value >= 1e6 ? englishLarge.format(value) : englishNumber.format(value)
  return compact.format(value).replace(/(\d)(?=\p{Script=Han})/u, '$1 ')
}

const DIGIT_WORDS = ['', '十', '百', '千', '万']

/**
 * An order of magnitude as the talk says it: 1e2 → “百”, 1e4 → “万”, 1e11 → “千亿”, 1e12 → “万亿”; in English as the
 * translation says it: “100”, “10,000”, “100 billion”, “a trillion”.
 */
export function magnitudeWord(value: number, lang: Lang = 'zh'): string {
  const exponent = Math.log10(value)
  if (!Number.isInteger(exponent) || exponent < 1 || exponent > 12)
    throw new Error(`magnitudeWord: ${value} is not a power of ten from 10 to 10¹²`)
  if (lang === 'en')
    return value >= 1e6 ? englishLarge.format(value).replace(/^1 /, 'a ') : englishNumber.format(value)
  if (exponent >= 8)
    return `${DIGIT_WORDS[exponent - 8]}亿`
  return exponent >= 4 ? `${DIGIT_WORDS[exponent - 4]}万` : DIGIT_WORDS[exponent]!
}

/** True for a real calendar date at year, month or day precision: '2023-02-30' is false. */
export function isRealIsoDate(iso: string): boolean {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  // Date rolls a month or day out of range over into the next: '2023-02-30' comes back as March
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(iso) && new Date(Date.UTC(year, month - 1, day)).toISOString().startsWith(iso)
}

/** '2022-11-30', '2016-08' or '2015' as numbers, only the parts it has */
function parseIsoDate(iso: string): { year: number, month?: number, day?: number } {
  if (!isRealIsoDate(iso))
    throw new Error(`not an ISO date at year, month or day precision: “${iso}”`)
  const [year = 0, month, day] = iso.split('-').map(Number)
  return { year, month, day }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * '2022-11-30' → “2022 年 11 月 30 日” / “30 November 2022”, '2016-08' → “2016 年 8 月” / “August 2016”,
 * '2015' → “2015 年” / “2015”: never a made-up day.
 */
export function formatIsoDate(iso: string, lang: Lang = 'zh'): string {
  const { year, month, day } = parseIsoDate(iso)
  if (lang === 'en')
    return [day, month && MONTHS[month - 1], year].filter(Boolean).join(' ')
  return [`${year} 年`, month && `${month} 月`, day && `${day} 日`].filter(Boolean).join(' ')
}

/** A date as a fractional year on a time axis: the middle of the period it names ('2016-08' → mid-August 2016). */
export function isoDateToYear(iso: string): number {
  const { year, month, day } = parseIsoDate(iso)
  if (month === undefined)
    return year + 0.5
  const inMonth = day === undefined ? 0.5 : (day - 0.5) / new Date(Date.UTC(year, month, 0)).getUTCDate()
  return year + (month - 1 + inMonth) / 12
}

interface Citable { title?: string, about?: Localized, book?: true, publisher: string | Localized, date?: string, edition?: Localized }

/** the publisher's line in the edition's language: as published, or (where it also says which issue) ours in each */
export const publisherIn = ({ publisher }: Pick<Citable, 'publisher'>, lang: Lang): string => typeof publisher === 'string' ? publisher : publisher[lang]

/**
 * A source's title as the references print it, the marks as text: 《Chinese》, “English”, a book's bare (set in italics), or
 * a description of ours in brackets, ［中文］ in the Chinese deck, [English] in the English one. A title is as published, in
 * its original script, in both.
 */
export function citeTitle({ title, about, book }: Citable, lang: Lang = 'zh'): string {
  if (!title)
    return lang === 'en' ? `[${about?.en}]` : `［${about?.zh}］`
  return book ? title : /\p{Script=Han}/u.test(title) ? `《${title}》` : `“${title}”`
}

/**
 * What follows the publisher: the date, unless the publisher's line already gives the year, and a later edition
 * (“，2015 年；中文版…” / “, 2015; Chinese edition …”).
 */
export function citeDetails({ publisher, date, edition }: Citable, lang: Lang = 'zh'): string {
  const published = publisherIn({ publisher }, lang)
  const [comma, semicolon] = lang === 'en' ? [', ', '; '] : ['，', '；']
  const dated = date && !published.includes(date.slice(0, 4)) ? `${comma}${formatIsoDate(date, lang)}` : ''
  return `${dated}${edition ? `${semicolon}${edition[lang]}` : ''}`
}
