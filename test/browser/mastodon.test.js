// Mastodon without data-mastodon, by keyboard only: the button asks for the shopper's server,
// refuses what is not a host name, and shares to the one given.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { checkHref, checkSharedUrl } from './contract.js'
import { LANTERN_URL, productHtml } from './fixtures.js'
import { focused, inShadow, settle, sleep, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const CHANNELS = ['x', 'mastodon', 'copy']
const html = productHtml({ channels: CHANNELS.join(','), after: '<p><a id="after" href="#reviews">Reviews</a></p>' })

/** Where focus is inside the widget, and the server field's state. */
const fieldState = (page) => inShadow(page, '#share', (root) => {
  const input = root.querySelector('input[name="host"]')
  const describedBy = input?.getAttribute('aria-describedby')
  const error = describedBy ? root.getElementById(describedBy) : null
  return {
    exists: !!input,
    focused: !!input && root.activeElement === input,
    value: input?.value ?? null,
    invalid: input?.getAttribute('aria-invalid') ?? null,
    error: error ? { text: error.textContent.trim(), visible: error.getBoundingClientRect().height > 0 } : null,
  }
})

test('keyboard only: Tab to mastodon, Enter focuses the server field; "not a host" is marked invalid with an error and opens nothing; "mastodon.social" opens its share page, reports share_click and returns focus to the button', async () => {
  const s = await h.open('/inline/mastodon.html', { html })
  await waitForWidget(s.page, '#share', { session: s })
  await s.page.evaluate(() => {
    window.__events = []
    window.ShareCue.on('share_click', (event) => window.__events.push(JSON.parse(JSON.stringify(event))))
  })

  // Tab from the top of the page to the mastodon button.
  const walk = []
  for (let i = 0; i < CHANNELS.length; i++) {
    await s.page.keyboard.press('Tab')
    const at = await focused(s.page)
    walk.push(at.channel ?? `outside: ${at.host}`)
    if (at.channel === 'mastodon') break
  }
  assert.deepEqual(walk, ['x', 'mastodon'])
  assert.equal((await focused(s.page)).tag, 'button', 'without data-mastodon, mastodon is a button')

  // Enter: the field appears (lazily) and takes focus.
  await s.page.keyboard.press('Enter')
  await s.page.waitForFunction(() => {
    const root = document.getElementById('share').shadowRoot
    return root.activeElement?.getAttribute('name') === 'host'
  }).catch(() => {})
  let field = await fieldState(s.page)
  assert.equal(field.exists, true, 'a server field after Enter')
  assert.equal(field.focused, true, 'the server field has focus')
  assert.equal(field.invalid, null, 'not marked invalid before any try')

  // Something that is not a host name: marked invalid, explained, nothing opened.
  await s.page.keyboard.type('not a host')
  await s.page.keyboard.press('Enter')
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.querySelector('input[name="host"]')?.getAttribute('aria-invalid') === 'true').catch(() => {})
  field = await fieldState(s.page)
  assert.equal(field.invalid, 'true')
  assert.ok(field.error?.text, `an error text tied to the field by aria-describedby: ${JSON.stringify(field.error)}`)
  assert.equal(field.error.visible, true, 'the error text is shown')
  assert.match(field.error.text, /mastodon\.social/)
  await settle(s)
  assert.equal(s.popups.length, 0, 'no popup for an invalid server')
  assert.deepEqual(s.offHost, [])
  assert.deepEqual(await s.page.evaluate(() => window.__events), [], 'no share_click for an invalid server')

  // Clear the field (still focused), type a real server, Enter.
  assert.equal(field.focused, true, 'the field keeps focus after the error')
  await s.page.keyboard.press('ControlOrMeta+A')
  await s.page.keyboard.press('Backspace')
  assert.equal((await fieldState(s.page)).value, '')
  await s.page.keyboard.type('mastodon.social')
  await s.page.keyboard.press('Enter')

  // The popup's request to mastodon.social is recorded (and aborted) by the harness.
  const deadline = performance.now() + 3000
  const arrived = () => s.offHost.some((r) => r.url.startsWith('https://mastodon.social/')) && s.popups.length > 0
  while (!arrived() && performance.now() < deadline) await sleep(50)
  assert.equal(s.popups.length, 1, 'one popup')
  const requested = s.offHost.map((r) => r.url)
  assert.equal(requested.length, 1, `off-host requests: ${JSON.stringify(requested)}`)
  const url = requested[0]
  assert.ok(url.startsWith('https://mastodon.social/share?text='), url)
  assert.deepEqual(checkHref(url, 'mastodon', { product: LANTERN_URL, instance: 'mastodon.social' }), [])
  const text = new URL(url).searchParams.get('text')
  const shared = text.slice(text.indexOf(LANTERN_URL.split('?')[0])).split(/\s/)[0]
  const { problems, scid } = checkSharedUrl(shared, { product: LANTERN_URL, channel: 'mastodon' })
  assert.deepEqual(problems, [])
  assert.equal(new URL(shared).searchParams.get('utm_source'), 'mastodon')

  // One share_click for mastodon, whose shareId is the shared link's scid.
  await s.page.waitForFunction(() => window.__events.length > 0).catch(() => {})
  const events = await s.page.evaluate(() => window.__events)
  assert.equal(events.length, 1, `share_click events: ${JSON.stringify(events)}`)
  assert.equal(events[0].type, 'share_click')
  assert.equal(events[0].channel, 'mastodon')
  assert.equal(events[0].shareId, scid)

  // Focus is back on the mastodon button; the field and its error are gone.
  await s.page.waitForFunction(() => document.getElementById('share').shadowRoot.activeElement?.getAttribute('data-channel') === 'mastodon').catch(() => {})
  assert.deepEqual(await focused(s.page), { host: 'share', channel: 'mastodon', tag: 'button' })
  assert.equal((await fieldState(s.page)).exists, false, 'the field closes after sharing')
  await settle(s) // warning texts load lazily
  s.assertNoPageErrors()
  assert.deepEqual(s.warnings, [])
})

test('an update() that takes Mastodon away closes its open server field: submitting a stale field cannot throw into the page', async () => {
  const s = await h.open('/inline/mastodon-update.html', { html: productHtml({ channels: 'x' }) })
  await s.page.waitForFunction(() => window.ShareCue?.mount)
  await s.page.evaluate(() => {
    const el = document.createElement('div')
    el.id = 'api'
    document.querySelector('main').append(el)
    window.widget = window.ShareCue.mount(el, { channels: ['x', 'mastodon'], url: 'https://shop.example/p/a', title: 'A' })
    el.shadowRoot.querySelector('[data-channel="mastodon"]').click()
  })
  await s.page.waitForFunction(() => document.querySelector('#api').shadowRoot.querySelector('input[name="host"]'))
  await s.page.evaluate(() => window.widget.update({ channels: ['x'], url: 'https://shop.example/p/a', title: 'A' }))
  await s.page.waitForFunction(() => !document.querySelector('#api').shadowRoot.querySelector('[data-channel="mastodon"]'))
  const field = await s.page.evaluate(() => !!document.querySelector('#api').shadowRoot.querySelector('input[name="host"]'))
  assert.equal(field, false, 'the field of a channel no longer shown is closed')
  s.assertNoPageErrors()
})
