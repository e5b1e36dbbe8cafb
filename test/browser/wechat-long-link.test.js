// WeChat with a long product address: the shared link keeps the address's query as the shop
// wrote it (a comma stays a comma), so a 1,925-character address full of commas still fits in a
// QR code. Form-encoding its query once made it a 3,000-byte link, past what a QR code holds.
// (A link that still does not fit is offered to copy, SC316; that dialog is wechat-no-qr.test.js's.)
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { controls, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

// 1,925 characters, under the 2,048 a product address may have.
const PRODUCT = `https://shop.example/p/field-lantern?sizes=${'38,39,40,41,42,'.repeat(125)}`
const html = productHtml({ channels: 'wechat,copy,x' }).replace('https://shop.example/p/field-lantern?finish=brass', PRODUCT)

test('a 1,925-character product address full of commas: its links keep them, and the WeChat dialog draws the QR code of its link (no SC316)', async () => {
  const s = await h.open('/inline/wechat-long.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  const x = (await controls(s.page, '#share')).find((control) => control.channel === 'x')
  const shared = new URL(x.href).searchParams.get('url')
  assert.ok(shared.startsWith(`${PRODUCT}&utm_source=x&utm_medium=social&`), shared.slice(0, 80))
  assert.ok(shared.length < 2048 + 120, `the shared link is ${shared.length} characters`)

  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot?.querySelector('dialog[open] svg[role="img"] path[d]'))
    .catch(async () => { throw new assert.AssertionError({ message: `no QR code in the dialog: ${await s.page.evaluate(() => document.getElementById('share').shadowRoot?.querySelector('dialog')?.textContent)}` }) })
  const dialog = await s.page.evaluate(() => {
    const open = document.getElementById('share').shadowRoot.querySelector('dialog[open]')
    return { text: open.textContent, field: !!open.querySelector('input'), size: open.querySelector('svg').getAttribute('viewBox') }
  })
  assert.match(dialog.text, /Scan with WeChat/)
  assert.equal(dialog.field, false)
  // A QR code of version 40 at most: 177 modules, plus the quiet zone's 4.
  assert.ok(Number(dialog.size.split(' ')[2]) <= 181, dialog.size)
  assert.deepEqual(s.codes, [], `warnings: ${s.warnings.join(' | ')}`)
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})
