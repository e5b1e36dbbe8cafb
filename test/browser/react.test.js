// sharecue/react in a React 19 app (development build, StrictMode), in Chromium: what the
// shopper sees in the shadow root as props change, after unmount, and when server-rendered
// markup is hydrated (no hydration warning, nothing below the widget moves).
import { before, test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createElement as h, StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { ROOT } from './server.js'
import { controls, inShadow, sleep, useBrowser, waitForWidget } from './harness.js'
import { ProductPage } from './react/product-page.js'

const b = useBrowser()
const HOST = '#slot > div'
const OUT = '.tmp/react-app'

before(async () => {
  const { build } = await import('esbuild')
  rmSync(join(ROOT, OUT), { recursive: true, force: true })
  mkdirSync(join(ROOT, OUT), { recursive: true })
  // React's development build: StrictMode mounts effects twice and hydration mismatches are logged.
  await build({
    entryPoints: [join(ROOT, 'test/browser/react/client.js')], bundle: true, format: 'esm',
    outfile: join(ROOT, OUT, 'client.js'), define: { 'process.env.NODE_ENV': '"development"' }, logLevel: 'silent',
  })
})

/** In 10 days: a real deadline for product A. */
const deadline = () => new Date(Date.now() + 10 * 86_400_000).toISOString()
const channels = ['x', 'whatsapp', 'copy']
const productA = () => ({ url: 'https://shop.example/p/a', title: 'Trail shoe A', price: 129, originalPrice: 159, currency: 'USD', deadline: deadline(), stock: 2 })
const productB = { url: 'https://shop.example/p/b', title: 'Rain jacket B', price: 20, currency: 'EUR' }

/** Records layout shifts from the first paint on (buffered). */
const observeShifts = () => {
  window.shifts = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value)
  }).observe({ type: 'layout-shift', buffered: true })
}

/** A page with `markup` in `#root`; the paragraph below is measured as parsed, before any script runs. */
const pageWith = (markup = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Shop | React</title>
<link rel="stylesheet" href="/test/browser/pages/shop.css">
<script type="module" src="/${OUT}/client.js"></script></head>
<body><div id="root">${markup}</div>
<script>window.belowBefore = document.getElementById('below')?.getBoundingClientRect().top ?? null</script>
</body></html>`

let pages = 0
const open = async (markup) => {
  const s = await b.open(`/react/page-${++pages}.html`, { html: pageWith(markup), initScript: observeShifts })
  await s.page.waitForFunction(() => window.app)
  return s
}

/** What React, the widget or the page said through console.error and console.warn. */
const complaints = (s) => s.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => m.text)

/** The card's parts and the copy in the X link, as a shopper and a friend would see them. */
const seen = (page) => inShadow(page, HOST, (root) => {
  const part = (name) => root.querySelector(`[data-part="${name}"]`)?.textContent.trim() ?? null
  const x = root.querySelector('[data-channel="x"]')?.getAttribute('href')
  const url = x && new URL(x)
  return {
    price: part('price'), original: part('original-price'), discount: part('discount'), countdown: part('countdown'), stock: part('stock'),
    text: url?.searchParams.get('text') ?? null, shared: url?.searchParams.get('url') ?? null, all: root.textContent,
  }
})

const sharedPath = async (page) => new URL((await seen(page)).shared).pathname
const views = (page) => page.evaluate(() => window.events.filter((e) => e.type === 'widget_view').map((e) => new URL(e.product.url).pathname))

test('in StrictMode, <ShareButtons> shows one set of controls with product A\'s links and reports one widget_view', async () => {
  const s = await open()
  await s.page.evaluate((share) => window.app.render({ share }), { channels, card: true, product: productA() })
  await waitForWidget(s.page, HOST, { session: s })
  const list = await controls(s.page, HOST)
  assert.deepEqual(list.map((c) => c.channel), channels, 'the second mount of StrictMode left no second set of controls')
  assert.equal(list[0].tag, 'a')
  assert.match(list[0].href, /^https:\/\/x\.com\/intent\/tweet\?/)
  assert.equal(await sharedPath(s.page), '/p/a')
  const a = await seen(s.page)
  assert.ok(a.original && a.discount && a.countdown && a.stock, `A shows its whole offer: ${JSON.stringify(a)}`)
  await s.page.waitForFunction(() => window.events.some((e) => e.type === 'widget_view'))
  await sleep(500)
  assert.deepEqual(await views(s.page), ['/p/a'], 'one view, though StrictMode mounted twice')
  assert.deepEqual(complaints(s), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('changing the props from product A to B shows none of A\'s discount, deadline or stock, and B gets its own widget_view', async () => {
  const s = await open()
  await s.page.evaluate((share) => window.app.render({ share }), { channels, card: true, product: productA() })
  await waitForWidget(s.page, HOST, { session: s })
  await s.page.waitForFunction(() => window.events.some((e) => e.type === 'widget_view'))

  await s.page.evaluate((share) => window.setState({ share }), { channels, card: true, product: productB })
  assert.equal(await sharedPath(s.page), '/p/b', 'the links share B at once')
  const seenB = await seen(s.page)
  assert.deepEqual([seenB.original, seenB.discount, seenB.countdown, seenB.stock], [null, null, null, null], JSON.stringify(seenB))
  assert.match(seenB.price ?? '', /20/)
  assert.doesNotMatch(seenB.all, /159|129|2 left/, `nothing of A's offer anywhere: ${seenB.all}`)
  assert.match(seenB.text ?? '', /Rain jacket B/)
  assert.doesNotMatch(seenB.text ?? '', /Trail shoe|159|129|%/, `the share copy names only B: ${seenB.text}`)
  await s.page.waitForFunction(() => window.events.filter((e) => e.type === 'widget_view').length === 2)
  assert.deepEqual(await views(s.page), ['/p/a', '/p/b'])
  // onEvent got this widget's events, the same ones on('*') saw.
  const [byProp, all] = await s.page.evaluate(() => [window.seenByProp.map((e) => e.id), window.events.filter((e) => e.widget).map((e) => e.id)])
  assert.deepEqual(byProp, all)
  assert.deepEqual(complaints(s), [])
  s.assertNoPageErrors()
})

