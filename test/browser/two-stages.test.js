// The script tag in two stages, on the built files: sharecue.js paints each widget as static
// markup with plain copy (no Preact, no Intl) and serves links, Copy and Share itself; the full
// widget, sc-app.js, loads on the first pointer, focus or touch (at once for a card), takes over
// the painted nodes and gives the links their priced copy. These tests check what a shopper and
// the merchant's analytics see at each step: what loads when, that the nodes stay the same, that
// clicks made before stage 2 arrives are neither lost nor counted twice, and that a stage 2 that
// never arrives leaves a working widget.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { anyTry, controls, focused, settle, sleep, useBrowser, waitForWidget } from './harness.js'
import { productHtml } from './fixtures.js'

const h = useBrowser()
const PATH = '/inline/two-stages.html'
const APP = '/dist/sc-app.js'

/**
 * A product on sale: €41 instead of €50 is -18%. The template names the price and the discount,
 * so the priced copy shows both, and the plain copy (stage 1) falls back to the title alone.
 */
const SALE = 'data-price="41" data-original-price="50" data-currency="EUR" data-template="{title}: {price}, {discount}"'
const page = ({ channels = 'x,copy,wechat', attributes = SALE } = {}) => productHtml({ channels, attributes, text: false })

/** Runs before any page script: every event the widget makes, in `window.__events` (the README's queue stub). */
const collectEvents = () => {
  window.__events = []
  const api = (window.ShareCue = window.ShareCue || { q: [] })
  if (api.q) api.q.push(['on', ['*', (event) => window.__events.push(JSON.parse(JSON.stringify(event)))]])
}

/**
 * Runs before any page script: records each Intl object made (`window.__intl`), so a test can
 * see that stage 1 makes none (a first one is a long task on a slow phone) and stage 2 does.
 */
const countIntl = () => {
  window.__intl = []
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat']) {
    const Real = Intl[name]
    // Called with or without `new`, as both make one.
    Intl[name] = new Proxy(Real, {
      construct: (target, args, newTarget) => (window.__intl.push(name), Reflect.construct(target, args, newTarget)),
      apply: (target, self, args) => (window.__intl.push(name), Reflect.apply(target, self, args)),
    })
  }
}
const eventsAndIntl = `(${collectEvents})();(${countIntl})()`

/** The requests this session made for the second stage. */
const appRequests = (s) => s.requests.filter((r) => new URL(r.url).pathname === APP)

/** The X link's `text` and share id (the `scid` of the shared URL), as a friend would get them. */
const xLink = (page) => page.evaluate(() => {
  const href = document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]')?.getAttribute('href')
  if (!href) return null
  const intent = new URL(href)
  return { text: intent.searchParams.get('text'), scid: new URL(intent.searchParams.get('url')).searchParams.get('scid') }
})

/** Waits until the X link carries the priced copy: stage 2 took over and drew. */
const waitForPricedCopy = (s) => s.page.waitForFunction(() => {
  const href = document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]')?.getAttribute('href')
  return !!href && /18\s?%/.test(new URL(href).searchParams.get('text') ?? '')
}).catch(async () => {
  throw new assert.AssertionError({ message: `the X link never got the priced copy: ${JSON.stringify(await xLink(s.page))}; ${APP} requested ${appRequests(s).length} times; console: ${s.console.map((m) => m.text).join(' | ').slice(0, 600)}` })
})

/**
 * Waits until stage 1 has drawn its last: every icon is in (a path, or a glyph where one could
 * not load) and no request is in flight. Stage 1 paints afresh at each draw, an icon's arrival
 * included, so a node taken before that is not the one stage 2 later finds.
 */
const stage1Done = async (s) => {
  await s.page.waitForFunction(() => [...document.querySelector('#share').shadowRoot.querySelectorAll('[data-channel] svg')]
    .every((svg) => svg.querySelector('path[d], text')))
  await settle(s)
}

/** A handle to the X link as painted, to compare with what is there after stage 2 took over. */
const xHandle = (page) => page.evaluateHandle(() => document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]'))

