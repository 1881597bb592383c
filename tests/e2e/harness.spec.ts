import { expect, test } from '@playwright/test'
import { SLIDE_CANVAS, SLIDE_NUMBER } from '../../node/slidev.ts'
import { findOverflow, watchPage } from '../support/harness.ts'

// A stand-in for a broken slide, served from the loopback origin: one element
// wider than the canvas, one image from a CDN. The harness must report both.
const BROKEN_SLIDE = `<!doctype html><html><body style="margin:0">
<div id="${SLIDE_CANVAS.slice(1)}" style="position:relative;width:980px;height:552px">
  <div ${SLIDE_NUMBER}="1">
    <div class="too-wide" style="width:1200px;height:40px">一行太长的标题</div>
    <div class="slidev-vclick-hidden" style="width:2000px">not yet revealed: ignored</div>
    <div style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">screen-reader text, clipped by design: ignored</div>
    <img alt="" src="https://cdn.example.com/logo.png">
  </div>
</div></body></html>`

test('the harness reports an overflowing element and an external request', async ({ page, baseURL }) => {
  const watch = watchPage(page)
  watch.at('fixture slide')
  await page.route(`${baseURL}__broken-slide`, route => route.fulfill({ contentType: 'text/html; charset=utf-8', body: BROKEN_SLIDE }))
  await page.goto('__broken-slide')
  await page.waitForLoadState('load')

  const overflow = await findOverflow(page, 1)
  expect(overflow).toHaveLength(1)
  expect(overflow[0]).toContain('<div.too-wide> “一行太长的标题” sticks out of the slide (right by 220px)')
  expect(watch.problems).toContainEqual(expect.stringContaining('fixture slide: external request to cdn.example.com'))
})
