/**
 * The talk's four scale tiers (p16), “以 A100 为参考”: the number of cards and
 * of parameters a model of each tier needs, exactly as the speaker said them.
 * Labels such as “1万” are derived by data/format.ts, not typed here.
 */
import type { SourceId } from './sources'

export interface ScaleTier {
  id: string
  /** the tier as the talk names it */
  label: string
  /** A100-class cards; null where the talk gives no number (the personal tier) */
  cards: number | null
  /** parameters; null where the talk gives no number */
  params: number | null
  /** where the model runs, where the talk says so instead of a size */
  deployment?: string
  /** the speaker's aside */
  note?: string
  /** the speaker's favourite: “我个人觉得最有意思的是个人大模型” */
  favourite?: boolean
  source: SourceId
}

/** the card the talk measures by */
export const referenceCard = 'A100'

export const scaleTiers: readonly ScaleTier[] = [
  { id: 'general', label: '通用模型', cards: 10_000, params: 1e12, source: 'kexue-xinwen-2024-04' },
  { id: 'industry', label: '行业级', cards: 1_000, params: 1e11, source: 'kexue-xinwen-2024-04' },
  { id: 'enterprise', label: '企业级', cards: 100, params: 1e10, note: '这种少一些', source: 'kexue-xinwen-2024-04' },
  { id: 'personal', label: '个人大模型', cards: null, params: null, deployment: '云 + 端', favourite: true, source: 'kexue-xinwen-2024-04' },
]
