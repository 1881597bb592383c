/**
 * Formatters for the deck's numbers and dates. Labels on the slides are
 * derived from the numbers in data/ through these, never typed a second time.
 */

const compact = new Intl.NumberFormat('zh-CN', { notation: 'compact' })

/** 10_000 → “1万”, 1e11 → “1000亿”, 1e12 → “1万亿”, 25_000 → “2.5万”. */
export function formatCompact(value: number): string {
  return compact.format(value)
}

/** Alias kept short for templates and tests: format(10_000) === '1万'. */
export const format = formatCompact

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export type DatePrecision = 'year' | 'month' | 'day'

export interface IsoDateParts {
  year: number
  /** 1–12, when the record has the month */
  month?: number
  /** 1–31, when the record has the day */
  day?: number
  precision: DatePrecision
}

/** Splits '2022-11-30', '2016-08' or '2015' into numbers; null when it is not of that shape. */
export function parseIsoDate(iso: string): IsoDateParts | null {
  const match = ISO_DATE.exec(iso)
  if (!match)
    return null
  const [, y, m, d] = match
  const year = Number(y)
  if (m === undefined)
    return { year, precision: 'year' }
  if (d === undefined)
    return { year, month: Number(m), precision: 'month' }
  return { year, month: Number(m), day: Number(d), precision: 'day' }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** True for a real calendar date at year, month or day precision: '2023-02-30' is false. */
export function isRealIsoDate(iso: string): boolean {
  const parts = parseIsoDate(iso)
  if (!parts)
    return false
  if (parts.month === undefined)
    return true
  if (parts.month < 1 || parts.month > 12)
    return false
  if (parts.day === undefined)
    return true
  return parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month)
}

/**
 * '2022-11-30' → “2022 年 11 月 30 日”, '2016-08' → “2016 年 8 月”, '2015' → “2015 年”:
 * only the precision the record has, never a made-up day.
 */
export function formatIsoDate(iso: string): string {
  const parts = parseIsoDate(iso)
  if (!parts || !isRealIsoDate(iso))
    throw new Error(`formatIsoDate: not an ISO date at year, month or day precision: “${iso}”`)
  let text = `${parts.year} 年`
  if (parts.month !== undefined)
    text += ` ${parts.month} 月`
  if (parts.day !== undefined)
    text += ` ${parts.day} 日`
  return text
}

/**
 * A date as a fractional year for placing it on an axis: the start of the
 * period the record names ('2016-08' → 2016 + 7/12) plus `within` (0–1) of
 * that period, so a month-only date can sit at its middle.
 */
export function isoDateToYear(iso: string, within = 0): number {
  const parts = parseIsoDate(iso)
  if (!parts || !isRealIsoDate(iso))
    throw new Error(`isoDateToYear: not an ISO date: “${iso}”`)
  const { year, month, day } = parts
  if (month === undefined)
    return year + within
  if (day === undefined)
    return year + (month - 1 + within) / 12
  return year + (month - 1 + (day - 1 + within) / daysInMonth(year, month)) / 12
}

/**
 * For display only: the house-style space between a number and the Chinese
 * that follows (“7 万亿美元”) becomes a no-break space, so a line never ends
 * on a bare number. Numbers inside names (“DGX-1 送到”) are left alone.
 */
export function keepNumbersWithUnits(text: string): string {
  return text.replace(/(^|\s)(\d[\d.,]*) (?=\p{Script=Han})/gu, '$1$2\u00A0')
}
