/** What every script shares: Node's option parser, failures as one line for a person (no stack trace), running Slidev. */
import type { ParseArgsConfig } from 'node:util'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import process from 'node:process'
import { parseArgs } from 'node:util'

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(script: string, options: T) {
  try {
    return parseArgs({ options, strict: true }).values
  }
  catch (error) {
    fail(`${script}: ${(error as Error).message}\nKnown options: ${Object.keys(options).map(name => `--${name}`).join(', ') || '(none)'}`)
  }
}

export function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

export function integerOption(script: string, name: string, value: string | undefined, min: number, max: number): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < min || n > max)
    fail(`${script}: --${name} must be a whole number from ${min} to ${max} (got “${value}”)`)
  return n
}

/** Stops unless `dist` holds a built deck; the base path it was built under, read off its index.html. */
export function requireBuild(script: string, dist: string): string {
  if (!existsSync(`${dist}/index.html`))
    fail(`${script}: ${dist}/index.html not found; run “npm run build” first`)
  // build/first-slide.ts puts this script in, under the base path
  return /<script src="([^"]*)first-slide\.js"><\/script>/.exec(readFileSync(`${dist}/index.html`, 'utf8'))?.[1] ?? '/'
}

export function runSlidev(script: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync('node_modules/.bin/slidev', args, { stdio: 'inherit', env, shell: process.platform === 'win32' })
  if (result.status !== 0)
    fail(`${script}: slidev ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
}

/**
 * A TypeScript module imported through tsx, afresh on every call: the Vite plugins read data/ and the talk this way, so
 * that a change is seen without a restart and Vite's config loader never bundles them.
 */
export const fresh = async <T>(path: string, from: string): Promise<T> => (await import('tsx/esm/api')).tsImport(path, from)
