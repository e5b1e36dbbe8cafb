// Pages that change the JavaScript environment under the widget: redefined built-ins, a polluted
// Object.prototype, a wrapped fetch, quirks mode. The widget renders, its links are right, its
// events reach the collector, and it adds no global but `ShareCue` and touches no prototype.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { useBrowser, waitForWidget } from './harness.js'
import { attr } from './fixtures.js'
import { openWithCollector, startEventsCollector } from './pages/events-kit.js'
import { CHANNELS, PATH, PRODUCT, pollute, script, shareThrough } from './pages/hostile-kit.js'

const h = useBrowser()

test('the widget adds no global but ShareCue and changes no built-in prototype, even after lazy chunks, a dialog and events', async (t) => {
  const c = await startEventsCollector(h, t)
  const names = () => {
    const protos = { window: globalThis, Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype, Promise: Promise.prototype, Element: Element.prototype, Node: Node.prototype, EventTarget: EventTarget.prototype, Document: Document.prototype }
    return Object.fromEntries(Object.entries(protos).map(([key, proto]) => [key, [...Object.getOwnPropertyNames(proto), ...Object.getOwnPropertySymbols(proto).map(String)]]))
  }
  // The page loads the script itself once the snapshot is taken.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field Lantern | Shop Example</title></head>
<body><main><h1>Field Lantern</h1>
<div id="share" data-sharecue data-url="${attr(PRODUCT.url)}" data-title="Field Lantern" data-channels="telegram,viber,wechat,copy,x"></div>
</main></body></html>`
  const s = await openWithCollector(h, c, PATH, { html })
  const before = await s.page.evaluate(`(${names})()`)
  await s.page.evaluate((endpoint) => new Promise((done, fail) => {
    const tag = document.createElement('script')
    tag.src = '/dist/sharecue.js'
    tag.dataset.endpoint = endpoint
    tag.onload = done
    tag.onerror = fail
    document.head.append(tag)
  }), c.endpoint)
  await waitForWidget(s.page, '#share', { session: s })
  // Lazy icons, the WeChat dialog with its QR code, and event delivery all arrive.
  await s.page.locator('#share [data-channel="wechat"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot.querySelector('dialog[open] svg path[d]'))
  await s.page.keyboard.press('Escape')
  await s.page.evaluate(() => window.ShareCue.flush())
  await c.waitForRows((rows) => rows.some((row) => row.type === 'share_click'))
  for (const chunk of ['sc-icon-viber.js', 'sc-extras.js', 'sc-qr.js', 'sc-delivery.js']) {
    assert.ok(s.requests.some((r) => r.url.endsWith('/dist/' + chunk)), `${chunk} was loaded`)
  }
  const after = await s.page.evaluate(`(${names})()`)
  const added = Object.fromEntries(Object.keys(after).map((key) => [key, after[key].filter((name) => !before[key].includes(name))]))
  assert.deepEqual(added, { window: ['ShareCue'], Object: [], Array: [], Function: [], String: [], Promise: [], Element: [], Node: [], EventTarget: [], Document: [] })
  s.assertNoPageErrors()
})

test('a page that redefined Array.prototype.includes with a loose, enumerable polyfill: renders, links right, events arrive', async (t) => {
  const head = script(`Array.prototype.includes = function (x) { return this.indexOf(x) !== -1 }`)
  const { s } = await shareThrough(h, t, { head })
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
})

/** Sets properties on Object.prototype, as a careless library or an exploited merge function would. */

test('a polluted Object.prototype (channels, url, title, endpoint…) and __proto__ keys in the JSON-LD change nothing', async (t) => {
  const head = `${pollute({ channels: 'evil', url: 'javascript:alert("evil")', title: 'evil', text: 'evil', card: 'evil',
    campaign: 'evil', endpoint: 'https://evil.example/', type: 'evil', onclick: 'alert("evil")', sku: 'evil', price: 'evil' })}
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","__proto__":{"name":"evil","url":"javascript:evil"},
    "constructor":{"prototype":{"name":"evil"}},"sku":"FL-1","offers":{"@type":"Offer","price":"39.00","priceCurrency":"EUR","__proto__":{"price":"1"}}}</script>`
  const { s, rows } = await shareThrough(h, t, { head })
  assert.ok(rows.every((row) => !/evil/.test(JSON.stringify(row))), 'no polluted value in an event')
  s.assertNoPageErrors()
  assert.deepEqual(s.offHost.filter((r) => /evil/.test(r.url)), [])
})

test('a page whose fetch is wrapped by another library (logging and forwarding): events arrive through it', async (t) => {
  const head = script(`window.__fetched = []
    const original = window.fetch
    window.fetch = function (input, init) { window.__fetched.push(String(input)); return original.apply(this, arguments) }`)
  const { s, c } = await shareThrough(h, t, { head })
  const fetched = await s.page.evaluate(() => window.__fetched)
  assert.ok(fetched.some((url) => url === c.endpoint), `the events went through the page's fetch: ${JSON.stringify(fetched)}`)
  s.assertNoPageErrors()
})

