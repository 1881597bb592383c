/** What the hosted deck and this project's servers send in headers: the security policy (netlify.toml and vercel.json carry the same), caching, a plain answer. */
import type { ServerResponse } from 'node:http'
import type { Edition } from '../data/editions.ts'
import process from 'node:process'

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

/** A one-line plain-text answer from the dev server's guard or the preview server; a 405 names the methods there are. */
export function answerText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...status === 405 && { allow: 'GET, HEAD' } }).end(`${text}\n`)
}

/**
 * The hosted deck's address, as the host's build knows it (`DECK_URL`: the build's --url, netlify.toml, vercel.json, the
 * Pages workflow), checked and ending in “/”. `from` names where it came from in the one-line error.
 */
export function hostedAddress(url: string, from = 'DECK_URL'): string {
  const parsed = URL.parse(url)
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.search || parsed.hash)
    throw new Error(`${from}: “${url}” is not the deck's http(s) address, e.g. https://example.org/talk/`)
  return parsed.href.replace(/\/?$/, '/')
}

/**
 * A preparser extension: the headmatter's `seoMeta.ogUrl` from DECK_URL (the site's address; an edition's under it, at its
 * path) unless the headmatter names one, so the cover's QR code, the reading edition's links and the canonical address
 * follow the host without editing slides.md.
 */
export function hostedAddressExtension(edition: Pick<Edition, 'path'>, url = process.env.DECK_URL): { name: string, transformSlide: (content: string, frontmatter: { seoMeta?: { ogUrl?: string } }) => Promise<undefined> } {
  let address: string | undefined
  try {
    address = url ? `${hostedAddress(url)}${edition.path}` : undefined
  }
  catch (error) {
    // the dev server still presents, without the QR code; `npm run build` has refused the address already
    console.error(`${(error as Error).message}: no QR code`)
  }
  return {
    name: 'hosted-address',
    transformSlide: async (_, frontmatter) => {
      // only the headmatter has seoMeta
      if (address && frontmatter.seoMeta && !frontmatter.seoMeta.ogUrl)
        frontmatter.seoMeta.ogUrl = address
    },
  }
}
