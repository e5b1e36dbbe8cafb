// A category page with 200 product tiles, each with its own widget (every tenth with a preview
// card): loading and mounting keep the page responsive (no long task over 50 ms), widgets far
// below the fold may wait until they come near the viewport, and every one mounts eventually.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget, WAIT } from './harness.js'
import { pageHtml } from './fixtures.js'
import { poll } from './pages/events-kit.js'

const h = useBrowser()
const TILES = 200
const PATH = '/inline/hostile-category.html'

const tile = (i) => `<article class="tile"><h2>Product ${i}</h2>
      <div id="t${i}" data-sharecue data-url="https://shop.example/p/product-${i}" data-title="Product ${i}"
           data-price="${10 + i}" data-currency="EUR" data-channels="whatsapp,facebook,x,copy"${i % 10 === 0 ? ` data-card="true" data-original-price="${20 + i}" data-stock="${i % 7}"` : ''}></div></article>`

const html = pageHtml({
  title: 'Everything | Shop Example',
  head: '<style>.grid { display: grid; grid-template-columns: repeat(4, 1fr); gap: 16px } .tile { min-height: 180px }</style>',
  body: `    <h1>Everything</h1>
    <div class="grid">
    ${Array.from({ length: TILES }, (_, i) => tile(i)).join('\n    ')}
    </div>`,
})

/** Runs before any page script: every long task (over 50 ms, the spec's threshold) of the page's life. */
const recordLongTasks = () => {
  window.__long = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__long.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) })
  }).observe({ type: 'longtask', buffered: true })
}

/** How many targets hold a mounted widget (a control in their shadow root). */
const mountedCount = (page) => page.evaluate(() => [...document.querySelectorAll('[data-sharecue]')]
  .filter((el) => el.shadowRoot?.querySelector('[data-channel]')).length)

test('the long-task recorder works: a 120 ms busy loop in the page is reported', async () => {
  const s = await h.open(PATH, { html, initScript: recordLongTasks })
  // A task of the page's own (a timer), as a widget's mounting would be.
  await s.page.evaluate(() => setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }))
  const long = await poll(() => s.page.evaluate(() => window.__long.filter((t) => t.duration >= 100)).then((list) => list.length && list), { message: 'a long task entry' })
  assert.ok(long[0].duration >= 100)
})

test(`a page with ${TILES} widgets mounts those in view without a single long task, and the rest once scrolled to`, async () => {
  const s = await h.open(PATH, { html, initScript: recordLongTasks })
  await waitForWidget(s.page, '#t0', { session: s })
  await waitForWidget(s.page, '#t7', { session: s })
  // Quiet for a while: whatever mounting happens without scrolling has happened.
  await s.page.waitForTimeout(1000)
  const early = await mountedCount(s.page)

  // Scroll down most of a screen at a time, as a shopper would, to the end (the page grows as
  // widgets mount); every widget mounts on the way.
  for (let more = true; more;) {
    more = await s.page.evaluate(() => {
      const before = scrollY
      scrollBy(0, 700)
      return scrollY > before
    })
    await s.page.waitForTimeout(50)
  }
  await waitForWidget(s.page, `#t${TILES - 1}`, { session: s, timeout: WAIT * 2 })
  await poll(async () => (await mountedCount(s.page)) === TILES, { timeout: WAIT * 2, message: async () => `all ${TILES} widgets to mount; ${await mountedCount(s.page)} did` })

  const long = await s.page.evaluate(() => window.__long)
  console.log(`mounted without scrolling: ${early} of ${TILES}; long tasks: ${JSON.stringify(long)}`)
  assert.deepEqual(long, [], 'no task over 50 ms while loading, mounting and scrolling')
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
})
