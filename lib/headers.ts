/**
 * The security headers the hosted deck is served with. netlify.toml and
 * vercel.json carry the same values (a unit test holds them equal), and the
 * end-to-end tests serve the built site with them to prove it runs.
 */
export const CONTENT_SECURITY_POLICY = [
  `default-src 'self'`,
  `script-src 'self'`,
  // Vue and Slidev set style attributes on elements at run time
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
  `frame-ancestors 'none'`,
].join('; ')

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

/** hashed build output never changes under its name: cache it for a year */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
