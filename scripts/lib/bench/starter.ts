/**
 * The official starter deck as the yardstick: create-slidev's template/,
 * copied into a temporary folder and given the same @slidev/cli as ours.
 * Only that folder gets an npm install; /work/main's node_modules is never touched.
 */
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { runCommand } from './steps'

const require = createRequire(import.meta.url)

/** The version of an installed package, read from its package.json. */
export function installedVersion(name: string, from = process.cwd()): string {
  const file = join(from, 'node_modules', name, 'package.json')
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version
}

export function templateDir(): string {
  return join(dirname(require.resolve('create-slidev/package.json')), 'template')
}

export interface StarterDeps {
  cli: string
  themeDefault: string
  playwright: string
}

/**
 * Pins the starter to our versions: the template asks for ^52 of the CLI and
 * "latest" themes, which would measure a different Slidev. playwright-chromium
 * is what `slidev export` drives; its browser download is skipped.
 */
export function pinStarter(pkg: { dependencies?: Record<string, string> }, deps: StarterDeps) {
  const dependencies = { ...pkg.dependencies }
  dependencies['@slidev/cli'] = deps.cli
  dependencies['@slidev/theme-default'] = deps.themeDefault
  dependencies['playwright-chromium'] = deps.playwright
  return { ...pkg, dependencies }
}

/** Copies the template into `dir` and installs what it needs there. Returns the install time (ms). */
export async function prepareStarter(dir: string, log: string, deps: StarterDeps): Promise<number> {
  cpSync(templateDir(), dir, { recursive: true })
  // npm would not ship a .gitignore, so the template carries it under another name
  if (existsSync(join(dir, '_gitignore')))
    renameSync(join(dir, '_gitignore'), join(dir, '.gitignore'))
  const file = join(dir, 'package.json')
  writeFileSync(file, `${JSON.stringify(pinStarter(JSON.parse(readFileSync(file, 'utf8')), deps), null, 2)}\n`)
  const npm = process.platform === 'win32'
    ? 'npm.cmd'
    : 'npm'
  return runCommand(npm, [
    'install',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    '--prefer-offline',
    '--loglevel=error',
  ], {
    cwd: dir,
    log,
    // Slidev 53 declares Node ≥ 22 (for mermaid): a warning on Node 20, not an error
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', npm_config_engine_strict: 'false' },
    timeoutMs: 10 * 60_000,
  })
}
