// The attributes page: every product field and 25 channels from the target's data attributes,
// with different JSON-LD and Open Graph values on the page that must lose.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ACTION_CHANNELS, DISPLAY_NAMES, checkHref } from './contract.js'
import { controls, inShadow, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/attributes.html'
const TARGET = '#share'
const CHANNELS = ['facebook', 'messenger', 'x', 'threads', 'bluesky', 'mastodon', 'linkedin', 'pinterest', 'reddit', 'tumblr',
  'hackernews', 'whatsapp', 'telegram', 'line', 'viber', 'vk', 'ok', 'weibo', 'qq', 'qzone', 'douban', 'email', 'sms', 'copy', 'wechat']
/** The values of the target's data attributes, as the browser decodes them. */
const ATTRS = {
  product: 'https://shop.example/p/storm-jacket?size=m&fit=regular#details',
  title: 'Storm Jacket 2.0 "Ultra"',
  image: 'https://cdn.shop.example/img/storm-jacket.jpg?w=1200',
  appId: '966242223397117',
}
/** data-text: the share copy may be a template, but it is made from the target's text or title. */
const TEXT = 'Waterproof & breathable: 30% off this week! Ça marche 🌧'
const EXPECTED = { ...ATTRS, textIncludes: [TEXT, ATTRS.title] }
/** Rendered as buttons here: action channels, and mastodon without an instance. */
const BUTTONS = [...ACTION_CHANNELS, 'mastodon']

const load = async () => {
  const s = await h.open(PAGE)
  await waitForWidget(s.page, TARGET, { session: s })
  return s
}

test('all 25 requested channels render, in the requested order', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  assert.deepEqual(list.map((c) => c.channel), CHANNELS)
  s.assertNoPageErrors()
})

test('every web-intent href matches the contract table, carrying the data-attribute values (decoded and compared)', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const problems = []
  for (const control of list.filter((c) => !BUTTONS.includes(c.channel))) {
    if (control.tag !== 'a' || control.target !== '_blank' || control.rel !== 'noopener noreferrer') {
      problems.push(`${control.channel}: <${control.tag} target=${control.target} rel=${control.rel}>`)
    }
    problems.push(...checkHref(control.href, control.channel, EXPECTED))
  }
  assert.deepEqual(problems, [])
  assert.equal(list.filter((c) => !BUTTONS.includes(c.channel)).length, CHANNELS.length - 3, 'every link channel was checked')
})

test('data attributes beat the page JSON-LD and Open Graph values', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const decoded = list.map((c) => { try { return decodeURIComponent(c.href ?? '') } catch { return c.href ?? '' } }).join('\n')
  for (const loser of ['old-jacket', 'Old Jacket Name', 'og-jacket', 'OG Jacket Title', 'from JSON-LD', 'USD']) {
    assert.ok(!decoded.includes(loser), `a link carries "${loser}" from JSON-LD/Open Graph`)
  }
  assert.ok(decoded.includes('storm-jacket'))
})

test('copy and wechat are buttons; mastodon without an instance is a button that reveals an input for the instance host', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  for (const id of ['copy', 'wechat', 'mastodon']) {
    const control = list.find((c) => c.channel === id)
    assert.deepEqual({ id, tag: control?.tag, type: control?.type }, { id, tag: 'button', type: 'button' })
  }
  await s.page.locator(`${TARGET} button[data-channel="mastodon"]`).click()
  await s.page.waitForFunction((sel) => {
    const input = document.querySelector(sel)?.shadowRoot?.querySelector('input')
    return !!input && input.getClientRects().length > 0
  }, TARGET)
  const inputs = await inShadow(s.page, TARGET, (root) => [...root.querySelectorAll('input')].map((i) => i.type))
  assert.ok(inputs.length >= 1)
  s.assertNothingLeftLocalhost()
  s.assertNoPageErrors()
})

test('every control on the attributes page has an accessible name containing its English display name', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const wrong = list.filter((c) => !DISPLAY_NAMES[c.channel].test(c.name)).map((c) => `${c.channel}: ${JSON.stringify(c.name)}`)
  assert.deepEqual(wrong, [])
})

test('the attributes page prints no sharecue warning', async () => {
  const s = await load()
  await s.page.waitForTimeout(300)
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
})
