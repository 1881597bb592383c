import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import viteConfig from '../../vite.config'

/**
 * The folders whose code runs in the browser and that Slidev's dependency scan
 * never reads (setup/ holds only the Node-side preparser)
 */
const CLIENT_DIRS = ['components', 'data', 'styles']
/** Packages Slidev's own client already imports, so its scan pre-bundles them */
const PROVIDED = [/^vue$/, /^@slidev\//]

/** Bare package names imported at run time (not `import type`) by a source text */
function runtimeImports(source: string): string[] {
  const names = new Set<string>()
  for (const [, specifier = ''] of source.matchAll(/^import(?!\s+type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('~') || specifier.includes(':'))
      continue
    const parts = specifier.split('/')
    names.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
  }
  return [...names]
}

function sourceFiles(): string[] {
  return CLIENT_DIRS.flatMap(dir => readdirSync(dir)
    .filter(name => /\.(?:ts|vue)$/.test(name))
    .map(name => join(dir, name)))
}

describe('vite.config.ts optimizeDeps.include', () => {
  it('the import scanner finds run-time imports and skips type-only and relative ones', () => {
    const source = `import { z } from 'zod'\nimport type { Foo } from 'bar'\nimport { a } from './local'\nimport 'uno.css'\nimport x from '@scope/pkg/sub'\nimport process from 'node:process'`
    expect(runtimeImports(source).sort()).toEqual(['@scope/pkg', 'uno.css', 'zod'])
  })

  it('lists every package our browser code imports, so a cold dev server never re-bundles and reloads', () => {
    const include = viteConfig.optimizeDeps?.include ?? []
    const missing = sourceFiles().flatMap(file => runtimeImports(readFileSync(file, 'utf8'))
      .filter(name => !PROVIDED.some(pattern => pattern.test(name)) && !include.includes(name))
      .map(name => `${file} imports “${name}”`))
    expect(missing, 'add these to optimizeDeps.include in vite.config.ts').toEqual([])
  })
})
