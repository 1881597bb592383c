/**
 * The talk's compute numbers (p18): how many cards each GPT generation “可能需要”.
 * All three are the speaker's estimates, not published figures; the notes say
 * what the public record (../shared/talk/facts.md) has on each.
 */
import type { SourceId } from './sources'

export type EstimateKind = 'speaker'

/** how each kind of estimate is labelled on the slides */
export const estimateLabels: Record<EstimateKind, string> = {
  speaker: '演讲者估计',
}

export interface ComputeEstimate {
  id: string
  model: string
  /** computing cards (GPUs) the speaker estimates the model needs */
  cards: number
  estimate: EstimateKind
  /** what the public record says about the number */
  note: string
  source: SourceId
}

export const computeEstimates: readonly ComputeEstimate[] = [
  { id: 'gpt-3.5', model: 'GPT-3.5', cards: 10_000, estimate: 'speaker', note: '与微软 2020 年为 OpenAI 建造的超级计算机规模相当（GPT-3 时代）', source: 'kexue-xinwen-2024-04' },
  { id: 'gpt-4', model: 'GPT-4', cards: 25_000, estimate: 'speaker', note: '与 SemiAnalysis 2023 年 7 月的非官方爆料（A100）相符', source: 'kexue-xinwen-2024-04' },
  { id: 'gpt-5', model: 'GPT-5', cards: 100_000, estimate: 'speaker', note: '纯属推测，尚无公开记录', source: 'kexue-xinwen-2024-04' },
]

export interface TalkMessage {
  id: string
  /** the headline word the speaker uses */
  title: string
  /** the claim, as said */
  claim: string
  /** a short form for a chart */
  short: string
  source: SourceId
}

/** “规模效应：参数规模的增加对算力的需求几乎是平方关系” (p18) */
export const scalingMessage: TalkMessage = { id: 'scaling', title: '规模效应', claim: '参数规模的增加对算力的需求几乎是平方关系', short: '近似平方关系', source: 'kexue-xinwen-2024-04' }
