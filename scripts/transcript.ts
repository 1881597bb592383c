/**
 * npm run transcript [-- --source talk/source.txt --out talk/transcript.md]: the Simplified-Chinese transcript from the
 * scraped article. Writes nothing unless the whole source converts; every failure is one line naming the file.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import process from 'node:process'
import { fail, parseOptions } from '../node/cli.ts'
import { buildTranscript, decodeSource, renderTranscript, TranscriptError } from '../talk/transcript.ts'

const options = parseOptions('transcript', {
  source: { type: 'string', default: 'talk/source.txt' },
  out: { type: 'string', default: 'talk/transcript.md' },
})
const { source, out } = options
const name = relative(process.cwd(), source).replace(/\\/g, '/')

try {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(source)
  }
  catch (error) {
    throw new TranscriptError(source, `cannot be read (${(error as NodeJS.ErrnoException).code})`)
  }
  const markdown = renderTranscript(buildTranscript(decodeSource(bytes, name), name), name)
  // write-then-rename: a failure half-way never leaves a truncated transcript
  try {
    writeFileSync(`${out}.tmp`, markdown)
    renameSync(`${out}.tmp`, out)
  }
  catch (error) {
    rmSync(`${out}.tmp`, { force: true })
    throw new TranscriptError(out, `cannot be written (${(error as NodeJS.ErrnoException).code})`)
  }
  console.log(`transcript: wrote ${out} (${markdown.length} characters)`)
}
catch (error) {
  if (error instanceof TranscriptError)
    fail(`transcript: ${error.message}`)
  throw error
}
