// WeChat with a link no QR code can hold (over some 2,950 bytes): the dialog says to copy the
// link and paste it into WeChat, and offers it to copy, instead of an empty square and an
// exception in the page.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'
import { checkA11y } from './axe.js'

const h = useBrowser()

// 1,925 characters, under the 2,048 a product address may have; the shared link form-encodes
// each comma (%2C) and adds the attribution, so it comes out well past 2,952 bytes, the most
// lean-qr fits in a QR code.
const PRODUCT = `https://shop.example/p/field-lantern?sizes=${'38,39,40,41,42,'.repeat(125)}`
const html = productHtml({ channels: 'wechat,copy' }).replace('https://shop.example/p/field-lantern?finish=brass', PRODUCT)

/** Unhandled rejections, recorded in the page itself as well as through `pageerror`. */
const recordRejections = () => {
  window.__rejections = []
  window.addEventListener('unhandledrejection', (event) => window.__rejections.push(String(event.reason?.stack ?? event.reason)))
}

/** What the open dialog shows: its text, the link field's value, its buttons, a QR drawing. */
const dialogState = (page) => page.evaluate(() => {
  const dialog = document.getElementById('share').shadowRoot?.querySelector('dialog[open]')
  if (!dialog) return undefined
  return {
    text: dialog.textContent,
    field: dialog.querySelector('input')?.value,
    fieldName: dialog.querySelector('input')?.getAttribute('aria-labelledby') ?? null,
    buttons: [...dialog.querySelectorAll('button')].map((button) => button.textContent),
    status: dialog.querySelector('[role="status"]')?.textContent,
    qr: !!dialog.querySelector('svg'),
  }
})

test('a link too long for a QR code: the WeChat dialog says to copy and paste it into WeChat, and its Copy link button copies it (axe: no violations)', async () => {
  const s = await h.open('/inline/wechat-long.html', { html, initScript: recordRejections, permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => /paste it into WeChat/.test(document.getElementById('share').shadowRoot?.querySelector('dialog[open]')?.textContent ?? ''))
    .catch(async () => { throw new assert.AssertionError({ message: `no dialog telling to copy the link: ${JSON.stringify(await dialogState(s.page))}` }) })
  const state = await dialogState(s.page)
  assert.equal(state.qr, false, 'no empty QR square')
  assert.ok(new TextEncoder().encode(state.field).length > 2952, `the link in the field is ${state.field?.length} bytes`)
  assert.ok(state.field.startsWith('https://shop.example/p/field-lantern?sizes=38%2C39') && /[?&]utm_source=wechat&/.test(state.field), state.field)
  assert.ok(state.fieldName, 'the link field is named by the sentence beside it')
  assert.deepEqual(state.buttons, ['Copy link', 'Close'])

  await s.page.evaluate(() => { window.__completed = []; window.ShareCue.on('share_complete', (event) => window.__completed.push(event)) })
  await s.page.locator('#share dialog button', { hasText: 'Copy link' }).click()
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('dialog[open] [role="status"]')?.textContent === 'Link copied')
    .catch(async () => { throw new assert.AssertionError({ message: `no "Link copied" in the dialog: ${JSON.stringify(await dialogState(s.page))}` }) })
  assert.equal(await s.page.evaluate(() => navigator.clipboard.readText()), state.field)
  // Copied twice, shared once: one share_complete, for the WeChat share. The second copy is said
  // again: the live region is emptied, then says it (the same words set again would be silent).
  await s.page.evaluate(() => {
    const status = document.getElementById('share').shadowRoot.querySelector('dialog[open] [role="status"]')
    window.__said = []
    new MutationObserver(() => window.__said.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true })
  })
  await s.page.locator('#share dialog button', { hasText: 'Copy link' }).click()
  await s.page.waitForTimeout(400)
  const said = await s.page.evaluate(() => window.__said)
  assert.ok(said.indexOf('') >= 0 && said.lastIndexOf('Link copied') > said.indexOf(''), `the live region said ${JSON.stringify(said)}`)
  const completed = await s.page.evaluate(() => window.__completed.map((event) => event.channel))
  assert.deepEqual(completed, ['wechat'], `share_complete events: ${JSON.stringify(completed)}`)
  const violations = await checkA11y(s.page, { include: ['#share'] })
  assert.deepEqual(violations, [], `axe found ${violations.length} violation(s):\n${violations.join('\n')}`)

  assert.deepEqual(await s.page.evaluate(() => window.__rejections), [], 'unhandled rejections')
  s.assertNoPageErrors()
  assert.deepEqual(s.codes, ['SC316'], `warnings: ${s.warnings.join(' | ')}`)
  s.assertNothingLeftLocalhost()
})

test('a link too long for a QR code, on a page whose clipboard API refuses: Copy link in the open dialog still copies it', async () => {
  // A Permissions-Policy, an http page or an older browser: writeText rejects, and the copy falls
  // back to selecting text, which must happen inside the modal dialog (everything else is inert).
  const refuse = () => { if (typeof Clipboard == 'function') Object.defineProperty(Clipboard.prototype, 'writeText', { value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }) }
  const s = await h.open('/inline/wechat-long-refused.html', { html, initScript: refuse, permissions: ['clipboard-read', 'clipboard-write'] })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => /paste it into WeChat/.test(document.getElementById('share').shadowRoot?.querySelector('dialog[open]')?.textContent ?? ''))
  const { field } = await dialogState(s.page)
  await s.page.locator('#share dialog button', { hasText: 'Copy link' }).click()
  await s.page.waitForFunction(() => /copied|failed/i.test(document.getElementById('share').shadowRoot.querySelector('dialog[open] [role="status"]')?.textContent ?? ''))
  const { status } = await dialogState(s.page)
  assert.equal(status, 'Link copied')
  const copied = await s.page.evaluate(() => navigator.clipboard.readText())
  assert.ok(copied === field, `the clipboard holds ${copied.slice(-40)}, not the dialog's link ${field.slice(-40)}`)
  // The keyboard user's place: the focus is back on the button.
  assert.equal(await s.page.evaluate(() => document.getElementById('share').shadowRoot.activeElement?.textContent), 'Copy link')
  s.assertNoPageErrors()
})
