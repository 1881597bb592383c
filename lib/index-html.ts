/**
 * Repairs to the index.html (and 404.html) Slidev 53 writes, made by
 * `npm run build`:
 * - its meta tags for description, author and keywords pass the value through
 *   JSON.stringify before escaping, so search engines and link previews would
 *   show the text in literal quotes (content="&quot;沈向洋&quot;");
 * - the Content-Security-Policy as a meta tag, first in <head> after the
 *   charset: it covers only what comes after it.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { META_CONTENT_SECURITY_POLICY } from './headers'

const QUOTED_META = /(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g

export function unquoteMetaContent(html: string): string {
  return html.replace(QUOTED_META, '$1$2$3')
}

export function insertCspMeta(html: string): string {
  return html.replace(/<meta charset="utf-8">/i, `$&\n<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
}

export function repairIndexHtml(file: string): void {
  writeFileSync(file, insertCspMeta(unquoteMetaContent(readFileSync(file, 'utf8'))))
}
