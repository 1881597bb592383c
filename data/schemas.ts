/**
 * The shape of every data module's entries, and the list of what to check.
 * This runs in Node only — when the dev server or a build starts (vite.config.ts)
 * and in the unit tests — never in the browser: the data cannot change after
 * the build, and zod would add 25 kB (gzip) to what slide 1 downloads.
 */
import type { z } from 'zod'
import { z as zod } from 'zod'
import { computeEstimates, scalingMessage } from './compute'
import { factChecks } from './fact-checks'
import { scaleTiers } from './scale-tiers'
import { sources } from './sources'
import { talkFigures } from './talk-figures'
import { timelineEvents } from './timeline'
import { idSchema, isoDateSchema, labelSchema, positiveNumberSchema, sourceIdSchema, validateEntries } from './validate'

export const sourceSchema = zod.strictObject({
  id: idSchema,
  title: labelSchema,
  publisher: labelSchema,
  url: zod.url({ protocol: /^https$/ }).optional(),
  date: isoDateSchema.optional(),
})

export const timelineEventSchema = zod.strictObject({
  id: idSchema,
  date: isoDateSchema,
  label: labelSchema,
  detail: labelSchema.optional(),
  source: sourceIdSchema,
})

export const scaleTierSchema = zod.strictObject({
  id: idSchema,
  label: labelSchema,
  cards: positiveNumberSchema.nullable(),
  params: positiveNumberSchema.nullable(),
  deployment: labelSchema.optional(),
  note: labelSchema.optional(),
  favourite: zod.boolean().optional(),
  source: sourceIdSchema,
})

export const computeEstimateSchema = zod.strictObject({
  id: idSchema,
  model: labelSchema,
  cards: positiveNumberSchema,
  estimate: zod.enum(['speaker']),
  note: labelSchema,
  source: sourceIdSchema,
})

export const talkMessageSchema = zod.strictObject({
  id: idSchema,
  title: labelSchema,
  claim: labelSchema,
  short: labelSchema,
  source: sourceIdSchema,
})

export const talkFigureSchema = zod.strictObject({
  id: idSchema,
  value: positiveNumberSchema,
  unit: zod.string(),
  prefix: labelSchema.optional(),
  plus: zod.boolean().optional(),
  label: labelSchema,
  source: sourceIdSchema,
})

export const factCheckSchema = zod.strictObject({
  id: idSchema,
  claim: labelSchema,
  check: labelSchema,
  // empty only where facts.md gives the fact but no public source
  sources: zod.array(sourceIdSchema),
})

export interface DataSet {
  /** the module, as a person would open it */
  file: string
  schema: z.ZodType
  entries: readonly unknown[]
}

/** every data module the deck shows, with the schema its entries follow */
export const dataSets: readonly DataSet[] = [
  { file: 'data/sources.ts', schema: sourceSchema, entries: sources },
  { file: 'data/timeline.ts', schema: timelineEventSchema, entries: timelineEvents },
  { file: 'data/scale-tiers.ts', schema: scaleTierSchema, entries: scaleTiers },
  { file: 'data/compute.ts', schema: computeEstimateSchema, entries: computeEstimates },
  { file: 'data/compute.ts', schema: talkMessageSchema, entries: [scalingMessage] },
  { file: 'data/talk-figures.ts', schema: talkFigureSchema, entries: talkFigures },
  { file: 'data/fact-checks.ts', schema: factCheckSchema, entries: factChecks },
]

/** Throws on the first bad entry, naming the file, the entry and the field. */
export function validateDataSets(sets: readonly DataSet[] = dataSets): void {
  for (const { file, schema, entries } of sets)
    validateEntries(file, schema, entries)
}