/** Whether `handle` is still the X link in the widget (the very same node, still in the page). */
const stillTheLink = (page, handle) => page.evaluate((a) => a.isConnected && a === document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]'), handle)

/**
 * Holds every request for sc-app.js until `release()`: stage 2 "on a slow network". Set before
 * the page loads, so no request can slip past it.
 */
const holdApp = async (s) => {
  let release
  const released = new Promise((done) => { release = done })
  await s.context.route(anyTry(APP), async (route) => {
    await released
    await route.continue().catch(() => {})
  })
  return release
}

/** Opens a blank page first, so routes and init scripts are in place before the product page loads; `withoutApp`: sc-app.js answers 404. */
const openWith = async (html, { hold = false, withoutApp = false, initScript = collectEvents, ...options } = {}) => {
  const s = await h.open('/inline/blank.html', { html: '<!doctype html><title>blank</title>', initScript, ...options })
  const release = hold ? await holdApp(s) : undefined
  if (withoutApp) await s.context.route(anyTry(APP), (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' }))
  h.server.page(PATH, html)
  await s.page.goto(h.url(PATH))
  await waitForWidget(s.page, '#share', { session: s })
  return { s, release }
}

test('without interaction only stage 1 runs: links painted with plain copy, window.ShareCue ready, sc-app.js never asked for', async () => {
  const { s } = await openWith(page(), { initScript: eventsAndIntl })
  await settle(s)
  await sleep(500) // and a little longer: nothing is scheduled to load it later either
  assert.deepEqual(appRequests(s).map((r) => r.url), [], 'sc-app.js was requested without any interaction')
  assert.deepEqual(await s.page.evaluate(() => window.__intl), [], 'stage 1 made an Intl object')
  // X's and Copy's icons are inside the first script: drawn without a request for their files.
  assert.deepEqual(s.requests.map((r) => new URL(r.url).pathname).filter((path) => /\/sc-icon-(x|copy)\.js$/.test(path)), [])
  assert.deepEqual(await s.page.evaluate(() => ['x', 'copy'].map((id) => !!document.querySelector('#share').shadowRoot.querySelector(`[data-channel="${id}"] svg path[d]`))), [true, true])

  const list = await controls(s.page, '#share')
  assert.deepEqual(list.map((c) => `${c.channel} ${c.tag}`), ['x a', 'copy button', 'wechat button'])
  assert.match(list[0].href ?? '', /^https:\/\/x\.com\/intent\/tweet\?/)
  assert.equal(list[0].target, '_blank')
  // The product is on sale, but stage 1 makes no Intl object: the template falls back to the title.
  const { text } = await xLink(s.page)
  assert.match(text, /Field Lantern/)
  assert.doesNotMatch(text, /%|41|50|€/, `the plain copy names no price or discount: ${text}`)
  assert.deepEqual(await s.page.evaluate(() => ({ mount: typeof window.ShareCue?.mount, on: typeof window.ShareCue?.on, version: typeof window.ShareCue?.version })),
    { mount: 'function', on: 'function', version: 'string' })
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('ShareCue.mount() on a target the script tag painted brings the full widget at once, the same handle answering', async () => {
  const { s } = await openWith(page())
  await stage1Done(s)
  assert.equal(appRequests(s).length, 0, 'nothing loaded it before the call')
  const same = await s.page.evaluate(() => {
    const el = document.querySelector('#share')
    return window.ShareCue.mount(el) === window.ShareCue.mount(el)
  })
  assert.equal(same, true, 'one widget per target')
  await waitForPricedCopy(s)
  assert.equal(appRequests(s).length, 1)
  s.assertNoPageErrors()
})

test('a hover loads sc-app.js once; the same <a> element then carries the priced copy', async () => {
  const { s } = await openWith(page(), { initScript: eventsAndIntl })
  await stage1Done(s)
  const painted = await xHandle(s.page)
  const plain = await xLink(s.page)
  await s.page.locator('#share [data-channel="copy"]').hover()
  await waitForPricedCopy(s)

  const priced = await xLink(s.page)
  assert.match(priced.text, /Field Lantern: €41\.00, -18\s?%/)
  // Stage 2 made the price's formatter, and the spy saw it: its empty list in the first test means something.
  assert.ok((await s.page.evaluate(() => window.__intl)).includes('NumberFormat'))
  assert.equal(await stillTheLink(s.page, painted), true, 'stage 2 took over the painted <a>, not a new one')
  // The share id a link carries is the host's: the takeover keeps it.
  assert.equal(priced.scid, plain.scid)

  // More interest (other controls, leaving and coming back) asks for nothing more.
  await s.page.locator('#share [data-channel="wechat"]').hover()
  await s.page.mouse.move(900, 700)
  await s.page.locator('#share [data-channel="x"]').hover()
  await settle(s)
  assert.equal(appRequests(s).length, 1, `${APP} requested ${appRequests(s).length} times`)
  s.assertNoPageErrors()
})

test('wheel-scrolling a page past widgets under a still mouse is no interest: sc-app.js is not loaded (the browser says pointerover, never pointermove)', async () => {
  // A category page's column of widgets, the mouse resting where they will pass under it.
  const rows = Array.from({ length: 12 }, (_, i) => `<div style="height:120px"></div><div id="w${i}" data-sharecue data-channels="x,copy" data-url="https://shop.example/p/${i}" data-title="Tile ${i}"></div>`).join('')
  const { s } = await openWith(page().replace('</main>', `${rows}</main>`))
  await stage1Done(s)
  const box = await s.page.evaluate(() => { const r = document.querySelector('#w3').getBoundingClientRect(); return { x: r.x + 20, y: 20 } })
  await s.page.mouse.move(box.x, box.y)
  await s.page.evaluate(() => { window.__over = 0; document.addEventListener('pointerover', (e) => { if (e.target.closest?.('[data-sharecue]')) window.__over++ }, true) })
  for (let i = 0; i < 12; i++) { await s.page.mouse.wheel(0, 150); await sleep(120) }
  await settle(s)
  assert.ok(await s.page.evaluate(() => window.__over) > 0, 'widgets passed under the mouse')
  assert.deepEqual(appRequests(s).map((r) => r.url), [], 'sc-app.js was loaded by scrolling')
  // A real move over a widget is interest.
  await s.page.locator('#w3 [data-channel="copy"]').hover()
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('sc-app')))
  s.assertNoPageErrors()
})

test('a touch that scrolls the page over widgets is no interest: sc-app.js is not loaded; a tap on one is', async () => {
  // A phone's column of widgets: the finger lands on one and drags the page up.
  const rows = Array.from({ length: 12 }, (_, i) => `<div style="height:120px"></div><div id="w${i}" data-sharecue data-channels="x,copy" data-url="https://shop.example/p/${i}" data-title="Tile ${i}"></div>`).join('')
  const { s } = await openWith(page().replace('</main>', `${rows}</main>`), { contextOptions: { hasTouch: true }, permissions: ['clipboard-read', 'clipboard-write'] })
  await stage1Done(s)
  const at = async (selector) => s.page.evaluate((sel) => {
    const [host, inner] = sel.split(' ')
    const r = document.querySelector(host).shadowRoot.querySelector(inner).getBoundingClientRect()
    return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) }
  }, selector)
  await s.page.evaluate(() => {
    window.__touched = 0
    document.addEventListener('touchstart', (e) => { if (e.target.closest?.('[data-sharecue]')) window.__touched++ }, { capture: true, passive: true })
  })
  await s.page.evaluate(() => document.querySelector('#w1').scrollIntoView({ block: 'center' }))
  const cdp = await s.context.newCDPSession(s.page)
  // A finger as the browser gets it (a synthesized scroll gesture does not scroll a headless
  // page): down on a link, dragged up a frame at a time, lifted.
  let scrolled = 0
  for (let i = 0; i < 3; i++) {
    const { x, y } = await at('#w1 [data-channel="x"]')
    const top = await s.page.evaluate(() => scrollY)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
    for (let step = 1; step <= 8; step++) {
      await sleep(16)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 15 }] })
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await sleep(150)
    scrolled += await s.page.evaluate(() => scrollY) - top
    await s.page.evaluate(() => document.querySelector('#w1').scrollIntoView({ block: 'center' }))
  }
  await settle(s)
  assert.ok(await s.page.evaluate(() => window.__touched) >= 3, 'the finger landed on a widget')
  assert.ok(scrolled > 100, `the swipes scrolled the page (${scrolled} px)`)
  assert.deepEqual(appRequests(s).map((r) => r.url), [], 'sc-app.js was loaded by a scroll')
  // A tap is interest.
  await s.page.evaluate(() => document.querySelector('#w5').scrollIntoView({ block: 'center' }))
  const { x, y } = await at('#w5 [data-channel="copy"]')
  await s.page.touchscreen.tap(x, y)
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('sc-app')))
  s.assertNoPageErrors()
})

