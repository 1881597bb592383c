import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'

// Slidev links the download button relative to the page: from presenter/N that is the wrong folder
export default defineAppSetup(() => {
  if (configs.download === true)
    configs.download = `${import.meta.env.BASE_URL}${configs.exportFilename}.pdf`
})
