// Slidev loads this when it parses the slides (dev, build and export alike): the notes become the talk's words in the
// deck's edition (talk/notes.ts says how), and the hosted address comes from the host's build (node/headers.ts).
import { definePreparserSetup } from '@slidev/types'
import { editionOfDeck } from '../data/editions.ts'
import { hostedAddressExtension } from '../node/headers.ts'
import { notesExtension } from '../talk/notes.ts'

export default definePreparserSetup(({ headmatter }) => {
  const edition = editionOfDeck(headmatter)
  return [...notesExtension(edition.lang), hostedAddressExtension(edition)]
})
