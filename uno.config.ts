import { defineConfig } from 'unocss'
import { palette, paletteCss } from './styles/palette.ts'

// the deck's colours (styles/palette.ts) as theme colours for utilities (`text-accent`) and as CSS variables
export default defineConfig({
  theme: { colors: { ...palette, part: 'var(--part)' } },
  preflights: [{ getCSS: paletteCss }],
})
