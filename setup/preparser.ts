// Slidev loads this when it parses the slides (dev, build and export alike): the notes become the talk's words
// (talk/notes.ts says how).
import { definePreparserSetup } from '@slidev/types'
import { notesExtension } from '../talk/notes.ts'

export default definePreparserSetup(() => notesExtension())
