// WeChat: a locally generated QR code in a dialog, loaded lazily from the folder of sharecue.js.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { focused, settle, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const html = productHtml({ channels: 'wechat,copy' })

/** State of the dialog in the target's shadow root. */
const dialogState = (page) => page.evaluate(() => {
  const root = document.getElementById('share').shadowRoot
  const dialog = root?.querySelector('dialog')
  if (!dialog) return { exists: false, open: false }
  const svg = dialog.querySelector('svg[role="img"]')
  let name = null
  if (svg) {
    const ids = svg.getAttribute('aria-labelledby')
    name = svg.getAttribute('aria-label')
      || (ids ? ids.split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ') : '')
      || svg.querySelector(':scope > title')?.textContent
      || null
  }
  return {
    exists: true,
    open: dialog.open,
    svg: !!svg,
    name,
    paths: svg ? svg.querySelectorAll('path[d]').length : 0,
    rects: svg ? svg.querySelectorAll('rect').length : 0,
  }
})

const openDialog = async (s) => {
  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot?.querySelector('dialog[open]'))
    .catch(async () => { throw new assert.AssertionError({ message: `no open <dialog> in the shadow root after clicking wechat: ${JSON.stringify(await dialogState(s.page))}` }) })
}

test('the wechat button opens a dialog with an SVG QR code named for WeChat; Escape closes it and focus returns to the button', async () => {
  const s = await h.open('/inline/wechat.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await openDialog(s)
  // The QR code is drawn once its lazily loaded part has arrived.
  await s.page.waitForFunction(() => {
    const svg = document.getElementById('share').shadowRoot.querySelector('dialog[open] svg[role="img"]')
    return !!svg && (svg.querySelector('path[d]') || svg.querySelectorAll('rect').length >= 20)
  }).catch(() => {})
  const state = await dialogState(s.page)
  assert.equal(state.svg, true, 'an <svg role="img"> in the dialog')
  assert.ok(state.paths >= 1 || state.rects >= 20, `QR drawing: ${state.paths} paths, ${state.rects} rects`)
  assert.match(state.name ?? '', /wechat/i, 'the QR code\'s accessible name mentions WeChat')

  await s.page.keyboard.press('Escape')
  await s.page.waitForFunction(() => !document.getElementById('share').shadowRoot.querySelector('dialog[open]'))
  assert.deepEqual(await focused(s.page), { host: 'share', channel: 'wechat', tag: 'button' })
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})

test('the QR code part is loaded lazily, after the click, from the folder of sharecue.js', async () => {
  const s = await h.open('/inline/wechat.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await settle(s)
  const before = h.server.requests.map((r) => r.pathname)
  h.server.clear()
  await openDialog(s)
  await settle(s)
  const lazy = h.server.requests.filter((r) => r.pathname.startsWith('/dist/') && r.pathname !== '/dist/sharecue.js')
  assert.ok(lazy.length >= 1, `no request under /dist/ after the click (before it: ${before.join(', ')})`)
  assert.deepEqual(lazy.filter((r) => r.status !== 200).map((r) => `${r.pathname} ${r.status}`), [])
  s.assertNoPageErrors()
})
