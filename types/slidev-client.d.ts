/**
 * What this deck uses of `@slidev/client`, for `vue-tsc` only (tsconfig `paths`): Slidev's client ships as TypeScript
 * source for its own compiler settings and build-time globals, which this project's stricter settings reject.
 * Vite and vitest still import the real package; the types come from @slidev/types, so its changes reach us.
 */
import type { SlidevConfig } from '@slidev/types'
import type { Ref } from 'vue'

export declare const configs: SlidevConfig
export declare function useSlideContext(): { $slidev: { configs: SlidevConfig } }
/** the app's navigation state (in a printed slide, `$slidev.nav` is that slide's own) */
export declare function useNav(): { isPrintMode: Ref<boolean> }
