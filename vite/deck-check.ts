/**
 * Checks data/ against its schemas, and every note reference against the transcript and the fact checks, as the dev server
 * or a build starts and on each change. A note naming nothing (`@p99`) makes the preparser throw and Slidev silently drop
 * the slide: here the build stops naming file, line and reference; the dev server shows Vite's overlay and keeps the deck.
 */
import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fresh } from '../node/cli.ts'

/** Each line of both editions' decks (slides.md, slides.en.md and their `src:` pages) that names something missing, as `file:line: what`. */
export async function findBadReferences(root: string): Promise<string[]> {
  const { expandNote, readTranscript } = await fresh<typeof import('../talk/notes.ts')>('../talk/notes.ts', import.meta.url)
  const { editions } = await fresh<typeof import('../data/editions.ts')>('../data/editions.ts', import.meta.url)
  return editions.flatMap(({ lang, entry }) => {
    const paragraphs = readTranscript(lang, root)
    const pages = Array.from(readFileSync(join(root, entry), 'utf8').matchAll(/^src:\s*(\S+)\s*$/gm), match => resolve(root, match[1]!))
    return [join(root, entry), ...pages].flatMap(file => readFileSync(file, 'utf8').split('\n').flatMap((line, index) => {
      try {
        expandNote(line, paragraphs, lang)
        return []
      }
      catch (error) {
        return [`${relative(root, file)}:${index + 1}: ${(error as Error).message}`]
      }
    }))
  })
}

const WATCHED = /^(?:slides(?:\.en)?\.md|pages\/.+\.md|talk\/transcript(?:\.en)?\.md|data\/.+\.ts)$/

export function checkDeck(): Plugin {
  let root = ''
  const check = async (): Promise<void> => {
    (await fresh<typeof import('../data/schema.ts')>('../data/schema.ts', import.meta.url)).validateDataSets()
    const problems = await findBadReferences(root)
    if (problems.length)
      throw new Error(`[deck:check] notes that name nothing (Slidev would drop their slides):\n${problems.join('\n')}`)
  }
  return {
    name: 'deck:check',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    buildStart: check,
    // before Slidev's own hot update (enforce: 'pre'): a throw here keeps it from reloading the deck
    async hotUpdate({ file, read }) {
      if (this.environment.name !== 'client' || !WATCHED.test(relative(root, file)))
        return
      // an editor that saves in place empties the file first: Vite's read waits for the words Slidev will read
      await read()
      await check().catch((error: Error) => {
        this.environment.logger.error(error.message, { timestamp: true })
        throw error
      })
    },
  }
}
