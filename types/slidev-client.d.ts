/**
 * What this deck uses of `@slidev/client`, for `vue-tsc` only (tsconfig
 * `paths`). Slidev's client ships as TypeScript source written for its own
 * compiler settings and build-time globals; type-checking it under this
 * project's stricter settings reports errors in Slidev, not in the deck.
 * Vite and vitest still import the real package. Types come from
 * @slidev/types, so a change there still reaches our components.
 */
import type { SlidevConfig } from '@slidev/types'
import type { Ref } from 'vue'

export declare const configs: SlidevConfig

export declare function useSlideContext(): {
  $slidev: { configs: SlidevConfig }
}

/** the app's navigation state (in a printed slide, `$slidev.nav` is that slide's own) */
export declare function useNav(): {
  isPrintMode: Ref<boolean>
}
