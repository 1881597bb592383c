/**
 * The six spans of talk/source.txt mangled on the way to the web (UTF-8 read as GBK and written back: one character
 * becomes two rare ones plus a `?`), each with the words printed in 《科学新闻》2024 年 4 月刊, in Simplified Chinese.
 * Any other garbled span stops the transcript script: a repair is decided here, never guessed. `line`: for the reader.
 */
export const garbledRepairs: readonly { line: number, garbled: string, repaired: string }[] = [
  { line: 19, garbled: '因?yàn)橛X(jué)得', repaired: '因为觉得' },
  { line: 27, garbled: '是因?yàn)樗鼛\uE746?lái)了', repaired: '是因为它带来了' },
  { line: 33, garbled: '我們?cè)诨浉郯拇鬄硡^(qū)', repaired: '我们在粤港澳大湾区' },
  { line: 49, garbled: '因?yàn)闆](méi)有資金', repaired: '因为没有资金' },
  { line: 51, garbled: '談?wù)摵芏嗟?ldquo;', repaired: '谈论很多的“' },
  { line: 61, garbled: '人們?cè)跀?shù)學(xué)方面', repaired: '人们在数学方面' },
]

/**
 * The source's real question marks (`？` in the article, scraped as `?`) by the two characters either side, and
 * their line (tests/unit/transcript.test.ts checks it). Any other `?` is garbling to repair above, or an edit.
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
