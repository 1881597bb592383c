import { readdirSync, readFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { load } from '@slidev/parser/fs'
import { describe, expect, it } from 'vitest'
import * as slidev from '../../node/slidev.ts'

/** the text of a file in node_modules, or of every file its `*` names */
function read(file: string): string {
  const path = join('node_modules', file)
  if (!basename(path).includes('*'))
    return readFileSync(path, 'utf8')
  const pattern = new RegExp(`^${basename(path).replaceAll('.', '\\.').replace('*', '.*')}$`)
  return readdirSync(dirname(path)).filter(name => pattern.test(name)).map(name => readFileSync(join(dirname(path), name), 'utf8')).join('\n')
}

/** Where each name above is read from: the file in node_modules (`*`: any file of a package's build), and what it says there. */
const READ_FROM: Record<string, [file: string, evidence: string]> = {
  [slidev.SLIDE_FRAME]: ['@slidev/client/internals/SlideContainer.vue', `'slide-container'`],
  [slidev.SLIDE_CANVAS]: ['@slidev/client/internals/SlideContainer.vue', `'slide-content'`],
  [slidev.SLIDE_SCALE]: ['@slidev/client/internals/SlideContainer.vue', `'--slidev-slide-scale'`],
  [slidev.SLIDE_NUMBER]: ['@slidev/client/internals/SlideWrapper.vue', ':data-slidev-no='],
  [slidev.SLIDE_LOADING]: ['@slidev/client/internals/SlideLoading.vue', 'slidev-slide-loading'],
  [slidev.PRINT_PAGE]: ['@slidev/client/internals/PrintSlideClick.vue', `class="print-slide-container"`],
  [`${slidev.PRINT_PAGE} id`]: ['@slidev/client/internals/PrintSlideClick.vue', `padStart(3, '0')}-\${(nav.clicks.value + 1).toString().padStart(2, '0')`],
  [slidev.OVERVIEW_SLIDE]: ['@slidev/client/internals/SlideContainer.vue', 'class="slidev-slide-container"'],
  [slidev.PRESENTER]: ['@slidev/client/pages/presenter.vue', 'slidev-presenter '],
  [slidev.NOTES]: ['@slidev/client/internals/NoteDisplay.vue', 'slidev-note'],
  [slidev.NEXT_BUTTON]: ['@slidev/client/internals/NavControls.vue', 'title="Go to next slide"'],
  [slidev.DOWNLOAD_BUTTON]: ['@slidev/client/internals/NavControls.vue', 'title="Download as PDF"'],
  [slidev.APP_ROOT]: ['@slidev/client/index.html', '<div id="app"></div>'],
  [slidev.OFFLINE_NOTICE]: ['@slidev/client/internals/PwaIndicator.vue', 'class="slidev-pwa-indicator"'],
  [slidev.SERVICE_WORKER_DENYLIST]: ['@slidev/cli/dist/serve-*.mjs', 'navigateFallbackDenylist: [/^\\/(presenter|notes|overview|print|export)/]'],
  [slidev.SERVICE_WORKER_CLEANUP]: ['vite-plugin-pwa/dist/index.js', 'cleanupOutdatedCaches: true'],
  [slidev.PRINT_VIEW]: ['@slidev/client/composables/useNav.ts', `query.value.has('print')`],
  [slidev.PRINT_VIEW_CLICKS]: ['@slidev/client/composables/useNav.ts', `query.value.get('print') === 'clicks'`],
  [slidev.NOTES_PRINT_VIEW]: ['@slidev/client/setup/routes.ts', `path: '/presenter/print'`],
  [slidev.PRINT_FEATURE]: ['@slidev/client/setup/routes.ts', `if (${slidev.PRINT_FEATURE}) {`],
  'a build prints no PDF of its own for a download that is a name': ['@slidev/cli/dist/build-*.mjs', '].includes(options.data.config.download)) {'],
  [slidev.SYNC_DIRECTIONS_KEY]: ['@slidev/client/state/storage.ts', `'slidev-sync-directions'`],
  [slidev.DRAWING_ENABLED_KEY]: ['@slidev/client/composables/useDrawings.ts', `'slidev-drawing-enabled'`],
  [slidev.SERVER_REF]: ['vite-plugin-vue-server-ref/dist/index.mjs', `"/@server-ref/"`],
  [slidev.SERVER_REACTIVE]: ['vite-plugin-vue-server-ref/dist/index.mjs', `"/@server-reactive/"`],
  [`${slidev.SERVER_REACTIVE}nav`]: ['@slidev/client/state/shared.ts', `'server-reactive:nav'`],
  [`${slidev.SERVER_REACTIVE}drawings`]: ['@slidev/client/state/drawings.ts', `'server-reactive:drawings?diff'`],
  [slidev.UNDEFINED_MARK]: ['vite-plugin-vue-server-ref/dist/client.mjs', `const UNDEFINED = "${slidev.UNDEFINED_MARK}"`],
  [slidev.SLIDE_WRITE]: ['@slidev/cli/dist/*.mjs', String.raw`\/__slidev\/slides\/(\d+)\.json`],
  [slidev.MCP]: ['@slidev/cli/dist/*.mjs', `"/__mcp"`],
  [slidev.CONFIGS]: ['@slidev/cli/dist/serve-*.mjs', 'id: "/@slidev/configs"'],
  'configs.remote, the password': ['@slidev/client/setup/routes.ts', `configs.remote === to.query.password`],
  [slidev.OPEN_IN_EDITOR]: ['vite/dist/node/chunks/*.js', `"/__open-in-editor"`],
  // the fields of the shared state the guard admits
  'nav state': ['@slidev/client/state/shared.ts', `clicksTotal: number`],
  'nav timer': ['@slidev/client/state/shared.ts', `status: 'stopped' | 'running' | 'paused'`],
  'nav cursor': ['@slidev/client/state/shared.ts', `style?: 'cursor' | 'laser'`],
  'nav lastUpdate': ['@slidev/client/state/shared.ts', `type: 'presenter' | 'viewer'`],
  'drawings state': ['@slidev/client/state/drawings.ts', 'Record<number, string | undefined>'],
  'load({ roots, userRoot })': ['@slidev/parser/dist/fs.mjs', 'options.userRoot'],
  'exportSlides, getExportOptions': ['@slidev/cli/dist/export-*.mjs', 'export { exportNotes, exportSlides, getExportOptions }'],
  'exportSlides({ port, base })': ['@slidev/cli/dist/export-*.mjs', 'async function exportSlides({ port = 18724, total = 0, range, format = "pdf", output = "slides", slides, base = "/"'],
}

describe(`Slidev's internals this deck relies on (node/slidev.ts), in Slidev ${slidev.SLIDEV_VERSION}`, () => {
  it('are the installed version', () => {
    expect(JSON.parse(readFileSync('node_modules/@slidev/cli/package.json', 'utf8')).version).toBe(slidev.SLIDEV_VERSION)
  })

  it('are each where node/slidev.ts says they are', () => {
    const moved = Object.entries(READ_FROM).filter(([, [file, evidence]]) => !read(file).includes(evidence)).map(([name, [file, evidence]]) => `${name}: “${evidence}” is no longer in ${file}`)
    expect(moved).toEqual([])
  })

  it('are named as they were read: each selector, class, variable, storage key and route stands in its evidence', () => {
    // `.print-slide-container` → `print-slide-container`, `[title="…"]` → `title="…"`; the evidence may escape its slashes
    const core = (value: string): string => value.replace(/^[.#[]|\]$/g, '')
    const named = Object.values(slidev).filter((value): value is string => typeof value === 'string' && value in READ_FROM && /^(?:[.#[/]|--|data-|slidev-)/.test(value))
    expect(named.length).toBeGreaterThan(15)
    expect(named.filter(value => !READ_FROM[value]![1].replaceAll('\\/', '/').includes(core(value)))).toEqual([])
  })

  it('are all listed there: every name the module exports is read from somewhere', () => {
    const named = Object.entries(slidev).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !['SLIDEV_VERSION', 'ROOT'].includes(entry[0]))
    expect(named.length).toBeGreaterThan(15)
    expect(named.filter(([, value]) => !(value in READ_FROM)).map(([key]) => key)).toEqual([])
  })

  it('include the parser API the deck is loaded through, which takes its roots and the user root', async () => {
    expect(load.length).toBeGreaterThanOrEqual(2)
    const deck = await slidev.loadDeck()
    expect(deck.slides.length).toBeGreaterThan(10)
    expect(deck.slides[1]!.note, 'the notes through this project’s preparser').toContain('过去几年')
  })
})
