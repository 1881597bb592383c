/**
 * Slidev's private markup, routes, state and parser API that this deck relies on, read from Slidev 53.0.0. Nothing
 * else in the project names them: the build, the tools and the tests import them from here, and
 * tests/unit/slidev-internals.test.ts, which says where each is read from, finds each in the installed packages,
 * failing with its name when an upgrade moves or renames one. The browser never loads this file (the deck's own code needs none of it).
 */
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { injectPreparserExtensionLoader, load } from '@slidev/parser/fs'
import { z } from 'zod'
import { editionOfDeck } from '../data/editions.ts'
import { fresh } from './cli.ts'
import { hostedAddressExtension } from './headers.ts'

export const SLIDEV_VERSION = '53.0.0'

/** The running app's markup: the main slide's frame and canvas, a slide and its number, the print view's pages. */
export const SLIDE_FRAME = '#slide-container'
export const SLIDE_CANVAS = '#slide-content'
/** the canvas's scale, a CSS variable on the frame */
export const SLIDE_SCALE = '--slidev-slide-scale'
export const SLIDE_NUMBER = 'data-slidev-no'
/** shown in place of a slide whose chunk has not arrived */
export const SLIDE_LOADING = '.slidev-slide-loading'
/** a page of the print view; its id is the slide's number and click step, `007-02` */
export const PRINT_PAGE = '.print-slide-container'
/** a slide in the overview */
export const OVERVIEW_SLIDE = '.slidev-slide-container'
export const PRESENTER = '.slidev-presenter'
export const NOTES = '.slidev-note'
export const NEXT_BUTTON = '[title="Go to next slide"]'
export const DOWNLOAD_BUTTON = '[title="Download as PDF"]'
/** the element Slidev mounts its app on, in its index.html */
export const APP_ROOT = '#app'
/** the “Caching for offline…” notice the offline worker shows over the slides */
export const OFFLINE_NOTICE = '.slidev-pwa-indicator'

/**
 * The offline worker Slidev has vite-plugin-pwa generate: it answers every navigation in its scope it has no file for
 * with its index.html, except what its denylist names, as the minified worker writes it
 */
export const SERVICE_WORKER_DENYLIST = '{denylist:['
/**
 * and, as it activates, deletes every precache whose name holds its scope: a worker at /talk/ would delete the cache of
 * the one at /talk/en/ (workbox-precaching's deleteOutdatedCaches matches the scope as a substring)
 */
export const SERVICE_WORKER_CLEANUP = 'cleanupOutdatedCaches()'

/**
 * The compile-time flag that gives a build its print view, which the PDF and the reading edition are drawn from. Slidev
 * sets it only for the headmatter's `download: true`, which also has `slidev build` print a PDF the site does not use:
 * vite.config.ts sets it for the build, and the headmatter's `download` names the site's PDF instead.
 */
export const PRINT_FEATURE = '__SLIDEV_FEATURE_PRINT__'

/** The app's routes, relative to the base path. */
export const PRINT_VIEW = 'print?print=true'
export const PRINT_VIEW_CLICKS = 'print?print=clicks'
export const NOTES_PRINT_VIEW = 'presenter/print'

/** The browser's storage keys for the audience window's sync setting and the pen. */
export const SYNC_DIRECTIONS_KEY = 'slidev-sync-directions'
export const DRAWING_ENABLED_KEY = 'slidev-drawing-enabled'

/** The dev server's routes: the shared state (vite-plugin-vue-server-ref), the slide editor's write, Slidev's MCP server. */
export const SERVER_REF = '/@server-ref/'
export const SERVER_REACTIVE = '/@server-reactive/'
export const SLIDE_WRITE = '/__slidev/slides/'
export const MCP = '/__mcp'
/** the deck's configuration as the client reads it; its `remote` is the password the presenter's routes ask for */
export const CONFIGS = '/@slidev/configs'
/** Vite's own: it starts the editor named in $EDITOR */
export const OPEN_IN_EDITOR = '/__open-in-editor'
/** how the shared state's JSON writes `undefined` */
export const UNDEFINED_MARK = '__UNDEFINED___'

