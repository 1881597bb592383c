// Every source the deck cites, from docs/facts.md, in the order the talk first needs them:
// a source's number on the slides and in the notes is its position here (1-based). A `title` and a `publisher` are as
// published, in their original script, in both editions; an `about` or an `edition` is ours, in both languages.
import type { Source } from './schema'

export const sources = [
  { id: 'kexue-xinwen-2024-04', title: '通用大模型时代的人机关系', publisher: { zh: '《科学新闻》2024 年 4 月刊（封面），科学网 2024 年 9 月 10 日转载', en: '《科学新闻》 (Science News), April 2024 cover story; reprinted on 科学网, 10 September 2024' }, date: '2024-04' },
  { id: 'meta-llama', title: 'Introducing LLaMA: A foundational, 65-billion-parameter large language model', publisher: 'Meta AI', url: 'https://ai.meta.com/blog/large-language-model-llama-meta-ai/', date: '2023-02-24' },
  { id: 'llama-2', about: { zh: 'Llama 2 条目', en: 'Llama 2 entry' }, publisher: 'AI Museum', url: 'https://alansalomon.ai/ai-museum/llama-2' },
  { id: 'cosmo-cover', title: 'Cosmo creates cover with AI', publisher: 'Masthead Online', url: 'https://mastheadonline.com/news/cosmo_creates_cover_with_ai/', date: '2022-06-29' },
  { id: 'economist-cover', title: 'How a computer designed this week’s cover', publisher: 'The Economist', url: 'https://www.economist.com/news/2022/06/11/how-a-computer-designed-this-weeks-cover', date: '2022-06-11' },
  { id: 'eldagsen', title: 'AI-made image wins at Sony World Photography Awards, creator refuses award', publisher: 'Rappler', url: 'https://www.rappler.com/technology/ai-image-wins-sony-world-photography-awards-creator-refuses/' },
  { id: 'openai-chatgpt', title: 'Introducing ChatGPT', publisher: 'OpenAI', url: 'https://openai.com/index/chatgpt/', date: '2022-11-30' },
  { id: 'openai-sora', title: 'Video generation models as world simulators', publisher: 'OpenAI', url: 'https://openai.com/research/video-generation-models-as-world-simulators', date: '2024-02-15' },
  { id: 'dalle-1', about: { zh: '第一代 DALL·E 简介', en: 'An introduction to the first DALL·E' }, publisher: 'Spiria', url: 'https://www.spiria.com/en/blog/tech-news-brief/dall-e-draw-me-a-sheep/' },
  { id: 'dalle-2', about: { zh: 'DALL·E 2（2022 年）条目', en: 'DALL·E 2 (2022) entry' }, publisher: 'Center Consulting AI Library', url: 'https://centerconsulting.com/ai-library/milestones/2022-dall-e-2' },
  { id: 'markoff-book', title: 'Machines of Loving Grace', book: true, publisher: 'John Markoff', date: '2015', edition: { zh: '中文版《与机器人共舞》', en: 'Chinese edition 《与机器人共舞》' } },
  { id: 'dgx1-openai', title: 'Elon Musk reminisces about the time Jensen Huang donated a DGX-1 to OpenAI, shares photo gallery', publisher: 'Tom’s Hardware', url: 'https://www.tomshardware.com/tech-industry/artificial-intelligence/elon-musk-reminisces-about-the-time-jensen-huang-donated-a-dgx-1-to-openai-shares-photo-gallery', date: '2024-02' },
  { id: 'dgx1-announce', about: { zh: 'DGX-1 的发布与交付 OpenAI', en: 'The launch of DGX-1 and its delivery to OpenAI' }, publisher: 'Michigan Digital News', url: 'https://michigandigitalnews.com/index.php/2024/02/22/jensen-huang-delivered-ai-computer-to-elon-musk-and-openai', date: '2024-02-22' },
  { id: 'wsj-altman', title: 'Sam Altman Seeks Trillions of Dollars to Reshape Business of Chips and AI', publisher: 'The Wall Street Journal', url: 'https://www.wsj.com/tech/ai/sam-altman-seeks-trillions-of-dollars-to-reshape-business-of-chips-and-ai-89ab3db0', date: '2024-02-08' },
  { id: 'attention', title: 'Attention Is All You Need', publisher: { zh: 'arXiv:1706.03762（NIPS 2017）', en: 'arXiv:1706.03762 (NIPS 2017)' }, url: 'https://arxiv.org/abs/1706.03762', date: '2017-06-12' },
  { id: 'gtc-panel', title: '‘You Transformed the World,’ NVIDIA CEO Tells Researchers Behind Landmark AI Paper', publisher: 'NVIDIA Blog', url: 'https://blogs.nvidia.com/blog/gtc-2024-transformer-ai-research-panel-jensen/', date: '2024-03-20' },
  { id: 'hkust-emergence', title: 'Mathematical Theory for Emergent Intelligence', publisher: 'HKUST Institute for Advanced Study', url: 'https://ias.hkust.edu.hk/events/mathematical-theory-for-emergent-intelligence', date: '2023-07' },
] as const satisfies readonly Source[]

export type { SourceId } from './schema'

/** The number a slide or a note shows for a source: its 1-based position above. */
export function sourceNumber(id: string): number {
  return sources.findIndex(source => source.id === id) + 1
}

/** The entry with this id; the ids are literal types, so a wrong one is a type error first. */
export function byId<T extends { id: string }>(entries: readonly T[], id: T['id'], file: string): T {
  const found = entries.find(entry => entry.id === id)
  if (!found)
    throw new Error(`${file}: no entry “${id}”`)
  return found
}
