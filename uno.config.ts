import { defineConfig } from 'unocss'

/**
 * The deck's visual language. Colours are named for their role; every text
 * colour here passes WCAG AA (4.5:1) on `paper`, and `paper`/`mist` on `night`.
 */
export default defineConfig({
  theme: {
    colors: {
      ink: '#1b2336', // body text
      paper: '#fbfaf7', // slide background, warm white
      night: '#16213e', // cover and section backgrounds
      mist: '#e9eef7', // text on night
      accent: '#b83a26', // vermilion: the one thing to look at
      teal: '#1d6670', // second voice: data, the machine side
      gold: '#d9a441', // bars and marks only, never text on paper
      muted: '#556072', // secondary text
      line: '#d8d3c6', // rules and borders
    },
  },
  shortcuts: {
    // a slide's kicker above its headline: section number and name
    'deck-kicker': 'text-sm font-700 tracking-[0.2em] text-accent',
    // the small print under a figure: sources, estimates
    'deck-caption': 'text-sm text-muted leading-snug',
    // a card that holds one idea
    'deck-card': 'rounded-lg border border-line bg-white/70 px-5 py-4',
    // a citation marker like [3]
    'deck-cite': 'text-sm align-super leading-none text-teal font-700',
    // a tag like “演讲者估计”
    'deck-tag': 'inline-block rounded px-1.5 py-0.5 text-xs font-700 bg-gold/25 text-ink',
  },
})
