/** The hosted deck's security headers (netlify.toml and vercel.json carry the same), and the build's repairs to index.html. */
import type { ServerResponse } from 'node:http'

/** What a meta tag can carry: the build puts it into index.html and 404.html for hosts that send no headers (GitHub Pages). */
export const META_CONTENT_SECURITY_POLICY = [
  `default-src 'self'`,
  `script-src 'self'`,
  // Vue and Slidev set style attributes at run time, and Slidev's client writes <style> elements (print @page size, colour switch)
  `style-src 'self' 'unsafe-inline'`,
  `img-src 'self' data: blob:`,
  // Vite inlines font files under 4 KB as data: URIs
  `font-src 'self' data:`,
  `connect-src 'self'`,
  `worker-src 'self'`,
  `manifest-src 'self'`,
  `object-src 'none'`,
  `base-uri 'self'`,
  `form-action 'self'`,
].join('; ')

/** frame-ancestors works only in a header (a meta tag's is ignored) */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // only what the deck never uses: fullscreen, the presenter's wake lock and screen capture keep their default
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}

/** hashed build output never changes under its name: cache it for a year */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

/** Slidev JSON-quotes these values, so link previews would show them in literal quotes */
export function unquoteMetaContent(html: string): string {
  return html.replace(/(<meta name="(?:description|author|keywords)" content=")&quot;(.*?)&quot;(">)/g, '$1$2$3')
}

/** first in <head> after the charset: a meta policy covers only what comes after it */
export function insertCspMeta(html: string): string {
  return html.replace(/<meta charset="utf-8">/i, `$&\n<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">`)
}

/** A one-line plain-text answer from the dev server's guard or the preview server; a 405 names the methods there are. */
export function answerText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...status === 405 && { allow: 'GET, HEAD' } }).end(`${text}\n`)
}
