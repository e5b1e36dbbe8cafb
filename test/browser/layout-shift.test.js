// Cumulative Layout Shift: a target that reserves `min-height: 40px` (README) does not move the
// text below it when the widget and its lazily loaded icons arrive.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { inShadow, sleep, useBrowser, waitForWidget } from './harness.js'
import { productHtml } from './fixtures.js'

const h = useBrowser()
const PATH = '/inline/layout-shift.html'
// bluesky's icon is a lazily loaded file (dist/sc-icon-bluesky.js); the others may be in the first script.
const CHANNELS = ['whatsapp', 'facebook', 'x', 'bluesky', 'email', 'copy']
const VIEWPORT = { width: 1280, height: 800 }

const html = productHtml({
  channels: CHANNELS.join(','),
  stylesheet: '/test/browser/pages/layout-shift.css',
  text: false,
  after: `<p class="below" id="below">A rechargeable lantern for camping: three brightness levels, a warm-white LED and a brass finish that ages well.</p>
    <p class="below">Ships in two working days. Free returns within 30 days.</p>`,
})

/** Init script: sums layout shifts (buffered, so shifts before the observer count too). */
const observeShifts = () => {
  window.__shifts = []
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        startTime: entry.startTime,
        sources: (entry.sources || []).map((s) => ({
          node: s.node ? (s.node.id || s.node.className || s.node.nodeName) : null,
          from: [s.previousRect.y, s.previousRect.height],
          to: [s.currentRect.y, s.currentRect.height],
        })),
      })
    }
  })
  observer.observe({ type: 'layout-shift', buffered: true })
}

/** Waits for every control's icon path, then 500 ms more; returns the shifts and the widget's geometry. */
const measure = async (s) => {
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.waitForFunction(() => {
    const all = [...document.getElementById('share').shadowRoot.querySelectorAll('[data-channel]')]
    return all.length > 0 && all.every((el) => el.querySelector('svg path[d]'))
  })
  await sleep(500)
  const shifts = await s.page.evaluate(() => window.__shifts)
  const geometry = await inShadow(s.page, '#share', (root, _arg, host) => ({
    host: host.getBoundingClientRect().height,
    tops: [...root.querySelectorAll('[data-channel]')].map((el) => Math.round(el.getBoundingClientRect().top)),
    channels: [...root.querySelectorAll('[data-channel]')].map((el) => el.getAttribute('data-channel')),
  }))
  return { shifts, geometry }
}

const cls = (shifts) => shifts.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)

const check = ({ shifts, geometry }) => {
  assert.deepEqual(geometry.channels, CHANNELS)
  assert.equal(new Set(geometry.tops).size, 1, `one row of controls at 1280px; control tops: ${geometry.tops.join(', ')}`)
  assert.equal(cls(shifts), 0, `cumulative layout shift (target height after load ${geometry.host}px); shifts: ${JSON.stringify(shifts)}`)
}

test('on a 1280px product page the widget and its lazily loaded bluesky icon cause no layout shift (CLS 0) when the target reserves min-height 40px', async () => {
  const s = await h.open(PATH, { html, initScript: observeShifts, contextOptions: { viewport: VIEWPORT } })
  const result = await measure(s)
  assert.ok(h.server.requests.some((r) => r.pathname === '/dist/sc-icon-bluesky.js'), 'bluesky\'s icon loaded lazily')
  check(result)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('CLS stays 0 when sharecue.js and the icons arrive well after the first paint (slow network)', async () => {
  // A blank page first, so the delays are in place before the product page is requested.
  const s = await h.open('/inline/blank.html', { html: '<!doctype html><title>blank</title>', initScript: observeShifts, contextOptions: { viewport: VIEWPORT } })
  await s.page.route('**/dist/**', async (route) => {
    await sleep(route.request().url().endsWith('/sharecue.js') ? 400 : 250)
    await route.fallback()
  })
  h.server.page(PATH, html)
  await s.page.goto(h.url(PATH))
  const painted = await s.page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)
  assert.equal(painted, 1, 'the page painted before the widget arrived')
  const result = await measure(s)
  check(result)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('the measurement is not vacuous: without the reserved min-height the late widget does shift the text below (CLS > 0)', async () => {
  const s = await h.open('/inline/blank.html', { html: '<!doctype html><title>blank</title>', initScript: observeShifts, contextOptions: { viewport: VIEWPORT } })
  await s.page.route('**/dist/**', async (route) => {
    await sleep(route.request().url().endsWith('/sharecue.js') ? 400 : 250)
    await route.fallback()
  })
  h.server.page('/inline/layout-shift-unreserved.html', html.replace('class="share"', 'class="unreserved"'))
  await s.page.goto(h.url('/inline/layout-shift-unreserved.html'))
  const { shifts } = await measure(s)
  assert.ok(cls(shifts) > 0, `expected a layout shift without min-height; shifts: ${JSON.stringify(shifts)}`)
  s.assertNoPageErrors()
})
