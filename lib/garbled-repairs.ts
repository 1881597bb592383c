/**
 * The six spans of the scraped source that were mangled on the way to the web
 * (UTF-8 bytes read as GBK, then written back: one character becomes two rare
 * ones plus a `?`). Each is replaced by the words of the article as printed in
 * 《科学新闻》2024 年 4 月刊. The key is the span exactly as it stands in
 * `talk/source.txt`; the value is already Simplified Chinese.
 *
 * A span that is garbled but not in this table stops the transcript script
 * (see `assertNotGarbled` in lib/transcript.ts): a repair is always a decision
 * made here, never a guess.
 */
export interface GarbledRepair {
  /** the span as scraped, pinyin annotations included */
  garbled: string
  /** the article's words */
  repaired: string
  /** where it stands in talk/source.txt, for the reader of this table */
  line: number
}

export const garbledRepairs: readonly GarbledRepair[] = [
  { line: 19, garbled: '因?yàn)橛X(jué)得', repaired: '因为觉得' },
  { line: 27, garbled: '是因?yàn)樗鼛\uE746?lái)了', repaired: '是因为它带来了' },
  { line: 33, garbled: '我們?cè)诨浉郯拇鬄硡^(qū)', repaired: '我们在粤港澳大湾区' },
  { line: 49, garbled: '因?yàn)闆](méi)有資金', repaired: '因为没有资金' },
  { line: 51, garbled: '談?wù)摵芏嗟?ldquo;', repaired: '谈论很多的“' },
  { line: 61, garbled: '人們?cè)跀?shù)學(xué)方面', repaired: '人们在数学方面' },
]

/**
 * The source's real question marks (full-width `？` in the article, scraped as
 * `?`): the two characters either side, as they stand in talk/source.txt, and
 * the line they stand on (for the reader; tests/unit/transcript.test.ts checks
 * it). Every other `?` there is garbling the table above must repair, or an
 * edit: either stops the transcript script with line and column.
 */
export const realQuestionMarks: readonly { line: number, around: string }[] = [
  { line: 29, around: '思考?未來' },
  { line: 29, around: '哪里?我覺' },
  { line: 41, around: '哪里?許多' },
  { line: 43, around: ')的?又有' },
  { line: 43, around: '震撼?' },
  { line: 49, around: '概念?以前' },
  { line: 53, around: '什么?如果' },
  { line: 61, around: '什么?規(' },
  { line: 61, around: ')”?是否' },
  { line: 61, around: 'n)?這些' },
]
