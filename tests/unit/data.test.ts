import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { factChecks } from '../../data/fact-checks'
import { formatIsoDate, formatNumber, isoDateToYear, isRealIsoDate, magnitudeWord } from '../../data/format'
import { dataSets, sourceSchema, timelineEventSchema, validateDataSets, validateEntries } from '../../data/schema'
import { byId, sourceNumber, sources } from '../../data/sources'
import { timelineEvents } from '../../data/timeline'
import { typographyProblems } from '../support/typography.ts'

describe('data/format.ts', () => {
  it('writes numbers the house way: a space before the Chinese unit', () => {
    expect(formatNumber(10_000)).toBe('1 万')
    expect(formatNumber(25_000)).toBe('2.5 万')
    expect(formatNumber(7e12)).toBe('7 万亿')
    expect(formatNumber(200)).toBe('200')
  })

  it('names orders of magnitude as the talk does', () => {
    expect([1e2, 1e3, 1e4, 1e10, 1e11, 1e12].map(magnitudeWord)).toEqual(['百', '千', '万', '百亿', '千亿', '万亿'])
    expect(() => magnitudeWord(2_500)).toThrow('not a power of ten')
  })

  it('formats ISO dates at the precision they have, never inventing a day', () => {
    expect(formatIsoDate('2016-08')).toBe('2016 年 8 月')
    expect(formatIsoDate('2022-11-30')).toBe('2022 年 11 月 30 日')
    expect(formatIsoDate('2015')).toBe('2015 年')
    expect(() => formatIsoDate('2023-02-30')).toThrow('2023-02-30')
  })

  it('knows real calendar dates', () => {
    expect(['2024-02-29', '2023', '2023-04'].map(isRealIsoDate)).toEqual([true, true, true])
    expect([
      '2023-02-29',
      '2023-13',
      '2023-00',
      '2023-04-31',
      '2023-4-1',
      '30.11.2022',
    ].map(isRealIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
  })

  it('places a date at the middle of the period it names', () => {
    expect(isoDateToYear('2016')).toBe(2016.5)
    expect(isoDateToYear('2016-07')).toBeCloseTo(2016 + 6.5 / 12)
    expect(isoDateToYear('2022-11-30')).toBeCloseTo(2022 + (10 + 29.5 / 30) / 12)
  })
})

describe('data validation', () => {
  const good = {
    id: 'chatgpt',
    date: '2022-11-30',
    label: 'ChatGPT 发布',
    source: 'openai-chatgpt',
  }
  const check = (...entries: unknown[]) => () => validateEntries('data/timeline.ts', timelineEventSchema, entries)

  it('passes the real data, and every data module is checked', () => {
    expect(() => validateDataSets()).not.toThrow()
    const modules = readdirSync('data').filter(name => !['format.ts', 'schema.ts'].includes(name))
    expect(new Set(dataSets.map(set => set.file))).toEqual(new Set(modules.map(name => `data/${name}`)))
  })

  it('names the file, the entry and the field of a bad entry', () => {
    expect(check(good, { ...good })).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “id”: the id is used twice/)
    expect(check({ ...good, date: '2022-11-31' })).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “date”: not a real ISO date .*2022-11-31/)
    expect(check({ ...good, source: 'wikipedia' })).toThrow(/field “source”: unknown source “wikipedia”/)
    const { source: _, ...unsourced } = good
    expect(check(unsourced)).toThrow(/field “source”: missing: every entry must cite a source/)
    const { id: __, ...anonymous } = good
    expect(check(good, anonymous)).toThrow(/^data\/timeline\.ts: entry #1 field “id”/)
    expect(check({ ...good, dat: '2022' })).toThrow('entry “chatgpt”')
  })

  it('wants a published title or, where none is on record, a description, not both', () => {
    const source = { id: 'x', title: 'A title', publisher: 'P' }
    expect(() => validateEntries('data/sources.ts', sourceSchema, [source])).not.toThrow()
    expect(() => validateEntries('data/sources.ts', sourceSchema, [
      { ...source, about: '说明' },
    ])).toThrow('field “title”')
    expect(() => validateEntries('data/sources.ts', sourceSchema, [
      { ...source, url: 'http://example.com' },
    ])).toThrow('field “url”')
  })

  it('finds an entry by id, and says which file lacks one', () => {
    expect(byId(timelineEvents, 'sora', 'data/timeline.ts').date).toBe('2024-02-15')
    expect(() => byId(timelineEvents, 'nope' as 'sora', 'data/timeline.ts')).toThrow('data/timeline.ts: no entry “nope”')
  })
})

describe('the facts', () => {
  const factSheet = readFileSync('docs/facts.md', 'utf8')

  it('every source can be followed to its row of docs/facts.md, by its id, its address and its date', () => {
    for (const source of sources) {
      const row = factSheet.split('\n').find(line => line.startsWith(`| \`${source.id}\` |`))
      expect(row, source.id).toBeDefined()
      if ('url' in source)
        expect(row, source.id).toContain(source.url)
      if ('date' in source)
        expect(row, source.id).toContain(source.date)
    }
    expect(sourceNumber('kexue-xinwen-2024-04')).toBe(1)
  })

  it('every fact check cites sources the references list, and none only where the fact sheet has no public source', () => {
    const listed = new Set<string>(sources.map(source => source.id))
    for (const check of factChecks)
      expect(check.sources.filter(id => !listed.has(id)), check.id).toEqual([])
    // docs/facts.md: “no public source for that count is on record”, “no public source is on record for these comparisons”
    expect(factChecks.filter(check => check.sources.length === 0).map(check => check.id)).toEqual(['model-count', 'compute-estimates'])
  })

  it('every fact check reads in the house style', () => {
    for (const check of factChecks)
      expect(typographyProblems(check.check), check.id).toEqual([])
  })

  it('every text in data/ that a slide or a note shows reads in the house style', () => {
    const machineFields = new Set(['id', 'date', 'url', 'source'])
    const labels = dataSets.flatMap(set => set.entries.flatMap(entry => Object.entries(entry as object)
      .filter(([field, value]) => !machineFields.has(field) && typeof value === 'string')
      .map(([, value]) => value as string)))
    expect(labels.flatMap(typographyProblems)).toEqual([])
  })
})
