import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { computeEstimates, estimateLabels, scalingMessage } from '../../data/compute'
import { factChecks } from '../../data/fact-checks'
import { format, formatCompact, formatIsoDate, isoDateToYear, isRealIsoDate, keepNumbersWithUnits } from '../../data/format'
import { scaleTiers } from '../../data/scale-tiers'
import { computeEstimateSchema, dataSets, factCheckSchema, scaleTierSchema, timelineEventSchema, validateDataSets } from '../../data/schemas'
import { sourceNumber, sources } from '../../data/sources'
import { timelineEvents } from '../../data/timeline'
import { sourceIdSchema, validateEntries } from '../../data/validate'

describe('data/format.ts', () => {
  it('formats numbers compactly in Chinese', () => {
    expect(format(10_000)).toBe('1万')
    expect(formatCompact(1_000)).toBe('1000')
    expect(formatCompact(100)).toBe('100')
    expect(formatCompact(25_000)).toBe('2.5万')
    expect(formatCompact(100_000)).toBe('10万')
    expect(formatCompact(1e10)).toBe('100亿')
    expect(formatCompact(1e11)).toBe('1000亿')
    expect(formatCompact(1e12)).toBe('1万亿')
  })

  it('formats ISO dates at the precision they have, never inventing a day', () => {
    expect(formatIsoDate('2016-08')).toBe('2016 年 8 月')
    expect(formatIsoDate('2022-11-30')).toBe('2022 年 11 月 30 日')
    expect(formatIsoDate('2017-06-12')).toBe('2017 年 6 月 12 日')
    expect(formatIsoDate('2015')).toBe('2015 年')
    expect(() => formatIsoDate('2023-02-30')).toThrow('2023-02-30')
    expect(() => formatIsoDate('2023/02/03')).toThrow()
  })

  it('knows real calendar dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true)
    expect(isRealIsoDate('2023-02-29')).toBe(false)
    expect(isRealIsoDate('2023-02-30')).toBe(false)
    expect(isRealIsoDate('2023-13')).toBe(false)
    expect(isRealIsoDate('2023-00')).toBe(false)
    expect(isRealIsoDate('2023-04-31')).toBe(false)
    expect(isRealIsoDate('2023-4-1')).toBe(false)
    expect(isRealIsoDate('2023')).toBe(true)
  })

  it('places dates on a year axis', () => {
    expect(isoDateToYear('2016')).toBe(2016)
    expect(isoDateToYear('2016-07')).toBeCloseTo(2016.5)
    expect(isoDateToYear('2016-07', 0.5)).toBeCloseTo(2016 + 6.5 / 12)
  })

  it('keeps a number with its Chinese unit on one line, but not a number inside a name', () => {
    expect(keepNumbersWithUnits('奥尔特曼拟筹 7 万亿美元')).toBe('奥尔特曼拟筹 7\u00A0万亿美元')
    expect(keepNumbersWithUnits('黄仁勋把首台 DGX-1 送到 OpenAI')).toBe('黄仁勋把首台 DGX-1 送到 OpenAI')
  })
})

describe('the real data', () => {
  it.each(dataSets.map(set => [set.file, set] as const))('%s passes the validation', (_, set) => {
    expect(() => validateDataSets([set])).not.toThrow()
  })

  it('is checked in full: every module that holds entries is in data/schemas.ts', () => {
    // format.ts holds functions, validate.ts and schemas.ts the checking itself
    const modules = readdirSync('data').filter(name => !['format.ts', 'validate.ts', 'schemas.ts'].includes(name))
    expect(new Set(dataSets.map(set => set.file))).toEqual(new Set(modules.map(name => `data/${name}`)))
  })

  it('cites a known source on every entry', () => {
    const ids = new Set<string>(sources.map(s => s.id))
    for (const entry of [
      ...scaleTiers,
      ...timelineEvents,
      ...computeEstimates,
      scalingMessage,
    ]) {
      expect(ids.has(entry.source)).toBe(true)
      expect(sourceNumber(entry.source)).toBeGreaterThan(0)
    }
  })

  it('has the talk’s four tiers, the personal one without numbers and the speaker’s favourite', () => {
    expect(scaleTiers.map(t => t.id)).toEqual([
      'general',
      'industry',
      'enterprise',
      'personal',
    ])
    const personal = scaleTiers.find(t => t.id === 'personal')!
    expect(personal.cards).toBeNull()
    expect(personal.params).toBeNull()
    expect(personal.favourite).toBe(true)
    expect(scaleTiers.filter(t => t.favourite)).toHaveLength(1)
    expect(scaleTiers.map(t => (t.cards === null
      ? null
      : formatCompact(t.cards)))).toEqual(['1万', '1000', '100', null])
    expect(scaleTiers.map(t => (t.params === null
      ? null
      : formatCompact(t.params)))).toEqual(['1万亿', '1000亿', '100亿', null])
  })

  it('keeps the timeline in the order things happened', () => {
    for (let i = 1; i < timelineEvents.length; i++) {
      const previous = timelineEvents[i - 1]!
      const event = timelineEvents[i]!
      // an event may not end before the previous one begins ('2024-03' may follow '2024-03-20')
      expect(isoDateToYear(event.date, 1), `${previous.id} → ${event.id}`).toBeGreaterThanOrEqual(isoDateToYear(previous.date, 0))
    }
  })

  it('labels the compute numbers as the speaker’s estimates', () => {
    expect(computeEstimates.map(e => formatCompact(e.cards))).toEqual(['1万', '2.5万', '10万'])
    for (const estimate of computeEstimates)
      expect(estimateLabels[estimate.estimate]).toBe('演讲者估计')
    expect(`${scalingMessage.title}：${scalingMessage.claim}`).toBe('规模效应：参数规模的增加对算力的需求几乎是平方关系')
  })

  it('writes DALL·E and transliterated names with U+00B7', () => {
    const text = JSON.stringify([timelineEvents, scaleTiers, computeEstimates])
    expect(text).not.toMatch(/DALL[-•・]E/)
    expect(text).toContain('DALL·E')
  })
})

