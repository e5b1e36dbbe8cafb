// WeChat where the QR code's part cannot load (a copy of the script without sc-qr.js, a CDN
// without CORS for it): the dialog offers the link to copy and paste into WeChat as soon as the
// first try failed, instead of an empty square for the seconds the retries take, or for good.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { anyTry, sleep, useBrowser, waitForWidget } from './harness.js'
import { checkA11y } from './axe.js'

const h = useBrowser()

const html = productHtml({ channels: 'wechat,copy' })

/** Answers every try of sc-qr.js (`?1`, `?2` included) with a 404; `tries()` counts them. */
const withoutQr = async (s) => {
  let count = 0
  await s.context.route(anyTry('/sc-qr.js'), (route) => (count++, route.fulfill({ status: 404, contentType: 'text/plain', body: 'gone' })))
  return () => count
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

test('the QR code\'s part cannot load: the WeChat dialog offers the link to copy after its first try, and Copy link copies it (axe: no violations)', async () => {
  const s = await h.open('/inline/wechat-no-qr.html', {
    html,
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  const tries = await withoutQr(s)
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => /paste it into WeChat/.test(document.getElementById('share').shadowRoot?.querySelector('dialog[open]')?.textContent ?? ''), null, { timeout: 5000 })
    .catch(async () => { throw new assert.AssertionError({ message: `no link to copy in the dialog: ${JSON.stringify(await dialogState(s.page))}` }) })
  // Offered after the first try, not after the third (1 s, then 4 s later).
  assert.equal(tries(), 1, 'sc-qr.js was tried once before the link was offered')
  const state = await dialogState(s.page)
  assert.equal(state.qr, false, 'no empty QR square')
  assert.match(state.text, /Copy the link, then paste it into WeChat\./)
  assert.doesNotMatch(state.text, /too long/)
  assert.ok(state.field.startsWith('https://shop.example/p/field-lantern?finish=brass') && /[?&]utm_source=wechat&/.test(state.field), state.field)
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
  await s.page.waitForFunction(() => window.__said.lastIndexOf('Link copied') > window.__said.indexOf(''))
    .catch(async () => { throw new assert.AssertionError({ message: `the live region said ${JSON.stringify(await s.page.evaluate(() => window.__said))}` }) })
  const completed = await s.page.evaluate(() => window.__completed.map((event) => event.channel))
  assert.deepEqual(completed, ['wechat'], `share_complete events: ${JSON.stringify(completed)}`)
  const violations = await checkA11y(s.page, { include: ['#share'] })
  assert.deepEqual(violations, [], `axe found ${violations.length} violation(s):\n${violations.join('\n')}`)

  // The retries go on behind it and end given up (SC305); the dialog keeps the link it offered.
  const deadline = performance.now() + 8000
  while (!s.warnings.some((text) => text.startsWith('[sharecue] SC305')) && performance.now() < deadline) await sleep(100)
  assert.ok(s.warnings.some((text) => text.startsWith('[sharecue] SC305') && text.includes('QR code')), JSON.stringify(s.warnings))
  assert.equal(tries(), 3)
  assert.equal((await dialogState(s.page))?.field, state.field)
  s.assertNoPageErrors()
})

test('a WeChat dialog opened again after the QR code\'s part was given up offers the link at once, in the page\'s language', async () => {
  const s = await h.open('/inline/wechat-no-qr-de.html', { html: html.replace('<html lang="en">', '<html lang="de">') })
  const tries = await withoutQr(s)
  await waitForWidget(s.page, '#share', { session: s })
  const open = async () => {
    await s.page.locator('#share button[data-channel="wechat"]').click()
    await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot?.querySelector('dialog[open] input'), null, { timeout: 5000 })
  }
  await open()
  const deadline = performance.now() + 8000
  while (!s.warnings.some((text) => text.startsWith('[sharecue] SC305')) && performance.now() < deadline) await sleep(100)
  await s.page.keyboard.press('Escape')
  await open()
  const state = await dialogState(s.page)
  assert.match(state.text, /Kopiere den Link und füge ihn in WeChat ein\./)
  assert.equal(state.qr, false)
  assert.equal(tries(), 3, 'given up: no fourth try')
  s.assertNoPageErrors()
})

test('the QR code\'s part cannot load, on a page whose clipboard API refuses: Copy link in the open dialog still copies the link', async () => {
  // A Permissions-Policy, an http page or an older browser: writeText rejects, and the copy falls
  // back to selecting text, which must happen inside the modal dialog (everything else is inert).
  const refuse = () => { if (typeof Clipboard == 'function') Object.defineProperty(Clipboard.prototype, 'writeText', { value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }) }
  const s = await h.open('/inline/wechat-no-qr-refused.html', { html, initScript: refuse, permissions: ['clipboard-read', 'clipboard-write'] })
  await withoutQr(s)
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => /paste it into WeChat/.test(document.getElementById('share').shadowRoot?.querySelector('dialog[open]')?.textContent ?? ''), null, { timeout: 5000 })
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

test('nothing can be copied (the clipboard API refuses, and so does execCommand): the dialog says so, the link\'s field takes the focus with the link selected, and a copy from it by hand completes the share once', async () => {
  const refuseAll = () => {
    if (typeof Clipboard == 'function') Object.defineProperty(Clipboard.prototype, 'writeText', { value: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) })
    Object.defineProperty(Document.prototype, 'execCommand', { value: () => false })
  }
  const s = await h.open('/inline/wechat-no-qr-nothing.html', { html, initScript: refuseAll })
  await withoutQr(s)
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.locator('#share button[data-channel="wechat"]').click()
  await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot?.querySelector('dialog[open] input'), null, { timeout: 5000 })
  await s.page.locator('#share dialog button', { hasText: 'Copy link' }).click()
  await s.page.waitForFunction(() => /failed/i.test(document.getElementById('share').shadowRoot.querySelector('dialog[open] [role="status"]')?.textContent ?? ''))
  const { status, field } = await dialogState(s.page)
  assert.equal(status, 'Copy failed: select the link and copy it')
  const focus = await s.page.evaluate(() => {
    const active = document.getElementById('share').shadowRoot.activeElement
    return { tag: active?.localName, selected: active?.value?.slice(active.selectionStart, active.selectionEnd) }
  })
  assert.deepEqual(focus, { tag: 'input', selected: field })
  assert.ok(s.codes.includes('SC304'), s.warnings.join(' | '))
  // The shopper copies it by hand (the browser's own copy): the WeChat share is complete, once.
  await s.page.evaluate(() => { window.__completed = []; window.ShareCue.on('share_complete', (event) => window.__completed.push(event.channel)) })
  await s.page.keyboard.press('Control+C')
  await s.page.waitForFunction(() => window.__completed.length > 0, null, { timeout: 3000 })
    .catch(() => { throw new assert.AssertionError({ message: 'copying the dialog\'s link by hand completed no share' }) })
  await s.page.keyboard.press('Control+C')
  await sleep(200)
  assert.deepEqual(await s.page.evaluate(() => window.__completed), ['wechat'])
  s.assertNoPageErrors()
})

