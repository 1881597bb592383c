// Slidev loads this when it parses the slides (dev, build and export alike): the notes become the talk's words
// (talk/notes.ts says how), and the hosted address comes from the host's build (node/headers.ts).
import { definePreparserSetup } from '@slidev/types'
import { hostedAddressExtension } from '../node/headers.ts'
import { notesExtension } from '../talk/notes.ts'

export default definePreparserSetup(() => [...notesExtension(), hostedAddressExtension()])
