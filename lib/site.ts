/**
 * What the build adds to the site Slidev built, before the service worker lists its files (vite.config.ts): the
 * security policy and plain meta tags in index.html, slide 1 drawn into it (lib/prerender.ts), the reading edition.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { withBuiltSite } from './browser'
import { insertCspMeta, unquoteMetaContent } from './headers'
import { prerenderSlideOne } from './prerender'
import { writeReadingEdition } from './reading-edition'

export async function completeSite(outDir: string, base: string): Promise<void> {
  const started = performance.now()
  const index = join(outDir, 'index.html')
  writeFileSync(index, insertCspMeta(unquoteMetaContent(readFileSync(index, 'utf8'))))
  await withBuiltSite(outDir, async (site) => {
    await prerenderSlideOne(site, outDir, base)
    await writeReadingEdition(site, outDir, base)
  }, { base })
  // scripts/bench.ts reads this line
  process.stdout.write(`site: index.html completed, slide 1 drawn into it, the reading edition written in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
}
