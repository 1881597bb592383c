// Slidev loads this when it parses the slides (dev, build and export alike):
// presenter notes that name transcript paragraphs get the talk's words.
import type { PreparserSetup } from '@slidev/types'
import { readTranscript } from '../lib/transcript-format'
import { transcriptNotes } from './transcript-notes'

const setup: PreparserSetup = () => [
  transcriptNotes(readTranscript()),
]
export default setup