test('Tab into the widget loads stage 2 too, and focus stays on the control through the takeover', async () => {
  const { s } = await openWith(page())
  await stage1Done(s)
  assert.equal(appRequests(s).length, 0)
  const painted = await xHandle(s.page)
  await s.page.keyboard.press('Tab')
  assert.deepEqual(await focused(s.page), { host: 'share', channel: 'x', tag: 'a' })
  await waitForPricedCopy(s)
  assert.equal(appRequests(s).length, 1)
  assert.equal(await stillTheLink(s.page, painted), true)
  // The shopper's place is not lost: the focused link is the same node, still focused.
  assert.deepEqual(await focused(s.page), { host: 'share', channel: 'x', tag: 'a' })
  s.assertNoPageErrors()
})

test('a link clicked before stage 2 arrives reports one share_click with its share id, then carries a new one', async () => {
  const { s, release } = await openWith(page(), { hold: true })
  try {
    const before = await xLink(s.page)
    // A real click: the pointer passes over the widget first, so stage 2 is asked for, and held.
    await s.page.locator('#share [data-channel="x"]').click()
    await s.page.waitForFunction(() => window.__events.some((e) => e.type === 'share_click'))
    assert.equal(appRequests(s).length, 1, 'stage 2 was asked for by the pointer')
    const clicks = await s.page.evaluate(() => window.__events.filter((e) => e.type === 'share_click'))
    assert.equal(clicks.length, 1)
    assert.equal(clicks[0].channel, 'x')
    assert.equal(clicks[0].shareId, before.scid, 'the click names the share id of the link that was followed')
    await s.page.waitForFunction((old) => {
      const href = document.querySelector('#share').shadowRoot.querySelector('[data-channel="x"]').getAttribute('href')
      return new URL(new URL(href).searchParams.get('url')).searchParams.get('scid') !== old
    }, before.scid)
    const after = await xLink(s.page)
    assert.match(after.scid, /^[A-Za-z0-9_-]{21}$/)
    assert.notEqual(after.scid, before.scid)
    // Stage 1 still drew it: the copy is plain.
    assert.doesNotMatch(after.text, /%/)

    // Stage 2 arrives: it keeps the new share id and does not count the click again.
    release()
    await waitForPricedCopy(s)
    assert.equal((await xLink(s.page)).scid, after.scid)
    await sleep(300)
    assert.equal(await s.page.evaluate(() => window.__events.filter((e) => e.type === 'share_click').length), 1)
    s.assertNoPageErrors()
  } finally {
    release()
  }
})

