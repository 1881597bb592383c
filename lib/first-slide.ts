/** The snapshot of slide 1 in the built index.html (lib/prerender.ts), which setup/main.ts removes */
export const SNAPSHOT_ID = 'first-slide-snapshot'
/** the class public/first-slide.js gives <html> at slide 1's address, where the snapshot shows */
export const AT_SLIDE_ONE = 'first-slide'
/** the <template> in the built index.html holding the app's scripts and fonts until public/first-slide.js starts them */
export const APP_TEMPLATE_ID = 'deck-app'
