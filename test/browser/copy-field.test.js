// Copy where nothing can be copied: the page's clipboard refuses (a Permissions-Policy, an iframe
// without clipboard-write) and so does the execCommand fallback. The widget says "Copy failed:
// select the link and copy it", so it must show a link to select: a field below the controls,
// focused with the whole link selected, which a copy by hand completes the share from. Checked in
// both stages: the first paint (the full widget held back) and the full widget.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { anyTry, settle, sleep, useBrowser, waitForWidget } from './harness.js'
import { checkA11y } from './axe.js'

const h = useBrowser()
const APP = '/dist/sc-app.js'
const html = productHtml({ channels: 'whatsapp,copy', attributes: 'data-price="41" data-currency="EUR"', text: false })

/** Nothing can be copied: the Clipboard API rejects and execCommand('copy') does nothing. Events go to `window.__events`. */
const refuseAll = () => {
  if (typeof Clipboard == 'function') Object.defineProperty(Clipboard.prototype, 'writeText', { value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) })
  Object.defineProperty(Document.prototype, 'execCommand', { value: () => false })
  window.__events = []
  const api = (window.ShareCue = window.ShareCue || { q: [] })
  if (api.q) api.q.push(['on', ['*', (event) => window.__events.push({ type: event.type, channel: event.channel, shareId: event.shareId })]])
}

/** The field, where it is: its value, name, whether it has the focus with all of it selected, and its box beside the status line's. */
const field = (page) => page.evaluate(() => {
  const root = document.getElementById('share').shadowRoot
  const input = root.querySelector('input')
  if (!input) return null
  const status = root.querySelector('[role="status"]')
  const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } }
  return {
    value: input.value,
    readOnly: input.readOnly,
    name: input.getAttribute('aria-label'),
    focused: root.activeElement === input,
    selected: input.value.slice(input.selectionStart, input.selectionEnd),
    box: box(input),
    status: status.textContent,
    statusBox: box(status),
    controlsBottom: Math.max(...[...root.querySelectorAll('[data-channel]')].map((c) => c.getBoundingClientRect().bottom)),
  }
})

const waitForField = (s) => s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot.querySelector('input'), null, { timeout: 5000 })
  .catch(async () => { throw new assert.AssertionError({ message: `no link field; status ${JSON.stringify(await s.page.evaluate(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]')?.textContent))}` }) })

const focusedChannel = (page) => page.evaluate(() => document.getElementById('share').shadowRoot.activeElement?.getAttribute('data-channel') ?? document.getElementById('share').shadowRoot.activeElement?.localName ?? null)

/** Everything the field must be once a copy failed; returns it. */
const checkShown = async (s) => {
  await waitForField(s)
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]').textContent, null, { timeout: 3000 }).catch(() => {})
  const shown = await field(s.page)
  assert.equal(shown.status, 'Copy failed: select the link and copy it')
  assert.match(shown.value, /^https:\/\/shop\.example\/p\/field-lantern\?finish=brass&.*utm_source=copy/)
  assert.equal(shown.readOnly, true)
  assert.equal(shown.name, 'Copy failed: select the link and copy it', 'the field is named by what to do with it')
  assert.equal(shown.focused, true, 'the field has the focus')
  assert.equal(shown.selected, shown.value, 'the whole link is selected')
  assert.ok(shown.box.top >= shown.controlsBottom, `the field (top ${shown.box.top}) is below the controls (bottom ${shown.controlsBottom})`)
  assert.ok(shown.box.height >= 24, `the field is ${shown.box.height} px high`)
  assert.ok(shown.statusBox.top >= shown.box.bottom || shown.statusBox.bottom <= shown.box.top, `the status line (${JSON.stringify(shown.statusBox)}) covers the field (${JSON.stringify(shown.box)})`)
  return shown
}

/** The share id the copy click reported, and the share_complete events so far. */
const copyEvents = (page) => page.evaluate(() => ({
  clicks: window.__events.filter((e) => e.type === 'share_click' && e.channel === 'copy').map((e) => e.shareId),
  completes: window.__events.filter((e) => e.type === 'share_complete' && e.channel === 'copy').map((e) => e.shareId),
}))

