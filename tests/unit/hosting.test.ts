import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { completeIndexHtml } from '../../build/site.ts'
import { editions, siteRootOf } from '../../data/editions.ts'
import { CONTENT_SECURITY_POLICY, hostedAddress, hostedAddressExtension, IMMUTABLE_CACHE, META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../node/headers.ts'
import { APP_ROOT, OFFLINE_NOTICE } from '../../node/slidev.ts'

const netlify = readFileSync('netlify.toml', 'utf8')
const vercel = JSON.parse(readFileSync('vercel.json', 'utf8')) as {
  rewrites: { source: string, destination: string }[]
  headers: { source: string, headers: { key: string, value: string }[] }[]
}
const workflow = readFileSync('.github/workflows/pages.yml', 'utf8')

describe('hosting configs', () => {
  it('allow only the site itself', () => {
    for (const directive of CONTENT_SECURITY_POLICY.split('; ')) {
      const sources = directive.split(' ').slice(1)
      expect(sources.every(s => [
        '\'self\'',
        '\'none\'',
        '\'unsafe-inline\'',
        'data:',
        'blob:',
      ].includes(s)), directive).toBe(true)
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/)
    // inline code never: only inline style
    expect(CONTENT_SECURITY_POLICY.split('; ').filter(d => d.includes('unsafe-inline'))).toEqual([
      'style-src \'self\' \'unsafe-inline\'',
    ])
    expect(CONTENT_SECURITY_POLICY).toContain('script-src \'self\';')
  })

  it('put in a meta tag what a meta tag can hold: the header’s policy without frame-ancestors', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`)
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|report-uri|sandbox/)
    const html = completeIndexHtml('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<script type="module" src="/assets/index.js"></script>\n</head>', { base: '/talk/', siteBase: '/talk/' })
    expect(html).toContain(`<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}">\n<script`)
  })

  it('netlify.toml carries the same headers, caching and SPA fallback', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(netlify).toContain(`${name} = "${value}"`)
    expect(netlify).toMatch(/for = "\/assets\/\*"\s+\[headers\.values\]\s+Cache-Control = "public, max-age=31536000, immutable"/)
    expect(netlify).toMatch(/from = "\/\*"\s+to = "\/index\.html"\s+status = 200/)
    // the English edition's deep links to its own app, matched first
    expect(netlify).toMatch(/from = "\/en\/\*"\s+to = "\/en\/index\.html"\s+status = 200[\s\S]*from = "\/\*"/)
  })

  it('vercel.json carries the same headers, caching and SPA fallback', () => {
    const all = vercel.headers.find(h => h.source === '/(.*)')!.headers
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(all).toContainEqual({ key: name, value })
    expect(vercel.headers.find(h => h.source === '/assets/(.*)')!.headers).toContainEqual({ key: 'Cache-Control', value: IMMUTABLE_CACHE })
    expect(vercel.rewrites).toEqual([{ source: '/en/(.*)', destination: '/en/index.html' }, { source: '/(.*)', destination: '/index.html' }])
  })

  it('the GitHub Pages workflow pins every action to a commit and builds under the repository path', () => {
    const uses = Array.from(workflow.matchAll(/uses: (\S+)(.*)/g), m => `${m[1]}${m[2]}`)
    expect(uses.length).toBeGreaterThanOrEqual(5)
    for (const action of uses)
      expect(action, action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/)
    expect(workflow).toMatch(/DECK_BASE: \$\{\{ steps\.pages\.outputs\.base_path \}\}\//)
    expect(workflow).toMatch(/path: dist/)
    expect(workflow).toContain('run: npm audit --audit-level=high')
    expect(workflow).toContain('node-version-file: .nvmrc')
  })

  it('the GitHub Pages workflow lets only the deploy job deploy', () => {
    const [top, jobs = ''] = workflow.split('\njobs:\n')
    const job = (name: string): string => jobs.split(/\n(?= {2}[\w-]+:\n)/).find(block => block.trimStart().startsWith(`${name}:`)) ?? ''
    const permissions = (block: string): Record<string, string> => Object.fromEntries(
      Array.from(block.split('\n    permissions:\n')[1]?.matchAll(/^ {6}([\w-]+): (\w+)$/gm) ?? [], m => [m[1], m[2]]),
    )
    expect(top).toMatch(/^permissions: \{\}$/m)
    expect(permissions(job('build'))).toEqual({ contents: 'read', pages: 'read' })
    expect(permissions(job('deploy'))).toEqual({ 'pages': 'write', 'id-token': 'write' })
  })
})

