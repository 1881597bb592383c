import process from 'node:process'
import { defineConfig } from 'vite'

export default defineConfig({
  // `slidev export` and `export-notes` run a dev server of their own, often
  // while `npm run present` (or the e2e suite's dev server) runs too: a cache
  // directory of their own keeps one server from rewriting the pre-bundled
  // dependencies the other is serving (scripts/export.ts sets it)
  cacheDir: process.env.DECK_VITE_CACHE_DIR || undefined,
  optimizeDeps: {
    // Slidev's dependency scan starts from its own client, so it never sees the
    // packages that our components and data import. Vite would find them only
    // when a slide first loads, re-bundle, and reload the page: a cold
    // `slidev export` then prints a blank or one-page PDF. Listed here instead;
    // tests/unit/optimize-deps.test.ts fails when an import is missing.
    include: ['uqr', 'zod'],
  },
  build: {
    // one stylesheet instead of one per chunk: fewer requests before slide 1
    cssCodeSplit: false,
  },
})
