import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import process from 'node:process'
import { createLogger, loadConfigFromFile } from 'vite'
import { describe, expect, it } from 'vitest'
import viteConfig from '../../vite.config'

/** Where the browser's code starts: the slides and the folders Slidev loads on its own */
const ENTRY_DIRS = ['pages', 'components', 'styles']
/** Packages Slidev's own client already imports, so its scan pre-bundles them */
const PROVIDED = [/^vue$/, /^@slidev\//]

/** Import specifiers used at run time (not `import type`) by a source text */
function runtimeSpecifiers(source: string): string[] {
  return Array.from(source.matchAll(/^import(?!\s+type\b)[^'"]*['"]([^'"]+)['"]/gm), match => match[1] ?? '')
}

function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@')
    ? parts.slice(0, 2).join('/')
    : parts[0]!
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier)
  return [base, `${base}.ts`, `${base}.vue`].find(file => existsSync(file) && statSync(file).isFile())
}

/**
 * The packages the browser loads from our code: imports followed from the
 * slides, components and styles through every relative import they make
 */
function browserPackages(): Map<string, string> {
  const packages = new Map<string, string>()
  const queue = ENTRY_DIRS.flatMap(dir => readdirSync(dir)
    .filter(name => /\.(?:ts|vue|md)$/.test(name))
    .map(name => resolve(dir, name)))
  const seen = new Set(queue)
  while (queue.length > 0) {
    const file = queue.shift()!
    for (const specifier of runtimeSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const next = resolveLocal(file, specifier)
        if (next && !seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
      else if (!specifier.startsWith('/') && !specifier.startsWith('~') && !specifier.includes(':') && !packages.has(packageName(specifier))) {
        packages.set(packageName(specifier), relative('.', file))
      }
    }
  }
  return packages
}

describe('what the browser imports from our code', () => {
  it('the import scanner finds run-time imports and skips type-only ones', () => {
    const source = `import { z } from 'zod'\nimport type { Foo } from 'bar'\nimport { a } from './local'\nimport 'uno.css'\nimport x from '@scope/pkg/sub'`
    expect(runtimeSpecifiers(source)).toEqual([
      'zod',
      './local',
      'uno.css',
      '@scope/pkg/sub',
    ])
    expect(runtimeSpecifiers(source).map(packageName)).toContain('@scope/pkg')
  })

  it('is all listed in vite.config.ts optimizeDeps.include, so a cold dev server never re-bundles and reloads', () => {
    const include = viteConfig.optimizeDeps?.include ?? []
    const missing = [
      ...browserPackages(),
    ]
      .filter(([name]) => !PROVIDED.some(pattern => pattern.test(name)) && !include.includes(name))
      .map(([name, file]) => `${file} imports “${name}”`)
    expect(missing, 'add these to optimizeDeps.include in vite.config.ts').toEqual([])
  })

  it('leaves the data validation out: zod runs in Node only (data/schema.ts)', () => {
    const packages = browserPackages()
    expect(packages.size, 'the walk found the packages the components use').toBeGreaterThan(0)
    expect(packages.has('uqr')).toBe(true)
    expect(packages.get('zod'), 'this file brings zod into the browser').toBeUndefined()
  })
})

describe('vite.config.ts', () => {
  it('loads without Vite’s warning about its native config loader, which every npm run dev would print', async () => {
    const warnings: string[] = []
    const logger = { ...createLogger('warn'), warn: (message: string) => void warnings.push(message) }
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'development' }, 'vite.config.ts', process.cwd(), 'warn', logger)
    expect(loaded?.config.plugins?.length).toBeGreaterThan(0)
    expect(warnings).toEqual([])
  })
})
