/**
 * The dev server (`dev`, `present`, `present:remote`, and the one `slidev export` starts) serves the deck and the
 * presenter's sync, nothing else. Slidev 53 and Vite would answer anyone who asks (`editor: false` only hides the
 * editor; slidevjs/slidev#1059); the routes are named in node/slidev.ts:
 *   POST SLIDE_WRITE<n>.json      rewrites the slide's page file                                      → 405
 *   POST SERVER_REF / SERVER_REACTIVE<key>: set state every tab shares by a dotted key (`__proto__` reaches
 *        Object.prototype), write snapshots and drawings; a body that is not JSON ends the process, and one
 *        without the state (`{}`) blanks every page opened after it                                   → 405;
 *        the presenter's sync and the pen only ≤ 1 MB and in the shape Slidev's client posts (SYNC_UPDATES)
 *                                                                                                     → else 400/411/413/415
 *   MCP (edits the slides), OPEN_IN_EDITOR (starts $EDITOR)                                           → 403
 *   POST /@unocss-devtools-update    adds classes to every tab's CSS                                  → 405
 *   WebSocket `slidev:monaco-write`  writes files; Vite's token keeps other sites out, with the Origin check
 * Any other method than GET and HEAD gets 405 (OPTIONS too: vite.config.ts turns Vite's CORS answer off); an Origin
 * not the server's own, or a Host naming another port, 403: a page in the presenter's browser can send a "simple"
 * cross-origin POST (Vite has checked the Host's name, `server.allowedHosts`). Listed before Slidev's plugins, its
 * middleware runs first.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { answerText } from '../node/headers.ts'
import { MCP, OPEN_IN_EDITOR, parseSyncBody, SYNC_UPDATES } from '../node/slidev.ts'

const REFUSED = new RegExp(`^(?:${OPEN_IN_EDITOR}|${MCP})(?:[/?.]|$)`, 'i')
const MAX_SYNC_BODY = 1024 * 1024

const refuse = (res: ServerResponse, status: number, why: string): void => answerText(res, status, `deck:dev-server-guard: ${why}`)

/** Reads the whole body, then gives it back to the stream (`unshift`) for the next handler. */
function peekBody(req: IncomingMessage, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const onReadable = (): void => {
      for (let chunk = req.read() as Buffer | null; chunk !== null; chunk = req.read() as Buffer | null)
        chunks.push(chunk)
      const body = Buffer.concat(chunks)
      if (body.length < length)
        return
      req.off('readable', onReadable)
      req.unshift(body)
      resolve(body)
    }
    req.on('readable', onReadable).once('error', reject)
  })
}

/** The body as the plugin reads it, checked against the shape Slidev's client sends to that route (node/slidev.ts). */
function isSyncUpdate(path: string, body: Buffer): boolean {
  try {
    return SYNC_UPDATES[path]!.safeParse(parseSyncBody(body.toString('utf8'))).success
  }
  catch {
    return false
  }
}

async function guard(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
  const { host = '', origin } = req.headers
  // absolute-form targets (`GET http://…/__open-in-editor`) would route past a path check
  if (!req.url?.startsWith('/'))
    return refuse(res, 400, 'the request target must be a path')
  const path = req.url.split('?')[0]!
  if (!host.endsWith(`:${req.socket.localPort}`) || (origin !== undefined && origin !== `http://${host}`))
    return refuse(res, 403, `refused: Origin ${origin ?? '(none)'} with Host ${host || '(none)'} is not this server`)
  if (REFUSED.test(path))
    return refuse(res, 403, `${path} is off in this deck`)
  if (req.method === 'GET' || req.method === 'HEAD')
    return next()
  if (req.method !== 'POST' || !Object.hasOwn(SYNC_UPDATES, path))
    return refuse(res, 405, `${req.method} ${path} refused: this dev server is read-only`)
  if (!req.headers['content-type']?.startsWith('application/json'))
    return refuse(res, 415, 'a sync update is JSON (Content-Type: application/json)')
  const length = Number(req.headers['content-length'])
  if (!(length > 0))
    return refuse(res, 411, 'a sync update needs a Content-Length')
  if (length > MAX_SYNC_BODY)
    return refuse(res, 413, `a sync update is at most ${MAX_SYNC_BODY} bytes`)
  if (!isSyncUpdate(path, await peekBody(req, length)))
    return refuse(res, 400, `${path} takes only what Slidev's client sends (SYNC_UPDATES in node/slidev.ts)`)
  next()
}

export function devServerGuard(): Plugin {
  return {
    name: 'deck:dev-server-guard',
    enforce: 'pre',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        guard(req, res, next).catch(() => refuse(res, 400, 'unreadable request'))
      })
    },
  }
}
