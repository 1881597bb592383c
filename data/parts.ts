// The talk's three parts, in its order: the agenda lists them, each opens with a night slide under its numeral, and
// every slide of a part carries its colour (styles/palette.ts). The names are the talk's: its two section headings, and
// its question at the turn to the second part (p10, “未来最大的技术机会在哪里？”). In English (talk/transcript.en.md's
// headings, shortened where the agenda's column has no room for them) each title and topic is a line or two of the agenda.
import type { Part } from './schema'

export const parts = [
  {
    id: 'shocks',
    numeral: { zh: '一', en: '1' },
    title: { zh: '大模型令人震撼的三件事', en: 'Three stunning things' },
    topics: [{ zh: '文生图', en: 'Text-to-image' }, { zh: '文生文：ChatGPT', en: 'Text-to-text: ChatGPT' }, { zh: '文生视频：Sora', en: 'Text-to-video: Sora' }],
    source: 'kexue-xinwen-2024-04',
  },
  {
    id: 'opportunity',
    numeral: { zh: '二', en: '2' },
    title: { zh: '机会在哪里', en: 'Where the opportunity lies' },
    topics: [{ zh: '多模态', en: 'Multimodality' }, { zh: '产品设计', en: 'Product design' }],
    source: 'kexue-xinwen-2024-04',
  },
  {
    id: 'reflections',
    numeral: { zh: '三', en: '3' },
    title: { zh: '对于人工智能发展的几点思考', en: 'Thoughts on AI' },
    topics: [
      { zh: '重新思考人机关系', en: 'The human–machine relationship' },
      { zh: '横扫所有垂直行业', en: 'All vertical industries' },
      { zh: '算力是门槛', en: 'Computing power' },
      { zh: '关注社会冲击', en: 'The social impact' },
      { zh: '智能的本质与涌现', en: 'Intelligence and emergence' },
    ],
    source: 'kexue-xinwen-2024-04',
  },
] as const satisfies readonly Part[]

export type PartId = typeof parts[number]['id']
