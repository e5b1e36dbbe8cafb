// A keyboard-only walk through a widget with all 27 channels (keyboard.test.js checks the order
// and focus ring of a small widget): every control is reached by Tab, shows a focus ring and is
// named; Enter on each link opens its contract endpoint in a new tab; Enter and Space work every
// button; the WeChat dialog keeps and returns focus; "Link copied" is spoken.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { CHANNELS, DISPLAY_NAMES, ENDPOINTS, checkHref } from './contract.js'
import { LANTERN_URL, productHtml } from './fixtures.js'
import { WAIT, controls, focused, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const IMAGE = '/test/browser/pages/img/trail-shoe.svg'
const html = productHtml({
  channels: CHANNELS.join(','),
  attributes: `data-image="${IMAGE}" data-facebook-app-id="123456789" data-mastodon="mastodon.social"`,
  before: '<p><a id="before" href="#top">Top</a></p>',
  after: '<p><a id="after" href="#reviews">Reviews</a></p>',
})

/**
 * Headless Chromium on Linux has no Web Share, so `native` would not render at all. This
 * stand-in accepts data without files (so `image` takes its download path, which the browser
 * really performs) and records what was shared; the widget's side of the share is what is tested.
 */
const webShare = () => {
  window.__shared = []
  Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: (data) => !!data && !data.files })
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: (data) => { window.__shared.push(JSON.parse(JSON.stringify(data))); return Promise.resolve() },
  })
}

const open = async () => {
  const s = await h.open('/inline/keyboard-walk.html', {
    html, initScript: webShare, permissions: ['clipboard-read', 'clipboard-write'],
    contextOptions: { acceptDownloads: true },
  })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.waitForFunction((n) => document.getElementById('share').shadowRoot.querySelectorAll('[data-channel]').length === n, CHANNELS.length)
    .catch(async () => assert.fail(`expected all ${CHANNELS.length} channels, got ${(await controls(s.page, '#share')).map((c) => c.channel)}`))
  await s.page.evaluate(() => {
    window.__clicks = []
    window.ShareCue.on('share_click', (event) => window.__clicks.push(event))
    // Activations of links as the page sees them, after the widget's own handlers: which link,
    // whether the browser will follow it, and whether it came from a key (detail 0).
    window.__activations = []
    window.addEventListener('click', (event) => {
      const link = event.composedPath()[0].closest?.('a[href]')
      if (link) window.__activations.push({ href: link.getAttribute('href'), followed: !event.defaultPrevented, key: event.detail === 0 })
    })
  })
  await s.page.locator('#before').focus()
  return s
}

/** The focused control inside the widget: its channel, tag, href and computed focus style. */
const focusedControl = (page) => page.evaluate(() => {
  const el = document.activeElement?.shadowRoot?.activeElement
  if (!el) return null
  const style = getComputedStyle(el)
  return {
    channel: el.getAttribute('data-channel'), tag: el.localName, href: el.getAttribute('href'),
    focusVisible: el.matches(':focus-visible'),
    ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || (style.boxShadow !== 'none' && style.boxShadow !== ''),
  }
})

/** Tab until the control of `channel` has focus (from wherever focus is), at most once round the widget. */
const tabTo = async (page, channel) => {
  for (let i = 0; i <= CHANNELS.length + 2; i++) {
    if ((await focused(page)).channel === channel) return
    await page.keyboard.press('Tab')
  }
  assert.fail(`Tab never reached ${channel}`)
}

const clicks = (page) => page.evaluate(() => window.__clicks.map((e) => `${e.channel} ${e.shareId}`))

