// The talk's four tiers of models (p16), “以 A100 为参考”: cards and parameters as the orders of magnitude the speaker names.
import type { ScaleTier } from './schema'

export const referenceCard = 'A100'

export const scaleTiers = [
  { id: 'general', label: '通用模型', cards: 1e4, params: 1e12, source: 'kexue-xinwen-2024-04' },
  { id: 'industry', label: '行业级', cards: 1e3, params: 1e11, source: 'kexue-xinwen-2024-04' },
  { id: 'enterprise', label: '企业级', cards: 1e2, params: 1e10, aside: '这种少一些', source: 'kexue-xinwen-2024-04' },
  { id: 'personal', label: '个人大模型', deployment: '云、端的设备可以结合起来', favourite: true, source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly ScaleTier[]