test('a parent re-rendering with equal props (new arrays and objects) does not update the widget; changed props do', async () => {
  const s = await open()
  const share = { channels, product: { url: 'https://shop.example/p/a', price: 129, currency: 'USD' } }
  await s.page.evaluate((share) => window.app.render({ share }), share)
  await waitForWidget(s.page, HOST, { session: s })
  assert.match((await seen(s.page)).text ?? '', /Shop \| React/, 'no title given: the document\'s')
  // update() reads the target's attributes again: a title set there shows only once it runs.
  await s.page.evaluate(() => { document.querySelector('#slot > div').dataset.title = 'Title from the attribute' })
  await s.page.evaluate((share) => window.setState({ share: JSON.parse(JSON.stringify(share)) }), share)
  await sleep(100)
  assert.doesNotMatch((await seen(s.page)).text ?? '', /Title from the attribute/, 'equal props made no update')
  await s.page.evaluate((share) => window.setState({ share: { ...share, channels: ['whatsapp', 'x'] } }), share)
  assert.deepEqual((await controls(s.page, HOST)).map((c) => c.channel), ['whatsapp', 'x'])
  assert.match((await seen(s.page)).text ?? '', /Title from the attribute/, 'a real change updated the widget')
  s.assertNoPageErrors()
})

test('the ref\'s cardImage() gives a PNG; unmounting leaves no widget, no error and no handle', async () => {
  const s = await open()
  await s.page.evaluate((share) => window.app.render({ share, show: true }), { channels: [...channels, 'image'], card: true, product: productA() })
  await waitForWidget(s.page, HOST, { session: s })
  const png = await s.page.evaluate(async () => {
    const blob = await window.handle.current.cardImage({ width: 400, height: 300 })
    return { type: blob.type, size: blob.size }
  })
  assert.equal(png.type, 'image/png')
  assert.ok(png.size > 1000, `a real picture: ${png.size} bytes`)

  const handle = await s.page.evaluate(() => { window.host = document.querySelector('#slot > div'); return window.handle.current })
  assert.ok(handle)
  await s.page.evaluate(() => window.setState({ share: {}, show: false }))
  const after = await s.page.evaluate(async () => ({
    hosts: document.querySelectorAll('#slot > *').length,
    leftInRemovedHost: window.host.shadowRoot.querySelectorAll('[data-channel], [data-part]').length,
    handle: window.handle.current,
  }))
  assert.deepEqual(after, { hosts: 0, leftInRemovedHost: 0, handle: null })
  await s.page.evaluate(() => window.app.unmount())
  // Past a countdown tick: nothing runs for the widget any more.
  await sleep(1500)
  assert.deepEqual(complaints(s), [])
  s.assertNoPageErrors()
})

