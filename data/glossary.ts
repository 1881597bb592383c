// The terms the talk coins or plays on, and names, with the English this project's translation fixes for them
// (talk/transcript.en.md uses each as given; the English slides too). `note`: what the Chinese plays on.
import type { GlossaryEntry } from './schema'

export const glossary = [
  // p04, p06: the two prompts' sayings
  { id: 'yi-tu-sheng-qian-yan', zh: '一图胜千言', en: 'a picture is worth a thousand words', note: 'the proverb “a picture is worth a thousand words”, said of text-to-image' },
  { id: 'yi-ju-ding-yi-wan-ju', zh: '一句顶一万句', en: 'one line worth ten thousand', note: 'a 1960s set phrase (one sentence of his outweighs ten thousand of ours), used with a smile for a prompt that brings back many answers' },
  { id: 'wen-sheng-tu', zh: '文生图', en: 'text-to-image', note: 'the field’s shorthand 文生 X, “text begets X”' },
  { id: 'wen-sheng-wen', zh: '文生文', en: 'text-to-text', note: 'the field’s shorthand 文生 X, “text begets X”' },
  { id: 'wen-sheng-shi-pin', zh: '文生视频', en: 'text-to-video', note: 'the field’s shorthand 文生 X, “text begets X”' },
  // p08: from a battle to a dance
  { id: 'bai-mo-da-zhan', zh: '百模大战', en: 'the battle of a hundred models', note: '百团大战, the Hundred Regiments Offensive of 1940, with 团 (regiments) → 模 (models)' },
  { id: 'zhan', zh: '“战”', en: '“battle”', note: 'the 战 of 百模大战, taken up on its own: the same word as in “the battle of a hundred models”' },
  { id: 'qun-mo-luan-wu', zh: '群模乱舞', en: 'a pandemonium of models', note: '群魔乱舞 (demons dancing wildly) with 魔 → 模: not yet a war, a wild dance' },
  // p12
  { id: 'rang-tian-xia-mei-you-nan-du-de-lun-wen', zh: '让天下没有难读的论文', en: 'let no paper in the world be hard to read', note: 'Alibaba’s motto 让天下没有难做的生意 (“make it easy to do business anywhere”), with 生意 (business) → 论文 (papers)' },
  // p14, p15: the human–machine relationship
  { id: 'ren-ji-guan-xi', zh: '人机关系', en: 'the human–machine relationship' },
  { id: 'ren-ji-jiao-hu', zh: '人机交互', en: 'human–computer interaction' },
  { id: 'zhi-neng-zeng-qiang', zh: '智能增强', en: 'intelligence augmentation', note: 'IA, intelligence augmentation, set against AI: the machine as an amplifier of people' },
  // p16: sweeping the verticals, in three tiers
  { id: 'chui-zhi-hang-ye', zh: '垂直行业', en: 'vertical industries' },
  { id: 'wan-ka-wan-yi-can-shu', zh: '万卡、万亿参数', en: '10,000 cards and a trillion parameters' },
  { id: 'qian-ka-qian-yi-can-shu', zh: '千卡、千亿参数', en: 'a thousand cards and a hundred billion parameters' },
  { id: 'bai-ka-bai-yi-can-shu', zh: '百卡、百亿参数', en: 'a hundred cards and ten billion parameters' },
  // p17, p18: compute
  { id: 'pin-qiong-xian-zhi-le-xiang-xiang', zh: '贫穷限制了想象', en: 'poverty limits imagination', note: 'a popular saying, which the speaker then bends' },
  { id: 'pin-qiong-niu-qu-le-xiang-xiang-li', zh: '贫穷“扭曲”了我们的想象力', en: 'poverty has “distorted” our imagination', note: 'the saying bent: at the scale of 7 trillion dollars poverty does not only limit imagination, it “distorts” it; the scare quotes are the speaker’s' },
  { id: 'gui-mo-xiao-ying', zh: '规模效应', en: 'scale effect', note: 'the gains from scaling up compute, data and parameters (scaling), rather than economies of scale in cost' },
  { id: 'ping-fang-guan-xi', zh: '平方关系', en: 'a quadratic relationship', note: '“a square relation”: compute grows with the square of the parameters, as the speaker put it' },
  // p19, p20: social impact
  { id: 'ze-ren-you-xian-gong-si', zh: '责任有限公司', en: 'limited liability company', note: '有限责任公司, the legal form “limited liability company”, its words turned around: a search engine only points to what others wrote' },
  { id: 'ze-ren-wu-xian-gong-si', zh: '责任无限公司', en: 'unlimited liability company', note: 'the same legal form with 有限 → 无限: ChatGPT generates every sentence itself, so it answers for all of it' },
  { id: 'yi-ben-zheng-jing-di-hu-shuo-ba-dao', zh: '一本正经地胡说八道', en: 'talking nonsense with a perfectly straight face', note: 'a set phrase for confident fabrication: what is now called hallucination' },
  { id: 'shen-du-wei-zao', zh: '深度伪造', en: 'deepfakes', note: 'the calque of “deepfake”: 深度 (deep, as in deep learning) + 伪造 (forgery)' },
  // p13, p17, p23
  { id: 'tong-yong-ren-gong-zhi-neng', zh: '通用人工智能', en: 'artificial general intelligence' },
  { id: 'yong-xian', zh: '涌现', en: 'emergence', note: 'emergent abilities: new capabilities said to appear once a model is big enough, likened to a phase transition' },
  // names, as published in English
  { id: 'shen-xiang-yang', zh: '沈向洋', en: 'Harry Shum' },
  { id: 'yue-han-ma-er-ke-fu', zh: '约翰·马尔科夫', en: 'John Markoff' },
  { id: 'machines-of-loving-grace', zh: 'Machines of Loving Grace', en: 'Machines of Loving Grace' },
  { id: 'pu-li-ce-jiang', zh: '普利策奖', en: 'Pulitzer Prize' },
  { id: 'gary-marcus', zh: 'Gary Marcus', en: 'Gary Marcus' },
  { id: 'niu-yue-da-xue', zh: '纽约大学', en: 'New York University' },
  { id: 'sam-altman', zh: 'Sam Altman', en: 'Sam Altman' },
  { id: 'huang-ren-xun', zh: '黄仁勋', en: 'Jensen Huang' },
  { id: 'ying-wei-da', zh: '英伟达', en: 'NVIDIA' },
  { id: 'ying-wei-da-dgx', zh: '英伟达 DGX-1', en: 'NVIDIA DGX-1' },
  { id: 'ai-long-ma-si-ke', zh: '埃隆·马斯克', en: 'Elon Musk' },
  { id: 'yue-gang-ao-da-wan-qu-shu-zi-jing-ji-yan-jiu-yuan', zh: '粤港澳大湾区数字经济研究院', en: 'the International Digital Economy Academy (IDEA)' },
  { id: 'xiang-gang-ke-ji-da-xue', zh: '香港科技大学', en: 'the Hong Kong University of Science and Technology' },
  { id: 'mei-guo-guo-jia-gong-cheng-yuan', zh: '美国国家工程院', en: 'the US National Academy of Engineering' },
  { id: 'quan-qiu-kai-fa-zhe-xian-feng-da-hui', zh: '2024 全球开发者先锋大会', en: '2024 Global Developer Pioneer Summit' },
  { id: 'zhao-guang-li', zh: '赵广立', en: 'Zhao Guangli' },
] as const satisfies readonly GlossaryEntry[]
