// Slide 1's snapshot (build/first-slide.ts, which names the ids used here) shows only at slide 1's address: the SPA
// fallback and the service worker answer /7 and /presenter with the same page. The app waits in a template: it starts
// at once elsewhere, and at slide 1 only once the page and the snapshot's fonts have loaded and the snapshot has
// painted, so that nothing it fetches delays that paint. A classic script in <head>: it runs before the first paint.
const base = new URL('.', document.currentScript.src).pathname

/** appends the held tags; a preload appended after the page's `load` never serves the request it was for: none then */
function startApp(preload) {
  const held = document.getElementById('deck-app').content
  if (!preload)
    held.querySelectorAll('link[rel="preload"]').forEach(link => link.remove())
  document.head.append(held)
}

/** once the snapshot is on screen: its largest paint reported, or two frames on where that is not reported */
function afterItsPaint(then) {
  if (document.visibilityState === 'visible' && PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
    new PerformanceObserver((_, observer) => {
      observer.disconnect()
      then()
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  }
  else {
    requestAnimationFrame(() => requestAnimationFrame(then))
  }
}

/** The app draws its slide 1 hidden under the snapshot; once a slide of its own is laid out and the deck's fonts have arrived, the two swap. */
function handOver() {
  const snapshot = document.getElementById('first-slide-snapshot')
  const observer = new MutationObserver(() => {
    // a layout (every slide has one) outside the snapshot; Slidev keeps the neighbouring slides mounted, hidden
    if ([...document.querySelectorAll('.slidev-layout')].some(layout => !snapshot.contains(layout) && layout.getClientRects().length)) {
      observer.disconnect()
      document.fonts.ready.then(() => {
        snapshot.remove()
        document.documentElement.classList.remove('first-slide')
      })
    }
  })
  observer.observe(document.body, { childList: true, subtree: true })
}

if (['', '1'].includes(location.pathname.slice(base.length).replace(/\/$/, ''))) {
  document.documentElement.classList.add('first-slide')
  addEventListener('DOMContentLoaded', handOver)
  addEventListener('load', () => document.fonts.ready.then(() => afterItsPaint(() => startApp(false))))
}
else {
  addEventListener('DOMContentLoaded', () => {
    document.getElementById('first-slide-snapshot')?.remove()
    startApp(true)
  })
}
