import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

// vite.config.ts swaps Vue's full build for the runtime-only one. The full
// build's template compiler links its errors to this page, minified or not.
test('the built site ships no Vue template compiler', () => {
  const scripts = readdirSync('dist/assets', { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.js'))
  expect(scripts.length).toBeGreaterThan(0)
  expect(scripts.filter(file => readFileSync(join('dist/assets', file), 'utf8').includes('vuejs.org/error-reference/#compiler-'))).toEqual([])
})
