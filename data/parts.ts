// The talk's three parts, in its order: the agenda lists them, each opens with a night slide under its numeral, and
// every slide of a part carries its colour (uno.config.ts). The names are the talk's: its two section headings, and
// its question at the turn to the second part (p10, “未来最大的技术机会在哪里？”).
import type { Part } from './schema'

export const parts = [
  { id: 'shocks', numeral: '一', title: '大模型令人震撼的三件事', topics: ['文生图', '文生文：ChatGPT', '文生视频：Sora'], source: 'kexue-xinwen-2024-04' },
  { id: 'opportunity', numeral: '二', title: '机会在哪里', topics: ['多模态', '产品设计'], source: 'kexue-xinwen-2024-04' },
  { id: 'reflections', numeral: '三', title: '对于人工智能发展的几点思考', topics: ['重新思考人机关系', '横扫所有垂直行业', '算力是门槛', '关注社会冲击', '智能的本质与涌现'], source: 'kexue-xinwen-2024-04' },
] as const satisfies readonly Part[]

export type PartId = typeof parts[number]['id']
