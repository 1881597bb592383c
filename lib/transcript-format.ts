// Reads talk/transcript.md back into paragraphs: front matter, `## ` headings, and each paragraph after its id in an
// HTML comment (`<!-- p07 -->`), so that it renders as plain prose and the deck's notes can still name it.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** `section`: the `## ` heading it stands under, '' before the first heading */
export interface TranscriptParagraph { id: string, text: string, section: string }

export function parseTranscriptFile(markdown: string, file = 'talk/transcript.md'): TranscriptParagraph[] {
  const lines = markdown.split('\n')
  let section = ''
  const paragraphs = lines.flatMap((line, index) => {
    section = line.startsWith('## ') ? line.slice(3) : section
    const id = /^<!-- (p\d{2,}) -->$/.exec(line)?.[1]
    const text = lines[index + 1]?.trim()
    if (id && !text)
      throw new Error(`${file}:${index + 2}: paragraph ${id} has no text on the line after its id`)
    return id && text ? [{ id, text, section }] : []
  })
  if (paragraphs.length === 0)
    throw new Error(`${file}: no paragraphs (expected lines like “<!-- p01 -->” followed by the text)`)
  return paragraphs
}

export function readTranscript(path = fileURLToPath(new URL('../talk/transcript.md', import.meta.url))): TranscriptParagraph[] {
  return parseTranscriptFile(readFileSync(path, 'utf8'), path)
}