test('Tab reaches all 27 controls in order, each with a visible focus ring and a name containing its channel\'s name', async () => {
  const s = await open()
  const names = Object.fromEntries((await controls(s.page, '#share')).map((c) => [c.channel, c.name]))
  const walk = []
  const problems = []
  for (let i = 0; i < CHANNELS.length; i++) {
    await s.page.keyboard.press('Tab')
    const at = await focusedControl(s.page)
    walk.push(at?.channel ?? `outside: ${(await focused(s.page)).host}`)
    if (!at) continue
    if (!at.focusVisible || !at.ring) problems.push(`${at.channel}: no visible focus ring`)
    if (!DISPLAY_NAMES[at.channel].test(names[at.channel] ?? '')) problems.push(`${at.channel}: accessible name ${JSON.stringify(names[at.channel])}`)
  }
  assert.deepEqual(walk, CHANNELS)
  assert.deepEqual(problems, [])
  await s.page.keyboard.press('Tab')
  assert.equal((await focused(s.page)).host, 'after', 'Tab leaves the widget after its last control')
  s.assertNoPageErrors()
})

test('Enter on each link opens the contract endpoint in a new tab and reports share_click with that link\'s share id', async () => {
  const s = await open()
  const links = Object.keys(ENDPOINTS)
  const problems = []
  for (const channel of links) {
    await tabTo(s.page, channel)
    const { href, tag } = await focusedControl(s.page)
    assert.equal(tag, 'a', `${channel} is a link`)
    problems.push(...checkHref(href, channel, { product: LANTERN_URL, title: 'Field Lantern', appId: '123456789', instance: 'mastodon.social' }))
    const offHost = s.offHost.length
    const seen = await s.page.evaluate(() => window.__activations.length)
    const popup = /^https:/.test(href) && s.context.waitForEvent('page', { timeout: WAIT })
    await s.page.keyboard.press('Enter')
    const activation = await s.page.waitForFunction((n) => window.__activations[n], seen)
      .then((handle) => handle.jsonValue(), () => null)
    if (!activation || activation.href !== href || !activation.followed || !activation.key) {
      problems.push(`${channel}: Enter did not make the browser follow the link: ${JSON.stringify(activation)}`)
    }
    // http(s) endpoints open in a new tab and are requested there (and stopped at the test's
    // network boundary). App schemes (mailto:, sms:, viber:) go to the system's handler, which
    // Chromium shows only sometimes (once per a while), so for them the followed link is the proof.
    if (popup) {
      const tab = await popup.catch(() => null)
      if (!tab) problems.push(`${channel}: Enter opened no new tab`)
      const deadline = performance.now() + WAIT
      while (s.offHost.length === offHost && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const requested = s.offHost.slice(offHost).map((r) => r.url)
      if (!requested.includes(href)) problems.push(`${channel}: the new tab requested ${JSON.stringify(requested)}, not ${href}`)
      await tab?.close()
    }
    const shareId = decodeURIComponent(href).match(/[?&]scid=([\w-]{21})/)?.[1]
    await s.page.waitForFunction(([c, id]) => window.__clicks.some((e) => e.channel === c && e.shareId === id), [channel, shareId])
      .catch(async () => problems.push(`${channel}: no share_click with shareId ${shareId} among ${await clicks(s.page)}`))
  }
  assert.deepEqual(problems, [])
  s.assertNoPageErrors()
})

test('Enter and Space each work copy (spoken in a status region), native (shares) and image (saves the picture)', async () => {
  const s = await open()
  const status = () => s.page.evaluate(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]')?.textContent)
  const live = await s.page.evaluate(() => {
    const el = document.getElementById('share').shadowRoot.querySelector('[role="status"]')
    return el && { role: el.getAttribute('role'), inWidget: !!el.closest('[role="group"]') }
  })
  assert.deepEqual(live, { role: 'status', inWidget: true }, 'a polite live region (role=status) present before anything is said')
  for (const key of ['Enter', ' ']) {
    await tabTo(s.page, 'copy')
    await s.page.evaluate(() => navigator.clipboard.writeText(''))
    await s.page.keyboard.press(key)
    await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('[role="status"]')?.textContent.includes('Link copied'))
      .catch(async () => assert.fail(`copy by ${JSON.stringify(key)}: status says ${JSON.stringify(await status())}`))
    assert.match(await s.page.evaluate(() => navigator.clipboard.readText()), /utm_source=copy/, `copy by ${JSON.stringify(key)} fills the clipboard`)
    // The note clears itself; wait for that so the second key's note is a new announcement.
    await s.page.waitForFunction(() => !document.getElementById('share').shadowRoot.querySelector('[role="status"]').textContent, null, { timeout: 10_000 })

    await tabTo(s.page, 'native')
    const shared = await s.page.evaluate(() => window.__shared.length)
    await s.page.keyboard.press(key)
    await s.page.waitForFunction((n) => window.__shared.length > n, shared)
    const data = await s.page.evaluate(() => window.__shared.at(-1))
    assert.match(data.url, /utm_source=native/, `native by ${JSON.stringify(key)}`)

    await tabTo(s.page, 'image')
    const download = s.page.waitForEvent('download', { timeout: 15_000 })
    await s.page.keyboard.press(key)
    const file = await download
    assert.match(file.suggestedFilename(), /\.png$/, `image by ${JSON.stringify(key)} saves a PNG`)
  }
  const used = (await clicks(s.page)).map((c) => c.split(' ')[0])
  assert.deepEqual(used, ['copy', 'native', 'image', 'copy', 'native', 'image'])
  s.assertNoPageErrors()
})

