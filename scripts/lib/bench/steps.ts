/**
 * Small pieces every bench step shares: outcomes that carry the name of the
 * step that failed, medians, and child processes with a log and a time limit.
 */
import { spawn } from 'node:child_process'
import { createWriteStream, readFileSync } from 'node:fs'
import process from 'node:process'

/** A measurement, or the reason it is missing: the table shows either. */
export type Outcome<T> = { ok: true, value: T } | { ok: false, step: string, error: string }

export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/**
 * Runs one step and keeps going if it fails: a starter deck that does not
 * build on this Node must show up in the table, not end the whole run.
 */
export async function attempt<T>(step: string, run: () => Promise<T>): Promise<Outcome<T>> {
  const started = performance.now()
  console.log(`bench: ${step} …`)
  try {
    const value = await run()
    console.log(`bench: ${step} done (${((performance.now() - started) / 1000).toFixed(1)} s)`)
    return { ok: true, value }
  }
  catch (error) {
    const message = error instanceof Error
      ? error.message
      : String(error)
    console.error(`bench: ${step} FAILED: ${message}`)
    return { ok: false, step, error: message }
  }
}

export interface RunCommandOptions {
  cwd: string
  /** every line the command prints goes here, so a failure can quote its end */
  log: string
  env?: NodeJS.ProcessEnv
  timeoutMs: number
}

/**
 * Runs a command (no shell) and resolves with its wall-clock time in ms.
 * It runs in its own process group so that a timeout also ends the Vite
 * server and the Chromium that `slidev export` starts.
 */
export function runCommand(command: string, args: readonly string[], { cwd, log, env = process.env, timeoutMs }: RunCommandOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(log, { flags: 'a' })
    out.write(`$ ${command} ${args.join(' ')}\n`)
    const started = performance.now()
    const child = spawn(command, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      out.end()
      reject(error)
    })
    child.on('close', (code, signal) => {
      const elapsed = performance.now() - started
      clearTimeout(timer)
      // the group may hold a server the command left behind
      killGroup(child.pid)
      out.end(() => {
        if (code === 0 && !timedOut)
          return resolve(elapsed)
        const why = timedOut
          ? `timed out after ${timeoutMs / 1000} s`
          : `exit ${code ?? signal}`
        reject(new Error(`${command} ${args.join(' ')} (in ${cwd}): ${why}\n${tail(log)}`))
      })
    })
  })
}

function killGroup(pid: number | undefined) {
  if (pid === undefined)
    return
  try {
    process.kill(-pid, 'SIGKILL')
  }
  catch {} // the group is already gone
}

/** The last lines of a log, indented, for an error message. */
export function tail(file: string, lines = 15): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines)
    return text.map(line => `    ${line}`).join('\n')
  }
  catch {
    return '    (no log)'
  }
}