for (const stage of ['first paint (the full widget held back)', 'full widget']) {
  test(`nothing can be copied, ${stage}: the link is shown in a field, focused and selected; a copy by hand completes the share once; Escape or leaving it takes it away`, async () => {
    const s = await h.open('/inline/blank.html', { html: '<!doctype html><title>blank</title>', initScript: refuseAll })
    let release = () => {}
    if (stage.startsWith('first')) {
      const released = new Promise((done) => { release = done })
      await s.context.route(anyTry(APP), async (route) => { await released; await route.abort().catch(() => {}) })
    }
    h.server.page('/inline/copy-field.html', html)
    await s.page.goto(h.url('/inline/copy-field.html'))
    await waitForWidget(s.page, '#share', { session: s })
    if (!stage.startsWith('first')) {
      await s.page.evaluate(() => window.ShareCue.mount(document.getElementById('share')))
      // The full widget took over: the WhatsApp link carries the priced copy.
      await s.page.waitForFunction(() => /41/.test(decodeURIComponent(document.getElementById('share').shadowRoot.querySelector('[data-channel="whatsapp"]')?.getAttribute('href') ?? '')))
    }

    await s.page.locator('#share [data-channel="copy"]').click()
    const shown = await checkShown(s)
    assert.ok(s.codes.includes('SC304') || (await sleep(500), s.codes.includes('SC304')), s.warnings.join(' | '))
    const { clicks } = await copyEvents(s.page)
    assert.equal(clicks.length, 1)
    assert.equal(new URL(shown.value).searchParams.get('scid'), clicks[0], 'the field holds the link the click reported')
    assert.deepEqual((await copyEvents(s.page)).completes, [], 'nothing copied yet: no share_complete')

    // The shopper copies it by hand (the browser's own copy, not the page's execCommand).
    await s.page.keyboard.press('Control+C')
    await s.page.waitForFunction(() => window.__events.some((e) => e.type === 'share_complete'), null, { timeout: 3000 })
      .catch(() => { throw new assert.AssertionError({ message: 'copying from the field by hand completed no share' }) })
    await s.page.keyboard.press('Control+C')
    await sleep(200)
    assert.deepEqual(await copyEvents(s.page), { clicks, completes: clicks }, 'copied twice by hand, one share_complete, with the click\'s share id')

    const violations = await checkA11y(s.page, { include: ['#share'] })
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 1))

    // Escape takes it away and gives the focus back to Copy.
    assert.equal((await field(s.page)).focused, true, 'the field still has the focus')
    await s.page.keyboard.press('Escape')
    assert.equal(await field(s.page), null, 'Escape took the field away')
    assert.equal(await focusedChannel(s.page), 'copy')

    // Copy fails again: the field is back (with this share's link); leaving it with Tab takes it away.
    await s.page.keyboard.press('Enter')
    const again = await checkShown(s)
    const second = (await copyEvents(s.page)).clicks
    assert.equal(second.length, 2)
    assert.equal(new URL(again.value).searchParams.get('scid'), second[1])
    await s.page.keyboard.press('Shift+Tab')
    await sleep(100)
    assert.equal(await field(s.page), null, 'leaving the field took it away')
    assert.equal(await s.page.evaluate(() => document.getElementById('share').shadowRoot.querySelectorAll('input, textarea').length), 0)
    release()
    await settle(s)
    s.assertNoPageErrors()
  })
}

test('a click that leaves the focus where it was (Safari does not focus a clicked button): the field still shows; Escape takes it away without an error', async () => {
  const s = await h.open('/inline/copy-field-nofocus.html', { html, initScript: refuseAll })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.evaluate(() => document.getElementById('share').shadowRoot.querySelector('[data-channel="copy"]').click())
  await checkShown(s)
  await s.page.keyboard.press('Escape')
  assert.equal(await field(s.page), null, 'Escape took the field away')
  await sleep(100)
  s.assertNoPageErrors()
})