test('in StrictMode, a friend who opened an "Ask my friends" link sees the prompt on <ShareButtons>', async () => {
  const path = `/react/page-${++pages}.html`
  b.server.page(path, pageWith())
  const s = await b.open(`${path}?utm_source=whatsapp&utm_medium=social&scid=V1StGXR8_Z5jdHi6B-myT&scask=1`, { initScript: observeShifts })
  await s.page.waitForFunction(() => window.app)
  // StrictMode mounts, destroys and mounts again before the ask's code has arrived.
  await s.page.evaluate((share) => window.app.render({ share }), { channels, product: { url: `${b.server.origin}${path}`, title: 'Trail shoe A' } })
  await waitForWidget(s.page, HOST, { session: s })
  await s.page.waitForFunction((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('[data-part="ask-prompt"]'), HOST, { timeout: 3000 })
    .catch(() => assert.fail('the friend was never asked: the prompt went to the widget StrictMode destroyed'))
  s.assertNoPageErrors()
})

/** Server markup of the page for `share`, as the app's server would send it. */
const serverMarkup = (share) => renderToString(h(StrictMode, null, h(ProductPage, { share, handle: null })))

/** Hydrates the page and waits for the widget; returns the shifts and where the paragraph below went. */
const hydrate = async (s, share) => {
  await s.page.evaluate((share) => window.app.hydrate({ share }), share)
  await waitForWidget(s.page, HOST, { session: s })
  await sleep(300)
  return s.page.evaluate(() => ({
    shifts: window.shifts,
    moved: document.getElementById('below').getBoundingClientRect().top - window.belowBefore,
    host: document.querySelector('#slot > div').getBoundingClientRect().height,
  }))
}

for (const [name, extra] of [
  ['one row of controls', {}],
  ['the card with a photo', { card: true, photo: true }],
  ['controls grouped by scope', { group: true, channels: ['whatsapp', 'email', 'telegram', 'facebook', 'x', 'linkedin'] }],
]) {
  test(`hydrating server-rendered markup (${name}) gives no hydration warning and moves nothing below`, async (t) => {
    const { photo, ...rest } = extra
    const share = { channels, ...rest, product: { ...productA(), ...(photo ? { image: `${b.server.origin}/test/browser/pages/img/trail-shoe.svg` } : {}) } }
    const s = await open(serverMarkup(share))
    const result = await hydrate(s, share)
    assert.deepEqual(complaints(s), [], 'no hydration warning')
    assert.deepEqual(await s.page.evaluate(() => window.recoverable), [])
    assert.equal(result.moved, 0, `the paragraph below stayed put (host ${result.host}px)`)
    assert.deepEqual(result.shifts, [], 'no layout shift')
    t.diagnostic(`the host is ${result.host}px high`)
    s.assertNoPageErrors()
  })
}

test('the checks above can fail: without the reserved height the paragraph moves, and mismatched markup is reported', async () => {
  const share = { channels, product: productA() }
  const s = await open(serverMarkup({ ...share, style: { minHeight: 0 } }))
  const result = await hydrate(s, { ...share, style: { minHeight: 0 } })
  assert.ok(result.moved > 0 && result.shifts.length > 0, JSON.stringify(result))

  const t = await open(serverMarkup({ ...share, className: 'server' }))
  await hydrate(t, { ...share, className: 'client' })
  assert.ok(complaints(t).some((text) => /hydrat/i.test(text)), `React reported the mismatch: ${complaints(t).join(' | ')}`)
})
