/**
 * How many items of a list to show, when the list reveals one item per click.
 * The list registers with the slide's clicks context (as <v-switch> does), so
 * the presenter's arrow key reveals the next item. Outside the live slide and
 * the presenter's current slide (overview, next-slide preview, print, export)
 * every item shows, so the PDF and the overview are complete.
 */
import type { ClicksInfo } from '@slidev/types'
import type { ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'
import { computed, onMounted, onUnmounted, shallowRef, useId } from 'vue'

export function useClickReveal(options: {
  /** names the registration in the clicks context, e.g. 'event-timeline' */
  name: string
  /** how many items the list has */
  count: () => number
  /** when the first item appears, in Slidev's v-click terms ('+1' = the next click) */
  at: () => string | number
}): ComputedRef<number> {
  const { $clicksContext, $renderContext } = useSlideContext()
  const followsClicks = ['slide', 'presenter'].includes($renderContext.value)
  const clicksId = `${options.name}-${useId()}`
  const clicksInfo = shallowRef<ClicksInfo | null>(null)
  const registered = shallowRef(false)

  onMounted(() => {
    if (!followsClicks || options.count() === 0)
      return
    const info = $clicksContext.calculateSince(options.at(), options.count())
    if (info) {
      $clicksContext.register(clicksId, info)
      clicksInfo.value = info
    }
    registered.value = true
  })
  onUnmounted(() => $clicksContext.unregister(clicksId))

  return computed(() => {
    const total = options.count()
    // not following clicks, or Slidev gave no click slot (e.g. clicks disabled)
    if (!followsClicks || (registered.value && !clicksInfo.value))
      return total
    if (!clicksInfo.value)
      return 0
    return Math.min(Math.max(clicksInfo.value.currentOffset.value + 1, 0), total)
  })
}
