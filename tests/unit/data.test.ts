import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { factChecks } from '../../data/fact-checks'
import { citeDetails, citeTitle, formatIsoDate, formatNumber, isoDateToYear, isRealIsoDate, magnitudeWord } from '../../data/format'
import { parts } from '../../data/parts'
import { scaleTiers } from '../../data/scale-tiers'
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
    expect([1e2, 1e3, 1e4, 1e10, 1e11, 1e12].map(value => magnitudeWord(value))).toEqual(['百', '千', '万', '百亿', '千亿', '万亿'])
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

  it('writes numbers, orders of magnitude and dates in English for the English deck', () => {
    expect([10_000, 25_000, 7e12, 200].map(value => formatNumber(value, 'en'))).toEqual(['10,000', '25,000', '7 trillion', '200'])
    expect([1e2, 1e4, 1e11, 1e12].map(value => magnitudeWord(value, 'en'))).toEqual(['100', '10,000', '100 billion', 'a trillion'])
    expect(['2022-11-30', '2016-08', '2015'].map(iso => formatIsoDate(iso, 'en'))).toEqual(['30 November 2022', 'August 2016', '2015'])
  })

  it('cites a source in either edition’s style, a description in its brackets', () => {
    const [kexue, llama2, markoff, gtc] = (['kexue-xinwen-2024-04', 'llama-2', 'markoff-book', 'gtc-panel'] as const).map(id => byId(sources, id, 'data/sources.ts'))
    expect([citeTitle(llama2!), citeTitle(llama2!, 'en')]).toEqual(['［Llama 2 条目］', '[Llama 2 entry]'])
    expect([citeTitle(kexue!, 'en'), citeTitle(gtc!, 'en'), citeTitle(markoff!, 'en')]).toEqual([
      '《通用大模型时代的人机关系》',
      '“‘You Transformed the World,’ NVIDIA CEO Tells Researchers Behind Landmark AI Paper”',
      'Machines of Loving Grace',
    ])
    expect([citeDetails(markoff!), citeDetails(markoff!, 'en')]).toEqual(['，2015 年；中文版《与机器人共舞》', ', 2015; Chinese edition 《与机器人共舞》'])
    expect([citeDetails(gtc!), citeDetails(gtc!, 'en')]).toEqual(['，2024 年 3 月 20 日', ', 20 March 2024'])
    // the publisher's line gives the year already
    expect(citeDetails(kexue!, 'en')).toBe('')
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
    label: { zh: 'ChatGPT 发布', en: 'ChatGPT released' },
    source: 'openai-chatgpt',
  }
  const check = (...entries: unknown[]) => () => validateEntries('data/timeline.ts', timelineEventSchema, entries)

  it('passes the real data, and every data module is checked', () => {
    expect(() => validateDataSets()).not.toThrow()
    // code, not data: the formatters, the schemas, the two editions' settings
    const modules = readdirSync('data').filter(name => !['format.ts', 'schema.ts', 'editions.ts'].includes(name))
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

  it('wants every word a slide shows in both languages, and says which entry and field lacks one', () => {
    expect(check({ ...good, label: { zh: 'ChatGPT 发布' } })).toThrow(/^data\/timeline\.ts: entry “chatgpt” field “label\.en”/)
    expect(check({ ...good, label: { zh: 'ChatGPT 发布', en: ' ' } })).toThrow('entry “chatgpt” field “label.en”')
    expect(check({ ...good, label: 'ChatGPT 发布' })).toThrow('entry “chatgpt” field “label”')
    expect(check({ ...good, label: { ...good.label, fr: 'ChatGPT publié' } })).toThrow('entry “chatgpt” field “label”')
    const topics = parts[0].topics.map((topic, i) => i === 1 ? { zh: topic.zh } : topic)
    expect(() => validateEntries('data/parts.ts', dataSets.find(set => set.file === 'data/parts.ts')!.schema, [{ ...parts[0], topics }]))
      .toThrow(/^data\/parts\.ts: entry “shocks” field “topics\.1\.en”/)
    const source = { id: 'x', about: { zh: '说明' }, publisher: 'P' }
    expect(() => validateEntries('data/sources.ts', sourceSchema, [source])).toThrow('entry “x” field “about.en”')
  })

  it('wants a published title or, where none is on record, a description, not both', () => {
    const source = { id: 'x', title: 'A title', publisher: 'P' }
    expect(() => validateEntries('data/sources.ts', sourceSchema, [source])).not.toThrow()
    expect(() => validateEntries('data/sources.ts', sourceSchema, [
      { ...source, about: { zh: '说明', en: 'A description' } },
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

  it('every fact check reads in the house style, in both languages', () => {
    for (const check of factChecks) {
      expect(typographyProblems(check.check.zh), check.id).toEqual([])
      expect(typographyProblems(check.check.en), check.id).toEqual([])
    }
  })

  it('every fact check quotes the talk’s words: the transcript’s, and in English the translation’s verbatim', () => {
    const [zh, en] = ['talk/transcript.md', 'talk/transcript.en.md'].map(file => readFileSync(file, 'utf8'))
    for (const check of factChecks) {
      // “……” marks words left out of the Chinese
      for (const piece of check.claim.zh.split('……'))
        expect(zh, check.id).toContain(piece)
      expect(en, check.id).toContain(check.claim.en)
    }
  })

  it('the tiers’ words a slide quotes are the translation’s, verbatim (p16)', () => {
    const p16 = readFileSync('talk/transcript.en.md', 'utf8').split('<!-- p16 -->')[1]!.split('<!--')[0]!
    for (const tier of scaleTiers) {
      for (const words of [('aside' in tier && tier.aside), ('deployment' in tier && tier.deployment)].filter(Boolean))
        expect(p16, tier.id).toContain((words as { en: string }).en)
    }
  })

  it('every text in data/ that a slide or a note shows reads in the house style, in both languages', () => {
    const machineFields = new Set(['id', 'date', 'url', 'source', 'sources'])
    const texts = (value: unknown): string[] => typeof value === 'string'
      ? [value]
      : Array.isArray(value) ? value.flatMap(texts) : value && typeof value === 'object' ? Object.values(value).flatMap(texts) : []
    const labels = dataSets.flatMap(set => set.entries.flatMap(entry => Object.entries(entry as object)
      .filter(([field]) => !machineFields.has(field))
      .flatMap(([, value]) => texts(value))))
    expect(labels.length).toBeGreaterThan(100)
    expect(labels.flatMap(typographyProblems)).toEqual([])
  })

  it('the English words of data/ are English: Chinese only in a title or publisher as published, or a title a description names', () => {
    const english = dataSets.flatMap(set => set.entries.flatMap(entry => Object.entries(entry as object)
      .filter(([field]) => !['title', 'publisher'].includes(field))
      .flatMap(([field, value]) => [value].flat().flatMap(item => item && typeof item === 'object' && 'en' in item ? [{ field, text: String(item.en) }] : []))))
    expect(english.length).toBeGreaterThan(50)
    // a Chinese title may stand in its original script, in 《》
    expect(english.filter(({ text }) => /\p{Script=Han}/u.test(text.replace(/《[^》]*》/gu, '')))).toEqual([])
  })
})