/** Where focus is: inside the open dialog, elsewhere in the page (an element), or nowhere in the page (the browser's own UI). */
const focusPlace = (page) => page.evaluate(() => {
  const root = document.getElementById('share').shadowRoot
  const inner = root.activeElement
  if (inner?.closest('dialog[open]')) return `dialog ${inner.localName}`
  const active = document.activeElement
  if (!active || active === document.body || active === document.documentElement) return 'browser'
  return `page ${active.id || active.localName}${inner ? ' ' + (inner.getAttribute('data-channel') ?? inner.localName) : ''}`
})

for (const key of ['Enter', ' ']) {
  test(`WeChat by ${key === ' ' ? 'Space' : key}: focus moves into the dialog and stays there through Tab and Shift+Tab; Escape closes it and focus returns to the WeChat button`, async () => {
    const s = await open()
    await tabTo(s.page, 'wechat')
    await s.page.keyboard.press(key)
    await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('dialog[open] button'))
    await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.activeElement?.closest('dialog'))
      .catch(async () => assert.fail(`focus did not move into the dialog: ${await focusPlace(s.page)}`))
    // A modal <dialog> makes the rest of the page inert: Tab may visit the browser's own UI
    // (allowed for native modals), but never an element of the page behind the dialog.
    const places = []
    for (const press of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await s.page.keyboard.press(press)
      places.push(await focusPlace(s.page))
    }
    assert.deepEqual(places.filter((p) => p.startsWith('page')), [], `focus escaped the dialog: ${places}`)
    assert.ok(places.includes('dialog button'), `Tab comes back to the dialog's button: ${places}`)
    await s.page.keyboard.press('Escape')
    await s.page.waitForFunction(() => !document.getElementById('share').shadowRoot.querySelector('dialog[open]'))
    assert.deepEqual(await focused(s.page), { host: 'share', channel: 'wechat', tag: 'button' })
    s.assertNoPageErrors()
  })
}

test('the dialog\'s Close button works by keyboard too, and returns focus to the WeChat button', async () => {
  const s = await open()
  await tabTo(s.page, 'wechat')
  await s.page.keyboard.press('Enter')
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.activeElement?.closest('dialog[open]'))
  assert.equal(await focusPlace(s.page), 'dialog button')
  await s.page.keyboard.press('Enter')
  await s.page.waitForFunction(() => !document.getElementById('share').shadowRoot.querySelector('dialog[open]'))
  assert.deepEqual(await focused(s.page), { host: 'share', channel: 'wechat', tag: 'button' })
  s.assertNoPageErrors()
})
