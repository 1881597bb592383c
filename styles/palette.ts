/**
 * The deck's colours by role, defined once: UnoCSS theme colours (`text-accent`) and CSS variables (`var(--deck-accent)`).
 * Text has at least 4.5:1 against its surface, lines and bars 3:1 (tests/e2e/slides.spec.ts measures the slides).
 */
export const palette = {
  'ink': '#1b2336', // text on paper
  'paper': '#fbfaf7', // light slides
  'muted': '#4a5466', // secondary text on paper
  'rule': '#8c8577', // lines that carry meaning: card edges, axes
  'track': '#e6e1d6', // the empty part of a bar
  'night': '#16213e', // cover, part openers, closing
  'mist': '#e9eef7', // text on night
  'haze': '#aab6cf', // secondary text on night
  'accent': '#b3361f', // the point of this slide
  'accent-night': '#f4a261',
  'machine': '#1d6670', // the machine side: data, models, bars
  // one colour per part of the talk: the agenda sets them up, kickers and openers carry them
  'shocks': '#34489c',
  'shocks-night': '#9fb0f0',
  'opportunity': '#855c00',
  'opportunity-night': '#e8c36a',
  'reflections': '#7c2f6e',
  'reflections-night': '#e7a3d6',
} as const

/** the palette as CSS variables (--deck-ink …), for the deck and the reading edition */
export const paletteCss = (): string => `:root { ${Object.entries(palette).map(([name, value]) => `--deck-${name}: ${value};`).join(' ')} }`
