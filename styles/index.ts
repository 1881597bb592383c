// Self-hosted faces from npm: the deck never asks a font CDN or the system.
import '@fontsource/inter/400.css'
import '@fontsource/inter/700.css'
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './deck.css'
