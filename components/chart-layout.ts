/** Layout maths for the deck's charts: pure functions the components call and the unit tests check. */

/**
 * Shares (0–1) of a bar track for values on a log scale over whole decades, from one decade below the
 * smallest value up to the largest: 100, 1 000 and 10 000 fill a third, two thirds and the whole of the track.
 */
export function logShares(values: readonly number[]): number[] {
  const logs = values.map(Math.log10)
  const from = Math.floor(Math.min(...logs)) - 1
  const to = Math.ceil(Math.max(...logs))
  return logs.map(log => (log - from) / (to - from))
}

/** Shares (0–1) of a bar track on a linear scale: the largest value fills it. */
export function linearShares(values: readonly number[]): number[] {
  const max = Math.max(...values)
  return values.map(value => value / max)
}

/** `x`: the event's point on the axis; `left`: its label box, which starts at the point, or ends there when that keeps it clear */
interface TimelineLabel { x: number, left: number, anchor: 'start' | 'end' }
interface Axis { from: number, to: number, width: number, labelWidth: number, gap?: number }

/**
 * Places events on a time-true axis `width` wide (times in fractional years, in order; the axis runs from
 * `from` to `to`) with every label on one side of it, each `labelWidth` wide and at least `gap` from the next.
 * Throws when no placement keeps them apart: then the slide needs fewer events.
 */
export function layoutTimeline(times: readonly number[], { from, to, width, labelWidth, gap = 16 }: Axis): TimelineLabel[] {
  const place = (i: number, clearFrom: number): TimelineLabel[] | undefined => {
    if (i === times.length)
      return []
    const x = ((times[i]! - from) / (to - from)) * width
    for (const anchor of ['start', 'end'] as const) {
      const left = anchor === 'start' ? x : x - labelWidth
      const fits = left >= Math.max(0, clearFrom) && left + labelWidth <= width
      const rest = fits ? place(i + 1, left + labelWidth + gap) : undefined
      if (rest)
        return [{ x, left, anchor }, ...rest]
    }
    return undefined
  }
  const placed = place(0, 0)
  if (!placed)
    throw new Error(`layoutTimeline: no room for ${times.length} labels ${labelWidth} px wide on ${width} px: show fewer events`)
  return placed
}

/**
 * A repeatable random sequence in [0, 1) (a linear congruential generator): a picture scattered from a fixed seed is the
 * same on screen, in print and in every export.
 */
export function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296
    return state / 4294967296
  }
}
