/**
 * Launch options for Playwright from the project's one Chromium lookup
 * (lib/chromium.ts): tests, export and benchmarks use the same browser.
 */
import type { LaunchOptions } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../../lib/chromium'

export function launchOptions(): LaunchOptions {
  return {
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
  }
}
