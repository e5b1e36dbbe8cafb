// The preview card as a screen reader reads it: the text of Chromium's accessibility tree, in
// reading order (what browse mode speaks), not the markup.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

/** The words of the accessibility tree under the target, in reading order. */
const spoken = async (page, selector) => {
  const cdp = await page.context().newCDPSession(page)
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false })
  const { nodes: all } = await cdp.send('Accessibility.getFullAXTree')
  const byId = new Map(all.map((n) => [n.nodeId, n]))
  const words = []
  const walk = (node) => {
    if (!node) return
    if (node.role?.value === 'StaticText' && !node.ignored) words.push(node.name.value.trim())
    for (const id of node.childIds ?? []) walk(byId.get(id))
  }
  walk(byId.get(nodes[0].nodeId))
  return words.filter(Boolean).join(' ')
}

for (const [locale, was] of [['en', 'Original price'], ['de', 'Ursprünglicher Preis'], ['ar', 'السعر الأصلي']]) {
  test(`card (${locale}): the struck-through original price is read as the original price, not as a second price`, async () => {
    const html = productHtml({ channels: 'copy,x', attributes: `data-locale="${locale}" data-card="true" data-price="75" data-currency="EUR" data-original-price="100"` })
    const s = await h.open(`/inline/card-was-${locale}.html`, { html })
    await waitForWidget(s.page, '#share', { session: s, card: true })
    const [price, original] = await s.page.evaluate(() => ['price', 'original-price'].map((part) =>
      document.getElementById('share').shadowRoot.querySelector(`[data-part="${part}"]`).textContent))
    const words = await spoken(s.page, '#share')
    const at = words.indexOf(original)
    assert.ok(words.indexOf(price) >= 0 && at > 0, `the card reads: ${words}`)
    assert.ok(words.slice(0, at).trimEnd().endsWith(was), `"${was}" comes before ${original}; the card reads: ${words}`)
    s.assertNoPageErrors()
  })
}