describe('validateEntries', () => {
  const good = {
    id: 'chatgpt',
    date: '2022-11-30',
    label: 'ChatGPT 发布',
    source: 'openai-chatgpt',
  }
  const check = (entries: unknown[]) => () => validateEntries('data/timeline.ts', timelineEventSchema, entries)

  it('rejects a duplicate id, naming the file, the entry and the field', () => {
    expect(check([
      good,
      { ...good },
    ])).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “id”: duplicate id/)
  })

  it('rejects a date that is not on the calendar', () => {
    expect(check([
      { ...good, date: '2023-02-30' },
    ])).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “date”: .*2023-02-30/)
    expect(check([
      { ...good, date: '2022-11-31' },
    ])).toThrow('field “date”')
    expect(check([
      { ...good, date: '30.11.2022' },
    ])).toThrow('field “date”')
  })

  it('rejects a missing or unknown source', () => {
    const { source: _, ...withoutSource } = good
    expect(check([withoutSource])).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “source”: missing/)
    expect(check([
      { ...good, source: 'wikipedia' },
    ])).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “source”: unknown source “wikipedia”/)
  })

  it('rejects a zero or negative number', () => {
    const tier = {
      id: 'general',
      label: '通用模型',
      cards: 10_000,
      params: 1e12,
      source: 'kexue-xinwen-2024-04',
    }
    const checkTier = (entry: unknown) => () => validateEntries('data/scale-tiers.ts', scaleTierSchema, [entry])
    expect(checkTier({ ...tier, cards: -1 })).toThrow(/^data\/scale-tiers\.ts: entry “general” field “cards”/)
    expect(checkTier({ ...tier, params: 0 })).toThrow(/^data\/scale-tiers\.ts: entry “general” field “params”/)
    const estimate = { ...computeEstimates[0]! }
    expect(() => validateEntries('data/compute.ts', computeEstimateSchema, [
      { ...estimate, cards: 0 },
    ]))
      .toThrow(/^data\/compute\.ts: entry “gpt-3\.5” field “cards”/)
  })

  it('names an entry without an id by its index', () => {
    const { id: _, ...withoutId } = good
    expect(check([good, withoutId])).toThrow(/^data\/timeline\.ts: entry #1 field “id”/)
  })

  it('rejects a field no schema knows, and an empty label', () => {
    expect(check([
      { ...good, dat: '2022-11-30' },
    ])).toThrow('entry “chatgpt”')
    expect(check([
      { ...good, label: ' ' },
    ])).toThrow('field “label”')
  })

  it('rejects a fact check that cites an unknown source', () => {
    const checkEntry = {
      ...factChecks[0]!,
      sources: ['cosmo-cover', 'nope'],
    }
    expect(() => validateEntries('data/fact-checks.ts', factCheckSchema, [checkEntry]))
      .toThrow(/^data\/fact-checks\.ts: entry “first-ai-cover” field “sources\.1”: unknown source “nope”/)
  })

  it('accepts every known SourceId and nothing else', () => {
    for (const source of sources)
      expect(sourceIdSchema.safeParse(source.id).success).toBe(true)
    expect(sourceIdSchema.safeParse('nope').success).toBe(false)
  })
})
