/**
 * npm run build [-- --base /talk/] : the static site in dist/, with the PDF
 * for visitors to download (headmatter `download: true`) and the social
 * preview image, both made in the Chromium that lib/chromium.ts finds.
 * The base path comes from --base, else $DECK_BASE, else “/”.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { requireChromium } from '../lib/chromium'
import { fail, parseOptions } from '../lib/cli'
import { repairIndexHtml } from '../lib/index-html'
import { renderOgImage } from '../lib/og-image'

const options = parseOptions('build', {
  base: { type: 'string', default: process.env.DECK_BASE || '/' },
  out: { type: 'string', default: 'dist' },
})
const base = options.base!
if (!base.startsWith('/') || !base.endsWith('/'))
  fail(`build: the base path must start and end with “/”, e.g. /talk/ (got “${base}”)`)

const executable = requireChromium('build')

const started = performance.now()
const args = [
  'build',
  '--base',
  base,
  '--out',
  options.out!,
  '--executable-path',
  executable,
]
const result = spawnSync('node_modules/.bin/slidev', args, { stdio: 'inherit', shell: process.platform === 'win32' })
if (result.status !== 0)
  fail(`build: slidev ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)

for (const page of ['index.html', '404.html'])
  repairIndexHtml(join(options.out!, page))

const image = await renderOgImage(options.out!, base)
if (!existsSync(image) || statSync(image).size === 0)
  fail(`build: the preview image ${image} was not written`)
console.log(`build: dist ready under base ${base} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
