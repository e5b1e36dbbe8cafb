// Fallbacks: a target that cannot hold a shadow root, a clipboard that refuses, WeChat's own
// browser, and Messenger on phones and desktops.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkHref } from './contract.js'
import { LANTERN_URL, productHtml } from './fixtures.js'
import { controls, inShadow, settle, sleep, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'
const WECHAT_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003129) NetType/WIFI Language/zh_CN'

/** Texts of the widget's status regions. */
const statuses = (page, selector = '#share') => inShadow(page, selector, (root) =>
  [...root.querySelectorAll('[role="status"]')].map((el) => el.textContent.trim()).filter(Boolean))

/** Waits until a status region in `selector` says something; returns what it says. */
const waitForAnyStatus = async (page, selector = '#share') => {
  await page.waitForFunction((sel) => [...(document.querySelector(sel)?.shadowRoot?.querySelectorAll('[role="status"]') ?? [])]
    .some((el) => el.textContent.trim()), selector).catch(() => {})
  return statuses(page, selector)
}

/**
 * Warning texts load lazily (dist/sc-errors.js), so a warning is printed a moment after its
 * cause: waits until `codes` have all been printed (or 3 s), then until the network is quiet.
 */
const waitForWarnings = async (s, codes = []) => {
  const end = performance.now() + 3000
  while (!codes.every((code) => s.codes.includes(code)) && performance.now() < end) await sleep(25)
  await settle(s, { quietMs: 150 })
}

// ---------------------------------------------------------------- (a) a target that cannot hold a shadow root

const linkHtml = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Field Lantern | Shop Example</title>
  <script src="/dist/sharecue.js" async></script>
</head>
<body>
  <main>
    <h1>Field Lantern</h1>
    <a id="link" data-sharecue href="#" data-url="${LANTERN_URL}" data-title="Field Lantern" data-channels="whatsapp,x,copy"></a>
  </main>
