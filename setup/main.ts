// Slidev runs this in the app (dev server, build and export alike).
import { defineAppSetup } from '@slidev/types'
import { SNAPSHOT_ID } from '../lib/first-slide'

/**
 * The built index.html shows a snapshot of slide 1 until the app has drawn
 * a slide of its own (lib/prerender.ts); it goes then, in the same frame.
 */
export default defineAppSetup(() => {
  const snapshot = document.getElementById(SNAPSHOT_ID)
  const app = document.getElementById('app')
  if (!snapshot || !app)
    return
  const observer = new MutationObserver(() => {
    // Slidev keeps the neighbouring slides mounted, hidden
    if (![
      ...app.querySelectorAll('.slidev-layout'),
    ].some(layout => layout.getClientRects().length)) {
      return
    }
    observer.disconnect()
    snapshot.remove()
  })
  observer.observe(app, { childList: true, subtree: true })
})
