// The json-ld page: product data only in a schema.org Product; the widget renders the
// contract's DOM (section 5) and links (sections 4 and 6) from it.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { ACTION_CHANNELS, DISPLAY_NAMES, checkHref } from './contract.js'
import { controls, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()
const PAGE = '/test/browser/pages/json-ld.html'
const TARGET = '#share'
const CHANNELS = ['facebook', 'x', 'whatsapp', 'telegram', 'email', 'sms', 'copy', 'pinterest', 'linkedin', 'reddit']
const PRODUCT = {
  product: 'https://shop.example/p/trail-shoe?color=red#reviews',
  title: 'Ridgeline Trail Shoe',
  image: 'https://shop.example/img/trail-shoe-red.jpg',
  /** the share copy is made from the product: its name or its description */
  textIncludes: ['Ridgeline Trail Shoe', 'A light trail running shoe'],
}

const load = async () => {
  const s = await h.open(PAGE)
  await waitForWidget(s.page, TARGET, { session: s })
  return s
}

test('the json-ld target gets an open shadow root with one [data-channel] control per requested channel, in order', async () => {
  const s = await load()
  const mode = await s.page.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.mode, TARGET)
  assert.equal(mode, 'open')
  const list = await controls(s.page, TARGET)
  assert.deepEqual(list.map((c) => c.channel), CHANNELS)
  s.assertNoPageErrors()
})

test('every web-intent control is a new-tab link to its contract endpoint, sharing the JSON-LD product URL with attribution and the JSON-LD title', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const problems = []
  for (const control of list.filter((c) => !ACTION_CHANNELS.includes(c.channel))) {
    if (control.tag !== 'a') problems.push(`${control.channel}: <${control.tag}> instead of <a>`)
    if (control.target !== '_blank') problems.push(`${control.channel}: target=${control.target}`)
    if (control.rel !== 'noopener noreferrer') problems.push(`${control.channel}: rel=${control.rel}`)
    problems.push(...checkHref(control.href, control.channel, PRODUCT))
  }
  assert.deepEqual(problems, [])
  s.assertNoPageErrors()
})

test('action channels on the json-ld page are <button type="button">', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const copy = list.find((c) => c.channel === 'copy')
  assert.ok(copy, 'copy control rendered')
  assert.deepEqual({ tag: copy.tag, type: copy.type, href: copy.href }, { tag: 'button', type: 'button', href: null })
})

test('every control on the json-ld page has an accessible name containing its English display name', async () => {
  const s = await load()
  const list = await controls(s.page, TARGET)
  const wrong = list.filter((c) => !DISPLAY_NAMES[c.channel].test(c.name)).map((c) => `${c.channel}: ${JSON.stringify(c.name)}`)
  assert.deepEqual(wrong, [])
})

test('the json-ld page prints no sharecue warning and throws nothing', async () => {
  const s = await load()
  await s.page.waitForTimeout(300)
  assert.deepEqual(s.warnings, [])
  s.assertNoPageErrors()
})