test('a WeChat dialog closed while it still says "Link copied", then opened again: the new dialog keeps its own link (the new share\'s), not the last one\'s', async () => {
  const s = await h.open('/inline/wechat-no-qr-again.html', { html, permissions: ['clipboard-read', 'clipboard-write'] })
  await withoutQr(s)
  await waitForWidget(s.page, '#share', { session: s })
  const open = async () => {
    await s.page.locator('#share button[data-channel="wechat"]').click()
    await s.page.waitForFunction(() => !!document.getElementById('share').shadowRoot?.querySelector('dialog[open] input'), null, { timeout: 5000 })
    return (await dialogState(s.page)).field
  }
  const first = await open()
  await s.page.locator('#share dialog button', { hasText: 'Copy link' }).click()
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('dialog[open] [role="status"]')?.textContent === 'Link copied')
  await s.page.keyboard.press('Escape')
  const second = await open()
  assert.notEqual(new URL(second).searchParams.get('scid'), new URL(first).searchParams.get('scid'), 'each share has its own id')
  // Past the first dialog's "Link copied" (cleared after 4 s): nothing of it reaches this one.
  await sleep(4500)
  const state = await dialogState(s.page)
  assert.equal(state.field, second, 'the field still holds this share\'s link')
  assert.equal(state.qr, false)
  assert.equal(state.status, '')
  s.assertNoPageErrors()
})
