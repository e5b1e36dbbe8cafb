// Sabotaged built-ins: a page whose Array.prototype.includes lies or throws (the widget uses
// indexOf, so it survives), and an Object.prototype polluted with keys the widget could read as
// its own: `href` and `dangerouslySetInnerHTML`, which Preact would read as props, change
// nothing in either stage.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { controls, useBrowser, waitForWidget } from './harness.js'
import { productHtml } from './fixtures.js'
import { pollute, script, shareThrough } from './pages/hostile-kit.js'

const h = useBrowser()

test('a page whose Array.prototype.includes always answers false: renders, links right, events arrive', async (t) => {
  const head = script(`Object.defineProperty(Array.prototype, 'includes', { value: function () { return false }, writable: true, configurable: true })`)
  const { s } = await shareThrough(h, t, { head })
  s.assertNoPageErrors()
})

test('a page whose Array.prototype.includes throws: renders, links right, events arrive', async (t) => {
  const head = script(`Array.prototype.includes = function () { throw new Error('includes is banned here') }`)
  const { s } = await shareThrough(h, t, { head })
  s.assertNoPageErrors()
})

// An inherited `image` is not taken for the product's, an inherited `href` does not turn the
// Copy button into a link, and `dangerouslySetInnerHTML` does not reach the widget's markup.
for (const key of ['image', 'href', 'dangerouslySetInnerHTML']) {
  test(`a polluted Object.prototype.${key} changes nothing`, async (t) => {
    const value = key === 'dangerouslySetInnerHTML' ? { __html: '<b>evil</b>' } : 'javascript:alert("evil")'
    const { s } = await shareThrough(h, t, { head: pollute({ [key]: value }) })
    s.assertNoPageErrors()
  })
}

// The same in the second stage, whose Preact copies every enumerable key of its props,
// inherited ones too: a widget with a card loads it at once, and Preact renders the card,
// the controls and the live region.
test('a polluted Object.prototype (href, dangerouslySetInnerHTML) changes nothing in the full widget either', async () => {
  const head = pollute({ href: 'javascript:alert("evil")', dangerouslySetInnerHTML: { __html: '<b>evil</b>' } })
  const html = productHtml({ channels: 'telegram,copy', attributes: 'data-card data-price="39" data-currency="EUR"' }).replace('<head>', `<head>${head}`)
  const s = await h.open('/inline/polluted-full.html', { html })
  await waitForWidget(s.page, '#share', { session: s, card: true })
  const list = await controls(s.page, '#share')
  assert.deepEqual(list.map((control) => `${control.channel} ${control.tag}`), ['telegram a', 'copy button'])
  const markup = await s.page.evaluate(() => document.getElementById('share').shadowRoot.innerHTML)
  assert.doesNotMatch(markup, /evil|javascript:/)
  assert.match(markup, /data-part="card"/)
  s.assertNoPageErrors()
})
