/** The machine and tool versions the numbers were taken on: without them a benchmark says little. */
import { execFileSync } from 'node:child_process'
import os from 'node:os'
import process from 'node:process'
import { installedVersion } from './starter'

export interface Environment {
  date: string
  cpu: string
  cores: number
  ramGiB: number
  os: string
  node: string
  npm: string
  chromium: string
  slidev: string
  lighthouse: string
  /** 1-minute load averages when the run started and ended: other work on the machine skews the times */
  load: { start: number, end?: number }
}

function commandVersion(command: string, args: string[]): string {
  try {
    // Debian's chromium wrapper prints shell noise on stderr: keep stdout only
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    }).trim()
  }
  catch {
    return 'unknown'
  }
}

export function environment(chromiumPath: string): Environment {
  const cpus = os.cpus()
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    npm: commandVersion(process.platform === 'win32'
      ? 'npm.cmd'
      : 'npm', ['--version']),
    chromium: `${commandVersion(chromiumPath, ['--version'])} (${chromiumPath})`,
    slidev: installedVersion('@slidev/cli'),
    lighthouse: installedVersion('lighthouse'),
    load: { start: os.loadavg()[0]! },
  }
}
