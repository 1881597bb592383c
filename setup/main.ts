// Slidev runs this in the app (dev server, build and export alike).
import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { editionOf, editions, siteRootOf } from '../data/editions'

/** where the site's 404 page leaves a deep link for the edition it belongs to (sessionStorage: this tab only) */
const HANDED_ON = 'deck-deep-link'

export default defineAppSetup(({ router }) => {
  // the headmatter names the PDF relative to the site, and Slidev links it relative to the page: from presenter/N
  // that is the wrong folder; the dev server has no PDF to give
  if (typeof configs.download === 'string')
    configs.download = import.meta.env.DEV ? false : `${import.meta.env.BASE_URL}${configs.download}`
  if (import.meta.env.DEV)
    return
  // GitHub Pages answers every missing path with the site's one 404.html, the Chinese deck: a deep link into another
  // edition's folder (en/7) is handed on to that edition's app, which opens it
  const own = editionOf(configs.htmlAttrs?.lang)
  const site = siteRootOf(import.meta.env.BASE_URL, own)
  const other = editions.find(({ path }) => path && path !== own.path && location.pathname.startsWith(`${site}${path}`))
  if (other) {
    sessionStorage.setItem(HANDED_ON, `${location.pathname.slice(`${site}${other.path}`.length)}${location.search}${location.hash}`)
    location.replace(`${site}${other.path}`)
    return
  }
  const handed = sessionStorage.getItem(HANDED_ON)
  if (handed !== null) {
    sessionStorage.removeItem(HANDED_ON)
    void router.replace(`/${handed}`)
  }
})
