// Unit test files share one module graph (vitest.config.ts: isolate off): the fake deck is reset before a file's
// describe blocks run (some mount as they are collected) and before each test
import { beforeEach } from 'vitest'
import { resetDeck } from './slidev-client.ts'

resetDeck()
beforeEach(resetDeck)