test('a WeChat click while stage 2 is on its way opens the dialog once stage 2 arrives', async () => {
  const { s, release } = await openWith(page(), { hold: true })
  try {
    await s.page.locator('#share [data-channel="wechat"]').click()
    await sleep(300)
    // Stage 1 has no dialog: nothing opens until the full widget is there.
    assert.equal(await s.page.evaluate(() => !!document.querySelector('#share').shadowRoot.querySelector('dialog')), false)
    assert.equal(appRequests(s).length, 1)
    release()
    await s.page.waitForFunction(() => !!document.querySelector('#share').shadowRoot.querySelector('dialog[open]'))
      .catch(() => { throw new assert.AssertionError({ message: 'the WeChat click was not replayed: no open dialog after stage 2 arrived' }) })
    const clicks = await s.page.evaluate(() => window.__events.filter((e) => e.type === 'share_click').map((e) => e.channel))
    assert.deepEqual(clicks, ['wechat'], 'the replayed click is one share, not two')
    s.assertNoPageErrors()
  } finally {
    release()
  }
})

test('a copy served by stage 1 is announced in the live region that was already there', async () => {
  // A screen reader speaks a change inside a live region it already knows; a region inserted
  // with its words already in it is, in most, not spoken at all. The status empties and then
  // fills again (widget/status.ts) for that very reason, which only works on a region that stays.
  const { s, release } = await openWith(page(), { hold: true, permissions: ['clipboard-read', 'clipboard-write'] })
  try {
    await stage1Done(s)
    const region = await s.page.evaluateHandle(() => document.querySelector('#share').shadowRoot.querySelector('[role="status"]'))
    await s.page.locator('#share [data-channel="copy"]').click()
    await s.page.waitForFunction(() => /Link copied/.test(document.querySelector('#share').shadowRoot.querySelector('[role="status"]').textContent))
    assert.equal(appRequests(s).length, 1, 'stage 2 is still on its way: stage 1 served the copy')
    const same = await s.page.evaluate((p) => p.isConnected && p === document.querySelector('#share').shadowRoot.querySelector('[role="status"]'), region)
    assert.equal(same, true, 'the words went into a new [role="status"] element, not the live region that was there before the copy')
    s.assertNoPageErrors()
  } finally {
    release()
  }
})