</body>
</html>`

test('an <a data-sharecue href="#"> target, which cannot hold a shadow root, warns SC202 and gets a working widget in a child [data-sharecue-host]', async () => {
  const s = await h.open('/inline/link-target.html', { html: linkHtml, permissions: ['clipboard-read', 'clipboard-write'] })
  const host = '#link > [data-sharecue-host]'
  await waitForWidget(s.page, host, { session: s })
  assert.equal(await s.page.evaluate(() => document.getElementById('link').shadowRoot), null)
  await waitForWarnings(s, ['SC202'])
  assert.deepEqual(s.codes, ['SC202'])
  assert.match(s.warnings[0], /^\[sharecue\] SC202: \S/)

  const list = await controls(s.page, host)
  assert.deepEqual(list.map((c) => c.channel), ['whatsapp', 'x', 'copy'])
  assert.deepEqual(checkHref(list[0].href, 'whatsapp', { product: LANTERN_URL }), [])
  assert.deepEqual(checkHref(list[1].href, 'x', { product: LANTERN_URL }), [])

  // The copy button works inside the link, and the click does not follow the link's href="#".
  await s.page.locator(`${host} [data-channel="copy"]`).click()
  assert.deepEqual(await waitForAnyStatus(s.page, host), ['Link copied'])
  const copied = await s.page.evaluate(() => navigator.clipboard.readText())
  assert.match(copied, /^https:\/\/shop\.example\/p\/field-lantern\?.*utm_source=copy/)
  assert.equal(await s.page.evaluate(() => location.hash), '')
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

// ---------------------------------------------------------------- (b) the clipboard API refuses

/** No clipboard permission is granted, and the async Clipboard API rejects outright. */
const refuseClipboard = () => {
  if (typeof Clipboard === 'undefined') return // the initial about:blank is no secure context
  const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
  Object.defineProperty(Clipboard.prototype, 'writeText', { value: refuse, configurable: true, writable: true })
  // What the execCommand fallback copies, as the page's `copy` event sees it.
  window.__copies = []
  document.addEventListener('copy', (event) => {
    const el = event.composedPath()[0]
    const selected = el && typeof el.value === 'string' ? el.value.slice(el.selectionStart, el.selectionEnd) : String(getSelection())
    window.__copies.push(selected)
  }, true)
}

const copyHtml = productHtml({ channels: 'whatsapp,copy' })

test('with the Clipboard API refused, headless Chromium copies through the execCommand fallback: "Link copied", the shared URL copied, no SC304', async () => {
  const s = await h.open('/inline/copy-refused.html', { html: copyHtml, initScript: refuseClipboard })
  await waitForWidget(s.page, '#share', { session: s })
  assert.equal(await s.page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'resolved', (e) => e.name)), 'NotAllowedError')
  await s.page.locator('#share [data-channel="copy"]').click()
  const said = await waitForAnyStatus(s.page)
  assert.deepEqual(said, ['Link copied'], 'Chromium headless: the execCommand fallback succeeds')
  const copies = await s.page.evaluate(() => window.__copies)
  assert.equal(copies.length, 1, `copy events: ${JSON.stringify(copies)}`)
  assert.match(copies[0], /^https:\/\/shop\.example\/p\/field-lantern\?finish=brass&.*utm_source=copy/)
  await waitForWarnings(s)
  assert.deepEqual(s.codes.filter((c) => c === 'SC304'), [], 'no SC304 when the fallback copied')
  // The fallback's hidden textarea is gone again.
  assert.equal(await inShadow(s.page, '#share', (root) => root.querySelectorAll('textarea').length), 0)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('when the execCommand fallback fails too, the copy-failed text is said and one coded SC304 warning is printed', async () => {
  const s = await h.open('/inline/copy-refused.html', {
    html: copyHtml,
    initScript: `(${refuseClipboard})(); Document.prototype.execCommand = function () { return false }`,
  })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel="copy"]').click()
  const said = await waitForAnyStatus(s.page)
  assert.equal(said.length, 1, `status: ${JSON.stringify(said)}`)
  assert.match(said[0], /^Copy failed/)
  assert.notEqual(said[0], 'Link copied')
  await waitForWarnings(s, ['SC304'])
  assert.deepEqual(s.codes, ['SC304'])
  assert.match(s.warnings[0], /^\[sharecue\] SC304: \S/)
  s.assertNoPageErrors()
})

// ---------------------------------------------------------------- (c) inside WeChat's browser

test('inside WeChat\'s browser (MicroMessenger user agent) the wechat button opens the dialog with the "···" menu hint, no QR code, and sc-qr.js is never requested', async () => {
  const s = await h.open('/inline/wechat-inapp.html', { html: productHtml({ channels: 'wechat,copy' }), contextOptions: { userAgent: WECHAT_UA } })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share [data-channel="wechat"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot.querySelector('dialog[open]'))
  await settle(s)
  const dialog = await inShadow(s.page, '#share', (root) => {
    const d = root.querySelector('dialog[open]')
    return { text: d.textContent, svg: d.querySelectorAll('svg').length }
  })
  assert.match(dialog.text, /···/)
  assert.equal(dialog.svg, 0, 'no QR svg in the dialog')
  assert.deepEqual(h.server.requests.filter((r) => r.pathname === '/dist/sc-qr.js').map((r) => r.path), [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

// ---------------------------------------------------------------- (d) Messenger

const messengerHtml = (attributes = '') => productHtml({ channels: 'whatsapp,messenger,copy', attributes })

test('on an iPhone (iPhone user agent, isMobile) messenger is a link to fb-messenger://share/?link=<shared URL>', async () => {
  const s = await h.open('/inline/messenger.html', {
    html: messengerHtml(),
    contextOptions: { userAgent: IPHONE_UA, isMobile: true, hasTouch: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  })
  await waitForWidget(s.page, '#share', { session: s })
  const list = await controls(s.page, '#share')
  const messenger = list.find((c) => c.channel === 'messenger')
  assert.ok(messenger, `messenger among ${list.map((c) => c.channel).join(', ')}; warnings ${JSON.stringify(s.warnings)}`)
  assert.equal(messenger.tag, 'a')
  assert.ok(messenger.href.startsWith('fb-messenger://share/?link='), messenger.href)
  const link = new URLSearchParams(messenger.href.slice(messenger.href.indexOf('?') + 1)).get('link')
  assert.match(link, /^https:\/\/shop\.example\/p\/field-lantern\?finish=brass&.*utm_source=messenger/)
  await waitForWarnings(s)
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('on a desktop without data-facebook-app-id messenger is absent and SC302 is warned', async () => {
  const s = await h.open('/inline/messenger.html', { html: messengerHtml() })
  await waitForWidget(s.page, '#share', { session: s })
  const list = await controls(s.page, '#share')
  assert.deepEqual(list.map((c) => c.channel), ['whatsapp', 'copy'])
  await waitForWarnings(s, ['SC302'])
  assert.deepEqual(s.codes, ['SC302'])
  s.assertNoPageErrors()
})

test('on a desktop with data-facebook-app-id="123456789" messenger links to Facebook\'s Send dialog with app_id=123456789', async () => {
  const s = await h.open('/inline/messenger.html', { html: messengerHtml('data-facebook-app-id="123456789"') })
  await waitForWidget(s.page, '#share', { session: s })
  const list = await controls(s.page, '#share')
  assert.deepEqual(list.map((c) => c.channel), ['whatsapp', 'messenger', 'copy'])
  const messenger = list[1]
  assert.equal(messenger.tag, 'a')
  assert.ok(messenger.href.startsWith('https://www.facebook.com/dialog/send?'), messenger.href)
  assert.equal(new URL(messenger.href).searchParams.get('app_id'), '123456789')
  assert.deepEqual(checkHref(messenger.href, 'messenger', { product: LANTERN_URL, appId: '123456789' }), [])
  await waitForWarnings(s)
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})
