/**
 * Bytes on the wire as Chromium counts them: the Network domain of the
 * DevTools protocol, `Network.loadingFinished.encodedDataLength` (response
 * headers + compressed body). Only the page's own target is listened to, so
 * a service worker's background precache could never be counted here.
 */
import type { CDPSession } from 'playwright-chromium'

export interface RequestRecord {
  url: string
  /** Document, Script, Stylesheet, Font, Image, Fetch … */
  type: string
  status?: number
  encodedBytes: number
  /** net::ERR_NAME_NOT_RESOLVED for the hosts the bench keeps offline */
  failed?: string
  fromCache?: boolean
  done: boolean
  startedAt: number
}

/**
 * A dedicated worker's script (Monaco's editor.worker, ts.worker) is announced
 * on the page target, but its response events go to the worker's own target:
 * on the page it never finishes. Past this age a silent request no longer
 * holds up “network idle”; it is reported as unfinished, its bytes unknown.
 */
const STALE_MS = 10_000

export interface WireTotals {
  bytes: number
  requests: number
  /** requests that failed (blocked outside hosts, mostly) */
  failed: RequestRecord[]
  fonts: { url: string, bytes: number }[]
  /** requests the page target saw start but never finish (worker scripts): counted, bytes unknown */
  unfinished: string[]
  /** every request that loaded, for a look at what a step pulled in */
  loaded: { url: string, type: string, bytes: number }[]
}

export class NetworkLog {
  private readonly records = new Map<string, RequestRecord>()
  private lastActivity = performance.now()

  private constructor() {}

  static async attach(cdp: CDPSession): Promise<NetworkLog> {
    const log = new NetworkLog()
    cdp.on('Network.requestWillBeSent', (event) => {
      // data: and blob: URLs cost nothing on the wire
      if (!/^https?:/.test(event.request.url))
        return
      log.records.set(event.requestId, {
        url: event.request.url,
        type: event.type ?? 'Other',
        encodedBytes: 0,
        done: false,
        startedAt: performance.now(),
      })
      log.touch()
    })
    cdp.on('Network.responseReceived', (event) => {
      const record = log.records.get(event.requestId)
      if (record)
        record.status = event.response.status
      log.touch()
    })
    cdp.on('Network.loadingFinished', (event) => {
      const record = log.records.get(event.requestId)
      if (record) {
        record.encodedBytes = event.encodedDataLength
        record.done = true
      }
      log.touch()
    })
    cdp.on('Network.loadingFailed', (event) => {
      const record = log.records.get(event.requestId)
      if (record) {
        record.failed = event.blockedReason ?? event.errorText
        record.done = true
      }
      log.touch()
    })
    // a repeat fetch the HTTP cache answers costs nothing on the wire: as for a real visitor
    cdp.on('Network.requestServedFromCache', (event) => {
      const record = log.records.get(event.requestId)
      if (record)
        record.fromCache = true
    })
    await cdp.send('Network.enable')
    return log
  }

  private touch() {
    this.lastActivity = performance.now()
  }

  get inFlight(): number {
    const now = performance.now()
    let count = 0
    for (const record of this.records.values()) {
      count += record.done || now - record.startedAt > STALE_MS
        ? 0
        : 1
    }
    return count
  }

  /** Resolves once nothing is in flight and nothing started for `quietMs` (Playwright's networkidle is 500 ms). */
  async waitForQuiet(quietMs: number, timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs
    while (this.inFlight > 0 || performance.now() - this.lastActivity < quietMs) {
      if (performance.now() > deadline) {
        const pending = [
          ...this.records.values(),
        ].filter(record => !record.done).map(record => record.url)
        throw new Error(`network not idle after ${timeoutMs / 1000} s; in flight: ${pending.slice(0, 5).join(', ') || 'none (requests keep starting)'}`)
      }
      await new Promise(resolve => setTimeout(resolve, 50))
    }
  }

  totals(): WireTotals {
    const all = [
      ...this.records.values(),
    ]
    const loaded = all.filter(record => !record.failed && !record.fromCache)
    const unfinished = loaded.filter(record => !record.done).map(record => record.url)
    return {
      bytes: loaded.reduce((sum, record) => sum + record.encodedBytes, 0),
      requests: loaded.length,
      unfinished,
      failed: all.filter(record => record.failed),
      fonts: loaded
        .filter(record => record.type === 'Font' || /\.(?:woff2?|ttf|otf)(?:[?#]|$)/.test(record.url))
        .map(record => ({ url: record.url, bytes: record.encodedBytes })),
      loaded: loaded.map(record => ({ url: record.url, type: record.type, bytes: record.encodedBytes })),
    }
  }
}
