import { defineConfig } from 'vite'

export default defineConfig({
  optimizeDeps: {
    // data/ validates with zod at import time. Vite's dev server finds it only
    // after the first slide loads, re-bundles and reloads the page, which makes
    // a first `slidev export` (it runs the dev server) print blank pages.
    include: ['zod'],
  },
  build: {
    // one stylesheet instead of one per chunk: fewer requests before slide 1
    cssCodeSplit: false,
  },
})
