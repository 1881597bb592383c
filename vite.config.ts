import { relative, resolve } from 'node:path'
import process from 'node:process'
import { defineConfig } from 'vite'
import { fresh } from './node/cli.ts'
import { checkDeck } from './vite/deck-check.ts'
import { devServerGuard } from './vite/dev-server-guard.ts'

/** set by the build's completeSite step, called once the service worker is written */
let writePreviewImage: (() => void) | undefined

export default defineConfig({
  plugins: [
    devServerGuard(),
    checkDeck(),
    {
      // What the build adds to the built site (build/site.ts): written once the bundle is on disk, before
      // vite-plugin-pwa's closeBundle generates the service worker from the output, so that it is precached too;
      // the preview image after it, so that it is not
      name: 'deck:complete-site',
      apply: 'build',
      writeBundle: {
        order: 'post',
        sequential: true,
        async handler() {
          // through tsx: Vite's config loader stays out of data/
          const site = await fresh<typeof import('./build/site.ts')>('./build/site.ts', import.meta.url)
          const { root, build, base } = this.environment.config
          writePreviewImage = await site.completeSite(resolve(root, build.outDir), base)
        },
      },
      closeBundle: { order: 'post', sequential: true, handler: () => writePreviewImage?.() },
    },
    {
      // the print view in the built app, without the headmatter's `download: true` that would also have slidev build
      // print a PDF of its own (node/slidev.ts); after Slidev's config, whose value it replaces
      name: 'deck:print-view',
      apply: 'build',
      enforce: 'post',
      config: async () => ({ define: { [(await fresh<typeof import('./node/slidev.ts')>('./node/slidev.ts', import.meta.url)).PRINT_FEATURE]: 'true' } }),
    },
    {
      // Vue's runtime-only build: Slidev aliases `vue` to the full build, whose template compiler no
      // compiled SFC needs (33 kB gzip on slide 1; tests/e2e/built-files.spec.ts). A plugin's alias goes first
      name: 'deck:vue-runtime-only',
      config: () => ({ resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.runtime.esm-bundler.js' }] } }),
    },
  ],
  // Vite's CORS middleware would answer a preflight (OPTIONS) before the guard in vite/dev-server-guard.ts sees it;
  // the deck and its sync are same-origin
  server: { cors: false },
  // a second dev server on the same node_modules (the tests' copy of the project) keeps a dependency cache of
  // its own, so that neither rewrites what the other serves (tests/present/present.spec.ts sets it)
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
  // Slidev's dependency scan never sees what our components import: found late, it would make Vite
  // reload the page and a cold `slidev export` print a blank PDF (tests/unit/vite-config.test.ts)
  optimizeDeps: { include: ['uqr'] },
  build: {
    // the sizes that matter are what a visitor downloads, which npm run bench measures: no gzip report per chunk
    reportCompressedSize: false,
    // one stylesheet, not one per chunk: fewer requests before slide 1
    cssCodeSplit: false,
    // Slidev's client and the deck's own code would come in dozens of chunks under 2 kB, each a
    // request before slide 1: two groups join them
    rollupOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'slidev', test: /[\\/]node_modules[\\/](?:@slidev[\\/]client|workbox-window)[\\/]|virtual:pwa-register/ },
            // a picture (components/*Picture.vue) is one slide's: it stays in that slide's chunk, off slide 1's path
            { name: 'deck', test: (id: string) => /^(?:components|layouts|data)\/(?!.*Picture\.vue)/.test(relative(import.meta.dirname, id)) },
          ],
        },
      },
    },
  },
})
