// The focus ring against the page around it (WCAG 2.2 1.4.11, 3:1), computed from the colours
// Chromium paints: the default theme (auto) follows the shopper's colour scheme, not the page's,
// so its ring must show on the light pages most shops are, and on dark ones.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { productHtml } from './fixtures.js'
import { useBrowser, waitForWidget } from './harness.js'
import { contrast } from './contrast.js'

const h = useBrowser()

const PAGES = [
  // A shop without a dark design, visited with the system in dark mode: the most common case.
  { name: 'theme auto, dark scheme, white page', theme: 'auto', scheme: 'dark', page: '#ffffff' },
  { name: 'theme auto, dark scheme, light grey page', theme: 'auto', scheme: 'dark', page: '#f1f3f4' },
  { name: 'theme auto, light scheme, white page', theme: 'auto', scheme: 'light', page: '#ffffff' },
  { name: 'theme auto, dark scheme, dark page', theme: 'auto', scheme: 'dark', page: '#202124' },
  // A shop with only a dark design, visited with the system in light mode.
  { name: 'theme auto, light scheme, dark page', theme: 'auto', scheme: 'light', page: '#202124' },
  { name: 'theme dark, dark page', theme: 'dark', scheme: 'light', page: '#202124' },
  { name: 'theme light, white page', theme: 'light', scheme: 'light', page: '#ffffff' },
]

for (const { name, theme, scheme, page } of PAGES) {
  test(`${name}: the focus ring has 3:1 against the page`, async () => {
    const html = productHtml({ channels: 'whatsapp,x,copy', attributes: `data-theme="${theme}"`, stylesheet: '' })
      .replace('</head>', `<style>html,body{background:${page}}</style></head>`)
    const s = await h.open(`/inline/focus-ring-${theme}-${scheme}-${page.slice(1)}.html`, { html, contextOptions: { colorScheme: scheme } })
    await waitForWidget(s.page, '#share', { session: s })
    await s.page.keyboard.press('Tab')
    const ring = await s.page.evaluate(() => {
      const at = document.getElementById('share').shadowRoot.activeElement
      const style = getComputedStyle(at)
      return { channel: at?.dataset.channel, style: style.outlineStyle, width: parseFloat(style.outlineWidth), colour: style.outlineColor, page: getComputedStyle(document.body).backgroundColor }
    })
    assert.equal(ring.channel, 'whatsapp')
    assert.ok(ring.style === 'solid' && ring.width >= 2, `a visible ring: ${JSON.stringify(ring)}`)
    const ratio = contrast(ring.colour, ring.page)
    assert.ok(ratio >= 3, `ring ${ring.colour} on the page's ${ring.page}: ${ratio.toFixed(2)}:1`)
  })
}
