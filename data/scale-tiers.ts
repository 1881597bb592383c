// The talk's four tiers of models (p16), “以 A100 为参考” (“taking the A100 as the reference”): cards and parameters as
// the orders of magnitude the speaker names. `aside` and `deployment` are the talk's words, quoted on the slides: in
// English verbatim from talk/transcript.en.md (p16).
import type { ScaleTier } from './schema'

export const referenceCard = 'A100'

export const scaleTiers = [
  { id: 'general', label: { zh: '通用模型', en: 'General' }, cards: 1e4, params: 1e12, source: 'kexue-xinwen-2024-04' },
  { id: 'industry', label: { zh: '行业级', en: 'Industry' }, cards: 1e3, params: 1e11, source: 'kexue-xinwen-2024-04' },
  { id: 'enterprise', label: { zh: '企业级', en: 'Enterprise' }, cards: 1e2, params: 1e10, aside: { zh: '这种少一些', en: 'somewhat fewer of these' }, source: 'kexue-xinwen-2024-04' },
  { id: 'personal', label: { zh: '个人大模型', en: 'Personal' }, deployment: { zh: '云、端的设备可以结合起来', en: 'the cloud and end devices can be combined' }, favourite: true, source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly ScaleTier[]
