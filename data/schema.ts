// Every data type, declared once as a zod schema with its TypeScript type inferred. The data modules import only
// the types, so zod never reaches the browser; the schemas check every entry in Node (dev server, build, tests).
import { z } from 'zod'
import { computeEstimates } from './compute'
import { factChecks } from './fact-checks'
import { isRealIsoDate } from './format'
import { glossary } from './glossary'
import { parts } from './parts'
import { scaleTiers } from './scale-tiers'
import { sources } from './sources'
import { talkFigures } from './talk-figures'
import { timelineEvents } from './timeline'

const id = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case letters, digits, “.” and “-”')
const label = z.string().trim().min(1)
const positive = z.number().positive()
/** words both editions show: the Chinese deck `zh`, the English deck `en` (this project's translation) */
const localized = z.strictObject({ zh: label, en: label })
/** at the precision the record has: '2015', '2016-08' or '2022-11-30', never a made-up month or day */
const isoDate = z.string().refine(isRealIsoDate, {
  error: issue => `not a real ISO date (YYYY, YYYY-MM or YYYY-MM-DD): “${String(issue.input)}”`,
})
const sourceId = z.enum(sources.map(source => source.id) as [SourceId, ...SourceId[]], {
  error: issue => issue.input === undefined
    ? 'missing: every entry must cite a source'
    : `unknown source “${String(issue.input)}”: not in data/sources.ts`,
})

export const sourceSchema = z.strictObject({
  id,
  title: label.optional(),
  /** a plain description, shown in brackets, where the published title is not on record: ours, so in both languages */
  about: localized.optional(),
  /** a book: its title is set in italics */
  book: z.literal(true).optional(),
  /** as published; a line that also says where and when (issue, reprint) is ours to translate, in both languages */
  publisher: z.union([label, localized]),
  url: z.url({ protocol: /^https$/ }).optional(),
  date: isoDate.optional(),
  /** a later edition or a translation, named after the original's date: ours, so in both languages */
  edition: localized.optional(),
}).refine(source => Boolean(source.title) !== Boolean(source.about), {
  error: 'give either the published “title” or, where it is not on record, an “about”',
  path: ['title'],
})

export const timelineEventSchema = z.strictObject({ id, date: isoDate, label: localized, source: sourceId })

const scaleTierSchema = z.strictObject({
  id,
  label: localized,
  /** A100-class cards and parameters, as orders of magnitude; absent where the talk gives none */
  cards: positive.optional(),
  params: positive.optional(),
  /** where the model runs, where the talk says so instead of a size */
  deployment: localized.optional(),
  /** the talk's words, quoted on the slide: `en` verbatim from talk/transcript.en.md */
  aside: localized.optional(),
  /** “我个人觉得最有意思的是个人大模型” */
  favourite: z.literal(true).optional(),
  source: sourceId,
})

const computeEstimateSchema = z.strictObject({ id, model: label, cards: positive, source: sourceId })

// `prefix` is the words before the number (“超过”, “over”)
const talkFigureSchema = z.strictObject({ id, value: positive, prefix: localized.optional(), unit: localized, label: localized, source: sourceId })

// `claim` is the talk's words (`en` verbatim from talk/transcript.en.md), `check` what the record says; `sources` is empty
// only where the fact sheet gives no public source
const factCheckSchema = z.strictObject({ id, claim: localized, check: localized, sources: z.array(sourceId).readonly() })

// `numeral`: the part's number on its opener; `topics`: what the agenda lists under it
const partSchema = z.strictObject({ id: z.enum(['shocks', 'opportunity', 'reflections']), numeral: localized, title: localized, topics: z.array(localized).readonly(), source: sourceId })

// a term the talk coins or plays on, or a name, with the English the translation fixes for it; `note`: what it plays on
const glossaryEntrySchema = z.strictObject({ id, zh: label, en: label, note: label.optional() })

export type Localized = z.infer<typeof localized>
/** an edition's language: `zh` the talk's own, `en` this project's translation */
export type Lang = keyof Localized
export type Source = z.infer<typeof sourceSchema>
export type SourceId = typeof sources[number]['id']
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export type ScaleTier = z.infer<typeof scaleTierSchema>
export type ComputeEstimate = z.infer<typeof computeEstimateSchema>
export type TalkFigure = z.infer<typeof talkFigureSchema>
export type FactCheck = z.infer<typeof factCheckSchema>
export type Part = z.infer<typeof partSchema>
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>

export const dataSets: readonly { file: string, schema: z.ZodType, entries: readonly unknown[] }[] = [
  { file: 'data/sources.ts', schema: sourceSchema, entries: sources },
  { file: 'data/timeline.ts', schema: timelineEventSchema, entries: timelineEvents },
  { file: 'data/scale-tiers.ts', schema: scaleTierSchema, entries: scaleTiers },
  { file: 'data/compute.ts', schema: computeEstimateSchema, entries: computeEstimates },
  { file: 'data/talk-figures.ts', schema: talkFigureSchema, entries: talkFigures },
  { file: 'data/fact-checks.ts', schema: factCheckSchema, entries: factChecks },
  { file: 'data/parts.ts', schema: partSchema, entries: parts },
  { file: 'data/glossary.ts', schema: glossaryEntrySchema, entries: glossary },
]

/** Throws on the first bad entry or repeated id: `data/timeline.ts: entry “chatgpt” field “date”: not a real ISO date …`. */
export function validateEntries(file: string, schema: z.ZodType, entries: readonly unknown[]): void {
  const seen = new Set<unknown>()
  entries.forEach((entry, index) => {
    const entryId = (entry as { id?: unknown } | null)?.id
    const name = typeof entryId === 'string' && entryId ? `entry “${entryId}”` : `entry #${index}`
    const issue = schema.safeParse(entry).error?.issues[0]
    if (issue)
      throw new Error(`${file}: ${name} field “${issue.path.map(String).join('.') || '(entry)'}”: ${issue.message}`)
    if (seen.has(entryId))
      throw new Error(`${file}: ${name} field “id”: the id is used twice`)
    seen.add(entryId)
  })
}

export function validateDataSets(): void {
  for (const { file, schema, entries } of dataSets)
    validateEntries(file, schema, entries)
}
