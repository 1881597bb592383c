import type { Plugin, ResolvedConfig } from 'vite'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { devServerGuard } from './lib/dev-server-guard.ts'
import { checkNotes } from './lib/notes-check.ts'

/**
 * Vue's runtime-only build. Slidev points `vue` at the full build, which
 * carries the template compiler for components written as template strings at
 * run time; this deck has none (every component is a compiled SFC), and slide
 * 1 downloads 33 kB (gzip) less without it. An alias a plugin adds is tried
 * before those already set. tests/e2e/bundle.spec.ts fails when the compiler
 * is back in the build; the e2e suite renders every slide, click step and view
 * to prove nothing needs it.
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
 * Checks every data module against data/schema.ts when the dev server or a
 * build starts, and again in the dev server whenever a file in data/ changes.
 * The check never ships to the browser (see data/schema.ts).
 */
function validateData(): Plugin {
  // through tsx rather than an import here: each call reads the data afresh
  // (a new module namespace), and Vite's config loader stays out of data/
  const check = async (): Promise<void> => {
    const { tsImport } = await import('tsx/esm/api')
    const schemas: typeof import('./data/schema') = await tsImport('./data/schema.ts', import.meta.url)
    schemas.validateDataSets()
  }
  return {
    name: 'deck:validate-data',
    async buildStart() {
      await check()
    },
    configureServer(server) {
      server.watcher.on('change', async (file) => {
        if (!file.startsWith(`${server.config.root}/data/`))
          return
        try {
          await check()
        }
        catch (error) {
          const message = (error as Error).message
          server.config.logger.error(`[deck:validate-data] ${message}`, { timestamp: true })
          server.ws.send({
            type: 'error',
            err: { message, stack: '', plugin: 'deck:validate-data' },
          })
        }
      })
    },
  }
}

/**
 * The reading edition (read/, lib/reading-edition.ts), drawn from the built
 * deck's print view, which only `npm run build` has (scripts/build.ts passes
 * --download and sets DECK_READING_EDITION). Written when the bundle closes,
 * before vite-plugin-pwa's closeBundle (its plugin is `enforce: 'post'`)
 * generates the service worker from what is in the output then: Slidev gives
 * no way to configure its precache, and a page added later would be neither
 * precached nor reachable once the worker runs (it answers every unknown page
 * with the deck).
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
        // through tsx, as the data check: Vite's config loader stays out of data/
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
    checkNotes(),
    vueRuntimeOnly(),
    validateData(),
    readingEdition(),
  ],
  // `slidev export` runs a dev server of its own, often while `npm run present`
  // (or the e2e suite's dev server) runs too: a cache directory of its own
  // keeps one server from rewriting the pre-bundled dependencies the other is
  // serving (scripts/export.ts sets it)
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
  optimizeDeps: {
    // Slidev's dependency scan starts from its own client, so it never sees the
    // packages that our components import. Vite would find them only when a
    // slide first loads, re-bundle, and reload the page: a cold `slidev export`
    // then prints a blank or one-page PDF. Listed here instead;
    // tests/unit/optimize-deps.test.ts fails when an import is missing.
    include: ['uqr'],
  },
  build: {
    // one stylesheet instead of one per chunk: fewer requests before slide 1
    cssCodeSplit: false,
    // Fewer requests before slide 1: left alone, Slidev's client and this deck's
    // data modules come in dozens of chunks, most under 2 kB, each a request.
    // Two groups by where the code comes from join them, each with what only it
    // imports; components stay with the slides that use them. Rolldown then
    // ignores Slidev's own manualChunks, and says so in a warning.
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'slidev', test: /[\\/]node_modules[\\/]@slidev[\\/]client[\\/]/ },
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
