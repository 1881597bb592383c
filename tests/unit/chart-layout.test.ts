import { describe, expect, it } from 'vitest'
import { layoutTimeline, linearShares, logShares, seededRandom } from '../../components/chart-layout.ts'
import { isoDateToYear } from '../../data/format'
import { timelineEvents } from '../../data/timeline'

describe('bar scales', () => {
  it('puts decades at equal steps on a log scale that starts a decade below the smallest value', () => {
    expect(logShares([1e4, 1e3, 1e2])).toEqual([1, 2 / 3, 1 / 3])
    expect(logShares([1e12, 1e11, 1e10])).toEqual([1, 2 / 3, 1 / 3])
  })

  it('fills the track with the largest value on a linear scale', () => {
    expect(linearShares([10_000, 25_000, 100_000])).toEqual([0.1, 0.25, 1])
  })
})

describe('layoutTimeline', () => {
  const options = {
    from: 2022,
    to: 2024,
    width: 800,
    labelWidth: 150,
    gap: 16,
  }
  const apart = (labels: { left: number }[], width: number, gap: number) =>
    labels.every((label, i) => i === 0 || label.left >= labels[i - 1]!.left + width + gap)

  it('keeps every point where time puts it, and every label inside the axis and clear of the next', () => {
    const times = [2022.1, 2022.6, 2023.9]
    const labels = layoutTimeline(times, options)
    expect(labels.map(l => l.x)).toEqual(times.map(t => ((t - 2022) / 2) * 800))
    expect(labels.every(l => l.left >= 0 && l.left + 150 <= 800)).toBe(true)
    expect(apart(labels, 150, 16)).toBe(true)
    // each label starts or ends at its own point
    expect(labels.every(l => (l.anchor === 'start'
      ? l.left
      : l.left + 150) === l.x)).toBe(true)
  })

  it('turns a label back towards its point when the next one needs the room', () => {
    const labels = layoutTimeline([2022.5, 2022.85], options)
    expect(labels.map(l => l.anchor)).toEqual(['end', 'start'])
    expect(apart(labels, 150, 16)).toBe(true)
  })

  it('refuses events too close for their labels', () => {
    expect(() => layoutTimeline([2022.5, 2022.55, 2022.6], options)).toThrow('show fewer events')
  })

  it('lays out the events the deck shows', () => {
    const shown = timelineEvents.filter(e => ['cosmo-cover', 'chatgpt', 'sora'].includes(e.id)).map(e => isoDateToYear(e.date))
    const to = isoDateToYear(timelineEvents.find(e => e.id === 'this-talk')!.date)
    expect(() => layoutTimeline(shown, {
      from: shown[0]! - 0.5,
      to,
      width: 852,
      labelWidth: 180,
    })).not.toThrow()
  })
})

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, another for another, every value in [0, 1)', () => {
    const take = (seed: number): number[] => Array.from({ length: 200 }, seededRandom(seed))
    expect(take(7)).toEqual(take(7))
    expect(take(7)).not.toEqual(take(8))
    expect(take(2024).every(value => value >= 0 && value < 1)).toBe(true)
    expect(new Set(take(2024)).size).toBe(200)
  })
})
