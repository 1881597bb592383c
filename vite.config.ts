import type { Plugin } from 'vite'
import { resolve } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { devServerGuard } from './lib/dev-server-guard.ts'
import { checkNotes } from './lib/notes-check.ts'

/**
 * Slidev points `vue` at Vue's full build, which carries the template compiler
 * for components written as template strings at run time. This deck has none
 * (every component is a compiled SFC), so the runtime-only build is enough and
 * slide 1 downloads 33 kB (gzip) less. The e2e suite renders every slide,
 * click step and view to prove nothing needed the compiler.
 */
function vueRuntimeOnly(): Plugin {
  return {
    name: 'deck:vue-runtime-only',
    enforce: 'post', // after slidev:config has added its alias
    config(config) {
      const aliases = config.resolve?.alias
      if (!Array.isArray(aliases))
        return
      for (const alias of aliases) {
        if (alias.find === 'vue' && alias.replacement.endsWith('/vue.esm-bundler.js'))
          alias.replacement = alias.replacement.replace(/vue\.esm-bundler\.js$/, 'vue.runtime.esm-bundler.js')
      }
    },
  }
}

const slash = (path: string): string => path.replaceAll('\\', '/')

/** The Slidev client modules the slide view (`/1`, `/2`, …) needs before it shows a slide */
const SLIDE_VIEW_MODULES = /\/@slidev\/client\/(?:pages\/play\.vue|internals\/(?:IconButton|Modal|SlideContainer|SlideWrapper|DrawingLayer|DrawingPreview|DrawingControls|Draggable)\.vue|composables\/useDrawings\.ts|layouts\/default\.vue)$|\/@drauu\/core\//

/**
 * Fewer requests before slide 1. Slidev splits its client into many small
 * chunks, and Vite gives each of our components and data modules its own: slide
 * 1 waited on some 30 files, most under 2 kB. Two groups join them: the
 * slide view's own Slidev modules (`slidev/slide-view`), and everything in
 * components/, composables/ and data/ (`deck`). The bundler also moves into
 * these two the shared code only they use, so `deck` is larger than our own
 * code; slide 1 downloads the same bytes as before, in 18 files instead of 33.
 * Every other module keeps Slidev's chunking.
 */
function fewerChunks(): Plugin {
  return {
    name: 'deck:fewer-chunks',
    enforce: 'post', // after slidev:config has set its manualChunks
    config(config) {
      const output = config.build?.rollupOptions?.output
      if (!output || Array.isArray(output) || typeof output.manualChunks !== 'function')
        return
      const root = slash(resolve(config.root ?? process.cwd()))
      const slidevChunks = output.manualChunks
      output.manualChunks = (id, meta) => {
        const file = slash(id)
        if (['components', 'composables', 'data'].some(dir => file.startsWith(`${root}/${dir}/`)))
          return 'deck'
        if (SLIDE_VIEW_MODULES.test(file))
          return 'slidev/slide-view'
        return slidevChunks(id, meta)
      }
    },
  }
}

/**
 * Checks every data module against data/schemas.ts when the dev server or a
 * build starts, and again in the dev server whenever a file in data/ changes.
 * The check never ships to the browser (see data/schemas.ts).
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

export default defineConfig({
  plugins: [
    devServerGuard(),
    checkNotes(),
    vueRuntimeOnly(),
    fewerChunks(),
    validateData(),
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
  },
})
