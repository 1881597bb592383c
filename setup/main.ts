// Slidev runs this in the app (dev server, build and export alike).
import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { AT_SLIDE_ONE, SNAPSHOT_ID } from '../lib/first-slide'

export default defineAppSetup(() => {
  // Slidev links the download button relative to the page: from presenter/N that is the wrong folder; the dev
  // server has no PDF to give
  if (configs.download === true)
    configs.download = import.meta.env.DEV ? false : `${import.meta.env.BASE_URL}${configs.exportFilename}.pdf`

  // the deck is the page's content: one main landmark for screen readers' “skip to main”
  const app = document.getElementById('app')
  app?.setAttribute('role', 'main')

  // the built index.html shows a snapshot of slide 1 (lib/prerender.ts) until the app has drawn a slide of its own
  const snapshot = document.getElementById(SNAPSHOT_ID)
  if (!snapshot || !app)
    return
  const observer = new MutationObserver(() => {
    // Slidev keeps the neighbouring slides mounted, hidden
    if ([...app.querySelectorAll('.slidev-layout')].some(layout => layout.getClientRects().length)) {
      observer.disconnect()
      // the app's slide stays hidden under the snapshot until the deck's own fonts have arrived: no flash of a fallback face
      void document.fonts.ready.then(() => {
        snapshot.remove()
        document.documentElement.classList.remove(AT_SLIDE_ONE)
      })
    }
  })
  observer.observe(app, { childList: true, subtree: true })
})
