import { fileURLToPath } from 'node:url'
import Vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [Vue()],
  // the components' Slidev context, one fake for every test file
  resolve: { alias: { '@slidev/client': fileURLToPath(new URL('tests/support/slidev-client.ts', import.meta.url)) } },
  // files share one module graph instead of importing Vue, happy-dom and the deck's modules afresh each
  test: { include: ['tests/unit/**/*.test.ts'], isolate: false, setupFiles: ['tests/support/unit-setup.ts'] },
})