const count = z.number().int().nonnegative().max(100_000)
const time = z.number().nonnegative()
const slideNo = z.string().regex(/^\d{1,5}$/)
/** the sending tab's id, and the state: the whole of it (`data`) or, for a `?diff` state, what changed (`patch`) */
const update = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ source: z.string().max(64), timestamp: time, ...shape })

/**
 * What Slidev's client posts to the shared state: the presenter's position and timer (@slidev/client/state/shared.ts,
 * sent whole) and the pen's drawings, one SVG a slide (state/drawings.ts, as a diff).
 */
export const SYNC_UPDATES: Record<string, z.ZodType> = {
  [`${SERVER_REACTIVE}nav`]: update({
    data: z.strictObject({
      page: count,
      clicks: count,
      clicksTotal: count.optional(),
      timer: z.strictObject({
        status: z.enum(['stopped', 'running', 'paused']),
        slides: z.record(slideNo, z.strictObject({ start: time.optional(), end: time.optional() })),
        startedAt: time,
        pausedAt: time,
      }),
      cursor: z.strictObject({ x: z.number(), y: z.number(), style: z.enum(['cursor', 'laser']).optional() }).optional(),
      lastUpdate: z.strictObject({ id: z.string().max(64), type: z.enum(['presenter', 'viewer']), time }).optional(),
    }),
  }),
  [`${SERVER_REACTIVE}drawings`]: update({ patch: z.record(slideNo, z.string().optional()) }),
}

/** The JSON body of a shared-state update, as the plugin reads it (its mark for `undefined` turned back). */
export const parseSyncBody = (body: string): unknown => JSON.parse(body, (_, value: unknown) => value === UNDEFINED_MARK ? undefined : value)

export const ROOT = resolve(import.meta.dirname, '..')

const loaded: Record<string, Promise<LoadedSlidevData>> = {}

/**
 * The deck as Slidev parses it (every `src:` page, hidden slides left out) with this project's preparser: the slides and
 * notes the presenter sees, through the parser's file API (`load({ roots, userRoot })`, as Slidev's CLI calls it).
 */
export function loadDeck(entry = 'slides.md'): Promise<LoadedSlidevData> {
  // once a process: the tests of one worker share it
  loaded[entry] ??= (async () => {
    const { notesExtension } = await fresh<typeof import('../talk/notes.ts')>('../talk/notes.ts', import.meta.url)
    // the same extensions as setup/preparser.ts
    injectPreparserExtensionLoader(async (_roots, headmatter) => {
      const edition = editionOfDeck(headmatter)
      return [...notesExtension(edition.lang), hostedAddressExtension(edition)]
    })
    return load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, entry))
  })()
  return loaded[entry]
}

/** The options of Slidev's exporter this project sets, as `slidev export` takes them on its command line. */
export interface ExportArgs { 'format': 'png' | 'pptx-editable', 'with-clicks': boolean, 'wait': number, 'range'?: string, 'executable-path': string, 'output': string }

/**
 * Slidev's exporter (its export chunk, which `slidev export` and a build's PDF run; not in @slidev/cli's index) against
 * the built site at `siteUrl`, as the build runs it: no dev server to start. Returns the file or folder it wrote.
 */
export async function exportFromSite(siteUrl: string, args: ExportArgs): Promise<string> {
  const dist = join(ROOT, 'node_modules/@slidev/cli/dist')
  const chunk = readdirSync(dist).find(name => /^export-.*\.mjs$/.test(name))
  if (!chunk)
    throw new Error(`export: Slidev's exporter is not in ${dist} (node/slidev.ts names where it was, in Slidev ${SLIDEV_VERSION})`)
  const { exportSlides, getExportOptions } = await import(pathToFileURL(join(dist, chunk)).href)
  const { resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry: join(ROOT, 'slides.md') }, 'export')
  const { port, pathname } = new URL(siteUrl)
  return exportSlides({ port: Number(port), base: pathname, ...getExportOptions(args, options) })
}
