/**
 * Repairs to the index.html Slidev 53 writes. Its meta tags for description,
 * author and keywords pass the value through JSON.stringify before escaping,
 * so search engines and link previews would show the text in literal quotes
 * (content="&quot;沈向洋&quot;").
 */
import { readFileSync, writeFileSync } from 'node:fs'

const QUOTED_META = /(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g

export function unquoteMetaContent(html: string): string {
  return html.replace(QUOTED_META, '$1$2$3')
}

export function repairIndexHtml(file: string): void {
  writeFileSync(file, unquoteMetaContent(readFileSync(file, 'utf8')))
}
