import type { Plugin, ResolvedConfig } from 'vite'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { checkDeck } from './lib/deck-check.ts'
import { devServerGuard } from './lib/dev-server-guard.ts'

/**
 * Vue's runtime-only build: Slidev points `vue` at the full build, whose
 * template compiler this deck never uses (every component is a compiled SFC);
 * slide 1 downloads 33 kB (gzip) less without it. A plugin's alias is tried
 * before those already set. tests/e2e/bundle.spec.ts fails when the compiler
 * is back.
 */
function vueRuntimeOnly(): Plugin {
  return {
    name: 'deck:vue-runtime-only',
    config: () => ({
      resolve: {
        alias: [
          { find: /^vue$/, replacement: 'vue/dist/vue.runtime.esm-bundler.js' },
        ],
      },
    }),
  }
}

/**
 * The reading edition (read/, lib/reading-edition.ts), drawn from the built
 * deck's print view, which only `npm run build` has (it passes --download and
 * sets DECK_READING_EDITION). Written when the bundle closes, before
 * vite-plugin-pwa's closeBundle (`enforce: 'post'`) generates the service
 * worker from what is in the output then: a page added later would be neither
 * precached nor reachable once the worker runs.
 */
function readingEdition(): Plugin {
  let config: ResolvedConfig
  // the bundle closes after a failed build too, with nothing written
  let written = false
  return {
    name: 'deck:reading-edition',
    apply: () => process.env.DECK_READING_EDITION === '1',
    configResolved(resolved) {
      config = resolved
    },
    writeBundle() {
      written = true
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (!written)
          return
        // through tsx: Vite's config loader stays out of data/
        const { tsImport } = await import('tsx/esm/api')
        const edition: typeof import('./lib/reading-edition') = await tsImport('./lib/reading-edition.ts', import.meta.url)
        await edition.writeReadingEdition(resolve(config.root, config.build.outDir), config.base)
      },
    },
  }
}

export default defineConfig({
  plugins: [
    devServerGuard(),
    checkDeck(),
    vueRuntimeOnly(),
    readingEdition(),
  ],
  // `slidev export` runs a dev server of its own, often beside `npm run
  // present`: its own cache directory keeps one server from rewriting the
  // pre-bundled dependencies the other serves (scripts/export.ts sets it)
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
  optimizeDeps: {
    // Slidev's dependency scan starts from its own client and never sees what
    // our components import: Vite would find it when a slide first loads,
    // re-bundle and reload the page, and a cold `slidev export` would print a
    // blank PDF. tests/unit/optimize-deps.test.ts fails when one is missing.
    include: ['uqr'],
  },
  build: {
    // one stylesheet instead of one per chunk: fewer requests before slide 1
    cssCodeSplit: false,
    // Slidev's client and the deck's data modules would come in dozens of
    // chunks, most under 2 kB; two groups by origin join them (components stay
    // with their slides). Slidev's pages other than the slide view (presenter,
    // overview, print…) stay out of the first group: each loads with its own
    // route, not with slide 1. Rolldown then ignores Slidev's manualChunks, and warns.
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'slidev', test: /[\\/]node_modules[\\/]@slidev[\\/]client[\\/](?!pages[\\/](?!play\.vue))/ },
            {
              name: 'data',
              test: (id: string) => id.startsWith(join(import.meta.dirname, 'data/')),
            },
          ],
        },
      },
    },
  },
})
