/**
 * Lighthouse through its Node API, in the Chromium that scripts/lib/chromium.ts
 * finds (chrome-launcher is told its path; it never looks for one itself).
 * Mobile is Lighthouse's default config (simulated slow 4G, 4× CPU slowdown);
 * desktop is its desktop-config.js.
 */
import type { Config, Flags } from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import desktopConfig from 'lighthouse/core/config/desktop-config.js'
import { CHROMIUM_ARGS } from '../../../lib/chromium'
import { OFFLINE_ARG } from './browser'

export const CATEGORIES = [
  'performance',
  'accessibility',
  'best-practices',
  'seo',
] as const
export type Category = typeof CATEGORIES[number]
export type FormFactor = 'mobile' | 'desktop'
export type Scores = Record<Category, number> & {
  /** audits that cost points outside performance, so a score below 100 says why */
  failing: string[]
}

export async function runLighthouse(url: string, formFactor: FormFactor, chromePath: string): Promise<Scores> {
  // a fresh browser per run: no cache or storage left from the run before
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, OFFLINE_ARG],
    logLevel: 'silent',
  })
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    }
    const config: Config | undefined = formFactor === 'desktop'
      ? desktopConfig
      : undefined
    const result = await lighthouse(url, flags, config)
    if (!result)
      throw new Error('Lighthouse returned no result')
    const { lhr } = result
    if (lhr.runtimeError)
      throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`)
    const scores = Object.fromEntries(CATEGORIES.map((id) => {
      const score = lhr.categories[id]?.score
      if (score === null || score === undefined)
        throw new Error(`Lighthouse gave no ${id} score`)
      return [
        id,
        Math.round(score * 100),
      ]
    })) as Record<Category, number>
    const failing = CATEGORIES.filter(id => id !== 'performance')
      .flatMap(id => lhr.categories[id]!.auditRefs)
      .filter(ref => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map(ref => ref.id)
    return {
      ...scores,
      failing: [
        ...new Set(failing),
      ],
    }
  }
  finally {
    chrome.kill()
  }
}
