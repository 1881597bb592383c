// The snapshot of slide 1 that the build writes into index.html
// (lib/prerender.ts) shows only at slide 1's address: the SPA fallback and
// the service worker answer /7 and /presenter with the same page. A classic
// script in <head>, so it has run before the page first paints.
const base = new URL('.', document.currentScript.src).pathname
if (['', '1'].includes(location.pathname.slice(base.length).replace(/\/$/, ''))) {
  // AT_SLIDE_ONE in lib/first-slide.ts
  document.documentElement.classList.add('first-slide')
}
