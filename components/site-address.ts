/**
 * Addresses on the hosted site, for links a slide shows: under seoMeta.ogUrl (the hosted address, DECK_URL at build
 * time) or this site's base. A printed deck without a hosted address has none: the PDF would link to a file path.
 */
import { useNav, useSlideContext } from '@slidev/client'
import { editionIn, siteRootOf } from '../data/editions'
import { useLang } from './locale'

/** in a component's setup: `href('read/')` under this edition, `href('en/', 'site')` under the site's root */
export function useSiteHref(): (path: string, from?: 'edition' | 'site') => string | undefined {
  const hosted = useSlideContext().$slidev.configs.seoMeta?.ogUrl?.replace(/\/?$/, '/')
  const printed = useNav().isPrintMode.value
  const edition = editionIn(useLang())
  return (path, from = 'edition') => {
    if (!hosted && printed)
      return undefined
    const address = new URL(hosted ?? new URL(import.meta.env.BASE_URL, window.location.href)).href
    return new URL(path, from === 'site' ? siteRootOf(address, edition) : address).href
  }
}
