// The deck as Slidev parses it (every `src:` page, hidden slides left out) with this project's preparser:
// the slides and notes the presenter sees.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { resolve } from 'node:path'
import { injectPreparserExtensionLoader, load } from '@slidev/parser/fs'
import preparser from '../setup/preparser'

export const ROOT = resolve(import.meta.dirname, '..')

export async function loadDeck(): Promise<LoadedSlidevData> {
  injectPreparserExtensionLoader(async (_roots, headmatter, filepath, mode) =>
    (await preparser({ filepath, headmatter, mode })) ?? [])
  return load({ roots: [ROOT], userRoot: ROOT }, resolve(ROOT, 'slides.md'))
}
