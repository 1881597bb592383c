// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { it, vi } from 'vitest'
import { computed, ref } from 'vue'
import EventTimeline from '../../components/EventTimeline.vue'
import { timelineEvents } from '../../data/timeline'

vi.mock('@slidev/client', () => ({
  useSlideContext: () => ({
    $renderContext: ref('overview'),
    $clicksContext: { calculateSince: () => null, register: () => {}, unregister: () => {} },
  }),
}))
void computed
it('debug', () => {
  const w = mount(EventTimeline, { props: { events: timelineEvents } })
  for (const li of w.findAll('[data-timeline-box]'))
    console.log(li.attributes('style'), li.text())
})