/** The page with sc-app.js answering 404 (clipboard allowed), once stage 1 has painted. */
const openWithoutApp = async () => (await openWith(page(), { withoutApp: true, permissions: ['clipboard-read', 'clipboard-write'] })).s

test('when sc-app.js answers 404 the painted widget keeps working: links, Copy, at most 3 tries and one SC305', async () => {
  const s = await openWithoutApp()
  const start = performance.now()
  await s.page.locator('#share [data-channel="copy"]').click()

  // Copy is stage 1's own: the link with utm_source=copy lands on the clipboard at once.
  await s.page.waitForFunction(() => /Link copied/.test(document.querySelector('#share').shadowRoot.querySelector('[role="status"]').textContent))
  const copied = await s.page.evaluate(() => navigator.clipboard.readText())
  const url = new URL(copied)
  assert.equal(url.origin + url.pathname, 'https://shop.example/p/field-lantern')
  assert.equal(url.searchParams.get('utm_source'), 'copy')

  // Given up after the third try (1 s, then 4 s later): one warning for the page view.
  while (!s.warnings.some((w) => w.startsWith('[sharecue] SC305')) && performance.now() < start + 8000) await sleep(100)
  // Interest after giving up (focus, hover) asks for nothing more, up to 10 s after the first try.
  await s.page.keyboard.press('Tab')
  await s.page.locator('#share [data-channel="x"]').hover()
  await sleep(Math.min(2000, Math.max(0, start + 10_000 - performance.now())))

  const tries = appRequests(s)
  assert.equal(tries.length, 3, `${APP} was requested ${tries.length} times`)
  assert.ok(tries[1].time - tries[0].time >= 800 && tries[2].time - tries[1].time >= 3000, `gaps grow: ${tries[1].time - tries[0].time} ms, ${tries[2].time - tries[1].time} ms`)
  const given = s.warnings.filter((w) => w.startsWith('[sharecue] SC305'))
  assert.equal(given.length, 1, `one SC305: ${s.warnings.join(' | ')}`)
  assert.match(given[0], /app/)

  // The painted widget still serves: the links have their hrefs, a click is still a share.
  const list = await controls(s.page, '#share')
  assert.match(list.find((c) => c.channel === 'x').href ?? '', /^https:\/\/x\.com\/intent\/tweet\?/)
  const events = await s.page.evaluate(() => window.__events.map((e) => `${e.type} ${e.channel ?? ''}`.trim()))
  assert.ok(events.includes('share_click copy') && events.includes('share_complete copy'), events.join(', '))
  s.assertNoPageErrors()
})

