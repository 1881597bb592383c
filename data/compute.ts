/**
 * The talk's compute numbers (p18): how many cards each GPT generation
 * “可能需要”. All three are the speaker's estimates; the presenter's notes
 * say what the public record has on each (@check:compute-estimates).
 */
import type { ComputeEstimate } from './schema'

export const computeEstimates = [
  { id: 'gpt-3.5', model: 'GPT-3.5', cards: 10_000, source: 'kexue-xinwen-2024-04' },
  { id: 'gpt-4', model: 'GPT-4', cards: 25_000, source: 'kexue-xinwen-2024-04' },
  { id: 'gpt-5', model: 'GPT-5', cards: 100_000, source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly ComputeEstimate[]
