/** Repairs to the index.html and 404.html Slidev 53 writes, made by `npm run build`. */
import { META_CONTENT_SECURITY_POLICY } from './headers'

/** Slidev JSON-quotes these values, so link previews would show them in literal quotes */
export function unquoteMetaContent(html: string): string {
  return html.replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, '$1$2$3')
}

/** first in <head> after the charset: a meta policy covers only what comes after it */
export function insertCspMeta(html: string): string {
  return html.replace(/<meta charset="utf-8">/i, `$&\n<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
}
