// How many cards each GPT generation “可能需要” (p18): the speaker's estimates; @check:compute-estimates says what the record has.
import type { ComputeEstimate } from './schema'

export const computeEstimates = [
  { id: 'gpt-3.5', model: 'GPT-3.5', cards: 10_000, source: 'kexue-xinwen-2024-04' },
  { id: 'gpt-4', model: 'GPT-4', cards: 25_000, source: 'kexue-xinwen-2024-04' },
  { id: 'gpt-5', model: 'GPT-5', cards: 100_000, source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly ComputeEstimate[]
