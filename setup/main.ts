// Slidev runs this in the app (dev server, build and export alike).
import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'

export default defineAppSetup(() => {
  // Slidev links the download button relative to the page: from presenter/N that is the wrong folder; the dev
  // server has no PDF to give
  if (configs.download === true)
    configs.download = import.meta.env.DEV ? false : `${import.meta.env.BASE_URL}${configs.exportFilename}.pdf`
})
