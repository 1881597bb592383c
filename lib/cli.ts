/** Command-line options with Node's own parser: an unknown option is an error that names it. */
import type { ParseArgsConfig } from 'node:util'
import process from 'node:process'
import { parseArgs } from 'node:util'

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(script: string, options: T, args = process.argv.slice(2)) {
  try {
    return parseArgs({ args, options, strict: true }).values
  }
  catch (error) {
    fail(`${script}: ${(error as Error).message}\nKnown options: ${Object.keys(options).map(name => `--${name}`).join(', ') || '(none)'}`)
  }
}

/** Prints a message for a person and exits non-zero; no stack trace for expected failures. */
export function fail(message: string): never {
  console.error(message)
  process.exit(1)
}
