// Bad input (CONTRACT §9): nothing throws into the page, each problem is one coded warning,
// the widget renders from the rest, and page-supplied text never becomes markup.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { BAD_INPUT_PATH, LONG_TITLE, badInputHtml } from './fixtures.js'
import { checkHref } from './contract.js'
import { controls, inShadow, settle, useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

const load = async () => {
  const s = await h.open(BAD_INPUT_PATH, { html: badInputHtml() })
  await waitForWidget(s.page, '#bad', { session: s })
  await settle(s)
  await s.page.waitForTimeout(300)
  return s
}

test('bad attributes throw nothing, open no dialog, and facebook and x still render', async () => {
  const s = await load()
  s.assertNoPageErrors()
  assert.deepEqual(s.dialogs, [])
  const list = await controls(s.page, '#bad')
  assert.deepEqual(list.map((c) => c.channel), ['facebook', 'x'])
  // data-url was refused: the page's own address is shared instead (CONTRACT §3, source 4).
  const product = h.url(BAD_INPUT_PATH)
  assert.deepEqual(checkHref(list[0].href, 'facebook', { product }), [])
  for (const control of list) assert.match(control.href ?? '', /^https:\/\//, `${control.channel} href`)
})

test('each problem is one coded console.warn: SC101 unknown channel, SC102 URL, SC103 price, SC106 long title', async () => {
  const s = await load()
  const codes = s.codes
  for (const line of s.warnings) assert.match(line, /^\[sharecue\] SC\d{3}: \S/, 'warning format')
  for (const code of ['SC101', 'SC102', 'SC103', 'SC106']) assert.ok(codes.includes(code), `${code} among ${JSON.stringify(s.warnings)}`)
  for (const code of ['SC101', 'SC102', 'SC103']) assert.equal(codes.filter((c) => c === code).length, 1, `${code} said once`)
  assert.match(s.warnings.find((w) => w.startsWith('[sharecue] SC101')), /nope/)
  assert.match(s.warnings.find((w) => w.startsWith('[sharecue] SC102')), /javascript:alert\(1\)/)
  assert.match(s.warnings.find((w) => w.startsWith('[sharecue] SC103')), /abc/)
})

test('markup in the title stays text: no element is made from it and nothing loads from it', async () => {
  const s = await load()
  assert.ok(LONG_TITLE.startsWith('<img src=x onerror=alert(1)>') && LONG_TITLE.length === 10_000)
  const found = await inShadow(s.page, '#bad', (root) => ({
    imgs: root.querySelectorAll('img[src="x"], img[onerror]').length,
    onerror: root.querySelectorAll('[onerror]').length,
  }))
  assert.deepEqual(found, { imgs: 0, onerror: 0 })
  assert.equal(await s.page.evaluate(() => document.querySelectorAll('[onerror]').length), 0)
  assert.deepEqual(h.server.requests.filter((r) => /\/x$/.test(r.pathname)).map((r) => r.path), [], 'nothing requested the img src "x"')
  assert.deepEqual(s.dialogs, [])
  s.assertNoPageErrors()
  s.assertNothingLeftLocalhost()
})