test('when sc-app.js cannot load, a click on WeChat copies the link instead (within the click), says so, and reports the share', async () => {
  const s = await openWithoutApp()
  await s.page.locator('#share [data-channel="wechat"]').click()

  await s.page.waitForFunction(() => /Link copied/.test(document.querySelector('#share').shadowRoot.querySelector('[role="status"]').textContent), null, { timeout: 4000 })
    .catch(() => { throw new assert.AssertionError({ message: `no "Link copied" after the WeChat click; ${APP} requested ${appRequests(s).length} times; warnings: ${s.warnings.join(' | ')}` }) })
  assert.ok(appRequests(s).length < 3, 'copied after the first failed try, not after the last')
  const url = new URL(await s.page.evaluate(() => navigator.clipboard.readText()))
  assert.equal(url.origin + url.pathname, 'https://shop.example/p/field-lantern')
  assert.equal(url.searchParams.get('utm_source'), 'wechat')
  assert.equal(await s.page.evaluate(() => !!document.querySelector('#share').shadowRoot.querySelector('[role="dialog"]')), false, 'no dialog: the full widget never came')
  await s.page.waitForFunction(() => window.__events.some((e) => e.type === 'share_complete' && e.channel === 'wechat'))
  const events = await s.page.evaluate(() => window.__events.filter((e) => e.channel === 'wechat').map((e) => e.type))
  assert.deepEqual(events, ['share_click', 'share_complete'])
  s.assertNoPageErrors()
})

test('a widget that sets an option only stage 2 reads (data-sold) loads stage 2 without interaction, which warns about its bad value', async () => {
  const { s } = await openWith(page({ channels: 'x,copy', attributes: `${SALE} data-sold="many"` }))
  await s.page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/sc-app.js')), null, { timeout: 8000 })
    .catch(() => { throw new assert.AssertionError({ message: `${APP} was not loaded; warnings: ${s.warnings.join(' | ')}` }) })
  const start = performance.now()
  while (!s.warnings.some((w) => w.startsWith('[sharecue] SC115')) && performance.now() < start + 5000) await sleep(50)
  const said = s.warnings.filter((w) => w.startsWith('[sharecue] SC115'))
  assert.equal(said.length, 1, `one SC115 for data-sold: ${s.warnings.join(' | ')}`)
  assert.match(said[0], /data-sold/)
  assert.match(said[0], /many/)
  s.assertNoPageErrors()
})

test('a widget with data-card loads stage 2 without interaction and shows the card', async () => {
  const { s } = await openWith(page({ channels: 'x,copy', attributes: `${SALE} data-card="true"` }))
  await s.page.waitForFunction(() => !!document.querySelector('#share').shadowRoot.querySelector('[data-part="card"]'))
    .catch(() => { throw new assert.AssertionError({ message: `no card; ${APP} requested ${appRequests(s).length} times` }) })
  assert.equal(appRequests(s).length, 1)
  const card = await s.page.evaluate(() => {
    const root = document.querySelector('#share').shadowRoot
    const part = (name) => root.querySelector(`[data-part="${name}"]`)?.textContent.trim() ?? null
    return { price: part('price'), discount: part('discount') }
  })
  assert.match(card.price ?? '', /41/)
  assert.match(card.discount ?? '', /18\s?%/)
  s.assertNoPageErrors()
})

test('widget_view is reported once per widget, though stage 2 took over after it', async () => {
  const { s } = await openWith(page())
  await s.page.waitForFunction(() => window.__events.some((e) => e.type === 'widget_view'))
  await stage1Done(s)
  const painted = await xHandle(s.page)
  await s.page.locator('#share [data-channel="x"]').hover()
  await waitForPricedCopy(s)
  assert.equal(await stillTheLink(s.page, painted), true)
  // Past the view's own timing: an IntersectionObserver of stage 2 would have fired by now.
  await sleep(700)
  const views = await s.page.evaluate(() => window.__events.filter((e) => e.type === 'widget_view'))
  assert.equal(views.length, 1, `widget_view events: ${JSON.stringify(views)}`)
  assert.equal(new URL(views[0].product.url).pathname, '/p/field-lantern')
  s.assertNoPageErrors()
})