test('the field\'s part (sc-link.js) cannot load: the copy-failed words are still said, one SC305 names the part, at most 3 tries, no error', async () => {
  const s = await h.open('/inline/blank.html', { html: '<!doctype html><title>blank</title>', initScript: refuseAll })
  let tries = 0
  await s.context.route(anyTry('/sc-link.js'), (route) => (tries++, route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' })))
  h.server.page('/inline/copy-field-nopart.html', html)
  await s.page.goto(h.url('/inline/copy-field-nopart.html'))
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel="copy"]').click()
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]').textContent === 'Copy failed: select the link and copy it', null, { timeout: 3000 })
  // The retries: 1 s, then 4 s later; then given up with one warning.
  const end = performance.now() + 9000
  while (!s.codes.includes('SC305') && performance.now() < end) await sleep(100)
  assert.ok(s.codes.includes('SC305'), s.warnings.join(' | '))
  assert.match(s.warnings.find((w) => w.includes('SC305')), /link field/)
  assert.equal(tries, 3)
  assert.equal(await field(s.page), null)
  // Another failed copy asks for nothing more.
  await s.page.locator('#share [data-channel="copy"]').click()
  await sleep(300)
  assert.equal(tries, 3)
  assert.equal(s.codes.filter((c) => c === 'SC305').length, 1)
  s.assertNoPageErrors()
})

/** Opens the page with `route` set on sc-link.js first; `after`: markup below the widget. */
const openWithLinkRoute = async (route, after = '') => {
  const s = await h.open('/inline/blank.html', { html: '<!doctype html><title>blank</title>', initScript: refuseAll })
  await s.context.route(anyTry('/sc-link.js'), route)
  h.server.page('/inline/copy-field-route.html', productHtml({ channels: 'whatsapp,copy', text: false, after }))
  await s.page.goto(h.url('/inline/copy-field-route.html'))
  await waitForWidget(s.page, '#share', { session: s })
  return s
}

test('the field\'s part fails its first try and arrives on the second: the field still shows, focused, the focus not having moved meanwhile', async () => {
  let tries = 0
  const s = await openWithLinkRoute((route) => (++tries == 1 ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'busy' }) : route.continue()))
  await s.page.locator('#share [data-channel="copy"]').click()
  await checkShown(s)
  assert.equal(tries, 2)
  s.assertNoPageErrors()
})

test('the field\'s part arrives late, after the shopper moved on to the page\'s own search field: no field, and the focus stays where the shopper put it', async () => {
  let release
  const released = new Promise((done) => { release = done })
  const s = await openWithLinkRoute(async (route) => { await released; await route.continue().catch(() => {}) }, '<label>Search <input id="q" type="search"></label>')
  await s.page.locator('#share [data-channel="copy"]').click()
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]').textContent.startsWith('Copy failed'))
  await s.page.locator('#q').click()
  await s.page.keyboard.type('lan')
  release()
  await s.page.waitForResponse((r) => r.url().endsWith('/sc-link.js'))
  await sleep(300)
  assert.equal(await field(s.page), null, 'no field appeared')
  assert.equal(await s.page.evaluate(() => document.activeElement?.id), 'q', 'the focus stayed in the search field')
  assert.equal(await s.page.inputValue('#q'), 'lan')
  s.assertNoPageErrors()
})

for (const change of ['update() to another product', 'destroy()']) {
  test(`the field goes with its product: ${change} while it is shown takes it away, without an error`, async () => {
    const s = await h.open('/inline/copy-field-change.html', { html, initScript: refuseAll })
    await waitForWidget(s.page, '#share', { session: s })
    await s.page.locator('#share [data-channel="copy"]').click()
    await checkShown(s)
    await s.page.evaluate((which) => {
      const widget = window.ShareCue.mount(document.getElementById('share'))
      if (which === 'destroy()') widget.destroy()
      else widget.update({ url: 'https://shop.example/p/other-lamp', title: 'Other Lamp' })
    }, change)
    await sleep(200)
    assert.equal(await s.page.evaluate(() => document.getElementById('share').shadowRoot.querySelectorAll('input').length), 0, 'the old link\'s field is gone')
    s.assertNoPageErrors()
  })
}

test('a copy that works shows no field', async () => {
  const s = await h.open('/inline/copy-field-ok.html', { html, permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel="copy"]').click()
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]')?.textContent === 'Link copied')
  assert.equal(await field(s.page), null)
  s.assertNoPageErrors()
})
