/**
 * The one validation every data module's entries go through (the list is in
 * data/schemas.ts): a bad entry stops the dev server, the build and the tests
 * with a message that names the file, the entry and the field. Node only.
 */
import type { SourceId } from './sources'
import { z } from 'zod'
import { isRealIsoDate } from './format'
import { sources } from './sources'

const sourceIds = sources.map(source => source.id) as [SourceId, ...SourceId[]]

/** a known SourceId from data/sources.ts */
export const sourceIdSchema = z.enum(sourceIds, {
  error: issue => issue.input === undefined
    ? 'missing: every entry must cite a source'
    : `unknown source “${String(issue.input)}”: not in data/sources.ts`,
})

/** an ISO date at the precision the record has: '2015', '2016-08' or '2022-11-30', and a real one */
export const isoDateSchema = z.string().refine(isRealIsoDate, {
  error: issue => `not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD): “${String(issue.input)}”`,
})

/** a finite number above zero */
export const positiveNumberSchema = z.number().positive()

/** a lower-case id: letters, digits, dots and hyphens */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case letters, digits, “.” and “-”')

/** a short label: non-empty, trimmed */
export const labelSchema = z.string().trim().min(1)

function describeEntry(entry: unknown, index: number): string {
  if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string' && entry.id !== '')
    return `entry “${entry.id}”`
  return `entry #${index}`
}

/**
 * Checks every entry against `schema` and the ids for uniqueness; throws on the
 * first problem, e.g. `data/timeline.ts: entry “chatgpt” field “date”: not a real ISO date …`.
 * Returns the entries unchanged (their literal types kept).
 */
export function validateEntries<T>(file: string, schema: z.ZodType, entries: readonly T[]): readonly T[] {
  const seen = new Map<string, number>()
  entries.forEach((entry, index) => {
    const name = describeEntry(entry, index)
    const result = schema.safeParse(entry)
    if (!result.success) {
      const issue = result.error.issues[0]!
      const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(entry)'
      throw new Error(`${file}: ${name} field “${field}”: ${issue.message}`)
    }
    const id = (entry as { id?: unknown }).id
    if (typeof id === 'string') {
      const first = seen.get(id)
      if (first !== undefined)
        throw new Error(`${file}: ${name} field “id”: duplicate id, already used by entry #${first}`)
      seen.set(id, index)
    }
  })
  return entries
}
