/**
 * Every source the deck cites, from ../shared/talk/facts.md, in the order the
 * deck first cites them: a source's number on the slides is its position here
 * (1-based), so the references slide and the citations always agree.
 * Where facts.md gives no address, there is none: nothing here is invented.
 */
export interface Source {
  id: string
  /** title as published */
  title: string
  publisher: string
  /** https address, when facts.md gives one */
  url?: string
  /** when the source itself was published, where the record says: 2015, 2022-06 or 2022-06-11 */
  date?: string
}

export const sources = [
  { id: 'kexue-xinwen-2024-04', title: '通用大模型时代的人机关系（记者赵广立整理）', publisher: '《科学新闻》2024 年 4 月刊（封面），科学网 2024 年 9 月 10 日转载', date: '2024-04' },
  { id: 'meta-llama', title: 'Introducing LLaMA: A foundational, 65-billion-parameter large language model', publisher: 'Meta AI', url: 'https://ai.meta.com/blog/large-language-model-llama-meta-ai/', date: '2023-02-24' },
  { id: 'llama-2', title: 'Llama 2', publisher: 'AI Museum', url: 'https://alansalomon.ai/ai-museum/llama-2' },
  { id: 'dalle-1', title: 'DALL·E, draw me a sheep', publisher: 'Spiria', url: 'https://www.spiria.com/en/blog/tech-news-brief/dall-e-draw-me-a-sheep/' },
  { id: 'dalle-2', title: '2022: DALL·E 2', publisher: 'Center Consulting AI Library', url: 'https://centerconsulting.com/ai-library/milestones/2022-dall-e-2' },
  { id: 'cosmo-cover', title: 'Cosmo creates cover with AI', publisher: 'Masthead Online', url: 'https://mastheadonline.com/news/cosmo_creates_cover_with_ai/' },
  { id: 'economist-cover', title: 'How a computer designed this week’s cover', publisher: 'The Economist', url: 'https://www.economist.com/news/2022/06/11/how-a-computer-designed-this-weeks-cover', date: '2022-06-11' },
  { id: 'eldagsen', title: 'AI image wins Sony World Photography Awards, creator refuses prize', publisher: 'Rappler', url: 'https://www.rappler.com/technology/ai-image-wins-sony-world-photography-awards-creator-refuses/' },
  { id: 'openai-chatgpt', title: 'Introducing ChatGPT', publisher: 'OpenAI', url: 'https://openai.com/index/chatgpt/', date: '2022-11-30' },
  { id: 'openai-sora', title: 'Video generation models as world simulators', publisher: 'OpenAI', url: 'https://openai.com/research/video-generation-models-as-world-simulators', date: '2024-02-15' },
  { id: 'attention', title: 'Attention Is All You Need', publisher: 'arXiv:1706.03762 (NIPS 2017)', url: 'https://arxiv.org/abs/1706.03762', date: '2017-06-12' },
  { id: 'markoff-book', title: 'Machines of Loving Grace（中文版《与机器人共舞》）', publisher: 'John Markoff, 2015', date: '2015' },
  { id: 'dgx1-announce', title: 'Jensen Huang delivered AI computer to Elon Musk and OpenAI', publisher: 'Michigan Digital News', url: 'https://michigandigitalnews.com/index.php/2024/02/22/jensen-huang-delivered-ai-computer-to-elon-musk-and-openai', date: '2024-02-22' },
  { id: 'dgx1-openai', title: 'Elon Musk reminisces about the time Jensen Huang donated a DGX-1 to OpenAI', publisher: 'Tom’s Hardware', url: 'https://www.tomshardware.com/tech-industry/artificial-intelligence/elon-musk-reminisces-about-the-time-jensen-huang-donated-a-dgx-1-to-openai-shares-photo-gallery' },
  { id: 'wsj-altman', title: 'Sam Altman Seeks Trillions of Dollars to Reshape Business of Chips and AI', publisher: 'The Wall Street Journal', url: 'https://www.wsj.com/tech/ai/sam-altman-seeks-trillions-of-dollars-to-reshape-business-of-chips-and-ai-89ab3db0', date: '2024-02-08' },
  { id: 'gtc-panel', title: 'GTC 2024: Jensen Huang and the Transformer authors', publisher: 'NVIDIA Blog', url: 'https://blogs.nvidia.com/blog/gtc-2024-transformer-ai-research-panel-jensen/' },
  { id: 'hkust-emergence', title: 'Mathematical Theory for Emergent Intelligence', publisher: 'HKUST Institute for Advanced Study', url: 'https://ias.hkust.edu.hk/events/mathematical-theory-for-emergent-intelligence' },
] as const satisfies readonly Source[]

export type SourceId = typeof sources[number]['id']

/** The number a slide shows for a source: its 1-based position above. */
export function sourceNumber(id: SourceId): number {
  return sources.findIndex(source => source.id === id) + 1
}
