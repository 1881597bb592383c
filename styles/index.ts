// Fonts: Inter and Noto Sans SC subset to the deck's own characters
// (npm run fonts), served from public/fonts/: no font CDN, no system font.
import './fonts.css'
import './deck.css'
