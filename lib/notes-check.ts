/**
 * A note naming a transcript paragraph or a fact check that does not exist
 * (`@p99`, `@check:nope`, or a paragraph the transcript lost) makes the
 * notes preparser throw, and @slidev/parser then drops the whole slide
 * without a word. This plugin checks every line of slides.md and its `src:`
 * pages with the preparser's own expandNote when the dev server or a build
 * starts (a bad reference stops it, naming file, line and reference) and, in
 * the dev server, whenever one of them, the transcript or data/ changes: then
 * Vite's error overlay shows the problem and Slidev keeps the deck as it was.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

/** slides.md and the page files its `src:` entries import, in order */
function deckFiles(root: string): string[] {
  const entry = join(root, 'slides.md')
  const pages = Array.from(readFileSync(entry, 'utf8').matchAll(/^src:\s*(\S+)\s*$/gm), match => resolve(root, match[1]!))
  return [entry, ...pages]
}

/** Each line that names something missing, as `file:line: what`. */
export async function findBadReferences(root: string): Promise<string[]> {
  // through tsx, as vite.config.ts's data check: each call reads data/ afresh
  const { tsImport } = await import('tsx/esm/api')
  const { expandNote }: typeof import('../setup/transcript-notes') = await tsImport('../setup/transcript-notes.ts', import.meta.url)
  const { readTranscript }: typeof import('./transcript-format') = await tsImport('./transcript-format.ts', import.meta.url)
  const paragraphs = readTranscript(join(root, 'talk/transcript.md'))
  return deckFiles(root).flatMap(file => readFileSync(file, 'utf8').split('\n').flatMap((line, index) => {
    try {
      expandNote(line, paragraphs)
      return []
    }
    catch (error) {
      return [`${relative(root, file)}:${index + 1}: ${(error as Error).message}`]
    }
  }))
}

const WATCHED = /^(?:slides\.md|pages\/.+\.md|talk\/transcript\.md|data\/.+\.ts)$/

export function checkNotes(): Plugin {
  let root = ''
  const check = async (): Promise<void> => {
    const problems = await findBadReferences(root)
    if (problems.length)
      throw new Error(`[deck:check-notes] notes that name nothing (Slidev would drop their slides):\n${problems.join('\n')}`)
  }
  return {
    name: 'deck:check-notes',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    buildStart: check,
    // before Slidev's own hot update (enforce: 'pre'): a throw here keeps it from reloading the deck
    async hotUpdate({ file }) {
      if (this.environment.name !== 'client' || !WATCHED.test(relative(root, file)))
        return
      await check().catch((error: Error) => {
        this.environment.logger.error(error.message, { timestamp: true })
        throw error
      })
    },
  }
}