describe('the hosted address (DECK_URL), which the QR code shows', () => {
  it('each host’s build passes its own address', () => {
    expect(workflow).toMatch(/DECK_URL: \$\{\{ steps\.pages\.outputs\.base_url \}\}\//)
    expect(netlify).toContain('DECK_URL=\\"$URL/\\" npm run build')
    expect(vercel).toMatchObject({ buildCommand: expect.stringContaining('DECK_URL=https://$VERCEL_PROJECT_PRODUCTION_URL/ npm run build') })
  })

  it('is an http(s) address ending in “/”, or a one-line error naming where it came from', () => {
    expect(hostedAddress('https://example.org/talk')).toBe('https://example.org/talk/')
    expect(hostedAddress('http://example.org')).toBe('http://example.org/')
    for (const bad of ['example.org/talk', 'javascript:alert(1)', 'https://example.org/?a=1', 'ftp://example.org/'])
      expect(() => hostedAddress(bad, 'build: --url'), bad).toThrow(`build: --url: “${bad}” is not the deck's http(s) address`)
  })

  it('in the dev server, a bad DECK_URL is one line and no QR code, not a deck that will not start', async () => {
    const errors: string[] = []
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line))
    const headmatter = { seoMeta: {} as { ogUrl?: string } }
    await hostedAddressExtension(editions[0], 'example.org/talk').transformSlide('', headmatter)
    spy.mockRestore()
    expect(errors).toEqual(['DECK_URL: “example.org/talk” is not the deck\'s http(s) address, e.g. https://example.org/talk/: no QR code'])
    expect(headmatter).toEqual({ seoMeta: {} })
  })

  it('fills the headmatter’s seoMeta.ogUrl unless slides.md names one, and touches no other slide', async () => {
    const { transformSlide } = hostedAddressExtension(editions[0], 'https://example.org/talk')
    const [headmatter, named, page] = [{ seoMeta: {} as { ogUrl?: string } }, { seoMeta: { ogUrl: 'https://kept.example/' } }, {}]
    for (const frontmatter of [headmatter, named, page])
      await transformSlide('', frontmatter)
    expect([headmatter, named, page]).toEqual([{ seoMeta: { ogUrl: 'https://example.org/talk/' } }, { seoMeta: { ogUrl: 'https://kept.example/' } }, {}])
  })
})

describe('index.html completed by the build', () => {
  it('takes the literal quotes out of Slidev’s meta tags and leaves the rest', () => {
    const html = '<meta name="description" content="&quot;沈向洋的演讲&quot;"><meta name="author" content="&quot;沈向洋&quot;"><meta property="og:title" content="&quot;kept&quot;">'
    expect(completeIndexHtml(html, { base: '/talk/', siteBase: '/talk/' })).toBe('<meta name="description" content="沈向洋的演讲"><meta name="author" content="沈向洋"><meta property="og:title" content="&quot;kept&quot;">')
  })

  it('makes the deck the page’s main landmark, and hides the offline notice over the slides', () => {
    const html = completeIndexHtml(`<head></head><body><div id="${APP_ROOT.slice(1)}"></div></body>`, { base: '/talk/', siteBase: '/talk/' })
    expect(html).toContain(`<div id="${APP_ROOT.slice(1)}" role="main">`)
    expect(html).toContain(`<style>${OFFLINE_NOTICE} { display: none !important }</style>\n</head>`)
  })

  it('preloads the fonts slide 1 sets its words in: the English edition no Chinese font', () => {
    const head = (lang: string): string => completeIndexHtml(`<html lang="${lang}"><head></head>`, { base: '/talk/en/', siteBase: '/talk/' })
    expect(head('zh-CN')).toContain('<link rel="preload" href="/talk/en/fonts/noto-sans-sc-400.woff2"')
    expect(head('en')).toContain('<link rel="preload" href="/talk/en/fonts/inter-400.woff2"')
    expect(head('en')).not.toContain('noto-sans-sc')
    // hreflang only with the hosted address: search engines take no other
    expect(head('en')).not.toContain('hreflang')
    expect(completeIndexHtml('<html lang="en"><head></head>', { base: '/talk/en/', siteBase: 'https://example.org/talk/' }))
      .toContain('<link rel="alternate" hreflang="zh-CN" href="https://example.org/talk/">\n<link rel="alternate" hreflang="en" href="https://example.org/talk/en/">')
  })
})

describe('the site’s root, from an edition’s address', () => {
  it('takes the edition’s path off its base or hosted address, with or without the closing slash', () => {
    expect(siteRootOf('/talk/en/', editions[1])).toBe('/talk/')
    expect(siteRootOf('https://example.org/talk/en', editions[1])).toBe('https://example.org/talk/')
    expect(siteRootOf('/talk/', editions[0])).toBe('/talk/')
    // an address that is not under the edition's path is left whole, not cut short
    expect(siteRootOf('/talk/', editions[1])).toBe('/talk/')
  })
})
