// Shows slide 1's snapshot (lib/prerender.ts) only at slide 1's address: the SPA fallback and the service
// worker answer /7 and /presenter with the same page. A classic script in <head>: it runs before the first paint.
const base = new URL('.', document.currentScript.src).pathname
if (['', '1'].includes(location.pathname.slice(base.length).replace(/\/$/, '')))
  document.documentElement.classList.add('first-slide') // AT_SLIDE_ONE in lib/first-slide.ts