test('a page whose fetch returns its own Promise subclass: events arrive', async (t) => {
  const head = script(`window.__fetched = 0
    class TrackedPromise extends Promise {}
    const original = window.fetch
    window.fetch = function (input, init) { window.__fetched++; return TrackedPromise.resolve(original.call(window, input, init)) }`)
  const { s } = await shareThrough(h, t, { head })
  assert.ok(await s.page.evaluate(() => window.__fetched) > 0)
  s.assertNoPageErrors()
})

test('a page in quirks mode (no doctype): the widget renders with its own box sizes, links right, events arrive', async (t) => {
  const html = `<html><head><title>Field Lantern | Shop Example</title>
  <script src="/dist/sharecue.js" async data-endpoint="%ENDPOINT%"></script></head>
<body><table><tr><td><h1>Field Lantern</h1>
<div id="share" data-sharecue data-widget-id="share" data-url="${attr(PRODUCT.url)}" data-title="Field Lantern" data-sku="FL-1" data-channels="${CHANNELS.join(',')}"></div>
</td></tr></table></body></html>`
  const { s } = await shareThrough(h, t, { html })
  assert.equal(await s.page.evaluate(() => document.compatMode), 'BackCompat')
  const sizes = await s.page.evaluate(() => [...document.getElementById('share').shadowRoot.querySelectorAll('[data-channel]')]
    .map((el) => { const box = el.getBoundingClientRect(); return `${el.dataset.channel} ${box.height}` }))
  assert.deepEqual(sizes.map((line) => line.split(' ')[1]), CHANNELS.map(() => '40'))
  s.assertNoPageErrors()
})

test('a page that took IntersectionObserver away still gets its widgets, its links and its events', async (t) => {
  const { s } = await shareThrough(h, t, { head: script('delete window.IntersectionObserver') })
  s.assertNoPageErrors()
})

// Rows mount 10 ms at a time, in tasks of their own: a long list needs several. A page whose
// requestAnimationFrame never calls back (or throws) must not hold any of them back, whatever
// mounting waits for, and sees no error of sharecue's.
for (const [name, broken] of [['never calls back', '() => 0'], ['throws', '() => { throw new TypeError("no frames here") }']]) {
  test(`a page whose requestAnimationFrame ${name} still gets all 400 widgets of a long list`, async () => {
    const rows = Array.from({ length: 400 }, (_, i) => `<div class="row" data-sharecue data-url="https://shop.example/p/${i}" data-title="Item ${i}" data-channels="x,email" data-layout="icons"></div>`)
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Items</title>
<script>window.requestAnimationFrame = ${broken}</script><script src="/dist/sharecue.js" async></script>
<style>.row { height: 4px; overflow: hidden }</style></head><body>${rows.join('\n')}</body></html>`
    const s = await h.open('/hostile/raf.html', { html })
    const linked = () => s.page.evaluate(() => [...document.querySelectorAll('.row')].filter((row) => row.shadowRoot?.querySelectorAll('a[href]').length === 2).length)
    // 400 rows within the observer's margin: several slices, so several waits for a frame.
    await s.page.waitForFunction(() => [...document.querySelectorAll('.row')].every((row) => row.shadowRoot?.querySelectorAll('a[href]').length === 2), null, { timeout: 20_000, polling: 100 })
      .catch(async (error) => assert.fail(`${await linked()} of 400 rows linked: ${error.message}`))
    s.assertNoPageErrors()
  })
}
