// The Mastodon field as a sighted shopper sees it: what it asks for stays written beside it once
// they type (a placeholder goes away with the first letter).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'

const h = useBrowser()

for (const [locale, words] of [['en', 'Your Mastodon server'], ['de', 'Dein Mastodon-Server']]) {
  test(`Mastodon field (${locale}): its label "${words}" is visible while the shopper types, and names the field`, async () => {
    const html = productHtml({ channels: 'whatsapp,mastodon,copy', attributes: `data-locale="${locale}"` })
    const s = await h.open(`/inline/mastodon-label-${locale}.html`, { html })
    await waitForWidget(s.page, '#share', { session: s })
    await s.page.locator('#share [data-channel=mastodon]').click()
    const field = s.page.locator('#share input[name=host]')
    await field.fill('mastodon.soc')
    // Playwright finds the field by its accessible name, as a screen reader names it.
    assert.equal(await s.page.locator('#share').getByRole('textbox', { name: words }).count(), 1)
    const shown = await s.page.evaluate(() => {
      const root = document.getElementById('share').shadowRoot
      const label = root.querySelector('input[name=host]').labels[0]
      // The label's own words, as painted: each text node's box, unclipped.
      return [...label.querySelectorAll('*'), label].flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => {
        const range = document.createRange()
        range.selectNodeContents(n)
        const r = range.getBoundingClientRect()
        const clip = getComputedStyle(el).clipPath
        return { text: n.textContent, width: Math.round(r.width), height: Math.round(r.height), clipped: clip !== 'none' }
      }))
    })
    const visible = shown.filter((t) => t.width > 8 && t.height > 8 && !t.clipped).map((t) => t.text).join(' ')
    assert.equal(visible, words, `the label as painted: ${JSON.stringify(shown)}`)
    s.assertNoPageErrors()
  })
}
